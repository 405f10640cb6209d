// The ontology (docs/ontology.md), once: each entity kind, each relation type with its endpoints, properties,
// description and GraphQL field names both ways, and each relation property with its value type. Extraction, the
// stores (their Neo4j layout and @neo4j/graphql type definitions), the exports, the API and Bloom derive from it:
// adding a relation type or a property is an edit here (then `npm run generate`).

export const ENTITY_KINDS = [
  'Park',
  'Company',
  'Official',
  'Person',
  'Region',
  'Organization',
  'Industry',
  'Project',
  'Partnership',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_TYPES = [
  'LOCATED_IN',
  'HOLDS_POSITION',
  'MEMBER_OF',
  'CO_BUILT_BY',
  'INVESTS_IN',
  'FOCUSES_ON',
  'PART_OF',
  'ATTENDED',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** ATTENDED is optional in the ontology and not scored; every other type is. */
export const SCORED_RELATION_TYPES: readonly RelationType[] = RELATION_TYPES.filter((t) => t !== 'ATTENDED');

export const INVESTMENT_STATUSES = ['签约', '开工', '竣工', '投产'] as const;
export type InvestmentStatus = (typeof INVESTMENT_STATUSES)[number];

export const INDUSTRY_TIERS = ['主导', '先导', '新兴'] as const;
export type IndustryTier = (typeof INDUSTRY_TIERS)[number];

export const MEMBER_ROLES = ['lead', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** The properties a relation may carry; which type carries which is in RELATION_SCHEMA. */
export interface RelationProperties {
  /** HOLDS_POSITION: the post, e.g. 党工委书记. */
  title?: string;
  /** INVESTS_IN: yuan. */
  amount?: number;
  /** INVESTS_IN: the project's stage where stated. */
  status?: InvestmentStatus;
  /** FOCUSES_ON: where stated. */
  tier?: IndustryTier;
  /** MEMBER_OF. */
  role?: MemberRole;
}
export type RelationProperty = keyof RelationProperties;
export const RELATION_PROPERTY_NAMES = [
  'title',
  'amount',
  'status',
  'tier',
  'role',
] as const satisfies readonly RelationProperty[];

interface PropertySpec {
  /** The value's type in typed formats: GraphML's attr.type, the Bloom perspective's dataType. */
  type: 'string' | 'number';
  /** Its GraphQL type (the @neo4j/graphql type definitions). */
  graphql: 'String' | 'Float';
}

const STRING: PropertySpec = { type: 'string', graphql: 'String' };

/** Each relation property's value type (RelationProperties types them for TypeScript only). */
export const RELATION_PROPERTY_SCHEMA: Record<RelationProperty, PropertySpec> = {
  title: STRING,
  amount: { type: 'number', graphql: 'Float' },
  status: STRING,
  tier: STRING,
  role: STRING,
};

const propertyMap = <T>(pick: (spec: PropertySpec) => T) =>
  Object.fromEntries(RELATION_PROPERTY_NAMES.map((p) => [p, pick(RELATION_PROPERTY_SCHEMA[p])])) as Record<
    RelationProperty,
    T
  >;

/** Each relation property's value type in typed formats (GraphML, the Bloom perspective). */
export const RELATION_PROPERTY_TYPES = propertyMap((spec) => spec.type);
/** Each relation property's GraphQL type. */
export const GRAPHQL_PROPERTY_TYPES = propertyMap((spec) => spec.graphql);

interface RelationSpec {
  /** Allowed (from kind, to kind) pairs. */
  endpoints: ReadonlyArray<readonly [EntityKind, EntityKind]>;
  properties: readonly RelationProperty[];
  /** How the relation reads, for docs and UIs. */
  description: string;
  /** GraphQL field names of the relation, seen from its start (out) and from its end (in). */
  fields: { out: string; in: string };
}

const pairs = (from: readonly EntityKind[], to: readonly EntityKind[]) =>
  from.flatMap((f) => to.map((t) => [f, t] as const));

export const RELATION_SCHEMA: Record<RelationType, RelationSpec> = {
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
  },
  MEMBER_OF: {
    endpoints: pairs(['Park', 'Region'], ['Partnership']),
    properties: ['role'],
    description: 'is a member of',
    fields: { out: 'memberOf', in: 'members' },
  },
  CO_BUILT_BY: {
    endpoints: [['Park', 'Region']],
    properties: [],
    description: 'is co-built by',
    fields: { out: 'coBuiltBy', in: 'coBuilds' },
  },
  INVESTS_IN: {
    endpoints: pairs(['Company'], ['Park', 'Project', 'Region']),
    properties: ['amount', 'status'],
    description: 'invests in',
    fields: { out: 'investsIn', in: 'investors' },
  },
  FOCUSES_ON: {
    endpoints: pairs(['Park', 'Region'], ['Industry']),
    properties: ['tier'],
    description: 'focuses on',
    fields: { out: 'focusesOn', in: 'focusedOnBy' },
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
};

/** GraphQL field names of each relation type, seen from its start (out) and from its end (in). */
export const RELATION_FIELDS = Object.fromEntries(RELATION_TYPES.map((t) => [t, RELATION_SCHEMA[t].fields])) as Record<
  RelationType,
  { out: string; in: string }
>;

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
