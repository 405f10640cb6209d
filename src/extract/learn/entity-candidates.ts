// Entity candidates for the model to decide on: every entity the rules recognized (with the kinds it could be
// re-typed to), plus broader spans the rules leave out: names ending in a generic head (…局, …基地, …合作社, every
// start a word boundary allows), title + surname + given name and role-followed people, names joined by ·, quoted
// names, and the items of a list after a verb that brings bodies in (引进, 签约, 入驻 …). Over-generating is the
// point: the model accepts, rejects or re-types.
import type { EntityKind } from '../../ontology/model.ts';
import type { RecognizedReport } from '../entities/index.ts';
import { MAX_TITLE_LENGTH, SURNAMES, TITLE_TRIE, TITLES } from '../lexicon/people.ts';
import { Trie } from '../lexicon/trie.ts';
import { pickRegion, regionTrie } from '../entities/regions.ts';
import type { RegionForm } from '../lexicon/regions.ts';
import { BARE_HEADS, HEADS, TRAILING_ROLES } from './heads.ts';
import { wordBounds } from './words.ts';

export interface Span {
  sentence: number;
  start: number;
  end: number;
}

export type Proposer = 'rule' | 'head' | 'bare' | 'person' | 'dotted' | 'quoted' | 'region' | 'cue';

export interface EntityCandidate {
  name: string;
  aliases: string[];
  /** The kinds it may be given. */
  kinds: readonly EntityKind[];
  proposer: Proposer;
  /** The head that proposed it (…局), for head spans. */
  head?: string;
  /** Head spans: how many word starts back from the head the span begins (1 nearest), and whether no start lies
   *  further back (a break or the window's end comes first). */
  startRank?: number;
  outermost?: boolean;
  /** Rule entities: their kind and index in the recognized report. */
  ruleKind?: EntityKind;
  ruleIndex?: number;
  /** The kinds of the rules' entities named next to it in a list (…、X、…): items of one list share a kind. */
  listNeighbours?: EntityKind[];
  /** Proposed candidates: how their first spans sit against the rules' mentions (see `ruleRelationsOf`). */
  ruleRelations?: string[];
  spans: Span[];
}

/** The kinds a rule entity may be re-typed to. */
const RETYPES: Partial<Record<EntityKind, readonly EntityKind[]>> = {
  Person: ['Person', 'Official'],
  Official: ['Official', 'Person'],
  Park: ['Park', 'Project', 'Organization', 'Company'],
  Project: ['Project', 'Park', 'Organization', 'Company'],
  Organization: ['Organization', 'Project', 'Company', 'Park'],
  Company: ['Company', 'Organization', 'Project'],
  Partnership: ['Partnership', 'Project'],
};

const HEAD_TRIE = new Trie(HEADS);
const MAX_HEAD = Math.max(...HEADS.map(([h]) => h.length));
/** The units heads end with: a word ending in none of them ends in no head (most words: no substring to test). */
const HEAD_LAST_UNITS = new Set(HEADS.map(([h]) => h.charCodeAt(h.length - 1)));
/** The units surnames open with: most positions open none. */
const SURNAME_FIRST_UNITS = new Set([...SURNAMES].map((s) => s.charCodeAt(0)));
/** The units two-unit surnames open with (欧阳): elsewhere a one-unit surname is all there is to look up. */
const TWO_UNIT_SURNAME_FIRST_UNITS = new Set([...SURNAMES].filter((s) => s.length === 2).map((s) => s.charCodeAt(0)));
const ROLE_TRIE = new Trie<true>([
  ...TRAILING_ROLES.map((r) => [r, true] as const),
  ...[...TITLES.keys()].map((t) => [t, true] as const),
]);
/** Characters that end a name walking left: punctuation, quotes, spaces. */
const NAME_BREAK = /[，。；：！？、,.;:!?“”"‘’《》〈〉【】\s|/]/;
/** NAME_BREAK for each UTF-16 unit (it has no u flag: it tests units), so a span is checked without a substring. */
const BREAKS = new Uint8Array(0x10000).map((_, unit) => (NAME_BREAK.test(String.fromCharCode(unit)) ? 1 : 0));
const breaksAt = (text: string, at: number) => BREAKS[text.charCodeAt(at)] === 1;
const ALL_HAN = /^\p{Script=Han}+$/u;
const MAX_NAME = 18;
const MAX_STARTS = 6;

/** Spans ending in a generic head at a word boundary, one per possible start (nearest word starts first). */
function headSpans(text: string, sentence: number, push: (c: Omit<EntityCandidate, 'spans'>, span: Span) => void) {
  const { starts } = wordBounds(text);
  for (let i = 0; i < starts.length; i++) {
    const end = starts[i + 1] ?? text.length;
    if (!HEAD_LAST_UNITS.has(text.charCodeAt(end - 1))) continue;
    // The longest head ending here (walked in the trie: no substring per length tried).
    const found = HEAD_TRIE.longestEndingAt(text, end, MAX_HEAD);
    if (!found) continue;
    const headStart = found.start;
    const head = text.slice(headStart, end);
    // Word starts before the head, nearest first (the head spans a few words at most: walk back from this word).
    let w = i;
    while (w >= 0 && starts[w]! >= headStart) w--;
    const spanStarts: number[] = [];
    // Starts only move left: text[clear, headStart) is known to hold no break, only the units left of it are read.
    let clear = headStart;
    for (; w >= 0 && spanStarts.length < MAX_STARTS; w--) {
      const start = starts[w]!;
      if (end - start > MAX_NAME) break;
      while (clear > start && !breaksAt(text, clear - 1)) clear--;
      if (clear > start) break;
      spanStarts.push(start);
    }
    const kinds = found.value;
    for (const [rank, start] of spanStarts.entries()) {
      const name = text.slice(start, end);
      const outermost = rank === spanStarts.length - 1;
      push(
        { name, aliases: [], kinds, proposer: 'head', head, startRank: rank + 1, outermost },
        { sentence, start, end },
      );
      if (BARE_HEADS.has(head) && headStart - start >= 2)
        push(
          { name: text.slice(start, headStart), aliases: [], kinds, proposer: 'bare', head },
          { sentence, start, end: headStart },
        );
    }
  }
}

/** Whether each BMP unit is Han (0 not yet known, 1 Han, 2 not): filled on first use, one regex test per unit. */
const HAN_UNITS = new Uint8Array(0x10000);

/** ALL_HAN.test(text.slice(start, end)) without the slice where the span holds no surrogate (almost always). */
function allHan(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return ALL_HAN.test(text.slice(start, end));
    let known = HAN_UNITS[unit]!;
    if (known === 0) HAN_UNITS[unit] = known = ALL_HAN.test(String.fromCharCode(unit)) ? 1 : 2;
    if (known === 2) return false;
  }
  return true;
}

/** Surname + given name at `start`, one or two given characters: the ends of the spans it could be, into `ends`
 *  (emptied first; a scratch array, so that the many positions opening a surname allocate nothing). */
function personSpans(text: string, start: number, ends: number[]): number[] {
  ends.length = 0;
  if (!SURNAME_FIRST_UNITS.has(text.charCodeAt(start))) return ends;
  const unit = text.charCodeAt(start);
  const surname =
    TWO_UNIT_SURNAME_FIRST_UNITS.has(unit) && SURNAMES.has(text.slice(start, start + 2))
      ? 2
      : SURNAMES.has(text[start] ?? '')
        ? 1
        : 0;
  if (!surname) return ends;
  for (let given = 1; given <= 2; given++) {
    const end = start + surname + given;
    if (end <= text.length && allHan(text, start, end)) ends.push(end);
  }
  return ends;
}

/** Whether a role follows the text at one of `ends` (a loop, not a closure made at every surname). */
function roleAfterAny(text: string, ends: readonly number[]): boolean {
  for (const end of ends) if (ROLE_TRIE.longestAt(text, end)) return true;
  return false;
}

function peopleSpans(text: string, sentence: number, push: (c: Omit<EntityCandidate, 'spans'>, span: Span) => void) {
  const kinds: EntityKind[] = ['Person', 'Official'];
  // After a title: 副市长|王某某.
  const ends: number[] = [];
  for (const { end: titleEnd } of TITLE_TRIE.findAll(text))
    for (const end of personSpans(text, titleEnd, ends))
      push(
        { name: text.slice(titleEnd, end), aliases: [], kinds, proposer: 'person' },
        { sentence, start: titleEnd, end },
      );
  // Opening a clause and followed by a role or a speech verb: 王某某院士, 王某某表示.
  for (let start = 0; start < text.length; start++) {
    personSpans(text, start, ends);
    // A role after the name is one probe or two; the title before it a walk from each of several starts: asked last.
    if (!roleAfterAny(text, ends)) continue;
    if (start > 0 && !breaksAt(text, start - 1) && !TITLE_TRIE.longestEndingAt(text, start, MAX_TITLE_LENGTH)) continue;
    for (const end of ends)
      if (ROLE_TRIE.longestAt(text, end))
        push({ name: text.slice(start, end), aliases: [], kinds, proposer: 'person' }, { sentence, start, end });
  }
  // Names joined by a middle dot: 阿某·某某.
  if (!text.includes('·')) return;
  for (const m of text.matchAll(/\p{Script=Han}{1,6}·\p{Script=Han}{1,8}/gu))
    push(
      { name: m[0], aliases: [], kinds, proposer: 'dotted' },
      { sentence, start: m.index, end: m.index + m[0].length },
    );
}

const QUOTED_KINDS: EntityKind[] = ['Project', 'Partnership', 'Park', 'Company', 'Organization', 'Industry'];

function quotedSpans(text: string, sentence: number, push: (c: Omit<EntityCandidate, 'spans'>, span: Span) => void) {
  if (!text.includes('“')) return;
  for (const m of text.matchAll(/“([^“”，。；：！？、,;:!?\s]{2,20})”/g))
    push(
      { name: m[1]!, aliases: [], kinds: QUOTED_KINDS, proposer: 'quoted' },
      { sentence, start: m.index + 1, end: m.index + 1 + m[1]!.length },
    );
}

/** Verbs after which a report names the investors, companies or projects it brings in, often without a suffix the
 *  rules know (引进青禾新材、蓝海生物等企业). */
const CUES = ['引进', '引入', '招引', '签约', '落户', '入驻', '落地', '携手'];
const CUE_PATTERN = new RegExp(`(?:${CUES.join('|')})`, 'g');
/** What ends the list after a cue: punctuation other than 、, or 等 closing it. */
const CUE_LIST_END = /[，。；：！？,;:!?\s“”"《》（）()]|等/;
/** What separates its items. */
const CUE_ITEM_BREAK = /[、和及与]/;
const CUE_KINDS: EntityKind[] = ['Company', 'Project', 'Park', 'Organization'];
const CUE_ITEM = { min: 2, max: 14 };

/** The items of the list a cue verb opens, up to the list's end: each a candidate of the kinds a cue brings in. */
function cueSpans(text: string, sentence: number, push: (c: Omit<EntityCandidate, 'spans'>, span: Span) => void) {
  for (const m of text.matchAll(CUE_PATTERN)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from);
    const listEnd = rest.search(CUE_LIST_END);
    const list = listEnd < 0 ? rest : rest.slice(0, listEnd);
    let start = from;
    for (const item of list.split(CUE_ITEM_BREAK)) {
      if (item.length >= CUE_ITEM.min && item.length <= CUE_ITEM.max)
        push(
          { name: item, aliases: [], kinds: CUE_KINDS, proposer: 'cue' },
          { sentence, start, end: start + item.length },
        );
      start += item.length + 1;
    }
  }
}

/** The region each gazetteer entry stands for (pickRegion sorts its forms: once per entry, not per mention). */
const regionNames = new Map<RegionForm[], string>();

/** Every gazetteer form, also the short ones the rules trust only beside the full name (平潭 for 平潭县). */
function regionSpans(text: string, sentence: number, push: (c: Omit<EntityCandidate, 'spans'>, span: Span) => void) {
  for (const { start, end, value } of regionTrie().findAllRemembered(text)) {
    const surface = text.slice(start, end);
    let name = regionNames.get(value);
    if (name === undefined) regionNames.set(value, (name = pickRegion(value).region.name));
    push(
      { name, aliases: surface === name ? [] : [surface], kinds: ['Region'], proposer: 'region' },
      { sentence, start, end },
    );
  }
}

/** The rule entities and the proposed spans of a report, grouped by name (one candidate per name and proposer). */
export function proposeEntities(texts: readonly string[], report: RecognizedReport): EntityCandidate[] {
  const out: EntityCandidate[] = report.entities.map((e, i) => ({
    name: e.name,
    aliases: [...e.aliases],
    kinds: RETYPES[e.kind] ?? [e.kind],
    proposer: 'rule',
    ruleKind: e.kind,
    ruleIndex: i,
    spans: [],
  }));
  for (const m of report.mentions) out[m.entity]!.spans.push({ sentence: m.sentence, start: m.start, end: m.end });
  // Names the rules already have (by any form) are theirs to decide.
  const known = new Set(report.entities.flatMap((e) => [e.name, ...e.aliases]));
  // One candidate per proposer and name, in the order first proposed.
  const proposed: EntityCandidate[] = [];
  const byProposer = new Map<Proposer, Map<string, EntityCandidate>>();
  const push = (c: Omit<EntityCandidate, 'spans'>, span: Span) => {
    if (known.has(c.name) || c.aliases.some((a) => known.has(a))) return;
    let byName = byProposer.get(c.proposer);
    if (!byName) byProposer.set(c.proposer, (byName = new Map()));
    let candidate = byName.get(c.name);
    if (!candidate) {
      // Each call site passes a fresh object: it becomes the candidate (no copy).
      candidate = c as EntityCandidate;
      candidate.spans = [];
      byName.set(c.name, candidate);
      proposed.push(candidate);
    }
    // Sentences are proposed in order, so a span already taken is among the last ones, of this sentence.
    const spans = candidate.spans;
    for (let i = spans.length - 1; i >= 0 && spans[i]!.sentence === span.sentence; i--)
      if (spans[i]!.start === span.start) return;
    spans.push(span);
  };
  texts.forEach((text, sentence) => {
    headSpans(text, sentence, push);
    peopleSpans(text, sentence, push);
    quotedSpans(text, sentence, push);
    cueSpans(text, sentence, push);
    regionSpans(text, sentence, push);
  });
  const all = [...out, ...proposed];
  addListNeighbours(texts, report, all);
  addRuleRelations(report, proposed);
  return all;
}

/** Sets each candidate's list neighbours: rule entities whose mention is its neighbour across a 、 (one per side,
 *  over its first mentions). */
function addListNeighbours(texts: readonly string[], report: RecognizedReport, candidates: EntityCandidate[]) {
  const key = (sentence: number, at: number) => sentence * 0x10000 + at;
  const startingAt = new Map<number, EntityKind>();
  const endingAt = new Map<number, EntityKind>();
  for (const m of report.mentions) {
    if (m.nested) continue;
    const kind = report.entities[m.entity]!.kind;
    startingAt.set(key(m.sentence, m.start), kind);
    endingAt.set(key(m.sentence, m.end), kind);
  }
  for (const c of candidates) {
    const kinds = new Set<EntityKind>();
    for (const s of c.spans.slice(0, 4)) {
      const text = texts[s.sentence]!;
      if (text[s.end] === '、') {
        const kind = startingAt.get(key(s.sentence, s.end + 1));
        if (kind) kinds.add(kind);
      }
      if (s.start > 0 && text[s.start - 1] === '、') {
        const kind = endingAt.get(key(s.sentence, s.start - 1));
        if (kind) kinds.add(kind);
      }
    }
    if (kinds.size) c.listNeighbours = [...kinds].sort();
  }
}

/** Mentions read per candidate: its first spans, as for its context features. */
const RELATED_SPANS = 4;

/**
 * How a proposed span sits against a rule mention in its sentence, with the mention's kind: it holds the mention
 * (`holds:Region`, `opens:Region` where the mention starts it), lies inside it (`inside`), crosses it (`crosses`), or
 * follows or precedes it directly (`after:Region`, `before:Region`). A span the rules' mentions cover end to end is
 * `covered`. Where the rules put a name tells the model where a broader span's edges are likely wrong.
 */
function ruleRelationsOf(span: Span, mentions: readonly (Span & { kind: EntityKind })[]): string[] {
  const out: string[] = [];
  let covered = 0;
  for (const m of mentions) {
    if (m.end <= span.start || m.start >= span.end) {
      if (m.end === span.start) out.push(`after:${m.kind}`);
      else if (m.start === span.end) out.push(`before:${m.kind}`);
      continue;
    }
    if (m.start >= span.start && m.end <= span.end) {
      out.push(m.start === span.start ? `opens:${m.kind}` : `holds:${m.kind}`);
      covered += m.end - m.start;
    } else if (m.start <= span.start && m.end >= span.end) out.push('inside');
    else out.push('crosses');
  }
  if (covered >= span.end - span.start) out.push('covered');
  return out;
}

/** Sets each proposed candidate's relations to the rules' mentions, over its first spans (sorted, each once). */
function addRuleRelations(report: RecognizedReport, candidates: EntityCandidate[]) {
  const bySentence = new Map<number, (Span & { kind: EntityKind })[]>();
  for (const m of report.mentions) {
    if (m.nested) continue;
    const list = bySentence.get(m.sentence) ?? [];
    list.push({ ...m, kind: report.entities[m.entity]!.kind });
    bySentence.set(m.sentence, list);
  }
  for (const c of candidates) {
    const relations = new Set<string>();
    for (const s of c.spans.slice(0, RELATED_SPANS))
      for (const r of ruleRelationsOf(s, bySentence.get(s.sentence) ?? [])) relations.add(r);
    if (relations.size) c.ruleRelations = [...relations].sort();
  }
}
