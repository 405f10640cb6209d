// Relay-style cursor connections (edges { node cursor }, pageInfo, totalCount), one factory for every list.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { Entity, KIND_TYPES, Relation, Report } from './entity.ts';

@ObjectType({ description: 'Where a page ends, and whether more follow.', simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;
  @Field(() => Boolean, { description: 'Always false: pages are read forward with `after`.' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true })
  startCursor?: string;
  @Field(() => String, { nullable: true, description: 'Pass it as `after` to read the next page.' })
  endCursor?: string;
}

export interface ConnectionData<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

function connectionType<T extends object>(name: string, node: ClassType<T> | typeof Entity) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field(() => node)
    node!: T;
    @Field(() => String, { description: 'Pass it as `after` to read the items that follow this one.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items.`, simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];
    @Field(() => PageInfo)
    pageInfo!: PageInfo;
    @Field(() => Int, { description: 'How many items match in all, across pages.' })
    totalCount!: number;
  }
  return Connection;
}

export const RelationConnection = connectionType('Relation', Relation);
export const ReportConnection = connectionType('Report', Report);
export const EntityConnection = connectionType('Entity', Entity);
export const ParkConnection = connectionType('Park', KIND_TYPES.Park);
export const CompanyConnection = connectionType('Company', KIND_TYPES.Company);
export const OfficialConnection = connectionType('Official', KIND_TYPES.Official);
export const PersonConnection = connectionType('Person', KIND_TYPES.Person);
export const RegionConnection = connectionType('Region', KIND_TYPES.Region);
export const OrganizationConnection = connectionType('Organization', KIND_TYPES.Organization);
export const IndustryConnection = connectionType('Industry', KIND_TYPES.Industry);
export const ProjectConnection = connectionType('Project', KIND_TYPES.Project);
export const PartnershipConnection = connectionType('Partnership', KIND_TYPES.Partnership);
