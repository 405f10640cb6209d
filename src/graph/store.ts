// The port every store adapter implements (embedded LadybugDB, Neo4j). The CLI and the API see only this.
import type { Driver } from 'neo4j-driver';
import type {
  EntityId,
  EntityKind,
  ExtractedReport,
  RelationProperties,
  RelationType,
  ReportDoc,
} from '../ontology/model.ts';

export interface StoredEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

/** A sentence of a stored report that names an entity or states a relation. */
export interface StoredEvidence {
  reportId: string;
  /** Normalized sentence text. */
  sentence: string;
  /** Offsets of the sentence in the report's original text. */
  start: number;
  end: number;
}

export interface StoredMention extends StoredEvidence {
  /** The surface form used in that sentence. */
  surface: string;
}

export interface StoredRelation extends RelationProperties {
  /** Stable: `${from}|${type}|${to}`. */
  id: string;
  type: RelationType;
  from: EntityId;
  to: EntityId;
  evidence: StoredEvidence[];
}

export interface NeighborhoodOptions {
  depth?: number;
  limit?: number;
  types?: RelationType[];
  /** Only each edge's ends and type are needed (a graph view's shape): an adapter may then leave out the
   *  relations' properties and evidence, and answer without reading them. */
  endsOnly?: boolean;
}

/** A report as stored: its ReportDoc (the ontology's) and how many entities and relations it names. */
export interface StoredReport extends ReportDoc {
  entityCount: number;
  relationCount: number;
}

/** A report as a row of stored properties: absent optional ones are null (databases take no undefined). */
export function reportRow(report: StoredReport) {
  return {
    id: report.id,
    name: report.name,
    title: report.title ?? null,
    publishedAt: report.publishedAt ?? null,
    source: report.source ?? null,
    authors: report.authors,
    entityCount: report.entityCount,
    relationCount: report.relationCount,
  };
}

/**
 * A stored report row back as the port's StoredReport, for every adapter: an optional property that is null, absent or
 * empty is left out (so a report stored with `title: ""` reads the same from every store).
 */
export function reportFromRow(row: unknown): StoredReport {
  const r = row as Record<string, unknown>;
  const optional = (key: 'title' | 'publishedAt' | 'source') =>
    r[key] === null || r[key] === undefined || r[key] === '' ? {} : { [key]: String(r[key]) };
  return {
    id: String(r.id),
    name: String(r.name),
    ...optional('title'),
    ...optional('publishedAt'),
    ...optional('source'),
    authors: Array.isArray(r.authors) ? r.authors.map(String) : [],
    entityCount: Number(r.entityCount ?? 0),
    relationCount: Number(r.relationCount ?? 0),
  };
}

export type Direction = 'OUT' | 'IN' | 'BOTH';

export interface PageArgs {
  /** At most this many items (adapters clamp to MAX_PAGE_SIZE). */
  first?: number;
  /** An opaque cursor from a previous page's endCursor. */
  after?: string;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  endCursor?: string;
  hasNextPage: boolean;
}

export const MAX_PAGE_SIZE = 100;
export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBORHOOD_DEPTH = 3;

export interface EntityFilter {
  kinds?: EntityKind[];
  /** Substring of the name or of an alias (already normalized to Simplified by the caller). */
  nameContains?: string;
  /** Entities with a LOCATED_IN path to this region id. */
  inRegion?: EntityId;
  /** Entities with a FOCUSES_ON relation to this industry id. */
  industry?: EntityId;
}

/** Reports by publication date (ISO YYYY-MM-DD, both ends included); undated reports match no range. */
export interface ReportFilter {
  publishedFrom?: string;
  publishedTo?: string;
}

export interface RelationFilter {
  types?: RelationType[];
  direction?: Direction;
}

/** What a read of relations must include besides their ends, type and properties. */
export interface RelationDetail {
  /** false: their evidence is not needed, and an adapter may leave it out (empty) and answer without reading it. */
  evidence?: boolean;
}

export interface Subgraph {
  nodes: StoredEntity[];
  edges: StoredRelation[];
}

export interface UpsertResult {
  reportId: string;
  status: 'added' | 'unchanged';
  entitiesAdded: number;
  relationsAdded: number;
}

export interface GraphStats {
  reports: number;
  entities: Partial<Record<EntityKind, number>>;
  relations: Partial<Record<RelationType, number>>;
}

/** A Neo4j store's connection, for what runs beside the port on the same pool (the @neo4j/graphql API at
 *  /graphql/neo4j). A type-only import: the embedded store loads neither neo4j-driver nor the Neo4j adapter. */
export interface Neo4jConnection {
  readonly driver: Driver;
  /** The database the store uses; the server's default database when absent. */
  readonly database?: string;
}

export interface GraphStore {
  /** Present on a Neo4j store only: its connection, which the store still owns and closes. */
  readonly neo4j?: Neo4jConnection;

  /** Atomic and idempotent: all of the report's entities, relations and evidence, or none. */
  upsertReport(report: ExtractedReport): Promise<UpsertResult>;
  /** Removes the report; facts only it supported disappear, facts other reports support stay. */
  deleteReport(reportId: string): Promise<boolean>;

  getEntity(id: EntityId): Promise<StoredEntity | undefined>;
  /** Batch lookup (for per-request DataLoaders); missing ids are absent from the result. */
  getEntities(ids: readonly EntityId[]): Promise<StoredEntity[]>;
  findEntities(filter: EntityFilter, page?: PageArgs): Promise<Page<StoredEntity>>;
  /** Names and aliases matching `text` (normalized by the caller): exact matches first, then partial. */
  searchEntities(text: string, options?: { kinds?: EntityKind[]; limit?: number }): Promise<StoredEntity[]>;
  /** Mentions of each entity, batched. */
  mentionsOf(ids: readonly EntityId[]): Promise<Map<EntityId, StoredMention[]>>;

  relationsOf(
    id: EntityId,
    filter?: RelationFilter,
    page?: PageArgs,
    detail?: RelationDetail,
  ): Promise<Page<StoredRelation>>;
  /** All relations of each entity, batched (for DataLoaders): one store call for many entities. */
  relationsOfMany(ids: readonly EntityId[], filter?: RelationFilter): Promise<Map<EntityId, StoredRelation[]>>;
  /** A shortest path between two entities, or undefined when none is within maxHops (≤ MAX_PATH_HOPS). */
  shortestPath(from: EntityId, to: EntityId, maxHops?: number): Promise<Subgraph | undefined>;
  /** Entities within `depth` hops (≤ MAX_NEIGHBORHOOD_DEPTH), at most `limit` nodes, and the edges among them. */
  neighborhood(id: EntityId, options?: NeighborhoodOptions): Promise<Subgraph>;

  getReport(id: string): Promise<StoredReport | undefined>;
  /** Reports in id order; with a filter, only those published in its range. */
  reports(page?: PageArgs, filter?: ReportFilter): Promise<Page<StoredReport>>;
  /** The entities a report names, in id order (none when no such report). */
  entitiesOfReport(reportId: string): Promise<StoredEntity[]>;
  stats(): Promise<GraphStats>;

  /**
   * Builds, before a server takes requests, what the store would otherwise build inside the first one that needs it
   * (the embedded store's name index and topology): work no request's deadline could cut. Optional: stores with nothing to build.
   */
  prepareForServing?(): Promise<void>;
  close(): Promise<void>;
}
