// Rows of the lookup statements (cypher/neo4j/lookup.cypher) as the port's types, and the paging arguments (shared
// rules in ../paging.ts) as statement parameters. The driver runs with disableLosslessIntegers, so integers arrive as JS numbers.
import neo4j from 'neo4j-driver';
import type { Integer } from 'neo4j-driver';
import { RELATION_PROPERTY_NAMES } from '../../ontology/model.ts';
import type { EntityKind, RelationProperties, RelationType } from '../../ontology/model.ts';
import { pageWindow } from '../paging.ts';
import type { PageArgs, StoredEntity, StoredEvidence, StoredMention, StoredRelation } from '../store.ts';

type Row = Record<string, unknown>;

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.map(Number) : []);

export function toEntity(row: unknown): StoredEntity {
  const e = row as Row;
  return { id: String(e.id), kind: e.kind as EntityKind, name: String(e.name), aliases: strings(e.aliases) };
}

export function toRelation(row: unknown): StoredRelation {
  const r = row as Row;
  const reports = strings(r.evidenceReports);
  const starts = numbers(r.evidenceStarts);
  const ends = numbers(r.evidenceEnds);
  const evidence: StoredEvidence[] = strings(r.evidence).map((sentence, i) => ({
    reportId: reports[i]!,
    sentence,
    start: starts[i]!,
    end: ends[i]!,
  }));
  const properties: RelationProperties = Object.fromEntries(
    RELATION_PROPERTY_NAMES.filter((p) => r[p] !== null && r[p] !== undefined).map((p) => [p, r[p]]),
  );
  return {
    id: String(r.id),
    type: r.type as RelationType,
    from: String(r.from),
    to: String(r.to),
    ...properties,
    evidence,
  };
}

/** One MENTIONED_IN row (parallel lists) as the mentions it holds. */
export function toMentions(row: Row): StoredMention[] {
  const reportId = String(row.reportId);
  const sentences = strings(row.sentences);
  const starts = numbers(row.starts);
  const ends = numbers(row.ends);
  return strings(row.surfaces).map((surface, i) => ({
    reportId,
    surface,
    sentence: sentences[i]!,
    start: starts[i]!,
    end: ends[i]!,
  }));
}

export { reportFromRow as toReport } from '../store.ts';

export interface PageQuery {
  size: number;
  /** Parameters of the paged statements: the previous page's last key ('' at first) and one row more than the page. */
  params: { after: string; limit: Integer };
}

export function pageQuery(page?: PageArgs): PageQuery {
  const { size, after } = pageWindow(page);
  return { size, params: { after, limit: neo4j.int(size + 1) } };
}
