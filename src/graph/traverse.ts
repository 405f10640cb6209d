// Graph search over any adjacency source: a shortest route between two entities (breadth first from both ends) and
// the rings of entities around one (breadth first, nearest first). Pure algorithms: a store hands them a way to read
// an entity's relations (from its cache, or its database) and gets back entity ids and relations; the embedded store
// uses them today, and any store with an adjacency to offer can.
import type { EntityId } from '../ontology/model.ts';

/** What a search needs of a relation: its two ends. */
export interface Edge {
  from: EntityId;
  to: EntityId;
}

/** An entity's relations each way. */
export interface Adjacent<E extends Edge> {
  out: readonly E[];
  in: readonly E[];
}

/** Entities from one end to the other, and the relations between each consecutive pair. */
export interface Route<E extends Edge> {
  nodes: EntityId[];
  edges: E[];
}

/** One side of a two-sided breadth-first search: how it reached each entity, and the ring it widens next. */
class Search<E extends Edge> {
  readonly steps = new Map<EntityId, { from: EntityId; record: E; depth: number } | null>();
  frontier: EntityId[];
  depth = 0;
  constructor(readonly start: EntityId) {
    this.steps.set(start, null);
    this.frontier = [start];
  }

  depthOf(id: EntityId): number {
    return this.steps.get(id)?.depth ?? 0;
  }

  /**
   * Widens this side by one ring over each frontier entity's relations (`relationsOf`), never to an entity `skip`
   * refuses; `meeting` is the entity reached that lies nearest to the other side's start. Undefined when
   * `relationsOf` cannot give some entity's relations.
   */
  widen(
    other: Search<E>,
    relationsOf: (id: EntityId) => Iterable<E> | undefined,
    skip: (neighbour: EntityId, record: E) => boolean = () => false,
  ): { meeting?: EntityId } | undefined {
    const next: EntityId[] = [];
    let meeting: EntityId | undefined;
    for (const node of this.frontier) {
      const records = relationsOf(node);
      if (!records) return undefined;
      for (const record of records) {
        const neighbour = record.from === node ? record.to : record.from;
        if (this.steps.has(neighbour) || skip(neighbour, record)) continue;
        this.steps.set(neighbour, { from: node, record, depth: this.depth + 1 });
        next.push(neighbour);
        if (other.steps.has(neighbour) && (!meeting || other.depthOf(neighbour) < other.depthOf(meeting))) {
          meeting = neighbour;
        }
      }
    }
    this.depth++;
    this.frontier = next;
    return meeting ? { meeting } : {};
  }

  /** The entities and relations from the start to `id`, in that order. */
  routeTo(id: EntityId): Route<E> {
    const nodes = [id];
    const edges: E[] = [];
    for (let step = this.steps.get(id); step; step = this.steps.get(step.from)) {
      nodes.push(step.from);
      edges.push(step.record);
    }
    return { nodes: nodes.reverse(), edges: edges.reverse() };
  }
}

/** The route through `meeting` from the first side's start to the second's. */
function joinedAt<E extends Edge>(sides: readonly [Search<E>, Search<E>], meeting: EntityId): Route<E> {
  const head = sides[0].routeTo(meeting);
  const tail = sides[1].routeTo(meeting);
  return {
    nodes: [...head.nodes, ...tail.nodes.slice(0, -1).reverse()],
    edges: [...head.edges, ...tail.edges.reverse()],
  };
}

/** Which side to widen next: the one with the smaller frontier. */
const nearerSide = <E extends Edge>(sides: readonly [Search<E>, Search<E>]) =>
  sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;

/**
 * A shortest undirected route of at most `hops` relations, searched breadth first from both ends, each step widening
 * the side with the smaller frontier by one ring. When a ring reaches the other side, the meeting entity nearest to
 * the other end closes the shortest route through that ring. 'none' when there is none; undefined when the search
 * needs an entity whose relations `adjacencyOf` cannot give (it answers undefined).
 */
export function shortestRoute<E extends Edge>(
  from: EntityId,
  to: EntityId,
  hops: number,
  adjacencyOf: (id: EntityId) => Adjacent<E> | undefined,
): Route<E> | 'none' | undefined {
  const sides = [new Search<E>(from), new Search<E>(to)] as const;
  for (let rings = 0; rings < hops; rings++) {
    const near = nearerSide(sides);
    const widened = sides[near].widen(sides[1 - near]!, (node) => {
      const adjacency = adjacencyOf(node);
      return adjacency && [...adjacency.out, ...adjacency.in];
    });
    if (!widened) return undefined;
    if (widened.meeting) return joinedAt(sides, widened.meeting);
    if (sides[near].frontier.length === 0) return 'none';
  }
  return 'none';
}

/**
 * The entities around `start`, breadth first, ring by ring, so the nearest fill the limit; within a ring, smallest
 * ids first (by UTF-16 code units). `neighbours` gives an entity's related ids; `existing` keeps those of a ring that
 * still exist (a store may hold a relation to an entity it no longer has). Returns the ids in order, `start` first.
 */
export async function ringsAround(
  start: EntityId,
  { depth, limit }: { depth: number; limit: number },
  neighbours: (id: EntityId) => Promise<Iterable<EntityId>>,
  existing: (ids: EntityId[]) => Promise<EntityId[]>,
): Promise<EntityId[]> {
  const chosen = [start];
  const included = new Set<EntityId>([start]);
  let ring = [start];
  for (let hop = 1; hop <= depth && ring.length > 0 && chosen.length < limit; hop++) {
    const next = new Set<EntityId>();
    for (const from of ring) for (const other of await neighbours(from)) if (!included.has(other)) next.add(other);
    ring = await existing([...next].sort().slice(0, limit - chosen.length));
    for (const id of ring) {
      chosen.push(id);
      included.add(id);
    }
  }
  return chosen;
}

/** The relations of each of a ring of entities that a search may follow (filtered by the caller), in one call. */
export type ExpandRing<E extends Edge> = (ids: EntityId[]) => Promise<Map<EntityId, readonly E[]>>;

/** What a search must not cross: entities, and relations by key. */
export interface Blocked {
  nodes: ReadonlySet<EntityId>;
  edges: ReadonlySet<string>;
}

const NOTHING_BLOCKED: Blocked = { nodes: new Set(), edges: new Set() };

/**
 * A shortest undirected route of at most `hops` relations, as shortestRoute searches it (from both ends, the smaller
 * frontier first), but reading each ring's relations in one asynchronous call and never crossing `blocked`.
 * Undefined when there is none.
 */
export async function shortestRouteBetween<E extends Edge>(
  from: EntityId,
  to: EntityId,
  hops: number,
  expand: ExpandRing<E>,
  keyOf: (edge: E) => string,
  blocked: Blocked = NOTHING_BLOCKED,
): Promise<Route<E> | undefined> {
  if (from === to) return { nodes: [from], edges: [] };
  const sides = [new Search<E>(from), new Search<E>(to)] as const;
  for (let rings = 0; rings < hops; rings++) {
    const near = nearerSide(sides);
    const adjacency = await expand(sides[near].frontier);
    const widened = sides[near].widen(
      sides[1 - near]!,
      (node) => adjacency.get(node) ?? [],
      (neighbour, record) => blocked.nodes.has(neighbour) || blocked.edges.has(keyOf(record)),
    )!;
    if (widened.meeting) return joinedAt(sides, widened.meeting);
    if (sides[near].frontier.length === 0) return undefined;
  }
  return undefined;
}

/**
 * Up to `k` shortest simple routes of at most `hops` relations, shortest first (Yen's algorithm over
 * shortestRouteBetween): each next route leaves a found one at some entity, through a relation no found route with
 * the same beginning takes there. Routes of equal length come in the order of their relation keys.
 */
export async function kShortestRoutes<E extends Edge>(
  from: EntityId,
  to: EntityId,
  { hops, k }: { hops: number; k: number },
  expand: ExpandRing<E>,
  keyOf: (edge: E) => string,
): Promise<Route<E>[]> {
  const routeKey = (route: Route<E>) => route.edges.map(keyOf).join('>');
  const first = await shortestRouteBetween(from, to, hops, expand, keyOf);
  if (!first || k < 1) return [];
  const found = [first];
  const known = new Set([routeKey(first)]);
  const candidates: Route<E>[] = [];
  while (found.length < k) {
    const last = found.at(-1)!;
    for (let i = 0; i < last.edges.length; i++) {
      const root = { nodes: last.nodes.slice(0, i + 1), edges: last.edges.slice(0, i) };
      const rootKey = root.edges.map(keyOf).join('>');
      const edges = new Set<string>();
      for (const route of found) {
        if (route.edges.length > i && route.edges.slice(0, i).map(keyOf).join('>') === rootKey) {
          edges.add(keyOf(route.edges[i]!));
        }
      }
      const nodes = new Set(root.nodes.slice(0, -1));
      const spur = await shortestRouteBetween(root.nodes[i]!, to, hops - i, expand, keyOf, { nodes, edges });
      if (!spur) continue;
      const route = { nodes: [...root.nodes.slice(0, -1), ...spur.nodes], edges: [...root.edges, ...spur.edges] };
      const key = routeKey(route);
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(route);
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.edges.length - b.edges.length || (routeKey(a) < routeKey(b) ? -1 : 1));
    found.push(candidates.shift()!);
  }
  return found;
}
