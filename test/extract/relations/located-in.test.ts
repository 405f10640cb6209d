// Where a name places what it names: the place it opens with (gazetteer regions; names invented).
import { describe, expect, it } from 'vitest';
import {
  regionOpening,
  regionOpeningName,
  regionsOfName,
  routePlaces,
} from '../../../src/extract/relations/located-in.ts';
import { ruleOnSentence, rulesAloneRelations } from './support.ts';

describe('regionOpeningName', () => {
  it('reads the most specific place a name opens with', () => {
    expect(regionOpeningName('江苏滨海华辰新材料产业园')).toBe('滨海县');
  });
  it('reads the place a zone the gazetteer lists is named after, not the zone (江苏|宿迁经济技术开发区)', () => {
    expect(regionOpeningName('江苏宿迁经济技术开发区')).toBe('宿迁市');
  });
  it('reads the host of a co-built park after the dash between the two places', () => {
    expect(regionOpeningName('海门—柘城工业园区')).toBe('柘城县');
  });
  it('reads a later place naming a bay as the water, not the host (宁波|杭州湾|新区)', () => {
    expect(regionOpeningName('宁波杭州湾新区')).toBe('宁波市');
    expect(regionOpeningName('东莞鞍山产业园')).toBe('鞍山市');
  });
  it('puts a route between two places in the division that holds both', () => {
    expect(regionOpeningName('靖西至那坡高速公路')).toBe('百色市');
    expect(regionOpeningName('盐城至南京城际铁路')).toBe('江苏省');
  });
  it('reads a 至 that no place follows as a word of the name (某市|至诚科技有限公司)', () => {
    expect(regionOpeningName('盐城至诚青禾科技有限公司')).toBe('盐城市');
  });
});

describe('routePlaces', () => {
  it('reads the places a route runs between and by, in order', () => {
    expect(routePlaces('靖西至那坡高速公路')).toEqual(['靖西市', '那坡县']);
    expect(routePlaces('贵阳经遵义至重庆高速公路')).toEqual(['贵阳市', '遵义市', '重庆市']);
    expect(routePlaces('沈阳到白城客专')).toEqual(['沈阳市', '白城市']);
  });
  it('reads no route in a name that only passes through places, or is no route', () => {
    expect(routePlaces('贵阳经遵义高速公路')).toEqual([]);
    expect(routePlaces('盐城至南京产业园')).toEqual([]);
    expect(routePlaces('南京高速公路')).toEqual([]);
  });
  it('places a route in each of its ends the report names, not in the division that holds them', () => {
    const located = rulesAloneRelations('沈阳至白城高速铁路开工，线路经过沈阳市、白城市。').filter(
      (r) => r.type === 'LOCATED_IN' && r.from === '沈阳至白城高速铁路',
    );
    expect(located.map((r) => r.to).sort()).toEqual(['沈阳市', '白城市']);
  });
});

describe('regionsOfName', () => {
  it('takes the bracketed place as the host: within the opening place, or instead of a partner city', () => {
    expect(regionsOfName('中韩（盐城）产业园')).toEqual(['盐城市']);
    expect(regionsOfName('江苏（苏州）青禾产业园')[0]).toBe('苏州市');
    expect(regionsOfName('广州（清远）产业转移工业园')).toEqual(['清远市']);
    expect(regionsOfName('深圳青禾产业园')).toEqual(['深圳市']);
  });
});

describe('regionOpening', () => {
  const opening = (text: string, names: ['Region' | 'Organization', string][], name: string) => {
    let found: string | undefined;
    ruleOnSentence(text, names, (ctx) => {
      const region = regionOpening(ctx, name);
      found = region === undefined ? undefined : ctx.name(region);
    });
    return found;
  };
  it('reads the report’s division a name’s opening states, the most specific of a chain', () => {
    const names: ['Region' | 'Organization', string][] = [
      ['Region', '河南省'],
      ['Region', '商丘市'],
      ['Organization', '河南省商丘市华辰研究院'],
    ];
    expect(opening('河南省和商丘市。河南省商丘市华辰研究院', names, '河南省商丘市华辰研究院')).toBe('商丘市');
  });
  it('reads a local place the report names at the head of a name, which the gazetteer does not know', () => {
    const names: ['Region' | 'Organization', string][] = [
      ['Region', '青石村'],
      ['Organization', '青石村华辰合作社'],
    ];
    expect(opening('青石村。青石村华辰合作社', names, '青石村华辰合作社')).toBe('青石村');
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
  it('lies in the region a news agency’s dateline names (某社江苏滨海8月6日电)', () => {
    expect(
      placed(
        '2023-08-06 12:26:28，正文：某社江苏滨海8月6日电 题：各地加快产业发展，项目纷纷落地。\n滨海县召开全县大会。\n华辰产业园今年签约项目30个。',
      ),
    ).toBe(true);
  });
  it('does not lie in a region a feature on many places only dwells on elsewhere', () => {
    expect(placed('各地加快产业发展\n滨海县召开全县大会。滨海县推进改革。\n华辰产业园今年签约项目30个。')).toBe(false);
  });
});

describe('a region government’s work report', () => {
  const report = [
    '政府工作报告',
    '滨海县人民政府县长 张明远',
    '各位代表：现在，我代表县人民政府向大会报告工作。',
    '射阳县、阜宁县学习滨海县经验。射阳县、阜宁县来访交流。',
    '加快推进投资50亿元的华辰新能源汽车整车项目和华辰研发中心建设。',
    '举办东北亚华辰博览会项目。',
    '推动中国（江苏）自由贸易试验区南京片区联动发展。',
  ].join('\n');
  const located = rulesAloneRelations(report).filter((r) => r.type === 'LOCATED_IN');
  it('places the projects it builds in the region whose government gives it, not in a county it names more', () => {
    expect(located).toContainEqual(expect.objectContaining({ from: '华辰新能源汽车整车项目', to: '滨海县' }));
    expect(located).not.toContainEqual(expect.objectContaining({ from: '华辰新能源汽车整车项目', to: '射阳县' }));
  });
  it('leaves a zone its name places outside the region where its name places it', () => {
    const zone = located.filter((r) => r.from.startsWith('中国(江苏)自由贸易试验区'));
    expect(zone.length).toBeGreaterThan(0);
    expect(zone.filter((r) => r.to === '滨海县')).toEqual([]);
  });
  it('places a facility it builds on its own in the region too', () => {
    expect(located).toContainEqual(expect.objectContaining({ from: '华辰研发中心', to: '滨海县' }));
  });
  it('leaves a facility named beside a park unplaced: it may be the park’s', () => {
    const beside = rulesAloneRelations(
      [report, '推进青禾产业园基础设施建设，华辰检测中心竣工投用。'].join('\n'),
    ).filter((r) => r.type === 'LOCATED_IN' && r.from === '华辰检测中心');
    expect(beside).toEqual([]);
  });
  it('places a facility listed with a park as its peer (甲度假城、乙产业园等) in the region', () => {
    const listed = rulesAloneRelations(
      [report, '重点推进澄湖文化旅游度假城、青禾文化创意产业园等景区建设。'].join('\n'),
    ).filter((r) => r.type === 'LOCATED_IN');
    expect(listed).toContainEqual(expect.objectContaining({ from: '澄湖文化旅游度假城', to: '滨海县' }));
  });
  it('places a facility named after the city that holds a district in the district whose report it is', () => {
    const district = [
      '政府工作报告',
      '南京市江宁区人民政府区长 张明远',
      '各位代表：现在，我代表区人民政府向大会报告工作。',
      '南京政务云中心投入使用。',
    ].join('\n');
    expect(rulesAloneRelations(district)).toContainEqual(
      expect.objectContaining({ type: 'LOCATED_IN', from: '南京政务云中心', to: '江宁区' }),
    );
  });
  it('is known by its title even when the title is letter-spaced', () => {
    const spaced = rulesAloneRelations(report.replace('政府工作报告', '政 府 工 作 报 告'));
    expect(spaced).toContainEqual(expect.objectContaining({ from: '华辰研发中心', to: '滨海县' }));
  });
  it('places a firm it names on its own in the region, not one named only as a project or a partner', () => {
    const firms = rulesAloneRelations(
      [
        report,
        '华辰青禾科技公司正式入驻，澄源金投开业运营。',
        '实现与宏岳集团合作，奶业水平不断提高。',
        '朗拓精密、岚峰电子等项目竣工投产。',
      ].join('\n'),
    ).filter((r) => r.type === 'LOCATED_IN');
    expect(firms).toContainEqual(expect.objectContaining({ from: '华辰青禾科技公司', to: '滨海县' }));
    expect(firms).toContainEqual(expect.objectContaining({ from: '澄源金投', to: '滨海县' }));
    const outside = firms.filter((r) => ['宏岳集团', '朗拓精密', '岚峰电子'].includes(r.from));
    expect(outside).toEqual([]);
  });
  it('never places a thing in a macro-region its name opens with', () => {
    expect(located.filter((r) => r.to === '东北亚')).toEqual([]);
    expect(located).toContainEqual(expect.objectContaining({ from: '东北亚华辰博览会项目', to: '滨海县' }));
  });
});

describe('a city’s own districts and co-built parks', () => {
  const report = [
    '政府工作报告',
    '鞍山市人民政府市长 张明远',
    '铁东区、铁西区加快城市更新。与沈阳市开展合作。',
    '与东莞市对口合作，共建东莞鞍山产业园。',
  ].join('\n');
  const located = rulesAloneRelations(report).filter((r) => r.type === 'LOCATED_IN');
  it('puts a district two named cities share in the city the report is about', () => {
    expect(located).toContainEqual(expect.objectContaining({ from: '铁西区', to: '鞍山市' }));
    expect(located).not.toContainEqual(expect.objectContaining({ from: '铁西区', to: '沈阳市' }));
  });
  it('puts a park two cities of different provinces co-build in the later, its host', () => {
    expect(regionOpeningName('东莞鞍山产业园')).toBe('鞍山市');
    expect(located).toContainEqual(expect.objectContaining({ from: '东莞鞍山产业园', to: '鞍山市' }));
  });
});

describe('a zone named after the city that holds the report’s region', () => {
  const located = (title: string) =>
    rulesAloneRelations(`${title}\n${title}召开全体会议。\n襄阳高新区与我们共建青禾汽车零部件产业园。`).filter(
      (r) => r.type === 'LOCATED_IN' && r.from === '襄阳高新区',
    );
  it('lies in the report’s district, which the city may have put it in', () => {
    expect(located('樊城区')).toContainEqual(expect.objectContaining({ to: '樊城区' }));
  });
  it('does not lie in the report’s county or county-level city: that names another place’s zone', () => {
    expect(located('枣阳市')).not.toContainEqual(expect.objectContaining({ to: '枣阳市' }));
    expect(located('南漳县')).not.toContainEqual(expect.objectContaining({ to: '南漳县' }));
  });
});

describe('a park named after a town the report names', () => {
  it('lies in the town its name opens with, by the town’s name without 镇', () => {
    const located = rulesAloneRelations(
      '滨海县推进乡村振兴\n滨海县青禾镇今年扩建青禾水稻产业园。青禾镇还新建一批大棚。',
    ).filter((r) => r.type === 'LOCATED_IN');
    expect(located).toContainEqual({ type: 'LOCATED_IN', from: '青禾水稻产业园', to: '青禾镇' });
    expect(located).toContainEqual({ type: 'LOCATED_IN', from: '青禾镇', to: '滨海县' });
  });
});

describe('a park of a report about a region that a sentence places elsewhere', () => {
  it('lies where the sentence says, not in the report’s region', () => {
    const located = rulesAloneRelations(
      '柘城县加快发展\n柘城县召开全县大会。\n青禾智慧物流园坐落于夏邑县城东，是豫东规模最大的物流园区之一。',
    ).filter((r) => r.type === 'LOCATED_IN' && r.from === '青禾智慧物流园');
    expect(located).toContainEqual(expect.objectContaining({ to: '夏邑县' }));
    expect(located).not.toContainEqual(expect.objectContaining({ to: '柘城县' }));
  });
});

describe('a co-built park named by two places', () => {
  it('lies in the host, named after the dash', () => {
    const located = rulesAloneRelations('合作新闻\n海门—柘城工业园区与华辰集团签署合作协议。').filter(
      (r) => r.type === 'LOCATED_IN',
    );
    expect(located).toContainEqual({ type: 'LOCATED_IN', from: '海门—柘城工业园区', to: '柘城县' });
  });
});

describe('the companies a park report names as its own', () => {
  const located = rulesAloneRelations(
    '滨河经济开发区：做强食品产业\n滨河经济开发区是国家级开发区。开发区内有青禾食品集团、华辰肉类加工有限公司等龙头企业。' +
      '金鼎机械有限公司成为首批入区企业。',
  ).filter((r) => r.type === 'LOCATED_IN' && r.to === '滨河经济开发区');
  it.each(['青禾食品集团', '华辰肉类加工有限公司', '金鼎机械有限公司'])('puts %s in the park', (company) => {
    expect(located).toContainEqual(expect.objectContaining({ from: company }));
  });
});

describe('the companies a report courts rather than hosts', () => {
  const intoPark = (sentence: string) =>
    rulesAloneRelations('滨河经济开发区：做强食品产业\n滨河经济开发区是国家级开发区。' + sentence).filter(
      (r) => r.type === 'LOCATED_IN' && r.to === '滨河经济开发区',
    );
  it('puts no firm a clause invites, partners or serves in the park (邀请…等企业到某地考察, 与…等企业对接)', () => {
    expect(intoPark('开发区邀请青禾食品、华辰机械等企业到滨河考察投资。')).toEqual([]);
    expect(intoPark('开发区先后与青禾电力、华辰能源等大型企业进行项目对接。')).toEqual([]);
  });
  it('still puts the firms that settled there in it (…等企业已入驻园区)', () => {
    expect(
      intoPark('青禾食品、华辰机械等企业已入驻园区。')
        .map((r) => r.from)
        .sort(),
    ).toEqual(['华辰机械', '青禾食品']);
  });
});

describe('the firms a park report hears from', () => {
  it('puts the firms of a list closed by …等N个企业 in the park, also those named after its city', () => {
    const located = rulesAloneRelations(
      '潍坊滨河经开区举办政企座谈\n潍坊滨河经开区举办政企交流活动。' +
        '主任听取了潍坊青禾机械有限公司、华辰地毯有限公司等六个企业对全区发展的意见建议。',
    ).filter((r) => r.type === 'LOCATED_IN' && r.to === '潍坊滨河经开区');
    expect(located.map((r) => r.from).sort()).toEqual(['华辰地毯有限公司', '潍坊青禾机械有限公司']);
  });
});

describe('a county’s report naming its towns', () => {
  it('puts a town the gazetteer knows only in other counties (城关镇) in the county', () => {
    const report = ['柘城县人民政府工作报告', '各位代表：过去一年，城关镇、起台镇扎实推进乡村振兴。'].join('\n');
    const located = rulesAloneRelations(report).filter((r) => r.type === 'LOCATED_IN');
    expect(located).toContainEqual(expect.objectContaining({ from: '城关镇', to: '柘城县' }));
  });
});

describe('a firm’s base named by the place before its facility word', () => {
  it('lies in that place, not in the place its brand is named after (某某时代|宜宾|基地)', () => {
    const text = '宜宾市加快发展。宁德华辰宜宾基地、华辰太阳能眉山基地等项目建成投产，眉山市积极配合。';
    const located = rulesAloneRelations(text)
      .filter((r) => r.type === 'LOCATED_IN' && r.from.endsWith('基地'))
      .map((r) => `${r.from} → ${r.to}`);
    expect(located).toEqual(['宁德华辰宜宾基地 → 宜宾市', '华辰太阳能眉山基地 → 眉山市']);
  });
});

describe('a group’s local company named by its place after the brand', () => {
  it('lies in that place (某某集团|重庆|公司, 某某电网|贵州|电网公司, 某某股份有限公司|高雄|厂), not one the brand holds', () => {
    const text =
      '贵州省召开会议。华辰集团重庆公司、青禾电网贵州电网公司和岚湾电子股份有限公司高雄厂签约。重庆长安物流有限公司参加。';
    const located = rulesAloneRelations(text)
      .filter((r) => r.type === 'LOCATED_IN' && /[公司厂]$/.test(r.from))
      .map((r) => `${r.from} → ${r.to}`);
    expect(located).toEqual(
      expect.arrayContaining([
        '华辰集团重庆公司 → 重庆市',
        '青禾电网贵州电网公司 → 贵州省',
        '岚湾电子股份有限公司高雄厂 → 高雄市',
      ]),
    );
    expect(located).not.toContain('重庆长安物流有限公司 → 长安区');
  });
});

describe('a county’s report naming its firms after the city', () => {
  const placed = (report: string) =>
    rulesAloneRelations(report)
      .filter((r) => r.type === 'LOCATED_IN' && /公司$/.test(r.from))
      .map((r) => `${r.from} → ${r.to}`);
  it('puts a firm named after the city that holds the county in the county too', () => {
    const report = '柘城县工业发展综述\n柘城县大力发展食品产业。商丘华辰食品有限公司已逐渐成为同类行业的领跑者。';
    expect(placed(report)).toEqual(['商丘华辰食品有限公司 → 商丘市', '商丘华辰食品有限公司 → 柘城县']);
  });
  it('does not put a firm named after the province in the county: that says where it is registered', () => {
    const report = '柘城县工业发展综述\n柘城县大力发展食品产业。河南华辰食品有限公司已逐渐成为同类行业的领跑者。';
    expect(placed(report)).not.toContain('河南华辰食品有限公司 → 柘城县');
  });
});

describe('a train service', () => {
  it('lies in no place, even in a region’s work report that places its projects', () => {
    const report = '柘城县政府工作报告\n柘城县全力推进闽欧班列开行，柘城县物流园项目开工建设。';
    const located = rulesAloneRelations(report).filter((r) => r.type === 'LOCATED_IN');
    expect(located.map((r) => r.from)).toContain('柘城县物流园项目');
    expect(located.map((r) => r.from)).not.toContain('闽欧班列');
  });
});

describe('a port named by its place', () => {
  it('lies in its place, neither in nor part of the park the report is about', () => {
    const report = '青禾经济开发区物流园开通班列\n青禾经济开发区的货物从岚皋港出发。';
    const relations = rulesAloneRelations(report).filter((r) => r.from === '岚皋港');
    expect(relations).toEqual([{ type: 'LOCATED_IN', from: '岚皋港', to: '岚皋县' }]);
  });
});

describe('a province’s own group named by its level word', () => {
  it('places 省某某集团 in the province the report’s place is in, not in the report’s county', () => {
    const report = '连江县召开海洋产业推进会\n福建省连江县召开推进会，省旅发集团、省船舶集团等单位参加。';
    const located = rulesAloneRelations(report)
      .filter((r) => r.type === 'LOCATED_IN' && r.from.startsWith('省'))
      .map((r) => `${r.from} -> ${r.to}`);
    expect(located.sort()).toEqual(['省旅发集团 -> 福建省', '省船舶集团 -> 福建省']);
  });
});

describe('LOCATED_IN of a company’s unit', () => {
  it('places a unit (…有限公司某县货运中心) in the place before its unit word, not where its company’s name opens', () => {
    const located = rulesAloneRelations('王某任中国青禾物流集团有限公司宁海货运中心主任。宁海县位于浙江省。').filter(
      (r) => r.type === 'LOCATED_IN' && r.from === '中国青禾物流集团有限公司宁海货运中心',
    );
    expect(located.map((r) => r.to)).toEqual(['宁海县']);
  });
});
