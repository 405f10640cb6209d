// Stage 2: original text → normalized text with an offset map back to the original.
//
// Line by line, in one linear pass (a block-level HTML tag also ends a line): trim; remove markup (HTML tags and
// entities, and Markdown when the report is Markdown: markup.ts); fold full-width forms and delete zero-width
// characters; drop pinyin annotations (業(yè) → 業);
// convert Traditional → Simplified (業 → 业); drop the line when it is page chrome, and a news lead's dateline
// (新华社南京3月5日电(记者 张三)) at its start. Each kept line is followed by
// '\n'. Every step records where each unit came from, so offsets[i] is the original offset of text[i] (a '\n' maps
// to the end of its line's content) and offsets[text.length] is original.length. Removed text simply has no
// normalized offsets.
import { ChromeFilter, datelineLeadLength, trailingChromeStart } from './chrome.ts';
import {
  forEachBlock,
  looksLikeBBCode,
  looksLikeMarkdown,
  type Markup,
  markupOpenings,
  stripMarkup,
} from './markup.ts';
import {
  FOLDED as IMPORTED_FOLDED,
  HAN,
  isHanBefore,
  PINYIN_GROUP,
  pinyinKind,
  type Simplifier,
  simplifierFor,
} from './chinese.ts';
import { TITLES } from './lexicon/people.ts';

export interface NormalizedText {
  /** Simplified Chinese, pinyin annotations removed, full-width ASCII folded, page chrome dropped. */
  text: string;
  /** offsets[i] is the original offset of text[i]; offsets[text.length] is the original offset just past the end. */
  offsets: Int32Array;
}

/** A line being normalized: its text and where each unit came from (map null: text[k] is original[base + k]). */
interface MappedLine {
  text: string;
  map: Int32Array | null;
  base: number;
}

/** A module-local reference: hot loops read it directly, not through the import binding (a getter under tsx/vitest). */
const FOLDED = IMPORTED_FOLDED;

const originOf = (line: MappedLine, k: number): number => (line.map ? line.map[k]! : line.base + k);

/** Whitespace and invisible characters that surround line content. */
function isBlank(c: number): boolean {
  if (c <= 0x20) return true;
  const f = FOLDED[c];
  return f === 0x20 || f === -1;
}

/** NEEDS_WORK[c]: FOLD when c is folded or deleted, PAREN when it may open a pinyin annotation, else 0. */
const FOLD = 1;
const PAREN = 2;
const NEEDS_WORK = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) NEEDS_WORK[c] = FOLDED[c] !== c ? FOLD : 0;
NEEDS_WORK[0x28] = NEEDS_WORK[0xff08] = NEEDS_WORK[0x3f] = PAREN;

/** A live stock quote a finance portal writes after a listed company's name, even inside it: 某某汽车(4.000,-0.07,
 *  -1.72%)集团有限公司, 某某股份(8.220,-0.26,-3.07%). It is page furniture, not text. */
const STOCK_QUOTE = /[(（][-+]?[0-9]+(?:\.[0-9]+)?,[-+]?[0-9]+(?:\.[0-9]+)?,[-+]?[0-9]+(?:\.[0-9]+)?%[)）]/y;

/** Pinyin groups and stock quotes in src[from, to) as [start, end) pairs, in order, following the rules in
 *  chinese.ts for pinyin (kept unless some group is toned). A photo caption's position notes (张三(左一)) stay: the
 *  people rules read them as the mark of a name. */
function annotationGroups(src: string, from: number, to: number): number[] {
  const groups: { start: number; end: number; pinyin: boolean }[] = [];
  let toned = false;
  for (let i = from; i < to; i++) {
    if (NEEDS_WORK[src.charCodeAt(i)] !== PAREN || !isHanBefore(src, i)) continue;
    STOCK_QUOTE.lastIndex = i;
    const quote = STOCK_QUOTE.exec(src);
    if (quote && i + quote[0].length <= to) {
      groups.push({ start: i, end: i + quote[0].length, pinyin: false });
      i += quote[0].length - 1;
      continue;
    }
    PINYIN_GROUP.lastIndex = i;
    const m = PINYIN_GROUP.exec(src);
    if (!m || i + m[0].length > to) continue;
    const kind = pinyinKind(m[1]!);
    if (!kind) continue;
    toned ||= kind === 'toned';
    groups.push({ start: i, end: i + m[0].length, pinyin: true });
    i += m[0].length - 1;
  }
  return groups.filter((g) => toned || !g.pinyin).flatMap((g) => [g.start, g.end]);
}

/** Folds full-width forms, deletes zero-width characters and pinyin annotations in src[from, to). */
function foldLine(src: string, from: number, to: number): MappedLine {
  let first = -1;
  let firstParen = -1;
  let folds = false;
  for (let i = from; i < to; i++) {
    const work = NEEDS_WORK[src.charCodeAt(i)];
    if (work === 0) continue;
    if (first < 0) first = i;
    if (work === FOLD) folds = true;
    else if (firstParen < 0) firstParen = i;
  }
  const removed = firstParen < 0 ? [] : annotationGroups(src, firstParen, to);
  if (!folds && removed.length === 0) return { text: src.slice(from, to), map: null, base: from };
  const map = new Int32Array(to - from);
  const parts: string[] = [src.slice(from, first)];
  for (let k = 0; k < first - from; k++) map[k] = from + k;
  let n = first - from;
  let g = 0;
  let run = first;
  const flush = (end: number) => {
    if (end > run) parts.push(src.slice(run, end));
  };
  for (let i = first; i < to;) {
    if (g < removed.length && i === removed[g]) {
      flush(i);
      i = removed[g + 1]!;
      run = i;
      g += 2;
      continue;
    }
    const c = src.charCodeAt(i);
    const f = FOLDED[c]!;
    if (f !== c) {
      flush(i);
      if (f >= 0) {
        parts.push(String.fromCharCode(f));
        map[n++] = i;
      }
      run = i + 1;
    } else map[n++] = i;
    i++;
  }
  flush(to);
  return { text: parts.join(''), map: map.subarray(0, n), base: from };
}

/** Traditional → Simplified, keeping each unit's origin (a replaced span maps onto its source span). */
function simplifyLine(line: MappedLine, simplifier: Simplifier): MappedLine {
  const same = simplifier.sameLength(line.text);
  if (same !== undefined) return same === line.text ? line : { text: same, map: line.map, base: line.base };
  const spans: (number | string)[] = [];
  let sameLength = true;
  simplifier.forEachConversion(line.text, 0, line.text.length, (start, end, value) => {
    spans.push(start, end, value);
    if (value.length !== end - start) sameLength = false;
  });
  if (spans.length === 0) return line;
  const src = line.text;
  const parts: string[] = [];
  let last = 0;
  for (let s = 0; s < spans.length; s += 3) {
    parts.push(src.slice(last, spans[s] as number), spans[s + 2] as string);
    last = spans[s + 1] as number;
  }
  parts.push(src.slice(last));
  const text = parts.join('');
  if (sameLength) return { text, map: line.map, base: line.base };
  const map = new Int32Array(text.length);
  let n = 0;
  last = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) map[n++] = originOf(line, k);
  };
  for (let s = 0; s < spans.length; s += 3) {
    const start = spans[s] as number;
    const end = spans[s + 1] as number;
    const value = spans[s + 2] as string;
    copy(last, start);
    for (let k = 0; k < value.length; k++) map[n++] = originOf(line, start + Math.min(k, end - start - 1));
    last = end;
  }
  copy(last, src.length);
  return { text, map, base: line.base };
}

/** Grows the normalized text and its offsets line by line. */
class NormalizedBuilder {
  private parts: string[] = [];
  private offsets: Int32Array;
  private length = 0;

  constructor(capacity: number) {
    this.offsets = new Int32Array(capacity + 1);
  }

  appendLine(line: MappedLine, originalEnd: number): void {
    const len = line.text.length;
    this.reserve(len + 2);
    if (line.map) this.offsets.set(line.map.subarray(0, len), this.length);
    else for (let k = 0; k < len; k++) this.offsets[this.length + k] = line.base + k;
    this.length += len;
    this.offsets[this.length++] = originalEnd;
    this.parts.push(line.text, '\n');
  }

  finish(originalLength: number): NormalizedText {
    this.reserve(1);
    this.offsets[this.length] = originalLength;
    return { text: this.parts.join(''), offsets: this.offsets.subarray(0, this.length + 1) };
  }

  private reserve(extra: number): void {
    if (this.length + extra < this.offsets.length) return;
    const grown = new Int32Array(Math.max(this.offsets.length * 2, this.length + extra + 1));
    grown.set(this.offsets.subarray(0, this.length));
    this.offsets = grown;
  }
}

const LINE_BREAK = /\r\n?|[\n\u2028\u2029\u0085]/g;

/** Calls visit(start, end) for each line of text (without its line break). */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  const lineBreak = new RegExp(LINE_BREAK); // its own lastIndex, so visits may split other texts
  let start = 0;
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    visit(start, m.index);
    start = m.index + m[0].length;
  }
  visit(start, text.length);
}

/** A line of the original with its markup removed (see markup.ts) as a MappedLine, trimmed; undefined when blank. */
function withoutMarkup(original: string, a: number, b: number, markup: Markup): MappedLine | null | undefined {
  const stripped = stripMarkup(original, a, b, markup);
  if (!stripped) return undefined;
  let s = 0;
  let e = stripped.text.length;
  while (s < e && isBlank(stripped.text.charCodeAt(s))) s++;
  while (e > s && isBlank(stripped.text.charCodeAt(e - 1))) e--;
  if (s === e) return null;
  return { text: stripped.text.slice(s, e), map: stripped.map.subarray(s, e), base: 0 };
}

/** foldLine over a line that is already mapped: each unit keeps its origin in the original. */
function foldMapped(line: MappedLine): MappedLine {
  const folded = foldLine(line.text, 0, line.text.length);
  if (folded.map === null && folded.text === line.text) return line;
  const map = new Int32Array(folded.text.length);
  for (let k = 0; k < map.length; k++) map[k] = originOf(line, originOf(folded, k));
  return { text: folded.text, map, base: 0 };
}

/**
 * The trimmed, markup-free, folded, pinyin-free, Simplified content of original[from, to), or undefined for a
 * blank line. `end` is where the content ends in the original.
 */
function normalizedLine(
  original: string,
  from: number,
  to: number,
  simplifier: Simplifier,
  markup: Markup,
): { line: MappedLine; end: number } | undefined {
  let a = from;
  let b = to;
  while (a < b && isBlank(original.charCodeAt(a))) a++;
  while (b > a && isBlank(original.charCodeAt(b - 1))) b--;
  if (a === b) return undefined;
  const stripped = withoutMarkup(original, a, b, markup);
  if (stripped === null) return undefined;
  if (stripped === undefined)
    return { line: closedTitle(curlyQuotes(simplifyLine(foldLine(original, a, b), simplifier))), end: b };
  return {
    line: closedTitle(curlyQuotes(simplifyLine(foldMapped(stripped), simplifier))),
    end: originOf(stripped, stripped.text.length - 1) + 1,
  };
}

/** A pair of straight double quotes around Chinese words ("千村示范"工程, typed on an ASCII keyboard or folded from
 *  ＂＂), read as the curly pair every rule is written for: quotes pair in order, first with second. */
const STRAIGHT_PAIR = /"([^"]{0,40})"/g;

/** The line with its straight quote pairs made curly: one unit for one, so the offset map stays as it is. */
function curlyQuotes(line: MappedLine): MappedLine {
  if (!line.text.includes('"')) return line;
  const text = line.text.replace(STRAIGHT_PAIR, (pair, inner: string) => (HAN.test(inner) ? `“${inner}”` : pair));
  return text === line.text ? line : { ...line, text };
}

/** A post letter-spaced at a line's head, as leaders' tables pad it to the width of the longest (县    长  某某,
 *  副 县 长  某某): single characters parted by spaces, up to where the name begins. */
const SPACED_HEAD = /^\p{Script=Han}(?:[ \t]+\p{Script=Han}){1,4}(?=[ \t]|$)/u;

/** The line with a spaced post at its head closed up (县长  某某), so the post reads as one word; only a post the
 *  lexicon knows: other spaced words stay as written. */
function closedTitle(line: MappedLine): MappedLine {
  const head = SPACED_HEAD.exec(line.text)?.[0];
  if (!head || !TITLES.has(head.replace(/[ \t]+/g, ''))) return line;
  const kept: number[] = [];
  for (let k = 0; k < line.text.length; k++) if (k >= head.length || !/[ \t]/.test(line.text[k]!)) kept.push(k);
  return {
    text: kept.map((k) => line.text[k]).join(''),
    map: Int32Array.from(kept, (k) => originOf(line, k)),
    base: 0,
  };
}

/** The line without its first `k` units (a news lead's dateline, chrome.ts). */
function withoutPrefix(line: MappedLine, k: number): MappedLine {
  return { text: line.text.slice(k), map: line.map ? line.map.subarray(k) : null, base: line.base + k };
}

function withoutSuffix(line: MappedLine, k: number): MappedLine {
  return { text: line.text.slice(0, k), map: line.map ? line.map.subarray(0, k) : null, base: line.base };
}

/** HTML tags and entities only: what a name or a single line gets when nothing says it is Markdown. */
const HTML_ONLY: Markup = { html: true, markdown: false };

/** Calls visit(start, end) for each line of text, a line also ending at a block-level HTML tag (<p>, <br>, …) or,
 *  with `bbcode`, at a forum code's ([br], [p], …). */
export function forEachTextLine(text: string, visit: (start: number, end: number) => void, bbcode = false): void {
  // The next '<' (or '[') of the text, found once for all the lines before it (a per-line search would be quadratic).
  const next = markupOpenings(text, bbcode);
  let nextTag = next(0);
  forEachLine(text, (from, to) => {
    if (nextTag < 0 || nextTag >= to) return visit(from, to);
    forEachBlock(text, from, to, visit, bbcode);
    nextTag = next(to);
  });
}

/** What markup a report holds: `markdown` when the caller knows (front matter), else as the text looks. */
export function markupOf(original: string, markdown?: boolean): Markup {
  // Forum codes read as Markdown would garble ([br](6月25日报道) is a link there): a report that shows them is
  // read as BBCode, unless its front matter says it is Markdown.
  const bbcode = !markdown && looksLikeBBCode(original);
  return {
    html: original.includes('<') || original.includes('&'),
    markdown: markdown ?? (!bbcode && looksLikeMarkdown(original)),
    bbcode,
  };
}

export function normalize(original: string, markup: Markup = markupOf(original)): NormalizedText {
  const out = new NormalizedBuilder(original.length + 1);
  const chrome = new ChromeFilter();
  const simplifier = simplifierFor(original);
  forEachTextLine(
    original,
    (from, to) => {
      const normalized = normalizedLine(original, from, to, simplifier, markup);
      if (!normalized) return;
      // A rights notice a feed runs into the body's last line is chrome; the body before it is not.
      const notice = trailingChromeStart(normalized.line.text);
      const body = notice ? withoutSuffix(normalized.line, notice) : normalized.line;
      if (chrome.classify(body.text)) return;
      const lead = datelineLeadLength(body.text);
      out.appendLine(lead ? withoutPrefix(body, lead) : body, normalized.end);
    },
    markup.bbcode,
  );
  return out.finish(original.length);
}

/**
 * One line of text with the same conversions as normalize (markup, fold, pinyin, Simplified), trimmed; no chrome
 * removal. Markdown is read only when `markup` says so.
 */
export function normalizeLine(s: string, simplifier = simplifierFor(s), markup: Markup = HTML_ONLY): string {
  return normalizedLine(s, 0, s.length, simplifier, markup)?.line.text ?? '';
}

/** Normalizes a short string such as a name or a search query: the same conversions, whitespace collapsed. */
export function normalizeName(name: string): string {
  return normalizeLine(name.replace(/[\r\n\u2028\u2029]+/g, ' ')).replace(/\s+/g, ' ');
}
