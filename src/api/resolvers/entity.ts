// Fields every entity has (relations, mentions), and how relations, evidence and mentions reach their entities
// and reports (through the request's loaders).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Resolver, Root, type ClassType } from 'type-graphql';
import type { StoredEntity, StoredEvidence, StoredMention, StoredRelation, StoredReport } from '../../graph/store.ts';
import type { ApiContext } from '../context.ts';
import { checkFirst } from '../input.ts';
import { paginate } from '../pagination.ts';
import { relationDetail } from '../requested-fields.ts';
import { Entity, Evidence, Mention, Relation, Report } from '../types/entity.ts';
import { EntityConnection, EvidenceConnection, RelationConnection, type ConnectionData } from '../types/connection.ts';
import { DateScalar } from '../types/date.ts';
import { pageOfList, relationsOfReport, reportDates, seenDates } from '../facts.ts';
import { EvidenceArgs, RelationArgs, ReportEntityArgs, ReportRelationArgs, relationFilter } from './args.ts';

@Resolver(() => Entity)
export class EntityResolver {
  @FieldResolver(() => RelationConnection, { description: 'Its relations, a page at a time.' })
  relations(
    @Root() entity: StoredEntity,
    @Args(() => RelationArgs) args: RelationArgs,
    @Ctx() { store }: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ConnectionData<StoredRelation>> {
    checkFirst(args.first);
    const detail = relationDetail(info, ['edges', 'node']);
    return paginate((page) => store.relationsOf(entity.id, relationFilter(args), page, detail), args.first, args.after);
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

/** A page of a fact's evidence sentences, in the order the store keeps them (cursors are positions). */
export function evidenceConnection(
  evidence: readonly StoredEvidence[],
  { first, after }: EvidenceArgs,
): Promise<ConnectionData<StoredEvidence>> {
  checkFirst(first);
  const keyed = evidence.map((item, i) => ({ item, key: String(i).padStart(8, '0') }));
  return paginate(
    async (page) => {
      const { items, ...rest } = pageOfList(keyed, (k) => k.key, page);
      return { ...rest, items: items.map((k) => k.item) };
    },
    first,
    after,
  );
}

/** The earliest or latest publication date of the reports stating a fact (null when none is dated). */
export async function seen(
  { loaders }: ApiContext,
  fact: { evidence: StoredEvidence[] },
  which: 'firstSeen' | 'lastSeen',
): Promise<string | null> {
  const dates = await reportDates(loaders, [fact as StoredRelation]);
  return seenDates(fact as StoredRelation, dates)[which] ?? null;
}

const FIRST_SEEN = 'The earliest publication date of the reports that state it (null when none is dated).';
const LAST_SEEN = 'The latest publication date of the reports that state it (null when none is dated).';

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => EvidenceConnection, { description: 'The sentences that state it, a page at a time.' })
  evidence(@Root() relation: StoredRelation, @Args(() => EvidenceArgs) args: EvidenceArgs) {
    return evidenceConnection(relation.evidence, args);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: FIRST_SEEN })
  firstSeen(@Root() relation: StoredRelation, @Ctx() context: ApiContext) {
    return seen(context, relation, 'firstSeen');
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: LAST_SEEN })
  lastSeen(@Root() relation: StoredRelation, @Ctx() context: ApiContext) {
    return seen(context, relation, 'lastSeen');
  }

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

@Resolver(() => Report)
export class ReportResolver {
  @FieldResolver(() => RelationConnection, { description: 'The facts this report states, a page at a time.' })
  async relations(
    @Root() report: StoredReport,
    @Args(() => ReportRelationArgs) { types, first, after }: ReportRelationArgs,
    @Ctx() { store }: ApiContext,
  ) {
    checkFirst(first);
    const facts = await relationsOfReport(store, report.id, types ?? undefined);
    return paginate(async (page) => pageOfList(facts, (r) => r.id, page), first, after);
  }

  @FieldResolver(() => EntityConnection, { description: 'The entities this report names, a page at a time.' })
  async entities(
    @Root() report: StoredReport,
    @Args(() => ReportEntityArgs) { kinds, first, after }: ReportEntityArgs,
    @Ctx() { store, loaders }: ApiContext,
  ) {
    checkFirst(first);
    const named = await store.entitiesOfReport(report.id);
    const kept = kinds?.length ? named.filter((e) => kinds.includes(e.kind)) : named;
    loaders.prime(kept);
    return paginate(async (page) => pageOfList(kept, (e) => e.id, page), first, after);
  }
}

/**
 * The resolver class that gives a domain edge type its evidence (a connection), firstSeen and lastSeen, made as the
 * decorators would: the edge objects carry their relation's evidence.
 */
export function domainEdgeResolver(type: ClassType): ClassType {
  const resolver = { [`${type.name}EdgeResolver`]: class {} }[`${type.name}EdgeResolver`]!;
  const prototype = resolver.prototype as Record<string, unknown>;
  const field = (name: string, make: () => unknown, options: object) =>
    FieldResolver(make as () => ClassType, options)(prototype, name, Object.getOwnPropertyDescriptor(prototype, name)!);
  prototype.evidence = (edge: { evidence: StoredEvidence[] }, args: EvidenceArgs) =>
    evidenceConnection(edge.evidence, args);
  Root()(prototype, 'evidence', 0);
  Args(() => EvidenceArgs)(prototype, 'evidence', 1);
  field('evidence', () => EvidenceConnection, {
    description: 'The sentences that state this relation, a page at a time.',
  });
  for (const [name, description] of [
    ['firstSeen', FIRST_SEEN],
    ['lastSeen', LAST_SEEN],
  ] as const) {
    prototype[name] = (edge: { evidence: StoredEvidence[] }, context: ApiContext) => seen(context, edge, name);
    Root()(prototype, name, 0);
    Ctx()(prototype, name, 1);
    field(name, () => DateScalar, { nullable: true, description });
  }
  Resolver(() => type)(resolver);
  return resolver;
}

@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => Report)
  report(@Root() mention: StoredMention, @Ctx() context: ApiContext) {
    return loadReport(context, mention.reportId);
  }
}
