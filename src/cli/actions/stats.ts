// `kg stats`'s work: the store's counts, as one JSON object or aligned for reading.
import { ENTITY_KINDS, RELATION_TYPES } from '../../ontology/model.ts';
import { openStore } from '../../graph/open.ts';
import type { GraphStats } from '../../graph/store.ts';
import { writeOut } from '../output.ts';
import { serverHolding } from '../local-server.ts';
import { statsThroughServer } from '../through-server.ts';

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

async function countStore(options: { store?: string }): Promise<GraphStats> {
  const server = await serverHolding(options);
  if (server) return statsThroughServer(server); // a running `kg serve` holds the store: ask it
  const store = await openStore({ store: options.store });
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
}

export async function stats(options: { format: 'json' | 'table'; store?: string }): Promise<void> {
  const counts = await countStore(options);
  await writeOut(options.format === 'json' ? `${JSON.stringify(counts)}\n` : formatStats(counts));
}
