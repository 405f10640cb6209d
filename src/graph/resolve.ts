// Identity and resolution: an ExtractedReport becomes graph records with stable ids, and the merges every store
// applies when a report arrives or leaves. Pure functions, no I/O: the adapters decide only how to store the result.
import { UserError } from '../errors.ts';
import {
  ENTITY_KINDS,
  RELATION_SCHEMA,
  RELATION_TYPES,
  canonicalName,
  isAllowedRelation,
  isRelationPropertyValue,
} from '../ontology/model.ts';
import type { EntityId, EntityKind, ExtractedReport, RelationProperties, RelationType } from '../ontology/model.ts';
import { identityName, reportNodeId, shortForms } from './identity.ts';
import type { StoredReport } from './store.ts';

/** A sentence a report cites: normalized text, offsets in the report's original text. */
export interface ResolvedSentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

export interface ResolvedMention {
  /** The sentence's index in its report. */
  sentence: number;
  surface: string;
}

/** One entity as one report knows it. */
export interface ResolvedEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  /** Surface forms other than `name` that this report uses. */
  aliases: string[];
  mentions: ResolvedMention[];
}

/** One relation as one report states it. */
export interface ResolvedRelation {
  id: string;
  type: RelationType;
  from: EntityId;
  to: EntityId;
  /** The properties this report states (only those the type carries). */
  properties: RelationProperties;
  /** Indexes of the report's sentences that state it. */
  sentences: number[];
}

export interface ResolvedReport {
  report: StoredReport;
  sentences: ResolvedSentence[];
  entities: ResolvedEntity[];
  relations: ResolvedRelation[];
}

/** "Which report and which sentence say so." */
export interface EvidenceRef {
  reportId: string;
  sentence: number;
}

/** The properties one report states for a relation; a relation keeps one claim per report that states any. */
export interface PropertyClaim {
  reportId: string;
  properties: RelationProperties;
}

/** Report ids are hashes (see extractReport); anything else could not be told apart in evidence lists. */
const REPORT_ID = /^[A-Za-z0-9_.-]{1,128}$/;

export function relationId(from: EntityId, type: RelationType, to: EntityId): string {
  return `${from}|${type}|${to}`;
}

/** `values` without duplicates, empty strings or `name`, in first-seen order. */
export function mergeAliases(name: string, ...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>([name, '']);
  const merged: string[] = [];
  for (const alias of lists.flat()) {
    if (seen.has(alias)) continue;
    seen.add(alias);
    merged.push(alias);
  }
  return merged;
}

export function mergeEvidence(existing: readonly EvidenceRef[], added: readonly EvidenceRef[]): EvidenceRef[] {
  const key = (e: EvidenceRef) => `${e.reportId}#${e.sentence}`;
  const seen = new Set(existing.map(key));
  return [...existing, ...added.filter((e) => !seen.has(key(e)) && seen.add(key(e)))];
}

export function evidenceWithout(evidence: readonly EvidenceRef[], reportId: string): EvidenceRef[] {
  return evidence.filter((e) => e.reportId !== reportId);
}

/** A report's claim replaces its earlier one and becomes the latest; a claim without properties is no claim. */
export function addClaim(claims: readonly PropertyClaim[], claim: PropertyClaim): PropertyClaim[] {
  const others = claimsWithout(claims, claim.reportId);
  return Object.keys(claim.properties).length === 0 ? others : [...others, claim];
}

export function claimsWithout(claims: readonly PropertyClaim[], reportId: string): PropertyClaim[] {
  return claims.filter((c) => c.reportId !== reportId);
}

/** The properties a relation shows: for each, the value of the latest claim that states it. */
export function claimedProperties(claims: readonly PropertyClaim[]): RelationProperties {
  return Object.assign({}, ...claims.map((c) => c.properties)) as RelationProperties;
}

function fail(reportName: string, problem: string): never {
  throw new UserError(`report ${reportName}: ${problem}`);
}

/**
 * The graph records of one report: entities keyed by kind + identity name (two surface entities that share one, or a
 * short form and the one fuller name it shortens, are merged: identity.ts), relations keyed by `${from}|${type}|${to}` with their evidence sentences, the cited sentences. Input that
 * breaks the ontology or cites sentences the report does not carry is refused with a UserError naming the report.
 */
export function resolveReport(input: ExtractedReport): ResolvedReport {
  const { doc } = input;
  const label = JSON.stringify(doc.name ?? doc.id);
  if (typeof doc.id !== 'string' || !REPORT_ID.test(doc.id)) fail(label, `invalid report id ${JSON.stringify(doc.id)}`);
  if (typeof doc.name !== 'string' || doc.name === '') fail(label, 'the report has no name');

  const sentences = new Map<number, ResolvedSentence>();
  for (const s of input.evidence) {
    if (!Number.isInteger(s.index) || s.index < 0) fail(label, `sentence index ${s.index} is not a whole number`);
    if (!sentences.has(s.index)) sentences.set(s.index, { index: s.index, text: s.text, start: s.start, end: s.end });
  }
  const cited = (index: number, what: string) => {
    if (!sentences.has(index)) fail(label, `${what} cites sentence ${index}, which the report's evidence lacks`);
  };

  // One node per real entity (identity.ts): names keyed by their identity form, and each short form merged into
  // the fuller name it shortens. A node is named by the fullest name its key came from, so reportNodeId(kind, name, report) = id.
  for (const e of input.entities) {
    if (!(ENTITY_KINDS as readonly string[]).includes(e.kind)) fail(label, `unknown entity kind ${e.kind}`);
    if (typeof e.name !== 'string' || canonicalName(e.name) === '') fail(label, `${e.kind} with an empty name`);
  }
  const keys = input.entities.map((e) => ({ kind: e.kind, name: identityName(e.kind, e.name) }));
  const into = shortForms(keys);
  const nodeOf = input.entities.map((e, i) => reportNodeId(e.kind, input.entities[into.get(i) ?? i]!.name, doc.id));
  const nameOf = new Map<EntityId, string>();
  input.entities.forEach((e, i) => {
    const named = nameOf.get(nodeOf[i]!);
    const fuller = named === undefined || canonicalName(e.name).length > canonicalName(named).length;
    if (!into.has(i) && fuller) nameOf.set(nodeOf[i]!, e.name);
  });
  const entities = new Map<EntityId, ResolvedEntity>();
  const idOf = new Map<string, EntityId>();
  input.entities.forEach((e, i) => {
    const id = nodeOf[i]!;
    if (!idOf.has(e.id)) idOf.set(e.id, id);
    const mentions = e.mentions.map((m) => {
      cited(m.sentence, `the mention "${m.surface}" of ${id}`);
      return { sentence: m.sentence, surface: m.surface };
    });
    const known = entities.get(id);
    if (known) {
      known.aliases = mergeAliases(known.name, known.aliases, [e.name], e.aliases);
      known.mentions = uniqueMentions([...known.mentions, ...mentions]);
    } else {
      const name = nameOf.get(id)!;
      entities.set(id, {
        id,
        kind: e.kind,
        name,
        aliases: mergeAliases(name, [e.name], e.aliases),
        mentions: uniqueMentions(mentions),
      });
    }
  });
  // Extracted entities that share a name are one entity, and a relation between them is an extraction error.
  const sameName = (a: string, b: string) => {
    const [x, y] = [a, b].map((id) => input.entities.find((e) => e.id === id));
    return x !== undefined && y !== undefined && canonicalName(x.name) === canonicalName(y.name);
  };

  const relations = new Map<string, ResolvedRelation>();
  for (const r of input.relations) {
    if (!(RELATION_TYPES as readonly string[]).includes(r.type)) fail(label, `unknown relation type ${r.type}`);
    const from = idOf.get(r.from) ?? fail(label, `${r.type} from ${r.from}, which is not among its entities`);
    const to = idOf.get(r.to) ?? fail(label, `${r.type} to ${r.to}, which is not among its entities`);
    const id = relationId(from, r.type, to);
    if (from === to && (r.from === r.to || sameName(r.from, r.to))) fail(label, `${id} links an entity to itself`);
    // Two names the report gives one entity (a short form and its full name) say nothing about each other.
    if (from === to) continue;
    const fromKind = entities.get(from)!.kind;
    const toKind = entities.get(to)!.kind;
    if (!isAllowedRelation(r.type, fromKind, toKind)) {
      fail(label, `${id}: ${r.type} does not link ${fromKind} to ${toKind} in the ontology`);
    }
    if (r.evidence.length === 0) fail(label, `${id} has no evidence sentence`);
    for (const index of r.evidence) cited(index, id);
    const properties: RelationProperties = {};
    for (const property of RELATION_SCHEMA[r.type].properties) {
      const value = r[property];
      if (value === undefined || value === null) continue;
      if (!isRelationPropertyValue(property, value)) fail(label, `${id}: invalid ${property} ${JSON.stringify(value)}`);
      Object.assign(properties, { [property]: value });
    }
    const known = relations.get(id);
    if (known) {
      known.sentences = [...new Set([...known.sentences, ...r.evidence])];
      known.properties = { ...properties, ...known.properties };
    } else {
      relations.set(id, { id, type: r.type, from, to, properties, sentences: [...new Set(r.evidence)] });
    }
  }

  return {
    report: {
      id: doc.id,
      name: doc.name,
      ...(doc.title ? { title: doc.title } : {}),
      ...(doc.publishedAt ? { publishedAt: doc.publishedAt } : {}),
      ...(doc.source ? { source: doc.source } : {}),
      authors: [...doc.authors],
      entityCount: entities.size,
      relationCount: relations.size,
    },
    sentences: [...sentences.values()].sort((a, b) => a.index - b.index),
    entities: [...entities.values()],
    relations: [...relations.values()],
  };
}

function uniqueMentions(mentions: ResolvedMention[]): ResolvedMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = `${m.sentence}\u0000${m.surface}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** The aliases a report uses for an entity stored under `storedName` (its own name too, when spelled otherwise). */
export function reportAliases(storedName: string, entity: ResolvedEntity): string[] {
  return mergeAliases(storedName, [entity.name], entity.aliases);
}

/** A whole graph merged from resolved reports, as a store holds it after upserting them in order. */
export interface MergedGraph {
  entities: { id: EntityId; kind: EntityKind; name: string; aliases: string[] }[];
  reports: (StoredReport & { sentences: ResolvedSentence[] })[];
  mentions: { entity: EntityId; report: string; aliases: string[]; mentions: ResolvedMention[] }[];
  relations: {
    from: EntityId;
    type: RelationType;
    to: EntityId;
    properties: RelationProperties;
    evidence: EvidenceRef[];
    claims: PropertyClaim[];
  }[];
}

/** Merges reports in memory, with the same rules as report-by-report upserts (for loading many at once). */
export function mergeReports(reports: Iterable<ResolvedReport>): MergedGraph {
  const graph: MergedGraph = { entities: [], reports: [], mentions: [], relations: [] };
  const entities = new Map<EntityId, MergedGraph['entities'][number]>();
  const relations = new Map<string, MergedGraph['relations'][number]>();
  const seen = new Set<string>();
  for (const { report, sentences, entities: named, relations: stated } of reports) {
    if (seen.has(report.id)) continue;
    seen.add(report.id);
    graph.reports.push({ ...report, sentences });
    for (const e of named) {
      let stored = entities.get(e.id);
      if (!stored) {
        stored = { id: e.id, kind: e.kind, name: e.name, aliases: [] };
        entities.set(e.id, stored);
        graph.entities.push(stored);
      }
      const aliases = reportAliases(stored.name, e);
      stored.aliases = mergeAliases(stored.name, stored.aliases, aliases);
      graph.mentions.push({ entity: e.id, report: report.id, aliases, mentions: e.mentions });
    }
    for (const r of stated) {
      let stored = relations.get(r.id);
      if (!stored) {
        stored = { from: r.from, type: r.type, to: r.to, properties: {}, evidence: [], claims: [] };
        relations.set(r.id, stored);
        graph.relations.push(stored);
      }
      stored.evidence = mergeEvidence(stored.evidence, evidenceOf(report.id, r));
      stored.claims = addClaim(stored.claims, { reportId: report.id, properties: r.properties });
      stored.properties = claimedProperties(stored.claims);
    }
  }
  return graph;
}

/** The evidence references of a resolved relation. */
export function evidenceOf(reportId: string, relation: ResolvedRelation): EvidenceRef[] {
  return relation.sentences.map((sentence) => ({ reportId, sentence }));
}
