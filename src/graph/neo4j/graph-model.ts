// How the ontology (model.ts) is laid out in Neo4j. The Cypher in cypher/neo4j/ writes exactly this; the lint test,
// the @neo4j/graphql type definitions and docs/neo4j.md derive from it.
//
// Nodes
//   (:Entity:<Kind> {id, kind, name, aliases, searchText, degree})   one per real-world entity; id = `${kind}:${name}`.
//       searchText = name and aliases joined by spaces: the `cjk` full-text index reads it (bigrams, Simplified).
//       degree = how many ontology relationships touch it (MENTIONED_IN not counted), an integer the store recounts
//       for every entity a report touches, in that report's write transaction: Bloom sizes nodes by it.
//   (:Report {id, name, title, publishedAt, source, authors, entityCount, relationCount})
// Relationships
//   (:Entity)-[:MENTIONED_IN {name, aliases, surfaces, sentences, starts, ends}]->(:Report)
//       one per entity and report: the name and aliases that report uses, and per mention its surface form and the
//       sentence (normalized text, offsets in the report's original text). Entity.aliases = union over these.
//   (:Entity)-[:LOCATED_IN|HOLDS_POSITION|... {id, reports, evidence, evidenceReports, evidenceStarts, evidenceEnds,
//       title|amount|status|tier|role, <p>Values, <p>Reports}]->(:Entity)
//       one per (from, type, to), however many reports state it. `reports` lists the supporting report ids;
//       evidence[i] is a sentence that states it, from report evidenceReports[i] at evidenceStarts[i]..evidenceEnds[i]
//       (parallel lists, because Neo4j properties cannot hold maps). A property such as `title` shows the latest
//       stated value; `titleValues`/`titleReports` record who stated what, so deleting a report can restore the
//       value another report states, or drop it.
// Deleting a report: its ids leave every list; relationships with no supporting report left are deleted; aliases are
// recomputed from the remaining MENTIONED_IN; entities no report mentions (and nothing relates to) are deleted.
// Bloom users see a plain graph: parks, companies and regions linked by the ontology's types, each fact carrying the
// sentences that state it, and each entity linked to the reports that mention it.
import { ENTITY_KINDS, RELATION_PROPERTY_NAMES, RELATION_SCHEMA, RELATION_TYPES } from '../../ontology/model.ts';
import type { RelationProperty, RelationType } from '../../ontology/model.ts';

export const ENTITY_LABEL = 'Entity';
export const REPORT_LABEL = 'Report';
export const MENTIONED_IN = 'MENTIONED_IN';

export const NODE_LABELS: readonly string[] = [ENTITY_LABEL, REPORT_LABEL, ...ENTITY_KINDS];
export const RELATIONSHIP_TYPES: readonly string[] = [...RELATION_TYPES, MENTIONED_IN];

export const ENTITY_PROPERTIES = ['id', 'kind', 'name', 'aliases', 'searchText'] as const;
/** Derived from the graph, not from a report: the statements in cypher/neo4j/degree.cypher (re)count it. */
export const DEGREE_PROPERTY = 'degree';
export const REPORT_PROPERTIES = [
  'id',
  'name',
  'title',
  'publishedAt',
  'source',
  'authors',
  'entityCount',
  'relationCount',
] as const;
export const MENTION_PROPERTIES = ['name', 'aliases', 'surfaces', 'sentences', 'starts', 'ends'] as const;
export const EVIDENCE_PROPERTIES = [
  'id',
  'reports',
  'evidence',
  'evidenceReports',
  'evidenceStarts',
  'evidenceEnds',
] as const;

/** The bookkeeping lists behind a relation property: which values were stated, and by which reports. */
export function claimProperties(property: RelationProperty): [values: string, reports: string] {
  return [`${property}Values`, `${property}Reports`];
}

/** Every property key the store writes: the linter warns when a statement reads any other. */
export const PROPERTY_KEYS: readonly string[] = [
  ...new Set([
    ...ENTITY_PROPERTIES,
    DEGREE_PROPERTY,
    ...REPORT_PROPERTIES,
    ...MENTION_PROPERTIES,
    ...EVIDENCE_PROPERTIES,
    ...RELATION_PROPERTY_NAMES.flatMap((p) => [p, ...claimProperties(p)]),
  ]),
];

export interface SchemaPath {
  from: string;
  relType: string;
  to: string;
}

/** The (from label)-[type]->(to label) shapes the graph can hold, from RELATION_SCHEMA's endpoint rules. */
export function graphSchemaPaths(): SchemaPath[] {
  const ontology = RELATION_TYPES.flatMap((type: RelationType) => [
    { from: ENTITY_LABEL, relType: type, to: ENTITY_LABEL },
    ...RELATION_SCHEMA[type].endpoints.flatMap(([from, to]) => [
      { from, relType: type, to },
      { from, relType: type, to: ENTITY_LABEL },
      { from: ENTITY_LABEL, relType: type, to },
    ]),
  ]);
  const mentions = [ENTITY_LABEL, ...ENTITY_KINDS].map((from) => ({ from, relType: MENTIONED_IN, to: REPORT_LABEL }));
  const unique = new Map([...ontology, ...mentions].map((p) => [`${p.from}|${p.relType}|${p.to}`, p]));
  return [...unique.values()];
}
