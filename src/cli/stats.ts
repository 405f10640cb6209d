// `kg stats [--format json|table] [--store embedded|neo4j]`: how many reports, entities per kind and relations per
// type the graph holds. Only the options here; the work (./actions/stats.ts) is loaded when the command runs.
import { Option, type Command } from 'commander';
import { storeOption } from './ingest.ts';

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
    .action(async (options: { format: 'json' | 'table'; store?: string }) =>
      (await import('./actions/stats.ts')).stats(options),
    );
}
