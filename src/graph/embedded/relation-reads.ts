// The embedded store's relation queries: a page of an entity's relations, the relations of many, a shortest path
// and a neighborhood. Relations are read from each entity's adjacency (every relation it has, both ways), which the
// read cache keeps: after the first read of an entity, its relations, paths and neighborhoods through it cost no
// store query. A serving store searches paths and neighborhoods in its topology (topology.ts), which holds every
// relation; otherwise only a hub's relations are paged by LadybugDB, when a page of them is all that is asked.
import { RELATION_TYPES } from '../../ontology/model.ts';
import type { EntityId, RelationType } from '../../ontology/model.ts';
import { pageWindow, toPage, wholeNumber } from '../paging.ts';
import { relationId } from '../resolve.ts';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS } from '../store.ts';
import type {
  NeighborhoodOptions,
  Page,
  PageArgs,
  RelationDetail,
  RelationFilter,
  StoredEvidence,
  StoredRelation,
  Subgraph,
} from '../store.ts';
import { ringsAround } from '../traverse.ts';
import { linkRecord, toRelationRecord, toStoredRelation } from './records.ts';
import type { Link } from './topology.ts';
import type { RelationRecord } from './records.ts';
import { adjacencyOf, countOf, entitiesById, hydrate, routeBetween } from './reads.ts';
import type { ReadContext, ReadSession } from './reads.ts';
import { BOTH, compare, directionsOf, listOf, pageOf, select, type Way } from './selection.ts';

const DEFAULT_NEIGHBORHOOD_LIMIT = 100;
/**
 * A page of the relations of an entity with at most this many (both ways) comes from its whole adjacency, read once
 * and cached; a hub's page is counted, sorted and cut by LadybugDB instead of reading the hub whole.
 */
const WHOLE_READ_LIMIT = 200;

/** The sentences of relations whose evidence is not asked for (RelationDetail). */
const NO_SENTENCES = new Map<string, StoredEvidence>();

export async function relationsOf(
  session: ReadSession,
  id: EntityId,
  filter: RelationFilter,
  page: PageArgs | undefined,
  detail: RelationDetail,
): Promise<Page<StoredRelation>> {
  const { size, after } = pageWindow(page);
  const types = listOf(filter.types, RELATION_TYPES, 'relation type');
  const directions = directionsOf(filter.direction);
  return session(async (r) => {
    const adjacency = await adjacencyOf(r, id, WHOLE_READ_LIMIT);
    const { records, totalCount } = adjacency
      ? pageOf(select(adjacency, types, directions), after, size)
      : await pageInStore(r, id, types, directions, after, size);
    const relations =
      detail.evidence === false
        ? records.map((record) => toStoredRelation(record, NO_SENTENCES))
        : await hydrate(r, records);
    return toPage(relations, (relation) => relation.id, size, totalCount);
  });
}

/** A page of a hub's relations, each direction counted, sorted and cut by LadybugDB. */
async function pageInStore(
  { run, cypher }: ReadContext,
  id: EntityId,
  types: RelationType[],
  directions: readonly Way[],
  after: string,
  size: number,
) {
  // Each direction gives its first size + 1 keys after the cursor; merged, the first size + 1 are the page's.
  const keyed: (RelationRecord & { key: string })[] = [];
  let totalCount = 0;
  for (const direction of directions) {
    totalCount += countOf(await run(cypher.get(`countRelations${direction}`), { id, types }));
    const rows = await run(cypher.get(`relations${direction}`), { id, types, after, limit: size + 1 });
    keyed.push(...rows.map((row) => ({ ...toRelationRecord(row), key: String(row.key) })));
  }
  return { records: keyed.sort((a, b) => compare(a.key, b.key)).slice(0, size + 1), totalCount };
}

export async function relationsOfMany(
  session: ReadSession,
  ids: readonly EntityId[],
  filter: RelationFilter,
): Promise<Map<EntityId, StoredRelation[]>> {
  const result = new Map<EntityId, StoredRelation[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  const types = listOf(filter.types, RELATION_TYPES, 'relation type');
  const directions = directionsOf(filter.direction);
  return session(async (r) => {
    const anchored: { anchor: EntityId; record: RelationRecord }[] = [];
    for (const id of new Set(ids)) {
      for (const record of select(await adjacencyOf(r, id), types, directions)) anchored.push({ anchor: id, record });
    }
    const relations = await hydrate(
      r,
      anchored.map((a) => a.record),
    );
    anchored.forEach((a, i) => result.get(a.anchor)!.push(relations[i]!));
    for (const list of result.values()) list.sort((a, b) => compare(a.id, b.id));
    return result;
  });
}

export async function shortestPath(
  session: ReadSession,
  from: EntityId,
  to: EntityId,
  maxHops: number,
): Promise<Subgraph | undefined> {
  const hops = Math.min(wholeNumber(maxHops, 'maxHops'), MAX_PATH_HOPS);
  return session(async (r) => {
    const ends = await entitiesById(r, [from, to]);
    if (!ends.has(from) || !ends.has(to)) return undefined;
    if (from === to) return { nodes: [ends.get(from)!], edges: [] };
    const route = await routeBetween(r, from, to, hops);
    if (route === 'none') return undefined;
    const rows = await entitiesById(r, route.nodes);
    return { nodes: route.nodes.map((n) => rows.get(n)!), edges: await hydrate(r, route.edges) };
  });
}

export async function neighborhood(
  session: ReadSession,
  id: EntityId,
  options: NeighborhoodOptions,
): Promise<Subgraph> {
  const depth = Math.min(wholeNumber(options.depth ?? 1, 'depth'), MAX_NEIGHBORHOOD_DEPTH);
  const limit = wholeNumber(options.limit ?? DEFAULT_NEIGHBORHOOD_LIMIT, 'limit');
  const types = listOf(options.types, RELATION_TYPES, 'relation type');
  return session(async (r) => {
    const start = (await entitiesById(r, [id])).get(id);
    if (!start || limit === 0) return { nodes: [], edges: [] };
    const rings = { depth, limit };
    const chosen = r.topology.ready
      ? await ringsInTopology(r, id, rings, types)
      : await ringsInStore(r, id, rings, types);
    const rows = await entitiesById(r, chosen);
    const nodes = chosen.flatMap((n) => rows.get(n) ?? []);
    const ids = nodes.map((n) => n.id);
    if (!r.topology.ready) return { nodes, edges: await hydrate(r, await relationsAmong(r, ids, types)) };
    const links = linksAmong(r, ids, types, { withSupport: !options.endsOnly });
    return { nodes, edges: options.endsOnly ? links.map(endsOnly) : await hydrate(r, links.map(linkRecord)) };
  });
}

type Rings = { depth: number; limit: number };

/** Breadth first, ring by ring, so the nearest entities fill the limit (src/graph/traverse.ts), over each entity's
 *  adjacency read from the store (and cached). */
function ringsInStore(r: ReadContext, id: EntityId, rings: Rings, types: RelationType[]) {
  return ringsAround(
    id,
    rings,
    async (from) =>
      select(await adjacencyOf(r, from), types, BOTH).map((rel) => (rel.from === from ? rel.to : rel.from)),
    async (ids) => {
      const found = await entitiesById(r, ids);
      return ids.filter((n) => found.has(n));
    },
  );
}

/** The same rings, searched in the topology: no store read until the entities are chosen. */
function ringsInTopology(r: ReadContext, id: EntityId, rings: Rings, types: RelationType[]) {
  return ringsAround(
    id,
    rings,
    async (from) => r.topology.relatedTo(from, types),
    async (ids) => ids.filter((n) => r.topology.has(n)),
  );
}

/** Every relation between two chosen entities, once, in relation-id order: from the adjacency of each (read whole,
 *  and cached). */
async function relationsAmong(
  r: ReadContext,
  chosen: readonly EntityId[],
  types: RelationType[],
): Promise<RelationRecord[]> {
  const included = new Set(chosen);
  const found: RelationRecord[] = [];
  for (const id of chosen) {
    for (const rel of select(await adjacencyOf(r, id), types, ['Out'])) if (included.has(rel.to)) found.push(rel);
  }
  return byRelationId(found);
}

/** Every relation between two chosen entities as the topology has it (with supports when asked), in relation-id
 *  order. */
function linksAmong(
  r: ReadContext,
  chosen: readonly EntityId[],
  types: RelationType[],
  { withSupport }: { withSupport: boolean },
): Link[] {
  const included = new Set(chosen);
  return byRelationId(
    chosen.flatMap((id) => r.topology.links(id, types, { withSupport }).out.filter((l) => included.has(l.to))),
  );
}

/** Relations in relation-id order, each id built once. */
const byRelationId = <R extends { from: EntityId; type: RelationType; to: EntityId }>(relations: R[]): R[] =>
  relations
    .map((relation) => ({ relation, key: relationId(relation.from, relation.type, relation.to) }))
    .sort((a, b) => compare(a.key, b.key))
    .map(({ relation }) => relation);

/** A relation with its ends and type only (NeighborhoodOptions.endsOnly). */
const endsOnly = ({ from, type, to }: Link): StoredRelation => ({
  id: relationId(from, type, to),
  type,
  from,
  to,
  evidence: [],
});
