// `npm run test:slow`: the suites that start `kg` as a process (the build in dist/, see bin/kg.js) and the lint of
// every Cypher statement variant with Neo4j's parser. `.ci/run` runs them after `npm test`.
import { defineConfig } from 'vitest/config';
import { graphqlAlias, SLOW_TESTS, WORKERS } from './vitest.config.ts';

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    include: [SLOW_TESTS],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    ...WORKERS,
  },
});
