// `kg import`: a JSON export (json.ts) back into a store. The port writes whole reports only (upsertReport is what
// keeps a store atomic and idempotent per report), so the export is regrouped into the ExtractedReports it came from:
// each report gets the entities that have a mention or a fact in it, the facts it states, and the sentences either
// cites. Importing the same file twice changes nothing; importing into a store that already holds some reports adds
// the others.
import { UserError } from '../errors.ts';
import { ENTITY_KINDS, RELATION_PROPERTY_NAMES, RELATION_TYPES } from '../ontology/model.ts';
import type {
  EntityId,
  ExtractedEntity,
  ExtractedRelation,
  ExtractedReport,
  RelationProperties,
  Sentence,
} from '../ontology/model.ts';
import type { GraphStore, StoredEvidence, StoredRelation, StoredReport } from '../graph/store.ts';
import { JSON_EXPORT_FORMAT, JSON_EXPORT_VERSION } from './json.ts';
import type { GraphExport } from './json.ts';
import type { ExportNode } from './read.ts';

// ---- reading and checking the document ----

class Shape {
  constructor(private readonly source: string) {}

  fail(path: string, problem: string): never {
    throw new UserError(`${this.source}: ${path} ${problem}`);
  }

  object(value: unknown, path: string): Record<string, unknown> {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) this.fail(path, 'is not an object');
    return value as Record<string, unknown>;
  }

  array(value: unknown, path: string): unknown[] {
    if (!Array.isArray(value)) this.fail(path, 'is not a list');
    return value;
  }

  string(value: unknown, path: string): string {
    if (typeof value !== 'string') this.fail(path, 'is not a string');
    return value;
  }

  offset(value: unknown, path: string): number {
    if (!Number.isInteger(value) || (value as number) < 0) this.fail(path, 'is not a whole number');
    return value as number;
  }

  oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string, what: string): T {
    if (!(allowed as readonly unknown[]).includes(value)) this.fail(path, `${JSON.stringify(value)} is not ${what}`);
    return value as T;
  }

  optionalString(value: unknown, path: string): string | undefined {
    return value === undefined || value === null ? undefined : this.string(value, path);
  }

  evidence(value: unknown, path: string): StoredEvidence {
    const e = this.object(value, path);
    return {
      reportId: this.string(e.reportId, `${path}.reportId`),
      sentence: this.string(e.sentence, `${path}.sentence`),
      start: this.offset(e.start, `${path}.start`),
      end: this.offset(e.end, `${path}.end`),
    };
  }
}

function readReport(shape: Shape, value: unknown, path: string): StoredReport {
  const r = shape.object(value, path);
  const title = shape.optionalString(r.title, `${path}.title`);
  const publishedAt = shape.optionalString(r.publishedAt, `${path}.publishedAt`);
  const source = shape.optionalString(r.source, `${path}.source`);
  return {
    id: shape.string(r.id, `${path}.id`),
    name: shape.string(r.name, `${path}.name`),
    ...(title !== undefined ? { title } : {}),
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(source !== undefined ? { source } : {}),
    authors: shape.array(r.authors ?? [], `${path}.authors`).map((a, i) => shape.string(a, `${path}.authors[${i}]`)),
    // Recomputed from the regrouped report when it is stored.
    entityCount: typeof r.entityCount === 'number' ? r.entityCount : 0,
    relationCount: typeof r.relationCount === 'number' ? r.relationCount : 0,
  };
}

function readNode(shape: Shape, value: unknown, path: string): ExportNode {
  const n = shape.object(value, path);
  return {
    id: shape.string(n.id, `${path}.id`),
    kind: shape.oneOf(n.kind, ENTITY_KINDS, `${path}.kind`, 'an entity kind'),
    name: shape.string(n.name, `${path}.name`),
    aliases: shape.array(n.aliases ?? [], `${path}.aliases`).map((a, i) => shape.string(a, `${path}.aliases[${i}]`)),
    mentions: shape.array(n.mentions ?? [], `${path}.mentions`).map((m, i) => ({
      ...shape.evidence(m, `${path}.mentions[${i}]`),
      surface: shape.string(shape.object(m, `${path}.mentions[${i}]`).surface, `${path}.mentions[${i}].surface`),
    })),
  };
}

function readEdge(shape: Shape, value: unknown, path: string): StoredRelation {
  const e = shape.object(value, path);
  const properties: RelationProperties = {};
  for (const p of RELATION_PROPERTY_NAMES) {
    if (e[p] === undefined || e[p] === null) continue;
    if (p === 'amount' && typeof e[p] !== 'number') shape.fail(`${path}.amount`, 'is not a number');
    if (p !== 'amount') shape.string(e[p], `${path}.${p}`);
    Object.assign(properties, { [p]: e[p] });
  }
  return {
    id: shape.string(e.id ?? '', `${path}.id`),
    type: shape.oneOf(e.type, RELATION_TYPES, `${path}.type`, 'a relation type'),
    from: shape.string(e.from, `${path}.from`),
    to: shape.string(e.to, `${path}.to`),
    ...properties,
    evidence: shape.array(e.evidence, `${path}.evidence`).map((x, i) => shape.evidence(x, `${path}.evidence[${i}]`)),
  };
}

/** The document in `text`, checked; a UserError naming `source` and the first problem otherwise. */
export function parseGraphExport(text: string, source: string): GraphExport {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${source}: not JSON (${(error as Error).message})`);
  }
  const shape = new Shape(source);
  const d = shape.object(document, 'the document');
  if (d.format !== JSON_EXPORT_FORMAT) {
    shape.fail('the document', `is not a park-graph export (its "format" is ${JSON.stringify(d.format)})`);
  }
  if (d.version !== JSON_EXPORT_VERSION) {
    shape.fail(
      'the document',
      `has version ${JSON.stringify(d.version)}; this kg reads version ${JSON_EXPORT_VERSION}`,
    );
  }
  return {
    format: JSON_EXPORT_FORMAT,
    version: JSON_EXPORT_VERSION,
    reports: shape.array(d.reports, 'reports').map((r, i) => readReport(shape, r, `reports[${i}]`)),
    nodes: shape.array(d.nodes, 'nodes').map((n, i) => readNode(shape, n, `nodes[${i}]`)),
    edges: shape.array(d.edges, 'edges').map((e, i) => readEdge(shape, e, `edges[${i}]`)),
  };
}

// ---- regrouping into reports ----

interface ReportDraft {
  report: StoredReport;
  /** Cited sentences by `${start}:${end}`. */
  sentences: Map<string, StoredEvidence>;
  /** Entities of the report, with their mentions in it. */
  entities: Map<EntityId, { node: ExportNode; mentions: { key: string; surface: string }[] }>;
  relations: { edge: StoredRelation; keys: string[] }[];
}

const sentenceKey = (e: StoredEvidence) => `${e.start}:${e.end}`;

/**
 * The reports the export was built from, in its report order. An entity keeps its name in every report; its aliases
 * go to the reports whose sentences use them (any other alias to the first report that names the entity), so the
 * imported graph holds the same aliases. A relation's properties are stated by every report that supports it.
 */
export function reportsOfExport(graph: GraphExport, source = 'the export'): ExtractedReport[] {
  const drafts = new Map<string, ReportDraft>(
    graph.reports.map((report) => [report.id, { report, sentences: new Map(), entities: new Map(), relations: [] }]),
  );
  const draftOf = (reportId: string, what: string) =>
    drafts.get(reportId) ?? fail(`${what} cites report ${reportId}, which the export's reports lack`);
  const fail = (problem: string): never => {
    throw new UserError(`${source}: ${problem}`);
  };
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const entityIn = (draft: ReportDraft, node: ExportNode) => {
    let entry = draft.entities.get(node.id);
    if (!entry) draft.entities.set(node.id, (entry = { node, mentions: [] }));
    return entry;
  };

  for (const node of graph.nodes) {
    for (const m of node.mentions) {
      const draft = draftOf(m.reportId, `a mention of ${node.id}`);
      draft.sentences.set(sentenceKey(m), m);
      entityIn(draft, node).mentions.push({ key: sentenceKey(m), surface: m.surface });
    }
  }
  for (const edge of graph.edges) {
    const byReport = new Map<string, string[]>();
    for (const e of edge.evidence) {
      const draft = draftOf(e.reportId, `the evidence of ${edge.id}`);
      draft.sentences.set(sentenceKey(e), e);
      byReport.set(e.reportId, [...(byReport.get(e.reportId) ?? []), sentenceKey(e)]);
    }
    for (const [reportId, keys] of byReport) {
      const draft = drafts.get(reportId)!;
      for (const end of [edge.from, edge.to]) {
        entityIn(draft, nodes.get(end) ?? fail(`${edge.id} links ${end}, which is not among the export's nodes`));
      }
      draft.relations.push({ edge, keys });
    }
  }

  const aliasHome = new Map<EntityId, string>();
  for (const draft of drafts.values())
    for (const id of draft.entities.keys()) if (!aliasHome.has(id)) aliasHome.set(id, draft.report.id);
  return [...drafts.values()].map((draft) => toReport(draft, aliasHome));
}

function toReport(draft: ReportDraft, aliasHome: Map<EntityId, string>): ExtractedReport {
  const { report } = draft;
  const evidence: Sentence[] = [...draft.sentences.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((s, index) => ({ index, text: s.sentence, original: s.sentence, start: s.start, end: s.end }));
  const indexOf = new Map(evidence.map((s) => [`${s.start}:${s.end}`, s]));

  const entities: ExtractedEntity[] = [...draft.entities.values()].map(({ node, mentions }) => {
    const surfaces = new Set(mentions.map((m) => m.surface));
    const isHome = aliasHome.get(node.id) === report.id;
    return {
      id: node.id,
      kind: node.kind,
      name: node.name,
      aliases: node.aliases.filter((a) => isHome || surfaces.has(a)),
      mentions: mentions.map((m) => {
        const s = indexOf.get(m.key)!;
        return { surface: m.surface, start: s.start, end: s.end, sentence: s.index };
      }),
    };
  });
  const relations: ExtractedRelation[] = draft.relations.map(({ edge, keys }) => ({
    type: edge.type,
    from: edge.from,
    to: edge.to,
    ...Object.fromEntries(RELATION_PROPERTY_NAMES.filter((p) => edge[p] !== undefined).map((p) => [p, edge[p]])),
    evidence: [...new Set(keys.map((k) => indexOf.get(k)!.index))],
  }));
  return {
    doc: {
      id: report.id,
      name: report.name,
      ...(report.title !== undefined ? { title: report.title } : {}),
      ...(report.publishedAt !== undefined ? { publishedAt: report.publishedAt } : {}),
      ...(report.source !== undefined ? { source: report.source } : {}),
      authors: report.authors,
    },
    entities,
    relations,
    evidence,
  };
}

export interface ImportSummary {
  reports: number;
  added: number;
  unchanged: number;
}

/** Upserts each report of the export (each atomically); reports the store already holds stay as they are. */
export async function importGraph(store: GraphStore, graph: GraphExport, source?: string): Promise<ImportSummary> {
  const summary: ImportSummary = { reports: 0, added: 0, unchanged: 0 };
  for (const report of reportsOfExport(graph, source)) {
    const result = await store.upsertReport(report);
    summary.reports++;
    summary[result.status === 'added' ? 'added' : 'unchanged']++;
  }
  return summary;
}
