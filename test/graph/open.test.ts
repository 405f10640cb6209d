import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { EmbeddedStore } from '../../src/graph/embedded/index.ts';
import { dataDir, openStore, storeKind } from '../../src/graph/open.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('openStore', () => {
  it('chooses the store from --store, else KG_STORE, else embedded', () => {
    expect(storeKind({ env: {} })).toBe('embedded');
    expect(storeKind({ env: { KG_STORE: 'neo4j' } })).toBe('neo4j');
    expect(storeKind({ store: 'embedded', env: { KG_STORE: 'neo4j' } })).toBe('embedded');
    expect(() => storeKind({ env: { KG_STORE: 'sqlite' } })).toThrow(UserError);
    expect(() => storeKind({ env: { KG_STORE: 'sqlite' } })).toThrow(/sqlite.*embedded or neo4j/);
  });

  it('keeps the embedded store under KG_DATA_DIR, ./data by default', () => {
    expect(dataDir({ env: {} })).toBe(resolve('data'));
    expect(dataDir({ env: { KG_DATA_DIR: dir } })).toBe(dir);
    expect(dataDir({ dataDir: 'elsewhere', env: { KG_DATA_DIR: dir } })).toBe(resolve('elsewhere'));
  });

  it('opens an empty embedded store in the data directory', async () => {
    const store = await openStore({ env: { KG_DATA_DIR: join(dir, 'data') } });
    try {
      expect(store).toBeInstanceOf(EmbeddedStore);
      expect(await store.stats()).toEqual({ reports: 0, entities: {}, relations: {} });
    } finally {
      await store.close();
    }
  });

  it('loads the Neo4j adapter only when asked, and it names what is missing', async () => {
    await expect(openStore({ store: 'neo4j', env: {} })).rejects.toThrow(/NEO4J_URI/);
  });
});
