// The Neo4j store: src/graph/open.ts imports this module only when KG_STORE=neo4j.
export { openNeo4jStore } from './store.ts';
export type { Neo4jConfig } from './store.ts';
