// Property tests of the whole pipeline: it never throws on arbitrary text, its offsets always point into the text
// it was given, and arbitrary bytes give a report or a UserError.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../../src/extract/index.ts';
import { UserError } from '../../src/errors.ts';
import type { ExtractedReport } from '../../src/ontology/model.ts';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const seedTexts = readdirSync(seedsDir).map((f) => readFileSync(seedsDir + f, 'utf8'));
/** Clauses of the seed reports, punctuation kept: realistic Chinese to recombine. */
const fragments = seedTexts.flatMap((t) => t.match(/[^，。！？、；：\n]*[，。！？、；：\n]?/g) ?? []).filter(Boolean);
const seedChars = [...new Set([...seedTexts.join('')])];

const fragment = fc.constantFrom(...fragments);
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
/** Pieces that exercise normalization and splitting: pinyin annotations, Traditional, full-width, markup, spaces. */
const tricky = fc.constantFrom(
  '(yè)',
  '(qū)',
  '蘇宿工業(yè)園區(qū)',
  '南玻院(宿迁)',
  '(徐杰 陈娇)',
  'ＡＢＣ１２３',
  '\u3000',
  '\r\n',
  '\n\n',
  '\uFEFF',
  '<p>',
  '</div>',
  '&nbsp;',
  '发布日期:2023-08-09',
  '“',
  '”',
  '、',
  '。',
);

const texts = {
  'full unicode': fc.string({ unit: 'binary', maxLength: 300 }),
  graphemes: fc.string({ unit: 'grapheme', maxLength: 200 }),
  'mixed scripts': fc
    .array(fc.oneof(fragment, tricky, loneSurrogate, fc.string({ unit: 'grapheme-ascii', maxLength: 12 })), {
      maxLength: 40,
    })
    .map((parts) => parts.join('')),
  'Chinese from seed fragments': fc.array(fragment, { minLength: 1, maxLength: 60 }).map((parts) => parts.join('')),
  'shuffled seed characters': fc
    .array(fc.constantFrom(...seedChars), { maxLength: 400 })
    .map((chars) => chars.join('')),
};

/** The offset invariants every report must keep, checked against the text the pipeline was given. */
function checkOffsets(report: ExtractedReport, original: string): void {
  const sentences = new Map(report.evidence.map((s) => [s.index, s]));
  for (const s of report.evidence) {
    expect(0 <= s.start && s.start <= s.end && s.end <= original.length).toBe(true);
    expect(original.slice(s.start, s.end)).toBe(s.original);
  }
  const ids = new Set(report.entities.map((e) => e.id));
  for (const e of report.entities) {
    for (const m of e.mentions) {
      const s = sentences.get(m.sentence);
      expect(s, `sentence ${m.sentence} of a mention of ${e.id}`).toBeDefined();
      expect(s!.start <= m.start && m.start < m.end && m.end <= s!.end).toBe(true);
    }
  }
  for (const r of report.relations) {
    expect(ids.has(r.from) && ids.has(r.to), `${r.type} ${r.from} -> ${r.to} names report entities`).toBe(true);
    for (const i of r.evidence) expect(sentences.has(i), `${r.type} evidence sentence ${i}`).toBe(true);
  }
}

describe('extractReport on arbitrary text', () => {
  for (const [label, arbitrary] of Object.entries(texts)) {
    it(`never throws and keeps its offsets (${label})`, () => {
      fc.assert(
        fc.property(arbitrary, (text) => {
          checkOffsets(extractReport({ name: 'arbitrary.txt', text }), text);
        }),
        { numRuns: 150 },
      );
    });
  }

  it('keeps its offsets on every whole seed report', () => {
    for (const text of seedTexts) checkOffsets(extractReport({ name: 'seed.txt', text }), text);
  });
});

describe('extractReport on arbitrary bytes', () => {
  const returnsOrUserError = (bytes: Uint8Array) => {
    try {
      extractReport({ name: 'arbitrary.bin', bytes });
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toContain('arbitrary.bin');
    }
  };

  it('returns a report or throws a UserError naming the input', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), returnsOrUserError), { numRuns: 200 });
  });

  it('returns a report or throws a UserError on damaged GBK, Big5 and UTF-8 text', () => {
    const encoded = fc
      .tuple(
        fc.array(fragment, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('utf8', 'gbk', 'big5'),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 5 }),
      )
      .map(([parts, encoding, damage]) => {
        const bytes = new Uint8Array(iconv.encode(parts.join(''), encoding));
        for (const [at, value] of damage) if (bytes.length) bytes[at % bytes.length] = value;
        return bytes;
      });
    fc.assert(fc.property(encoded, returnsOrUserError), { numRuns: 150 });
  });
});
