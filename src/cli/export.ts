// `kg export --format graphml|json|cypher [--out FILE] [--store ...]`: the whole graph as GraphML (Gephi, yEd), JSON
// nodes and edges with their evidence (what `kg import` reads), or a Cypher script that recreates it in any Neo4j.
// With --out the file appears only once it is complete (written beside it, then renamed).
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Option, type Command } from 'commander';
import { UserError } from '../errors.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../export/index.ts';
import { openStore } from '../graph/open.ts';
import { storeOption } from './ingest.ts';
import { writeOut } from './output.ts';

async function writeFile(path: string, chunks: AsyncIterable<string>): Promise<void> {
  const partial = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const out = createWriteStream(partial);
  const failed = new Promise<never>((_, reject) =>
    out.once('error', (error) => reject(new UserError(`cannot write ${path}: ${error.message}`))),
  );
  failed.catch(() => {}); // observed below, at every await
  try {
    await Promise.race([once(out, 'open'), failed]);
    for await (const chunk of chunks) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    }
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    renameSync(partial, path);
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .summary('write the whole graph as GraphML, JSON or a Cypher script')
    .description(
      'write the whole graph: GraphML for Gephi and yEd (typed attributes), JSON nodes and edges with their ' +
        'properties and evidence sentences (`kg import` reads it back), or a Cypher script that recreates the graph ' +
        'in any Neo4j 5 (cypher-shell -f FILE)',
    )
    .addOption(
      new Option('--format <format>', 'graphml, json or cypher')
        .choices(Object.keys(EXPORT_FORMATS))
        .makeOptionMandatory(),
    )
    .option('--out <file>', 'write to this file instead of stdout')
    .addOption(storeOption())
    .action(async (options: { format: ExportFormat; out?: string; store?: string }) => {
      const store = await openStore({ store: options.store });
      try {
        const chunks = EXPORT_FORMATS[options.format](store);
        if (options.out) await writeFile(options.out, chunks);
        else for await (const chunk of chunks) await writeOut(chunk);
      } finally {
        await store.close();
      }
    });
}
