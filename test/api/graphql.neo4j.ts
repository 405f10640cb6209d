// The API suite graphql.test.ts, unchanged, on the Neo4j store (KG_STORE=neo4j): support/seeded.ts's store helpers
// are replaced by support/neo4j-seeded.ts's, which seed the Neo4j tier's server instead of an embedded store.
import { vi } from 'vitest';
import './graphql.test.ts';

vi.mock(import('./support/seeded.ts'), async (importOriginal) => ({
  ...(await importOriginal()),
  ...(await import('./support/neo4j-seeded.ts')).neo4jHelpers,
}));
