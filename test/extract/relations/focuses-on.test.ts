// FOCUSES_ON in the standard forms of park and work reports, on invented sentences (rules alone).
import { describe, expect, it } from 'vitest';
import { rulesAloneRelations } from './support.ts';

function focuses(...lines: string[]) {
  const text = ['滨江高新区：产业发展', ...lines].join('\n');
  return rulesAloneRelations(text).filter((r) => r.type === 'FOCUSES_ON');
}

describe('FOCUSES_ON forms', () => {
  it('gives the industries a town’s Party committee opens the sentence with to that town', () => {
    const found = rulesAloneRelations(
      '台湖镇位于通州区南部。台湖镇党委因村施策，探索出了以文化旅游、乡村旅游等为主导产业的发展路子。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '台湖镇', to: '文化旅游', tier: '主导' });
  });
  it('gives the industries a district’s Party committee and government take up after an opener to that district', () => {
    const found = rulesAloneRelations(
      '南京市农业发展综述\n南京市位于江苏省。近年来，江宁区委区政府将茶叶产业作为重点特色产业进行培育。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`)).toEqual(['江宁区 → 茶叶产业']);
  });
  it('gives no focus for the business of a company the sentence is about (华辰公司切入…产业, 公司在…促使…三大产业)', () => {
    const found = rulesAloneRelations(
      '青田县经济发展综述\n青田县位于浙江省。2013年，华辰集团切入电池片领域，宣布正式打通光伏新能源产业第二条赛道。近年来，公司积极搭建业务平台，促使工程机械、农业装备两大产业实现了均衡快速发展。青田县大力发展新材料产业。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`)).toEqual(['青田县 → 新材料']);
  });
  it('still gives the place what its own state group takes up (城投集团重点推进A、B等产业发展)', () => {
    const found = rulesAloneRelations(
      '青田县国企改革综述\n青田县位于浙江省。城投集团重点推进康养旅游、数字文创等产业发展。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`)).toEqual(['青田县 → 康养旅游', '青田县 → 数字文创']);
  });
  it('reads the industries a report’s figures grow as the place’s (A、B同比分别增长…)', () => {
    const found = rulesAloneRelations(
      '大庆市国民经济运行情况\n大庆市工业稳步回升。专用设备制造业、农副产品加工业同比分别增长73.1%、42%。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`).sort()).toEqual([
      '大庆市 → 专用设备制造业',
      '大庆市 → 农副产品加工业',
    ]);
  });
  it('gives the place, not its parks, what it develops with the parks as its means (以A园、B园为全区主战场，发展…)', () => {
    const found = rulesAloneRelations(
      '江宁区经济发展\n该区以青禾工业园、滨江装备产业园为全区工业主战场，着力发展新材料、新能源等主导产业。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(['江宁区 → 新材料', '江宁区 → 新能源']);
  });
  it('gives no focus for the fields an event the sentence is about speaks for (此次竞赛旨在…推动X行业发展)', () => {
    const found = rulesAloneRelations(
      '青田县举办技能竞赛\n青田县位于浙江省。此次竞赛旨在以赛促训，为推动光伏行业高质量发展提供交流平台。青田县大力发展新材料产业。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`)).toEqual(['青田县 → 新材料']);
  });
  it('gives no focus for the fields of a cooperation’s prospects or of a party’s experience', () => {
    const found = rulesAloneRelations(
      '青田县与华辰集团座谈\n青田县在农产品加工、康养旅游等方面有着广阔的合作前景。辽宁省台企在人工智能、自动化制造领域经验丰富。青田县大力发展新材料产业。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`)).toEqual(['青田县 → 新材料']);
  });
  it('gives no focus for the fields two parties are to work together in (在A、B等领域深化合作)', () => {
    const found = rulesAloneRelations(
      '青田县与华辰集团座谈\n双方将在新能源、生物医药等领域深化合作，围绕文化旅游、电子商务等方面进行了深入交流。青田县大力发展新材料产业。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`)).toEqual(['青田县 → 新材料']);
  });
  it('reads 主攻 as a focus', () => {
    expect(focuses('滨江高新区聚焦集成电路产业，主攻新能源汽车。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '新能源汽车',
    });
  });
  it('gives the industries of a paragraph’s later sentences to the park its first sentence opens with', () => {
    const found = focuses(
      '青禾工业园规划面积46平方公里，建成面积25平方公里。处于产业带核心位置，主攻高端制造，吸纳集聚新材料、生物医药等产业项目。',
      '远帆产业园规划面积15平方公里。重点发展新能源。',
    ).map((r) => `${r.from} -> ${r.to}`);
    expect(found).toEqual(
      expect.arrayContaining(['青禾工业园 -> 新材料', '青禾工业园 -> 生物医药', '远帆产业园 -> 新能源']),
    );
    expect(found).not.toContain('滨江高新区 -> 新材料');
  });
  it('gives the industries of a sentence that names no place to the park a sentence just before opens with', () => {
    const found = rulesAloneRelations(
      '桐庐县非公经济发展综述\n桐庐县非公经济持续壮大。目前，青禾高新区入驻各类经济实体426家。区内规模以上企业营业收入44.1亿元。装备制造、食品加工等主导产业规模不断壮大。',
    )
      .filter((r) => r.type === 'FOCUSES_ON')
      .map((r) => `${r.from} -> ${r.to}`);
    expect(found).toEqual(expect.arrayContaining(['青禾高新区 -> 装备制造', '青禾高新区 -> 食品加工']));
    expect(found).not.toContain('桐庐县 -> 装备制造');
  });
  it('gives the industry to each region of a list that is the clause’s subject, not to listed countries', () => {
    const found = rulesAloneRelations(
      '石墨烯产业发展报告发布\n报告提到，江西、湖南、安徽等3地处于全国石墨烯产业发展的第一梯队。企业产品出口泰国、马来西亚等国，带动新能源产业发展。',
    )
      .filter((r) => r.type === 'FOCUSES_ON')
      .map((r) => `${r.from} -> ${r.to}`);
    expect(found).toEqual(
      expect.arrayContaining(['江西省 -> 石墨烯产业', '湖南省 -> 石墨烯产业', '安徽省 -> 石墨烯产业']),
    );
    expect(found).not.toContain('泰国 -> 新能源');
  });
  it('gives a country no focus: its industries are the backdrop of local news (中国新能源汽车产业快速发展)', () => {
    const found = rulesAloneRelations(
      '华辰集团新品发布\n中国新能源汽车产业快速发展。德国大力发展智能网联汽车。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found).toEqual([]);
  });
  it('keeps the paragraph’s park the subject past a place its industries come from (承接某市主城区产业转移)', () => {
    const found = focuses(
      '青禾工业园规划面积46平方公里。处于产业带核心位置，积极承接泰安主城区产业转移，吸纳集聚新材料、生物医药等产业项目。',
    ).map((r) => `${r.from} -> ${r.to}`);
    expect(found).toEqual(expect.arrayContaining(['青禾工业园 -> 新材料', '青禾工业园 -> 生物医药']));
    expect(found).not.toContain('泰安市 -> 新材料');
  });
  it('reads a focus a news item reports of a place it names (据了解，某市加快发展…), not as a visit', () => {
    const found = rulesAloneRelations(
      '奶业大会在京召开\n据了解，近年来，乌兰察布市加快发展奶牛养殖、乳品制造等产业。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.map((r) => `${r.from} → ${r.to}`).sort()).toEqual(['乌兰察布市 → 乳品制造', '乌兰察布市 → 奶牛养殖']);
  });
  it('gives the industries after 该州 the prefecture named before, not the report’s city', () => {
    const found = rulesAloneRelations(
      '招商推介会在昆明市举行\n楚雄彝族自治州州长率团参加。楚雄市市长陪同。他介绍了该州正在打造的“绿色能源”“现代商贸物流”2个千亿级产业。',
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.from === '楚雄彝族自治州')).toBe(true);
  });
  it('gives each industry the nearest tier before it', () => {
    const found = focuses('滨江高新区主导产业为电子信息和生物医药，新兴产业为人工智能。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '生物医药', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '人工智能', tier: '新兴' });
  });
  it('gives no tier from one that closes an earlier list (A、B等主导产业，大力发展C)', () => {
    const found = focuses('滨江高新区聚焦电子信息、生物医药等主导产业，大力发展数字经济。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '生物医药', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '数字经济' });
  });
  it('gives no tier from a head before a list that 等 closes with its own kind (…新兴产业，提升A、B等传统产业)', () => {
    const found = focuses('滨江高新区发展新能源、新材料两大新兴产业，改造提升食品加工、纺织服装等传统产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '新材料', tier: '新兴' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '食品加工' });
  });
  it('gives no tier from one that closes an earlier clause (以A为主导产业，围绕B、C等领域)', () => {
    const found = focuses('滨江高新区坚持以电子信息为主导产业，围绕智能终端、集成电路等细分领域引进项目。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '电子信息', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '集成电路' });
  });
  it('gives a town written after its county the industries of the clause it opens (某县某镇大力发展X)', () => {
    const found = rulesAloneRelations(
      ['柘城县乡村产业发展', '近年来，柘城县起台镇依托资源优势，大力发展食用菌产业。'].join('\n'),
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '起台镇', to: '食用菌产业' });
    expect(found.map((r) => r.from)).not.toContain('柘城县');
  });
  it('gives no tier from one that is an earlier clause’s object (聚焦主导产业延链补链，大力发展C)', () => {
    const found = focuses('滨江高新区聚焦主导产业延链补链强链，大力发展电子商务。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '电子商务' });
  });
  it('gives an industry the tier it is written with, and none from a tier before it (A主导产业，壮大B支柱产业)', () => {
    const found = focuses('滨江高新区做强辣椒主导产业，壮大食用菌支柱产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '辣椒产业', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '食用菌产业' });
  });
  it('reads a list headed by its count and tier in the clause before', () => {
    const found = focuses('滨江高新区持续壮大实体经济。三大新兴产业，新能源、新材料、生物医药。');
    for (const industry of ['新能源', '新材料', '生物医药'])
      expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: industry, tier: '新兴' });
  });
  it('reads 以A、B为主导的产业体系 with its tier', () => {
    expect(focuses('滨江高新区已形成以电子信息、精密机械为主导的产业体系。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '精密机械',
      tier: '主导',
    });
  });
  it('gives each of a zone’s parks split by industry the industry its name holds, when the report names it', () => {
    const found = focuses(
      '滨江高新区六大特色产业：模具、文具、建材业、家居。',
      '一区三园，即文具产业园、模具产业园、新型建材与家居产业园。',
    );
    for (const [park, industry] of [
      ['文具产业园', '文具'],
      ['模具产业园', '模具'],
      ['新型建材与家居产业园', '建材业'],
      ['新型建材与家居产业园', '家居'],
    ])
      expect(found).toContainEqual(expect.objectContaining({ type: 'FOCUSES_ON', from: park, to: industry }));
    expect(focuses('青禾镇建设文具产业园。', '六大特色产业：模具、文具。')).not.toContainEqual(
      expect.objectContaining({ from: '文具产业园' }),
    );
  });
  it('does not make an industry named in passing a focus', () => {
    expect(focuses('滨江高新区举办新能源知识讲座。')).toEqual([]);
  });
});

describe('FOCUSES_ON tiers and subjects', () => {
  it('gives 以A为主导 the tier 主导 and the support no tier', () => {
    const found = focuses('滨江高新区以纺织服装为主导、绿色建材为支撑。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '纺织服装', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '绿色建材' });
  });
  it('gives no tier under a head that is no tier (特色产业为B after 先导产业为A)', () => {
    const found = focuses('滨江高新区先导产业为氢能，特色产业为茶叶。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '氢能', tier: '先导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '茶叶' });
  });
  it('reads a headed list of industries the lexicon lacks', () => {
    const found = focuses('滨江高新区主导产业有：模具、汽配、五金机械。');
    for (const industry of ['模具', '汽配', '五金机械'])
      expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: industry, tier: '主导' });
  });
  it('does not make a park listed beside the industries their subject', () => {
    const found = focuses('滨江高新区重点推进游艇制造业、华辰赛车产业园及音乐文化与体育赛事等产业发展。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '音乐文化' });
    expect(found.filter((r) => r.from === '华辰赛车产业园')).toEqual([]);
  });
});

describe('FOCUSES_ON tiers stated around the industry', () => {
  it('reads …，是当地主导产业 after the industry as its tier and as a focus', () => {
    expect(focuses('滨江高新区纺织服装历史悠久，是当地主导产业。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '纺织服装',
      tier: '主导',
    });
  });
  it('takes the tier of a heading line right before the sentence', () => {
    expect(focuses('（二）战略性新兴产业：', '滨江高新区大力发展生物医药。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '生物医药',
      tier: '新兴',
    });
  });
  it('takes the tier of a heading line over the short item lines of a list', () => {
    const found = focuses('主导产业', '1.电子信息', '2.生物医药', '新兴产业', '人工智能');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '电子信息', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '生物医药', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '人工智能', tier: '新兴' });
  });
  it('takes no tier from a heading two sentences back', () => {
    const found = focuses('一、主导产业', '园区集聚企业80余家。', '滨江高新区大力发展生物医药。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '生物医药' });
  });
});

describe('FOCUSES_ON subjects among several places', () => {
  it('gives each clause’s industry to the region of that clause', () => {
    const found = focuses('睢宁县重点发展纺织服装，丰县着力发展新能源汽车。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '纺织服装' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '丰县', to: '新能源汽车' });
    expect(found).not.toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '新能源汽车' });
  });
  it('takes no partner or destination region for the subject (赴日本、新加坡…, 加强与某地合作)', () => {
    const found = focuses('园区负责人赴日本、新加坡招商，重点发展集成电路产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '集成电路' });
    expect(found.filter((r) => r.from === '新加坡' || r.from === '日本')).toEqual([]);
  });
});

describe('FOCUSES_ON subjects a clause names or refers to', () => {
  const report = (...lines: string[]) => rulesAloneRelations(lines.join('\n')).filter((r) => r.type === 'FOCUSES_ON');
  it('gives an industry in a park’s name to that park when the report is a region’s', () => {
    const found = report('睢宁县：产业发展', '华辰新能源产业园位于睢宁县，今年开工建设。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '华辰新能源产业园', to: '新能源' });
    expect(found.filter((r) => r.from === '睢宁县')).toEqual([]);
  });
  it('keeps the park a sentence opens with as the subject of its later clauses that name no place', () => {
    const found = report(
      '园区简介',
      '华辰高新技术产业开发区位于徐州市睢宁县，下辖沙集镇。',
      '园区聚焦轨道交通装备、航空航天两大主导产业，培育新能源汽车、电子信息等新兴产业。',
    );
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '华辰高新技术产业开发区', to: '电子信息', tier: '新兴' });
    expect(found.filter((r) => r.from !== '华辰高新技术产业开发区')).toEqual([]);
  });
  it('gives a village’s industry to the village 该村 refers to', () => {
    const found = report('睢宁县：乡村振兴', '随后来到沙集镇东风村。该村近年来积极发展石斛产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '东风村', to: '石斛产业' });
    expect(found.filter((r) => r.from === '睢宁县')).toEqual([]);
  });
  it('takes no place that only says where a site lies for the subject (位于某村的土地)', () => {
    const found = focuses('首期征用位于东风村的土地进行开发，重点发展生物医药产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '生物医药' });
    expect(found.filter((r) => r.from === '东风村')).toEqual([]);
  });
  it('takes no region the report learns from for the subject (借鉴台湾经验)', () => {
    const found = focuses('借鉴台湾精致农业经验，大力发展乡村旅游。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '乡村旅游' });
    expect(found.filter((r) => r.from === '台湾')).toEqual([]);
  });
  it('makes a company’s business no place’s focus (某公司主要从事…，产品用于储能等领域)', () => {
    expect(focuses('华辰科技有限公司主要从事储能、氢能等领域的技术研发。')).toEqual([]);
    expect(focuses('公司已发展成为新能源、新材料、金融等业务为主体的大型产业集团。')).toEqual([]);
  });
  it('gives the industry to the park the clause names after it (X产业是某高新区的主导产业)', () => {
    const found = report('徐州市：新闻', '电子信息产业是华辰高新区的主导产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '华辰高新区', to: '电子信息', tier: '主导' });
    expect(found.filter((r) => r.from === '徐州市')).toEqual([]);
  });
  it('makes the nation’s industry no place’s focus (推动我国制造业转型升级)', () => {
    expect(focuses('推动我国制造业转型升级。')).toEqual([]);
  });
  it('gives a government work report’s industries to the place of the organ in its title', () => {
    const found = report('睢宁县人民政府工作报告', '大力发展现代农业，建成高标准农田5万亩。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '现代农业' });
  });
});

describe('FOCUSES_ON goes to the place heading the clause', () => {
  it('takes the park after 其中, not the first park of the sentence', () => {
    const found = focuses('睢宁县有华辰经济开发区、滨江工业园等园区，其中滨江工业园主导产业为新材料。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江工业园', to: '新材料', tier: '主导' });
    expect(found.filter((r) => r.from === '华辰经济开发区')).toEqual([]);
  });
  it('takes the park that opens the clause after a partner park', () => {
    const found = focuses('华辰经济开发区与滨江工业园签订协议，滨江工业园将重点发展生物医药产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江工业园', to: '生物医药' });
    expect(found.filter((r) => r.from === '华辰经济开发区')).toEqual([]);
  });
  it('gives each clause’s industry to its own park', () => {
    const found = focuses('睢宁县重点发展纺织服装；华辰经济开发区聚焦新能源，滨江工业园聚焦生物医药。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '纺织服装' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '华辰经济开发区', to: '新能源' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江工业园', to: '生物医药' });
  });
  it('takes the region, not the park it relies on (依托某园区) or lies in (位于)', () => {
    expect(focuses('依托华辰经济开发区，睢宁县大力发展电子信息产业。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '睢宁县',
      to: '电子信息',
    });
    expect(focuses('华辰经济开发区位于睢宁县，睢宁县大力发展花木产业。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '睢宁县',
      to: '花木产业',
    });
  });
  it('reads 全县 as the county named before', () => {
    const found = focuses('睢宁县签约项目12个，其中华辰经济开发区8个；全县重点发展纺织服装产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '纺织服装' });
    expect(found.filter((r) => r.from === '华辰经济开发区')).toEqual([]);
  });
  it('keeps the park as subject when a region stands mid-clause (是某市唯一的…)', () => {
    expect(focuses('华辰经济开发区是徐州市唯一的省级开发区，主导产业为电子信息。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '华辰经济开发区',
      to: '电子信息',
      tier: '主导',
    });
  });
});

describe('FOCUSES_ON tiers of lists with their own heads', () => {
  it('gives no earlier tier to items a later count head names (…两大生产性服务业)', () => {
    const found = focuses(
      '滨江高新区构建现代产业体系，即电子信息、生物医药两大主导产业和现代物流、文化旅游两大生产性服务业。',
    );
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '生物医药', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '现代物流' });
  });
});

describe('FOCUSES_ON for places listed before 分别', () => {
  it('gives the n-th industry to the n-th place', () => {
    const found = focuses('睢宁县和丰县分别以纺织服装、新能源汽车为主导产业。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '纺织服装', tier: '主导' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '丰县', to: '新能源汽车', tier: '主导' });
    expect(found).not.toContainEqual(expect.objectContaining({ from: '丰县', to: '纺织服装' }));
  });
  it('pairs parks with industries joined by 和', () => {
    const found = focuses('华辰经济开发区、滨江工业园分别重点发展电子信息和生物医药。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '华辰经济开发区', to: '电子信息' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江工业园', to: '生物医药' });
  });
});

describe('FOCUSES_ON subjects that are a speaker’s post', () => {
  it('takes no place that names a speaker’s organ (某区委常委…说) for the subject', () => {
    const found = focuses('睢宁县委常委、滨江高新区党工委书记王明说，园区围绕电子信息产业精准招商。');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '电子信息' });
    expect(found.filter((r) => r.from === '睢宁县')).toEqual([]);
  });
});

describe('FOCUSES_ON for industries in passing', () => {
  it('makes no focus of the real economy merged with a sector, but one of a sector merged with another', () => {
    expect(focuses('滨江高新区促进实体经济与数字经济融合发展。')).toEqual([]);
    expect(focuses('滨江高新区促进实体经济与数字经济融合发展，重点发展新材料。')).toHaveLength(1);
    // 加快A与B融合发展 develops A (the gold's reading); B, the partner merged with, is read by its own rule.
    expect(focuses('滨江高新区加快通航产业与文旅产业融合发展。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: '滨江高新区',
      to: '通航产业',
    });
  });
  it('makes no focus of an industry inside an organ’s name', () => {
    expect(
      rulesAloneRelations('滨江高新区：调研\n商务部电子商务司司长来滨江高新区调研。').filter(
        (r) => r.type === 'FOCUSES_ON',
      ),
    ).toEqual([]);
  });
  it('gives no industry seen on a visit to the region a report is about, unless a place is named for it', () => {
    const visit = (line: string) =>
      rulesAloneRelations(['张明远在江西考察', line].join('\n')).filter((r) => r.type === 'FOCUSES_ON');
    expect(visit('张明远仔细察看了激光装备产业创新成果展示。')).toEqual([]);
    expect(visit('张明远强调，要大力发展激光装备产业。')).toContainEqual({
      type: 'FOCUSES_ON',
      from: expect.any(String),
      to: '激光装备产业',
    });
  });
});

describe('FOCUSES_ON under a zone the recognizers did not take', () => {
  it('gives the report’s region no industry of a clause another zone opens', () => {
    const found = rulesAloneRelations(
      ['睢宁县：项目建设', '今年以来，青禾改革创新示范区围绕信息技术、新能源等六大主导产业招引项目。'].join('\n'),
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found.filter((r) => r.from === '睢宁县')).toEqual([]);
  });
  it('still gives the report’s region the industries of a clause its own reference opens', () => {
    const found = rulesAloneRelations(
      ['睢宁县：项目建设', '全县围绕信息技术、新能源等六大主导产业招引项目。'].join('\n'),
    );
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '睢宁县', to: '新能源', tier: '主导' });
  });
});

describe('FOCUSES_ON subjects a park reference opens', () => {
  it('gives the industries of a clause opened by 园区 to the park that opened a clause before, not to a region', () => {
    const found = rulesAloneRelations(
      [
        '徐州市：新闻',
        '华辰大数据产业园着力打造“一园两中心”（青禾电商产业园区、结算中心）。',
        '以徐州原有的工业产业为基础，园区入驻企业覆盖了新能源、人工智能等领域。',
      ].join('\n'),
    ).filter((r) => r.type === 'FOCUSES_ON');
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '华辰大数据产业园', to: '人工智能' });
    expect(found.filter((r) => r.to === '人工智能' && r.from !== '华辰大数据产业园')).toEqual([]);
  });
});

describe('FOCUSES_ON of the place a headline is about', () => {
  const fromHeadline = (headline: string, line: string) =>
    rulesAloneRelations([headline, line].join('\n'))
      .filter((r) => r.type === 'FOCUSES_ON')
      .map((r) => `${r.from}>${r.to}`);
  it('gives the county a headline names after its city and province the industries of the report', () => {
    expect(fromHeadline('绵阳市游仙区2024年工作总结', '全区电子信息、先进材料两大产业营业收入突破300亿元。')).toEqual([
      '游仙区>电子信息',
      '游仙区>先进材料',
    ]);
    expect(
      fromHeadline('黑龙江省哈尔滨市呼兰区：抓项目促发展', '一批生物医药项目加快推进，大力发展生物医药。'),
    ).toEqual(['呼兰区>生物医药']);
  });
  it('keeps the province a headline names before its city (湖北武汉)', () => {
    expect(fromHeadline('领导在湖北武汉考察', '要大力发展光电子信息产业。')).toEqual(['湖北省>光电子信息产业']);
  });
});
