// The ontology (docs/ontology.md), once: each entity kind with its description, each relation type with its endpoints, properties,
// description and GraphQL field names both ways, and each relation property with its value type. Extraction, the
// stores (their Neo4j layout and @neo4j/graphql type definitions), the exports, the API and Bloom derive from it:
// adding a relation type or a property is an edit here (then `npm run generate`).

interface KindSpec {
  /** What the kind holds, for docs and the API's object types. */
  description: string;
  /** The plural, lower case: the name of the API's list of them. */
  plural: string;
}

/** Each entity kind, in the ontology's order. */
const KINDS = {
  Park: {
    plural: 'parks',
    description: 'An industrial park, development zone, hi-tech zone, co-built park or similar carrier.',
  },
  Company: { plural: 'companies', description: 'An enterprise or business group.' },
  Official: { plural: 'officials', description: 'A person named with a government or Party post.' },
  Person: {
    plural: 'people',
    description: 'A named person with another role, such as a company executive or an expert.',
  },
  Region: { plural: 'regions', description: 'An administrative area, a foreign country or a named macro-region.' },
  Organization: {
    plural: 'organizations',
    description:
      'A non-company body: government organ, Party committee, administrative committee, institute, university.',
  },
  Industry: { plural: 'industries', description: 'An industry or sector a park or region develops.' },
  Project: { plural: 'projects', description: 'A named construction or investment project, facility or platform.' },
  Partnership: { plural: 'partnerships', description: 'A named cooperation scheme that links parks or regions.' },
} satisfies Record<string, KindSpec>;
export type EntityKind = keyof typeof KINDS;
export const ENTITY_SCHEMA: Record<EntityKind, KindSpec> = KINDS;
export const ENTITY_KINDS = Object.keys(KINDS) as readonly EntityKind[];

export const INVESTMENT_STATUSES = ['签约', '开工', '竣工', '投产'] as const;
export type InvestmentStatus = (typeof INVESTMENT_STATUSES)[number];

export const INDUSTRY_TIERS = ['主导', '先导', '新兴'] as const;
export type IndustryTier = (typeof INDUSTRY_TIERS)[number];

export const MEMBER_ROLES = ['lead', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

interface PropertySpec {
  /** The value's type in typed formats: GraphML's attr.type, the Bloom perspective's dataType; GraphQL's Float or String. */
  type: 'string' | 'number';
  /** The values it may take, where the ontology fixes them (TypeScript types the property as their union). */
  values?: readonly string[];
  /** What it holds, lower case first: the API's field descriptions are made from it. */
  description: string;
}

/** Every property a relation may carry, in the order formats list them; which type carries which is in RELATION_SCHEMA. */
const PROPERTIES = {
  title: { type: 'string', description: 'the post, e.g. 党工委书记' },
  amount: { type: 'number', description: 'the amount, in yuan unless `currency` says otherwise' },
  status: {
    type: 'string',
    values: INVESTMENT_STATUSES,
    description: `the project's stage (${INVESTMENT_STATUSES.join(', ')})`,
  },
  tier: {
    type: 'string',
    values: INDUSTRY_TIERS,
    description: `${INDUSTRY_TIERS.join(', ').replace(/, ([^,]*)$/, ' or $1')}`,
  },
  role: { type: 'string', values: MEMBER_ROLES, description: `${MEMBER_ROLES.join(' or ')}` },
  currency: { type: 'string', description: 'the currency of `amount` if not yuan (ISO 4217, e.g. USD)' },
} as const satisfies Record<string, PropertySpec>;
export type RelationProperty = keyof typeof PROPERTIES;
type ValueOf<S extends PropertySpec> = S extends { values: readonly (infer V)[] }
  ? V
  : S extends { type: 'number' }
    ? number
    : string;
/** The properties a relation may carry, typed from RELATION_PROPERTY_SCHEMA. */
export type RelationProperties = { [P in RelationProperty]?: ValueOf<(typeof PROPERTIES)[P]> };
export const RELATION_PROPERTY_SCHEMA: Record<RelationProperty, PropertySpec> = PROPERTIES;
export const RELATION_PROPERTY_NAMES = Object.keys(PROPERTIES) as readonly RelationProperty[];

const propertyMap = <T>(pick: (spec: PropertySpec) => T) =>
  Object.fromEntries(RELATION_PROPERTY_NAMES.map((p) => [p, pick(RELATION_PROPERTY_SCHEMA[p])])) as Record<
    RelationProperty,
    T
  >;

/** Each relation property's value type in typed formats (GraphML, the Bloom perspective). */
export const RELATION_PROPERTY_TYPES = propertyMap((spec) => spec.type);
/** Each relation property's GraphQL type. */
export const GRAPHQL_PROPERTY_TYPES = propertyMap((spec) => (spec.type === 'number' ? 'Float' : 'String'));

/** A relation seen as an edge of its own in the API (e.g. a Position: holder, at, title), for types with properties. */
interface EdgeSpec {
  /** The GraphQL type's name. */
  name: string;
  description: string;
  /** The field names of its start and its end. */
  from: string;
  to: string;
}

interface RelationSpec {
  /** Allowed (from kind, to kind) pairs. */
  endpoints: ReadonlyArray<readonly [EntityKind, EntityKind]>;
  properties: readonly RelationProperty[];
  /** How the relation reads, for docs and UIs. */
  description: string;
  /** GraphQL field names of the relation, seen from its start (out) and from its end (in). */
  fields: { out: string; in: string };
  edge?: EdgeSpec;
}

const pairs = (from: readonly EntityKind[], to: readonly EntityKind[]) =>
  from.flatMap((f) => to.map((t) => [f, t] as const));

/** Each relation type, in the ontology's order. */
const RELATIONS = {
  LOCATED_IN: {
    endpoints: [...pairs(['Park', 'Company', 'Project'], ['Park', 'Region']), ['Region', 'Region']],
    properties: [],
    description: 'is located in',
    fields: { out: 'locatedIn', in: 'locatedHere' },
  },
  HOLDS_POSITION: {
    endpoints: pairs(['Official', 'Person'], ['Park', 'Region', 'Organization', 'Company']),
    properties: ['title'],
    description: 'holds a post in',
    fields: { out: 'holdsPositionIn', in: 'officeHolders' },
    edge: {
      name: 'Position',
      description: 'A post an official or person holds in a park, region, organization or company.',
      from: 'holder',
      to: 'at',
    },
  },
  MEMBER_OF: {
    endpoints: pairs(['Park', 'Region'], ['Partnership']),
    properties: ['role'],
    description: 'is a member of',
    fields: { out: 'memberOf', in: 'members' },
    edge: {
      name: 'Membership',
      description: 'A park or region taking part in a partnership.',
      from: 'member',
      to: 'partnership',
    },
  },
  CO_BUILT_BY: {
    endpoints: [['Park', 'Region']],
    properties: [],
    description: 'is co-built by',
    fields: { out: 'coBuiltBy', in: 'coBuilds' },
  },
  INVESTS_IN: {
    endpoints: pairs(['Company'], ['Park', 'Project', 'Region']),
    properties: ['amount', 'status', 'currency'],
    description: 'invests in',
    fields: { out: 'investsIn', in: 'investors' },
    edge: {
      name: 'Investment',
      description: 'A company investing in a park, project or region.',
      from: 'company',
      to: 'target',
    },
  },
  FOCUSES_ON: {
    endpoints: pairs(['Park', 'Region'], ['Industry']),
    properties: ['tier'],
    description: 'focuses on',
    fields: { out: 'focusesOn', in: 'focusedOnBy' },
    edge: {
      name: 'IndustryFocus',
      description: 'An industry a park or region focuses on.',
      from: 'subject',
      to: 'industry',
    },
  },
  PART_OF: {
    endpoints: [
      ['Park', 'Park'],
      ['Project', 'Park'],
      ['Organization', 'Organization'],
    ],
    properties: [],
    description: 'is part of',
    fields: { out: 'partOf', in: 'parts' },
  },
  ATTENDED: {
    endpoints: pairs(['Official', 'Person'], ['Project', 'Organization']),
    properties: [],
    description: 'attended',
    fields: { out: 'attended', in: 'attendees' },
  },
} satisfies Record<string, RelationSpec>;
export type RelationType = keyof typeof RELATIONS;
export const RELATION_SCHEMA: Record<RelationType, RelationSpec> = RELATIONS;
export const RELATION_TYPES = Object.keys(RELATIONS) as readonly RelationType[];

/** ATTENDED is optional in the ontology and not scored; every other type is. */
export const SCORED_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => t !== 'ATTENDED');
/** The properties the gold files annotate and the scorer checks (shared/eval/score.mjs); `currency` is not scored. */
export const SCORED_RELATION_PROPERTIES = [
  'title',
  'amount',
  'status',
  'tier',
  'role',
] as const satisfies readonly RelationProperty[];

/** GraphQL field names of each relation type, seen from its start (out) and from its end (in). */
export const RELATION_FIELDS = Object.fromEntries(RELATION_TYPES.map((t) => [t, RELATION_SCHEMA[t].fields])) as Record<
  RelationType,
  { out: string; in: string }
>;

/** The kinds a relation type allows at its start (`from`) or its end (`to`), each once, in endpoint order. */
export function endKinds(type: RelationType, end: 'from' | 'to'): EntityKind[] {
  return [...new Set(RELATION_SCHEMA[type].endpoints.map(([from, to]) => (end === 'from' ? from : to)))];
}

/** Whether `value` is one `property` may hold: a finite non-negative number, one of its values, a non-empty string. */
export function isRelationPropertyValue(property: RelationProperty, value: unknown): boolean {
  const spec = RELATION_PROPERTY_SCHEMA[property];
  if (spec.type === 'number') return typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (spec.values) return (spec.values as readonly unknown[]).includes(value);
  return typeof value === 'string' && value !== '';
}

/** The relation types that carry `property`. */
export function typesCarrying(property: RelationProperty): RelationType[] {
  return RELATION_TYPES.filter((type) => RELATION_SCHEMA[type].properties.includes(property));
}

export function isAllowedRelation(type: RelationType, from: EntityKind, to: EntityKind): boolean {
  return RELATION_SCHEMA[type].endpoints.some(([f, t]) => f === from && t === to);
}

/** `Park:滨江高新区`: kind plus normalized canonical name, stable across runs and stores. */
export type EntityId = string;

/** Canonical form of a name for identity: NFKC, no whitespace, no surrounding quotes or brackets. */
export function canonicalName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^["'“”‘’「」『』《》〈〉【】]+|["'“”‘’「」『』《》〈〉【】]+$/g, '');
}

export function entityId(kind: EntityKind, name: string): EntityId {
  return `${kind}:${canonicalName(name)}`;
}

export function kindOfId(id: EntityId): EntityKind | undefined {
  const kind = id.slice(0, id.indexOf(':'));
  return (ENTITY_KINDS as readonly string[]).includes(kind) ? (kind as EntityKind) : undefined;
}

/** A sentence of a report. Offsets are into the report's original text (what `read` decoded). */
export interface Sentence {
  index: number;
  /** Normalized (Simplified, folded) text of the sentence. */
  text: string;
  /** The sentence exactly as in the original text: original.slice(start, end). */
  original: string;
  start: number;
  end: number;
}

/** Where an entity is named: a span of the original text inside one sentence. */
export interface Mention {
  /** The normalized surface form. */
  surface: string;
  start: number;
  end: number;
  /** The sentence's index in the report (see Sentence.index). */
  sentence: number;
}

export interface ExtractedEntity {
  id: EntityId;
  kind: EntityKind;
  /** Canonical name: the fullest form the report uses, Simplified. */
  name: string;
  /** Other surface forms this report uses for the same entity. */
  aliases: string[];
  mentions: Mention[];
}

export interface ExtractedRelation extends RelationProperties {
  type: RelationType;
  from: EntityId;
  to: EntityId;
  /** Indexes (Sentence.index) of the sentences that state it. */
  evidence: number[];
}

export interface ReportDoc {
  /** Hash of the normalized text: re-ingesting the same report changes nothing. */
  id: string;
  /** The file's base name (the gold format's `doc`), or a caller-chosen name. */
  name: string;
  title?: string;
  /** ISO date, YYYY-MM-DD, when the page states one. Facts inherit it. */
  publishedAt?: string;
  /** The publishing site or source named on the page. */
  source?: string;
  /** Reporters from bylines such as (徐杰 陈娇). */
  authors: string[];
}

export interface ExtractedReport {
  doc: ReportDoc;
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** The sentences that mentions and relations cite, in report order. */
  evidence: Sentence[];
}
