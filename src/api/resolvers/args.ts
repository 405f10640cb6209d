// Argument sets (as type-graphql ArgsTypes, which keep their declaration order in the schema).
import { ArgsType, Field, ID, Int, type ClassType } from 'type-graphql';
import type { EntityKind, RelationType } from '../../ontology/model.ts';
import type { Direction, RelationFilter } from '../../graph/store.ts';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_NODES, MAX_PATH_HOPS } from '../limits.ts';
import { DateScalar } from '../types/date.ts';
import { DirectionEnum, EntityKindEnum, RelationTypeEnum } from '../types/enums.ts';

@ArgsType()
class NoArgs {}

@ArgsType()
class OfArgs {
  @Field(() => ID, { description: 'The entity id.' })
  of!: string;
}

/** Adds the relation filter and page arguments to `Base`'s (Entity.relations has none before them, Query.relations has `of`). */
function withRelationPage<TBase extends ClassType>(Base: TBase) {
  @ArgsType()
  class RelationPage extends Base {
    @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only these types (default: all).' })
    types?: RelationType[];
    @Field(() => DirectionEnum, { nullable: true, defaultValue: 'BOTH' })
    direction!: Direction;
    @Field(() => Int, { nullable: true, defaultValue: 20, description: 'At most this many relations (0 to 100).' })
    first!: number;
    @Field(() => String, { nullable: true, description: 'A cursor from a previous page: read the relations after it.' })
    after?: string;
  }
  return RelationPage;
}

@ArgsType()
export class RelationArgs extends withRelationPage(NoArgs) {}

@ArgsType()
class NarrowedArgs {
  @Field(() => ID, { nullable: true, description: 'Relations of this entity.' })
  of?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only facts stated by a report published on or after this day.',
  })
  publishedFrom?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only facts stated by a report published on or before this day.',
  })
  publishedTo?: string;
  @Field(() => ID, { nullable: true, description: 'Only facts this report states.' })
  report?: string;
}

/** Query.relations: `of`, a report or a date range narrows them (at least one is required). */
@ArgsType()
export class RelationsOfArgs extends withRelationPage(NarrowedArgs) {}

@ArgsType()
export class ReportRelationArgs {
  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only these types (default: all).' })
  types?: RelationType[];
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'At most this many (0 to 100).' })
  first!: number;
  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: read the items after it.' })
  after?: string;
}

@ArgsType()
export class ReportEntityArgs {
  @Field(() => [EntityKindEnum], { nullable: true, description: 'Only these kinds (default: all).' })
  kinds?: EntityKind[];
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'At most this many (0 to 100).' })
  first!: number;
  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: read the items after it.' })
  after?: string;
}

@ArgsType()
export class EvidenceArgs {
  @Field(() => Int, { nullable: true, defaultValue: 5, description: 'At most this many sentences (0 to 100).' })
  first!: number;
  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: read the sentences after it.' })
  after?: string;
}

export function relationFilter({ types, direction }: RelationArgs): RelationFilter {
  return { ...(types && types.length > 0 ? { types } : {}), direction: direction ?? 'BOTH' };
}

@ArgsType()
export class SearchArgs {
  @Field(() => String, { description: 'A name, an alias or part of one; Traditional or Simplified.' })
  text!: string;
  @Field(() => [EntityKindEnum], { nullable: true, description: 'Only these kinds (default: all).' })
  kinds?: EntityKind[];
  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'At most this many (0 to 100).' })
  first!: number;
}

@ArgsType()
export class PathArgs {
  @Field(() => ID, { description: 'An entity id, or an exact name or alias (Simplified or Traditional).' })
  from!: string;
  @Field(() => ID, { description: 'An entity id, or an exact name or alias (Simplified or Traditional).' })
  to!: string;
  @Field(() => Int, {
    nullable: true,
    defaultValue: 4,
    description: `At most this many relations (1 to ${MAX_PATH_HOPS}).`,
  })
  maxHops!: number;
  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only through relations of these types.' })
  types?: RelationType[];
  @Field(() => [EntityKindEnum], {
    nullable: true,
    description: 'Never through entities of these kinds (the ends excepted), e.g. INDUSTRY to avoid generic hubs.',
  })
  avoidKinds?: EntityKind[];
}

@ArgsType()
export class PathsArgs extends PathArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 3,
    description: 'At most this many paths, shortest first (1 to 10).',
  })
  first!: number;
}

@ArgsType()
export class NeighborhoodArgs extends OfArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: `Hops from the entity (1 to ${MAX_NEIGHBORHOOD_DEPTH}).`,
  })
  depth!: number;
  @Field(() => Int, {
    nullable: true,
    defaultValue: 100,
    description: `At most this many entities (1 to ${MAX_NEIGHBORHOOD_NODES}).`,
  })
  limit!: number;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'At most this many items (0 to 100).' })
  first!: number;
  @Field(() => String, { nullable: true, description: 'A cursor from a previous page: read the items after it.' })
  after?: string;
}

@ArgsType()
export class EntityListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or of an alias (Traditional is accepted).' })
  nameContains?: string;
  @Field(() => ID, { nullable: true, description: 'Only entities located (directly or not) in this region id.' })
  region?: string;
}

@ArgsType()
export class FocusListArgs extends EntityListArgs {
  @Field(() => ID, { nullable: true, description: 'Only those that focus on this industry id.' })
  industry?: string;
}

@ArgsType()
export class EntitiesArgs extends EntityListArgs {
  @Field(() => [EntityKindEnum], { nullable: true, description: 'Only these kinds (default: all).' })
  kinds?: EntityKind[];
}
