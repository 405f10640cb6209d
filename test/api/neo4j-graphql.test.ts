// /graphql/neo4j: the API @neo4j/graphql generates from schema/neo4j.graphql, built on a stub driver that records the
// Cypher (and parameters) it is sent instead of running it: no Neo4j server exists here, so these tests check the
// translation, never results. Every captured statement is linted with lintCypherQuery against the store's schema.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { execute, parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../../src/graph/store.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { NEO4J_DRIVER } from '../../src/graph/neo4j/driver-access.ts';
import { NEO4J_GRAPHQL_DEFAULT_LIMIT } from '../../src/graph/neo4j/graphql-typedefs.ts';
import { DEFAULT_TIMEOUT_MS } from '../../src/api/limits.ts';
import { NEO4J_GRAPHQL_PATH, neo4jGraphqlContext, neo4jGraphqlSchema } from '../../src/api/neo4j-graphql.ts';
import { neo4jLinter } from '../graph/neo4j/lint-cypher.ts';
import { emptyEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

interface Sent {
  query: string;
  params: Record<string, unknown>;
  mode: 'READ' | 'WRITE';
  /** The session's database and the transaction's timeout (ms), as @neo4j/graphql passed them. */
  database?: string;
  timeout?: number;
}

/** The Neo4j version the stub claims (@neo4j/graphql asks dbms.components() once and translates for it). */
const STUB_VERSION = '5.26.0';

/**
 * A driver with just what @neo4j/graphql 7's Executor calls (driver.session(), session.executeRead/executeWrite,
 * tx.run, session.close; see node_modules/@neo4j/graphql/dist/classes/Executor.js). It records each statement and
 * answers with no rows, except dbms.components() (the version check), answered with a real driver Record.
 */
function stubDriver(sent: Sent[]): Driver {
  type Config = { database?: string; timeout?: number };
  const runner = (mode: Sent['mode'], { database }: Config, { timeout }: Config = {}) => ({
    run: async (query: string, params: Record<string, unknown>) => {
      sent.push({ query, params, mode, database, timeout });
      const records = /CALL dbms\.components\(\)/.test(query)
        ? [new neo4j.Record(['version', 'edition'], [STUB_VERSION, 'enterprise'])]
        : [];
      return { records, summary: { counters: { updates: () => ({}) } } };
    },
  });
  const session = (config: Config) => ({
    executeRead: (work: (tx: unknown) => unknown, tx?: Config) => work(runner('READ', config, tx)),
    executeWrite: (work: (tx: unknown) => unknown, tx?: Config) => work(runner('WRITE', config, tx)),
    close: async () => {},
  });
  return { session, executeQueryBookmarkManager: undefined, close: async () => {} } as unknown as Driver;
}

const QUERIES = {
  parkCompanies: `query ($park: String!) {
    parks(where: { name: { eq: $park } }) {
      name
      investorsConnection { edges { properties { amount status evidence } node { name aliases } } }
      locatedHere(limit: 50) { name }
    }
  }`,
  parkLeaders: `query ($park: String!) {
    parks(where: { name: { eq: $park } }) {
      name
      officeHoldersConnection(first: 30) {
        edges {
          properties { title evidence evidenceReports }
          node { ... on Official { name } ... on Person { name } }
        }
      }
    }
  }`,
  entitiesByName: `query ($text: String!) {
    entities(where: { name: { contains: $text } }, limit: 10000) { id kind name }
  }`,
  parksByDefault: `{ parks { id name } }`,
  twoLevels: `query ($region: String!) {
    regions(where: { name: { eq: $region } }) {
      name
      locatedHere(limit: 40) {
        ... on Park { name investors { name investsIn(limit: 7) { ... on Park { name } } } focusesOn { name } }
        ... on Company { name }
      }
    }
  }`,
  reportEntities: `{ reports(limit: 5) { id title entitiesConnection { edges { properties { surfaces } node { name } } } } }`,
};

const VARIABLES = { park: '苏宿工业园区', region: '宿迁市', text: '园区' };

/** The statements (minus the one-off version check) each query sends. */
const captured: Record<string, Sent[]> = {};
let versionCheck: Sent | undefined;
let schema: GraphQLSchema;

beforeAll(async () => {
  const sent: Sent[] = [];
  schema = await neo4jGraphqlSchema(stubDriver(sent));
  const contextValue = neo4jGraphqlContext({ driver: stubDriver(sent) }, 10_000);
  for (const [name, query] of Object.entries(QUERIES)) {
    sent.length = 0;
    const result = await execute({ schema, document: parse(query), variableValues: VARIABLES, contextValue });
    expect(result.errors, name).toBeUndefined();
    versionCheck ??= sent.find((s) => s.query.includes('dbms.components'));
    captured[name] = sent.filter((s) => !s.query.includes('dbms.components'));
  }
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

describe('the Cypher it generates', () => {
  const statements = () => [
    ...Object.entries(captured).map(([name, [s]]) => [name, s!] as const),
    ['version check', versionCheck!] as const,
  ];

  it('lints without errors or warnings (lintCypherQuery, the store schema from model.ts)', async () => {
    const all = statements();
    const lint = await neo4jLinter(all.map(([, s]) => s.query));
    for (const [name, s] of all) {
      await new Promise((resolve) => setImmediate(resolve)); // the linter is synchronous and slow
      expect(lint(s.query, Object.keys(s.params)), `${name}:\n${s.query}`).toEqual([]);
    }
  }, 120_000);

  it('would be caught: the same statements with a wrong property, relation direction or parameter', async () => {
    const { query, params } = captured.parkCompanies![0]!;
    const lint = await neo4jLinter([query]);
    const broken = [
      [query.replace('this0.amount', 'this0.amonut'), /amonut/],
      [query.replace('<-[this0:INVESTS_IN]-', '-[this0:INVESTS_IN]->'), /INVESTS_IN/],
      [query.replace('$param0', '$param9'), /param9/],
    ] as const;
    for (const [text, expected] of broken) {
      expect(text).not.toBe(query);
      expect(lint(text, Object.keys(params)).join('\n')).toMatch(expected);
    }
  }, 60_000);
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
    const neo4jStore = { [NEO4J_DRIVER]: { driver: stubDriver(sent), database: 'parks' } } as unknown as GraphStore;
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
