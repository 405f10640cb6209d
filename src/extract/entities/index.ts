// Stage 4: sentences → entities. Recognizers propose candidates; overlaps are resolved (longer, surer names
// win); candidates group into one entity per name with its short forms as aliases; bare references to the
// report's subject park (园区, 该科创飞地) become mentions of it.
import type { EntityKind, Sentence } from '../../ontology/model.ts';
import type { ReportMeta } from '../metadata.ts';
import { INDUSTRY_TERMS } from '../lexicon/industries.ts';
import { placesInOneName, regionByName, regionForms, shortFormsOf } from '../lexicon/regions.ts';
import { Trie } from '../lexicon/trie.ts';
import { overlaps, type Candidate } from './candidate.ts';
import { recognizeIndustries, recognizeIndustryHeads } from './industries.ts';
import { recognizeLists } from './lists.ts';
import { recognizeMedia } from './media.ts';
import { recognizePartnerships } from './partnerships.ts';
import { recognizePeople } from './people.ts';
import { bracketedRegion, pickRegion, recognizeRegions } from './regions.ts';
import { PARK_RANK, recognizeSuffixNames } from './suffix-names.ts';
import { recognizeStateBodies } from './state-bodies.ts';
import { recognizeLocalPlaces } from './local-places.ts';

export interface RecognizedEntity {
  kind: EntityKind;
  name: string;
  aliases: Set<string>;
}

export interface RecognizedMention {
  entity: number;
  /** Index into the sentence list. */
  sentence: number;
  /** Span in the sentence's normalized text. */
  start: number;
  end: number;
  listType?: Candidate['listType'];
  /** True for 园区-style references to a park named elsewhere. */
  reference?: boolean;
  /** Inside another mention's name (a place word opening it): relation rules read the outer name. */
  nested?: boolean;
}

export interface RecognizedReport {
  entities: RecognizedEntity[];
  /** In reading order. */
  mentions: RecognizedMention[];
  /** The park the report is about, if it is about one. */
  subjectPark?: number;
  /** The most specific region the report is about. */
  subjectRegion?: number;
  /** The city the report's unnamed 市 (市委书记, 全市) refers to. */
  homeCity?: number;
}

const RECOGNIZERS = [
  recognizeRegions,
  recognizeSuffixNames,
  recognizeLists,
  recognizePeople,
  recognizeIndustries,
  recognizePartnerships,
  recognizeMedia,
  recognizeStateBodies,
  recognizeLocalPlaces,
  recognizeIndustryHeads,
];

/** Keeps the best non-overlapping candidates of one sentence: priority, then length, then position. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

const INDUSTRY_SET = new Set(INDUSTRY_TERMS);

/** Entities nested in a park's name: its industry (光伏产业园) and founding body (华工院(无锡)…). */
function nestedInPark(park: Candidate, text: string): Candidate[] {
  const out: Candidate[] = [];
  const surface = text.slice(park.start, park.end);
  const rank = [...PARK_RANK.keys()].find((s) => surface.endsWith(s));
  if (!rank) return out;
  const head = surface.slice(0, surface.length - rank.length);
  for (let i = 0; i < head.length - 1; i++) {
    const tail = head.slice(i);
    if (INDUSTRY_SET.has(tail)) {
      out.push({
        kind: 'Industry',
        name: tail,
        sentence: park.sentence,
        start: park.start + i,
        end: park.start + head.length,
        priority: 0,
      });
      break;
    }
  }
  const body = /^([\p{Script=Han}]{2,8}?(?:院|大学|研究所))[（(]/u.exec(head);
  if (body)
    out.push({
      kind: 'Organization',
      name: body[1]!,
      sentence: park.sentence,
      start: park.start,
      end: park.start + body[1]!.length,
      priority: 0,
    });
  return out;
}

/** Kinds whose names place them: a place word opening one is a Region the report names (ONTOLOGY.md). An
 *  organization's opening place is read too: the ontology does not count it alone, but measured on the seeds and the
 *  corpus's train and dev splits it finds regions the report also names elsewhere, and recall gains more than
 *  precision loses. */
const PLACED_KINDS: ReadonlySet<EntityKind> = new Set(['Park', 'Company', 'Project']);

/** Regions that open a name (无锡市|梁溪区|人民政府, 昆山|睢宁|工业园), and the one in its brackets. A short form that alone would need its full
 *  name elsewhere in the report (睢宁 for 睢宁县) is trusted in a run of two or more places. */
function openingRegions(named: Candidate, text: string): Candidate[] {
  const surface = text.slice(named.start, named.end);
  const run: Candidate[] = [];
  for (const r of recognizeRegions(surface, named.sentence)) {
    // The whole name is no place word of itself (some zones are county-level areas of the gazetteer).
    const previous = run.at(-1);
    if (r.start !== (previous?.end ?? 0) || r.end === surface.length) break;
    if (previous && !placesInOneName(previous.name, r.name)) break;
    run.push(r);
  }
  const trusted = run.length >= 2 ? run : run.filter((r) => !r.needsFull);
  const bracket = bracketedRegion(surface);
  if (bracket)
    trusted.push({ kind: 'Region', name: bracket.region, sentence: named.sentence, ...bracket, priority: 0 });
  return trusted.map((r) => ({
    ...r,
    start: named.start + r.start,
    end: named.start + r.end,
    priority: 0,
    needsFull: false,
    nested: true,
  }));
}

/** A region named by a surface form (a list item: 珠海、汕头) takes the gazetteer's full name, as recognized ones do. */
function canonicalRegion(c: Candidate): Candidate {
  if (c.kind !== 'Region' || regionByName(c.name)) return c;
  const forms = regionForms().get(c.name);
  return forms ? { ...c, name: pickRegion(forms).region.name } : c;
}

/** @param fullRegions regions whose full name the report writes somewhere: their short forms (宿城) count. */
function group(kept: Candidate[], texts: string[], authors: Set<string>, fullRegions: Set<string>): RecognizedReport {
  const entities: RecognizedEntity[] = [];
  const index = new Map<string, number>();
  const mentions: RecognizedMention[] = [];
  const titled = new Map<string, Candidate['titled']>();
  for (const c of kept) if (c.titled) titled.set(c.name, titled.get(c.name) === 'government' ? 'government' : c.titled);

  for (const candidate of kept) {
    if (candidate.reference) continue;
    if (candidate.kind === 'Region' && candidate.needsFull && !fullRegions.has(candidate.name)) continue;
    const c = canonicalRegion(candidate);
    if (c.kind === 'Person' && authors.has(c.name)) continue;
    const kind: EntityKind = c.kind === 'Person' && titled.get(c.name) === 'government' ? 'Official' : c.kind;
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
    mentions.push({
      entity: at,
      sentence: c.sentence,
      start: c.start,
      end: c.end,
      listType: c.listType,
      ...(c.nested && { nested: true }),
    });
  }
  return { entities, mentions };
}

/** Merges entities whose names are short forms of another's: 滨海经济开发区 in 江苏滨海经济开发区,
 *  梁溪区人民政府 in 无锡市梁溪区人民政府, “1+3”联动发展 in “1+3”共建园区联动发展, 华瑞达年 beside 华瑞达新能源. */
function mergeShortForms(report: RecognizedReport): RecognizedReport {
  const { entities } = report;
  const target = entities.map((_, i) => i);
  const find = (i: number): number => (target[i] === i ? i : (target[i] = find(target[i]!)));
  // Candidate short forms of each entity, looked up instead of compared pairwise (reports can be long):
  // its name's tails, and for partnerships and companies a shared opening.
  const byKey = new Map<string, number[]>();
  const keysOf = (e: RecognizedEntity): string[] => {
    const core = numberedCore(e.name);
    return [`${e.kind}:${e.name}`, ...(core ? [`core:${core}`] : []), `brand:${e.kind}:${e.name.slice(0, 3)}`];
  };
  entities.forEach((e, i) => {
    for (const key of keysOf(e)) byKey.set(key, [...(byKey.get(key) ?? []), i]);
  });
  entities.forEach((long, j) => {
    const candidates = new Set<number>(byKey.get(`brand:${long.kind}:${long.name.slice(0, 3)}`) ?? []);
    const core = numberedCore(long.name);
    for (const i of core ? (byKey.get(`core:${core}`) ?? []) : []) candidates.add(i);
    for (let cut = 1; cut < long.name.length; cut++) {
      for (const i of byKey.get(`${long.kind}:${long.name.slice(cut)}`) ?? []) candidates.add(i);
    }
    for (const i of candidates) {
      const short = entities[i]!;
      if (i !== j && short.kind === long.kind && short.name.length < long.name.length && isShortFormOf(short, long)) {
        target[find(i)] = find(j);
      }
    }
  });
  const kept = new Map<number, number>();
  const merged: RecognizedEntity[] = [];
  entities.forEach((e, i) => {
    const root = find(i);
    if (!kept.has(root))
      kept.set(root, merged.push({ ...entities[root]!, aliases: new Set(entities[root]!.aliases) }) - 1);
  });
  entities.forEach((e, i) => {
    const into = merged[kept.get(find(i))!]!;
    if (into.name !== e.name) into.aliases.add(e.name);
    for (const alias of e.aliases) if (alias !== into.name) into.aliases.add(alias);
  });
  return {
    ...report,
    entities: merged,
    mentions: report.mentions.map((m) => ({ ...m, entity: kept.get(find(m.entity))! })),
  };
}

/** The “1+5” that opens a numbered scheme's name: its short forms share it. */
function numberedCore(name: string): string | undefined {
  return /^[“"]\d+\+\d+[”"]/.exec(name)?.[0];
}

function isShortFormOf(short: RecognizedEntity, long: RecognizedEntity): boolean {
  if (short.kind === 'Partnership') {
    const core = numberedCore(short.name);
    return !!core && long.name.startsWith(core);
  }
  if (short.kind === 'Region' || short.kind === 'Official' || short.kind === 'Person' || short.kind === 'Industry')
    return false;
  if (long.name.endsWith(short.name)) {
    // What the long form adds must be places: 江苏|滨海经济开发区, 无锡市|梁溪区人民政府.
    return isPlacePrefix(long.name.slice(0, long.name.length - short.name.length));
  }
  // A company named by a shortened brand in the same report: 华瑞达年 beside 华瑞达新能源.
  return short.kind === 'Company' && short.name.length >= 4 && long.name.startsWith(short.name.slice(0, 3));
}

function isPlacePrefix(prefix: string): boolean {
  if (!prefix) return false;
  for (let len = Math.min(prefix.length, 8); len >= 2; len--) {
    const region =
      regionByName(prefix.slice(0, len)) ??
      regionByName(prefix.slice(0, len) + '省') ??
      regionByName(prefix.slice(0, len) + '市');
    if (region) return len === prefix.length || isPlacePrefix(prefix.slice(len));
  }
  return false;
}

/** The park a report is about: named in its title, or named far more than any other park. */
function findSubjectPark(report: RecognizedReport, titleSentence: number | undefined): number | undefined {
  const counts = new Map<number, number>();
  let inTitle: number | undefined;
  for (const m of report.mentions) {
    const e = report.entities[m.entity]!;
    if (e.kind !== 'Park') continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (m.sentence === titleSentence && inTitle === undefined) inTitle = m.entity;
  }
  if (inTitle !== undefined) return inTitle;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && best[1] >= 3 && (!second || best[1] >= 2 * second[1])) return best[0];
  return undefined;
}

function findRegions(report: RecognizedReport, titleSentence: number | undefined) {
  const score = new Map<number, number>();
  for (const m of report.mentions) {
    const e = report.entities[m.entity]!;
    if (e.kind !== 'Region' || m.nested) continue; // a place word inside a name does not make a report about it
    score.set(m.entity, (score.get(m.entity) ?? 0) + (m.sentence === titleSentence ? 5 : 1));
  }
  const best = (level: string) =>
    [...score].filter(([i]) => regionByName(report.entities[i]!.name)?.level === level).sort((a, b) => b[1] - a[1])[0];
  const [county, city, province] = [best('county'), best('city'), best('province')];
  // The most specific division the report dwells on: a county or city named in passing does not make a report
  // about its province (a national feature on a provincial visit) a report about that county or city.
  const top = Math.max(county?.[1] ?? 0, city?.[1] ?? 0, province?.[1] ?? 0);
  const subject = [county, city, province].find((b) => b && b[1] * 2 >= top);
  return { subjectRegion: subject?.[0], homeCity: city?.[0] };
}

/** Turns a report's references (园区, 该科创飞地) into mentions of the park they point at. */
function resolveReferences(report: RecognizedReport, references: Candidate[]): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  // Park mentions in reading order; references are in reading order too, so one pointer walks both.
  const parks = report.mentions.filter((m) => report.entities[m.entity]!.kind === 'Park');
  const lastBySuffix = new Map<string, number>();
  let next = 0;
  for (const r of references) {
    for (; next < parks.length; next++) {
      const m = parks[next]!;
      if (m.sentence > r.sentence || (m.sentence === r.sentence && m.end > r.start)) break;
      const name = report.entities[m.entity]!.name;
      for (const suffix of PARK_RANK.keys()) if (name.endsWith(suffix)) lastBySuffix.set(suffix, m.entity);
    }
    const anaphor = r.reference !== '园区' && r.reference !== '开发区' ? lastBySuffix.get(r.reference!) : undefined;
    const entity = anaphor ?? report.subjectPark;
    if (entity !== undefined) out.push({ entity, sentence: r.sentence, start: r.start, end: r.end, reference: true });
  }
  return out;
}

export function recognizeEntities(sentences: Sentence[], meta: ReportMeta): RecognizedReport {
  const texts = sentences.map((s) => s.text);
  const kept: Candidate[] = [];
  const references: Candidate[] = [];
  const fullRegions = new Set<string>();
  texts.forEach((text, i) => {
    const all = RECOGNIZERS.flatMap((recognize) => recognize(text, i));
    for (const c of all) if (c.kind === 'Region' && text.startsWith(c.name, c.start)) fullRegions.add(c.name);
    const resolved = resolveOverlaps(all);
    for (const c of resolved) (c.reference ? references : kept).push(c);
    for (const c of resolved) if (c.kind === 'Park' && !c.reference) kept.push(...nestedInPark(c, text));
    for (const c of resolved)
      if (c.kind === 'Organization' || PLACED_KINDS.has(c.kind)) kept.push(...openingRegions(c, text));
  });
  // A name once seen with a title or in a list is a person wherever it recurs.
  const people = new Trie<true>(kept.filter((c) => c.kind === 'Person').map((c) => [c.name, true] as const));
  const keptBySentence = new Map<number, Candidate[]>();
  for (const c of kept) keptBySentence.set(c.sentence, [...(keptBySentence.get(c.sentence) ?? []), c]);
  texts.forEach((text, i) => {
    for (const span of people.findAll(text)) {
      if (!(keptBySentence.get(i) ?? []).some((c) => overlaps(c, span))) {
        kept.push({
          kind: 'Person',
          name: text.slice(span.start, span.end),
          sentence: i,
          start: span.start,
          end: span.end,
          priority: 0,
        });
      }
    }
  });
  kept.sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  let report = mergeShortForms(group(kept, texts, new Set(meta.authors), fullRegions));
  const titleSentence = meta.title ? texts.findIndex((t) => t.includes(meta.title!) || meta.title!.includes(t)) : 0;
  const title = titleSentence >= 0 ? titleSentence : undefined;
  report.subjectPark = findSubjectPark(report, title);
  Object.assign(report, findRegions(report, title));
  const resolvedRefs = resolveReferences(report, references);
  report = {
    ...report,
    mentions: [...report.mentions, ...resolvedRefs].sort((a, b) => a.sentence - b.sentence || a.start - b.start),
  };
  return report;
}
