// The store contract against the embedded LadybugDB store, each store in its own temporary directory, plus what only
// the embedded store has: its file survives a reopen, and a second process cannot open it while it is in use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../src/graph/embedded/index.ts';
import { UserError } from '../../../src/errors.ts';
import { nodeId } from '../../../src/graph/identity.ts';
import type { GraphStore } from '../../../src/graph/store.ts';
import { CHAIN, FIXTURE_REPORTS, HUB, chainReport } from '../../fixtures/reports.ts';
import { describeStoreContract, dump } from '../store.contract.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-embedded-'));
let opened = 0;
const newDir = () => join(root, `store-${++opened}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeStoreContract('embedded', () => openEmbeddedStore(newDir()));
// As `kg serve` holds it: paths and neighborhoods searched in the topology, names in the name index.
describeStoreContract('embedded, serving', async () => {
  const store = await openEmbeddedStore(newDir());
  await store.prepareForServing();
  return store;
});

describe('embedded store serving', () => {
  const chain = CHAIN.map((name) => nodeId('Park', name));
  const hub = nodeId('Park', HUB);
  /** Paths and neighborhoods over the fixtures: the searches a serving store makes in its topology. */
  const searches = async (store: GraphStore) => ({
    path: await store.shortestPath(chain[0]!, chain[6]!, 6),
    short: await store.shortestPath(chain[1]!, chain[3]!, 2),
    hood: await store.neighborhood(hub, { depth: 2, limit: 50 }),
    typed: await store.neighborhood(chain[3]!, { depth: 3, types: ['PART_OF'] }),
  });

  it('answers from a topology exported from a filled store as a store without one, before and after writes', async () => {
    const plain = await openEmbeddedStore(newDir());
    const serving = await openEmbeddedStore(newDir());
    try {
      for (const store of [plain, serving]) {
        for (const report of FIXTURE_REPORTS) await store.upsertReport(report);
      }
      await serving.prepareForServing();
      expect(serving.topology.degree(hub)).toBeGreaterThan(100);
      expect((await searches(serving)).path!.edges).toHaveLength(6);
      expect(await searches(serving)).toEqual(await searches(plain));
      for (const store of [plain, serving]) await store.deleteReport(chainReport.doc.id);
      expect((await searches(serving)).path).toBeUndefined();
      expect(await searches(serving)).toEqual(await searches(plain));
    } finally {
      await plain.close();
      await serving.close();
    }
  });
});

describe('embedded store serving, without a writable temporary directory', () => {
  it('says which directory it could not write and how to choose another', async () => {
    const store = await openEmbeddedStore(newDir());
    const before = process.env.TMPDIR;
    process.env.TMPDIR = join(root, 'no-such-directory');
    try {
      const refused = store.prepareForServing();
      await expect(refused).rejects.toThrow(UserError);
      await expect(refused).rejects.toThrow(/no-such-directory.*TMPDIR/);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
      await store.close();
    }
  });
});

describe('embedded store files', () => {
  it('holds the same graph after closing and reopening', async () => {
    const dir = newDir();
    const store = await openEmbeddedStore(dir);
    for (const report of FIXTURE_REPORTS) await store.upsertReport(report);
    const before = await dump(store);
    await store.close();
    const reopened = await openEmbeddedStore(dir);
    try {
      expect(await dump(reopened)).toEqual(before);
    } finally {
      await reopened.close();
    }
  });

  it('says plainly when the data directory cannot be created', async () => {
    const file = join(root, 'a-file');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '');
    await expect(openEmbeddedStore(join(file, 'sub'))).rejects.toThrow(UserError);
  });
});
