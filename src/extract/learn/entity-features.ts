// General features of an entity candidate under one kind hypothesis: the name's edges (last one to three
// characters, first one or two), length, character classes, the segmenter's words and tags, gazetteer and lexicon
// flags, how often the name recurs in the report, the characters and words around its mentions, titles before it, which proposer found it and the rules' kind.
// Never the whole name: the model learns what names of a kind look like, not a list of names. A proposed candidate's
// features are marked apart from a rule entity's (PROPOSED_MARK), and it also gets the words around it and where the
// rules' mentions lie against it.
import type { EntityKind } from '../../ontology/model.ts';
import { INDUSTRY_SET } from '../lexicon/industries.ts';
import { MAX_TITLE_LENGTH, SURNAMES, TITLE_TRIE } from '../lexicon/people.ts';
import { regionByName } from '../lexicon/regions.ts';
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { regionTrie } from '../entities/regions.ts';
import type { EntityCandidate, Span } from './entity-candidates.ts';
import { wordAfter, wordBefore, wordsIn } from './words.ts';

const PEOPLE: ReadonlySet<EntityKind> = new Set(['Person', 'Official']);
/** People's names have features of their own (surname, given name) instead of the name's edges. */
export const isPeopleKind = (kind: EntityKind) => PEOPLE.has(kind);
/** Mentions whose context is read: the first few are enough and keep long reports cheap. */
const CONTEXT_MENTIONS = 4;

function lengthBucket(n: number): string {
  if (n <= 4) return String(n);
  if (n <= 6) return '5-6';
  if (n <= 9) return '7-9';
  if (n <= 14) return '10-14';
  return '15+';
}

function countBucket(n: number): string {
  return n <= 2 ? String(n) : n <= 5 ? '3-5' : '6+';
}

/**
 * `prefix + value` for values of a small, closed set (buckets, tags, kinds, heads, proposers), built once: the same
 * string object every time, so no string is made per candidate and its hash is computed once for the weight lookup.
 */
function feature(prefix: string): (value: string | number) => string {
  const made = new Map<string | number, string>();
  return (value) => {
    let f = made.get(value);
    if (f === undefined) made.set(value, (f = `${prefix}${value}`));
    return f;
  };
}

/**
 * The mark of every feature of a proposed candidate (`~e1=园`, not `e1=园`): the proposer's spans get weights of their
 * own. Shared weights let the rules' entities, which are mostly right, teach the model to trust any span ending like
 * one of them, and let each new proposal or feature move the rules' decisions; apart, a proposal can only add.
 */
const PROPOSED_MARK = '~';

/** The prefixes of features made per candidate from its name's edges (`e1=园`): a sink may look the value up
 *  without making the string. */
type EdgePrefix = 'e1=' | 'e2=' | 'e3=' | 's1=' | 's2=';
export type OpenPrefix = EdgePrefix | `${typeof PROPOSED_MARK}${EdgePrefix}`;
const EDGE_PREFIXES: readonly EdgePrefix[] = ['e1=', 'e2=', 'e3=', 's1=', 's2='];
export const OPEN_PREFIXES: readonly OpenPrefix[] = [
  ...EDGE_PREFIXES,
  ...EDGE_PREFIXES.map((p) => `${PROPOSED_MARK}${p}` as const),
];

/** Where a candidate's features go, in the model's order: kept as strings (training), or their weights added
 *  straight into the scores of the kinds (deciding, see `EntityScorer`). */
export interface FeatureSink {
  /** Skip the features of BOUNDED_TEMPLATES: the sink stands in a bound for their weights. */
  readonly bounding?: boolean;
  /** A feature whose string is made already (closed sets are made once; contexts once per offset). */
  closed(feature: string): void;
  /** The feature `prefix + value`. */
  open(prefix: OpenPrefix, value: string): void;
  /** Called before the context features (the last ones): true when the sink has them already, from a bounding pass
   *  over the same candidate, so that they are not read again. */
  beginContexts?(): boolean;
}

/**
 * The costliest features to make (the segmenter's words and tags, gazetteer and lexicon look-ups, how often the name
 * recurs), each a template that gives a name at most one feature, never a people's name: a sink that is `bounding`
 * gets the others only, and bounds what these could add by their templates' largest weights.
 */
const COSTLY_TEMPLATES = [
  'recurs=',
  'region=',
  'gazetteer',
  'industry-term',
  'industry-stem',
  'words=',
  't0=',
  'tN=',
  'loose=',
  'one-word',
] as const;
export const BOUNDED_TEMPLATES: readonly string[] = [
  ...COSTLY_TEMPLATES,
  ...COSTLY_TEMPLATES.map((t) => `${PROPOSED_MARK}${t}`),
];

const LEN = feature('len=');
const SURNAME = feature('surname=');
const GIVEN = feature('given=');
const WORDS = feature('words=');
const FIRST_TAG = feature('t0=');
const LAST_TAG = feature('tN=');
const LOOSE = feature('loose=');
const LEFT_TAG = feature('LT=');
const RIGHT_TAG = feature('RT=');
const LEFT_CLASS = feature('Lc=');
const RIGHT_CLASS = feature('Rc=');
const BY = feature('by=');
const RULE = feature('rule=');
const HEAD = feature('head=');
const START_RANK = feature('start-rank=');
const RECURS = feature('recurs=');
const MENTIONS = feature('mentions=');
const LIST_NEIGHBOUR = feature('list-neighbour=');
const RULE_RELATION = feature('rule-rel=');

/** A character's class: Han, Latin, digit, or the character itself for punctuation. */
function charClass(ch: string | undefined): string {
  if (ch === undefined) return '^';
  if (/\p{Script=Han}/u.test(ch)) return 'H';
  if (/[A-Za-z]/.test(ch)) return 'A';
  if (/[0-9]/.test(ch)) return '0';
  return ch;
}

/** The class feature of the UTF-16 unit at `at` (`^` outside the text): made once per unit, not per mention. */
function classFeature(make: (value: string | number) => string): (text: string, at: number) => string {
  const byUnit = new Array<string | undefined>(0x10000);
  const edge = make(charClass(undefined));
  return (text, at) => {
    if (at < 0 || at >= text.length) return edge;
    return (byUnit[text.charCodeAt(at)] ??= make(charClass(text[at])));
  };
}

const LEFT_CLASS_AT = classFeature(LEFT_CLASS);
const RIGHT_CLASS_AT = classFeature(RIGHT_CLASS);

/** What the name itself says, independent of the kind hypothesis's people/non-people split. */
function nameFeatures(sink: FeatureSink, name: string, people: boolean, words: readonly string[]): void {
  sink.closed(LEN(lengthBucket(name.length)));
  if (people) {
    const surname = SURNAMES.has(name.slice(0, 2)) ? 2 : SURNAMES.has(name[0]!) ? 1 : 0;
    sink.closed(SURNAME(surname));
    sink.closed(GIVEN(name.length - surname));
    if (name.includes('·')) sink.closed('dotted');
    return;
  }
  sink.open('e1=', name.slice(-1));
  sink.open('e2=', name.slice(-2));
  sink.open('e3=', name.slice(-3));
  sink.open('s1=', String(name[0]));
  sink.open('s2=', name.slice(0, 2));
  if (/[A-Za-z]/.test(name)) sink.closed('latin');
  if (/[0-9]/.test(name)) sink.closed('digit');
  if (/[（(]/.test(name)) sink.closed('bracket');
  if (/[·—-]/.test(name)) sink.closed('joined');
  if (sink.bounding) return;
  const opening = regionTrie().longestAt(name, 0);
  if (opening) sink.closed(opening.end === name.length ? 'region=whole' : 'region=opens');
  if (regionByName(name)) sink.closed('gazetteer');
  if (INDUSTRY_SET.has(name)) sink.closed('industry-term');
  if (INDUSTRY_SET.has(name.replace(/(?:产业|行业|业)$/, ''))) sink.closed('industry-stem');
  sink.closed(WORDS(countBucket(words.length)));
  sink.closed(FIRST_TAG(tagOf(words[0]!)));
  sink.closed(LAST_TAG(tagOf(words.at(-1)!)));
  let loose = 0;
  for (const w of words) if (w.length === 1) loose++;
  sink.closed(LOOSE(countBucket(loose)));
  if (words.length === 1) sink.closed('one-word');
}

/** What is read left of a mention's start: the same for every candidate starting there. */
interface LeftContext {
  /** The character just before (L1=); two characters fitted the training reports, not the genre. */
  char: string;
  charClass: string;
  tag: string;
  /** The word before (LW=): a verb such as 引进 or 建设 often opens a name, a place or a noun is often its part. */
  word: string;
  /** A title ending at the start: its kind and the two characters before the name. */
  title: readonly string[];
  opensSentence: boolean;
}

/** What is read right of a mention's end: the same for every candidate ending there. */
interface RightContext {
  /** The character just after (R1=). */
  char: string;
  charClass: string;
  tag: string;
  /** The word after (RW=). */
  word: string;
  titleAfter: boolean;
}

/** jieba's tags of proper nouns (people, places, bodies, other names), and of words not in its dictionary. */
const NAME_TAGS = new Set(['nr', 'nrt', 'nrfg', 'ns', 'nt', 'nz', 'x']);

/** The feature of a word next to a mention: the word itself when the dictionary knows it as a common word (a verb
 *  such as 引进, a noun such as 企业), else only its tag: a name next to a name is no general feature. */
function contextWord(prefix: 'LW=' | 'RW=', word: string | undefined, edge: string): string {
  if (word === undefined) return prefix + edge;
  const tag = tagOf(word);
  return NAME_TAGS.has(tag) ? `${prefix}<${tag}>` : prefix + word;
}

function leftContext(text: string, start: number): LeftContext {
  const word = wordBefore(text, start);
  const title = TITLE_TRIE.longestEndingAt(text, start, MAX_TITLE_LENGTH);
  return {
    char: `L1=${text[start - 1] ?? '^'}`,
    charClass: LEFT_CLASS_AT(text, start - 1),
    tag: LEFT_TAG(word ? tagOf(word) : '^'),
    word: contextWord('LW=', word, '^'),
    title: title ? [`title=${title.value.government ? 'gov' : 'other'}`, `title2=${text.slice(start - 2, start)}`] : [],
    opensSentence: start === 0,
  };
}

function rightContext(text: string, end: number): RightContext {
  const word = wordAfter(text, end);
  return {
    char: `R1=${text[end] ?? '$'}`,
    charClass: RIGHT_CLASS_AT(text, end),
    tag: RIGHT_TAG(word ? tagOf(word) : '$'),
    word: contextWord('RW=', word, '$'),
    titleAfter: TITLE_TRIE.longestAt(text, end) !== undefined,
  };
}

/** A report's contexts by sentence and offset: candidates share starts and ends (a head's spans share the end). */
interface ReportContexts {
  left: Map<number, LeftContext>[];
  right: Map<number, RightContext>[];
}

const contextsOf = new WeakMap<readonly string[], ReportContexts>();

function contextsFor(texts: readonly string[]): ReportContexts {
  let contexts = contextsOf.get(texts);
  if (!contexts) contextsOf.set(texts, (contexts = { left: [], right: [] }));
  return contexts;
}

function leftAt(contexts: ReportContexts, text: string, sentence: number, start: number): LeftContext {
  const byOffset = (contexts.left[sentence] ??= new Map());
  let context = byOffset.get(start);
  if (context === undefined) byOffset.set(start, (context = leftContext(text, start)));
  return context;
}

function rightAt(contexts: ReportContexts, text: string, sentence: number, end: number): RightContext {
  const byOffset = (contexts.right[sentence] ??= new Map());
  let context = byOffset.get(end);
  if (context === undefined) byOffset.set(end, (context = rightContext(text, end)));
  return context;
}

/** Gives `x` unless `seen` holds it, and records it there. */
function addOnce(sink: FeatureSink, seen: string[], x: string): void {
  for (let i = 0; i < seen.length; i++) if (seen[i] === x) return;
  seen.push(x);
  sink.closed(x);
}

/**
 * The characters, words and titles around one mention, in the model's order, each unless already given (two
 * mentions may share a context): `seen` holds the candidate's context features so far. Only context features can
 * repeat: the others all have distinct prefixes.
 */
function contextFeatures(
  sink: FeatureSink,
  seen: string[],
  texts: readonly string[],
  span: Span,
  /** A proposed candidate: also the words around it, which tell where a broader span's edges are right. */
  proposed: boolean,
): void {
  const contexts = contextsFor(texts);
  const text = texts[span.sentence]!;
  const left = leftAt(contexts, text, span.sentence, span.start);
  const right = rightAt(contexts, text, span.sentence, span.end);
  addOnce(sink, seen, left.char);
  addOnce(sink, seen, right.char);
  addOnce(sink, seen, left.charClass);
  addOnce(sink, seen, right.charClass);
  addOnce(sink, seen, left.tag);
  addOnce(sink, seen, right.tag);
  if (proposed) {
    addOnce(sink, seen, left.word);
    addOnce(sink, seen, right.word);
  }
  for (const x of left.title) addOnce(sink, seen, x);
  if (right.titleAfter) addOnce(sink, seen, 'title-after');
  if (left.opensSentence) addOnce(sink, seen, 'opens-sentence');
}

/** The candidate's features before they are tied to a kind, into `sink`: the same for every kind but for people's
 *  names (`people`). */
export function candidateFeatures(
  ruleSink: FeatureSink,
  candidate: EntityCandidate,
  texts: readonly string[],
  /** How many sentences name it (asked only when needed). */
  recurs: () => number,
  people: boolean,
): void {
  const sink = candidate.ruleIndex === undefined ? new ProposedSink(ruleSink) : ruleSink;
  sink.closed('bias');
  sink.closed(BY(candidate.proposer));
  if (candidate.ruleKind) sink.closed(RULE(candidate.ruleKind));
  if (candidate.head) sink.closed(HEAD(candidate.head));
  if (candidate.startRank) sink.closed(START_RANK(Math.min(candidate.startRank, 4)));
  if (candidate.outermost) sink.closed('outermost');
  for (const kind of candidate.listNeighbours ?? []) sink.closed(LIST_NEIGHBOUR(kind));
  for (const relation of candidate.ruleRelations ?? []) sink.closed(RULE_RELATION(relation));
  if (!sink.bounding) sink.closed(RECURS(countBucket(recurs())));
  if (candidate.aliases.length) sink.closed('has-alias');
  // A people's name has no features of its words.
  nameFeatures(sink, candidate.name, people, people || sink.bounding ? [] : wordsOf(candidate, texts));
  sink.closed(MENTIONS(countBucket(candidate.spans.length)));
  if (candidate.spans.some((s) => s.sentence === 0)) sink.closed('in-title');
  if (sink.beginContexts?.()) return;
  const seen: string[] = [];
  for (let i = 0; i < candidate.spans.length && i < CONTEXT_MENTIONS; i++)
    contextFeatures(sink, seen, texts, candidate.spans[i]!, candidate.ruleIndex === undefined);
}

/** Each closed feature's marked copy, made once. */
const markedCopies = new Map<string, string>();

function markedCopy(feature: string): string {
  let copy = markedCopies.get(feature);
  if (copy === undefined) markedCopies.set(feature, (copy = PROPOSED_MARK + feature));
  return copy;
}

/** Gives a proposed candidate's features to a sink marked (see PROPOSED_MARK). */
class ProposedSink implements FeatureSink {
  constructor(private readonly inner: FeatureSink) {}

  get bounding(): boolean | undefined {
    return this.inner.bounding;
  }

  closed(feature: string): void {
    this.inner.closed(markedCopy(feature));
  }

  open(prefix: OpenPrefix, value: string): void {
    this.inner.open(`${PROPOSED_MARK}${prefix as EdgePrefix}`, value);
  }

  beginContexts(): boolean {
    return this.inner.beginContexts?.() ?? false;
  }
}

/** A sink that keeps the features as strings, for training and inspection. */
function featureList(): FeatureSink & { list: string[] } {
  const list: string[] = [];
  return {
    list,
    closed: (feature) => void list.push(feature),
    open: (prefix, value) => void list.push(prefix + value),
  };
}

function featureStrings(candidate: EntityCandidate, texts: readonly string[], recurs: number, people: boolean) {
  const sink = featureList();
  candidateFeatures(sink, candidate, texts, () => recurs, people);
  return sink.list;
}

/** Names cut alone, kept: the same canonical names (a region's full name) come back report after report. */
const NAME_CUT_LIMIT = 2048;
const nameCuts = new Map<string, string[]>();

function cutName(name: string): string[] {
  let words = nameCuts.get(name);
  if (!words) {
    if (nameCuts.size >= NAME_CUT_LIMIT) nameCuts.clear();
    nameCuts.set(name, (words = segment(name)));
  }
  return words;
}

/** The name's words: as the sentence was cut where a mention shows the name (cached), else cut alone. */
function wordsOf(candidate: EntityCandidate, texts: readonly string[]): readonly string[] {
  const span = candidate.spans.find((s) => texts[s.sentence]!.startsWith(candidate.name, s.start));
  return span ? wordsIn(texts[span.sentence]!, span.start, span.end) : cutName(candidate.name);
}

/** Features tied to a kind, as the model's weights name them: `Park|e1=园`. */
export const prefixed = (kind: EntityKind, features: readonly string[]) => features.map((x) => `${kind}|${x}`);

/** Features of the candidate as a `kind`, each prefixed with the kind (one weight vector per kind in one model). */
export function entityFeatures(
  candidate: EntityCandidate,
  kind: EntityKind,
  texts: readonly string[],
  recurs: number,
): string[] {
  return prefixed(kind, featureStrings(candidate, texts, recurs, PEOPLE.has(kind)));
}

/** The candidate's features for each kind it may have, not yet tied to the kind (see `prefixed`): computed once
 *  for all kinds but people's. */
export function featuresByKind(
  candidate: EntityCandidate,
  texts: readonly string[],
  recurs: number,
): { kind: EntityKind; base: string[] }[] {
  const computed = new Map<boolean, string[]>();
  return candidate.kinds.map((kind) => {
    const people = PEOPLE.has(kind);
    let base = computed.get(people);
    if (!base) computed.set(people, (base = featureStrings(candidate, texts, recurs, people)));
    return { kind, base };
  });
}
