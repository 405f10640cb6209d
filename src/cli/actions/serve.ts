// `kg serve`'s work: open the store (seeding it when asked and empty), serve the API until SIGTERM or SIGINT, then
// let requests in flight finish and close the store. With the embedded store, the server announces itself in the
// data directory (local-server.ts) so that `kg ingest`, `kg stats` and `kg export` go through it meanwhile.
import { existsSync } from 'node:fs';
import { UserError } from '../../errors.ts';
import { dataDir, openStore, storeKind } from '../../graph/open.ts';
import type { GraphStore } from '../../graph/store.ts';
import { createApiServer, GRAPHQL_PATH, type HealthCheck } from '../../api/server.ts';
import { checkApiKey } from '../../api/key-guard.ts';
import { parseCorsOrigins } from '../../api/cors.ts';
import { jsonLines, type ServerLog } from '../../api/request-log.ts';
import { DEFAULT_TIMEOUT_MS } from '../../api/limits.ts';
import { reportFiles } from '../report-files.ts';
import { localKey as makeLocalKey, publishServer } from '../local-server.ts';
import { formatSummary, ingestFiles } from './ingest.ts';

export interface ServeOptions {
  port?: string;
  host: string;
  store?: string;
  dataDir?: string;
  seed?: string;
  maxBytes?: number;
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UserError(`port "${value}" (PORT or --port) is not a port number (0 to 65535)`);
  }
  return port;
}

function positive(name: string, value: string | undefined, fallback: number, unit: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UserError(`${name} "${value}" is not a positive number of ${unit}`);
  return n;
}

/** KG_API_KEY, refused at start-up when too short to resist guessing. */
function apiKey(): string | undefined {
  const key = process.env.KG_API_KEY || undefined;
  if (key !== undefined) checkApiKey(key);
  return key;
}

function requestLog(log: ServerLog, setting: string | undefined): ServerLog {
  if (setting === undefined || setting === '' || setting === 'on') return log;
  if (setting !== 'off') throw new UserError(`KG_REQUEST_LOG "${setting}": use on or off`);
  return (entry) => void (entry.event !== 'request' && log(entry));
}

/** The embedded store's data directory must stay where it was opened: /health says so when it does not. */
function dataDirCheck(dir: string): HealthCheck {
  return () => {
    if (!existsSync(dir)) throw new Error(`the data directory ${dir} is gone`);
  };
}

/** Ingests `dir` (with `kg ingest`'s progress bar) when the store holds no report yet: a fresh clone's `npm start`. */
async function seedIfEmpty(store: GraphStore, dir: string, maxBytes?: number): Promise<void> {
  if ((await store.stats()).reports > 0) return;
  const files = reportFiles([dir]);
  if (files.length === 0) throw new UserError(`--seed ${dir}: no report files there`);
  console.error(`kg serve: the store is empty; ingesting ${files.length} reports from ${dir} first`);
  const summary = await ingestFiles(store, files, maxBytes);
  process.stderr.write(formatSummary(summary));
}

export async function serve(options: ServeOptions): Promise<void> {
  const port = portNumber(options.port ?? process.env.PORT ?? '4000');
  const key = apiKey();
  const timeoutMs = positive('KG_TIMEOUT_MS', process.env.KG_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, 'milliseconds');
  const maxConcurrent = positive('KG_MAX_CONCURRENT', process.env.KG_MAX_CONCURRENT, 8, 'requests');
  const embedded = storeKind(options) === 'embedded';
  const dir = dataDir(options);
  const store = await openStore({ store: options.store, dataDir: options.dataDir });
  let server;
  let announced: ReturnType<typeof publishServer> | undefined;
  let localKey: string | undefined;
  try {
    if (options.seed) await seedIfEmpty(store, options.seed, options.maxBytes);
    await store.prepareForServing?.();
    // The key for `kg` commands on this machine, published once the server listens.
    localKey = embedded ? makeLocalKey() : undefined;
    server = await createApiServer({
      store,
      apiKey: key,
      localApiKey: localKey,
      timeoutMs,
      maxConcurrent,
      maxReportBytes: options.maxBytes,
      corsOrigins: parseCorsOrigins(process.env.KG_CORS_ORIGINS),
      // KG_REQUEST_LOG=off: no line per request (events such as rejected keys are still logged).
      log: requestLog(jsonLines(process.stdout), process.env.KG_REQUEST_LOG),
      healthChecks: embedded ? [dataDirCheck(dir)] : [],
    });
    const url = await server.listen(port, options.host).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        throw new UserError(`port ${port} is in use: choose another with PORT or --port`);
      throw error;
    });
    if (embedded && localKey) announced = publishServer(dir, url, localKey);
    console.log(`GraphQL API and IDE: ${url}${GRAPHQL_PATH}`);
    console.log(`health: ${url}/health`);
    if (!key) console.log('mutations are disabled for clients (set KG_API_KEY to enable them)');
  } catch (error) {
    announced?.retract();
    await server?.stop();
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
      announced?.retract(); // new `kg` commands open the store themselves once it is closed
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
