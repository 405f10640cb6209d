// An ExtractedReport as the batched parameter rows of the upsert statements (cypher/neo4j/upsert.cypher), checked
// first: a report that cannot be stored whole is rejected before anything is written.
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { UserError } from '../../errors.ts';
import { ENTITY_KINDS, RELATION_SCHEMA, RELATION_TYPES, isAllowedRelation } from '../model.ts';
import type {
  EntityId,
  EntityKind,
  ExtractedReport,
  RelationProperties,
  RelationProperty,
  RelationType,
  Sentence,
} from '../model.ts';

export interface ReportRow {
  id: string;
  name: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  authors: string[];
  entityCount: Integer;
  relationCount: Integer;
}

export interface EntityRow {
  id: EntityId;
  kind: EntityKind;
  name: string;
  aliases: string[];
  surfaces: string[];
  sentences: string[];
  starts: Integer[];
  ends: Integer[];
}

export interface RelationRow {
  id: string;
  from: EntityId;
  to: EntityId;
  sentences: string[];
  starts: Integer[];
  ends: Integer[];
}

export interface ClaimRows {
  type: RelationType;
  property: RelationProperty;
  rows: Array<{ from: EntityId; to: EntityId; value: string | number }>;
}

export interface ReportRows {
  report: ReportRow;
  entities: Map<EntityKind, EntityRow[]>;
  relations: Map<RelationType, RelationRow[]>;
  claims: ClaimRows[];
}

export function relationId(from: EntityId, type: RelationType, to: EntityId): string {
  return `${from}|${type}|${to}`;
}

export function reportRows(report: ExtractedReport): ReportRows {
  const { doc } = report;
  if (typeof doc?.id !== 'string' || doc.id === '') throw new UserError('Report without an id: cannot store it');
  const fail = (problem: string): never => {
    throw new UserError(`Report ${doc.name || doc.id}: ${problem}`);
  };
  const sentences = new Map<number, Sentence>(report.evidence.map((s) => [s.index, s]));
  const sentence = (index: number, what: string): Sentence =>
    sentences.get(index) ?? fail(`${what} cites sentence ${index}, which is not among the report's evidence`);

  const entities = new Map<EntityId, EntityRow>();
  for (const e of report.entities) {
    if (!(ENTITY_KINDS as readonly string[]).includes(e.kind)) fail(`entity ${e.id} has an unknown kind "${e.kind}"`);
    const row = entities.get(e.id) ?? {
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: [],
      surfaces: [],
      sentences: [],
      starts: [],
      ends: [],
    };
    if (row.kind !== e.kind) fail(`entity ${e.id} is listed as both ${row.kind} and ${e.kind}`);
    for (const alias of e.aliases) if (alias !== row.name && !row.aliases.includes(alias)) row.aliases.push(alias);
    for (const m of e.mentions) {
      const s = sentence(m.sentence, `a mention of ${e.id}`);
      row.surfaces.push(m.surface);
      row.sentences.push(s.text);
      row.starts.push(neo4j.int(s.start));
      row.ends.push(neo4j.int(s.end));
    }
    entities.set(e.id, row);
  }

  const relations = new Map<string, { type: RelationType; row: RelationRow; properties: RelationProperties }>();
  for (const r of report.relations) {
    const what = `relation ${r.from} ${r.type} ${r.to}`;
    if (!(RELATION_TYPES as readonly string[]).includes(r.type)) fail(`${what} has an unknown type`);
    const from = entities.get(r.from) ?? fail(`${what}: ${r.from} is not an entity of the report`);
    const to = entities.get(r.to) ?? fail(`${what}: ${r.to} is not an entity of the report`);
    if (!isAllowedRelation(r.type, from.kind, to.kind))
      fail(`${what}: ${r.type} cannot link ${from.kind} to ${to.kind}`);
    const id = relationId(r.from, r.type, r.to);
    const merged = relations.get(id) ?? {
      type: r.type,
      row: { id, from: r.from, to: r.to, sentences: [], starts: [], ends: [] },
      properties: {},
    };
    for (const index of r.evidence) {
      const s = sentence(index, what);
      merged.row.sentences.push(s.text);
      merged.row.starts.push(neo4j.int(s.start));
      merged.row.ends.push(neo4j.int(s.end));
    }
    for (const property of RELATION_SCHEMA[r.type].properties) {
      const value = r[property];
      if (value === undefined || value === null) continue;
      const valid = property === 'amount' ? Number.isFinite(value) : typeof value === 'string' && value !== '';
      if (!valid) fail(`${what}: ${property} ${JSON.stringify(value)} is not a valid value`);
      Object.assign(merged.properties, { [property]: value });
    }
    relations.set(id, merged);
  }

  const byKind = new Map<EntityKind, EntityRow[]>();
  for (const row of entities.values()) addTo(byKind, row.kind, row);
  const byType = new Map<RelationType, RelationRow[]>();
  const claims = new Map<string, ClaimRows>();
  for (const { type, row, properties } of relations.values()) {
    addTo(byType, type, row);
    for (const [property, value] of Object.entries(properties) as Array<[RelationProperty, string | number]>) {
      const key = `${type}.${property}`;
      const claim = claims.get(key) ?? { type, property, rows: [] };
      claim.rows.push({ from: row.from, to: row.to, value });
      claims.set(key, claim);
    }
  }

  return {
    report: {
      id: doc.id,
      name: doc.name,
      title: doc.title ?? null,
      publishedAt: doc.publishedAt ?? null,
      source: doc.source ?? null,
      authors: doc.authors ?? [],
      entityCount: neo4j.int(entities.size),
      relationCount: neo4j.int(relations.size),
    },
    entities: byKind,
    relations: byType,
    claims: [...claims.values()],
  };
}

function addTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const group = groups.get(key);
  if (group) group.push(value);
  else groups.set(key, [value]);
}
