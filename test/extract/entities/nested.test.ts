// Names inside names: a park's industry and founding body, the places a name opens with or holds in brackets.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { dropZonesOnlyInPartNames, namesInside } from '../../../src/extract/entities/nested.ts';

const named = (kind: Candidate['kind'], text: string): Candidate => ({
  kind,
  name: text,
  sentence: 0,
  start: 0,
  end: text.length,
  priority: 7,
});

describe('namesInside', () => {
  it('finds the place a registered company’s branch or plant is named by (某某股份有限公司|济南|厂)', () => {
    const plant = '青岩电子股份有限公司济南厂';
    expect(namesInside([named('Company', plant)], plant).map((c) => [c.kind, c.name])).toEqual([['Region', '济南市']]);
    const branch = '华辰科技有限公司济南分公司';
    expect(namesInside([named('Company', branch)], branch).map((c) => c.name)).toContain('济南市');
  });
  it('finds the place a bank’s branch or a railway’s bureau is named by inside the name (某某银行|杭州|分行)', () => {
    const regions = (text: string) =>
      namesInside([named('Company', text)], text)
        .filter((c) => c.kind === 'Region')
        .map((c) => c.name);
    expect(regions('青禾银行杭州分行')).toEqual(['杭州市']);
    expect(regions('青禾农商银行胶州支行')).toEqual(['胶州市']);
    expect(regions('中国铁路郑州局集团有限公司')).toContain('郑州市');
    expect(regions('青禾杭州科技有限公司')).toEqual([]);
    // …and a group's company named by its place (某某重工|新疆|有限公司, 某某集团|重庆|公司), not its branch office.
    expect(regions('华辰重工新疆有限公司')).toEqual(['新疆维吾尔自治区']);
    expect(regions('华辰集团重庆公司')).toEqual(['重庆市']);
    expect(regions('华辰集团海南分公司')).toEqual([]);
    // …and a subsidiary named by its place after its group's name (某某集团|云南|能源投资有限公司).
    expect(regions('华辰集团云南能源投资有限公司')).toEqual(['云南省']);
    expect(regions('青石十一局集团西安建设有限公司')).toEqual(['西安市']);
  });
  it('finds the places of a service’s quoted route, each side’s run (“甲—乙丙”海铁联运班列)', () => {
    const service = '“洛阳—泰国曼谷”海铁联运班列';
    expect(namesInside([named('Project', service)], service).map((c) => c.name)).toEqual(['洛阳市', '泰国', '曼谷']);
  });
  it('reads no region in the nation opening a national body’s name, but a province opening a provincial one’s', () => {
    const regions = (kind: Candidate['kind'], text: string) =>
      namesInside([named(kind, text)], text)
        .filter((c) => c.kind === 'Region')
        .map((c) => c.name);
    expect(regions('Organization', '中国青禾技术协会')).toEqual([]);
    expect(regions('Organization', '江苏省青禾技术协会')).toEqual(['江苏省']);
    expect(regions('Company', '中国华辰集团有限公司')).toEqual(['中国']);
  });
  it('keeps a short form that needs its full name opening a company’s name, for the report to confirm', () => {
    const text = '通化青禾药业股份有限公司';
    const found = namesInside([named('Company', text)], text).filter((c) => c.kind === 'Region');
    expect(found).toEqual([expect.objectContaining({ name: '通化市', needsFull: true })]);
  });
  it('trusts a short form right before a zone’s kind: zones are named after their host division', () => {
    const text = '常熟经开区';
    const found = namesInside([named('Park', text)], text).filter((c) => c.kind === 'Region');
    expect(found).toEqual([expect.objectContaining({ name: '常熟市', needsFull: false })]);
  });
  it('finds a village opening a project’s name after the places before it, not a village that is the whole name', () => {
    const text = '滨海县柳塘村光伏电站项目';
    const found = namesInside([named('Project', text)], text).map((c) => [c.kind, c.name]);
    expect(found).toEqual([
      ['Region', '滨海县'],
      ['Region', '柳塘村'],
    ]);
    const memorial = '柳塘村纪念馆周边环境整治提升工程';
    expect(namesInside([named('Project', memorial)], memorial).map((c) => c.name)).toEqual(['柳塘村']);
    expect(namesInside([named('Organization', '柳塘村村委会')], '柳塘村村委会').map((c) => c.name)).toEqual([]);
  });
  it('finds a zone’s area (片区) opening a park’s name, not the division its name opens with', () => {
    const text = '西湖片区青禾产业园';
    const found = namesInside([named('Park', text)], text).filter((c) => c.kind === 'Region');
    expect(found.map((c) => c.name)).toEqual(['西湖片区']);
  });
  it('reads no place opening a university’s or a military region’s name, but reads a government body’s', () => {
    const regions = (text: string) =>
      namesInside([named('Organization', text)], text)
        .filter((c) => c.kind === 'Region')
        .map((c) => c.name);
    expect(regions('滨海科技大学')).toEqual([]);
    expect(regions('湖州航空学院')).toEqual([]);
    expect(regions('湖州市科技局')).toEqual(['湖州市']);
    // …but no town opening a town's body: the body is named, not the town.
    expect(regions('柘城县胡襄镇人民政府')).toEqual(['柘城县']);
  });
  it('finds the body a working group opens with, and none in a group named by its level alone', () => {
    const text = '湖州市统计局调研组';
    expect(namesInside([named('Organization', text)], text).map((c) => [c.kind, c.name])).toContainEqual([
      'Organization',
      '湖州市统计局',
    ]);
    const level = '省委联合督察组';
    expect(namesInside([named('Organization', level)], level).filter((c) => c.kind === 'Organization')).toEqual([]);
  });
  it('finds the industry in a park’s name and the body that founded it', () => {
    const text = '华辰院(杭州)光伏产业园';
    const found = namesInside([named('Park', text)], text).map((c) => [c.kind, c.name]);
    expect(found).toEqual([
      ['Industry', '光伏'],
      ['Organization', '华辰院'],
      ['Region', '杭州市'],
    ]);
  });
  it('finds the place a free-trade zone’s area is named after (某自贸试验区|南京|片区)', () => {
    const text = '中国（江苏）自由贸易试验区南京片区';
    const found = namesInside([named('Park', text)], text).filter((c) => c.kind === 'Region');
    expect(found.map((c) => c.name)).toContain('南京市');
  });
  it('places a zone named inside a body’s name like any zone: its county’s short form counts', () => {
    const text = '睢宁综合实验区华辰片区管理局';
    const found = namesInside([named('Organization', text)], text).map((c) => [c.kind, c.name]);
    expect(found).toEqual([
      ['Park', '睢宁综合实验区'],
      ['Region', '睢宁县'],
    ]);
  });
  it('reads the zone a Party committee is named after without the Party’s name (中国共产党|某某工业园区|工作委员会)', () => {
    const text = '中国共产党睢宁工业园区工作委员会';
    const parks = namesInside([named('Organization', text)], text).filter((c) => c.kind === 'Park');
    expect(parks.map((c) => [c.name, c.start])).toEqual([['睢宁工业园区', 5]]);
  });
  it('takes a run of places opening a name as nested regions', () => {
    const text = '杭州市滨江区华辰科技有限公司';
    const found = namesInside([named('Company', text)], text);
    expect(found.map((c) => [c.name, c.nested])).toEqual([
      ['杭州市', true],
      ['滨江区', true],
    ]);
  });
  it('trusts a county’s short form alone opening a placed name only when the dictionary knows it as a place (else the report must name it in full)', () => {
    const regions = (kind: Candidate['kind'], text: string) =>
      namesInside([named(kind, text)], text)
        .filter((c) => c.kind === 'Region' && !c.needsFull)
        .map((c) => c.name);
    expect(regions('Park', '睢宁华辰工业园')).toEqual(['睢宁县']);
    expect(regions('Company', '资源华辰科技有限公司')).toEqual([]);
    // A body's opening place is read only as a whole name or in a run (ONTOLOGY.md: it does not place the body).
    expect(regions('Organization', '睢宁华辰协会')).toEqual([]);
  });
  it('reads nothing inside a person’s name', () => {
    expect(namesInside([named('Person', '杭州')], '杭州')).toEqual([]);
  });
});

describe('namesInside: a zone opening the name of its part', () => {
  it('emits the zone a part is named after (滨江高新区|南部园区)', () => {
    const text = '岚湾高新区南部园区';
    const parks = namesInside([named('Park', text)], text).filter((c) => c.kind === 'Park');
    expect(parks.map((c) => [c.name, text.slice(c.start, c.end)])).toEqual([['岚湾高新区', '岚湾高新区']]);
  });
  it('finds the place on each side of a dashed scheme, and none in an undashed one', () => {
    const text = '中国—东盟开放合作';
    expect(namesInside([named('Partnership', text)], text).map((c) => c.name)).toEqual(['中国', '东盟']);
    expect(namesInside([named('Partnership', '粤澳合作')], '粤澳合作')).toEqual([]);
  });
});

describe('dropZonesOnlyInPartNames', () => {
  const kept = (text: string) => {
    const area = named('Park', text);
    return [area, ...namesInside([area], text)];
  };
  it('drops a free-trade zone read only inside its area’s name, keeping the area and its places', () => {
    const found = dropZonesOnlyInPartNames(kept('中国（江苏）自由贸易试验区青禾新片区')).map((c) => [c.kind, c.name]);
    expect(found).toContainEqual(['Park', '中国（江苏）自由贸易试验区青禾新片区']);
    expect(found).toContainEqual(['Region', '江苏省']);
    expect(found.filter(([kind]) => kind === 'Park')).toHaveLength(1);
  });
  it('keeps the zone where the report also writes it on its own, and a zone’s park’s zone', () => {
    const alone = { ...named('Park', '中国（江苏）自由贸易试验区'), sentence: 1 };
    const withAlone = dropZonesOnlyInPartNames([...kept('中国（江苏）自由贸易试验区青禾新片区'), alone]);
    expect(withAlone.filter((c) => c.name === '中国（江苏）自由贸易试验区')).toHaveLength(2);
    const zonePark = dropZonesOnlyInPartNames(kept('滨江高新技术产业开发区南部园区'));
    expect(zonePark.map((c) => c.name)).toContain('滨江高新技术产业开发区');
  });
  it('drops a zone read only inside the name of a smaller park in it (某开发区|某某产业园区)', () => {
    const inside = namesInside([named('Park', '青岩经济开发区云杉健康产业园区')], '青岩经济开发区云杉健康产业园区');
    expect(inside.filter((c) => c.kind === 'Park').map((c) => c.name)).toEqual(['青岩经济开发区']);
    const found = dropZonesOnlyInPartNames(kept('青岩经济开发区云杉健康产业园区')).filter((c) => c.kind === 'Park');
    expect(found.map((c) => c.name)).toEqual(['青岩经济开发区云杉健康产业园区']);
  });
});
