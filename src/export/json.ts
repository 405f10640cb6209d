// `kg export --format json`: the graph as JSON nodes and edges, with every property and the evidence behind each
// (the reports, the sentences and their offsets), in a document `kg import` reads back into any store.
import type { StoredRelation, StoredReport } from '../graph/store.ts';
import type { GraphStore } from '../graph/store.ts';
import { edgePages, nodePages, reportPages } from './read.ts';
import type { ExportNode } from './read.ts';

export const JSON_EXPORT_FORMAT = 'park-graph';
export const JSON_EXPORT_VERSION = 1;

/**
 * The document. `nodes[].mentions` are the sentences that name each entity (surface form, report, sentence text and
 * its offsets in the report's original text); `edges[].evidence` the sentences that state each fact. A relation's
 * properties (title, amount, status, tier, role) are the values the graph shows.
 */
export interface GraphExport {
  format: typeof JSON_EXPORT_FORMAT;
  version: typeof JSON_EXPORT_VERSION;
  reports: StoredReport[];
  nodes: ExportNode[];
  edges: StoredRelation[];
}

async function* items<T>(name: string, pages: AsyncIterable<T[]>, last: boolean): AsyncGenerator<string> {
  yield `"${name}":[`;
  let first = true;
  for await (const page of pages) {
    for (const item of page) {
      yield `${first ? '\n' : ',\n'}${JSON.stringify(item)}`;
      first = false;
    }
  }
  yield first ? `]${last ? '' : ','}\n` : `\n]${last ? '' : ','}\n`;
}

/** The export as text chunks (one record per line), read from the store a page at a time. */
export async function* jsonExport(store: GraphStore): AsyncGenerator<string> {
  yield `{"format":${JSON.stringify(JSON_EXPORT_FORMAT)},"version":${JSON_EXPORT_VERSION},\n`;
  yield* items('reports', reportPages(store), false);
  yield* items('nodes', nodePages(store), false);
  yield* items('edges', edgePages(store), true);
  yield '}\n';
}
