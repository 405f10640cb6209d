// A registered company's brand read where it recurs without its suffix, on invented sentences.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { brandForms, recurringBrands } from '../../../src/extract/entities/recurring-brands.ts';

describe('brandForms', () => {
  it('reads the head without its places and suffix, and without a last trade word', () => {
    expect(brandForms('远帆电子股份有限公司')).toEqual(['远帆电子']);
    expect(brandForms('青禾智能装备（柘城）有限公司')).toEqual(['青禾智能装备', '青禾智能']);
  });
  it('reads a long head’s brand with the first word of its trade (青禾纳米 of 青禾纳米材料有限公司)', () => {
    expect(brandForms('上海青禾纳米材料有限公司')).toContain('青禾纳米');
    expect(brandForms('深圳市华瀚投资控股有限公司')).toContain('华瀚投资');
  });
  it('reads no brand of a short head, or of a name that is not registered', () => {
    expect(brandForms('明远有限公司')).toEqual([]);
    expect(brandForms('远帆电子')).toEqual([]);
  });
});

describe('recurringBrands', () => {
  it('adds later mentions of a registered company’s brand, not inside another kept name', () => {
    const texts = ['远帆电子股份有限公司今年落户。', '远帆电子将建设生产基地。', '远帆电子产业园开园。'];
    const kept: Candidate[] = [
      { kind: 'Company', name: '远帆电子股份有限公司', sentence: 0, start: 0, end: 10, priority: 10 },
      { kind: 'Park', name: '远帆电子产业园', sentence: 2, start: 0, end: 7, priority: 7 },
    ];
    expect(recurringBrands(kept, texts).map((c) => [c.name, c.sentence, c.start])).toEqual([['远帆电子', 1, 0]]);
  });
  it('reads a short head with the place it opens with (中国青岩 of 中国青岩集团有限公司), over the place inside it', () => {
    expect(brandForms('中国青岩集团有限公司')).toEqual(['中国青岩']);
    const texts = ['中国青岩集团有限公司与柘城县签约。', '中国青岩将投资建设光伏项目。'];
    const kept: Candidate[] = [
      { kind: 'Company', name: '中国青岩集团有限公司', sentence: 0, start: 0, end: 10, priority: 10 },
      { kind: 'Region', name: '中国', sentence: 1, start: 0, end: 2, priority: 3 },
    ];
    expect(recurringBrands(kept, texts).map((c) => [c.name, c.sentence, c.start])).toEqual([['中国青岩', 1, 0]]);
  });
});
