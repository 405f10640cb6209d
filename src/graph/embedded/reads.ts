// The embedded store's cached reads, inside a read session the store opens (store.ts): entities by id, an entity's
// whole adjacency, report sentences, relations hydrated with their evidence, and shortest routes. Each answers from
// the read cache (read-cache.ts) when it can, then from a serving store's in-memory indexes (name-index.ts,
// topology.ts), and otherwise reads LadybugDB and fills the cache; the queries in entity-reads.ts, relation-reads.ts
// and report-reads.ts are built from them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../errors.ts';
import type { EntityId } from '../../ontology/model.ts';
import type { EvidenceRef, ResolvedSentence } from '../resolve.ts';
import type { StoredEntity, StoredEvidence, StoredRelation } from '../store.ts';
import { shortestRoute } from '../traverse.ts';
import type { Row, Run } from './db.ts';
import {
  decodeSentences,
  sentenceKey,
  toAdjacency,
  toEntity,
  toLinks,
  toRelationRecord,
  toStoredRelation,
} from './records.ts';
import type { RelationRecord } from './records.ts';
import type { Adjacency, ReadCache, Route } from './read-cache.ts';
import type { Statements } from './statements.ts';
import type { NameIndex } from './name-index.ts';
import type { Link, Topology } from './topology.ts';

/** A read session's statement runner, the store's Cypher statements, its read cache, and its hydrated relations. */
export interface ReadContext {
  run: Run;
  cypher: Statements;
  cache: ReadCache;
  /** Each relation record as the port returns it, for as long as the record lives (see hydrate). */
  hydrated: WeakMap<RelationRecord, StoredRelation>;
  /** The index of names and aliases that partial-name search reads (name-index.ts). */
  names: NameIndex;
  /** Every relation in memory, for searches and relation reads (topology.ts); built only for a serving store. */
  topology: Topology;
}

/** `work` in one read session of the store. */
export type ReadSession = <T>(work: (r: ReadContext) => Promise<T>) => Promise<T>;

/** The `total` a count statement answers. */
export const countOf = (rows: Row[]) => Number(rows[0]?.total ?? 0);

/** The stored entities among `ids`: from the cache, else the name index (a serving store's, which holds every
 *  entity: one it lacks does not exist), else the store. */
export async function entitiesById(r: ReadContext, ids: Iterable<EntityId>): Promise<Map<EntityId, StoredEntity>> {
  const found = new Map<EntityId, StoredEntity>();
  const rest: EntityId[] = [];
  for (const id of new Set(ids)) {
    const known = r.cache.entity(id) ?? r.names.entity(id);
    if (known) found.set(id, known);
    else rest.push(id);
  }
  if (rest.length === 0 || r.names.ready) return found;
  for (const [id, entity] of await storedEntitiesById(r, rest)) found.set(id, entity);
  return found;
}

/** The stored entities among `ids`, from the cache or the store: what a write left, for the indexes to refresh. */
export async function storedEntitiesById(
  r: ReadContext,
  ids: Iterable<EntityId>,
): Promise<Map<EntityId, StoredEntity>> {
  const found = new Map<EntityId, StoredEntity>();
  const missing: EntityId[] = [];
  for (const id of new Set(ids)) {
    const cached = r.cache.entity(id);
    if (cached) found.set(id, cached);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  const ticket = r.cache.ticket();
  for (const row of await r.run(r.cypher.get('entitiesByIds'), { ids: missing })) {
    const entity = toEntity(row);
    found.set(entity.id, entity);
    r.cache.fillEntity(ticket, entity);
  }
  return found;
}

/**
 * Every relation of one entity, each way: from the cache, else the topology (a serving store's), else read whole from
 * the store; cached. With `upTo`, an entity with more relations (a hub) is not read from the store: undefined.
 */
export async function adjacencyOf(r: ReadContext, id: EntityId): Promise<Adjacency>;
export async function adjacencyOf(r: ReadContext, id: EntityId, upTo: number): Promise<Adjacency | undefined>;
export async function adjacencyOf(r: ReadContext, id: EntityId, upTo?: number): Promise<Adjacency | undefined> {
  const cached = r.cache.relationsOf(id);
  if (cached) return cached;
  const ticket = r.cache.ticket();
  let links: Link[];
  if (r.topology.ready) {
    const { out, in: inward } = r.topology.links(id, [], { withSupport: true });
    links = [...out, ...inward];
  } else {
    if (upTo !== undefined && countOf(await r.run(r.cypher.get('countRelations'), { id })) > upTo) return undefined;
    links = await linksInStore(r, id);
  }
  const adjacency = toAdjacency(id, links);
  r.cache.fillRelations(ticket, id, adjacency);
  return adjacency;
}

/** Every relation of one entity as the store holds it now, with its support (what the topology is refreshed from). */
const linksInStore = async (r: ReadContext, id: EntityId) =>
  toLinks(id, await r.run(r.cypher.get('allRelations'), { id }));

/** The cited sentences behind evidence references, by sentenceKey. */
export async function sentencesOf(r: ReadContext, refs: readonly EvidenceRef[]): Promise<Map<string, StoredEvidence>> {
  const byReport = new Map<string, Map<number, ResolvedSentence>>();
  const missing: string[] = [];
  for (const reportId of new Set(refs.map((ref) => ref.reportId))) {
    const cached = r.cache.sentencesOf(reportId);
    if (cached) byReport.set(reportId, cached);
    else missing.push(reportId);
  }
  if (missing.length > 0) {
    const ticket = r.cache.ticket();
    for (const row of await r.run(r.cypher.get('sentencesOf'), { ids: missing })) {
      const sentences = new Map(decodeSentences(row.sentences as string | null).map((s) => [s.index, s]));
      byReport.set(String(row.reportId), sentences);
      r.cache.fillSentences(ticket, String(row.reportId), sentences);
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
export async function hydrate(r: ReadContext, records: RelationRecord[]): Promise<StoredRelation[]> {
  const unhydrated = records.filter((record) => !r.hydrated.has(record));
  const sentences = await sentencesOf(
    r,
    unhydrated.flatMap((record) => record.evidence),
  );
  for (const record of unhydrated) r.hydrated.set(record, toStoredRelation(record, sentences));
  return records.map((record) => r.hydrated.get(record)!);
}

/**
 * A shortest route: one asked before (until the next write), or one through what the cache holds, or LadybugDB's.
 * Reading entities one by one for a search of our own would cost more than LadybugDB's whole search whenever a
 * hub lies near either end, so only what is already in memory is searched here (src/graph/traverse.ts).
 */
export async function routeBetween(
  r: ReadContext,
  from: EntityId,
  to: EntityId,
  hops: number,
): Promise<Route | 'none'> {
  const key = `${from}|${to}|${hops}`;
  const known = r.cache.route(key);
  if (known) return known;
  const ticket = r.cache.ticket();
  const route = r.topology.ready
    ? await routeThroughTopology(r, from, to, hops)
    : (shortestRoute(from, to, hops, (id) => r.cache.relationsOf(id)) ??
      (await shortestRouteInStore(r, from, to, hops)));
  r.cache.fillRoute(ticket, key, route);
  return route;
}

/** A route searched in the topology, its relations then read from the end of each that has fewer; LadybugDB's when
 *  one of them is no longer there (a write between the search and the read). */
async function routeThroughTopology(r: ReadContext, from: EntityId, to: EntityId, hops: number) {
  const found = shortestRoute(from, to, hops, (id) => r.topology.links(id))!;
  if (found === 'none') return found;
  const edges: RelationRecord[] = [];
  for (const link of found.edges) {
    const end = r.topology.degree(link.from) <= r.topology.degree(link.to) ? link.from : link.to;
    const record = recordOf(await adjacencyOf(r, end), link);
    if (!record) return shortestRouteInStore(r, from, to, hops);
    edges.push(record);
  }
  return { nodes: found.nodes, edges };
}

/** The record of a link in an adjacency of one of its ends. */
const recordOf = (adjacency: Adjacency, { from, type, to }: Link) =>
  [...adjacency.out, ...adjacency.in].find((r) => r.from === from && r.type === type && r.to === to);

/** LadybugDB's own shortest path: reads neighbours by storage offset only, so it crosses unread hubs faster. */
async function shortestRouteInStore(
  r: ReadContext,
  from: EntityId,
  to: EntityId,
  hops: number,
): Promise<Route | 'none'> {
  const [path] = await r.run(r.cypher.withHops('shortestPath', hops), { from, to });
  if (!path) return 'none';
  const nodes = path.nodes as Row[];
  const idOf = new Map(nodes.map((n) => [internalId(n._id), String(n.id)]));
  const edges = (path.rels as Row[]).map((rel) =>
    toRelationRecord({ ...rel, src: idOf.get(internalId(rel._src))!, dst: idOf.get(internalId(rel._dst))! }),
  );
  return { nodes: nodes.map((n) => String(n.id)), edges };
}

function internalId(value: unknown): string {
  const id = value as { table: number; offset: number };
  return `${id.table}:${id.offset}`;
}

/** The name index, built on first use from one read of every entity's names. */
export async function nameIndex(r: ReadContext): Promise<NameIndex> {
  await r.names.ensure(
    async () => (await r.run(r.cypher.get('allEntityNames'))).map(toEntity),
    async (ids) => [...(await storedEntitiesById(r, ids)).values()],
  );
  return r.names;
}

/** The topology, built on first use from two exports of the store. */
export async function topology(r: ReadContext): Promise<Topology> {
  await r.topology.ensure(
    () => exportTopology(r),
    (ids) => currentLinks(r, ids),
  );
  return r.topology;
}

/** Every entity's offset and id, and every relation's ends, type and support, through files in a directory of our
 *  own. */
async function exportTopology(r: ReadContext) {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), 'park-graph-topology-'));
  } catch (error) {
    throw new UserError(
      `cannot write the graph's relations to ${tmpdir()} to load them for serving (set TMPDIR to a writable ` +
        `directory): ${(error as Error).message}`,
    );
  }
  try {
    const read = async (statement: string) => {
      const file = join(dir, `${statement}.csv`);
      await r.run(r.cypher.withFile(statement, file));
      return readFileSync(file);
    };
    return { entities: (await read('exportEntityOffsets')).toString('utf8'), relations: await read('exportRelations') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The current relations of entities, as links with their supports, read from the store (neither the cache nor
 *  the topology may be current yet); undefined for an entity the store no longer holds. */
export async function currentLinks(
  r: ReadContext,
  ids: readonly EntityId[],
): Promise<Map<EntityId, Link[] | undefined>> {
  const found = await storedEntitiesById(r, ids);
  const current = new Map<EntityId, Link[] | undefined>();
  for (const id of ids) current.set(id, found.has(id) ? await linksInStore(r, id) : undefined);
  return current;
}
