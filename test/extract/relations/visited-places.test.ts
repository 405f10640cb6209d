// LOCATED_IN from a visit's itinerary: the firms a visit goes to after it entered a park (names invented).
import { describe, expect, it } from 'vitest';
import { rulesAloneRelations } from './support.ts';

const placesOf = (text: string, from: string) =>
  rulesAloneRelations(text)
    .filter((r) => r.type === 'LOCATED_IN' && r.from === from)
    .map((r) => r.to);

describe('visitedInEnteredPark', () => {
  const visit = [
    '8月8日，专家团来宁海县开展走访调研。',
    '专家团一行深入岳西经济开发区，开展走访调研。',
    '专家团首先来到了安徽青禾新材料科技有限公司，参观了展示厅。',
    '在安徽华辰化工有限公司和安徽睿达新能源科技有限公司，专家详细了解情况。',
  ].join('');
  it('places the firms a visit goes to after entering a park in the park', () => {
    expect(placesOf(visit, '安徽青禾新材料科技有限公司')).toContain('岳西经济开发区');
    expect(placesOf(visit, '安徽华辰化工有限公司')).toContain('岳西经济开发区');
    expect(placesOf(visit, '安徽睿达新能源科技有限公司')).toContain('岳西经济开发区');
  });
  it('not after a facility the park’s name opens, nor once the visit names another place', () => {
    const facility =
      '王某来到岳西经济开发区新材料科创中心，了解运营情况。在安徽青禾新材料科技有限公司，王某详细了解情况。';
    expect(placesOf(facility, '安徽青禾新材料科技有限公司')).not.toContain('岳西经济开发区');
    const moved = '王某深入岳西经济开发区，开展调研。随后在太湖县，王某来到安徽青禾新材料科技有限公司。';
    expect(placesOf(moved, '安徽青禾新材料科技有限公司')).not.toContain('岳西经济开发区');
  });
});
