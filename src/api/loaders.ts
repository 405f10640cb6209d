// Per-request DataLoaders: a list of N entities with nested fields costs a bounded number of store calls, not N.
import DataLoader from 'dataloader';
import type { EntityId, RelationType } from '../ontology/model.ts';
import type {
  Direction,
  GraphStore,
  StoredEntity,
  StoredMention,
  StoredRelation,
  StoredReport,
} from '../graph/store.ts';

export interface Loaders {
  entity: DataLoader<EntityId, StoredEntity | undefined>;
  mentions: DataLoader<EntityId, StoredMention[]>;
  report: DataLoader<string, StoredReport | undefined>;
  /** The relations of each entity with these types and direction (one loader, so one batch, per filter). */
  relations(types: readonly RelationType[], direction: Direction): DataLoader<EntityId, StoredRelation[]>;
  /** Remembers entities a list already returned, so their relations' endpoints need no lookup. */
  prime(entities: readonly StoredEntity[]): void;
}

export function createLoaders(store: GraphStore): Loaders {
  const entity = new DataLoader<EntityId, StoredEntity | undefined>(async (ids) => {
    const byId = new Map((await store.getEntities(ids)).map((found) => [found.id, found]));
    return ids.map((id) => byId.get(id));
  });
  const mentions = new DataLoader<EntityId, StoredMention[]>(async (ids) => {
    const byId = await store.mentionsOf(ids);
    return ids.map((id) => byId.get(id) ?? []);
  });
  // The port has no batch report lookup; a request cites few distinct reports, and the loader dedupes them.
  const report = new DataLoader<string, StoredReport | undefined>((ids) =>
    Promise.all(ids.map((id) => store.getReport(id))),
  );

  const relationLoaders = new Map<string, DataLoader<EntityId, StoredRelation[]>>();
  function relations(types: readonly RelationType[], direction: Direction) {
    const key = `${[...types].sort().join(',')}|${direction}`;
    let loader = relationLoaders.get(key);
    if (!loader) {
      const filter = { types: [...types], direction };
      loader = new DataLoader(async (ids) => {
        const byId = await store.relationsOfMany(ids, filter);
        return ids.map((id) => byId.get(id) ?? []);
      });
      relationLoaders.set(key, loader);
    }
    return loader;
  }

  function prime(entities: readonly StoredEntity[]) {
    for (const found of entities) entity.prime(found.id, found);
  }

  return { entity, mentions, report, relations, prime };
}
