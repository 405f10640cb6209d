// The API @neo4j/graphql generates from schema/neo4j.graphql, built on a stub driver that records the Cypher (and
// parameters) it is sent instead of running it: what test/api/neo4j-graphql.test.ts and its slow companion (which
// lints every captured statement) both read.
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { execute, parse } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { neo4jGraphqlContext, neo4jGraphqlSchema } from '../../../src/api/neo4j-graphql.ts';

export interface Sent {
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
export function stubDriver(sent: Sent[]): Driver {
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

export const QUERIES = {
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

export const VARIABLES = { park: '苏宿工业园区', region: '宿迁市', text: '园区' };

export interface Captured {
  schema: GraphQLSchema;
  /** The statements (minus the one-off version check) each query sends. */
  statements: Record<string, Sent[]>;
  versionCheck: Sent | undefined;
}

/** Runs every query of QUERIES on the generated API over the stub driver and keeps what it sent. */
export async function captureQueries(): Promise<Captured> {
  const sent: Sent[] = [];
  const schema = await neo4jGraphqlSchema(stubDriver(sent));
  const contextValue = neo4jGraphqlContext({ driver: stubDriver(sent) }, 10_000);
  const statements: Record<string, Sent[]> = {};
  let versionCheck: Sent | undefined;
  for (const [name, query] of Object.entries(QUERIES)) {
    sent.length = 0;
    const result = await execute({ schema, document: parse(query), variableValues: VARIABLES, contextValue });
    if (result.errors) throw new Error(`${name}: ${result.errors.map((e) => e.message).join('; ')}`);
    versionCheck ??= sent.find((s) => s.query.includes('dbms.components'));
    statements[name] = sent.filter((s) => !s.query.includes('dbms.components'));
  }
  return { schema, statements, versionCheck };
}
