// Paths between two entities over the store port, when the question restricts them (only some relation types, never
// through some kinds of entity) or asks for more than one: a search of our own (src/graph/traverse.ts) that reads
// each ring's relations in one batched store call. A plain shortest path stays the store's own (shortestPath).
import { kindOfId } from '../ontology/model.ts';
import type { EntityId, EntityKind, RelationType } from '../ontology/model.ts';
import type { GraphStore, StoredRelation, Subgraph } from './store.ts';
import { kShortestRoutes } from './traverse.ts';

export interface PathQuery {
  maxHops: number;
  /** Only relations of these types (all when absent or empty). */
  types?: RelationType[];
  /** Never through entities of these kinds; the two ends are allowed whatever their kind. */
  avoidKinds?: EntityKind[];
  /** How many paths, shortest first. */
  first: number;
}

export async function findPaths(
  store: GraphStore,
  from: EntityId,
  to: EntityId,
  { maxHops, types, avoidKinds, first }: PathQuery,
): Promise<Subgraph[]> {
  const avoided = new Set(avoidKinds ?? []);
  const ends = new Set([from, to]);
  const allowed = (id: EntityId) => ends.has(id) || !avoided.has(kindOfId(id)!);
  const read = new Map<EntityId, readonly StoredRelation[]>();
  const expand = async (ids: EntityId[]) => {
    const missing = ids.filter((id) => !read.has(id));
    if (missing.length > 0) {
      const found = await store.relationsOfMany(missing, types?.length ? { types } : {});
      for (const id of missing) {
        read.set(
          id,
          (found.get(id) ?? []).filter((r) => allowed(r.from === id ? r.to : r.from)),
        );
      }
    }
    return new Map(ids.map((id) => [id, read.get(id)!]));
  };
  if ((await store.getEntities([from, to])).length < ends.size) return [];
  const routes = await kShortestRoutes(from, to, { hops: maxHops, k: first }, expand, (r) => r.id);
  const entities = new Map(
    (await store.getEntities([...new Set(routes.flatMap((route) => route.nodes))])).map((e) => [e.id, e]),
  );
  return routes.map((route) => ({ nodes: route.nodes.map((id) => entities.get(id)!), edges: route.edges }));
}
