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
    '专家团一行深入宁海经济开发区，开展走访调研。',
    '专家团首先来到了浙江青禾新材料科技有限公司，参观了展示厅。',
    '在浙江华辰化工有限公司和浙江睿达新能源科技有限公司，专家详细了解情况。',
  ].join('');
  it('places the firms a visit goes to after entering a park in the park', () => {
    expect(placesOf(visit, '浙江青禾新材料科技有限公司')).toContain('宁海经济开发区');
    expect(placesOf(visit, '浙江华辰化工有限公司')).toContain('宁海经济开发区');
    expect(placesOf(visit, '浙江睿达新能源科技有限公司')).toContain('宁海经济开发区');
  });
  it('not after a facility the park’s name opens, nor once the visit names another place', () => {
    const facility =
      '王某来到宁海经济开发区新材料科创中心，了解运营情况。在浙江青禾新材料科技有限公司，王某详细了解情况。';
    expect(placesOf(facility, '浙江青禾新材料科技有限公司')).not.toContain('宁海经济开发区');
    const moved = '王某深入宁海经济开发区，开展调研。随后在象山县，王某来到浙江青禾新材料科技有限公司。';
    expect(placesOf(moved, '浙江青禾新材料科技有限公司')).not.toContain('宁海经济开发区');
  });
});
