import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeMentions,
  decodeSentences,
  decodeSupport,
  encodeMentions,
  encodeSentences,
  encodeSupport,
  escapeText,
  supportEntry,
  unescapeText,
} from '../../../src/graph/embedded/records.ts';

const hostile = ["'}) DETACH DELETE n //", 'a,b;c|d=e%f"g\\h', '两\n行\r', '100%', ''];

describe('embedded column encodings', () => {
  it('escapes exactly the characters CSV and the encodings need, and restores any text', () => {
    for (const text of hostile) {
      expect(escapeText(text)).not.toMatch(/[",;|=\n\r\\]/);
      expect(unescapeText(escapeText(text))).toBe(text);
    }
    expect(escapeText('苏宿工业园区')).toBe('苏宿工业园区');
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => unescapeText(escapeText(text)) === text));
  });

  it('keeps evidence and claims per report, in order', () => {
    const evidence = [
      { reportId: 'a', sentence: 3 },
      { reportId: 'b', sentence: 1 },
      { reportId: 'a', sentence: 5 },
    ];
    const claims = [
      { reportId: 'a', properties: { amount: 1_000_000_000, status: '签约' as const } },
      { reportId: 'b', properties: { title: hostile[1]! } },
    ];
    const text = encodeSupport(evidence, claims);
    expect(text).toBe(`a#3#5|amount=1000000000|status=签约;b#1|title=${escapeText(hostile[1]!)}`);
    expect(text).not.toMatch(/[",\n]/);
    expect(decodeSupport(text)).toEqual({
      evidence: [
        { reportId: 'a', sentence: 3 },
        { reportId: 'a', sentence: 5 },
        { reportId: 'b', sentence: 1 },
      ],
      claims,
    });
    expect(decodeSupport(`${text};${supportEntry('c', [0, 2], {})}`).evidence.slice(-2)).toEqual([
      { reportId: 'c', sentence: 0 },
      { reportId: 'c', sentence: 2 },
    ]);
    expect(decodeSupport(null)).toEqual({ evidence: [], claims: [] });
  });

  it('round-trips mentions and sentences whatever their text', () => {
    const mentions = hostile.map((surface, sentence) => ({ sentence, surface }));
    expect(decodeMentions(encodeMentions(mentions))).toEqual(mentions);
    const sentences = hostile.map((text, index) => ({ index, text, start: index * 10, end: index * 10 + 9 }));
    expect(decodeSentences(encodeSentences(sentences))).toEqual(sentences);
    expect(decodeSentences('')).toEqual([]);
  });
});
