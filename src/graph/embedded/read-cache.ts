// What the embedded store keeps in memory of what it has read. LadybugDB answers a point read in about 1 ms but
// needs 2 to 20 ms to walk one entity's relations (it reads a block of rows for every neighbour), so an API serving
// the same parks again and again would spend nearly all its time there. The store is one process's alone (LadybugDB
// locks the file), and every write goes through its adapter, so the adapter knows exactly what each write changes and
// a cache of its reads stays exact: a write forgets every entity it touched (every relation a report states joins
// two of its entities, so their adjacency covers every relation it changes).
//
// A read that misses takes a ticket before it reads the store and fills the cache only if no write ended since:
// otherwise it may have read the state from before that write, which must not outlive it.
import { LRUCache } from 'lru-cache';
import type { EntityId } from '../../ontology/model.ts';
import type { ResolvedSentence } from '../resolve.ts';
import type { StoredEntity } from '../store.ts';
import type { RelationRecord } from './records.ts';

/** All of one entity's relations, each way. */
export interface Adjacency {
  out: RelationRecord[];
  in: RelationRecord[];
}

/** A shortest path between two entities, as entity ids and relations from one end to the other. */
export interface Route {
  nodes: EntityId[];
  edges: RelationRecord[];
}

/** How much each cache holds. Sizes count rows, so that a hub entity weighs as much as its relations. */
export interface ReadCacheLimits {
  entities: number;
  relations: number;
  sentences: number;
  routes: number;
}

/** About 260 MB when full: measured, a cached relation weighs about 700 bytes with its evidence, a sentence 400. */
export const DEFAULT_READ_CACHE_LIMITS: ReadCacheLimits = {
  entities: 100_000,
  relations: 300_000,
  sentences: 100_000,
  routes: 10_000,
};

export class ReadCache {
  private generation = 0;
  private readonly entities: LRUCache<EntityId, StoredEntity>;
  private readonly adjacency: LRUCache<EntityId, Adjacency>;
  /** A report's sentences by index; a report never changes once stored, only disappears. */
  private readonly sentences: LRUCache<string, Map<number, ResolvedSentence>>;
  /** Paths asked for, by ends and hop bound: any write may open or close one, so every write forgets them all. */
  private readonly routes: LRUCache<string, Route | 'none'>;

  constructor(limits: ReadCacheLimits = DEFAULT_READ_CACHE_LIMITS) {
    this.entities = new LRUCache({ max: limits.entities });
    this.adjacency = new LRUCache({
      maxSize: limits.relations,
      sizeCalculation: (a) => a.out.length + a.in.length + 1,
    });
    this.sentences = new LRUCache({ maxSize: limits.sentences, sizeCalculation: (s) => s.size + 1 });
    this.routes = new LRUCache({ max: limits.routes });
  }

  /** Taken before reading the store; a fill with an older ticket is dropped. */
  ticket(): number {
    return this.generation;
  }

  entity(id: EntityId): StoredEntity | undefined {
    return this.entities.get(id);
  }

  relationsOf(id: EntityId): Adjacency | undefined {
    return this.adjacency.get(id);
  }

  sentencesOf(reportId: string): Map<number, ResolvedSentence> | undefined {
    return this.sentences.get(reportId);
  }

  route(key: string): Route | 'none' | undefined {
    return this.routes.get(key);
  }

  fillRoute(ticket: number, key: string, value: Route | 'none'): void {
    if (ticket === this.generation) this.routes.set(key, value);
  }

  fillEntity(ticket: number, value: StoredEntity): void {
    if (ticket === this.generation) this.entities.set(value.id, value);
  }

  fillRelations(ticket: number, id: EntityId, value: Adjacency): void {
    if (ticket === this.generation) this.adjacency.set(id, value);
  }

  fillSentences(ticket: number, reportId: string, value: Map<number, ResolvedSentence>): void {
    if (ticket === this.generation) this.sentences.set(reportId, value);
  }

  /** After a write: forgets what it may have changed, and refuses fills read before it. */
  forget(changed: { entities?: Iterable<EntityId>; reports?: Iterable<string> }): void {
    this.generation++;
    for (const id of changed.entities ?? []) {
      this.entities.delete(id);
      this.adjacency.delete(id);
    }
    for (const id of changed.reports ?? []) this.sentences.delete(id);
    this.routes.clear();
  }

  /** After a write that may have changed anything (a bulk load). */
  clear(): void {
    this.generation++;
    this.entities.clear();
    this.adjacency.clear();
    this.sentences.clear();
    this.routes.clear();
  }
}
