// The bulk path gives the same graph as upserting the same reports one by one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.ts';
import { bulkLoad } from '../../../src/graph/embedded/bulk.ts';
import { openEmbeddedStore } from '../../../src/graph/embedded/index.ts';
import { mergeReports, resolveReport } from '../../../src/graph/resolve.ts';
import { FIXTURE_REPORTS as STORE_FIXTURES, levelBodyReports, reportA } from '../../fixtures/reports.ts';

/** The store fixtures, and bodies two reports name by the level word alone (their nodes' ids carry the report). */
const FIXTURE_REPORTS = [...STORE_FIXTURES, ...levelBodyReports];
import { dump } from '../store.contract.ts';

const root = mkdtempSync(join(tmpdir(), 'kg-bulk-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('bulk load', () => {
  it('builds the graph that upserting the same reports builds, hostile names included', async () => {
    const upserted = await openEmbeddedStore(join(root, 'upserted'));
    for (const report of FIXTURE_REPORTS) await upserted.upsertReport(report);
    const expected = await dump(upserted);
    await upserted.close();

    const bulk = await openEmbeddedStore(join(root, 'bulk'));
    try {
      const graph = mergeReports(FIXTURE_REPORTS.map(resolveReport));
      expect(await bulkLoad(bulk, graph, { workDir: root })).toEqual({
        entities: graph.entities.length,
        reports: FIXTURE_REPORTS.length,
        mentions: graph.mentions.length,
        relations: graph.relations.length,
      });
      expect(await dump(bulk)).toEqual(expected);
      // And it stays a normal store: upserts and deletes work on top of it.
      expect((await bulk.upsertReport(reportA)).status).toBe('unchanged');
      expect(await bulk.deleteReport(reportA.doc.id)).toBe(true);
    } finally {
      await bulk.close();
    }
  });

  it('refuses a store that is not empty, and a record it cannot write', async () => {
    const store = await openEmbeddedStore(join(root, 'full'));
    try {
      const graph = mergeReports([resolveReport(reportA)]);
      const broken = {
        ...graph,
        entities: [{ ...graph.entities[0]!, name: '另一个名字' }, ...graph.entities.slice(1)],
      };
      await expect(bulkLoad(store, broken, { workDir: root })).rejects.toThrow(/is not its kind and name/);
      const newline = { ...graph, entities: [{ ...graph.entities[0]!, aliases: ['两\n行'] }] };
      await expect(bulkLoad(store, newline, { workDir: root })).rejects.toThrow(/line break/);
      await store.upsertReport(reportA);
      await expect(bulkLoad(store, graph, { workDir: root })).rejects.toThrow(UserError);
    } finally {
      await store.close();
    }
  });
});
