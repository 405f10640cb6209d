// The embedded store built from seeds/ in a temporary directory, and the API served from it on loopback.
import { afterAll, beforeAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractReport } from '../../../src/extract/index.ts';
import { openStore } from '../../../src/graph/open.ts';
import type { GraphStore } from '../../../src/graph/store.ts';
import { createApiServer, type ApiServerOptions } from '../../../src/api/server.ts';
import { postGraphql } from './post-graphql.ts';

export const SEEDS_DIR = new URL('../../../seeds/', import.meta.url).pathname;

export interface TempStore {
  store: GraphStore;
  dir: string;
  close(): Promise<void>;
}

export async function emptyEmbeddedStore(): Promise<TempStore> {
  const dir = mkdtempSync(join(tmpdir(), 'kg-api-test-'));
  const store = await openStore({ store: 'embedded', dataDir: dir, env: {} });
  return {
    store,
    dir,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function seededEmbeddedStore(): Promise<TempStore> {
  const temp = await emptyEmbeddedStore();
  for (const file of readdirSync(SEEDS_DIR).sort()) {
    await temp.store.upsertReport(extractReport({ name: file, bytes: readFileSync(join(SEEDS_DIR, file)) }));
  }
  return temp;
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface RunningApi {
  url: string;
  /** POSTs a GraphQL request and returns the HTTP status with the parsed body (whose shape the tests assert). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export async function startApi(options: ApiServerOptions): Promise<RunningApi> {
  const server = await createApiServer(options);
  const url = await server.listen(0, '127.0.0.1');
  return {
    url,
    gql: (query, variables, headers) => postGraphql(url, query, variables, headers),
    stop: () => server.stop(),
  };
}

/** The API over the seeded store, prepared for serving as `kg serve` prepares it, started before a file's tests and
 * stopped after them: read `.api` and `.temp` in the tests. */
export function useSeededApi(): { api: RunningApi; temp: TempStore } {
  const seeded = {} as { api: RunningApi; temp: TempStore };
  beforeAll(async () => {
    seeded.temp = await seededEmbeddedStore();
    await seeded.temp.store.prepareForServing?.();
    seeded.api = await startApi({ store: seeded.temp.store });
  }, 120_000);
  afterAll(async () => {
    await seeded.api?.stop();
    await seeded.temp?.close();
  });
  return seeded;
}
