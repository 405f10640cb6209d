// The seeds' graph as a Cypher script, linted with Neo4j's own parser and semantic analysis: slow, so in
// `npm run test:slow` (cypher.test.ts checks the script's shape).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededEmbeddedStore } from '../api/support/seeded.ts';
import type { TempStore } from '../api/support/seeded.ts';
import { neo4jLinter } from '../graph/neo4j/lint-cypher.ts';
import type { CypherLinter } from '../graph/neo4j/lint-cypher.ts';
import { exportText } from './support/collect.ts';

/** Keys of the script's UNWIND row maps (`row.from`), which the linter checks like property keys. */
const ROW_KEYS = ['from', 'to', 'reportId'];

describe("the seeds' graph as a Cypher script", () => {
  let seeded: TempStore;
  let script: string;
  let lint: CypherLinter;

  beforeAll(async () => {
    seeded = await seededEmbeddedStore();
    script = await exportText(seeded.store, 'cypher');
    lint = await neo4jLinter([script], ROW_KEYS);
  }, 120_000);
  afterAll(() => seeded?.close());

  it('lints clean: no error and no warning in any statement', { timeout: 600_000 }, () => {
    expect(lint(script, [])).toEqual([]);
  });

  it('would be caught linting a statement that breaks the schema', () => {
    const statement = script.slice(script.indexOf('UNWIND'), script.indexOf(';', script.indexOf('UNWIND')) + 1);
    expect(lint(statement, [])).toEqual([]);
    const broken = statement.replace('r.name = row.name', 'r.name = rows.name');
    expect(lint(`${statement}\n${broken}`, []).join('\n')).toMatch(/`rows` not defined/); // any statement of a script
  });
});
