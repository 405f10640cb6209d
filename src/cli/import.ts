// `kg import FILE.json [--store ...]`: loads a JSON export (`kg export --format json`) into a store, one report at a
// time, each atomically; reports the store already holds are left as they are.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UserError } from '../errors.ts';
import { importGraph, parseGraphExport } from '../export/import.ts';
import { openStore } from '../graph/open.ts';
import { storeOption } from './ingest.ts';
import { formatStats } from './stats.ts';
import { writeOut } from './output.ts';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UserError(`${file}: ${reason}`);
  }
}

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
    .action(async (file: string, options: { store?: string }) => {
      const graph = parseGraphExport(readText(file), file);
      const store = await openStore({ store: options.store });
      try {
        const summary = await importGraph(store, graph, file);
        await writeOut(
          `${file}: ${summary.reports} reports (${summary.added} added, ${summary.unchanged} already stored)\n`,
        );
        await writeOut(formatStats(await store.stats()));
      } finally {
        await store.close();
      }
    });
}
