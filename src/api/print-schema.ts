// schema/schema.graphql: the served schema, checked in; `npm run generate` (src/generate.ts) writes it and a test keeps
// it fresh.
import { fileURLToPath } from 'node:url';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
