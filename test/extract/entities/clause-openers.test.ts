// Where a registered company's name starts after the words its clause opens with, on invented sentences.
import { describe, expect, it } from 'vitest';
import { afterClauseOpening } from '../../../src/extract/entities/clause-openers.ts';

/** The name from the start the walk for registered names found (the sentence's start here) to its suffix. */
const nameAfter = (text: string, suffix: string) => {
  const suffixStart = text.indexOf(suffix);
  return text.slice(afterClauseOpening(text, 0, suffixStart, 0), suffixStart + suffix.length);
};

describe('afterClauseOpening', () => {
  it('drops the adverbs and verbs a clause opens with', () => {
    expect(nameAfter('加快青禾科技有限公司', '有限公司')).toBe('青禾科技有限公司');
    expect(nameAfter('全力推进远帆电子股份有限公司', '股份有限公司')).toBe('远帆电子股份有限公司');
  });
  it('drops a company’s role before its name', () => {
    expect(nameAfter('设备供应商长风机械有限公司', '有限公司')).toBe('长风机械有限公司');
    // …and the deal done with it (收购|某某有限公司, 拟与|某某有限公司).
    expect(nameAfter('收购上海青禾网络科技发展有限公司', '有限公司')).toBe('上海青禾网络科技发展有限公司');
    expect(nameAfter('公司拟与远帆科技有限公司', '有限公司')).toBe('远帆科技有限公司');
    // …and who it is to the works or the group (建设者|某某开发有限公司, 生态伙伴|某某科技有限公司).
    expect(nameAfter('建设者滨江青禾公路开发有限公司', '有限公司')).toBe('滨江青禾公路开发有限公司');
    expect(nameAfter('生态伙伴远帆智能科技有限公司', '有限公司')).toBe('远帆智能科技有限公司');
  });
  it('keeps the verbs of a registered name whose rest is only a trade', () => {
    expect(nameAfter('青禾建设投资有限公司', '有限公司')).toBe('青禾建设投资有限公司');
    expect(nameAfter('振兴化工有限公司', '有限公司')).toBe('振兴化工有限公司');
    // …and a brand that is a verb.
    expect(nameAfter('启航电池科技有限公司', '有限公司')).toBe('启航电池科技有限公司');
  });
});
