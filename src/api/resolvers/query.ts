// The query roots: the generic lookups apps embed, typed lists per kind, reports and stats.
import { Arg, Args, Ctx, ID, Query, Resolver, type ClassType } from 'type-graphql';
import { ENTITY_KINDS, ENTITY_SCHEMA, endKinds, kindOfId, type EntityKind } from '../../ontology/model.ts';
import type { EntityFilter, StoredEntity } from '../../graph/store.ts';
import type { ApiContext } from '../context.ts';
import { notFound, badInput } from '../errors.ts';
import { checkEntityId, checkFirst, checkRange, normalizeQuery } from '../input.ts';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_NEIGHBORHOOD_NODES, MAX_PATH_HOPS } from '../limits.ts';
import { paginate } from '../pagination.ts';
import { searchEntities } from '../search.ts';
import { Entity, Report, Stats, Subgraph } from '../types/entity.ts';
import { EntityConnection, KIND_CONNECTIONS, RelationConnection, ReportConnection } from '../types/connection.ts';
import {
  EntitiesArgs,
  EntityListArgs,
  FocusListArgs,
  NeighborhoodArgs,
  PageArgs,
  PathArgs,
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

  @Query(() => RelationConnection, { description: 'The relations of an entity, a page at a time.' })
  async relations(@Args(() => RelationsOfArgs) args: RelationsOfArgs, @Ctx() context: ApiContext) {
    checkFirst(args.first);
    return whileChecking(context, { of: args.of }, () =>
      paginate((page) => context.store.relationsOf(args.of, relationFilter(args), page), args.first, args.after),
    );
  }

  @Query(() => Subgraph, {
    nullable: true,
    description: `A shortest path between two entities, or null when none is within maxHops (1 to ${MAX_PATH_HOPS}).`,
  })
  async path(@Args(() => PathArgs) { from, to, maxHops }: PathArgs, @Ctx() context: ApiContext) {
    checkRange('maxHops', maxHops, 1, MAX_PATH_HOPS);
    const path = await whileChecking(context, { from, to }, () => context.store.shortestPath(from, to, maxHops));
    if (path) context.loaders.prime(path.nodes);
    return path ?? null;
  }

  @Query(() => Subgraph, {
    description: `The entities within depth hops (1 to ${MAX_NEIGHBORHOOD_DEPTH}) of an entity, at most limit of them (1 to ${MAX_NEIGHBORHOOD_NODES}), and the relations among them.`,
  })
  async neighborhood(@Args(() => NeighborhoodArgs) { of, depth, limit }: NeighborhoodArgs, @Ctx() context: ApiContext) {
    checkRange('depth', depth, 1, MAX_NEIGHBORHOOD_DEPTH);
    checkRange('limit', limit, 1, MAX_NEIGHBORHOOD_NODES);
    const subgraph = await whileChecking(context, { of }, () => context.store.neighborhood(of, { depth, limit }));
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
