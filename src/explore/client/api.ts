/// <reference lib="dom" />
// The page's only data source: the GraphQL API, through its generic lookups (search, neighborhood, report), as any
// app would call it. Kinds arrive as the API's enum values (PARK) and leave as the model's names (Park).
import { ENTITY_KINDS } from '../../ontology/model.ts';
import type { EntityKind, RelationType } from '../../ontology/model.ts';

export const GRAPHQL_ENDPOINT = '/graphql';

export interface Entity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface ReportRef {
  id: string;
  name: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
}

export interface Evidence {
  sentence: string;
  report: ReportRef;
}

export interface Relation {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  title: string | null;
  amount: number | null;
  status: string | null;
  tier: string | null;
  role: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The first few sentences that state it, of evidenceCount. */
  evidence: Evidence[];
  evidenceCount: number;
}

export interface Report extends ReportRef {
  authors: string[];
  entityCount: number;
  relationCount: number;
}

const KIND_OF_ENUM = new Map<string, EntityKind>(ENTITY_KINDS.map((k) => [k.toUpperCase(), k]));

const ENTITY_FIELDS = 'id kind name aliases';
const REPORT_FIELDS = 'id name title publishedAt source';
const RELATION_FIELDS = `id type fromId toId title amount status tier role firstSeen lastSeen
  evidence(first: 5) { totalCount edges { node { sentence report { ${REPORT_FIELDS} } } } }`;

/** A relation as the API answers it: its evidence a connection. */
interface RawRelation extends Omit<Relation, 'evidence' | 'evidenceCount'> {
  evidence: { totalCount: number; edges: { node: Evidence }[] };
}

function relation(raw: RawRelation): Relation {
  return { ...raw, evidence: raw.evidence.edges.map((e) => e.node), evidenceCount: raw.evidence.totalCount };
}

async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  if (!response.ok || !body.data) throw new Error(`the API answered ${response.status}`);
  return body.data;
}

function entity(raw: Entity): Entity {
  return { ...raw, kind: KIND_OF_ENUM.get(raw.kind) ?? raw.kind };
}

/** Names and aliases matching `text`, Simplified or Traditional, whole or partial; exact matches first. */
export async function search(text: string, first = 12): Promise<Entity[]> {
  const data = await graphql<{ search: Entity[] }>(
    `query ExploreSearch($text: String!, $first: Int) { search(text: $text, first: $first) { ${ENTITY_FIELDS} } }`,
    { text, first },
  );
  return data.search.map(entity);
}

export interface Subgraph {
  nodes: Entity[];
  edges: Relation[];
}

/** The entity, its neighbours (at most `limit` entities in all) and the relations among them, with evidence. */
export async function neighborhood(id: string, limit: number): Promise<Subgraph> {
  const data = await graphql<{ neighborhood: { nodes: Entity[]; edges: RawRelation[] } }>(
    `query ExploreNeighborhood($id: ID!, $limit: Int) {
      neighborhood(of: $id, depth: 1, limit: $limit) {
        nodes { ${ENTITY_FIELDS} }
        edges { ${RELATION_FIELDS} }
      }
    }`,
    { id, limit },
  );
  return { nodes: data.neighborhood.nodes.map(entity), edges: data.neighborhood.edges.map(relation) };
}

export async function report(id: string): Promise<Report | null> {
  const data = await graphql<{ report: Report | null }>(
    `query ExploreReport($id: ID!) { report(id: $id) { ${REPORT_FIELDS} authors entityCount relationCount } }`,
    { id },
  );
  return data.report;
}

/** A relation as the panels list it: its type and both ends' names. */
export interface Fact {
  id: string;
  type: RelationType;
  from: Entity;
  to: Entity;
  firstSeen: string | null;
}

export interface MentionOf {
  sentence: string;
  surface: string;
  report: ReportRef;
}

export interface EntityDetails {
  relations: { totalCount: number; edges: { node: Fact }[] };
  mentions: MentionOf[];
}

const FACT_FIELDS = `id type firstSeen from { ${ENTITY_FIELDS} } to { ${ENTITY_FIELDS} }`;

function fact(raw: Fact): Fact {
  return { ...raw, from: entity(raw.from), to: entity(raw.to) };
}

/** An entity's first relations (with both ends named) and the first places reports name it. */
export async function entityDetails(id: string, first = 20): Promise<EntityDetails | null> {
  const data = await graphql<{ entity: EntityDetails | null }>(
    `query ExploreEntity($id: ID!, $first: Int) { entity(id: $id) {
      relations(first: $first) { totalCount edges { node { ${FACT_FIELDS} } } }
      mentions(first: 5) { sentence surface report { ${REPORT_FIELDS} } } } }`,
    { id, first },
  );
  if (!data.entity) return null;
  const { relations, mentions } = data.entity;
  return { mentions, relations: { ...relations, edges: relations.edges.map((e) => ({ node: fact(e.node) })) } };
}

/** The facts a report states, a first page of them. */
export async function reportFacts(id: string, first = 50): Promise<{ totalCount: number; facts: Fact[] }> {
  const data = await graphql<{ report: { relations: { totalCount: number; edges: { node: Fact }[] } } | null }>(
    `query ExploreReportFacts($id: ID!, $first: Int) { report(id: $id) {
      relations(first: $first) { totalCount edges { node { ${FACT_FIELDS} } } } } }`,
    { id, first },
  );
  const relations = data.report?.relations;
  return { totalCount: relations?.totalCount ?? 0, facts: (relations?.edges ?? []).map((e) => fact(e.node)) };
}
