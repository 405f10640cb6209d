// Neo4j's own function and procedure signatures (Cypher 5), for the linter's semantic checks: argument counts and
// types, YIELD columns, unknown functions. @neo4j-cypher/language-support ships them as a capture of a real server's
// listings (its test data; no Neo4j server exists here). Pinned version, so the path is stable; a clear error if not.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

type Registry = Record<string, { name: string }>;

export interface Neo4jSignatures {
  functions: Registry;
  procedures: Registry;
}

const CAPTURE = 'dist/esm/project/language-support/src/tests/testData.js';

export async function loadNeo4jSignatures(): Promise<Neo4jSignatures> {
  const entry = createRequire(import.meta.url).resolve('@neo4j-cypher/language-support'); // <pkg>/dist/cjs/index.cjs
  const file = join(dirname(entry), '..', '..', CAPTURE);
  if (!existsSync(file))
    throw new Error(`Neo4j signatures not found at ${file}: has @neo4j-cypher/language-support moved?`);
  const { testData } = (await import(pathToFileURL(file).href)) as {
    testData: { mockSchema: { functions: Record<string, Registry>; procedures: Record<string, Registry> } };
  };
  const functions = testData.mockSchema.functions['CYPHER 5'];
  const procedures = testData.mockSchema.procedures['CYPHER 5'];
  if (!functions?.coalesce || !procedures?.['db.index.fulltext.queryNodes']) {
    throw new Error(`${file} holds no Cypher 5 signatures`);
  }
  return { functions, procedures };
}

/**
 * The signatures of the functions and procedures whose names occur in `texts`. Linting against this subset flags
 * exactly what the full registry flags (a name missing from Neo4j is missing from both) and is much faster: the
 * linter compares its whole registry on every call.
 */
export function signaturesUsedIn(all: Neo4jSignatures, texts: readonly string[]): Neo4jSignatures {
  const words = new Set(texts.flatMap((t) => t.match(/[A-Za-z_][A-Za-z0-9_.]*/g) ?? []).map((w) => w.toLowerCase()));
  const pick = (registry: Registry) =>
    Object.fromEntries(Object.entries(registry).filter(([name]) => words.has(name.toLowerCase())));
  return { functions: pick(all.functions), procedures: pick(all.procedures) };
}
