// The query roots: the generic lookups apps embed, typed lists per kind, reports and stats.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, ID, Info, Query, Resolver, type ClassType } from 'type-graphql';
import { ENTITY_KINDS, ENTITY_SCHEMA, endKinds, kindOfId, type EntityKind } from '../../ontology/model.ts';
import type { EntityFilter, StoredEntity, Subgraph as StoredSubgraph } from '../../graph/store.ts';
import type { ApiContext } from '../context.ts';
import { notFound, badInput } from '../errors.ts';
import { checkEntityId, checkFirst, checkRange, normalizeQuery } from '../input.ts';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_NODES, MAX_PATH_HOPS } from '../limits.ts';
import { paginate } from '../pagination.ts';
import { asksOnlyEnds, relationDetail } from '../requested-fields.ts';
import { searchEntities } from '../search.ts';
import { matchingFacts, pageOfList } from '../facts.ts';
import { resolveEntityRef } from '../entity-ref.ts';
import { findPaths } from '../../graph/paths.ts';
import { Entity, Report, Stats, Subgraph } from '../types/entity.ts';
import { EntityConnection, KIND_CONNECTIONS, RelationConnection, ReportConnection } from '../types/connection.ts';
import {
  EntitiesArgs,
  EntityListArgs,
  FocusListArgs,
  NeighborhoodArgs,
  PageArgs,
  PathArgs,
  PathsArgs,
  RelationsOfArgs,
  SearchArgs,
  relationFilter,
} from './args.ts';

async function requireEntity(context: ApiContext, argument: string, id: string): Promise<StoredEntity> {
  checkEntityId(argument, id);
  const found = await context.loaders.entity.load(id);
  if (!found) throw notFound(`${argument}: no entity has the id "${id}"`);
  return found;
}

/**
 * Runs `work` while checking that the entities it starts from exist (in parallel, to save a round trip): a missing
 * one is NOT_FOUND, whatever `work` made of the unknown id.
 */
async function whileChecking<T>(context: ApiContext, ids: Record<string, string>, work: () => Promise<T>): Promise<T> {
  for (const [argument, id] of Object.entries(ids)) checkEntityId(argument, id);
  const checks = Object.entries(ids).map(([argument, id]) => requireEntity(context, argument, id));
  const [result, ...found] = await Promise.allSettled([work(), ...checks]);
  for (const check of found) if (check.status === 'rejected') throw check.reason;
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

function checkKindOf(argument: string, id: string, kind: EntityKind): string {
  checkEntityId(argument, id);
  if (kindOfId(id) !== kind) throw badInput(`${argument}: "${id}" is not a ${kind} id`);
  return id;
}

async function listEntities(context: ApiContext, kinds: EntityKind[], args: FocusListArgs) {
  checkFirst(args.first);
  const filter: EntityFilter = { kinds };
  if (args.nameContains !== undefined && args.nameContains !== null) {
    filter.nameContains = normalizeQuery('nameContains', args.nameContains);
  }
  if (args.region) filter.inRegion = checkKindOf('region', args.region, 'Region');
  if (args.industry) filter.industry = checkKindOf('industry', args.industry, 'Industry');
  const connection = await paginate((page) => context.store.findEntities(filter, page), args.first, args.after);
  context.loaders.prime(connection.edges.map((edge) => edge.node));
  return connection;
}

/** At most this many paths per `paths` query: each one more is a search of its own per relation of the last. */
const MAX_PATHS = 10;

async function findPathsBetween(context: ApiContext, args: PathsArgs): Promise<StoredSubgraph[]> {
  const { maxHops, types, avoidKinds, first } = args;
  checkRange('maxHops', maxHops, 1, MAX_PATH_HOPS);
  const [from, to] = await Promise.all([
    resolveEntityRef(context, 'from', args.from),
    resolveEntityRef(context, 'to', args.to),
  ]);
  const restricted = (types?.length ?? 0) > 0 || (avoidKinds?.length ?? 0) > 0;
  let found: StoredSubgraph[];
  if (first === 1 && !restricted) {
    const path = await context.store.shortestPath(from.id, to.id, maxHops);
    found = path ? [path] : [];
  } else {
    found = await findPaths(context.store, from.id, to.id, {
      maxHops,
      first,
      ...(types?.length ? { types } : {}),
      ...(avoidKinds?.length ? { avoidKinds } : {}),
    });
  }
  for (const path of found) context.loaders.prime(path.nodes);
  return found;
}

@Resolver()
export class LookupResolver {
  @Query(() => Entity, { nullable: true, description: 'The entity with this id, or null.' })
  entity(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext) {
    checkEntityId('id', id);
    return context.loaders.entity.load(id);
  }

  @Query(() => [Entity], {
    description:
      'Entities whose name or alias matches the text (Traditional or Simplified, full or partial), exact matches first.',
  })
  async search(@Args(() => SearchArgs) { text, kinds, first }: SearchArgs, @Ctx() context: ApiContext) {
    checkFirst(first);
    const query = normalizeQuery('text', text);
    const found = await searchEntities(context.store, query, { kinds: kinds?.length ? kinds : undefined, first });
    context.loaders.prime(found);
    return found;
  }

  @Query(() => RelationConnection, {
    description:
      'Facts, a page at a time: the relations of an entity (`of`), those a report states (`report`), those stated ' +
      'by reports published in a date range, or any mix of these; at least one is required.',
  })
  async relations(
    @Args(() => RelationsOfArgs) args: RelationsOfArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkFirst(args.first);
    const { of, report, publishedFrom, publishedTo } = args;
    if (of) checkEntityId('of', of);
    const checks: Record<string, string> = of ? { of } : {};
    if (!report && !publishedFrom && !publishedTo && of) {
      return whileChecking(context, checks, () =>
        paginate(
          (page) => context.store.relationsOf(of, relationFilter(args), page, relationDetail(info, ['edges', 'node'])),
          args.first,
          args.after,
        ),
      );
    }
    if (report && !(await context.loaders.report.load(report))) {
      throw notFound(`report: no report has the id "${report}"`);
    }
    const { types, direction } = relationFilter(args);
    const query = {
      ...(of ? { of } : {}),
      ...(report ? { report } : {}),
      range: { ...(publishedFrom ? { from: publishedFrom } : {}), ...(publishedTo ? { to: publishedTo } : {}) },
      ...(types ? { types } : {}),
      direction: direction ?? 'BOTH',
    };
    const facts = await whileChecking(context, checks, () => matchingFacts(context.store, context.loaders, query));
    return paginate(async (page) => pageOfList(facts, (r) => r.id, page), args.first, args.after);
  }

  @Query(() => Subgraph, {
    nullable: true,
    description:
      `A shortest path between two entities (ids, or exact names or aliases), or null when none is within ` +
      `maxHops (1 to ${MAX_PATH_HOPS}); types and avoidKinds restrict the relations and entities it may cross.`,
  })
  async path(@Args(() => PathArgs) args: PathArgs, @Ctx() context: ApiContext) {
    const [path] = await findPathsBetween(context, { ...args, first: 1 });
    return path ?? null;
  }

  @Query(() => [Subgraph], {
    description: 'The k shortest paths between two entities (ids, or exact names or aliases), shortest first.',
  })
  paths(@Args(() => PathsArgs) args: PathsArgs, @Ctx() context: ApiContext) {
    checkRange('first', args.first, 1, MAX_PATHS);
    return findPathsBetween(context, args);
  }

  @Query(() => Subgraph, {
    description: `The entities within depth hops (1 to ${MAX_NEIGHBORHOOD_DEPTH}) of an entity, at most limit of them (1 to ${MAX_NEIGHBORHOOD_NODES}), and the relations among them.`,
  })
  async neighborhood(
    @Args(() => NeighborhoodArgs) { of, depth, limit }: NeighborhoodArgs,
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    checkRange('depth', depth, 1, MAX_NEIGHBORHOOD_DEPTH);
    checkRange('limit', limit, 1, MAX_NEIGHBORHOOD_NODES);
    // A graph view asks only each edge's ends: the store may then answer without reading properties and evidence.
    const endsOnly = asksOnlyEnds(info, ['edges']);
    const subgraph = await whileChecking(context, { of }, () =>
      context.store.neighborhood(of, { depth, limit, endsOnly }),
    );
    context.loaders.prime(subgraph.nodes);
    return subgraph;
  }

  @Query(() => EntityConnection, { description: 'Entities of any kinds, filtered, a page at a time.' })
  entities(@Args(() => EntitiesArgs) { kinds, ...args }: EntitiesArgs, @Ctx() context: ApiContext) {
    return listEntities(context, kinds?.length ? kinds : [...ENTITY_KINDS], args);
  }
}

/** The lists that say more than their name. */
const LIST_DESCRIPTIONS: Partial<Record<EntityKind, string>> = {
  Park: 'Parks, filtered by name, region or industry.',
  Region: 'Regions, filtered by name, enclosing region or industry.',
};

/**
 * The resolver class of one list per kind, named by the model's plural, made as the decorators would. The kinds that
 * may focus on an industry can be filtered by it too.
 */
function kindListResolver(): ClassType {
  class KindListResolver {}
  const prototype = KindListResolver.prototype as unknown as Record<string, unknown>;
  const focusing = endKinds('FOCUSES_ON', 'from');
  for (const kind of ENTITY_KINDS) {
    const name = ENTITY_SCHEMA[kind].plural;
    const args = focusing.includes(kind) ? FocusListArgs : EntityListArgs;
    prototype[name] = (filter: EntityListArgs, context: ApiContext) => listEntities(context, [kind], filter);
    Args(() => args)(prototype, name, 0);
    Ctx()(prototype, name, 1);
    const description = LIST_DESCRIPTIONS[kind];
    Query(() => KIND_CONNECTIONS[kind], description ? { description } : {})(
      prototype,
      name,
      Object.getOwnPropertyDescriptor(prototype, name)!,
    );
  }
  Resolver()(KindListResolver);
  return KindListResolver;
}

export const KindListResolver = kindListResolver();

@Resolver()
export class ListResolver {
  @Query(() => ReportConnection, { description: 'The reports the graph was built from.' })
  reports(@Args(() => PageArgs) args: PageArgs, @Ctx() context: ApiContext) {
    checkFirst(args.first);
    return paginate((page) => context.store.reports(page), args.first, args.after);
  }

  @Query(() => Report, { nullable: true })
  report(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext) {
    return context.loaders.report.load(id);
  }

  @Query(() => Stats, { description: 'How many reports, entities and relations the graph holds.' })
  async stats(@Ctx() context: ApiContext) {
    const stats = await context.store.stats();
    const byKind = Object.entries(stats.entities).map(([kind, count]) => ({ kind, count: count ?? 0 }));
    const byType = Object.entries(stats.relations).map(([type, count]) => ({ type, count: count ?? 0 }));
    return {
      reports: stats.reports,
      entities: byKind.reduce((sum, { count }) => sum + count, 0),
      relations: byType.reduce((sum, { count }) => sum + count, 0),
      entitiesByKind: byKind,
      relationsByType: byType,
    };
  }
}
