// Domain edges: relationship fields that read like the domain (a park's companies, an official's positions, ...).
// Each carries the relation's properties and the evidence that states it.
import { Field, Float, ObjectType } from 'type-graphql';
import { Company, Entity, Evidence, Industry, Park, Partnership, Region } from './entity.ts';
import { RelationTypeEnum } from './enums.ts';
import type { RelationType } from '../../ontology/model.ts';

@ObjectType() // a base only: never reachable, so never in the schema
abstract class DomainEdge {
  @Field(() => [Evidence], { description: 'The sentences that state this relation.' })
  evidence!: Evidence[];
}

@ObjectType({ description: 'A company in a park: one that invests in it or is located in it.', simpleResolvers: true })
export class ParkCompany extends DomainEdge {
  @Field(() => Company)
  company!: Company;
  @Field(() => RelationTypeEnum, { description: 'INVESTS_IN or LOCATED_IN.' })
  type!: RelationType;
  @Field(() => Float, { nullable: true, description: 'Invested amount in yuan, where stated.' })
  amount?: number;
  @Field(() => String, {
    nullable: true,
    description: 'Stage of the investment (签约, 开工, 竣工, 投产), where stated.',
  })
  status?: string;
}

@ObjectType({ description: 'A company investing in a park, project or region.', simpleResolvers: true })
export class Investment extends DomainEdge {
  @Field(() => Company)
  company!: Company;
  @Field(() => Entity, { description: 'The park, project or region invested in.' })
  target!: Entity;
  @Field(() => Float, { nullable: true, description: 'Amount in yuan, where stated.' })
  amount?: number;
  @Field(() => String, { nullable: true, description: 'Stage (签约, 开工, 竣工, 投产), where stated.' })
  status?: string;
}

@ObjectType({
  description: 'A post an official or person holds in a park, region, organization or company.',
  simpleResolvers: true,
})
export class Position extends DomainEdge {
  @Field(() => Entity, { description: 'The official or person.' })
  holder!: Entity;
  @Field(() => Entity, { description: 'The park, region, organization or company.' })
  at!: Entity;
  @Field(() => String, { nullable: true, description: 'The post, e.g. 党工委书记.' })
  title?: string;
}

@ObjectType({ description: 'An industry a park or region focuses on.', simpleResolvers: true })
export class IndustryFocus extends DomainEdge {
  @Field(() => Entity, { description: 'The park or region.' })
  subject!: Entity;
  @Field(() => Industry)
  industry!: Industry;
  @Field(() => String, { nullable: true, description: '主导, 先导 or 新兴, where stated.' })
  tier?: string;
}

@ObjectType({ description: 'A park or region taking part in a partnership.', simpleResolvers: true })
export class Membership extends DomainEdge {
  @Field(() => Entity, { description: 'The park or region.' })
  member!: Entity;
  @Field(() => Partnership)
  partnership!: Partnership;
  @Field(() => String, { nullable: true, description: 'lead or member.' })
  role?: string;
}

@ObjectType({ description: 'A related park.', simpleResolvers: true })
export class ParkLink extends DomainEdge {
  @Field(() => Park)
  park!: Park;
}

@ObjectType({ description: 'A related region.', simpleResolvers: true })
export class RegionLink extends DomainEdge {
  @Field(() => Region)
  region!: Region;
}

@ObjectType({ description: 'A related entity.', simpleResolvers: true })
export class EntityLink extends DomainEdge {
  @Field(() => Entity)
  entity!: Entity;
}

@ObjectType({
  description: 'A park linked to this one through a partnership both belong to (evidence: its membership).',
  simpleResolvers: true,
})
export class LinkedPark extends DomainEdge {
  @Field(() => Park)
  park!: Park;
  @Field(() => Partnership)
  partnership!: Partnership;
}
