// The graph's object types: the Entity interface, one type per kind, relations with evidence, reports, subgraphs.
import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import type { EntityKind, RelationType } from '../../ontology/model.ts';
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
  description: 'Anything the graph holds a node for. Its id is its kind plus its canonical name, e.g. "Park:<name>".',
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

const kindType = (description: string) => ObjectType({ implements: Entity, description, simpleResolvers: true });

@kindType('An industrial park, development zone, hi-tech zone, co-built park or similar carrier.')
export class Park extends Entity {}
@kindType('An enterprise or business group.')
export class Company extends Entity {}
@kindType('A person named with a government or Party post.')
export class Official extends Entity {}
@kindType('A named person with another role, such as a company executive or an expert.')
export class Person extends Entity {}
@kindType('An administrative area, a foreign country or a named macro-region.')
export class Region extends Entity {}
@kindType('A non-company body: government organ, Party committee, administrative committee, institute, university.')
export class Organization extends Entity {}
@kindType('An industry or sector a park or region develops.')
export class Industry extends Entity {}
@kindType('A named construction or investment project, facility or platform.')
export class Project extends Entity {}
@kindType('A named cooperation scheme that links parks or regions.')
export class Partnership extends Entity {}

/** The object type of each kind; every kind must have one (checked by the compiler). */
export const KIND_TYPES: Record<EntityKind, typeof Entity> = {
  Park,
  Company,
  Official,
  Person,
  Region,
  Organization,
  Industry,
  Project,
  Partnership,
};

@ObjectType({ description: 'A fact: `from` relates to `to`, with the sentences that state it.', simpleResolvers: true })
export class Relation {
  @Field(() => RelationTypeEnum)
  type!: RelationType;
  @Field(() => Entity)
  from!: Entity;
  @Field(() => Entity)
  to!: Entity;
  @Field(() => [Evidence])
  evidence!: Evidence[];
  @Field(() => ID, { description: 'Stable: "<from id>|<type>|<to id>".' })
  id!: string;
  @Field(() => ID)
  fromId!: string;
  @Field(() => ID)
  toId!: string;
  @Field(() => String, { nullable: true, description: 'HOLDS_POSITION: the post, e.g. 党工委书记.' })
  title?: string;
  @Field(() => Float, { nullable: true, description: 'INVESTS_IN: the amount in yuan.' })
  amount?: number;
  @Field(() => String, { nullable: true, description: "INVESTS_IN: the project's stage (签约, 开工, 竣工, 投产)." })
  status?: string;
  @Field(() => String, { nullable: true, description: 'FOCUSES_ON: 主导, 先导 or 新兴.' })
  tier?: string;
  @Field(() => String, { nullable: true, description: 'MEMBER_OF: lead or member.' })
  role?: string;
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
