// The API suites' store helpers (support/seeded.ts) on the Neo4j tier's server instead of the embedded store: the
// *.neo4j.ts files replace seeded.ts's helpers with these (vi.mock) and import the embedded suites unchanged, so
// the same tests run on both stores. Each "empty" store is the one database, emptied.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, vi } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';
import { openNeo4jStore } from '../../../src/graph/neo4j/index.ts';
import { config, wipe } from '../../neo4j/support.ts';
// Types only from seeded.ts: the *.neo4j.ts files mock that module with this one, and a value import would make the
// mock wait for itself.
import type { RunningApi, TempStore } from './seeded.ts';

const SEEDS_DIR = new URL('../../../seeds/', import.meta.url).pathname;

async function startApi(options: { store: TempStore['store'] }): Promise<RunningApi> {
  const actual = await vi.importActual<typeof import('./seeded.ts')>('./seeded.ts');
  return actual.startApi(options);
}

export async function emptyNeo4jStore(): Promise<TempStore> {
  await wipe();
  const store = await openNeo4jStore(config);
  return { store, dir: '', close: () => store.close() };
}

export async function seededNeo4jStore(): Promise<TempStore> {
  const temp = await emptyNeo4jStore();
  for (const file of readdirSync(SEEDS_DIR).sort()) {
    await temp.store.upsertReport(extractReport({ name: file, bytes: readFileSync(join(SEEDS_DIR, file)) }));
  }
  return temp;
}

export function useSeededNeo4jApi(): { api: RunningApi; temp: TempStore } {
  const seeded = {} as { api: RunningApi; temp: TempStore };
  beforeAll(async () => {
    seeded.temp = await seededNeo4jStore();
    seeded.api = await startApi({ store: seeded.temp.store });
  }, 300_000);
  afterAll(async () => {
    await seeded.api?.stop();
    await seeded.temp?.close();
  });
  return seeded;
}

/** What a *.neo4j.ts file's vi.mock of support/seeded.ts puts in place of the embedded helpers. */
export const neo4jHelpers = {
  emptyEmbeddedStore: emptyNeo4jStore,
  seededEmbeddedStore: seededNeo4jStore,
  useSeededApi: useSeededNeo4jApi,
};
