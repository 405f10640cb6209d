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
});
