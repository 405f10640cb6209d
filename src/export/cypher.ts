// `kg export --format cypher`: a script that recreates the graph in any Neo4j 5 (cypher-shell -f, or Neo4j Browser),
// in exactly the layout the Neo4j store writes (src/graph/neo4j/graph-model.ts), so the Neo4j store, the
// @neo4j/graphql API and the Bloom perspective all work on the result. It starts with the store's own constraints and
// indexes (cypher/neo4j/schema.cypher), then MERGEs on ids: running it twice changes nothing. It ends by counting
// every entity's degree with the store's own statement (cypher/neo4j/degree.cypher). No parameters: every value is a
// literal, escaped here; each statement UNWINDs a batch of rows (one page of the export).
import { RELATION_SCHEMA, RELATION_TYPES } from '../ontology/model.ts';
import type { EntityKind, RelationType } from '../ontology/model.ts';
import {
  claimProperties,
  ENTITY_LABEL,
  ENTITY_PROPERTIES,
  EVIDENCE_PROPERTIES,
  MENTION_PROPERTIES,
  MENTIONED_IN,
  REPORT_LABEL,
  REPORT_PROPERTIES,
} from '../graph/neo4j/graph-model.ts';
import { CypherStatements } from '../graph/neo4j/statements.ts';
import { reportRow } from '../graph/store.ts';
import type { GraphStore, StoredRelation, StoredReport } from '../graph/store.ts';
import { edgePages, nodePages, reportPages } from './read.ts';
import type { ExportNode } from './read.ts';

/** A number written as a Cypher FLOAT (the driver sends JS numbers as floats: amounts are floats in the store). */
export class CypherFloat {
  constructor(readonly value: number) {}
}

export type CypherValue =
  string | number | boolean | null | CypherFloat | readonly CypherValue[] | { readonly [key: string]: CypherValue };

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A Cypher string literal: quotes, backslashes and control characters escaped; everything else as is (UTF-8). */
export function cypherString(text: string): string {
  // Control characters are exactly what must be matched here.
  // eslint-disable-next-line no-control-regex
  const escaped = text.replace(/[\\'\n\r\t]|[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    return ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

function floatLiteral(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} as a Cypher literal`);
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return `${n}.0`;
  return String(n).replace('e+', 'e');
}

const MAP_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Any value as a Cypher literal. Integers stay INTEGER; CypherFloat and fractions become FLOAT. */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : floatLiteral(value);
  if (value instanceof CypherFloat) return floatLiteral(value.value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  const entries = Object.entries(value as Record<string, CypherValue>).map(([key, v]) => {
    if (!MAP_KEY.test(key)) throw new Error(`map key ${key} is not a plain Cypher identifier`);
    return `${key}: ${cypherLiteral(v)}`;
  });
  return `{${entries.join(', ')}}`;
}

/** `UNWIND [rows] AS row` then `body`: one statement, one row per line. */
function unwind(rows: readonly CypherValue[], body: string): string {
  return `UNWIND [\n  ${rows.map(cypherLiteral).join(',\n  ')}\n] AS row\n${body};\n`;
}

/** Items by key, in first-seen order (Map.groupBy needs Node 21). */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const setAll = (variable: string, keys: readonly string[]) =>
  `SET ${keys.map((k) => `${variable}.${k} = row.${k}`).join(', ')}`;

function reportStatement(reports: StoredReport[]): string {
  const rows = reports.map(reportRow);
  const keys = REPORT_PROPERTIES.filter((k) => k !== 'id');
  return unwind(rows, `MERGE (r:${REPORT_LABEL} {id: row.id})\n${setAll('r', keys)}`);
}

function entityStatement(kind: EntityKind, nodes: ExportNode[]): string {
  const rows = nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    name: n.name,
    aliases: n.aliases,
    searchText: [n.name, ...n.aliases].join(' '),
  }));
  const keys = ENTITY_PROPERTIES.filter((k) => k !== 'id');
  return unwind(rows, `MERGE (e:${ENTITY_LABEL} {id: row.id})\nSET e:${kind}\n${setAll('e', keys)}`);
}

/** One MENTIONED_IN per entity and report: that report's surface forms and sentences, as the store keeps them. */
function mentionStatement(nodes: ExportNode[]): string | undefined {
  const rows = nodes.flatMap((n) => {
    const byReport = groupBy(n.mentions, (m) => m.reportId);
    return [...byReport].map(([reportId, mentions]) => {
      const surfaces = new Set(mentions.map((m) => m.surface));
      return {
        id: n.id,
        reportId,
        name: n.name,
        aliases: n.aliases.filter((a) => surfaces.has(a)),
        surfaces: mentions.map((m) => m.surface),
        sentences: mentions.map((m) => m.sentence),
        starts: mentions.map((m) => m.start),
        ends: mentions.map((m) => m.end),
      };
    });
  });
  if (rows.length === 0) return undefined;
  const keys = MENTION_PROPERTIES;
  return unwind(
    rows,
    `MATCH (e:${ENTITY_LABEL} {id: row.id})\nMATCH (r:${REPORT_LABEL} {id: row.reportId})\n` +
      `MERGE (e)-[m:${MENTIONED_IN}]->(r)\n${setAll('m', keys)}`,
  );
}

/**
 * One relationship per (from, type, to) with its evidence lists. A property's claim lists name every supporting
 * report (the export knows the value shown, not which report stated it), so deleting one report keeps the value.
 */
function relationStatement(type: RelationType, edges: StoredRelation[]): string {
  const properties = RELATION_SCHEMA[type].properties;
  const rows = edges.map((edge) => {
    const reports = [...new Set(edge.evidence.map((e) => e.reportId))];
    const row: Record<string, CypherValue> = {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      reports,
      evidence: edge.evidence.map((e) => e.sentence),
      evidenceReports: edge.evidence.map((e) => e.reportId),
      evidenceStarts: edge.evidence.map((e) => e.start),
      evidenceEnds: edge.evidence.map((e) => e.end),
    };
    for (const p of properties) {
      const value = edge[p];
      const [values, claimedBy] = claimProperties(p);
      const literal = value === undefined ? null : typeof value === 'number' ? new CypherFloat(value) : value;
      row[p] = literal;
      row[values] = literal === null ? null : reports.map(() => literal);
      row[claimedBy] = literal === null ? null : reports;
    }
    return row;
  });
  const keys = [...EVIDENCE_PROPERTIES, ...properties.flatMap((p) => [p, ...claimProperties(p)])];
  return unwind(
    rows,
    `MATCH (a:${ENTITY_LABEL} {id: row.from})\nMATCH (b:${ENTITY_LABEL} {id: row.to})\n` +
      `MERGE (a)-[r:${type}]->(b)\n${setAll('r', keys)}`,
  );
}

/** The Neo4j store's constraints and indexes, as it creates them at start-up. */
function schemaStatements(statements: CypherStatements): string[] {
  return statements
    .names()
    .filter((name) => statements.definition(name).file === 'schema.cypher')
    .map((name) => `${statements.render(name).text};\n`);
}

/** The script as text chunks, one statement (or comment) each, read from the store a page at a time. */
export async function* cypherExport(store: GraphStore): AsyncGenerator<string> {
  yield '// park-graph: recreates the graph in Neo4j 5 (cypher-shell -f <file>). MERGE on ids: safe to run twice.\n';
  yield '// Layout: (:Entity:<Kind>), (:Report), ontology relationships with their evidence, MENTIONED_IN.\n\n';
  const statements = CypherStatements.load();
  yield '// Constraints and indexes of the Neo4j store\n';
  yield* schemaStatements(statements);
  yield '\n// Reports\n';
  for await (const reports of reportPages(store)) yield reportStatement(reports);
  yield '\n// Entities and the reports that mention them\n';
  for await (const nodes of nodePages(store)) {
    for (const [kind, ofKind] of groupBy(nodes, (n) => n.kind)) yield entityStatement(kind, ofKind);
    const mentions = mentionStatement(nodes);
    if (mentions) yield mentions;
  }
  yield '\n// Relations, with the sentences that state them\n';
  for await (const edges of edgePages(store)) {
    const byType = groupBy(edges, (e) => e.type);
    for (const type of RELATION_TYPES) {
      const ofType = byType.get(type);
      if (ofType) yield relationStatement(type, ofType);
    }
  }
  yield '\n// Degrees of all entities (Bloom sizes nodes by them), counted as the Neo4j store counts them\n';
  yield `${statements.render('recountDegrees').text};\n`;
}
