// Every statement the embedded store runs per report or per entity reaches nodes by primary key or by adjacency,
// never by reading a whole table: the property that keeps an upsert and a lookup fast on a million entities. Checked
// with LadybugDB's own profiles on a store of 20,000 entities and 60,000 relations: no operator may produce a table's
// worth of rows. A rewrite that makes the planner fall back to a scan fails here.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bulkLoad } from '../../../src/graph/embedded/bulk.ts';
import { openEmbeddedStore } from '../../../src/graph/embedded/index.ts';
import type { EmbeddedStore } from '../../../src/graph/embedded/index.ts';
import type { Params, Run } from '../../../src/graph/embedded/db.ts';
import { SyntheticGraph } from '../../../bench/synthetic.ts';

const graph = new SyntheticGraph({ entities: 20_000, relations: 60_000, entitiesPerReport: 20 });
const report = graph.reportId(3);
const company = graph.entityId('Company', 5);
const park = graph.entityId('Park', 0);
/** A park and a region far from the hubs the skewed synthetic graph makes of the first few. */
const quietPark = graph.entityId('Park', 1000);
const region = graph.entityId('Region', 350);
const industry = graph.entityId('Industry', 0);
const page = { after: '', limit: 10 };
const written = { src: company, type: 'INVESTS_IN', dst: park, support: 'r#0' };
const filter = { kinds: [], text: '' };
/**
 * A whole entity table. LadybugDB reads a looked-up entity's neighbors a block of 2,048 rows at a time, so a quiet
 * entity's neighbors cost a few blocks; reading every row is the mark of a scan.
 */
const BOUND = 20_000;

/** Statement → parameters. Writes run inside a transaction that is rolled back. */
const STATEMENTS: Record<string, Params> = {
  reportExists: { id: report },
  entitiesByIds: { ids: [company, park] },
  setAliases: { rows: [{ id: company, aliases: ['别名'] }] },
  insertMentions: { reportId: report, rows: [{ id: company, aliases: [], mentions: '[]' }] },
  insertRelations: { rows: [written] },
  appendToRelationsFrom: { src: company, keys: ['INVESTS_IN|2'], entries: ['r#1'] },
  replaceRelationsFrom: { src: company, keys: ['INVESTS_IN|2'], supports: ['r#1'] },
  reportEntities: { id: report },
  entitiesOfReport: { id: report },
  otherReportAliases: { id: report },
  relationsCitingFrom: { src: company, token: `${report}#` },
  deleteRelationsFrom: { src: company, keys: ['INVESTS_IN|2'] },
  deleteReport: { id: report },
  deleteEntities: { ids: [company] },
  mentionsOfEntity: { id: company },
  sentencesOf: { ids: [report] },
  relationsOut: { id: company, types: [], ...page },
  relationsIn: { id: quietPark, types: [], ...page },
  countRelationsOut: { id: company, types: [] },
  countRelationsIn: { id: park, types: [] },
  countRelations: { id: park },
  allRelations: { id: industry },
  reportsByIds: { ids: [report] },
  entityIdsInRegion: { inRegion: region },
  findEntitiesInRegion: { ...filter, inRegion: region, ...page },
  countEntitiesInRegion: { ...filter, inRegion: region },
  findEntitiesByIndustry: { ...filter, industry, ...page },
  countEntitiesByIndustry: { ...filter, industry },
};
/** Statements meant to read whole tables (listing, search, counting) or only to write. */
const NOT_CHECKED = [
  'findEntities',
  'countEntities',
  'searchNames',
  'allEntityNames',
  'exportEntityOffsets',
  'exportRelations',
  'listReports',
  'countReports',
  'countReportsPublished',
  'countEntitiesByKind',
  'countRelationsByType',
  'insertReport',
  'insertEntities',
  'copyEntities',
  'copyReports',
  'copyMentions',
  'copyRelations',
];

let dir: string;
let store: EmbeddedStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-plans-'));
  store = await openEmbeddedStore(join(dir, 'data'));
  await bulkLoad(store, graph, { workDir: dir });
}, 120_000);
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The largest row count any operator of the statement's profile produced. */
async function widest(run: Run, statement: string, params: Params): Promise<number> {
  const [row] = await run(`PROFILE ${statement}`, params);
  const counts = [...String(Object.values(row!)[0]).matchAll(/NumOutputTuples: (\d+)/g)].map((m) => Number(m[1]));
  expect(counts.length).toBeGreaterThan(0);
  return Math.max(...counts);
}

class Rollback extends Error {}

describe('embedded query plans', () => {
  it.each(Object.entries(STATEMENTS))('%s reads by key and adjacency, never a whole table', async (name, params) => {
    let rows = Infinity;
    await store.db
      .transaction(async (run) => {
        rows = await widest(run, store.cypher.get(name), params);
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(rows).toBeLessThan(BOUND);
  });

  it('finds a shortest path from both ends by key', async () => {
    const to = graph.entityId('Region', 7);
    const rows = await store.db.readSession((run) =>
      widest(run, store.cypher.withHops('shortestPath', 2), { from: company, to }),
    );
    expect(rows).toBeLessThan(BOUND);
  });

  it('the check would catch a scan', async () => {
    const rows = await store.db.readSession((run) =>
      widest(run, 'UNWIND $ids AS i MATCH (a:Entity {id: i})-[r:Rel]->(b:Entity) RETURN b.id', { ids: [company] }),
    );
    expect(rows).toBeGreaterThanOrEqual(BOUND);
  });

  it('checks every statement but those meant to scan or only to write', () => {
    const schema = store.cypher.byFile.get('schema.cypher') ?? [];
    const unchecked = store.cypher
      .names()
      .filter((n) => !(n in STATEMENTS) && !NOT_CHECKED.includes(n) && !schema.includes(n) && n !== 'shortestPath');
    expect(unchecked).toEqual([]);
  });
});
