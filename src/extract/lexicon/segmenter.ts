// Word segmentation from jieba (@node-rs/jieba ships its binary and dictionary), used on short windows to
// find where a name begins. Parts of speech come from jieba's dictionary by lookup: its `cut` is several
// times faster than its `tag`, and words outside the dictionary (most brand names) get no tag anyway.
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);
let dictionary: Uint8Array | undefined;
let jieba: Jieba | undefined;
let tags: DictionaryTags | undefined;

/** jieba's dictionary as shipped, read once. */
function dict(): Uint8Array {
  dictionary ??= (require('@node-rs/jieba/dict') as { dict: Uint8Array }).dict;
  return dictionary;
}

/** The segmenter, built on first use: a lookup of tags alone (the gazetteer's) does not need it. */
function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dict());
  return jieba;
}

/** The dictionary's tags, built on first use. */
function dictionaryTags(): DictionaryTags {
  const d = dict();
  tags ??= new DictionaryTags(Buffer.from(d.buffer, d.byteOffset, d.byteLength).toString('utf8'));
  return tags;
}

/** FNV-1a over UTF-16 units of text.slice(from, to). */
function hash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const isAsciiSpace = (unit: number) => unit === 32 || (unit >= 9 && unit <= 13);

/** text.slice(from, to) without the spaces around it as a number, when it is at most six ASCII characters (a
 *  leading 1 keeps lengths apart); -1 otherwise. */
function asciiKey(text: string, from: number, to: number): number {
  while (from < to && isAsciiSpace(text.charCodeAt(from))) from++;
  while (to > from && isAsciiSpace(text.charCodeAt(to - 1))) to--;
  if (to - from > 6) return -1;
  let key = 1;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 128) return -1;
    key = key * 128 + unit;
  }
  return key;
}

/**
 * The part of speech of each word of jieba's dictionary (lines `word frequency tag`; a word listed twice keeps its
 * last tag). An open-addressing table of offsets into the dictionary's text: no string per word, so building it
 * at start-up costs a third less CPU and 70 MB less memory than a Map of 350,000 words.
 */
class DictionaryTags {
  private readonly mask: number;
  /** Per slot: where its word starts in `text` (-1: empty), its length, its tag's index in `names`. */
  private readonly starts: Int32Array;
  private readonly lengths: Uint8Array;
  private readonly tagIndexes: Uint8Array;
  private readonly names: string[] = [];

  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    const size = 2 ** Math.ceil(Math.log2(lines * 2));
    this.mask = size - 1;
    this.starts = new Int32Array(size).fill(-1);
    this.lengths = new Uint8Array(size);
    this.tagIndexes = new Uint8Array(size);
    const indexOfName = new Map<string, number>();
    const indexOfKey = new Map<number, number>();
    for (let start = 0; start < text.length;) {
      const lineEnd = text.indexOf('\n', start);
      const end = lineEnd < 0 ? text.length : lineEnd;
      const first = text.indexOf(' ', start);
      const second = first < 0 || first >= end ? -1 : text.indexOf(' ', first + 1);
      if (first > start && second > first && second < end && first - start < 256) {
        // The tag, without a string per line: its few ASCII letters as a number (a string only for a new tag).
        const key = asciiKey(text, second + 1, end);
        let tag = key < 0 ? undefined : indexOfKey.get(key);
        if (tag === undefined) {
          const name = text.slice(second + 1, end).trim();
          tag = indexOfName.get(name);
          if (tag === undefined) indexOfName.set(name, (tag = this.names.push(name) - 1));
          if (key >= 0) indexOfKey.set(key, tag);
        }
        if (tag > 255) throw new Error('jieba dictionary: more than 256 parts of speech');
        const slot = this.slotOf(text, start, first);
        this.starts[slot] = start;
        this.lengths[slot] = first - start;
        this.tagIndexes[slot] = tag;
      }
      start = end + 1;
    }
  }

  /** The slot holding text.slice(from, to), or the empty slot where it belongs. */
  private slotOf(word: string, from: number, to: number): number {
    const length = to - from;
    for (let slot = hash(word, from, to) & this.mask; ; slot = (slot + 1) & this.mask) {
      const start = this.starts[slot]!;
      if (start < 0) return slot;
      if (this.lengths[slot] === length && this.sameAt(start, word, from, length)) return slot;
    }
  }

  private sameAt(start: number, word: string, from: number, length: number): boolean {
    for (let i = 0; i < length; i++) if (this.text.charCodeAt(start + i) !== word.charCodeAt(from + i)) return false;
    return true;
  }

  get(word: string): string | undefined {
    if (word.length === 0 || word.length > 255) return undefined;
    const slot = this.slotOf(word, 0, word.length);
    return this.starts[slot]! < 0 ? undefined : this.names[this.tagIndexes[slot]!];
  }
}

/** Words of `text`, in order; their concatenation is `text`. */
export function segment(text: string): string[] {
  return text ? segmenter().cut(text, false) : [];
}

// Sentences are cut once and their words reused by every window inside them: each native call costs more
// than the words it returns. The recognizers pass over a report's sentences one after another, so the cache keeps
// the recently used sentences (a long report's whole text) in two generations: when the current one is full, it
// becomes the previous one and the one before is dropped; a sentence found in the previous generation moves to the
// current one. Bounded (at most twice CACHE_LIMIT sentences), so memory stays flat in corpus size, and a hit costs
// one lookup instead of an LRU's delete and re-insert.
const CACHE_LIMIT = 2048;
type Cut = { words: string[]; starts: number[] };
let current = new Map<string, Cut>();
let previous = new Map<string, Cut>();

function remember(text: string, cut: Cut): void {
  if (current.size >= CACHE_LIMIT) {
    previous = current;
    current = new Map();
  }
  current.set(text, cut);
}

function cutOnce(text: string): Cut {
  let cut = current.get(text);
  if (cut) return cut;
  cut = previous.get(text);
  if (!cut) {
    const words = segment(text);
    const starts: number[] = [];
    let at = 0;
    for (const w of words) {
      starts.push(at);
      at += w.length;
    }
    cut = { words, starts };
  }
  remember(text, cut);
  return cut;
}

/** The words of `text` and where each starts, cut once and shared: callers must not change the arrays. */
export function wordsWithStarts(text: string): {
  readonly words: readonly string[];
  readonly starts: readonly number[];
} {
  return cutOnce(text);
}

/** The index of the word holding position `at`, given the words' `starts` (ascending): the last starting at or before
 *  it; 0 when none does. */
export function wordHolding(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whether the segmenter starts or ends a word at `at` (共|建, not 共享; a title inside 地处|长江 names no one). */
export function wordBoundaryAt(text: string, at: number): boolean {
  return at === text.length || cutOnce(text).starts.includes(at);
}

/** The word the segmenter cuts starting at `at`, or undefined where `at` falls inside a word. */
export function wordStartingAt(text: string, at: number): string | undefined {
  const { words, starts } = cutOnce(text);
  const w = wordHolding(starts, at);
  return starts[w] === at ? words[w] : undefined;
}

/** Words of text.slice(from, to) as cut within the whole of `text`; a word crossing either end is cut there. */
export function segmentSlice(text: string, from: number, to: number): string[] {
  if (from >= to) return [];
  const { words, starts } = cutOnce(text);
  const out: string[] = [];
  // From the word holding `from` (the last starting at or before it), not from the sentence's first word: the
  // recognizers ask for short windows all along long sentences.
  for (let i = wordHolding(starts, from); i < words.length; i++) {
    const start = starts[i]!;
    const end = start + words[i]!.length;
    if (end <= from) continue;
    if (start >= to) break;
    out.push(text.slice(Math.max(start, from), Math.min(end, to)));
  }
  return out;
}

/** A word's part of speech in jieba's dictionary (n noun, v verb, p preposition, m numeral, ...); 'x' if absent. */
export function tagOf(word: string): string {
  return dictionaryTags().get(word) ?? 'x';
}
