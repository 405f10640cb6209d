// Fields every entity has (relations, mentions), and how relations, evidence and mentions reach their entities
// and reports (through the request's loaders).
import { Arg, Args, Ctx, FieldResolver, ID, Int, Resolver, Root } from 'type-graphql';
import type { StoredEntity, StoredEvidence, StoredMention, StoredRelation, StoredReport } from '../../graph/store.ts';
import type { ApiContext } from '../context.ts';
import { checkFirst } from '../input.ts';
import { paginate } from '../pagination.ts';
import { Entity, Evidence, Mention, Relation, Report } from '../types/entity.ts';
import { RelationConnection, type ConnectionData } from '../types/connection.ts';
import { RelationArgs, relationFilter } from './args.ts';

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => RelationConnection, { description: 'Its relations, a page at a time.' })
  relations(
    @Root() entity: StoredEntity,
    @Args(() => RelationArgs) args: RelationArgs,
    @Ctx() { store }: ApiContext,
  ): Promise<ConnectionData<StoredRelation>> {
    checkFirst(args.first);
    return paginate((page) => store.relationsOf(entity.id, relationFilter(args), page), args.first, args.after);
  }

  @FieldResolver(() => [Mention], { description: 'Where reports name it.' })
  async mentions(
    @Root() entity: StoredEntity,
    @Arg('first', () => Int, {
      nullable: true,
      defaultValue: 20,
      description: 'At most this many mentions (0 to 100).',
    })
    first: number,
    @Ctx() { loaders }: ApiContext,
  ): Promise<StoredMention[]> {
    checkFirst(first);
    return (await loaders.mentions.load(entity.id)).slice(0, first);
  }
}

/** An entity an edge points to; a dangling id is a store bug, reported as an internal error. */
export async function loadEntity({ loaders }: ApiContext, id: string): Promise<StoredEntity> {
  const found = await loaders.entity.load(id);
  if (!found) throw new Error(`the store has a relation to ${id} but no such entity`);
  return found;
}

async function loadReport({ loaders }: ApiContext, id: string): Promise<StoredReport> {
  const found = await loaders.report.load(id);
  if (!found) throw new Error(`the store has evidence from report ${id} but no such report`);
  return found;
}

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => Entity)
  from(@Root() relation: StoredRelation, @Ctx() context: ApiContext) {
    return loadEntity(context, relation.from);
  }

  @FieldResolver(() => Entity)
  to(@Root() relation: StoredRelation, @Ctx() context: ApiContext) {
    return loadEntity(context, relation.to);
  }

  @FieldResolver(() => ID)
  fromId(@Root() relation: StoredRelation) {
    return relation.from;
  }

  @FieldResolver(() => ID)
  toId(@Root() relation: StoredRelation) {
    return relation.to;
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Report)
  report(@Root() evidence: StoredEvidence, @Ctx() context: ApiContext) {
    return loadReport(context, evidence.reportId);
  }
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Report)
  report(@Root() mention: StoredMention, @Ctx() context: ApiContext) {
    return loadReport(context, mention.reportId);
  }
}
