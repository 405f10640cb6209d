// `kg stats [--format json|table] [--store embedded|neo4j]`: how many reports, entities per kind and relations per
// type the graph holds.
import { Option, type Command } from 'commander';
import { ENTITY_KINDS, RELATION_TYPES } from '../graph/model.ts';
import { openStore } from '../graph/open.ts';
import type { GraphStats } from '../graph/store.ts';
import { storeOption } from './ingest.ts';
import { writeOut } from './output.ts';

const sum = (counts: Partial<Record<string, number>>) =>
  Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

export function formatStats(stats: GraphStats): string {
  const rows: [string, number][] = [
    ['reports', stats.reports],
    ['entities', sum(stats.entities)],
    ...ENTITY_KINDS.filter((k) => stats.entities[k]).map((k): [string, number] => [`  ${k}`, stats.entities[k]!]),
    ['relations', sum(stats.relations)],
    ...RELATION_TYPES.filter((t) => stats.relations[t]).map((t): [string, number] => [`  ${t}`, stats.relations[t]!]),
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const numberWidth = Math.max(...rows.map(([, n]) => String(n).length));
  return rows.map(([label, n]) => `${label.padEnd(labelWidth)}  ${String(n).padStart(numberWidth)}\n`).join('');
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .summary('count the reports, entities and relations in the graph')
    .description('count the reports in the graph, its entities per kind and its relations per type')
    .addOption(
      new Option('--format <format>', 'table: aligned counts for reading; json: the counts as one JSON object')
        .choices(['json', 'table'])
        .default('table'),
    )
    .addOption(storeOption())
    .action(async (options: { format: 'json' | 'table'; store?: string }) => {
      const store = await openStore({ store: options.store });
      let stats: GraphStats;
      try {
        stats = await store.stats();
      } finally {
        await store.close();
      }
      await writeOut(options.format === 'json' ? `${JSON.stringify(stats)}\n` : formatStats(stats));
    });
}
