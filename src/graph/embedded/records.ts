// How the embedded store encodes what a column cannot hold natively, and its rows as the port's types.
//
// Every encoded column is plain text free of the characters CSV must quote (`"`, `,`, line breaks), because the bulk
// path writes them to CSV and LadybugDB reads quoted fields several times slower. Free text inside them is escaped
// (escapeText: those characters and the separators below become %XX).
//   Rel.support            one entry per report that states the relation, oldest first, joined by `;`:
//                          `<reportId>#<sentence>#<sentence>...|<property>=<value>|...` (report ids hold none of
//                          `#;|`): its evidence sentences and the property values it states (its claim). The values
//                          a relation shows follow from the claims (resolve.ts, claimedProperties).
//   MENTIONED_IN.mentions  `<sentence index>|<surface>` joined by `;`
//   Report.sentences       `<index>|<start>|<end>|<text>` joined by `;`
import { RELATION_PROPERTY_NAMES, RELATION_PROPERTY_TYPES } from '../../ontology/model.ts';
import type { EntityId, EntityKind, RelationProperties, RelationProperty, RelationType } from '../../ontology/model.ts';
import { claimedProperties, relationId } from '../resolve.ts';
import type { EvidenceRef, PropertyClaim, ResolvedMention, ResolvedSentence } from '../resolve.ts';
import type { StoredEntity, StoredEvidence, StoredRelation } from '../store.ts';
import type { Row } from './db.ts';
import type { Link } from './topology.ts';

const SPECIAL = /[%",;|=\n\r\\]/g;

/** Text with `% " , ; | =`, backslashes and line breaks as %XX: safe inside the encodings above and in CSV. */
export function escapeText(text: string): string {
  return text.replace(SPECIAL, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

export function unescapeText(text: string): string {
  return text.includes('%') ? decodeURIComponent(text) : text;
}

const split = (text: string | null | undefined, separator: string) => (text ? text.split(separator) : []);

/** The support of a relation: per report (in the order they came), its evidence sentences and its claim. */
export function encodeSupport(evidence: readonly EvidenceRef[], claims: readonly PropertyClaim[]): string {
  // The common case, one sentence of one report, without building a map (the bulk path encodes millions).
  if (
    evidence.length === 1 &&
    claims.length <= 1 &&
    (claims.length === 0 || claims[0]!.reportId === evidence[0]!.reportId)
  ) {
    const e = evidence[0]!;
    return `${e.reportId}#${e.sentence}${claims.length === 1 ? encodeProperties(claims[0]!.properties) : ''}`;
  }
  const entries = new Map<string, string>();
  for (const e of evidence) entries.set(e.reportId, `${entries.get(e.reportId) ?? e.reportId}#${e.sentence}`);
  for (const c of claims) {
    const entry = entries.get(c.reportId);
    if (entry !== undefined) entries.set(c.reportId, entry + encodeProperties(c.properties));
  }
  return [...entries.values()].join(';');
}

function encodeProperties(properties: RelationProperties): string {
  let text = '';
  for (const p of RELATION_PROPERTY_NAMES) {
    if (properties[p] !== undefined) text += `|${p}=${escapeText(String(properties[p]))}`;
  }
  return text;
}

/** One report's entry, to append to a relation's support (upserts). */
export function supportEntry(reportId: string, sentences: readonly number[], properties: RelationProperties): string {
  return `${reportId}${sentences.map((s) => `#${s}`).join('')}${encodeProperties(properties)}`;
}

export function decodeSupport(text: string | null | undefined): { evidence: EvidenceRef[]; claims: PropertyClaim[] } {
  const evidence: EvidenceRef[] = [];
  const claims: PropertyClaim[] = [];
  for (const entry of split(text, ';')) {
    const [refs, ...parts] = entry.split('|');
    const [reportId, ...sentences] = refs!.split('#');
    for (const sentence of sentences) evidence.push({ reportId: reportId!, sentence: Number(sentence) });
    if (parts.length === 0) continue;
    const properties: RelationProperties = {};
    for (const part of parts) {
      const [property, value] = part.split('=') as [RelationProperty, string];
      Object.assign(properties, {
        [property]: RELATION_PROPERTY_TYPES[property] === 'number' ? Number(value) : unescapeText(value),
      });
    }
    claims.push({ reportId: reportId!, properties });
  }
  return { evidence, claims };
}

/** What a relation's support contains when the report supports it: its entry starts so (a prefilter). */
export function supportToken(reportId: string): string {
  return `${reportId}#`;
}

export function encodeMentions(mentions: readonly ResolvedMention[]): string {
  return mentions.map((m) => `${m.sentence}|${escapeText(m.surface)}`).join(';');
}

export function decodeMentions(text: string | null | undefined): ResolvedMention[] {
  return split(text, ';').map((m) => {
    const bar = m.indexOf('|');
    return { sentence: Number(m.slice(0, bar)), surface: unescapeText(m.slice(bar + 1)) };
  });
}

export function encodeSentences(sentences: readonly ResolvedSentence[]): string {
  return sentences.map((s) => `${s.index}|${s.start}|${s.end}|${escapeText(s.text)}`).join(';');
}

export function decodeSentences(text: string | null | undefined): ResolvedSentence[] {
  return split(text, ';').map((s) => {
    const [index, start, end, ...rest] = s.split('|');
    return { index: Number(index), start: Number(start), end: Number(end), text: unescapeText(rest.join('|')) };
  });
}

export function sentenceKey(reportId: string, index: number): string {
  return `${reportId}#${index}`;
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

export function toEntity(row: Row): StoredEntity {
  return { id: String(row.id), kind: row.kind as EntityKind, name: String(row.name), aliases: strings(row.aliases) };
}

/** A relation row (src, dst and the relationColumns fragment), its support decoded. */
export interface RelationRecord {
  from: string;
  type: RelationType;
  to: string;
  evidence: EvidenceRef[];
  claims: PropertyClaim[];
}

export function toRelationRecord(row: Row): RelationRecord {
  return {
    from: String(row.src),
    type: row.type as RelationType,
    to: String(row.dst),
    ...decodeSupport(row.support as string | null),
  };
}

/** An entity's relations from its allRelations rows, with their supports as stored: a rel whose source is the entity
 *  leaves it. */
export function toLinks(id: EntityId, rows: Row[]): Link[] {
  return rows.map((row) => {
    const rel = row.rel as { _src: { offset: number }; type: RelationType; support: string | null };
    const [other, support] = [String(row.other), rel.support ?? ''];
    return Number(rel._src.offset) === Number(row.self)
      ? { from: id, type: rel.type, to: other, support }
      : { from: other, type: rel.type, to: id, support };
  });
}

/** A relation from a link with its support. */
export const linkRecord = ({ from, type, to, support }: Link): RelationRecord => ({
  from,
  type,
  to,
  ...decodeSupport(support),
});

/** An entity's relations, each way, from its links with their supports. */
export function toAdjacency(id: EntityId, links: readonly Link[]): { out: RelationRecord[]; in: RelationRecord[] } {
  const adjacency = { out: [] as RelationRecord[], in: [] as RelationRecord[] };
  for (const link of links) (link.from === id ? adjacency.out : adjacency.in).push(linkRecord(link));
  return adjacency;
}

/** The parameter row that creates a relation (insertRelations). */
export function relationParams(r: RelationRecord) {
  return { src: r.from, type: r.type, dst: r.to, support: encodeSupport(r.evidence, r.claims) };
}

export function toStoredRelation(r: RelationRecord, sentences: Map<string, StoredEvidence>): StoredRelation {
  return {
    id: relationId(r.from, r.type, r.to),
    type: r.type,
    from: r.from,
    to: r.to,
    ...claimedProperties(r.claims),
    evidence: r.evidence.flatMap((e) => sentences.get(sentenceKey(e.reportId, e.sentence)) ?? []),
  };
}
