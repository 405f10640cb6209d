// A report, resolved by the shared rules of resolve.ts (ids, merging, validation), as the batched parameter rows of
// the upsert statements in cypher/neo4j/upsert.cypher. Offsets and counts go as Neo4j integers, not floats.
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { RELATION_PROPERTY_NAMES } from '../../ontology/model.ts';
import type { EntityId, EntityKind, ExtractedReport, RelationProperty, RelationType } from '../../ontology/model.ts';
import { resolveReport } from '../resolve.ts';
import { reportRow } from '../store.ts';

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

/** Throws a UserError naming the report when it breaks the ontology (see resolveReport). */
export function reportRows(input: ExtractedReport): ReportRows {
  const { report, sentences, entities, relations } = resolveReport(input);
  const byIndex = new Map(sentences.map((s) => [s.index, s]));
  const cite = (indexes: number[]) => {
    const cited = indexes.map((i) => byIndex.get(i)!);
    return {
      sentences: cited.map((s) => s.text),
      starts: cited.map((s) => neo4j.int(s.start)),
      ends: cited.map((s) => neo4j.int(s.end)),
    };
  };

  const byKind = new Map<EntityKind, EntityRow[]>();
  for (const e of entities) {
    const row = {
      id: e.id,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases,
      ...cite(e.mentions.map((m) => m.sentence)),
    };
    addTo(byKind, e.kind, { ...row, surfaces: e.mentions.map((m) => m.surface) });
  }

  const byType = new Map<RelationType, RelationRow[]>();
  const claims = new Map<string, ClaimRows>();
  for (const r of relations) {
    addTo(byType, r.type, { id: r.id, from: r.from, to: r.to, ...cite(r.sentences) });
    for (const property of RELATION_PROPERTY_NAMES) {
      const value = r.properties[property];
      if (value === undefined) continue;
      const key = `${r.type}.${property}`;
      const claim = claims.get(key) ?? { type: r.type, property, rows: [] };
      claim.rows.push({ from: r.from, to: r.to, value });
      claims.set(key, claim);
    }
  }

  return {
    report: {
      ...reportRow(report),
      entityCount: neo4j.int(report.entityCount),
      relationCount: neo4j.int(report.relationCount),
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
