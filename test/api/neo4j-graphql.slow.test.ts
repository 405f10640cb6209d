// The Cypher @neo4j/graphql generates for /graphql/neo4j (captured on a stub driver, see
// support/neo4j-graphql-capture.ts), linted with lintCypherQuery against the store's schema: slow, so in
// `npm run test:slow`.
import { beforeAll, describe, expect, it } from 'vitest';
import { neo4jLinter } from '../graph/neo4j/lint-cypher.ts';
import { captureQueries, type Sent } from './support/neo4j-graphql-capture.ts';

let captured: Record<string, Sent[]>;
let versionCheck: Sent | undefined;

beforeAll(async () => {
  ({ statements: captured, versionCheck } = await captureQueries());
}, 60_000);

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
