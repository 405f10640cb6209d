// Markup left inside report text (stage 2, applied by normalize.ts line by line, keeping each unit's origin):
// - HTML as CMS dumps store it in otherwise plain text: block tags (<p>, <br>, <div>, <li>, <tr>, …) end a line,
//   inline tags (<span>, <font>, <strong>, <a>, <img>, Word's <o:p>, …) and comments vanish, even inside a word,
//   and entities are decoded (&nbsp; &ldquo; &#20013;). Only known tag names count: 《》 and "<10亿元" stay text.
// - Markdown (when the report looks like Markdown, see looksLikeMarkdown): heading, quote, list and task marks at
//   the start of a line, table pipes (a table's delimiter row is dropped), emphasis (**x**, *x*, __x__, ~~x~~)
//   when its marks pair up on the line, code backticks, backslash escapes; a link keeps its text and loses its
//   address, an image keeps its alt text (a photo's caption, as converters write it), a footnote mark vanishes
//   whole, as does an autolink (<https://…>).
// - Forum codes (when the report looks like BBCode, see looksLikeBBCode), as pages scraped from forums and news
//   portals keep them: [br], [p], [quote], [list], [*], [tr] end a line like their HTML twins, [td] a cell, [b],
//   [color=…], [url=…] and the like vanish, and an image ([img]address[/img]) vanishes with its address.
// Markup never becomes text and never splits a name: removed spans simply have no normalized units.
import { decodeHTML } from 'entities/decode';
import { BLOCKS, CELLS } from './html.ts';

export interface Markup {
  /** Read HTML tags and entities (false only when the text has no '<' or '&' at all: a shortcut). */
  html: boolean;
  /** Read Markdown syntax too. */
  markdown: boolean;
  /** Read forum codes too (never with Markdown, whose links use brackets). */
  bbcode?: boolean;
}

/** A line with its markup removed: `map[k]` is the offset in the source of `text[k]`. */
export interface StrippedLine {
  text: string;
  map: Int32Array;
}

/** The page reader's line-ending elements, and those it skips whole (a page's head, navigation, footer), which in a
 *  line of report text have no subtree to skip and simply end the line. */
const BLOCK_TAGS = new Set([...BLOCKS, 'nav', 'aside', 'footer', 'body', 'html', 'head']);
const CELL_TAGS = CELLS;
const INLINE_TAGS = new Set(
  (
    'span font strong b i em u s a img sup sub small big strike del ins mark label abbr cite q code kbd var tt ' +
    'time wbr nobr bdi bdo dfn samp ruby rt rp picture source video audio input button select option textarea ' +
    'iframe embed object param meta link style script noscript svg col colgroup'
  ).split(' '),
);

/** A tag (with a namespace, as Word writes <o:p> <st1:chsdate>) or a comment, on one line. */
const TAG = /<!--[^\n\r]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)(:[a-zA-Z0-9]+)?(?:[\s/][^<>\n\r]*)?>/y;
const ENTITY = /&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[a-zA-Z][a-zA-Z0-9]{1,31};|nbsp(?![a-zA-Z0-9]))/y;
const AUTOLINK = /<(?:https?|ftp|mailto):[^<>\s]*>/y;

type TagKind = 'block' | 'cell' | 'inline' | undefined;

/** What the markup at src[i] (a '<') is, and where it ends; undefined when it is text. */
function tagAt(src: string, i: number, to: number): { kind: Exclude<TagKind, undefined>; end: number } | undefined {
  TAG.lastIndex = i;
  const m = TAG.exec(src);
  if (m && i + m[0].length <= to) {
    const end = i + m[0].length;
    if (m[2] === undefined || m[3] !== undefined) return { kind: 'inline', end }; // a comment or <o:p>
    const name = m[2].toLowerCase();
    if (BLOCK_TAGS.has(name)) return { kind: 'block', end };
    if (CELL_TAGS.has(name)) return { kind: 'cell', end };
    if (INLINE_TAGS.has(name)) return { kind: 'inline', end };
    return undefined;
  }
  AUTOLINK.lastIndex = i;
  const link = AUTOLINK.exec(src);
  return link && i + link[0].length <= to ? { kind: 'inline', end: i + link[0].length } : undefined;
}

/** A forum code: its name, closing or not, with an argument ([color=red], [url=http://…]). */
const BB_TAG =
  /\[(\/?)(br|p|hr|quote|list|\*|table|tr|td|th|center|left|right|align|indent|b|i|u|s|color|size|font|url|email|backcolor|sup|sub|img)(?:=[^\]\n\r]{0,200})?\]/iy;
const BB_BLOCKS = new Set([
  'br',
  'p',
  'hr',
  'quote',
  'list',
  '*',
  'table',
  'tr',
  'center',
  'left',
  'right',
  'align',
  'indent',
]);
const BB_CELLS = new Set(['td', 'th']);

/** What the forum code at src[i] (a '[') is, and where it ends; an image ends after its [/img], taking its address. */
function bbTagAt(src: string, i: number, to: number): { kind: Exclude<TagKind, undefined>; end: number } | undefined {
  BB_TAG.lastIndex = i;
  const m = BB_TAG.exec(src);
  if (!m || i + m[0].length > to) return undefined;
  const name = m[2]!.toLowerCase();
  const end = i + m[0].length;
  if (name === 'img' && !m[1]) {
    const close = src.slice(end, to).search(/\[\/img\]/i);
    return { kind: 'inline', end: close < 0 ? end : end + close + '[/img]'.length };
  }
  return { kind: BB_BLOCKS.has(name) ? 'block' : BB_CELLS.has(name) ? 'cell' : 'inline', end };
}

/** The markup at src[i], if any: an HTML tag at a '<', a forum code at a '[' when the report holds them. */
const markupAt = (src: string, i: number, to: number, bbcode: boolean) =>
  src[i] === '<' ? tagAt(src, i, to) : bbcode && src[i] === '[' ? bbTagAt(src, i, to) : undefined;

/**
 * Where the characters that may open markup ('<', or '[' with forum codes) are, searched forward: `next(from)` is the
 * first at or after `from`, -1 when none. Each kind's last position found is kept, so calls with growing `from` read
 * the text once, not once per call (a scraped page may be one long line of [br]).
 */
export function markupOpenings(src: string, bbcode: boolean): (from: number) => number {
  let tag = -2;
  let code = bbcode ? -2 : -1;
  return (from) => {
    if (tag !== -1 && tag < from) tag = src.indexOf('<', from);
    if (code !== -1 && code < from) code = src.indexOf('[', from);
    return tag < 0 ? code : code < 0 ? tag : Math.min(tag, code);
  };
}

/**
 * Calls visit(start, end) for each block of src[from, to): the parts between block-level tags (the tags
 * themselves belong to no block). A line without a '<' (or a '[', with forum codes) is one block.
 */
export function forEachBlock(
  src: string,
  from: number,
  to: number,
  visit: (start: number, end: number) => void,
  bbcode = false,
) {
  let start = from;
  const next = markupOpenings(src, bbcode);
  for (let i = next(from); i >= 0 && i < to; i = next(i + 1)) {
    const tag = markupAt(src, i, to, bbcode);
    if (tag?.kind !== 'block') continue;
    visit(start, i);
    start = tag.end;
    i = tag.end - 1;
  }
  visit(start, to);
}

/** Edits to a line: spans removed or replaced, in increasing order once sorted. */
class Edits {
  readonly list: { start: number; end: number; value: string }[] = [];
  add(start: number, end: number, value = '') {
    this.list.push({ start, end, value });
  }
}

function apply(src: string, from: number, to: number, edits: Edits): StrippedLine {
  const list = edits.list.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  const map = new Int32Array(to - from + list.reduce((n, e) => n + e.value.length, 0));
  let n = 0;
  let at = from;
  const copy = (end: number) => {
    if (end <= at) return;
    parts.push(src.slice(at, end));
    for (let k = at; k < end; k++) map[n++] = k;
  };
  for (const e of list) {
    if (e.start < at) continue; // inside a span already removed
    copy(e.start);
    parts.push(e.value);
    for (let k = 0; k < e.value.length; k++) map[n++] = e.start;
    at = e.end;
  }
  copy(to);
  return { text: parts.join(''), map: map.subarray(0, n) };
}

const isSpaceCode = (c: number) => c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x3000;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Markdown marks at the start of a line: quotes, a heading, a list item or task; returns where text starts. */
function lineStart(src: string, from: number, to: number, edits: Edits): number {
  let i = from;
  const skipSpaces = (k: number) => {
    while (k < to && isSpaceCode(src.charCodeAt(k))) k++;
    return k;
  };
  while (i < to && src[i] === '>') {
    const next = skipSpaces(i + 1);
    edits.add(i, next);
    i = next;
  }
  const heading = /^#{1,6}(?:[ \t]+|$)/.exec(src.slice(i, Math.min(to, i + 8)));
  if (heading) {
    edits.add(i, i + heading[0].length);
    // closing hashes: ## 标题 ##
    const closing = /[ \t]+#+[ \t]*$/.exec(src.slice(i, to));
    if (closing) edits.add(i + closing.index, to);
    return i + heading[0].length;
  }
  const list = /^[-*+][ \t]+(?:\[[ xX]\][ \t]+)?/.exec(src.slice(i, Math.min(to, i + 12)));
  if (list) {
    edits.add(i, i + list[0].length);
    return i + list[0].length;
  }
  return i;
}

const TABLE_DELIMITER = /^\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$/;
const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^(?:```|~~~)/;

interface Run {
  at: number;
  count: number;
  mark: string;
  canOpen: boolean;
  canClose: boolean;
}

/**
 * Pairs emphasis runs in order, as CommonMark does in essence: a closing run matches the nearest open run of
 * its mark, taking two marks when both have two (strong) and else one, so *甲***乙** reads as *甲* and **乙**.
 * Paired marks are removed; unpaired ones stay text. Underscores pair only two by two (no intraword _x_), tildes
 * as ~~x~~.
 */
function pairEmphasis(runs: Run[], edits: Edits) {
  const open: Run[] = [];
  for (const run of runs) {
    while (run.canClose && run.count > 0) {
      let s = open.length - 1;
      while (s >= 0 && open[s]!.mark !== run.mark) s--;
      if (s < 0) break;
      const opener = open[s]!;
      const n = opener.count >= 2 && run.count >= 2 ? 2 : 1;
      if (n === 1 && run.mark !== '*') break;
      opener.count -= n;
      edits.add(opener.at + opener.count, opener.at + opener.count + n);
      edits.add(run.at, run.at + n);
      run.at += n;
      run.count -= n;
      open.length = opener.count > 0 ? s + 1 : s;
    }
    if (run.canOpen && run.count > 0) open.push(run);
  }
}

/** The end of a bracketed span opened at src[i] ('[' or '('), on the line; -1 when it is not closed. */
function closing(src: string, i: number, to: number, open: string, close: string): number {
  let depth = 0;
  for (let k = i; k < to; k++) {
    if (src[k] === '\\') k++;
    else if (src[k] === open) depth++;
    else if (src[k] === close && --depth === 0) return k;
  }
  return -1;
}

/** `[text](url)` / `[text][ref]` / `![alt](url)` at src[i] ('['): where the text ends and the link ends. */
function linkAt(src: string, i: number, to: number): { textEnd: number; end: number } | undefined {
  const textEnd = closing(src, i, to, '[', ']');
  if (textEnd < 0) return undefined;
  const after = src[textEnd + 1];
  if (after === '(') {
    const end = closing(src, textEnd + 1, to, '(', ')');
    if (
      end < 0 ||
      /\s/.test(
        src
          .slice(textEnd + 2, end)
          .trim()
          .split(/\s+"/)[0] ?? '',
      )
    )
      return undefined;
    return { textEnd, end: end + 1 };
  }
  if (after === '[') {
    const end = src.indexOf(']', textEnd + 2);
    return end >= 0 && end < to ? { textEnd, end: end + 1 } : undefined;
  }
  return undefined;
}

/** Markdown's inline marks in src[from, to), added to edits (HTML and entities are read by the caller). */
function markdownInline(src: string, from: number, to: number, edits: Edits, visitOther: (i: number) => number) {
  const runs: Run[] = [];
  const linkEnds = new Map<number, number>();
  const imageEnds = new Set<number>();
  for (let i = from; i < to;) {
    const skip = linkEnds.get(i);
    if (skip !== undefined) {
      // text after an image's caption on the same line is not part of it
      edits.add(i, skip, imageEnds.has(i) && skip < to ? ' ' : '');
      i = skip;
      continue;
    }
    const c = src[i]!;
    if (c === '\\' && i + 1 < to && ASCII_PUNCTUATION.test(src[i + 1]!)) {
      edits.add(i, i + 1);
      i += 2;
    } else if (c === '!' && src[i + 1] === '[') {
      // An image's alt text is its caption (converters put a photo's caption there): kept, apart from what follows.
      const link = linkAt(src, i + 1, to);
      if (link) {
        edits.add(i, i + 2);
        linkEnds.set(link.textEnd, link.end);
        if (link.textEnd > i + 2) imageEnds.add(link.textEnd);
        i += 2;
      } else i++;
    } else if (c === '[') {
      if (src[i + 1] === '^') {
        const end = src.indexOf(']', i);
        if (end > i && end < to) {
          edits.add(i, end + 1);
          i = end + 1;
          continue;
        }
      }
      const link = linkAt(src, i, to);
      if (link) {
        edits.add(i, i + 1);
        linkEnds.set(link.textEnd, link.end);
      }
      i++;
    } else if (c === '`') {
      let k = i;
      while (k < to && src[k] === '`') k++;
      edits.add(i, k);
      i = k;
    } else if (c === '*' || c === '_' || c === '~') {
      let k = i;
      while (k < to && src[k] === c) k++;
      const count = k - i;
      if (c === '*' ? count <= 3 : c === '_' ? count === 2 || count === 3 : count === 2) {
        const before = i > from ? src.charCodeAt(i - 1) : 0x20;
        const after = k < to ? src.charCodeAt(k) : 0x20;
        runs.push({ at: i, count, mark: c, canOpen: !isSpaceCode(after), canClose: !isSpaceCode(before) });
      }
      i = k;
    } else i = visitOther(i);
  }
  pairEmphasis(runs, edits);
}

/**
 * src[from, to) (one block, trimmed) without its markup; undefined when it has none. A Markdown line that is
 * only markup (a table's delimiter row, a thematic break, a code fence) comes back empty.
 */
export function stripMarkup(src: string, from: number, to: number, markup: Markup): StrippedLine | undefined {
  const bbcode = !!markup.bbcode && !markup.markdown;
  if (!markup.html && !markup.markdown && !bbcode) return undefined;
  let special = false;
  for (let i = from; i < to && !special; i++) {
    const c = src.charCodeAt(i);
    special =
      c === 0x3c || c === 0x26 || (bbcode && c === 0x5b) || (markup.markdown && c < 0x80 && MARKDOWN_CHARS[c] === 1);
  }
  if (!special) return undefined;
  const edits = new Edits();
  // HTML tags and entities, read at a '<' or '&'; returns where scanning goes on.
  const other = (i: number): number => {
    const c = src[i];
    if (c === '<' || c === '[') {
      const tag = markupAt(src, i, to, bbcode);
      if (tag) {
        edits.add(i, tag.end, tag.kind === 'inline' ? '' : ' ');
        return tag.end;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(src);
      if (m && i + m[0].length <= to) {
        const value = decodeHTML(m[0]);
        if (value !== m[0]) {
          edits.add(i, i + m[0].length, value);
          return i + m[0].length;
        }
      }
    }
    return i + 1;
  };
  if (markup.markdown) {
    const line = src.slice(from, to);
    if (TABLE_DELIMITER.test(line) || THEMATIC_BREAK.test(line) || FENCE.test(line))
      return { text: '', map: new Int32Array(0) };
    const start = lineStart(src, from, to, edits);
    if (/^\[[^\]]+\]:\s*\S+$/.test(src.slice(start, to))) return { text: '', map: new Int32Array(0) }; // [ref]: url
    if (src[start] === '|' || src[to - 1] === '|') {
      // a table row: its pipes separate cells
      for (let k = start; k < to; k++) if (src[k] === '|' && src[k - 1] !== '\\') edits.add(k, k + 1, ' ');
    }
    markdownInline(src, start, to, edits, other);
  } else {
    for (let i = from; i < to;) i = src[i] === '<' || src[i] === '&' || src[i] === '[' ? other(i) : i + 1;
  }
  return edits.list.length === 0 ? undefined : apply(src, from, to, edits);
}

/** ASCII characters that can start Markdown markup. */
const MARKDOWN_CHARS = new Uint8Array(0x80);
for (const c of '*_~`[]!\\#>|-+') MARKDOWN_CHARS[c.charCodeAt(0)] = 1;

// ---------------------------------------------------------------------------------------------------------------
// Is a report Markdown?

const MARKDOWN_SIGNS = [
  /^#{1,6}[ \t]+\S/m, // a heading
  /\*\*[^*\n]+\*\*|__[^_\n]+__/, // strong emphasis
  /!?\[[^\]\n]*\]\([^)\s]+(?:[ \t]+"[^"\n]*")?\)/, // a link or an image
  /^\|?[ \t]*:?-{2,}:?[ \t]*\|[ \t]*:?-{2,}/m, // a table's delimiter row
  /^(?:```|~~~)/m, // a code fence
];

/** How much of a report to look at. */
const SAMPLE = 64 * 1024;

/** Forum codes that only BBCode writes: a line break, or a code closed on its line ([b]…[/b], [img]…[/img]). */
const BBCODE_SIGN = /\[(?:br|hr)\]|\[(img|b|url|color|size|font|quote)(?:=[^\]\n]*)?\][^\n]*?\[\/\1\]/i;

/** Whether a report holds forum codes: one of their distinctive forms appears in its first part. */
export function looksLikeBBCode(text: string): boolean {
  return BBCODE_SIGN.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
}

/** Whether a report reads as Markdown: one of its distinctive constructs appears in its first part. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  return MARKDOWN_SIGNS.some((sign) => sign.test(sample));
}
