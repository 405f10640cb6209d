// The API's enums, derived from the ontology (model.ts): GraphQL names are upper case, values stay the model's.
import { registerEnumType } from 'type-graphql';
import {
  ENTITY_KINDS,
  RELATION_SCHEMA,
  RELATION_TYPES,
  type EntityKind,
  type RelationType,
} from '../../ontology/model.ts';
import type { Direction as StoreDirection } from '../../graph/store.ts';

export const EntityKindEnum = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind.toUpperCase(), kind])) as Record<
  Uppercase<EntityKind>,
  EntityKind
>;
registerEnumType(EntityKindEnum, { name: 'EntityKind', description: 'What an entity is (see the ontology).' });

export const RelationTypeEnum = Object.fromEntries(RELATION_TYPES.map((type) => [type, type])) as Record<
  RelationType,
  RelationType
>;
registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: 'How two entities are related.',
  valuesConfig: Object.fromEntries(
    RELATION_TYPES.map((type) => [type, { description: `from ${RELATION_SCHEMA[type].description} to` }]),
  ),
});

export const DirectionEnum: Record<StoreDirection, StoreDirection> = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' };
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which relations of an entity: those it starts (OUT), those it ends (IN), or both.',
});
