// kg export --format cypher loaded into an empty Neo4j, and kg import of a JSON export into an empty Neo4j, each
// reproduce the graph: same kg stats, same degrees, same entities, relations, evidence and reports.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { openNeo4jStore } from '../../src/graph/neo4j/index.ts';
import { dump } from '../graph/store.contract.ts';
import { config, degrees, driver, kgNeo4j, kgStats, query, wipe } from './support.ts';
import type { Row } from './support.ts';

const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'kg-neo4j-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The statements of a Cypher script as cypher-shell -f runs them: each ends with `;` at the end of a line. */
function statementsOf(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split('\n')) {
    if (current.length === 0 && (line.trim() === '' || line.startsWith('//'))) continue;
    current.push(line);
    if (line.trimEnd().endsWith(';')) {
      statements.push(current.join('\n').trimEnd().slice(0, -1));
      current = [];
    }
  }
  expect(current.join('').trim(), 'text after the last statement').toBe('');
  return statements;
}

async function graph() {
  const store = await openNeo4jStore(config);
  try {
    return { stats: await kgStats(), degrees: await degrees(), dump: await dump(store) };
  } finally {
    await store.close();
  }
}

let original: { stats: unknown; degrees: Row[]; dump: unknown };
const cypherFile = join(dir, 'graph.cypher');
const jsonFile = join(dir, 'graph.json');

beforeAll(async () => {
  await wipe();
  const store = await openNeo4jStore(config);
  try {
    for (const file of readdirSync(SEEDS_DIR).sort()) {
      await store.upsertReport(extractReport({ name: file, bytes: readFileSync(join(SEEDS_DIR, file)) }));
    }
  } finally {
    await store.close();
  }
  original = await graph();
  for (const [format, out] of [
    ['cypher', cypherFile],
    ['json', jsonFile],
  ] as const) {
    const run = await kgNeo4j('export', '--store', 'neo4j', '--format', format, '--out', out);
    expect(run.code, run.stderr).toBe(0);
  }
}, 300_000);

describe('an export loaded into an empty Neo4j', () => {
  it('kg export --format cypher, run statement by statement as cypher-shell -f does, reproduces the graph', async () => {
    await wipe();
    expect(await query('MATCH (n) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
    const statements = statementsOf(readFileSync(cypherFile, 'utf8'));
    expect(statements.length).toBeGreaterThan(10);
    const session = driver().session(config.database ? { database: config.database } : {});
    try {
      for (const statement of statements) await session.run(statement);
    } finally {
      await session.close();
    }
    const loaded = await graph();
    expect(loaded.stats).toEqual(original.stats);
    expect(loaded.degrees).toEqual(original.degrees);
    expect(loaded.dump).toEqual(original.dump);
    // The store's indexes came with it: the full-text search works on the loaded graph.
    const [index] = await query("SHOW INDEXES YIELD name, state WHERE name = 'entity_search' RETURN state");
    expect(index).toEqual({ state: 'ONLINE' });
  });

  it('kg import of a JSON export reproduces the graph', async () => {
    await wipe();
    const run = await kgNeo4j('import', '--store', 'neo4j', jsonFile);
    expect(run.code, run.stderr).toBe(0);
    const imported = await graph();
    expect(imported.stats).toEqual(original.stats);
    expect(imported.degrees).toEqual(original.degrees);
    expect(imported.dump).toEqual(original.dump);
  });
});
