// Stage 3: normalized text → sentences with offsets into the original text.
//
// Rules, line by line (every line break ends a sentence, so headlines and short lines are sentences too):
// - a sentence ends after 。 ! ? or ; (normalize folded ！？；), together with closing quotes/brackets that follow;
// - nothing splits inside a matched quotation (“…” ‘…’ 「…」 『…』 《…》 "…") or parentheses, so a quoted
//   passage with several 。 stays whole;
// - a quotation that opens a sentence and ends with 。 ends it there, unless a short attribution follows
//   (“……。”秦某说。 → one sentence, quote and speaker together, which is what evidence needs); one
//   introduced by a colon ends it too (他说:“……。”); an embedded one (以“……。”的精神) does not;
// - a sentence longer than MAX_SENTENCE is cut at a comma (or hard) so no later stage sees unbounded input.
import type { Sentence } from '../ontology/model.ts';
import type { NormalizedText } from './normalize.ts';

const MAX_SENTENCE = 500;

/** Character classes for the scan, indexed by UTF-16 unit. */
const PLAIN = 0;
const OPENER = 1;
const CLOSER = 2;
const TERMINATOR = 3;
const STRAIGHT_QUOTE = 4;
const CLASS = new Uint8Array(0x10000);
/** For an opener, the unit of its closer. */
const CLOSER_OF = new Uint16Array(0x10000);
for (const pair of ['“”', '‘’', '「」', '『』', '《》', '()', '【】']) {
  CLASS[pair.charCodeAt(0)] = OPENER;
  CLASS[pair.charCodeAt(1)] = CLOSER;
  CLOSER_OF[pair.charCodeAt(0)] = pair.charCodeAt(1);
}
for (const t of '。!?;') CLASS[t.charCodeAt(0)] = TERMINATOR;
CLASS[0x22] = STRAIGHT_QUOTE;
/** Marks that stay with the sentence they follow: closers, repeated terminators, an ellipsis. */
const TRAILING = new Uint8Array(0x10000);
for (const t of '”’」』》)】"。!?…') TRAILING[t.charCodeAt(0)] = 1;
/** Quotations whose end can end a sentence. */
const isQuote = (c: number) => c === 0x201c || c === 0x300c || c === 0x22;

/** What follows a quotation when the speaker is named after it: 秦某说。 / 李某表示。 */
const ATTRIBUTION =
  /^[^。!?;“”]{1,40}?(?:说|表示|指出|强调|介绍|认为|坦言|感慨|谈道|说道|称|提到|透露|回答|问道|补充道|笑道|告诉记者)[。!?]?$/;

/**
 * For each opener in text[from, to) that is closed on the same line, close[i] = index of its closer
 * (pairs nest; unmatched openers and closers are ignored). ASCII " pairs up in order of appearance.
 */
function matchPairs(text: string, from: number, to: number): Map<number, number> {
  const close = new Map<number, number>();
  const stack: number[] = [];
  let straightQuote = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const kind = CLASS[c];
    if (kind === PLAIN || kind === TERMINATOR) continue;
    if (kind === STRAIGHT_QUOTE) {
      if (straightQuote < 0) straightQuote = i;
      else {
        close.set(straightQuote, i);
        straightQuote = -1;
      }
    } else if (kind === OPENER) stack.push(i);
    else {
      // Pop to the nearest matching opener; openers left unclosed inside it are ignored.
      for (let s = stack.length - 1; s >= 0; s--) {
        if (CLOSER_OF[text.charCodeAt(stack[s]!)] === c) {
          close.set(stack[s]!, i);
          stack.length = s;
          break;
        }
      }
    }
  }
  return close;
}

/** Where a sentence ending at a terminator really ends: after any closing quotes/brackets and repeated marks. */
function extendOverClosers(text: string, end: number, lineEnd: number): number {
  while (end < lineEnd && TRAILING[text.charCodeAt(end)] === 1) end++;
  return end;
}

/** Sentence end positions (exclusive) within one line text[from, to). */
function sentenceEnds(text: string, from: number, to: number): number[] {
  const ends: number[] = [];
  const close = matchPairs(text, from, to);
  let sentenceStart = from;
  let i = from;
  const end = (at: number) => {
    ends.push(at);
    sentenceStart = at;
  };
  while (i < to) {
    const c = text.charCodeAt(i);
    const kind = CLASS[c];
    if (kind === PLAIN || kind === CLOSER) {
      i++;
      continue;
    }
    if (kind === TERMINATOR) {
      const at = extendOverClosers(text, i + 1, to);
      end(at);
      i = at;
      continue;
    }
    const closer = close.get(i);
    if (closer === undefined) {
      i++;
      continue;
    }
    // A quotation that itself ends with a terminator can end the sentence: when it opens the sentence
    // (unless an attribution follows) or is introduced by a colon or comma (他说:“……。”). Embedded
    // quotations (以“……。”的精神) do not.
    if (isQuote(c) && CLASS[text.charCodeAt(closer - 1)] === TERMINATOR && closer + 1 < to) {
      const after = extendOverClosers(text, closer + 1, to);
      const before = text.slice(sentenceStart, i);
      if (before.trim() === '') {
        const rest = text.slice(after, nextTerminator(text, after, to, close));
        if (!ATTRIBUTION.test(rest.trim())) end(after);
      } else if (/[:,]\s*$/.test(before)) end(after);
      i = after;
      continue;
    }
    i = closer + 1;
  }
  if (ends[ends.length - 1] !== to) ends.push(to);
  return ends;
}

/** Index just past the next terminator outside quotes (or the line end). */
function nextTerminator(text: string, from: number, to: number, close: Map<number, number>): number {
  for (let i = from; i < to; i++) {
    const closer = close.get(i);
    if (closer !== undefined) i = closer;
    else if (CLASS[text.charCodeAt(i)] === TERMINATOR) return extendOverClosers(text, i + 1, to);
  }
  return to;
}

/** Splits text[from, to) into pieces of at most MAX_SENTENCE units, preferring to cut after a comma. */
function capLength(text: string, from: number, to: number): number[] {
  const cuts: number[] = [];
  let start = from;
  while (to - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    const comma = Math.max(text.lastIndexOf(',', cut - 1), text.lastIndexOf('、', cut - 1));
    if (comma > start + MAX_SENTENCE / 2) cut = comma + 1;
    const c = text.charCodeAt(cut - 1);
    if (c >= 0xd800 && c <= 0xdbff) cut--; // never split a surrogate pair
    cuts.push(cut);
    start = cut;
  }
  cuts.push(to);
  return cuts;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0;
const HAS_CONTENT = /[\p{L}\p{N}]/u;

export function splitSentences(normalized: NormalizedText, original: string): Sentence[] {
  const { text, offsets } = normalized;
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    while (from < to && isSpace(text.charCodeAt(from))) from++;
    while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
    if (from === to) return;
    const sentence = text.slice(from, to);
    if (!HAS_CONTENT.test(sentence)) return;
    const start = offsets[from]!;
    const end = Math.max(start, offsets[to]!);
    sentences.push({ index: sentences.length, text: sentence, original: original.slice(start, end), start, end });
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    for (const end of sentenceEnds(text, lineStart, lineEnd)) {
      for (const cut of capLength(text, start, end)) {
        push(start, cut);
        start = cut;
      }
    }
    lineStart = lineEnd + 1;
  }
  return sentences;
}
