// The GraphStore port on LadybugDB (embedded, file-backed; the default store). The layout is described in
// cypher/embedded/schema.cypher; every statement lives in cypher/embedded/. An upsert or a delete reads what the store
// holds, merges with the pure functions of src/graph/resolve.ts, and writes, all in one write transaction.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors.ts';
import { FAULT_HOOK, faultPoint } from '../fault.ts';
import type { FaultHook } from '../fault.ts';
import { ENTITY_KINDS, RELATION_TYPES, entityId } from '../model.ts';
import type { EntityId, EntityKind, ExtractedReport, RelationType } from '../model.ts';
import { pageWindow, toPage, wholeNumber } from '../paging.ts';
import {
  addClaim,
  claimsWithout,
  evidenceOf,
  evidenceWithout,
  mergeAliases,
  relationId,
  reportAliases,
  resolveReport,
} from '../resolve.ts';
import type { EvidenceRef, ResolvedMention, ResolvedRelation, ResolvedReport } from '../resolve.ts';
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
  encodeMentions,
  encodeSentences,
  encodeSupport,
  relationParams,
  sentenceKey,
  supportEntry,
  supportToken,
  toEntity,
  toRelationRecord,
  toReport,
  toStoredRelation,
} from './records.ts';
import type { RelationRecord } from './records.ts';
import { Statements } from './statements.ts';

export const DATABASE_FILE = 'graph.lbug';
const DEFAULT_SEARCH_LIMIT = 20;
const DEFAULT_NEIGHBORHOOD_LIMIT = 100;
/**
 * Per direction, an entity with at most this many relations is read whole (allRelations*) and paged here, which is
 * cheaper than LadybugDB sorting them by key; one with more (a hub) is paged by LadybugDB.
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
    readonly sql: Statements,
  ) {}

  // ---- writes ----

  async upsertReport(input: ExtractedReport): Promise<UpsertResult> {
    const resolved = resolveReport(input);
    const reportId = resolved.report.id;
    return this.db.transaction(async (run) => {
      if ((await run(this.sql.get('reportExists'), { id: reportId })).length > 0) {
        return { reportId, status: 'unchanged', entitiesAdded: 0, relationsAdded: 0 };
      }
      await this.insertReport(run, resolved);
      faultPoint(this, 'report');
      const { added: entitiesAdded, known } = await this.mergeEntities(run, resolved);
      faultPoint(this, 'entities');
      const relationsAdded = await this.mergeRelations(run, resolved, known);
      faultPoint(this, 'relations');
      return { reportId, status: 'added', entitiesAdded, relationsAdded };
    });
  }

  private async insertReport(run: Run, { report, sentences }: ResolvedReport): Promise<void> {
    const params = {
      id: report.id,
      name: report.name,
      title: report.title ?? null,
      publishedAt: report.publishedAt ?? null,
      source: report.source ?? null,
      authors: report.authors,
      entityCount: report.entityCount,
      relationCount: report.relationCount,
      sentences: encodeSentences(sentences),
    };
    await run(this.sql.get('insertReport'), params);
  }

  /**
   * Creates new entities, merges aliases into known ones, links each to the report. Returns how many are new, and
   * the storage offsets of those that were already stored (the ends of any relation the store may already hold).
   */
  private async mergeEntities(run: Run, { report, entities }: ResolvedReport) {
    const known = new Map<EntityId, number>();
    if (entities.length === 0) return { added: 0, known };
    const ids = entities.map((e) => e.id);
    const stored = new Map<EntityId, StoredEntity>();
    for (const row of await run(this.sql.get('entitiesByIds'), { ids })) {
      stored.set(String(row.id), toEntity(row));
      known.set(String(row.id), Number(row.node));
    }
    const created: Row[] = [];
    const changed: Row[] = [];
    const mentions: Row[] = [];
    for (const e of entities) {
      const old = stored.get(e.id);
      const name = old?.name ?? e.name;
      const aliases = reportAliases(name, e);
      mentions.push({ id: e.id, aliases, mentions: encodeMentions(e.mentions) });
      if (!old) created.push({ id: e.id, kind: e.kind, name, aliases });
      else {
        const merged = mergeAliases(name, old.aliases, aliases);
        if (merged.length !== old.aliases.length) changed.push({ id: e.id, aliases: merged });
      }
    }
    if (created.length > 0) await run(this.sql.get('insertEntities'), { rows: created });
    if (changed.length > 0) await run(this.sql.get('setAliases'), { rows: changed });
    faultPoint(this, 'aliases');
    await run(this.sql.get('insertMentions'), { reportId: report.id, rows: mentions });
    return { added: created.length, known };
  }

  /**
   * Creates new relations; appends the report's evidence and property claims to the ones the store holds (only a
   * relation between two entities it already held can be one). Returns how many are new.
   */
  private async mergeRelations(run: Run, { report, relations }: ResolvedReport, known: Map<EntityId, number>) {
    const bySource = new Map<EntityId, ResolvedRelation[]>();
    for (const r of relations) {
      if (known.has(r.from) && known.has(r.to)) bySource.set(r.from, [...(bySource.get(r.from) ?? []), r]);
    }
    const restated = new Set<string>();
    for (const [src, list] of bySource) {
      const keys = list.map((r) => `${r.type}|${known.get(r.to)}`);
      const byKey = new Map(keys.map((key, i) => [key, list[i]!]));
      const entries = list.map((r) => supportEntry(report.id, r.sentences, r.properties));
      const params = { src, keys, entries };
      for (const row of await run(this.sql.get('appendToRelationsFrom'), params)) {
        restated.add(byKey.get(String(row.key))!.id);
      }
    }
    const created = relations
      .filter((r) => !restated.has(r.id))
      .map((r) =>
        relationParams({
          from: r.from,
          type: r.type,
          to: r.to,
          evidence: evidenceOf(report.id, r),
          claims: addClaim([], { reportId: report.id, properties: r.properties }),
        }),
      );
    faultPoint(this, 'restated relations');
    if (created.length > 0) await run(this.sql.get('insertRelations'), { rows: created });
    return created.length;
  }

  async deleteReport(reportId: string): Promise<boolean> {
    return this.db.transaction(async (run) => {
      if ((await run(this.sql.get('reportExists'), { id: reportId })).length === 0) return false;
      const entities = await run(this.sql.get('reportEntities'), { id: reportId });
      await this.releaseRelations(run, reportId, entities);
      faultPoint(this, 'relations');
      const others = await run(this.sql.get('otherReportAliases'), { id: reportId });
      await run(this.sql.get('deleteReport'), { id: reportId });
      faultPoint(this, 'report');
      await this.releaseEntities(run, entities, others);
      return true;
    });
  }

  /** Drops the report's evidence and claims; relations no other report states disappear. */
  private async releaseRelations(run: Run, reportId: string, entities: Row[]): Promise<void> {
    const idOf = new Map(entities.map((row) => [Number(row.node), String(row.id)]));
    const token = supportToken(reportId);
    for (const src of idOf.values()) {
      const gone: string[] = [];
      const kept: { key: string; record: RelationRecord }[] = [];
      for (const row of await run(this.sql.get('relationsCitingFrom'), { src, token })) {
        const r = toRelationRecord(row);
        if (!r.evidence.some((e) => e.reportId === reportId)) continue;
        const key = String(row.key);
        const record = {
          from: src,
          type: r.type,
          to: idOf.get(Number(row.dstNode)) ?? '',
          evidence: evidenceWithout(r.evidence, reportId),
          claims: claimsWithout(r.claims, reportId),
        };
        if (record.evidence.length === 0) gone.push(key);
        else kept.push({ key, record });
      }
      if (gone.length > 0) await run(this.sql.get('deleteRelationsFrom'), { src, keys: gone });
      if (kept.length > 0) {
        await run(this.sql.get('replaceRelationsFrom'), {
          src,
          keys: kept.map((k) => k.key),
          supports: kept.map((k) => encodeSupport(k.record.evidence, k.record.claims)),
        });
      }
    }
  }

  /** Entities no other report mentions disappear; the others keep only the aliases other reports use. */
  private async releaseEntities(run: Run, entities: Row[], others: Row[]): Promise<void> {
    const remaining = new Map<number, Set<string>>();
    for (const row of others) {
      const set = remaining.get(Number(row.node)) ?? new Set<string>();
      for (const alias of (row.aliases as string[] | null) ?? []) set.add(alias);
      remaining.set(Number(row.node), set);
    }
    const orphans: EntityId[] = [];
    const changed: Row[] = [];
    for (const row of entities) {
      const e = toEntity(row);
      const used = remaining.get(Number(row.node));
      if (!used) orphans.push(e.id);
      else {
        const aliases = e.aliases.filter((a) => used.has(a));
        if (aliases.length !== e.aliases.length) changed.push({ id: e.id, aliases });
      }
    }
    if (orphans.length > 0) await run(this.sql.get('deleteEntities'), { ids: orphans });
    if (changed.length > 0) await run(this.sql.get('setAliases'), { rows: changed });
  }

  // ---- entities ----

  async getEntity(id: EntityId): Promise<StoredEntity | undefined> {
    return (await this.getEntities([id]))[0];
  }

  async getEntities(ids: readonly EntityId[]): Promise<StoredEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.read(this.sql.get('entitiesByIds'), { ids: [...new Set(ids)] });
    const byId = new Map(rows.map((r) => [String(r.id), toEntity(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findEntities(filter: EntityFilter, page?: PageArgs): Promise<Page<StoredEntity>> {
    const { size, after } = pageWindow(page);
    const kinds = listOf(filter.kinds, ENTITY_KINDS, 'entity kind');
    const text = filter.nameContains ?? '';
    const { inRegion, industry } = filter;
    return this.db.readSession(async (run) => {
      if (inRegion && industry) {
        // Both: the industry's few entities, kept when they lie in the region.
        const inside = new Set((await run(this.sql.get('entityIdsInRegion'), { inRegion })).map((r) => String(r.id)));
        const all = (
          await run(this.sql.get('findEntitiesByIndustry'), { industry, kinds, text, after: '', limit: 1e9 })
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
      const rows = await run(this.sql.get(find), { ...params, after, limit: size + 1 });
      return toPage(rows.map(toEntity), (e) => e.id, size, total(await run(this.sql.get(count), params)));
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
      const byId = await run(this.sql.get('entitiesByIds'), { ids });
      const named =
        byId.length >= limit ? [] : await run(this.sql.get('searchNames'), { text, kinds, limit: limit + byId.length });
      const found = new Map<string, StoredEntity>();
      for (const row of [...byId, ...named]) if (!found.has(String(row.id))) found.set(String(row.id), toEntity(row));
      return [...found.values()].slice(0, limit);
    });
  }

  async mentionsOf(ids: readonly EntityId[]): Promise<Map<EntityId, StoredMention[]>> {
    const result = new Map<EntityId, StoredMention[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return result;
    return this.db.readSession(async (run) => {
      const mentions: { id: EntityId; reportId: string; mentions: ResolvedMention[] }[] = [];
      for (const id of new Set(ids)) {
        for (const row of await run(this.sql.get('mentionsOfEntity'), { id })) {
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

  async relationsOf(id: EntityId, filter: RelationFilter = {}, page?: PageArgs): Promise<Page<StoredRelation>> {
    const { size, after } = pageWindow(page);
    const types = listOf(filter.types, RELATION_TYPES, 'relation type');
    const directions = directionsOf(filter.direction);
    return this.db.readSession(async (run) => {
      // Each direction gives its first size + 1 keys after the cursor; merged, the first size + 1 are the page's.
      const records: (RelationRecord & { key: string })[] = [];
      let totalCount = 0;
      for (const direction of directions) {
        const count = total(await run(this.sql.get(`countRelations${direction}`), { id, types }));
        totalCount += count;
        if (count <= WHOLE_READ_LIMIT) {
          for (const record of await this.allRelations(run, id, types, [direction])) {
            const key = relationId(record.from, record.type, record.to);
            if (key > after) records.push({ ...record, key });
          }
        } else {
          const rows = await run(this.sql.get(`relations${direction}`), { id, types, after, limit: size + 1 });
          records.push(...rows.map((row) => ({ ...toRelationRecord(row), key: String(row.key) })));
        }
      }
      records.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const window = records.slice(0, size + 1);
      return toPage(await this.hydrate(run, window), (r) => r.id, size, totalCount);
    });
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
        for (const record of await this.allRelations(run, id, types, directions)) anchored.push({ anchor: id, record });
      }
      const relations = await this.hydrate(
        run,
        anchored.map((a) => a.record),
      );
      anchored.forEach((a, i) => result.get(a.anchor)!.push(relations[i]!));
      for (const list of result.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return result;
    });
  }

  async shortestPath(from: EntityId, to: EntityId, maxHops: number = MAX_PATH_HOPS): Promise<Subgraph | undefined> {
    const hops = Math.min(wholeNumber(maxHops, 'maxHops'), MAX_PATH_HOPS);
    if (from === to) {
      const entity = await this.getEntity(from);
      return entity ? { nodes: [entity], edges: [] } : undefined;
    }
    if (hops === 0) return undefined;
    return this.db.readSession(async (run) => {
      const [path] = await run(this.sql.withHops('shortestPath', hops), { from, to });
      if (!path) return undefined;
      const nodes = path.nodes as Row[];
      const idOf = new Map(nodes.map((n) => [internalId(n._id), String(n.id)]));
      const records = (path.rels as Row[]).map((rel) =>
        toRelationRecord({ ...rel, src: idOf.get(internalId(rel._src))!, dst: idOf.get(internalId(rel._dst))! }),
      );
      return { nodes: nodes.map(toEntity), edges: await this.hydrate(run, records) };
    });
  }

  async neighborhood(
    id: EntityId,
    options: { depth?: number; limit?: number; types?: RelationType[] } = {},
  ): Promise<Subgraph> {
    const depth = Math.min(wholeNumber(options.depth ?? 1, 'depth'), MAX_NEIGHBORHOOD_DEPTH);
    const limit = wholeNumber(options.limit ?? DEFAULT_NEIGHBORHOOD_LIMIT, 'limit');
    const types = listOf(options.types, RELATION_TYPES, 'relation type');
    return this.db.readSession(async (run) => {
      const [start] = await run(this.sql.get('entitiesByIds'), { ids: [id] });
      if (!start || limit === 0) return { nodes: [], edges: [] };
      // Breadth first, ring by ring, so the nearest entities fill the limit; within a ring, smallest ids first. An
      // entity is expanded by reading its relations both ways (no sort, no filter in LadybugDB: the cheapest read of
      // them), which also gives every edge it has.
      const nodes = [toEntity(start)];
      const nodeOf = new Map<EntityId, number>([[id, Number(start.node)]]);
      const found = new Map<string, RelationRecord>();
      const expanded = new Set<EntityId>();
      let ring = [id];
      for (let hop = 1; hop <= depth && ring.length > 0 && nodes.length < limit; hop++) {
        const next = new Set<EntityId>();
        for (const from of ring) {
          expanded.add(from);
          for (const record of await this.allRelations(run, from, types, ['Out', 'In'])) {
            found.set(relationId(record.from, record.type, record.to), record);
            const other = record.from === from ? record.to : record.from;
            if (!nodeOf.has(other)) next.add(other);
          }
        }
        const ids = [...next].sort(compare).slice(0, limit - nodes.length);
        const rows = (await run(this.sql.get('entitiesByIds'), { ids })).sort((a, b) =>
          compare(String(a.id), String(b.id)),
        );
        for (const row of rows) {
          nodes.push(toEntity(row));
          nodeOf.set(String(row.id), Number(row.node));
        }
        ring = rows.map((row) => String(row.id));
      }
      // Every edge of an expanded entity is known; those between two entities never expanded (the last ring) are read
      // by the targets' storage offsets, which spares reading the targets.
      const edges = [...found.values()].filter((r) => nodeOf.has(r.from) && nodeOf.has(r.to));
      const rest = nodes.map((n) => n.id).filter((n) => !expanded.has(n));
      const idOfNode = new Map(rest.map((n) => [nodeOf.get(n)!, n]));
      for (const from of rest.length > 1 ? rest : []) {
        for (const row of await run(this.sql.get('edgesFrom'), { id: from, nodes: [...idOfNode.keys()], types })) {
          edges.push(toRelationRecord({ ...row, src: from, dst: idOfNode.get(Number(row.dstNode))! }));
        }
      }
      edges.sort((a, b) => compare(relationId(a.from, a.type, a.to), relationId(b.from, b.type, b.to)));
      return { nodes, edges: await this.hydrate(run, edges) };
    });
  }

  /** Every relation of one entity in `directions`, unordered. */
  private async allRelations(
    run: Run,
    id: EntityId,
    types: RelationType[],
    directions: readonly ('Out' | 'In')[],
  ): Promise<RelationRecord[]> {
    const records: RelationRecord[] = [];
    for (const direction of directions) {
      const rows = await run(this.sql.get(`allRelations${direction}`), { id, types });
      records.push(...rows.map(toRelationRecord));
    }
    return records;
  }

  /** The cited sentences behind evidence references, by sentenceKey. */
  private async sentences(run: Run, refs: readonly EvidenceRef[]): Promise<Map<string, StoredEvidence>> {
    const found = new Map<string, StoredEvidence>();
    if (refs.length === 0) return found;
    const wanted = new Set(refs.map((r) => sentenceKey(r.reportId, r.sentence)));
    const ids = [...new Set(refs.map((r) => r.reportId))];
    for (const row of await run(this.sql.get('sentencesOf'), { ids })) {
      const reportId = String(row.reportId);
      for (const s of decodeSentences(row.sentences as string | null)) {
        const key = sentenceKey(reportId, s.index);
        if (wanted.has(key)) found.set(key, { reportId, sentence: s.text, start: s.start, end: s.end });
      }
    }
    return found;
  }

  private async hydrate(run: Run, records: RelationRecord[]): Promise<StoredRelation[]> {
    const sentences = await this.sentences(
      run,
      records.flatMap((r) => r.evidence),
    );
    return records.map((r) => toStoredRelation(r, sentences));
  }

  // ---- reports and stats ----

  async getReport(id: string): Promise<StoredReport | undefined> {
    const [row] = await this.db.read(this.sql.get('reportsByIds'), { ids: [id] });
    return row ? toReport(row) : undefined;
  }

  async reports(page?: PageArgs): Promise<Page<StoredReport>> {
    const { size, after } = pageWindow(page);
    return this.db.readSession(async (run) => {
      const rows = await run(this.sql.get('listReports'), { after, limit: size + 1 });
      const totalCount = total(await run(this.sql.get('countReports')));
      return toPage(rows.map(toReport), (r) => r.id, size, totalCount);
    });
  }

  async stats(): Promise<GraphStats> {
    return this.db.readSession(async (run) => {
      const stats: GraphStats = {
        reports: total(await run(this.sql.get('countReports'))),
        entities: {},
        relations: {},
      };
      const counts = async (name: string) =>
        new Map((await run(this.sql.get(name))).map((r) => [String(r.key), Number(r.total)]));
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

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function internalId(value: unknown): string {
  const id = value as { table: number; offset: number };
  return `${id.table}:${id.offset}`;
}
