// `kg serve`'s work: open the store (seeding it when asked and empty), serve the API until SIGTERM or SIGINT, then
// let requests in flight finish and close the store.
import { UserError } from '../../errors.ts';
import { openStore } from '../../graph/open.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createApiServer, GRAPHQL_PATH } from '../../api/server.ts';
import { DEFAULT_TIMEOUT_MS } from '../../api/limits.ts';
import { reportFiles } from '../report-files.ts';
import { formatSummary, ingestFiles } from './ingest.ts';

export interface ServeOptions {
  port?: string;
  host: string;
  store?: string;
  dataDir?: string;
  seed?: string;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`port "${value}" (PORT or --port) is not a port number (0 to 65535)`);
  }
  return port;
}

function timeoutMs(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new UserError(`KG_TIMEOUT_MS "${value}" is not a positive number of milliseconds`);
  return ms;
}

/** Ingests `dir` (with `kg ingest`'s progress bar) when the store holds no report yet: a fresh clone's `npm start`. */
async function seedIfEmpty(store: GraphStore, dir: string): Promise<void> {
  if ((await store.stats()).reports > 0) return;
  const files = reportFiles([dir]);
  if (files.length === 0) throw new UserError(`--seed ${dir}: no report files there`);
  console.error(`kg serve: the store is empty; ingesting ${files.length} reports from ${dir} first`);
  const summary = await ingestFiles(store, files);
  process.stderr.write(formatSummary(summary));
}

export async function serve(options: ServeOptions): Promise<void> {
  const port = portNumber(options.port ?? process.env.PORT ?? '4000');
  const store = await openStore({ store: options.store, dataDir: options.dataDir });
  let server;
  try {
    if (options.seed) await seedIfEmpty(store, options.seed);
    server = await createApiServer({
      store,
      apiKey: process.env.KG_API_KEY || undefined,
      timeoutMs: timeoutMs(process.env.KG_TIMEOUT_MS),
    });
    const url = await server.listen(port, options.host).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new UserError(`port ${port} is in use: choose another with PORT or --port`);
      throw error;
    });
    console.log(`GraphQL API and IDE: ${url}${GRAPHQL_PATH}`);
    console.log(`health: ${url}/health`);
    if (!process.env.KG_API_KEY) console.log('mutations are disabled (set KG_API_KEY to enable them)');
  } catch (error) {
    await store.close();
    throw error;
  }

  const running = server;
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return void process.exit(1); // a second signal: do not wait any longer
      stopping = true;
      console.error(`kg serve: ${signal}: finishing requests in flight, then closing the store`);
      running
        .stop()
        .then(() => store.close())
        .then(resolve, (error: unknown) => {
          console.error('kg serve: could not stop cleanly:', error instanceof Error ? error.message : error);
          process.exitCode = 1;
          resolve();
        });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
