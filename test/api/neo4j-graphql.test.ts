// /graphql/neo4j: the API @neo4j/graphql generates from schema/neo4j.graphql, built on a stub driver that records the
// Cypher (and parameters) it is sent instead of running it: no Neo4j server exists here, so these tests check the
// translation, never results. neo4j-graphql.slow.test.ts lints every captured statement against the store's schema.
import neo4j from 'neo4j-driver';
import { execute, parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/graph/store.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { NEO4J_GRAPHQL_DEFAULT_LIMIT } from '../../src/graph/neo4j/graphql-typedefs.ts';
import { DEFAULT_TIMEOUT_MS } from '../../src/api/limits.ts';
import { NEO4J_GRAPHQL_PATH } from '../../src/api/neo4j-graphql.ts';
import { captureQueries, QUERIES, stubDriver, VARIABLES, type Sent } from './support/neo4j-graphql-capture.ts';
import { emptyEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

let schema: GraphQLSchema;
let captured: Record<string, Sent[]>;

beforeAll(async () => {
  ({ schema, statements: captured } = await captureQueries());
}, 60_000);

/** The value of the parameter the statement's LIMIT reads, or its literal. */
function limitsOf(statement: Sent): number[] {
  return [...statement.query.matchAll(/\bLIMIT\s+(\$\w+|\d+)/g)].map(([, value]) => {
    if (!value!.startsWith('$')) return Number(value);
    const param = statement.params[value!.slice(1)];
    return neo4j.isInt(param) ? param.toNumber() : Number(param);
  });
}

describe('the generated API (schema/neo4j.graphql on @neo4j/graphql 7)', () => {
  it('is read-only: no Mutation or Subscription type, mutations refused', async () => {
    expect(schema.getMutationType()).toBeUndefined();
    expect(schema.getSubscriptionType()).toBeUndefined();
    const result = await execute({
      schema,
      document: parse('mutation { createParks(input: [{ name: "x" }]) { info { nodesCreated } } }'),
    });
    expect(result.errors?.[0]?.message).toMatch(/mutation/i);
  });

  it('sends one read statement per query, in a read transaction', () => {
    for (const [name, statements] of Object.entries(captured)) {
      expect(statements, name).toHaveLength(1);
      expect(statements[0]!.mode, name).toBe('READ');
      expect(statements[0]!.query, name).not.toMatch(/\b(CREATE|MERGE|SET|DELETE|REMOVE)\b/);
    }
  });

  it(`caps lists with @limit: ${NEO4J_GRAPHQL_DEFAULT_LIMIT} by default, never more than ${MAX_PAGE_SIZE}`, () => {
    expect(limitsOf(captured.parksByDefault![0]!)).toEqual([NEO4J_GRAPHQL_DEFAULT_LIMIT]);
    expect(limitsOf(captured.entitiesByName![0]!)).toEqual([MAX_PAGE_SIZE]);
    expect(limitsOf(captured.parkCompanies![0]!)).toEqual([
      NEO4J_GRAPHQL_DEFAULT_LIMIT,
      NEO4J_GRAPHQL_DEFAULT_LIMIT,
      50,
    ]);
    // Union-typed lists (several kinds) take the limit the query gives (the server requires one, see below).
    expect(limitsOf(captured.twoLevels![0]!).sort((a, b) => a - b)).toEqual([7, 20, 20, 20, 40]);
    expect(limitsOf(captured.parkLeaders![0]!)).toEqual([NEO4J_GRAPHQL_DEFAULT_LIMIT, 30]);
  });

  it('reads the relationship properties of the store (title, amount, evidence)', () => {
    expect(captured.parkLeaders![0]!.query).toMatch(/:HOLDS_POSITION\]/);
    expect(captured.parkLeaders![0]!.query).toMatch(/\.title\b/);
    expect(captured.parkCompanies![0]!.query).toMatch(/:INVESTS_IN\]/);
    expect(captured.parkCompanies![0]!.query).toMatch(/\.amount\b/);
    expect(Object.values(captured.parkLeaders![0]!.params)).toContain(VARIABLES.park);
  });
});

describe(`${NEO4J_GRAPHQL_PATH} on the server`, () => {
  let temp: TempStore;
  let embedded: RunningApi;
  let onNeo4j: RunningApi;
  const sent: Sent[] = [];

  beforeAll(async () => {
    temp = await emptyEmbeddedStore();
    embedded = await startApi({ store: temp.store });
    // The route touches nothing of the store but its driver; this one records instead of connecting.
    const neo4jStore = { neo4j: { driver: stubDriver(sent), database: 'parks' } } as unknown as GraphStore;
    onNeo4j = await startApi({ store: neo4jStore });
  }, 60_000);

  afterAll(async () => {
    await embedded?.stop();
    await onNeo4j?.stop();
    await temp?.close();
  });

  const post = (api: RunningApi, query: string, variables = {}) =>
    fetch(`${api.url}${NEO4J_GRAPHQL_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });

  it('is not served on the embedded store', async () => {
    const response = await post(embedded, QUERIES.parksByDefault);
    expect(response.status).toBe(404);
  });

  it('runs the generated API on the Neo4j store, in its database, with a transaction timeout', async () => {
    sent.length = 0;
    const response = await post(onNeo4j, QUERIES.parkLeaders, VARIABLES);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { parks: [] } });
    const statement = sent.find((s) => /:HOLDS_POSITION\]/.test(s.query));
    expect(statement).toMatchObject({ mode: 'READ', database: 'parks', timeout: DEFAULT_TIMEOUT_MS });
  });

  it('refuses what /graphql refuses: too deep, too costly, and mutations', async () => {
    const deep = `{ parks { ${'partOf { '.repeat(14)}name${' }'.repeat(14)} } }`;
    const tooDeep = await post(onNeo4j, deep);
    expect((await tooDeep.json()).errors[0].extensions.code).toBe('QUERY_TOO_DEEP');
    // 100 parks × 100 investors × 100 of their parks: the cost estimate counts @limit's sizes.
    const costly = `{ parks(limit: 100) { investors(limit: 100) { investsIn(limit: 100) { ... on Park { name } } } } }`;
    expect((await (await post(onNeo4j, costly)).json()).errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    const unsized = `{ parks { investors { investsIn(limit: 20) { ... on Park { investors { name } } } } } }`;
    expect((await (await post(onNeo4j, unsized)).json()).errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
    const mutation = await post(onNeo4j, 'mutation { deleteParks { nodesDeleted } }');
    expect(mutation.status).toBe(400);
    const refused = (await mutation.json()).errors[0];
    expect(refused.extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/read-only/);
  });

  it('requires a size on lists of several kinds, which @limit cannot cap', async () => {
    for (const query of [
      '{ parks { officeHolders { ... on Official { name } } } }',
      '{ parks { officeHoldersConnection(first: 500) { edges { node { ... on Person { name } } } } } }',
      'query { regionLocatedHeres { ... on Park { name } } }',
      'query ($n: Int) { parks { ...Holders } } fragment Holders on Park { officeHolders(limit: $n) { __typename } }',
    ]) {
      const response = await post(onNeo4j, query);
      expect(response.status, query).toBe(400);
      expect((await response.json()).errors[0].message, query).toMatch(/give it (limit|first) \(at most 100\)/);
    }
    const sized = await post(onNeo4j, '{ parks { officeHolders(limit: 5) { ... on Official { name } } } }');
    expect(await sized.json()).toEqual({ data: { parks: [] } });
  });

  it('opens its own IDE in a browser', async () => {
    const response = await fetch(`${onNeo4j.url}${NEO4J_GRAPHQL_PATH}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`"endpoint":"${NEO4J_GRAPHQL_PATH}"`);
  });
});
