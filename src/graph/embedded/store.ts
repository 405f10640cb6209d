// The GraphStore port on LadybugDB (embedded, file-backed; the default store). The layout is described in
// cypher/embedded/schema.cypher; every statement lives in cypher/embedded/. An upsert or a delete reads what the store
// holds, merges with the pure functions of src/graph/resolve.ts, and writes, all in one write transaction.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors.ts';
import { FAULT_HOOK } from '../fault.ts';
import type { FaultHook } from '../fault.ts';
import { ENTITY_KINDS, RELATION_TYPES, entityId } from '../../ontology/model.ts';
import type { EntityId, EntityKind, ExtractedReport, RelationType } from '../../ontology/model.ts';
import { pageWindow, toPage, wholeNumber } from '../paging.ts';
import { ringsAround, shortestRoute } from '../traverse.ts';
import { relationId, resolveReport } from '../resolve.ts';
import type { EvidenceRef, ResolvedMention, ResolvedSentence } from '../resolve.ts';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS } from '../store.ts';
import type {
  Direction,
  EntityFilter,
  GraphStats,
  GraphStore,
  Page,
  PageArgs,
  RelationFilter,
  StoredEntity,
  StoredEvidence,
  StoredMention,
  StoredRelation,
  StoredReport,
  Subgraph,
  UpsertResult,
} from '../store.ts';
import { EmbeddedDb } from './db.ts';
import type { Row, Run } from './db.ts';
import {
  decodeMentions,
  decodeSentences,
  sentenceKey,
  toEntity,
  toRelationRecord,
  toReport,
  toStoredRelation,
} from './records.ts';
import type { RelationRecord } from './records.ts';
import { ReadCache } from './read-cache.ts';
import type { Adjacency, Route } from './read-cache.ts';
import { Statements } from './statements.ts';
import { addReport, removeReport } from './writes.ts';

export const DATABASE_FILE = 'graph.lbug';
const DEFAULT_SEARCH_LIMIT = 20;
const DEFAULT_NEIGHBORHOOD_LIMIT = 100;
/**
 * A page of the relations of an entity with at most this many (both ways) comes from its whole adjacency, read once
 * and cached; a hub's page is counted, sorted and cut by LadybugDB instead of reading the hub whole.
 */
const WHOLE_READ_LIMIT = 200;

/** Opens (creating if needed) the embedded store in `dataDir`. One per process: LadybugDB locks the file. */
export async function openEmbeddedStore(dataDir: string): Promise<EmbeddedStore> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create the data directory ${dataDir}: ${(error as Error).message}`);
  }
  const db = await EmbeddedDb.open(join(dataDir, DATABASE_FILE));
  const statements = Statements.load();
  for (const name of statements.byFile.get('schema.cypher') ?? []) await db.exec(statements.get(name));
  return new EmbeddedStore(db, statements);
}

function listOf<T extends string>(values: readonly T[] | undefined, allowed: readonly string[], what: string): T[] {
  for (const v of values ?? []) if (!allowed.includes(v)) throw new UserError(`unknown ${what} "${v}"`);
  return [...new Set(values ?? [])];
}

const total = (rows: Row[]) => Number(rows[0]?.total ?? 0);

export class EmbeddedStore implements GraphStore {
  [FAULT_HOOK]?: FaultHook = undefined;

  constructor(
    readonly db: EmbeddedDb,
    readonly cypher: Statements,
    /** What this store has read, kept exact by its writes (read-cache.ts). */
    readonly cache: ReadCache = new ReadCache(),
  ) {}

  /** Each relation record as the port returns it, for as long as the record lives (see hydrate). */
  private readonly hydrated = new WeakMap<RelationRecord, StoredRelation>();

  // ---- writes (writes.ts), each in one transaction ----

  async upsertReport(input: ExtractedReport): Promise<UpsertResult> {
    const resolved = resolveReport(input);
    return this.write({ entities: resolved.entities.map((e) => e.id) }, (run) =>
      addReport({ run, cypher: this.cypher, faults: this }, resolved),
    );
  }

  /** `work` in one write transaction; then the read cache forgets what it may have changed (even when it failed:
   * forgetting too much costs only a read). `changed` may be filled in by `work`. */
  private async write<T>(
    changed: { entities?: EntityId[]; reports?: string[] },
    work: (run: Run) => Promise<T>,
  ): Promise<T> {
    try {
      return await this.db.transaction(work);
    } finally {
      this.cache.forget(changed);
    }
  }

  async deleteReport(reportId: string): Promise<boolean> {
    const changed = { entities: [] as EntityId[], reports: [reportId] };
    return this.write(changed, (run) => removeReport({ run, cypher: this.cypher, faults: this }, reportId, changed));
  }

  // ---- entities ----

  async getEntity(id: EntityId): Promise<StoredEntity | undefined> {
    return (await this.getEntities([id]))[0];
  }

  async getEntities(ids: readonly EntityId[]): Promise<StoredEntity[]> {
    if (ids.length === 0) return [];
    const found = await this.db.readSession((run) => this.entityRows(run, ids));
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  /** The stored entities among `ids`, from the cache or the store. */
  private async entityRows(run: Run, ids: Iterable<EntityId>): Promise<Map<EntityId, StoredEntity>> {
    const found = new Map<EntityId, StoredEntity>();
    const missing: EntityId[] = [];
    for (const id of new Set(ids)) {
      const cached = this.cache.entity(id);
      if (cached) found.set(id, cached);
      else missing.push(id);
    }
    if (missing.length === 0) return found;
    const ticket = this.cache.ticket();
    for (const row of await run(this.cypher.get('entitiesByIds'), { ids: missing })) {
      const entity = toEntity(row);
      found.set(entity.id, entity);
      this.cache.fillEntity(ticket, entity);
    }
    return found;
  }

  async findEntities(filter: EntityFilter, page?: PageArgs): Promise<Page<StoredEntity>> {
    const { size, after } = pageWindow(page);
    const kinds = listOf(filter.kinds, ENTITY_KINDS, 'entity kind');
    const text = filter.nameContains ?? '';
    const { inRegion, industry } = filter;
    return this.db.readSession(async (run) => {
      if (inRegion && industry) {
        // Both: the industry's few entities, kept when they lie in the region.
        const inside = new Set(
          (await run(this.cypher.get('entityIdsInRegion'), { inRegion })).map((r) => String(r.id)),
        );
        const all = (
          await run(this.cypher.get('findEntitiesByIndustry'), { industry, kinds, text, after: '', limit: 1e9 })
        )
          .map(toEntity)
          .filter((e) => inside.has(e.id));
        return toPage(
          all.filter((e) => e.id > after),
          (e) => e.id,
          size,
          all.length,
        );
      }
      // Start from the one bound node there is: an industry's FOCUSES_ON, a region's LOCATED_IN tree, or all.
      const [find, count, anchor] = industry
        ? ['findEntitiesByIndustry', 'countEntitiesByIndustry', { industry }]
        : inRegion
          ? ['findEntitiesInRegion', 'countEntitiesInRegion', { inRegion }]
          : ['findEntities', 'countEntities', {}];
      const params = { ...anchor, kinds, text };
      const rows = await run(this.cypher.get(find), { ...params, after, limit: size + 1 });
      return toPage(rows.map(toEntity), (e) => e.id, size, total(await run(this.cypher.get(count), params)));
    });
  }

  async searchEntities(text: string, options: { kinds?: EntityKind[]; limit?: number } = {}): Promise<StoredEntity[]> {
    const limit = wholeNumber(options.limit ?? DEFAULT_SEARCH_LIMIT, 'limit');
    const kinds = listOf(options.kinds, ENTITY_KINDS, 'entity kind');
    if (text === '' || limit === 0) return [];
    const ids = (kinds.length > 0 ? kinds : ENTITY_KINDS).map((kind) => entityId(kind, text));
    return this.db.readSession(async (run) => {
      // Ranked: the entities whose id the text names, then the other exact and the partial matches (searchNames).
      // When the ids alone fill the answer, the scan of every name is skipped.
      const stored = await this.entityRows(run, ids);
      const byId = ids.flatMap((id) => stored.get(id) ?? []);
      const named =
        byId.length >= limit
          ? []
          : await run(this.cypher.get('searchNames'), { text, kinds, limit: limit + byId.length });
      const found = new Map<string, StoredEntity>(byId.map((e) => [e.id, e]));
      for (const row of named) if (!found.has(String(row.id))) found.set(String(row.id), toEntity(row));
      return [...found.values()].slice(0, limit);
    });
  }

  async mentionsOf(ids: readonly EntityId[]): Promise<Map<EntityId, StoredMention[]>> {
    const result = new Map<EntityId, StoredMention[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    return this.db.readSession(async (run) => {
      const mentions: { id: EntityId; reportId: string; mentions: ResolvedMention[] }[] = [];
      for (const id of new Set(ids)) {
        for (const row of await run(this.cypher.get('mentionsOfEntity'), { id })) {
          mentions.push({ id, reportId: String(row.reportId), mentions: decodeMentions(String(row.mentions)) });
        }
      }
      const refs = mentions.flatMap((m) => m.mentions.map((x) => ({ reportId: m.reportId, sentence: x.sentence })));
      const sentences = await this.sentences(run, refs);
      for (const m of mentions) {
        const list = result.get(m.id)!;
        for (const x of [...m.mentions].sort((a, b) => a.sentence - b.sentence)) {
          const sentence = sentences.get(sentenceKey(m.reportId, x.sentence));
          if (sentence) list.push({ ...sentence, surface: x.surface });
        }
      }
      return result;
    });
  }

  // ---- relations ----
  // Relations are read from each entity's adjacency (every relation it has, both ways), which the read cache keeps:
  // after the first read of an entity, its relations, paths and neighborhoods through it cost no store query. Only a
  // hub's relations are paged by LadybugDB, when a page of them is all that is asked.

  async relationsOf(id: EntityId, filter: RelationFilter = {}, page?: PageArgs): Promise<Page<StoredRelation>> {
    const { size, after } = pageWindow(page);
    const types = listOf(filter.types, RELATION_TYPES, 'relation type');
    const directions = directionsOf(filter.direction);
    return this.db.readSession(async (run) => {
      const adjacency = await this.adjacency(run, id, WHOLE_READ_LIMIT);
      const { records, totalCount } = adjacency
        ? pageOf(select(adjacency, types, directions), after, size)
        : await this.pageInStore(run, id, types, directions, after, size);
      return toPage(await this.hydrate(run, records), (r) => r.id, size, totalCount);
    });
  }

  /** A page of a hub's relations, each direction counted, sorted and cut by LadybugDB. */
  private async pageInStore(
    run: Run,
    id: EntityId,
    types: RelationType[],
    directions: readonly ('Out' | 'In')[],
    after: string,
    size: number,
  ) {
    // Each direction gives its first size + 1 keys after the cursor; merged, the first size + 1 are the page's.
    const keyed: (RelationRecord & { key: string })[] = [];
    let totalCount = 0;
    for (const direction of directions) {
      totalCount += total(await run(this.cypher.get(`countRelations${direction}`), { id, types }));
      const rows = await run(this.cypher.get(`relations${direction}`), { id, types, after, limit: size + 1 });
      keyed.push(...rows.map((row) => ({ ...toRelationRecord(row), key: String(row.key) })));
    }
    return { records: keyed.sort((a, b) => compare(a.key, b.key)).slice(0, size + 1), totalCount };
  }

  async relationsOfMany(
    ids: readonly EntityId[],
    filter: RelationFilter = {},
  ): Promise<Map<EntityId, StoredRelation[]>> {
    const result = new Map<EntityId, StoredRelation[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    const types = listOf(filter.types, RELATION_TYPES, 'relation type');
    const directions = directionsOf(filter.direction);
    return this.db.readSession(async (run) => {
      const anchored: { anchor: EntityId; record: RelationRecord }[] = [];
      for (const id of new Set(ids)) {
        for (const record of select(await this.adjacency(run, id), types, directions)) {
          anchored.push({ anchor: id, record });
        }
      }
      const relations = await this.hydrate(
        run,
        anchored.map((a) => a.record),
      );
      anchored.forEach((a, i) => result.get(a.anchor)!.push(relations[i]!));
      for (const list of result.values()) list.sort((a, b) => compare(a.id, b.id));
      return result;
    });
  }

  async shortestPath(from: EntityId, to: EntityId, maxHops: number = MAX_PATH_HOPS): Promise<Subgraph | undefined> {
    const hops = Math.min(wholeNumber(maxHops, 'maxHops'), MAX_PATH_HOPS);
    return this.db.readSession(async (run) => {
      const ends = await this.entityRows(run, [from, to]);
      if (!ends.has(from) || !ends.has(to)) return undefined;
      if (from === to) return { nodes: [ends.get(from)!], edges: [] };
      const route = await this.route(run, from, to, hops);
      if (route === 'none') return undefined;
      const rows = await this.entityRows(run, route.nodes);
      return { nodes: route.nodes.map((n) => rows.get(n)!), edges: await this.hydrate(run, route.edges) };
    });
  }

  /**
   * A shortest route: one asked before (until the next write), or one through what the cache holds, or LadybugDB's.
   * Reading entities one by one for a search of our own would cost more than LadybugDB's whole search whenever a
   * hub lies near either end, so only what is already in memory is searched here.
   */
  private async route(run: Run, from: EntityId, to: EntityId, hops: number): Promise<Route | 'none'> {
    const key = `${from}|${to}|${hops}`;
    const known = this.cache.route(key);
    if (known) return known;
    const ticket = this.cache.ticket();
    const route = this.shortestRouteInCache(from, to, hops) ?? (await this.shortestRouteInStore(run, from, to, hops));
    this.cache.fillRoute(ticket, key, route);
    return route;
  }

  /** LadybugDB's own shortest path: reads neighbours by storage offset only, so it crosses unread hubs faster. */
  private async shortestRouteInStore(run: Run, from: EntityId, to: EntityId, hops: number): Promise<Route | 'none'> {
    const [path] = await run(this.cypher.withHops('shortestPath', hops), { from, to });
    if (!path) return 'none';
    const nodes = path.nodes as Row[];
    const idOf = new Map(nodes.map((n) => [internalId(n._id), String(n.id)]));
    const edges = (path.rels as Row[]).map((rel) =>
      toRelationRecord({ ...rel, src: idOf.get(internalId(rel._src))!, dst: idOf.get(internalId(rel._dst))! }),
    );
    return { nodes: nodes.map((n) => String(n.id)), edges };
  }

  /** A shortest route through the adjacency the cache holds (src/graph/traverse.ts); undefined when it lacks some. */
  private shortestRouteInCache(from: EntityId, to: EntityId, hops: number): Route | 'none' | undefined {
    return shortestRoute(from, to, hops, (id) => this.cache.relationsOf(id));
  }

  async neighborhood(
    id: EntityId,
    options: { depth?: number; limit?: number; types?: RelationType[] } = {},
  ): Promise<Subgraph> {
    const depth = Math.min(wholeNumber(options.depth ?? 1, 'depth'), MAX_NEIGHBORHOOD_DEPTH);
    const limit = wholeNumber(options.limit ?? DEFAULT_NEIGHBORHOOD_LIMIT, 'limit');
    const types = listOf(options.types, RELATION_TYPES, 'relation type');
    return this.db.readSession(async (run) => {
      const start = (await this.entityRows(run, [id])).get(id);
      if (!start || limit === 0) return { nodes: [], edges: [] };
      // Breadth first, ring by ring, so the nearest entities fill the limit (src/graph/traverse.ts).
      const rows = new Map<EntityId, StoredEntity>([[id, start]]);
      const chosen = await ringsAround(
        id,
        { depth, limit },
        async (from) =>
          select(await this.adjacency(run, from), types, BOTH).map((r) => (r.from === from ? r.to : r.from)),
        async (ids) => {
          const found = await this.entityRows(run, ids);
          for (const [n, row] of found) rows.set(n, row);
          return ids.filter((n) => found.has(n));
        },
      );
      const nodes = chosen.map((n) => rows.get(n)!);
      const included = new Set(chosen);
      // Every relation between two chosen entities, once: from its source's adjacency (the last ring's is read
      // whole too, as a hub's is when it is expanded, and cached for the next reader).
      const edges: RelationRecord[] = [];
      for (const { id: from } of nodes) {
        edges.push(...select(await this.adjacency(run, from), types, ['Out']).filter((r) => included.has(r.to)));
      }
      edges.sort((a, b) => compare(relationId(a.from, a.type, a.to), relationId(b.from, b.type, b.to)));
      return { nodes, edges: await this.hydrate(run, edges) };
    });
  }

  /**
   * Every relation of one entity, each way, from the cache or read whole and cached. With `upTo`, an entity with
   * more relations (a hub) is not read: undefined.
   */
  private async adjacency(run: Run, id: EntityId): Promise<Adjacency>;
  private async adjacency(run: Run, id: EntityId, upTo: number): Promise<Adjacency | undefined>;
  private async adjacency(run: Run, id: EntityId, upTo?: number): Promise<Adjacency | undefined> {
    const cached = this.cache.relationsOf(id);
    if (cached) return cached;
    const ticket = this.cache.ticket();
    if (upTo !== undefined && total(await run(this.cypher.get('countRelations'), { id })) > upTo) return undefined;
    const read = async (direction: 'Out' | 'In') =>
      (await run(this.cypher.get(`allRelations${direction}`), { id })).map(toRelationRecord);
    const adjacency = { out: await read('Out'), in: await read('In') };
    this.cache.fillRelations(ticket, id, adjacency);
    return adjacency;
  }

  /** The cited sentences behind evidence references, by sentenceKey. */
  private async sentences(run: Run, refs: readonly EvidenceRef[]): Promise<Map<string, StoredEvidence>> {
    const byReport = new Map<string, Map<number, ResolvedSentence>>();
    const missing: string[] = [];
    for (const reportId of new Set(refs.map((r) => r.reportId))) {
      const cached = this.cache.sentencesOf(reportId);
      if (cached) byReport.set(reportId, cached);
      else missing.push(reportId);
    }
    if (missing.length > 0) {
      const ticket = this.cache.ticket();
      for (const row of await run(this.cypher.get('sentencesOf'), { ids: missing })) {
        const sentences = new Map(decodeSentences(row.sentences as string | null).map((s) => [s.index, s]));
        byReport.set(String(row.reportId), sentences);
        this.cache.fillSentences(ticket, String(row.reportId), sentences);
      }
    }
    const found = new Map<string, StoredEvidence>();
    for (const { reportId, sentence } of refs) {
      const s = byReport.get(reportId)?.get(sentence);
      if (s) found.set(sentenceKey(reportId, sentence), { reportId, sentence: s.text, start: s.start, end: s.end });
    }
    return found;
  }

  /** Relations with their evidence sentences. A cached record is hydrated once: records are never changed, only
   * replaced when a write touches one of their ends, and a report's sentences never change. */
  private async hydrate(run: Run, records: RelationRecord[]): Promise<StoredRelation[]> {
    const unhydrated = records.filter((r) => !this.hydrated.has(r));
    const sentences = await this.sentences(
      run,
      unhydrated.flatMap((r) => r.evidence),
    );
    for (const r of unhydrated) this.hydrated.set(r, toStoredRelation(r, sentences));
    return records.map((r) => this.hydrated.get(r)!);
  }

  // ---- reports and stats ----

  async getReport(id: string): Promise<StoredReport | undefined> {
    const [row] = await this.db.read(this.cypher.get('reportsByIds'), { ids: [id] });
    return row ? toReport(row) : undefined;
  }

  async reports(page?: PageArgs): Promise<Page<StoredReport>> {
    const { size, after } = pageWindow(page);
    return this.db.readSession(async (run) => {
      const rows = await run(this.cypher.get('listReports'), { after, limit: size + 1 });
      const totalCount = total(await run(this.cypher.get('countReports')));
      return toPage(rows.map(toReport), (r) => r.id, size, totalCount);
    });
  }

  async stats(): Promise<GraphStats> {
    return this.db.readSession(async (run) => {
      const stats: GraphStats = {
        reports: total(await run(this.cypher.get('countReports'))),
        entities: {},
        relations: {},
      };
      const counts = async (name: string) =>
        new Map((await run(this.cypher.get(name))).map((r) => [String(r.key), Number(r.total)]));
      const kinds = await counts('countEntitiesByKind');
      for (const kind of ENTITY_KINDS) if (kinds.get(kind)) stats.entities[kind] = kinds.get(kind);
      const types = await counts('countRelationsByType');
      for (const type of RELATION_TYPES) if (types.get(type)) stats.relations[type] = types.get(type);
      return stats;
    });
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

function directionsOf(direction: Direction = 'BOTH'): ('Out' | 'In')[] {
  if (direction === 'OUT') return ['Out'];
  if (direction === 'IN') return ['In'];
  if (direction === 'BOTH') return ['Out', 'In'];
  throw new UserError(`unknown direction "${String(direction)}"`);
}

const BOTH = ['Out', 'In'] as const;

function internalId(value: unknown): string {
  const id = value as { table: number; offset: number };
  return `${id.table}:${id.offset}`;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The relations of an adjacency of the given types (all when none) in the given directions. */
function select(adjacency: Adjacency, types: RelationType[], directions: readonly ('Out' | 'In')[]): RelationRecord[] {
  const records = directions.flatMap((d) => (d === 'Out' ? adjacency.out : adjacency.in));
  return types.length === 0 ? records : records.filter((r) => types.includes(r.type));
}

/** The first size + 1 relations after the cursor, in id order, and how many there are. */
function pageOf(records: RelationRecord[], after: string, size: number) {
  const keyed = records.map((r) => ({ r, key: relationId(r.from, r.type, r.to) }));
  const window = keyed
    .filter((k) => k.key > after)
    .sort((a, b) => compare(a.key, b.key))
    .slice(0, size + 1);
  return { records: window.map((k) => k.r), totalCount: records.length };
}
