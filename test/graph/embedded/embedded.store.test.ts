// The store contract against the embedded LadybugDB store, each store in its own temporary directory, plus what only
// the embedded store has: its file survives a reopen, and a second process cannot open it while it is in use.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbeddedStore } from '../../../src/graph/embedded/index.ts';
import { UserError } from '../../../src/errors.ts';
import { FIXTURE_REPORTS } from '../../fixtures/reports.ts';
import { describeStoreContract, dump } from '../store.contract.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-embedded-'));
let opened = 0;
const newDir = () => join(root, `store-${++opened}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeStoreContract('embedded', () => openEmbeddedStore(newDir()));

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
