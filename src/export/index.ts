// The export formats of `kg export`: each reads the graph through the GraphStore port, a page at a time, and yields
// the file's text in chunks.
import type { GraphStore } from '../graph/store.ts';
import { cypherExport } from './cypher.ts';
import { graphmlExport } from './graphml.ts';
import { jsonExport } from './json.ts';

export const EXPORT_FORMATS = {
  graphml: graphmlExport,
  json: jsonExport,
  cypher: cypherExport,
} as const satisfies Record<string, (store: GraphStore) => AsyncIterable<string>>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
