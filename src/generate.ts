// `npm run generate`: writes every generated file the repository checks in, in the order they depend on each other.
// Run it after changing the ontology, the API, the Neo4j layout, the client's operations or the Bloom style; each
// file has a test that fails while it differs from what this writes.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { SCHEMA_FILE } from './api/print-schema.ts';
import { printApiSchema } from './api/schema.ts';
import { PERSPECTIVE_PATH, perspectiveFileText } from './bloom/write.ts';
import { TYPES_FILE, generateClientTypes } from './client/codegen.ts';
import { neo4jTypeDefs } from './graph/neo4j/graphql-typedefs.ts';

export const NEO4J_TYPEDEFS_FILE = fileURLToPath(new URL('../schema/neo4j.graphql', import.meta.url));

async function formatted(file: string, text: string): Promise<string> {
  return prettier.format(text, { ...(await prettier.resolveConfig(file)), filepath: file });
}

/** Each generated file and how to make its text; later ones may read earlier ones (the client reads the schema). */
export const GENERATED: { file: string; text: () => Promise<string> }[] = [
  { file: SCHEMA_FILE, text: async () => printApiSchema() },
  { file: TYPES_FILE, text: () => generateClientTypes() },
  { file: NEO4J_TYPEDEFS_FILE, text: () => formatted(NEO4J_TYPEDEFS_FILE, neo4jTypeDefs()) },
  { file: PERSPECTIVE_PATH, text: () => perspectiveFileText() },
];

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  for (const { file, text } of GENERATED) {
    writeFileSync(file, await text());
    console.log(`wrote ${relative(root, file)}`);
  }
}
