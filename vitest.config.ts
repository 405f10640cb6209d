import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';

/**
 * graphql 16 ships a CommonJS build (main) and an ESM one (module). Node hands the CommonJS one to every dependency
 * (Apollo, type-graphql), so our sources must get it too; Vite would pick the ESM one, and two graphql realms would
 * meet ("Cannot use GraphQLSchema ... from another module or realm").
 */
export const graphqlAlias = [{ find: /^graphql$/, replacement: 'graphql/index.js' }];

/** The slow tier (`npm run test:slow`): suites that start `kg` processes or lint every Cypher statement variant. */
export const SLOW_TESTS = 'test/**/*.slow.test.ts';

/**
 * One test file per CPU: vitest's default keeps a CPU free for itself, which on a 2-CPU machine runs the files one at a
 * time (the fast tier took 115 s instead of 80 s).
 */
export const WORKERS = { minWorkers: availableParallelism(), maxWorkers: availableParallelism() };

// `npm test`'s tier: everything but the slow suites and the browser tests, for the edit-test loop.
export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, SLOW_TESTS],
    testTimeout: 30_000,
    // Hooks that build a schema (@neo4j/graphql) or a store take over vitest's 10 s default on a loaded machine.
    hookTimeout: 30_000,
    pool: 'forks',
    ...WORKERS,
  },
});
