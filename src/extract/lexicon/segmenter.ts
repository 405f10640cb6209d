// Word segmentation from jieba (@node-rs/jieba ships its binary and dictionary), used on short windows to
// find where a name begins. Parts of speech come from jieba's dictionary by lookup: its `cut` is several
// times faster than its `tag`, and words outside the dictionary (most brand names) get no tag anyway.
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;
let tags: Map<string, string> | undefined;

function load(): { jieba: Jieba; tags: Map<string, string> } {
  if (!jieba || !tags) {
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
    tags = new Map();
    // Lines are `word frequency tag`.
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const first = line.indexOf(' ');
      const second = line.indexOf(' ', first + 1);
      if (first > 0 && second > first) tags.set(line.slice(0, first), line.slice(second + 1).trim());
    }
  }
  return { jieba, tags };
}

/** Words of `text`, in order; their concatenation is `text`. */
export function segment(text: string): string[] {
  return text ? load().jieba.cut(text, false) : [];
}

// Sentences are cut once and their words reused by every window inside them: each native call costs more
// than the words it returns.
const CACHE_LIMIT = 512;
const cache = new Map<string, { words: string[]; starts: number[] }>();

function cutOnce(text: string): { words: string[]; starts: number[] } {
  let cut = cache.get(text);
  if (!cut) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    const words = segment(text);
    const starts: number[] = [];
    let at = 0;
    for (const w of words) {
      starts.push(at);
      at += w.length;
    }
    cache.set(text, (cut = { words, starts }));
  }
  return cut;
}

/** Words of text.slice(from, to) as cut within the whole of `text`; a word crossing either end is cut there. */
export function segmentSlice(text: string, from: number, to: number): string[] {
  if (from >= to) return [];
  const { words, starts } = cutOnce(text);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
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
  return load().tags.get(word) ?? 'x';
}
