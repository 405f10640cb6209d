// The graph's object types: the Entity interface, one type per kind, relations with evidence, reports, subgraphs.
// Kinds and relation properties come from the ontology model (src/ontology/model.ts), not declared here.
import { Field, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import {
  ENTITY_KINDS,
  ENTITY_SCHEMA,
  RELATION_PROPERTY_NAMES,
  RELATION_PROPERTY_SCHEMA,
  typesCarrying,
  type EntityKind,
  type RelationType,
} from '../../ontology/model.ts';
import { propertyField } from './property-field.ts';
import type { StoredEntity } from '../../graph/store.ts';
import { EntityKindEnum, RelationTypeEnum } from './enums.ts';

@ObjectType({ description: 'A report the graph was built from.', simpleResolvers: true })
export class Report {
  @Field(() => ID, { description: 'Hash of the normalized text: the same report always has the same id.' })
  id!: string;
  @Field(() => String, { description: "The file's base name, or the name given when it was ingested." })
  name!: string;
  @Field(() => String, { nullable: true })
  title?: string;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) when the report states one.' })
  publishedAt?: string;
  @Field(() => String, { nullable: true, description: 'The publishing site or source named in the report.' })
  source?: string;
  @Field(() => [String])
  authors!: string[];
  @Field(() => Int)
  entityCount!: number;
  @Field(() => Int)
  relationCount!: number;
}

@ObjectType({ description: 'A sentence of a report that states a fact.', simpleResolvers: true })
export class Evidence {
  @Field(() => Report)
  report!: Report;
  @Field(() => String, { description: 'The sentence, normalized (Simplified Chinese).' })
  sentence!: string;
  @Field(() => Int, { description: "Offset of the sentence in the report's original text." })
  start!: number;
  @Field(() => Int)
  end!: number;
}

@ObjectType({ description: 'Where a report names an entity.', simpleResolvers: true })
export class Mention {
  @Field(() => Report)
  report!: Report;
  @Field(() => String, { description: 'The sentence that names the entity.' })
  sentence!: string;
  @Field(() => String, { description: 'The name as the sentence writes it.' })
  surface!: string;
  @Field(() => Int)
  start!: number;
  @Field(() => Int)
  end!: number;
}

@InterfaceType({
  description:
    'Anything the graph holds a node for. Its id is its kind plus its canonical name, e.g. "Park:<name>" (a body ' +
    'a report names by its level word alone, such as 省政府, adds "@<report id>": each report\'s place has its own).',
  resolveType: (value: StoredEntity) => value.kind,
})
export abstract class Entity {
  @Field(() => ID)
  id!: string;
  @Field(() => EntityKindEnum)
  kind!: EntityKind;
  @Field(() => String, { description: 'Canonical name, Simplified Chinese.' })
  name!: string;
  @Field(() => [String], { description: 'Other names reports use for it.' })
  aliases!: string[];
}

/** The object type of one kind, named and described as the ontology model does. */
function kindType(kind: EntityKind): typeof Entity {
  const type = { [kind]: class extends Entity {} }[kind]!;
  ObjectType(kind, { implements: Entity, description: ENTITY_SCHEMA[kind].description, simpleResolvers: true })(type);
  return type;
}

/** The object type of each kind, one per kind of the model. */
export const KIND_TYPES = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, kindType(kind)])) as Record<
  EntityKind,
  typeof Entity
>;

@ObjectType({ description: 'A fact: `from` relates to `to`, with the sentences that state it.', simpleResolvers: true })
export class Relation {
  @Field(() => RelationTypeEnum)
  type!: RelationType;
  @Field(() => Entity)
  from!: Entity;
  @Field(() => Entity)
  to!: Entity;
  // evidence (a connection), firstSeen and lastSeen: field resolvers (resolvers/entity.ts)
  @Field(() => ID, { description: 'Stable: "<from id>|<type>|<to id>".' })
  id!: string;
  @Field(() => ID)
  fromId!: string;
  @Field(() => ID)
  toId!: string;
  // and one nullable field per relation property of the model (below)
}
for (const property of RELATION_PROPERTY_NAMES) {
  const description = `${typesCarrying(property).join(', ')}: ${RELATION_PROPERTY_SCHEMA[property].description}.`;
  propertyField(Relation.prototype, property, description);
}

@ObjectType({ description: 'Entities and the relations among them.', simpleResolvers: true })
export class Subgraph {
  @Field(() => [Entity])
  nodes!: Entity[];
  @Field(() => [Relation])
  edges!: Relation[];
}

@ObjectType({ description: 'Counts of what the graph holds.', simpleResolvers: true })
export class KindCount {
  @Field(() => EntityKindEnum)
  kind!: EntityKind;
  @Field(() => Int)
  count!: number;
}

@ObjectType({ simpleResolvers: true })
export class TypeCount {
  @Field(() => RelationTypeEnum)
  type!: RelationType;
  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'What the graph holds.', simpleResolvers: true })
export class Stats {
  @Field(() => Int)
  reports!: number;
  @Field(() => Int)
  entities!: number;
  @Field(() => Int)
  relations!: number;
  @Field(() => [KindCount])
  entitiesByKind!: KindCount[];
  @Field(() => [TypeCount])
  relationsByType!: TypeCount[];
}
