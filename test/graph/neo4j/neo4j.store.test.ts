// The store contract suite against a real Neo4j 5, plus what only Neo4j shows (labels, relationship layout, the cjk
// full-text index, the degree kept on every entity). Runs when NEO4J_URI is set AND NEO4J_TEST_ALLOW_WIPE=1: each open() empties the database it is
// given (NEO4J_DATABASE, or the server's default). Otherwise vitest reports the suite as skipped, with a note.
// Locally: docker compose up -d neo4j, then
//   NEO4J_URI=bolt://localhost:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... NEO4J_TEST_ALLOW_WIPE=1 npx vitest run test/graph/neo4j
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../../src/ontology/model.ts';
import { openNeo4jStore } from '../../../src/graph/neo4j/index.ts';
import type { Neo4jConfig } from '../../../src/graph/neo4j/index.ts';
import { runStatement } from '../../../src/graph/neo4j/run.ts';
import { CypherStatements } from '../../../src/graph/neo4j/statements.ts';
import type { GraphStore } from '../../../src/graph/store.ts';
import { COMPANY, PARK, REGION, reportA, reportB } from '../../fixtures/reports.ts';
import { describeStoreContract } from '../store.contract.ts';

const config: Neo4jConfig = {
  uri: process.env.NEO4J_URI ?? '',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
};
const notRun = !process.env.NEO4J_URI
  ? 'NEO4J_URI is not set'
  : process.env.NEO4J_TEST_ALLOW_WIPE !== '1'
    ? 'NEO4J_TEST_ALLOW_WIPE=1 is not set (the suite deletes everything in the database it uses)'
    : undefined;
if (notRun) console.warn(`Neo4j contract suite NOT RUN: ${notRun}. See test/graph/neo4j/neo4j.store.test.ts.`);

/** Empties the test database, then opens the store on it. */
async function openEmpty(): Promise<GraphStore> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
  const session = driver.session(config.database ? { database: config.database } : {});
  try {
    const statements = CypherStatements.load();
    await session.executeWrite((tx) => runStatement(tx, statements, 'wipeTestDatabase'));
  } finally {
    await session.close();
    await driver.close();
  }
  return openNeo4jStore(config);
}

/** Reads the raw graph, to check the layout Bloom and Cypher users see. */
async function query(cypher: string, params: Record<string, unknown> = {}) {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
  });
  try {
    const { records } = await driver.executeQuery(cypher, params, config.database ? { database: config.database } : {});
    return records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}

const park = entityId('Park', PARK);
const region = entityId('Region', REGION);
const company = entityId('Company', COMPANY);

describe.skipIf(notRun !== undefined)('Neo4j store', () => {
  describeStoreContract('neo4j', openEmpty);

  describe('graph layout in Neo4j', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openEmpty();
      await store.upsertReport(reportA);
      await store.upsertReport(reportB);
    });
    afterAll(() => store?.close());

    it('labels every entity :Entity and its kind, and links it to the reports that mention it', async () => {
      const rows = await query(
        'MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels, COUNT { (e)-[:MENTIONED_IN]->(:Report) } AS reports',
        { id: park },
      );
      expect(rows).toHaveLength(1);
      expect(new Set(rows[0]!.labels as string[])).toEqual(new Set(['Entity', 'Park']));
      expect(rows[0]!.reports).toBe(2);
    });

    it('keeps one relationship per fact: evidence and claims of both reports, amounts as floats, offsets as integers', async () => {
      const rows = await query(
        'MATCH (:Company {id: $from})-[r:INVESTS_IN]->(:Park {id: $to}) RETURN properties(r) AS r, valueType(r.evidenceStarts) AS starts',
        { from: company, to: park },
      );
      expect(rows).toHaveLength(1);
      const r = rows[0]!.r as Record<string, unknown>;
      expect(r).toMatchObject({
        reports: [reportA.doc.id, reportB.doc.id],
        amount: 1_200_000_000,
        amountValues: [1_000_000_000, 1_200_000_000],
        amountReports: [reportA.doc.id, reportB.doc.id],
        status: '签约',
        statusReports: [reportB.doc.id],
      });
      expect(rows[0]!.starts).toMatch(/^LIST<INTEGER/);
    });

    it('has the cjk full-text index over names and aliases', async () => {
      const rows = await query(
        "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options WHERE name = 'entity_search' RETURN *",
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ labelsOrTypes: ['Entity'], properties: ['searchText'] });
      expect((rows[0]!.options as { indexConfig: Record<string, unknown> }).indexConfig['fulltext.analyzer']).toBe(
        'cjk',
      );
    });

    it('searches through the full-text index (two characters or more) and the CONTAINS fallback (one)', async () => {
      expect((await store.searchEntities('经济开发')).map((e) => e.id)).toEqual([park]);
      expect((await store.searchEntities('华信科技')).map((e) => e.id)[0]).toBe(company);
      expect(new Set((await store.searchEntities('青')).map((e) => e.id))).toEqual(new Set([park, region]));
    });
  });

  describe('degree, which Bloom sizes nodes by', () => {
    let store: GraphStore;
    beforeAll(async () => {
      store = await openEmpty();
    });
    afterAll(() => store?.close());

    /** Every entity's stored degree, each checked against the relations the port says touch it. */
    async function degrees(): Promise<Map<string, number>> {
      const rows = await query('MATCH (e:Entity) RETURN e.id AS id, e.degree AS degree, valueType(e.degree) AS type');
      for (const row of rows) {
        expect(row.type, String(row.id)).toBe('INTEGER NOT NULL');
        expect(row.degree, String(row.id)).toBe((await store.relationsOf(String(row.id))).totalCount);
      }
      return new Map(rows.map((row) => [String(row.id), row.degree as number]));
    }

    it('counts the ontology relations touching each entity after every upsert and delete', async () => {
      await store.upsertReport(reportA);
      expect((await degrees()).get(park)).toBe(4); // its region, official, industry and investor
      await store.upsertReport(reportB);
      expect((await degrees()).get(park)).toBe(5); // and the company located in it
      await store.deleteReport(reportB.doc.id);
      const after = await degrees();
      expect(after.get(park)).toBe(4);
      expect(after.get(company)).toBe(1);
    });

    it('is filled in at start-up for an entity stored without one', async () => {
      await query('MATCH (e:Entity {id: $id}) REMOVE e.degree', { id: park });
      const reopened = await openNeo4jStore(config);
      try {
        expect((await degrees()).get(park)).toBe(4);
      } finally {
        await reopened.close();
      }
    });
  });
});
