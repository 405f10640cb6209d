import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentencesNaming } from '../../../src/extract/learn/decide.ts';

/** The count as the features define it: sentences that include the name, counting stops at 6. */
const naive = (texts: readonly string[], name: string) => {
  let n = 0;
  for (const t of texts) if (t.includes(name) && ++n >= 6) break;
  return n;
};

describe('sentencesNaming', () => {
  it('counts the sentences that name a name, up to 6', () => {
    const texts = ['华辰科技有限公司落户滨江。', '华辰科技投产。', '华辰华辰。', '无关。'];
    const naming = sentencesNaming(texts);
    expect(naming('华辰')).toBe(3);
    expect(naming('华辰科技有限公司')).toBe(1);
    expect(naming('落户滨江。')).toBe(1);
    expect(naming('滨江。华辰')).toBe(0); // across two sentences is not a naming
    expect(naming('华')).toBe(3);
    expect(naming('')).toBe(4);
    expect(sentencesNaming(Array(9).fill('华辰科技'))('华辰')).toBe(6);
  });

  it('agrees with searching every sentence', () => {
    const unit = fc.constantFrom('园', '区', '工', '业', '𠀋', '，', '\n');
    const str = (max: number) => fc.array(unit, { maxLength: max }).map((us) => us.join(''));
    fc.assert(
      fc.property(fc.array(str(12), { maxLength: 12 }), fc.array(str(4), { maxLength: 10 }), (texts, names) => {
        const naming = sentencesNaming(texts);
        for (const name of names) expect(naming(name)).toBe(naive(texts, name));
      }),
    );
  });
});
