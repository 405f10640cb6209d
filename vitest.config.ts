import { defineConfig } from 'vitest/config';

/**
 * graphql 16 ships a CommonJS build (main) and an ESM one (module). Node hands the CommonJS one to every dependency
 * (Apollo, type-graphql), so our sources must get it too; Vite would pick the ESM one, and two graphql realms would
 * meet ("Cannot use GraphQLSchema ... from another module or realm").
 */
export const graphqlAlias = [{ find: /^graphql$/, replacement: 'graphql/index.js' }];

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
