// Relationship fields that read like the domain (a park's companies, a region's parks, ...), as one table: each row
// names the field, the relation type and side it reads, the kind of the other end, and whether it shows the
// relations as the model's edge type of that relation type (Position, Investment, ...) or as links to the other end.
// Each field reads the entity's relations through the request's batched loader and wraps them as domain edges whose
// entities load lazily (and batched) only when asked for. The resolver classes type-graphql needs are made from the
// table (domainResolver below).
import { Arg, Ctx, FieldResolver, Int, Resolver, Root, type ClassType } from 'type-graphql';
import { RELATION_SCHEMA, kindOfId, type EntityKind, type RelationType } from '../../ontology/model.ts';
import type { StoredEntity, StoredRelation } from '../../graph/store.ts';
import type { ApiContext } from '../context.ts';
import { checkFirst } from '../input.ts';
import { KIND_TYPES } from '../types/entity.ts';
import {
  EntityLink,
  LinkedPark,
  PARK_COMPANY_TYPES,
  ParkCompany,
  ParkLink,
  RELATION_EDGE_TYPES,
  RegionLink,
  type LinkType,
} from '../types/edges.ts';
import { loadEntity } from './entity.ts';
import { DateScalar } from '../types/date.ts';
import { heldAsOf, reportDates } from '../facts.ts';

const First = () =>
  Arg('first', () => Int, { nullable: true, defaultValue: 20, description: 'At most this many (0 to 100).' });

const AsOf = () =>
  Arg('asOf', () => DateScalar, {
    nullable: true,
    description: 'As of this day: the holders stated by the latest report published on or before it.',
  });

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

/** The properties the model gives the relation's type, as stored (undefined where not stated). */
const propertiesOf = (r: StoredRelation) =>
  Object.fromEntries(RELATION_SCHEMA[r.type].properties.map((p) => [p, r[p]]));

/** A relation as its type's edge: the ends under the model's field names (the entity itself on its own side). */
function relationEdge(context: ApiContext, entity: StoredEntity, r: StoredRelation, side: Side) {
  const { from, to } = RELATION_SCHEMA[r.type].edge!;
  return {
    [from]: side === 'OUT' ? entity : lazy(context, r.from),
    [to]: side === 'IN' ? entity : lazy(context, r.to),
    ...propertiesOf(r),
    evidence: r.evidence,
  };
}

interface DomainField {
  /** The edge type: the field is a list of them, or with `single` at most one (nullable). */
  edge: ClassType;
  single?: boolean;
  /** Takes `asOf`: the edges stated by the latest report published on or before that day. */
  dated?: boolean;
  description: string;
  /** Its edges for `entity`, at most `first` (as of a day, when the field is dated and one is given). */
  resolve: (context: ApiContext, entity: StoredEntity, first: number, asOf?: string) => Promise<unknown[]>;
}

/** Posts change hands: who held them is asked as of a day. */
const DATED_TYPES: RelationType[] = ['HOLDS_POSITION'];

/** The entity's relations of `type` on `side`, as the edge type the model gives `type`. */
function edges(type: RelationType, side: Side, description: string): DomainField {
  const edge = RELATION_EDGE_TYPES[type];
  if (!edge) throw new Error(`the ontology model gives ${type} no edge type: read it as links`);
  const dated = DATED_TYPES.includes(type);
  return {
    edge,
    description,
    dated,
    resolve: async (context, entity, first, asOf) => {
      checkFirst(first);
      let relations = await context.loaders.relations([type], side).load(entity.id);
      if (asOf) relations = heldAsOf(relations, await reportDates(context.loaders, relations), asOf);
      return relations.slice(0, first).map((r) => relationEdge(context, entity, r, side));
    },
  };
}

/** The entity's relations of `type` on `side` whose other end is of `kind`, as links to that end. */
function links(link: LinkType, type: RelationType, side: Side, description: string, kind = link.kind): DomainField {
  return {
    edge: link.type,
    description,
    resolve: async (context, entity, first) =>
      (await relationsTo(context, entity, [type], side, kind, first)).map((r) => ({
        [link.field]: lazy(context, otherEnd(r, side)),
        evidence: r.evidence,
      })),
  };
}

const single = (field: DomainField): DomainField => ({ ...field, single: true });

/** A park's companies: investors and companies located in it, with the relation's type and properties. */
const parkCompanies: DomainField = {
  edge: ParkCompany,
  description: 'Companies that invest in the park or are located in it.',
  resolve: async (context, park, first) =>
    (await relationsTo(context, park, PARK_COMPANY_TYPES, 'IN', 'Company', first)).map((r) => ({
      company: lazy(context, r.from),
      type: r.type,
      ...propertiesOf(r),
      evidence: r.evidence,
    })),
};

/** Other parks in the partnerships a park takes part in, each once, with the partnership that links them. */
const linkedParks: DomainField = {
  edge: LinkedPark,
  description: 'Other parks in the partnerships this park takes part in.',
  async resolve(context, park, first) {
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
  },
};

/** Every domain field, by the kind it is on, in the schema's order. */
const DOMAIN_FIELDS: Partial<Record<EntityKind, Record<string, DomainField>>> = {
  Park: {
    companies: parkCompanies,
    officials: edges('HOLDS_POSITION', 'IN', 'Officials and others who hold a post in the park.'),
    region: single(links(RegionLink, 'LOCATED_IN', 'OUT', 'The region the park is located in.')),
    industries: edges('FOCUSES_ON', 'OUT', 'Industries the park focuses on.'),
    partnerships: edges('MEMBER_OF', 'OUT', 'Partnerships the park takes part in.'),
    linkedParks,
    coBuiltBy: links(RegionLink, 'CO_BUILT_BY', 'OUT', 'Regions that co-build the park.'),
    parent: single(links(ParkLink, 'PART_OF', 'OUT', 'The park this one is part of.')),
    subParks: links(ParkLink, 'PART_OF', 'IN', 'Parks that are part of this one.'),
    projects: links(EntityLink, 'PART_OF', 'IN', 'Projects that are part of the park.', 'Project'),
  },
  Company: {
    parks: links(ParkLink, 'LOCATED_IN', 'OUT', 'Parks the company is located in.'),
    region: single(links(RegionLink, 'LOCATED_IN', 'OUT', 'The region the company is located in.')),
    investments: edges('INVESTS_IN', 'OUT', 'What the company invests in: parks, projects, regions.'),
    people: edges('HOLDS_POSITION', 'IN', 'People who hold a post in the company.'),
  },
  Official: { positions: edges('HOLDS_POSITION', 'OUT', 'Posts the official holds.') },
  Person: { positions: edges('HOLDS_POSITION', 'OUT', 'Posts the person holds.') },
  Region: {
    parks: links(ParkLink, 'LOCATED_IN', 'IN', 'Parks located in the region.'),
    subRegions: links(RegionLink, 'LOCATED_IN', 'IN', 'Regions located in this one.'),
    parent: single(links(RegionLink, 'LOCATED_IN', 'OUT', 'The region this one is located in.')),
    officials: edges('HOLDS_POSITION', 'IN', 'Officials who hold a post in the region.'),
    industries: edges('FOCUSES_ON', 'OUT', 'Industries the region focuses on.'),
    partnerships: edges('MEMBER_OF', 'OUT', 'Partnerships the region takes part in.'),
    coBuiltParks: links(ParkLink, 'CO_BUILT_BY', 'IN', 'Parks the region co-builds.'),
    investments: edges('INVESTS_IN', 'IN', 'Investments into the region.'),
  },
  Organization: {
    officials: edges('HOLDS_POSITION', 'IN', 'Officials and others who hold a post in the organization.'),
    parent: single(links(EntityLink, 'PART_OF', 'OUT', 'The organization this one is part of.', 'Organization')),
    units: links(EntityLink, 'PART_OF', 'IN', 'Organizations that are part of this one.', 'Organization'),
  },
  Industry: { focusedBy: edges('FOCUSES_ON', 'IN', 'Parks and regions that focus on the industry.') },
  Project: {
    park: single(links(ParkLink, 'PART_OF', 'OUT', 'The park the project is part of.')),
    investments: edges('INVESTS_IN', 'IN', 'Investments into the project.'),
  },
  Partnership: { members: edges('MEMBER_OF', 'IN', 'Parks and regions taking part, with their role.') },
};

/**
 * The type-graphql resolver class of one kind's domain fields, made as the decorators would: a list field takes
 * (root, first, context), a single one (root, context).
 */
function domainResolver(kind: EntityKind, fields: Record<string, DomainField>): ClassType {
  const resolver = { [`${kind}Resolver`]: class {} }[`${kind}Resolver`]!;
  const prototype = resolver.prototype as Record<string, unknown>;
  for (const [name, field] of Object.entries(fields)) {
    prototype[name] = field.single
      ? (entity: StoredEntity, context: ApiContext) => field.resolve(context, entity, 1).then((edges) => edges[0])
      : field.dated
        ? (entity: StoredEntity, first: number, asOf: string | undefined, context: ApiContext) =>
            field.resolve(context, entity, first, asOf ?? undefined)
        : (entity: StoredEntity, first: number, context: ApiContext) => field.resolve(context, entity, first);
    Root()(prototype, name, 0);
    if (field.single) Ctx()(prototype, name, 1);
    else if (field.dated) {
      First()(prototype, name, 1);
      AsOf()(prototype, name, 2);
      Ctx()(prototype, name, 3);
    } else {
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
  Resolver(() => KIND_TYPES[kind])(resolver);
  return resolver;
}

export const DOMAIN_RESOLVERS = Object.entries(DOMAIN_FIELDS).map(([kind, fields]) =>
  domainResolver(kind as EntityKind, fields),
);
