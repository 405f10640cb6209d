// The media recognizer alone: publications in 《》 named with their kind or a verb of publishing.
import { describe, expect, it } from 'vitest';
import { recognizeMedia } from '../../../src/extract/entities/media.ts';

describe('recognizeMedia', () => {
  it('reads a publication named with its kind, or one that publishes', () => {
    const found = recognizeMedia('经验被《滨江观察》杂志刊发，《华辰评论》刊登了此文。', 0);
    expect(found.map((c) => [c.name, c.aliases])).toEqual([
      ['滨江观察杂志', ['滨江观察']],
      ['华辰评论', undefined],
    ]);
  });
  it('does not take a book title for a publication', () => {
    expect(recognizeMedia('《春晓》一书出版。', 0)).toEqual([]);
  });
  it('reads no programme or column before 报道, but a paper that reports; no 报 of 报道 as a paper', () => {
    expect(recognizeMedia('央视《滨江联播》报道了这一经验。', 0)).toEqual([]);
    expect(recognizeMedia('《滨江晨报》报道。', 0).map((c) => c.name)).toEqual(['滨江晨报']);
    expect(recognizeMedia('《滨江》报刊发。', 0).map((c) => c.name)).toEqual(['滨江报']);
  });
});
