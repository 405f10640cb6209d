// What the Neo4j tier's suites share: the server global-setup.ts started (from the environment), raw Cypher against
// it, wiping it, and the real `kg` binary pointed at it.
import { execFile } from 'node:child_process';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import { afterAll } from 'vitest';
import type { Neo4jConfig } from '../../src/graph/neo4j/index.ts';
import { root } from '../cli/run-kg.ts';
import type { KgRun } from '../cli/run-kg.ts';

if (process.env.NEO4J_TEST_ALLOW_WIPE !== '1' || !process.env.NEO4J_URI) {
  throw new Error(
    'the Neo4j tier needs NEO4J_URI and NEO4J_TEST_ALLOW_WIPE=1: run it with `npm run test:neo4j`, which starts Neo4j',
  );
}

export const config: Neo4jConfig = {
  uri: process.env.NEO4J_URI,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? '',
  ...(process.env.NEO4J_DATABASE ? { database: process.env.NEO4J_DATABASE } : {}),
};

export const SEEDS = 'seeds/';

let shared: Driver | undefined;
/** One driver per test file, closed after it. */
export function driver(): Driver {
  if (!shared) {
    shared = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
    });
    afterAll(async () => {
      await shared?.close();
      shared = undefined;
    });
  }
  return shared;
}

export type Row = Record<string, unknown>;

export async function query(cypher: string, params: Row = {}): Promise<Row[]> {
  const { records } = await driver().executeQuery(cypher, params, config.database ? { database: config.database } : {});
  return records.map((r) => r.toObject());
}

/** Empties the database: data, then every index and constraint, as a new server would be. */
export async function wipe(): Promise<void> {
  const session = driver().session(config.database ? { database: config.database } : {});
  try {
    // CALL … IN TRANSACTIONS runs only in an auto-commit transaction (session.run), not in executeQuery's.
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  for (const row of await query('SHOW CONSTRAINTS YIELD name')) await query(`DROP CONSTRAINT \`${row.name}\``);
  for (const row of await query("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")) {
    await query(`DROP INDEX \`${row.name}\``);
  }
}

export function neo4jEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KG_STORE: 'neo4j',
    NEO4J_URI: config.uri,
    NEO4J_USER: config.user,
    NEO4J_PASSWORD: config.password,
  };
  delete env.KG_DEBUG;
  return env;
}

/** Runs bin/kg.js as a user would, with KG_STORE=neo4j and the tier's server. */
export function kgNeo4j(...args: string[]): Promise<KgRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/kg.js', ...args],
      { cwd: root, env: neo4jEnv(), maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The graph's counts as `kg stats --format json` prints them. */
export async function kgStats(): Promise<unknown> {
  const run = await kgNeo4j('stats', '--format', 'json');
  if (run.code !== 0) throw new Error(`kg stats failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** Every entity's id and stored degree, sorted. */
export async function degrees(): Promise<Row[]> {
  return query('MATCH (e:Entity) RETURN e.id AS id, e.degree AS degree ORDER BY id');
}
