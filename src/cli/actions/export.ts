// `kg export`'s work: the chosen format's chunks to stdout, or to a file that appears only once it is complete
// (written beside it, then renamed).
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../../errors.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/index.ts';
import { openStore } from '../../graph/open.ts';
import { writeOut } from '../output.ts';
import { serverHolding } from '../local-server.ts';
import { exportThroughServer } from '../through-server.ts';

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

export async function exportGraph(options: { format: ExportFormat; out?: string; store?: string }): Promise<void> {
  const server = await serverHolding(options);
  if (server) {
    // A running `kg serve` holds the store: it streams the export.
    const chunks = exportThroughServer(server, options.format);
    if (options.out) await writeFile(options.out, chunks);
    else for await (const chunk of chunks) await writeOut(chunk);
    return;
  }
  const store = await openStore({ store: options.store });
  try {
    const chunks = EXPORT_FORMATS[options.format](store);
    if (options.out) await writeFile(options.out, chunks);
    else for await (const chunk of chunks) await writeOut(chunk);
  } finally {
    await store.close();
  }
}
