// `npm run test:neo4j`: the suites that need a real Neo4j 5 (with APOC), run one file at a time against one server
// that test/neo4j/global-setup.ts starts (each suite empties the database). neo4j/test-tier.ts fails the run when any
// of them was skipped.
import { defineConfig } from 'vitest/config';
import { graphqlAlias } from './vitest.config.ts';

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    include: ['test/graph/neo4j/neo4j.store.test.ts', 'test/**/*.neo4j.ts'],
    globalSetup: ['test/neo4j/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
    pool: 'forks',
  },
});
