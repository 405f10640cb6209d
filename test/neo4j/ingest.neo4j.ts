// `kg ingest --store neo4j seeds/` against a real Neo4j: twice gives the same graph, a fault in the middle of a
// report leaves nothing of it, every entity carries its degree, and the lookups the adapter sends are planned on the
// constraints and indexes of cypher/neo4j/schema.cypher (EXPLAIN, and PROFILE for one), never on label scans.
import { beforeAll, describe, expect, it } from 'vitest';
import { setFaultHook } from '../../src/graph/fault.ts';
import { entityId, RELATION_TYPES } from '../../src/ontology/model.ts';
import { openNeo4jStore } from '../../src/graph/neo4j/index.ts';
import { CypherStatements } from '../../src/graph/neo4j/statements.ts';
import type { TemplateVars } from '../../src/graph/neo4j/statements.ts';
import { dump } from '../graph/store.contract.ts';
import { reportA } from '../fixtures/reports.ts';
import { SEEDS, config, degrees, driver, kgNeo4j, kgStats, query, wipe } from './support.ts';
import type { Row } from './support.ts';

const SUIZHOU = entityId('Park', '苏宿工业园区');

describe('kg ingest --store neo4j seeds/', () => {
  let firstStats: unknown;
  let firstDegrees: Row[];

  beforeAll(async () => {
    await wipe();
    const first = await kgNeo4j('ingest', '--store', 'neo4j', SEEDS);
    expect(first.stderr).not.toMatch(/error/i);
    expect(first.code).toBe(0);
    firstStats = await kgStats();
    firstDegrees = await degrees();
  }, 300_000);

  it('stores the seed reports', async () => {
    expect(firstStats).toMatchObject({ reports: 5 });
    const [row] = await query('MATCH (e:Entity) RETURN count(e) AS n');
    expect(row!.n).toBeGreaterThan(50);
    expect((await query('MATCH (p:Park {id: $id}) RETURN p.name AS name', { id: SUIZHOU }))[0]).toEqual({
      name: '苏宿工业园区',
    });
  });

  it('changes nothing when run a second time: identical kg stats and degrees', async () => {
    const second = await kgNeo4j('ingest', '--store', 'neo4j', SEEDS);
    expect(second.code).toBe(0);
    expect(await kgStats()).toEqual(firstStats);
    expect(await degrees()).toEqual(firstDegrees);
    const table = await kgNeo4j('stats', '--store', 'neo4j', '--format', 'table');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/Park/);
  });

  it('keeps on every entity an integer degree equal to its ontology relations', async () => {
    const rows = await query(
      `MATCH (e:Entity)
       RETURN count(e) AS entities,
              count(CASE WHEN valueType(e.degree) <> 'INTEGER NOT NULL' THEN 1 END) AS untyped,
              count(CASE WHEN e.degree <> COUNT { (e)-[:${RELATION_TYPES.join('|')}]-() } THEN 1 END) AS wrong`,
    );
    expect(rows[0]).toMatchObject({ untyped: 0, wrong: 0 });
    expect(rows[0]!.entities).toBeGreaterThan(0);
  });

  it('keeps nothing of a report whose upsert fails midway, at every step', async () => {
    const store = await openNeo4jStore(config);
    try {
      const before = await dump(store);
      const steps: string[] = [];
      setFaultHook(store, (step) => void steps.push(step));
      await store.upsertReport(reportA);
      await store.deleteReport(reportA.doc.id);
      expect(await dump(store)).toEqual(before);
      const upsertSteps = [...new Set(steps)].filter((s) => !s.startsWith('delete'));
      expect(upsertSteps.length).toBeGreaterThan(3);
      for (const step of upsertSteps) {
        setFaultHook(store, (at) => {
          if (at === step) throw new Error(`injected fault at ${step}`);
        });
        await expect(store.upsertReport(reportA), step).rejects.toThrow(`injected fault at ${step}`);
        expect(await store.getReport(reportA.doc.id), step).toBeUndefined();
        expect(await dump(store), step).toEqual(before);
      }
      setFaultHook(store, undefined);
    } finally {
      await store.close();
    }
  });
});

/** The operators of a plan, children first. */
interface Plan {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers: string[];
  children: Plan[];
}
function operators(plan: Plan): string[] {
  return [...plan.children.flatMap(operators), plan.operatorType.replace(/@.*$/, '').replace(/\(Locking\)$/, '')];
}
function details(plan: Plan): string[] {
  return [...plan.children.flatMap(details), String(plan.arguments.Details ?? '')];
}

const SCANS = ['AllNodesScan', 'NodeByLabelScan', 'UnionNodeByLabelsScan', 'DirectedAllRelationshipsScan'];

describe('lookups use the constraints and indexes, not label scans', () => {
  const statements = CypherStatements.load();

  async function explain(name: string, params: Row, vars: TemplateVars = {}, mode = 'EXPLAIN') {
    const { text } = statements.render(name, vars);
    const session = driver().session(config.database ? { database: config.database } : {});
    try {
      const result = await session.run(`${mode} ${text}`, params);
      const plan = (mode === 'EXPLAIN' ? result.summary.plan : result.summary.profile) as unknown as Plan;
      return { operators: operators(plan), details: details(plan).join('\n'), records: result.records.length };
    } finally {
      await session.close();
    }
  }

  beforeAll(async () => {
    if ((await query('MATCH (e:Entity) RETURN count(e) AS n'))[0]!.n === 0) {
      expect((await kgNeo4j('ingest', '--store', 'neo4j', SEEDS)).code).toBe(0);
    }
    // Plans are chosen from the indexes' statistics, which Neo4j samples in the background: resample them now, so
    // the planner sees the graph just ingested (with stale ones it may scan an index rather than seek the id).
    await query('CALL db.prepareForReplanning()');
  }, 300_000);

  it.each([
    ['getEntities', { ids: [SUIZHOU] }, 'NodeUniqueIndexSeek', /entity_id|:Entity\(id\)/],
    ['mentionsOf', { ids: [SUIZHOU] }, 'NodeUniqueIndexSeek', /entity_id|:Entity\(id\)/],
    ['getReports', { ids: ['x'] }, 'NodeUniqueIndexSeek', /report_id|:Report\(id\)/],
    ['searchExactName', { text: '苏宿工业园区', kinds: null }, 'NodeIndexSeek', /entity_name|:Entity\(name\)/],
    ['searchContains', { text: '苏', kinds: null, limit: 10 }, 'NodeIndexContainsScan', /entity_name_text|name/],
    [
      'findEntitiesByName',
      { kinds: null, nameContains: '园', inRegion: null, industry: null, after: '', limit: 11 },
      'NodeIndexContainsScan',
      /entity_search_text|searchText/,
    ],
    [
      'countEntitiesByName',
      { kinds: null, nameContains: '园', inRegion: null, industry: null },
      'NodeIndexContainsScan',
      /entity_search_text|searchText/,
    ],
    [
      'relationsOf',
      { id: SUIZHOU, types: [...RELATION_TYPES], direction: 'BOTH', after: '', limit: 11 },
      'NodeUniqueIndexSeek',
      /entity_id|:Entity\(id\)/,
    ],
    [
      'relationsOfMany',
      { ids: [SUIZHOU], types: [...RELATION_TYPES], direction: 'BOTH' },
      'NodeUniqueIndexSeek',
      /entity_id|:Entity\(id\)/,
    ],
  ] as const)('%s seeks with %s', async (name, params, operator, index) => {
    const plan = await explain(name, params);
    expect(plan.operators).toContain(operator);
    expect(plan.details).toMatch(index);
    expect(plan.operators.filter((o) => SCANS.includes(o))).toEqual([]);
  });

  it('finds both ends of a shortest path by the id constraint', async () => {
    const other = (await query('MATCH (:Park {id: $id})--(e:Entity) RETURN e.id AS id LIMIT 1', { id: SUIZHOU }))[0]!;
    const plan = await explain('shortestPath', { from: SUIZHOU, to: other.id }, { maxHops: 4 });
    expect(plan.operators.filter((o) => o === 'NodeUniqueIndexSeek').length).toBe(2);
    expect(plan.operators.filter((o) => SCANS.includes(o))).toEqual([]);
  });

  it('searches names through the cjk full-text index', async () => {
    const plan = await explain('searchFullText', {
      query: '"工业园"',
      text: '工业园',
      kinds: null,
      candidates: 200,
      limit: 20,
    });
    expect(plan.operators).toContain('ProcedureCall');
    expect(plan.details).toMatch(/db\.index\.fulltext\.queryNodes/);
    expect(plan.operators.filter((o) => SCANS.includes(o))).toEqual([]);
  });

  it('merges entities on the id constraint when upserting', async () => {
    const plan = await explain('upsertEntities', { reportId: 'r', rows: [] }, { kindLabel: 'Park' });
    expect(plan.operators.some((o) => /Merge/.test(o))).toBe(true);
    expect(plan.operators).toContain('NodeUniqueIndexSeek');
    expect(plan.operators.filter((o) => SCANS.includes(o))).toEqual([]);
  });

  it('PROFILE of an entity lookup touches a handful of records, not the graph', async () => {
    const plan = await explain('getEntities', { ids: [SUIZHOU] }, {}, 'PROFILE');
    expect(plan.records).toBe(1);
    const session = driver().session();
    try {
      const { text } = statements.render('getEntities');
      const result = await session.run(`PROFILE ${text}`, { ids: [SUIZHOU] });
      const profile = result.summary.profile as unknown as { dbHits: number; children: unknown[] };
      const hits = (p: { dbHits: number; children: unknown[] }): number =>
        p.dbHits + p.children.reduce<number>((sum, c) => sum + hits(c as typeof p), 0);
      const [entities] = await query('MATCH (e:Entity) RETURN count(e) AS n');
      expect(hits(profile)).toBeLessThan(Number(entities!.n));
    } finally {
      await session.close();
    }
  });
});
