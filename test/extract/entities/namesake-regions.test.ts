// A county's short form opening a name is that county only where the report's places lie in its province.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

const regions = (text: string) =>
  extractReport({ name: 'namesakes.txt', text, model: null })
    .entities.filter((e) => e.kind === 'Region')
    .map((e) => e.name);

describe('dropNamesakeRegions', () => {
  it('drops a county of another province that a name opens with as a place word (兴庆|校区 in a Xi’an report)', () => {
    const found = regions('华辰纪念馆坐落于西安市碑林区的交通学院兴庆校区。');
    expect(found).toEqual(expect.arrayContaining(['西安市', '碑林区']));
    expect(found).not.toContain('兴庆区');
  });
  it('keeps it where the report’s places lie in its province, or the report names no local place', () => {
    expect(regions('银川市今年新建学校3所，交通学院兴庆校区投用。')).toContain('兴庆区');
    expect(regions('交通学院兴庆校区投用。')).toContain('兴庆区');
  });
});
