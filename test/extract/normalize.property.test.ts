import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/extract/normalize.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/** Pieces that exercise every rule: Traditional text, pinyin, full-width forms, quotes, chrome, line breaks. */
const pieces = fc.constantFrom(
  '蘇宿工業(yè)園區(qū)',
  '發(fā)布',
  '（宿遷）',
  '(徐杰 陈娇)',
  '(CIM)',
  'ＡＢＣ１２３',
  '“我们要加快发展。”',
  '张三说。',
  '。',
  '!',
  '？',
  '；',
  '“',
  '”',
  '(',
  ')',
  '《',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u3000',
  '\u200b',
  ' ',
  '首页>新闻>要闻',
  '收藏',
  '相关内容',
  '粤ICP备05102027号',
  '2023-08-09 10:47:17',
  '乾隆',
  '顯著',
  '𠀀',
  '?',
  '<p>',
  '</p>',
  '<br/>',
  '<span style="x">',
  '</span>',
  '&nbsp;',
  '&ldquo;',
  '**',
  '*',
  '# ',
  '> ',
  '- ',
  '[华辰](https://a.b/c)',
  '![](x.jpg)',
  '|',
  '| --- |',
  '\\',
  '`',
);
const loneSurrogates = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

const inputs = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: fc.oneof(anyUnit, loneSurrogates), maxLength: 300 }),
  fc.array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 60 }).map((a) => a.join('')),
);

describe('normalize and splitSentences on arbitrary strings', () => {
  it('never throw; offsets are monotonic and in bounds; sentences point at the original', () => {
    fc.assert(
      fc.property(inputs, (original) => {
        const normalized = normalize(original, { html: true, markdown: original.length % 2 === 0 });
        const { text, offsets } = normalized;
        expect(offsets.length).toBe(text.length + 1);
        expect(offsets[text.length]).toBe(original.length);
        for (let i = 0; i < text.length; i++) {
          expect(offsets[i]).toBeGreaterThanOrEqual(0);
          expect(offsets[i]!).toBeLessThanOrEqual(offsets[i + 1]!);
        }
        const sentences = splitSentences(normalized, original);
        sentences.forEach((s, i) => {
          expect(s.index).toBe(i);
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.original).toBe(original.slice(s.start, s.end));
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(sentences[i - 1]!.end);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
