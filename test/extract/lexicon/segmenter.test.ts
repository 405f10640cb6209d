import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { segment, segmentSlice, tagOf, wordHolding } from '../../../src/extract/lexicon/segmenter.ts';

const require = createRequire(import.meta.url);

describe('tagOf', () => {
  it("gives every word of jieba's dictionary its tag (the last line listing it)", () => {
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    const expected = new Map<string, string>();
    for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
      const [word, , tag] = line.trim().split(' ');
      if (word && tag) expected.set(word, tag);
    }
    expect(expected.size).toBeGreaterThan(300_000);
    const wrong = [...expected].filter(([word, tag]) => tagOf(word) !== tag);
    expect(wrong).toEqual([]);
  });

  it("tags a word outside the dictionary 'x'", () => {
    expect(tagOf('')).toBe('x');
    expect(tagOf('华辰滨江睢宁')).toBe('x');
    expect(tagOf('x'.repeat(300))).toBe('x');
  });
});

describe('segmentSlice', () => {
  it('cuts a window as the whole sentence is cut, the same every time it is asked', () => {
    const sentence = '华辰科技有限公司落户滨江经济开发区';
    const words = segment(sentence);
    expect(words.join('')).toBe(sentence);
    const start = sentence.indexOf('落户');
    const first = segmentSlice(sentence, start, sentence.length);
    expect(first.join('')).toBe(sentence.slice(start));
    for (let i = 0; i < 5000; i++) segmentSlice(`第${i}句话在这里`, 0, 3); // past the cache's bound
    expect(segmentSlice(sentence, start, sentence.length)).toEqual(first);
  });
  it('cuts every window of a sentence as the walk over all its words would', () => {
    const sentence = '滨江县人民政府与华辰科技有限公司签约，共建睢宁高新技术产业开发区新材料产业园';
    const words = segment(sentence);
    const starts: number[] = [];
    for (let at = 0, i = 0; i < words.length; at += words[i]!.length, i++) starts.push(at);
    // The reference: every word, cut at the window's ends, the words outside it dropped.
    const reference = (from: number, to: number) =>
      words
        .map((w, i) => [Math.max(starts[i]!, from), Math.min(starts[i]! + w.length, to)] as const)
        .filter(([a, b]) => a < b)
        .map(([a, b]) => sentence.slice(a, b));
    for (let from = 0; from < sentence.length; from++)
      for (let to = from + 1; to <= sentence.length; to++)
        expect(segmentSlice(sentence, from, to)).toEqual(reference(from, to));
    for (let at = 0; at < sentence.length; at++) {
      const i = wordHolding(starts, at);
      expect(starts[i]! <= at && at < starts[i]! + words[i]!.length).toBe(true);
    }
  });
});
