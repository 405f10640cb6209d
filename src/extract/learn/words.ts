// A sentence's words as the segmenter cuts it, indexed by position: the word before or after a span and the words
// inside it, found by binary search instead of walking the sentence for every candidate.
import { wordsWithStarts } from '../lexicon/segmenter.ts';

interface Cut {
  readonly words: readonly string[];
  readonly starts: readonly number[];
}

/** The sentence's words as the segmenter cut it (cut once and shared with the recognizers). */
const cut = (text: string): Cut => wordsWithStarts(text);

/** Index of the last word starting at or before `pos`. */
function wordAt(c: Cut, pos: number): number {
  let lo = 0;
  let hi = c.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (c.starts[mid]! <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start offsets of the sentence's words (each word ends where the next starts). */
export function wordBounds(text: string): { starts: readonly number[] } {
  return { starts: cut(text).starts };
}

/** The word (or its part) just before `pos`, if any. */
export function wordBefore(text: string, pos: number): string | undefined {
  if (pos <= 0) return undefined;
  const c = cut(text);
  const i = wordAt(c, pos - 1);
  return text.slice(c.starts[i]!, pos);
}

/** The word (or its part) starting at `pos`, if any. */
export function wordAfter(text: string, pos: number): string | undefined {
  if (pos >= text.length) return undefined;
  const c = cut(text);
  const i = wordAt(c, pos);
  return text.slice(pos, c.starts[i]! + c.words[i]!.length);
}

/** The words of text.slice(start, end), cut where the sentence's words are (a word crossing an end is cut there). */
export function wordsIn(text: string, start: number, end: number): string[] {
  const c = cut(text);
  const out: string[] = [];
  for (let i = wordAt(c, start); i < c.words.length && c.starts[i]! < end; i++)
    out.push(text.slice(Math.max(start, c.starts[i]!), Math.min(end, c.starts[i]! + c.words[i]!.length)));
  return out;
}
