// The example queries of docs/queries/, preloaded as tabs in the IDE (files sorted by name: 1-..., 2-...).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const EXAMPLES_DIR = fileURLToPath(new URL('../../docs/queries/', import.meta.url));

export interface ExampleQuery {
  file: string;
  query: string;
}

export function loadExamples(dir = EXAMPLES_DIR): ExampleQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((file) => ({ file, query: readFileSync(join(dir, file), 'utf8') }));
}
