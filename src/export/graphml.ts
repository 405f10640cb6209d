// `kg export --format graphml`: the graph for Gephi, yEd and other GraphML readers. Every attribute is declared by a
// typed <key> (kind, name, aliases, the relation properties of model.ts with their types, the evidence sentences and
// the reports behind each fact); `label` carries the name or the relation type, which Gephi shows as the label.
import { RELATION_PROPERTY_NAMES, RELATION_PROPERTY_TYPES } from '../ontology/model.ts';
import type { GraphStore, StoredRelation } from '../graph/store.ts';
import { edgePages, nodePages } from './read.ts';
import type { ExportNode } from './read.ts';

type AttrType = 'string' | 'int' | 'double';

interface Key<T> {
  id: string;
  name: string;
  type: AttrType;
  value: (item: T) => string | number | undefined;
}

/** Several values in one string attribute (GraphML has no list type). */
const LIST_SEPARATOR = ' | ';
const distinct = (values: readonly string[]) => [...new Set(values)];

const NODE_KEYS: Key<ExportNode>[] = [
  { id: 'n_label', name: 'label', type: 'string', value: (n) => n.name },
  { id: 'n_kind', name: 'kind', type: 'string', value: (n) => n.kind },
  { id: 'n_name', name: 'name', type: 'string', value: (n) => n.name },
  { id: 'n_aliases', name: 'aliases', type: 'string', value: (n) => n.aliases.join(LIST_SEPARATOR) || undefined },
  { id: 'n_mentions', name: 'mentions', type: 'int', value: (n) => n.mentions.length },
  {
    id: 'n_reports',
    name: 'reports',
    type: 'string',
    value: (n) => distinct(n.mentions.map((m) => m.reportId)).join(LIST_SEPARATOR) || undefined,
  },
];

const EDGE_KEYS: Key<StoredRelation>[] = [
  { id: 'e_label', name: 'label', type: 'string', value: (e) => e.type },
  { id: 'e_type', name: 'type', type: 'string', value: (e) => e.type },
  ...RELATION_PROPERTY_NAMES.map((p): Key<StoredRelation> => ({
    id: `e_${p}`,
    name: p,
    type: RELATION_PROPERTY_TYPES[p] === 'number' ? 'double' : 'string',
    value: (e) => e[p],
  })),
  { id: 'e_evidence', name: 'evidence', type: 'string', value: (e) => e.evidence.map((x) => x.sentence).join('\n') },
  {
    id: 'e_reports',
    name: 'reports',
    type: 'string',
    value: (e) => distinct(e.evidence.map((x) => x.reportId)).join(LIST_SEPARATOR),
  },
];

// Characters XML 1.0 cannot carry at all (most control characters, lone surrogates, U+FFFE/U+FFFF) are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
}

function keyDeclarations<T>(target: 'node' | 'edge', keys: Key<T>[]): string {
  return keys
    .map((k) => `  <key id="${k.id}" for="${target}" attr.name="${k.name}" attr.type="${k.type}"/>\n`)
    .join('');
}

function data<T>(item: T, keys: Key<T>[]): string {
  return keys
    .map((k) => [k, k.value(item)] as const)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([k, value]) => `<data key="${k.id}">${xmlEscape(String(value))}</data>`)
    .join('');
}

/** The GraphML document as text chunks (one element per line), read from the store a page at a time. */
export async function* graphmlExport(store: GraphStore): AsyncGenerator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield (
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
  );
  yield keyDeclarations('node', NODE_KEYS);
  yield keyDeclarations('edge', EDGE_KEYS);
  yield '  <graph id="park-graph" edgedefault="directed">\n';
  for await (const nodes of nodePages(store)) {
    yield nodes.map((n) => `    <node id="${xmlEscape(n.id)}">${data(n, NODE_KEYS)}</node>\n`).join('');
  }
  for await (const edges of edgePages(store)) {
    yield edges
      .map(
        (e) =>
          `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.from)}" target="${xmlEscape(e.to)}">` +
          `${data(e, EDGE_KEYS)}</edge>\n`,
      )
      .join('');
  }
  yield '  </graph>\n</graphml>\n';
}
