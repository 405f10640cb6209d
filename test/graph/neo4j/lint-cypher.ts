// Lints Cypher against the Neo4j store's schema (labels, relationship types, property keys and the (from)-[type]->(to)
// shapes derived from model.ts) and Neo4j 5's real function and procedure signatures, with lintCypherQuery: Neo4j's
// own parser and semantic analysis. For Cypher written elsewhere for the same graph (the Bloom perspective's search
// phrases, `kg export --format cypher`). Errors and warnings are both reported.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import type { DbSchema, Neo4jFunction, Neo4jProcedure } from '@neo4j-cypher/language-support';
import {
  NODE_LABELS,
  PROPERTY_KEYS,
  RELATIONSHIP_TYPES,
  graphSchemaPaths,
} from '../../../src/graph/neo4j/graph-model.ts';
import { loadNeo4jSignatures, signaturesUsedIn } from './neo4j-signatures.ts';

export type CypherLinter = (text: string, params?: readonly string[]) => string[];

/**
 * A linter for `texts` (only the signatures they name are loaded, which keeps the linter fast). `rowKeys`: keys of
 * literal maps the texts read (`UNWIND [{from: ...}] AS row ... row.from`), which the linter checks like property keys.
 */
export async function neo4jLinter(texts: readonly string[], rowKeys: readonly string[] = []): Promise<CypherLinter> {
  const signatures = signaturesUsedIn(await loadNeo4jSignatures(), texts);
  const schema = (params: readonly string[]): DbSchema => ({
    labels: [...NODE_LABELS],
    relationshipTypes: [...RELATIONSHIP_TYPES],
    propertyKeys: [...new Set([...PROPERTY_KEYS, ...rowKeys])],
    graphSchema: graphSchemaPaths(),
    parameters: Object.fromEntries(params.map((p) => [p, null])),
    functions: { 'CYPHER 5': signatures.functions as unknown as Record<string, Neo4jFunction> },
    procedures: { 'CYPHER 5': signatures.procedures as unknown as Record<string, Neo4jProcedure> },
    defaultLanguage: 'CYPHER 5',
  });
  return (text, params = []) =>
    lintCypherQuery(text, schema(params)).diagnostics.map(
      (d) =>
        `${d.severity === 1 ? 'error' : 'warning'} at "${text.slice(d.offsets.start, d.offsets.end).slice(0, 60)}": ${d.message}`,
    );
}
