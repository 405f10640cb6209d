// `npm run test:e2e`: browser tests (they need Chromium at /usr/bin/chromium), kept out of `npm test`.
import { defineConfig } from 'vitest/config';
import { graphqlAlias } from './vitest.config.ts';

export default defineConfig({
  resolve: { alias: graphqlAlias },
  test: {
    include: ['test/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
