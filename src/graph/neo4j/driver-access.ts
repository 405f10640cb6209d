// Read-only access to the Neo4j store's driver, for what runs beside the GraphStore port on the same connection pool
// (the @neo4j/graphql API at /graphql/neo4j). A registered symbol and type-only imports: asking an embedded store
// loads neither neo4j-driver nor the adapter.
import type { Driver } from 'neo4j-driver';
import type { GraphStore } from '../store.ts';

export const NEO4J_DRIVER = Symbol.for('park-graph.neo4j.driver');

export interface Neo4jDriverAccess {
  readonly driver: Driver;
  /** The database the store uses; the server's default database when absent. */
  readonly database?: string;
}

/** The driver of a Neo4j store; undefined for any other store. */
export function neo4jDriverOf(store: GraphStore): Neo4jDriverAccess | undefined {
  return (store as GraphStore & { [NEO4J_DRIVER]?: Neo4jDriverAccess })[NEO4J_DRIVER];
}
