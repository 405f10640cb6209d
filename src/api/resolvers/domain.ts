// Relationship fields that read like the domain. Each reads the entity's relations of some types through the
// request's batched loader, keeps those whose other end is of the expected kind, and wraps them as domain edges
// whose entities load lazily (and batched) only when asked for.
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { kindOfId, type EntityKind, type RelationType } from '../../ontology/model.ts';
import type { StoredEntity, StoredRelation } from '../../graph/store.ts';
import type { ApiContext } from '../context.ts';
import { checkFirst } from '../input.ts';
import {
  Company,
  Industry,
  Official,
  Organization,
  Park,
  Partnership,
  Person,
  Project,
  Region,
} from '../types/entity.ts';
import {
  EntityLink,
  IndustryFocus,
  Investment,
  LinkedPark,
  Membership,
  ParkCompany,
  ParkLink,
  Position,
  RegionLink,
} from '../types/edges.ts';
import { loadEntity } from './entity.ts';

const First = () =>
  Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most this many (0 to 100).' });

type Side = 'OUT' | 'IN';
const otherEnd = (relation: StoredRelation, side: Side) => (side === 'OUT' ? relation.to : relation.from);

/** `entity`'s relations of `types` on `side`, whose other end is of `kind`, at most `first`. */
async function relationsTo(
  context: ApiContext,
  entity: StoredEntity,
  types: RelationType[],
  side: Side,
  kind: EntityKind | undefined,
  first: number,
): Promise<StoredRelation[]> {
  checkFirst(first);
  const relations = await context.loaders.relations(types, side).load(entity.id);
  const matching = kind ? relations.filter((relation) => kindOfId(otherEnd(relation, side)) === kind) : relations;
  return matching.slice(0, first);
}

/** A lazily loaded entity: GraphQL calls it only when the query selects it. */
const lazy = (context: ApiContext, id: string) => () => loadEntity(context, id);

function parkLinks(context: ApiContext, relations: StoredRelation[], side: Side) {
  return relations.map((r) => ({ park: lazy(context, otherEnd(r, side)), evidence: r.evidence }));
}
function regionLinks(context: ApiContext, relations: StoredRelation[], side: Side) {
  return relations.map((r) => ({ region: lazy(context, otherEnd(r, side)), evidence: r.evidence }));
}
function entityLinks(context: ApiContext, relations: StoredRelation[], side: Side) {
  return relations.map((r) => ({ entity: lazy(context, otherEnd(r, side)), evidence: r.evidence }));
}
/** Posts held in `entity` (side IN) or held by it (side OUT). */
function positions(context: ApiContext, entity: StoredEntity, relations: StoredRelation[], side: Side) {
  return relations.map((r) => ({
    holder: side === 'OUT' ? entity : lazy(context, r.from),
    at: side === 'IN' ? entity : lazy(context, r.to),
    title: r.title,
    evidence: r.evidence,
  }));
}
function investments(context: ApiContext, entity: StoredEntity, relations: StoredRelation[], side: Side) {
  return relations.map((r) => ({
    company: side === 'OUT' ? entity : lazy(context, r.from),
    target: side === 'IN' ? entity : lazy(context, r.to),
    amount: r.amount,
    status: r.status,
    evidence: r.evidence,
  }));
}
function focuses(context: ApiContext, entity: StoredEntity, relations: StoredRelation[], side: Side) {
  return relations.map((r) => ({
    subject: side === 'OUT' ? entity : lazy(context, r.from),
    industry: side === 'IN' ? entity : lazy(context, r.to),
    tier: r.tier,
    evidence: r.evidence,
  }));
}
function memberships(context: ApiContext, entity: StoredEntity, relations: StoredRelation[], side: Side) {
  return relations.map((r) => ({
    member: side === 'OUT' ? entity : lazy(context, r.from),
    partnership: side === 'IN' ? entity : lazy(context, r.to),
    role: r.role,
    evidence: r.evidence,
  }));
}
async function single<T>(items: Promise<T[]>): Promise<T | undefined> {
  return (await items)[0];
}

@Resolver(() => Park)
export class ParkResolver {
  @FieldResolver(() => [ParkCompany], { description: 'Companies that invest in the park or are located in it.' })
  async companies(@Root() park: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    const relations = await relationsTo(context, park, ['INVESTS_IN', 'LOCATED_IN'], 'IN', 'Company', first);
    return relations.map((r) => ({
      company: lazy(context, r.from),
      type: r.type,
      amount: r.amount,
      status: r.status,
      evidence: r.evidence,
    }));
  }

  @FieldResolver(() => [Position], { description: 'Officials and others who hold a post in the park.' })
  async officials(@Root() park: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return positions(context, park, await relationsTo(context, park, ['HOLDS_POSITION'], 'IN', undefined, first), 'IN');
  }

  @FieldResolver(() => RegionLink, { nullable: true, description: 'The region the park is located in.' })
  region(@Root() park: StoredEntity, @Ctx() context: ApiContext) {
    return single(
      relationsTo(context, park, ['LOCATED_IN'], 'OUT', 'Region', 1).then((r) => regionLinks(context, r, 'OUT')),
    );
  }

  @FieldResolver(() => [IndustryFocus], { description: 'Industries the park focuses on.' })
  async industries(@Root() park: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return focuses(context, park, await relationsTo(context, park, ['FOCUSES_ON'], 'OUT', undefined, first), 'OUT');
  }

  @FieldResolver(() => [Membership], { description: 'Partnerships the park takes part in.' })
  async partnerships(@Root() park: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return memberships(context, park, await relationsTo(context, park, ['MEMBER_OF'], 'OUT', undefined, first), 'OUT');
  }

  @FieldResolver(() => [LinkedPark], { description: 'Other parks in the partnerships this park takes part in.' })
  async linkedParks(@Root() park: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    checkFirst(first);
    const joined = await context.loaders.relations(['MEMBER_OF'], 'OUT').load(park.id);
    const members = await context.loaders.relations(['MEMBER_OF'], 'IN').loadMany(joined.map((r) => r.to));
    const linked = new Map<string, { park: () => Promise<StoredEntity>; partnership: unknown; evidence: unknown }>();
    members.forEach((of, i) => {
      if (of instanceof Error) throw of;
      for (const r of of) {
        if (r.from === park.id || kindOfId(r.from) !== 'Park' || linked.has(r.from)) continue;
        linked.set(r.from, {
          park: lazy(context, r.from),
          partnership: lazy(context, joined[i]!.to),
          evidence: r.evidence,
        });
      }
    });
    return [...linked.values()].slice(0, first);
  }

  @FieldResolver(() => [RegionLink], { description: 'Regions that co-build the park.' })
  async coBuiltBy(@Root() park: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return regionLinks(context, await relationsTo(context, park, ['CO_BUILT_BY'], 'OUT', 'Region', first), 'OUT');
  }

  @FieldResolver(() => ParkLink, { nullable: true, description: 'The park this one is part of.' })
  parent(@Root() park: StoredEntity, @Ctx() context: ApiContext) {
    return single(relationsTo(context, park, ['PART_OF'], 'OUT', 'Park', 1).then((r) => parkLinks(context, r, 'OUT')));
  }

  @FieldResolver(() => [ParkLink], { description: 'Parks that are part of this one.' })
  async subParks(@Root() park: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return parkLinks(context, await relationsTo(context, park, ['PART_OF'], 'IN', 'Park', first), 'IN');
  }

  @FieldResolver(() => [EntityLink], { description: 'Projects that are part of the park.' })
  async projects(@Root() park: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return entityLinks(context, await relationsTo(context, park, ['PART_OF'], 'IN', 'Project', first), 'IN');
  }
}

@Resolver(() => Company)
export class CompanyResolver {
  @FieldResolver(() => [ParkLink], { description: 'Parks the company is located in.' })
  async parks(@Root() company: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return parkLinks(context, await relationsTo(context, company, ['LOCATED_IN'], 'OUT', 'Park', first), 'OUT');
  }

  @FieldResolver(() => RegionLink, { nullable: true, description: 'The region the company is located in.' })
  region(@Root() company: StoredEntity, @Ctx() context: ApiContext) {
    return single(
      relationsTo(context, company, ['LOCATED_IN'], 'OUT', 'Region', 1).then((r) => regionLinks(context, r, 'OUT')),
    );
  }

  @FieldResolver(() => [Investment], { description: 'What the company invests in: parks, projects, regions.' })
  async investments(@Root() company: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return investments(
      context,
      company,
      await relationsTo(context, company, ['INVESTS_IN'], 'OUT', undefined, first),
      'OUT',
    );
  }

  @FieldResolver(() => [Position], { description: 'People who hold a post in the company.' })
  async people(@Root() company: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return positions(
      context,
      company,
      await relationsTo(context, company, ['HOLDS_POSITION'], 'IN', undefined, first),
      'IN',
    );
  }
}

@Resolver(() => Official)
export class OfficialResolver {
  @FieldResolver(() => [Position], { description: 'Posts the official holds.' })
  async positions(@Root() official: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return positions(
      context,
      official,
      await relationsTo(context, official, ['HOLDS_POSITION'], 'OUT', undefined, first),
      'OUT',
    );
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Position], { description: 'Posts the person holds.' })
  async positions(@Root() person: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return positions(
      context,
      person,
      await relationsTo(context, person, ['HOLDS_POSITION'], 'OUT', undefined, first),
      'OUT',
    );
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => [ParkLink], { description: 'Parks located in the region.' })
  async parks(@Root() region: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return parkLinks(context, await relationsTo(context, region, ['LOCATED_IN'], 'IN', 'Park', first), 'IN');
  }

  @FieldResolver(() => [RegionLink], { description: 'Regions located in this one.' })
  async subRegions(@Root() region: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return regionLinks(context, await relationsTo(context, region, ['LOCATED_IN'], 'IN', 'Region', first), 'IN');
  }

  @FieldResolver(() => RegionLink, { nullable: true, description: 'The region this one is located in.' })
  parent(@Root() region: StoredEntity, @Ctx() context: ApiContext) {
    return single(
      relationsTo(context, region, ['LOCATED_IN'], 'OUT', 'Region', 1).then((r) => regionLinks(context, r, 'OUT')),
    );
  }

  @FieldResolver(() => [Position], { description: 'Officials who hold a post in the region.' })
  async officials(@Root() region: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return positions(
      context,
      region,
      await relationsTo(context, region, ['HOLDS_POSITION'], 'IN', undefined, first),
      'IN',
    );
  }

  @FieldResolver(() => [IndustryFocus], { description: 'Industries the region focuses on.' })
  async industries(@Root() region: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return focuses(context, region, await relationsTo(context, region, ['FOCUSES_ON'], 'OUT', undefined, first), 'OUT');
  }

  @FieldResolver(() => [Membership], { description: 'Partnerships the region takes part in.' })
  async partnerships(@Root() region: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return memberships(
      context,
      region,
      await relationsTo(context, region, ['MEMBER_OF'], 'OUT', undefined, first),
      'OUT',
    );
  }

  @FieldResolver(() => [ParkLink], { description: 'Parks the region co-builds.' })
  async coBuiltParks(@Root() region: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return parkLinks(context, await relationsTo(context, region, ['CO_BUILT_BY'], 'IN', 'Park', first), 'IN');
  }

  @FieldResolver(() => [Investment], { description: 'Investments into the region.' })
  async investments(@Root() region: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return investments(
      context,
      region,
      await relationsTo(context, region, ['INVESTS_IN'], 'IN', undefined, first),
      'IN',
    );
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Position], { description: 'Officials and others who hold a post in the organization.' })
  async officials(@Root() organization: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    const relations = await relationsTo(context, organization, ['HOLDS_POSITION'], 'IN', undefined, first);
    return positions(context, organization, relations, 'IN');
  }

  @FieldResolver(() => EntityLink, { nullable: true, description: 'The organization this one is part of.' })
  parent(@Root() organization: StoredEntity, @Ctx() context: ApiContext) {
    return single(
      relationsTo(context, organization, ['PART_OF'], 'OUT', 'Organization', 1).then((r) =>
        entityLinks(context, r, 'OUT'),
      ),
    );
  }

  @FieldResolver(() => [EntityLink], { description: 'Organizations that are part of this one.' })
  async units(@Root() organization: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return entityLinks(
      context,
      await relationsTo(context, organization, ['PART_OF'], 'IN', 'Organization', first),
      'IN',
    );
  }
}

@Resolver(() => Industry)
export class IndustryResolver {
  @FieldResolver(() => [IndustryFocus], { description: 'Parks and regions that focus on the industry.' })
  async focusedBy(@Root() industry: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return focuses(
      context,
      industry,
      await relationsTo(context, industry, ['FOCUSES_ON'], 'IN', undefined, first),
      'IN',
    );
  }
}

@Resolver(() => Project)
export class ProjectResolver {
  @FieldResolver(() => ParkLink, { nullable: true, description: 'The park the project is part of.' })
  park(@Root() project: StoredEntity, @Ctx() context: ApiContext) {
    return single(
      relationsTo(context, project, ['PART_OF'], 'OUT', 'Park', 1).then((r) => parkLinks(context, r, 'OUT')),
    );
  }

  @FieldResolver(() => [Investment], { description: 'Investments into the project.' })
  async investments(@Root() project: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return investments(
      context,
      project,
      await relationsTo(context, project, ['INVESTS_IN'], 'IN', undefined, first),
      'IN',
    );
  }
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  @FieldResolver(() => [Membership], { description: 'Parks and regions taking part, with their role.' })
  async members(@Root() partnership: StoredEntity, @First() first: number, @Ctx() context: ApiContext) {
    return memberships(
      context,
      partnership,
      await relationsTo(context, partnership, ['MEMBER_OF'], 'IN', undefined, first),
      'IN',
    );
  }
}

export const DOMAIN_RESOLVERS = [
  ParkResolver,
  CompanyResolver,
  OfficialResolver,
  PersonResolver,
  RegionResolver,
  OrganizationResolver,
  IndustryResolver,
  ProjectResolver,
  PartnershipResolver,
] as const;
