// Relay-style cursor connections (edges { node cursor }, pageInfo, totalCount), one factory for every list.
import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { ENTITY_KINDS, type EntityKind } from '../../ontology/model.ts';
import { Entity, Evidence, KIND_TYPES, Relation, Report } from './entity.ts';

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
export const EvidenceConnection = connectionType('Evidence', Evidence);
export const EntityConnection = connectionType('Entity', Entity);
/** The connection type of each kind's list (ParkConnection, ...). */
export const KIND_CONNECTIONS = Object.fromEntries(
  ENTITY_KINDS.map((kind) => [kind, connectionType(kind, KIND_TYPES[kind])]),
) as Record<EntityKind, ClassType>;
