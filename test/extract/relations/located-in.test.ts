// Where a name places what it names: the place it opens with (gazetteer regions; names invented).
import { describe, expect, it } from 'vitest';
import { regionOpeningName } from '../../../src/extract/relations/located-in.ts';
import { rulesAloneRelations } from './support.ts';

describe('regionOpeningName', () => {
  it('reads the most specific place a name opens with', () => {
    expect(regionOpeningName('江苏滨海华辰新材料产业园')).toBe('滨海县');
  });
  it('reads the place a zone the gazetteer lists is named after, not the zone (江苏|宿迁经济技术开发区)', () => {
    expect(regionOpeningName('江苏宿迁经济技术开发区')).toBe('宿迁市');
  });
  it('puts a route between two places in the division that holds both', () => {
    expect(regionOpeningName('靖西至那坡高速公路')).toBe('百色市');
    expect(regionOpeningName('盐城至南京城际铁路')).toBe('江苏省');
  });
});

describe('a zone named by its province in a report about a city', () => {
  it('lies in the province, where a zone without a place lies in the report’s city', () => {
    const located = rulesAloneRelations(
      '成都市推进开放发展\n成都市今年新增企业1万家。成都市有四川自贸区和华辰高新技术产业开发区。成都市将持续优化营商环境。',
    ).filter((r) => r.type === 'LOCATED_IN');
    expect(located).toContainEqual(expect.objectContaining({ from: '四川自贸区', to: '四川省' }));
    expect(located).not.toContainEqual(expect.objectContaining({ from: '四川自贸区', to: '成都市' }));
  });
});

describe('a park of a report about a region', () => {
  const placed = (text: string) =>
    rulesAloneRelations(text).some((r) => r.type === 'LOCATED_IN' && r.from === '华辰产业园' && r.to === '滨海县');
  it('lies in the region the title names, or one a sentence names with it', () => {
    expect(placed('滨海县加快产业发展\n滨海县召开全县大会。滨海县推进改革。\n华辰产业园今年签约项目30个。')).toBe(true);
    expect(placed('各地加快产业发展\n滨海县召开全县大会。\n滨海县的华辰产业园今年签约项目30个。')).toBe(true);
  });
  it('does not lie in a region a feature on many places only dwells on elsewhere', () => {
    expect(placed('各地加快产业发展\n滨海县召开全县大会。滨海县推进改革。\n华辰产业园今年签约项目30个。')).toBe(false);
  });
});
