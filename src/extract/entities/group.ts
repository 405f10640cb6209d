// Candidates → entities: one entity per kind and name, each kept candidate a mention of it.
import type { EntityKind } from '../../ontology/model.ts';
import { regionByName, regionForms, shortFormsOf } from '../lexicon/regions.ts';
import type { Candidate } from './candidate.ts';
import { projectShortForms } from './project-names.ts';
import { pickRegion } from './regions.ts';
import type { RecognizedEntity, RecognizedMention, RecognizedReport } from './report.ts';

/** A region named by a surface form (a list item: 珠海、汕头) takes the gazetteer's full name, as recognized ones do. */
function canonicalRegion(c: Candidate): Candidate {
  if (c.kind !== 'Region' || regionByName(c.name)) return c;
  const forms = regionForms().get(c.name);
  return forms ? { ...c, name: pickRegion(forms).region.name } : c;
}

/** A post says which a person is: a government post wins over another, and either over a list of officials. */
const TITLED_RANK = { listed: 0, other: 1, government: 2 } as const;

export /** @param fullRegions regions whose full name the report writes somewhere: their short forms (宿城) count. */
function group(kept: Candidate[], texts: string[], authors: Set<string>, fullRegions: Set<string>): RecognizedReport {
  const entities: RecognizedEntity[] = [];
  const index = new Map<string, number>();
  const mentions: RecognizedMention[] = [];
  const titled = new Map<string, Candidate['titled']>();
  for (const c of kept) {
    const before = titled.get(c.name);
    if (c.titled && (!before || TITLED_RANK[c.titled] > TITLED_RANK[before])) titled.set(c.name, c.titled);
  }

  for (const candidate of kept) {
    if (candidate.reference) continue;
    if (candidate.kind === 'Region' && candidate.needsFull && !fullRegions.has(candidate.name)) continue;
    const c = canonicalRegion(candidate);
    if (c.kind === 'Person' && authors.has(c.name)) continue;
    const post = titled.get(c.name);
    const kind: EntityKind = c.kind === 'Person' && (post === 'government' || post === 'listed') ? 'Official' : c.kind;
    const key = `${kind}:${c.name}`;
    let at = index.get(key);
    if (at === undefined) {
      at = entities.push({ kind, name: c.name, aliases: new Set() }) - 1;
      index.set(key, at);
    }
    const surface = texts[c.sentence]!.slice(c.start, c.end).replace(/[《》]/g, '');
    if (surface !== c.name) entities[at]!.aliases.add(surface);
    for (const alias of c.aliases ?? []) if (alias !== c.name) entities[at]!.aliases.add(alias);
    // A region is one entity whichever of its forms a report writes (湖南 in 湖南省委 is 湖南省).
    if (kind === 'Region') for (const short of shortFormsOf(c.name)) entities[at]!.aliases.add(short);
    if (kind === 'Project') for (const short of projectShortForms(c.name, surface)) entities[at]!.aliases.add(short);
    mentions.push({
      entity: at,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      listType: c.listType,
      ...(c.nested && { nested: true }),
      ...(c.insideBody && { insideBody: true }),
    });
  }
  return { entities, mentions };
}
