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
    const near = sides[0].frontier.length <= sides[1].frontier.length ? 0 : 1;
    const [side, other] = [sides[near], sides[1 - near]!];
    const next: EntityId[] = [];
    let meeting: EntityId | undefined;
    for (const node of side.frontier) {
      const adjacency = adjacencyOf(node);
      if (!adjacency) return undefined;
      for (const record of [...adjacency.out, ...adjacency.in]) {
        const neighbour = record.from === node ? record.to : record.from;
        if (side.steps.has(neighbour)) continue;
        side.steps.set(neighbour, { from: node, record, depth: side.depth + 1 });
        next.push(neighbour);
        if (other.steps.has(neighbour) && (!meeting || other.depthOf(neighbour) < other.depthOf(meeting))) {
          meeting = neighbour;
        }
      }
    }
    side.depth++;
    side.frontier = next;
    if (meeting) {
      const [start, end] = near === 0 ? [side, other] : [other, side];
      const head = start.routeTo(meeting);
      const tail = end.routeTo(meeting);
      return {
        nodes: [...head.nodes, ...tail.nodes.slice(0, -1).reverse()],
        edges: [...head.edges, ...tail.edges.reverse()],
      };
    }
    if (next.length === 0) return 'none';
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
