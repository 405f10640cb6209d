import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Trie } from '../../../src/extract/lexicon/trie.ts';

type Match = { start: number; end: number; value: number };

/** The trie's lookups written the slow, obvious way over a Map of words. */
class Reference {
  constructor(readonly words: Map<string, number>) {}
  longestAt(text: string, start: number) {
    for (let end = text.length; end > start; end--) {
      const value = this.words.get(text.slice(start, end));
      if (value !== undefined) return { start, end, value };
    }
    return undefined;
  }
  findAll(text: string, yieldsTo?: (match: Match, inner: Match) => boolean) {
    const out = [];
    for (let i = 0; i < text.length;) {
      const m = this.longestAt(text, i);
      const overrun =
        m &&
        yieldsTo &&
        Array.from({ length: m.end - m.start - 1 }, (_, k) => this.longestAt(text, m.start + 1 + k)).some(
          (inner) => inner && inner.end > m.end && yieldsTo(m, inner),
        );
      if (m && !overrun) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }
  allMatches(text: string) {
    const out = [];
    for (let start = 0; start < text.length; start++)
      for (let end = start + 1; end <= text.length; end++) {
        const value = this.words.get(text.slice(start, end));
        if (value !== undefined) out.push({ value, start, end });
      }
    return out;
  }
  longestEndingAt(text: string, end: number, maxLength: number) {
    for (let start = Math.max(0, end - maxLength); start < end; start++) {
      const value = this.words.get(text.slice(start, end));
      if (value !== undefined) return { start, end, value };
    }
    return undefined;
  }
}

// A few units, so that words share prefixes and texts hold many of them; one astral character (two units).
const unit = fc.constantFrom('园', '区', '工', '业', '中', '心', 'A', '𠀋', '，');
const word = fc.array(unit, { minLength: 1, maxLength: 5 }).map((us) => us.join(''));
const text = fc.array(unit, { maxLength: 30 }).map((us) => us.join(''));

describe('Trie', () => {
  it('finds what a Map of its words finds: get, longestAt, findAll (yielding or not), forEachMatch, longestEndingAt', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), text, (words, t) => {
        const entries = words.map((w, i) => [w, i] as const);
        const trie = new Trie<number>(entries);
        const ref = new Reference(new Map(entries));
        for (const w of words) expect(trie.get(w)).toBe(ref.words.get(w));
        expect(trie.findAll(t)).toEqual(ref.findAll(t));
        // A match of an even word gives way to an odd one run past it.
        const evenYieldsToOdd = (m: Match, inner: Match) => m.value % 2 === 0 && inner.value % 2 === 1;
        expect(trie.findAll(t, evenYieldsToOdd)).toEqual(ref.findAll(t, evenYieldsToOdd));
        const every: { value: number; start: number; end: number }[] = [];
        trie.forEachMatch(t, (value, start, end) => every.push({ value, start, end }));
        expect(every).toEqual(ref.allMatches(t));
        for (let i = 0; i <= t.length; i++) {
          expect(trie.longestAt(t, i)).toEqual(ref.longestAt(t, i));
          expect(trie.longestEndingAt(t, i, 4)).toEqual(ref.longestEndingAt(t, i, 4));
        }
      }),
    );
  });

  it('keeps every word as its edge table grows', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `词${i.toString(36)}`);
    const trie = new Trie(words.map((w, i) => [w, i] as const));
    expect(words.every((w, i) => trie.get(w) === i)).toBe(true);
    expect(trie.get('词')).toBeUndefined();
    expect(trie.get('没有')).toBeUndefined();
  });

  it('a prefix of a word is no word, and the last value set wins', () => {
    const trie = new Trie<string>([
      ['工业园', 'a'],
      ['工业园区', 'b'],
    ]);
    trie.set('工业园', 'c');
    expect(trie.get('工业')).toBeUndefined();
    expect(trie.findAll('滨江工业园区和工业园')).toEqual([
      { start: 2, end: 6, value: 'b' },
      { start: 7, end: 10, value: 'c' },
    ]);
  });
  it('drops a match that yields to a word starting inside it and running past it', () => {
    const trie = new Trie<string>([
      ['发展基金', 'fund'],
      ['基金会', 'body'],
    ]);
    expect(trie.findAll('发展基金会').map((m) => m.value)).toEqual(['fund']);
    expect(trie.findAll('发展基金会', (m, inner) => m.value === 'fund' && inner.value === 'body')).toEqual([
      { start: 2, end: 5, value: 'body' },
    ]);
  });

  it('remembers the matches of a text it scanned, and forgets them when a word is added', () => {
    const trie = new Trie<string>([['工业园', 'a']]);
    const text = '滨江工业园区和工业园';
    const first = trie.findAllRemembered(text);
    expect(first).toEqual(trie.findAll(text));
    expect(trie.findAllRemembered(text)).toBe(first);
    trie.set('工业园区', 'b');
    expect(trie.findAllRemembered(text)).toEqual([
      { start: 2, end: 6, value: 'b' },
      { start: 7, end: 10, value: 'a' },
    ]);
  });

  it('finds words added after a scan, starting with a pair of units no word began with before', () => {
    const trie = new Trie<string>([['工业园', 'a']]);
    const text = '青禾科技园和工业园，园';
    expect(trie.findAll(text).map((m) => m.value)).toEqual(['a']);
    trie.set('科技园', 'b');
    trie.set('园', 'c');
    expect(trie.findAll(text)).toEqual([
      { start: 2, end: 5, value: 'b' },
      { start: 6, end: 9, value: 'a' },
      { start: 10, end: 11, value: 'c' },
    ]);
    const every: string[] = [];
    trie.forEachMatch(text, (value) => every.push(value));
    expect(every).toEqual(['b', 'c', 'a', 'c', 'c']);
    expect(trie.longestEndingAt(text, 5, 4)).toEqual({ start: 2, end: 5, value: 'b' });
  });

  it('keeps remembering texts past one generation of them', () => {
    const trie = new Trie<string>([['园', 'a']]);
    const texts = Array.from({ length: 5000 }, (_, i) => `园${i}`);
    const found = texts.map((t) => trie.findAllRemembered(t));
    expect(found.every((m, i) => m.length === 1 && m[0]!.end === 1 && texts[i]!.startsWith('园'))).toBe(true);
    expect(trie.findAllRemembered(texts.at(-1)!)).toBe(found.at(-1));
    expect(trie.findAllRemembered(texts[0]!)).toEqual(found[0]);
  });
});
