// `npm run schema:print`: writes the served schema to schema/schema.graphql (checked in; a test keeps it fresh).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printApiSchema } from './schema.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(SCHEMA_FILE, printApiSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
