// Relationship fields that read like the domain (a park's companies, a region's parks, ...), as one table: each row
// names the field, the edge type it returns, the relation types and side it reads, the kind of the other end, and
// how the relations become edges. Each field reads the entity's relations through the request's batched loader and
// wraps them as domain edges whose entities load lazily (and batched) only when asked for. The resolver classes
// type-graphql needs are made from the table (domainResolver below).
import { Arg, Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
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

/** The entity's edges of a field, from its relations (already filtered to the field's types, side and kind). */
type Shape = (context: ApiContext, entity: StoredEntity, relations: StoredRelation[], side: Side) => unknown[];
const links =
  (make: (context: ApiContext, relations: StoredRelation[], side: Side) => unknown[]): Shape =>
  (context, _entity, relations, side) =>
    make(context, relations, side);

interface DomainField {
  /** The edge type: the field is a list of them, or with `single` at most one (nullable). */
  edge: ClassType;
  single?: boolean;
  description: string;
  /** Its edges for `entity`, at most `first`. */
  resolve: (context: ApiContext, entity: StoredEntity, first: number) => Promise<unknown[]>;
}

/** Edges from the entity's relations of `types` on `side` whose other end is of `kind` (any kind if absent). */
const via =
  (types: RelationType[], side: Side, shape: Shape, kind?: EntityKind) =>
  async (context: ApiContext, entity: StoredEntity, first: number) =>
    shape(context, entity, await relationsTo(context, entity, types, side, kind, first), side);

type Resolve = DomainField['resolve'];
const many = (edge: ClassType, resolve: Resolve, description: string): DomainField => ({ edge, resolve, description });
const one = (edge: ClassType, resolve: Resolve, description: string): DomainField => ({
  edge,
  resolve,
  description,
  single: true,
});

/** A park's companies: investors and companies located in it, with the relation's type and investment terms. */
async function parkCompanies(context: ApiContext, park: StoredEntity, first: number) {
  const relations = await relationsTo(context, park, ['INVESTS_IN', 'LOCATED_IN'], 'IN', 'Company', first);
  return relations.map((r) => ({
    company: lazy(context, r.from),
    type: r.type,
    amount: r.amount,
    status: r.status,
    evidence: r.evidence,
  }));
}

/** Other parks in the partnerships a park takes part in, each once, with the partnership that links them. */
async function linkedParks(context: ApiContext, park: StoredEntity, first: number) {
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

const HOLDS: RelationType[] = ['HOLDS_POSITION'];
const parks = links(parkLinks);
const regions = links(regionLinks);
const entities = links(entityLinks);

/** Every domain field, by the type it is on, in the schema's order. */
const DOMAIN_FIELDS: [ClassType, Record<string, DomainField>][] = [
  [
    Park,
    {
      companies: many(ParkCompany, parkCompanies, 'Companies that invest in the park or are located in it.'),
      officials: many(Position, via(HOLDS, 'IN', positions), 'Officials and others who hold a post in the park.'),
      region: one(RegionLink, via(['LOCATED_IN'], 'OUT', regions, 'Region'), 'The region the park is located in.'),
      industries: many(IndustryFocus, via(['FOCUSES_ON'], 'OUT', focuses), 'Industries the park focuses on.'),
      partnerships: many(Membership, via(['MEMBER_OF'], 'OUT', memberships), 'Partnerships the park takes part in.'),
      linkedParks: many(LinkedPark, linkedParks, 'Other parks in the partnerships this park takes part in.'),
      coBuiltBy: many(RegionLink, via(['CO_BUILT_BY'], 'OUT', regions, 'Region'), 'Regions that co-build the park.'),
      parent: one(ParkLink, via(['PART_OF'], 'OUT', parks, 'Park'), 'The park this one is part of.'),
      subParks: many(ParkLink, via(['PART_OF'], 'IN', parks, 'Park'), 'Parks that are part of this one.'),
      projects: many(EntityLink, via(['PART_OF'], 'IN', entities, 'Project'), 'Projects that are part of the park.'),
    },
  ],
  [
    Company,
    {
      parks: many(ParkLink, via(['LOCATED_IN'], 'OUT', parks, 'Park'), 'Parks the company is located in.'),
      region: one(RegionLink, via(['LOCATED_IN'], 'OUT', regions, 'Region'), 'The region the company is located in.'),
      investments: many(
        Investment,
        via(['INVESTS_IN'], 'OUT', investments),
        'What the company invests in: parks, projects, regions.',
      ),
      people: many(Position, via(HOLDS, 'IN', positions), 'People who hold a post in the company.'),
    },
  ],
  [Official, { positions: many(Position, via(HOLDS, 'OUT', positions), 'Posts the official holds.') }],
  [Person, { positions: many(Position, via(HOLDS, 'OUT', positions), 'Posts the person holds.') }],
  [
    Region,
    {
      parks: many(ParkLink, via(['LOCATED_IN'], 'IN', parks, 'Park'), 'Parks located in the region.'),
      subRegions: many(RegionLink, via(['LOCATED_IN'], 'IN', regions, 'Region'), 'Regions located in this one.'),
      parent: one(RegionLink, via(['LOCATED_IN'], 'OUT', regions, 'Region'), 'The region this one is located in.'),
      officials: many(Position, via(HOLDS, 'IN', positions), 'Officials who hold a post in the region.'),
      industries: many(IndustryFocus, via(['FOCUSES_ON'], 'OUT', focuses), 'Industries the region focuses on.'),
      partnerships: many(Membership, via(['MEMBER_OF'], 'OUT', memberships), 'Partnerships the region takes part in.'),
      coBuiltParks: many(ParkLink, via(['CO_BUILT_BY'], 'IN', parks, 'Park'), 'Parks the region co-builds.'),
      investments: many(Investment, via(['INVESTS_IN'], 'IN', investments), 'Investments into the region.'),
    },
  ],
  [
    Organization,
    {
      officials: many(
        Position,
        via(HOLDS, 'IN', positions),
        'Officials and others who hold a post in the organization.',
      ),
      parent: one(
        EntityLink,
        via(['PART_OF'], 'OUT', entities, 'Organization'),
        'The organization this one is part of.',
      ),
      units: many(
        EntityLink,
        via(['PART_OF'], 'IN', entities, 'Organization'),
        'Organizations that are part of this one.',
      ),
    },
  ],
  [
    Industry,
    {
      focusedBy: many(
        IndustryFocus,
        via(['FOCUSES_ON'], 'IN', focuses),
        'Parks and regions that focus on the industry.',
      ),
    },
  ],
  [
    Project,
    {
      park: one(ParkLink, via(['PART_OF'], 'OUT', parks, 'Park'), 'The park the project is part of.'),
      investments: many(Investment, via(['INVESTS_IN'], 'IN', investments), 'Investments into the project.'),
    },
  ],
  [
    Partnership,
    {
      members: many(
        Membership,
        via(['MEMBER_OF'], 'IN', memberships),
        'Parks and regions taking part, with their role.',
      ),
    },
  ],
];

/**
 * The type-graphql resolver class of one type's domain fields, made as the decorators would: a list field takes
 * (root, first, context), a single one (root, context).
 */
function domainResolver(type: ClassType, fields: Record<string, DomainField>): ClassType {
  const resolver = { [`${type.name}Resolver`]: class {} }[`${type.name}Resolver`]!;
  const prototype = resolver.prototype as Record<string, unknown>;
  for (const [name, field] of Object.entries(fields)) {
    prototype[name] = field.single
      ? (entity: StoredEntity, context: ApiContext) => field.resolve(context, entity, 1).then((edges) => edges[0])
      : (entity: StoredEntity, first: number, context: ApiContext) => field.resolve(context, entity, first);
    Root()(prototype, name, 0);
    if (field.single) Ctx()(prototype, name, 1);
    else {
      First()(prototype, name, 1);
      Ctx()(prototype, name, 2);
    }
    const options = { description: field.description, ...(field.single ? { nullable: true } : {}) };
    FieldResolver(() => (field.single ? field.edge : [field.edge]), options)(
      prototype,
      name,
      Object.getOwnPropertyDescriptor(prototype, name)!,
    );
  }
  Resolver(() => type)(resolver);
  return resolver;
}

export const DOMAIN_RESOLVERS = DOMAIN_FIELDS.map(([type, fields]) => domainResolver(type, fields));
