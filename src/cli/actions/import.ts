// `kg import`'s work: a JSON export loaded report by report, each atomically, then the store's counts.
import { readFileSync } from 'node:fs';
import { UserError } from '../../errors.ts';
import { importGraph, parseGraphExport } from '../../export/import.ts';
import { openStore } from '../../graph/open.ts';
import { formatStats } from './stats.ts';
import { writeOut } from '../output.ts';

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UserError(`${file}: ${reason}`);
  }
}

export async function importFile(file: string, options: { store?: string }): Promise<void> {
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
}
