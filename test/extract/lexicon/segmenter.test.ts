import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { segment, segmentSlice, tagOf } from '../../../src/extract/lexicon/segmenter.ts';

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
});
