import { describe, expect, it } from 'vitest';
import { recognizeStateBodies } from '../../../src/extract/entities/state-bodies.ts';

describe('recognizeStateBodies', () => {
  it('names a central body by its full name, keeping the short form the text used', () => {
    const found = recognizeStateBodies('要全面落实党中央决策部署，国家发改委会同有关部门推进。', 0);
    expect(found.map((c) => [c.name, c.aliases ?? []])).toEqual([
      ['中共中央', ['党中央']],
      ['国家发展改革委', ['国家发改委']],
    ]);
  });
  it('prefers the longest form (中共中央政治局 over 中共中央)', () => {
    expect(recognizeStateBodies('中共中央政治局常委出席。', 0).map((c) => c.name)).toEqual(['中共中央政治局']);
  });
  it('reads no body in a word for its members (中国共产党人)', () => {
    expect(recognizeStateBodies('一代代中国共产党人接续奋斗，中国共产党的初心不变。', 0).map((c) => c.start)).toEqual([
      14,
    ]);
  });
});
