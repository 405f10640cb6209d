// `kg import FILE.json [--store ...]`: loads a JSON export (`kg export --format json`) into a store, one report at a
// time, each atomically; reports the store already holds are left as they are.
// Only the options here; the work (./actions/import.ts) is loaded when the command runs.
import type { Command } from 'commander';
import { storeOption } from './ingest.ts';

export function registerImport(program: Command): void {
  program
    .command('import')
    .summary('load a JSON export into the graph')
    .description(
      'load a JSON export (kg export --format json) into the store: each report of the export is stored in one ' +
        'transaction with its entities, relations and evidence; reports the store already holds stay unchanged',
    )
    .argument('<file>', 'a JSON export')
    .addOption(storeOption())
    .action(async (file: string, options: { store?: string }) =>
      (await import('./actions/import.ts')).importFile(file, options),
    );
}
