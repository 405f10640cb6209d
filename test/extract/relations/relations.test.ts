// Relation rules, on sentences written for these tests.
// The rules alone (model: null): what the trained model makes of their candidates is tested in test/extract/learn/.
import { describe, expect, it } from 'vitest';
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';
import { rulesAloneRelations } from './support.ts';

const relations = rulesAloneRelations;

const REPORT = [
  '滨江高新区：奋力开创新局面',
  '滨江区委常委、滨江高新区党工委书记周明远说，园区围绕电子信息、生物医药两大主导产业精准招商。',
  '恒泰精工、瑞丰新材料等项目相继签约，引进总投资10亿元的凌云装备、总投资8亿元的启航智造等项目。',
  '鼓励华辰集团、新远股份等企业加快上市步伐。',
  '光伏产业园、数字经济产业园建设加快推进。',
].join('\n');

describe('relations of a park report', () => {
  const found = relations(REPORT);
  it('reads the posts of an official, each with its body and title', () => {
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '周明远', to: '滨江区', title: '区委常委' });
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '周明远', to: '滨江高新区', title: '党工委书记' });
  });
  it('locates the park in the place its name opens with', () => {
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '滨江高新区', to: '滨江区' });
  });
  it('reads investments with their stage and amount', () => {
    expect(found).toContainEqual({ type: 'INVESTS_IN', from: '恒泰精工', to: '滨江高新区', status: '签约' });
    expect(found).toContainEqual({ type: 'INVESTS_IN', from: '凌云装备', to: '滨江高新区', amount: 1_000_000_000 });
  });
  it('locates enterprises in the park', () => {
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '华辰集团', to: '滨江高新区' });
  });
  it('gives the park its leading industries with their tier', () => {
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '电子信息', tier: '主导' });
  });
  it('makes the smaller parks parts of the report park', () => {
    expect(found).toContainEqual({ type: 'PART_OF', from: '光伏产业园', to: '滨江高新区' });
  });
});

describe('stages and amounts', () => {
  it('gives no stage to a planned project', () => {
    const found = relations(
      '滨江高新区：全力冲刺\n确保恒泰精工、瑞丰新材料2个项目年内开工。恒泰精工、瑞丰新材料项目加快建设。滨江高新区成绩突出。',
    );
    expect(found.filter((r) => r.type === 'INVESTS_IN').every((r) => r.status === undefined)).toBe(true);
  });
});

describe('parts named after their whole', () => {
  it('makes a body whose name opens with another’s name a part of it', () => {
    const found = relations('国务院办公厅印发通知，国务院常务会议研究部署。');
    expect(found).toContainEqual({ type: 'PART_OF', from: '国务院办公厅', to: '国务院' });
  });
});

describe('partnerships named by places and by quotation', () => {
  it('reads a scheme of places joined by one-character forms, with the named places as members', () => {
    const found = relations('四川省、贵州省共同推进川黔协同发展。');
    expect(found).toContainEqual({ type: 'MEMBER_OF', from: '四川省', to: '川黔协同发展', role: 'member' });
    expect(found).toContainEqual({ type: 'MEMBER_OF', from: '贵州省', to: '川黔协同发展', role: 'member' });
  });
  it('reads a quoted initiative the report’s region builds along, and aid to a province', () => {
    const text = '云南省大会召开\n云南省积极融入共建“丝路通道”，云南省加大对口援藏工作力度。';
    const found = relations(text);
    expect(found).toContainEqual({ type: 'MEMBER_OF', from: '云南省', to: '丝路通道', role: 'member' });
    expect(found).toContainEqual({ type: 'MEMBER_OF', from: '云南省', to: '对口援藏', role: 'member' });
  });
  it('does not make the report’s region a member of an initiative it is not named with', () => {
    const found = relations('云南省大会召开\n云南省持续推进乡村振兴。要抓住共建“丝路通道”重大机遇，扩大开放。');
    expect(found.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
  });
});

describe('partnerships', () => {
  it('makes the listed parks members and the report park the lead of a 1+N scheme', () => {
    const text = '滨江高新区：联动发展\n滨江高新区强化与南湖工业园、北山工业园“1+2”联动发展。滨江高新区成效明显。';
    const found = relations(text);
    expect(found).toContainEqual({ type: 'MEMBER_OF', from: '南湖工业园', to: '“1+2”联动发展', role: 'member' });
    expect(found).toContainEqual({ type: 'MEMBER_OF', from: '滨江高新区', to: '“1+2”联动发展', role: 'lead' });
  });
});

describe('places and co-building stated in so many words', () => {
  it('reads 位于 in both orders', () => {
    const found = relations('光伏产业园位于沭阳县。位于滨江区的数字经济产业园加快建设。');
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '光伏产业园', to: '沭阳县' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '数字经济产业园', to: '滨江区' });
  });
  it('puts a place written right after another in it (某某县|某某村)', () => {
    const found = relations('随后来到沭阳县柳塘村考察，又走进岚湾片区金桂园社区。');
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '柳塘村', to: '沭阳县' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '金桂园社区', to: '岚湾片区' });
  });
  it('reads the regions that co-build a park', () => {
    const found = relations('由无锡市和徐州市合作共建的锡徐工业园成效明显。');
    expect(found).toContainEqual({ type: 'CO_BUILT_BY', from: '锡徐工业园', to: '无锡市' });
    expect(found).toContainEqual({ type: 'CO_BUILT_BY', from: '锡徐工业园', to: '徐州市' });
  });
  it('reads leading industries stated as 以…为主导', () => {
    const found = relations(
      '滨江高新区：转型升级\n滨江高新区形成以光电显示、高端纺织为主导的产业体系。滨江高新区发展迅速。',
    );
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '滨江高新区', to: '光电显示', tier: '主导' });
  });
});

describe('LOCATED_IN from names and the gazetteer', () => {
  it('puts each region in the nearest containing region the report names', () => {
    const found = relations('江苏省和中国其他地区一样，睢宁县发展迅速。');
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '睢宁县', to: '江苏省' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '江苏省', to: '中国' });
    expect(found).not.toContainEqual(expect.objectContaining({ from: '睢宁县', to: '中国' }));
  });
  it('names regions listed by their short forms as the gazetteer does, so they sit in their province', () => {
    const found = relations('广东省的珠海、汕头、湛江等城市加快发展。');
    for (const city of ['珠海市', '汕头市', '湛江市'])
      expect(found).toContainEqual({ type: 'LOCATED_IN', from: city, to: '广东省' });
  });
  it('puts a town in its county, or in the nearest division above it the report names', () => {
    expect(relations('高昌区亚尔镇发展葡萄产业。')).toContainEqual({
      type: 'LOCATED_IN',
      from: '亚尔镇',
      to: '高昌区',
    });
    expect(relations('新疆维吾尔自治区的亚尔镇发展葡萄产业。')).toContainEqual({
      type: 'LOCATED_IN',
      from: '亚尔镇',
      to: '新疆维吾尔自治区',
    });
  });
  it('of the divisions sharing a name, takes the one within a division the report names', () => {
    expect(relations('深圳市的南山区发布通知。')).toContainEqual({ type: 'LOCATED_IN', from: '南山区', to: '深圳市' });
    // Both cities named: the one written before it says which.
    const found = relations('深圳市南山区和鹤岗市东山区签署协议。');
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '南山区', to: '深圳市' });
    expect(found).not.toContainEqual(expect.objectContaining({ type: 'LOCATED_IN', from: '南山区', to: '鹤岗市' }));
  });
  it('leaves a shared town name unplaced when two named divisions each hold one', () => {
    const found = relations('河南省和湖北省的城关镇都在发展。');
    expect(found).not.toContainEqual(expect.objectContaining({ type: 'LOCATED_IN', from: '城关镇' }));
  });
  it('puts a company in the place its name opens with', () => {
    const found = relations('睢宁县华锐精密机械有限公司在睢宁经济开发区投资建厂。');
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '睢宁县华锐精密机械有限公司', to: '睢宁县' });
  });
  it('puts a co-built park in its host, the later place of its name', () => {
    expect(relations('昆山睢宁工业园开园。')).toContainEqual({
      type: 'LOCATED_IN',
      from: '昆山睢宁工业园',
      to: '睢宁县',
    });
  });
});

describe('appointment notices: the posts follow the name', () => {
  const found = relations(
    '经研究决定：张立新同志任滨江区经济发展局党组书记、局长（试用期一年）；李海同志任滨江区市场监督管理局局长；' +
      '王明同志任华辰实业有限公司董事长、总经理。',
  );
  it('gives each appointee the posts after 同志任, each with its body', () => {
    expect(found).toContainEqual({
      type: 'HOLDS_POSITION',
      from: '张立新',
      to: '滨江区经济发展局',
      title: '党组书记、局长',
    });
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '李海', to: '滨江区市场监督管理局', title: '局长' });
    expect(found).toContainEqual({
      type: 'HOLDS_POSITION',
      from: '王明',
      to: '华辰实业有限公司',
      title: '董事长、总经理',
    });
  });
  it('reads the posts a notice takes away', () => {
    const notice = relations(
      '周宁同志任滨江区经济发展局局长，免去其滨江区财政局四级调研员职务；' + '免去吴敏同志的滨江区招商局局长职务。',
    );
    expect(notice).toContainEqual({ type: 'HOLDS_POSITION', from: '周宁', to: '滨江区经济发展局', title: '局长' });
    expect(notice).toContainEqual({ type: 'HOLDS_POSITION', from: '周宁', to: '滨江区财政局', title: '四级调研员' });
    expect(notice).toContainEqual({ type: 'HOLDS_POSITION', from: '吴敏', to: '滨江区招商局', title: '局长' });
  });
  it('gives a 总书记 after a name the Party centre’s post when the report names it (by the form it writes)', () => {
    const found = relations('全面落实党中央决策部署，认真贯彻钱振远总书记重要讲话精神。');
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '钱振远', to: '党中央', title: '总书记' });
  });
});

describe('industries of the place the sentence names', () => {
  it('gives an industry to the region named before it in the sentence, named as the text writes it', () => {
    const text = '滨江高新区：奋力开创新局面\n海南省要大力发展数字经济和新一代信息技术产业。';
    const report = extractReport({ name: 't.txt', text, model: null });
    const found = toGoldFormat(report).relations.map(({ evidence: _e, ...r }) => r);
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '海南省', to: '新一代信息技术' });
    const industry = report.entities.find((e) => e.name === '新一代信息技术');
    expect(industry?.aliases).toContain('新一代信息技术产业');
  });
  it('gives an industry in a sentence that names no place to the province a report dwells on', () => {
    const text = [
      '庆祝海南建省大会举行',
      '海南要深化改革，海南要扩大开放，海南省要建设自由贸易港。',
      '他回顾了深圳市的发展历程。',
      '要积极发展数字经济。',
    ].join('\n');
    expect(relations(text)).toContainEqual({ type: 'FOCUSES_ON', from: '海南省', to: '数字经济' });
  });
});

describe('LOCATED_IN from the places inside a name', () => {
  it('takes the place in brackets, and a place inside the name within the one it opens with', () => {
    const found = relations('中韩（盐城）产业园、江苏自由贸易试验区苏州片区和江苏省加快发展。');
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '中韩(盐城)产业园', to: '盐城市' });
  });
});

describe('LOCATED_IN the report implies', () => {
  const park = relations(
    '滨江高新区：奋力开创新局面\n光伏产业园、数字经济产业园建设加快推进，创新打造“滨江·南湖科创飞地”。区城发集团全力建设人才公寓，文旅集团推进酒店开发。',
  );
  it('puts the parts of a park in it, but not an enclave, which lies in the partner’s place', () => {
    expect(park).toContainEqual({ type: 'PART_OF', from: '光伏产业园', to: '滨江高新区' });
    expect(park).toContainEqual({ type: 'LOCATED_IN', from: '光伏产业园', to: '滨江高新区' });
    expect(park).toContainEqual({ type: 'PART_OF', from: '滨江·南湖科创飞地', to: '滨江高新区' });
    expect(park).not.toContainEqual({ type: 'LOCATED_IN', from: '滨江·南湖科创飞地', to: '滨江高新区' });
  });
  it('puts the report’s own state-owned groups in its park', () => {
    expect(park).toContainEqual({ type: 'LOCATED_IN', from: '区城发集团', to: '滨江高新区' });
    expect(park).toContainEqual({ type: 'LOCATED_IN', from: '文旅集团', to: '滨江高新区' });
  });
  it('puts the villages a county report names in that county, not those of a province-wide report', () => {
    const county = relations('睢宁县：乡村振兴见成效\n青石村获评全国乡村治理示范村，红枫社区荣获文明实践站称号。');
    expect(county).toContainEqual({ type: 'LOCATED_IN', from: '青石村', to: '睢宁县' });
    expect(county).toContainEqual({ type: 'LOCATED_IN', from: '红枫社区', to: '睢宁县' });
    const province = relations('江苏省：乡村振兴见成效\n青石村获评全国乡村治理示范村。');
    expect(province.filter((r) => r.from === '青石村')).toEqual([]);
  });
});

describe('INVESTS_IN the project a company builds', () => {
  const found = relations(
    [
      '滨江高新区：奋力开创新局面',
      '区城发集团与华辰集团共同投资建设光伏产业园，投资总额9.5亿元。',
      '数字经济产业园由恒泰科技有限公司负责开发建设。',
      '着力推动凌云集团智能装备产业园(总投资8亿元)建设。',
    ].join('\n'),
  );
  const invests = found.filter((r) => r.type === 'INVESTS_IN');
  it('gives the park a company builds in its own clause to it and its co-investor, with the amount after', () => {
    expect(invests).toContainEqual({ type: 'INVESTS_IN', from: '区城发集团', to: '光伏产业园', amount: 950_000_000 });
    expect(invests).toContainEqual({ type: 'INVESTS_IN', from: '华辰集团', to: '光伏产业园', amount: 950_000_000 });
  });
  it('reads 由某公司负责开发建设 and a park named right after its company', () => {
    expect(invests).toContainEqual({ type: 'INVESTS_IN', from: '恒泰科技有限公司', to: '数字经济产业园' });
    expect(invests).toContainEqual({ type: 'INVESTS_IN', from: '凌云集团', to: '智能装备产业园', amount: 800_000_000 });
  });
  it('does not also make a builder an investor in the report’s park', () => {
    expect(invests.filter((r) => r.to === '滨江高新区')).toEqual([]);
  });
});

describe('posts in a place’s Party committee', () => {
  it('gives a 省委 post and the post after it to the province, not to the committee', () => {
    const found = relations('滨江高新区：调研\n江苏省委书记周明远、省长李立新来到滨江高新区调研。');
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '周明远', to: '江苏省', title: '省委书记' });
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '李立新', to: '江苏省', title: '省长' });
  });
});

describe('a report of an area’s own office', () => {
  const found = relations('滨江高新区南湖片区管理局2023年工作总结\n南湖片区大力发展乡村旅游。青石村获评全国文明村。');
  it('gives the area, not the whole park, the industries and villages the report names', () => {
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '青石村', to: '南湖片区' });
    expect(found.filter((r) => r.type === 'FOCUSES_ON').map((r) => r.from)).toEqual(['南湖片区']);
  });
});

describe('a chain of places after 位于', () => {
  it('puts the thing in the last, most specific place of the chain', () => {
    const found = relations('滨江高新区：建设\n创客产业园位于睢宁县沙集镇，建筑面积2万平方米。');
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '创客产业园', to: '沙集镇' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '沙集镇', to: '睢宁县' });
    expect(found).not.toContainEqual({ type: 'LOCATED_IN', from: '创客产业园', to: '睢宁县' });
  });
});

describe('a place in the name of a park’s part that lies in another province', () => {
  it('is a theme or partner, not where the part is; a place in the same province still places it', () => {
    const found = relations(
      '睢宁高新区：建设\n睢宁高新区建成台湾创业园、徐州创业园，台湾创业园吸引台胞入驻。睢宁县、徐州市、台湾代表参加。',
    );
    expect(found.filter((r) => r.type === 'LOCATED_IN' && r.to === '台湾')).toEqual([]);
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '徐州创业园', to: '徐州市' });
  });
});

describe('titles of posts in appointment notices', () => {
  it('keeps a unit named by no body of its own in the title, in the body before it', () => {
    const found = relations(
      '张建国同志任华辰实业有限公司董事长，免去其金湖片区党工委副书记、开发管理局局长、片区项目建设指挥部副指挥长职务。',
    );
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '张建国', to: '华辰实业有限公司', title: '董事长' });
    expect(found).toContainEqual({
      type: 'HOLDS_POSITION',
      from: '张建国',
      to: '金湖片区',
      title: '党工委副书记、开发管理局局长、片区项目建设指挥部副指挥长',
    });
  });
  it('reads the posts a 兼 adds and a 免去其 takes away after an appointment', () => {
    const found = relations(
      '王海峰同志任华辰实业有限公司党委书记、董事长，兼华辰投资有限公司董事长，免去其滨江区商务局副局长职务。',
    );
    expect(found.filter((r) => r.type === 'HOLDS_POSITION')).toEqual([
      { type: 'HOLDS_POSITION', from: '王海峰', to: '华辰实业有限公司', title: '党委书记、董事长' },
      { type: 'HOLDS_POSITION', from: '王海峰', to: '华辰投资有限公司', title: '董事长' },
      { type: 'HOLDS_POSITION', from: '王海峰', to: '滨江区商务局', title: '副局长' },
    ]);
  });
  it('joins a bio’s posts in one body, the proposed one too, and strips 候选人 from a nomination', () => {
    expect(
      relations('张建国，男，汉族，1978年8月生，现任临朐县委常委、组织部部长，拟任临朐县委副书记。'),
    ).toContainEqual({
      type: 'HOLDS_POSITION',
      from: '张建国',
      to: '临朐县',
      title: '县委常委、组织部部长、县委副书记',
    });
    expect(relations('提名周晓梅为滨江区人民政府区长候选人。')).toContainEqual({
      type: 'HOLDS_POSITION',
      from: '周晓梅',
      to: '滨江区人民政府',
      title: '区长',
    });
  });
});

describe('a resume: the person in apposition, then the lines of their career', () => {
  const found = relations(
    [
      '王建华，滨江区商务局党组书记、局长。',
      '汉族，1963年8月生，江苏丰县人。',
      '1982年3月至1986年10月，在东南大学工作，任讲师、教研室主任。',
      '2003年起任滨江区人民政府副区长。',
    ].join('\n'),
  ).filter((r) => r.type === 'HOLDS_POSITION');
  it('gives the person in apposition the posts after the name', () => {
    expect(found).toContainEqual({
      type: 'HOLDS_POSITION',
      from: '王建华',
      to: '滨江区商务局',
      title: '党组书记、局长',
    });
  });
  it('gives the career lines’ posts to that person, in the body the line says they worked in', () => {
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '王建华', to: '东南大学', title: '讲师、教研室主任' });
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '王建华', to: '滨江区人民政府', title: '副区长' });
  });
  it('reads no career for a report that opens with no one in apposition', () => {
    const news = relations('2003年起任滨江区人民政府副区长。').filter((r) => r.type === 'HOLDS_POSITION');
    expect(news).toEqual([]);
  });
});

describe('posts of central bodies in one chain', () => {
  it('keeps a post of another body (国家主席) out of the title of the one before it', () => {
    const found = relations('中共中央总书记、国家主席、中央军委主席钱振远近日在某省考察。');
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '钱振远', to: '中共中央', title: '总书记' });
  });
});

describe('a work report of a zone’s administration', () => {
  const found = relations(
    [
      '滨江高新区管委会2023年工作总结及2024年工作计划',
      '滨江高新区全年完成固定资产投资50亿元。',
      '光伏产业园建成投用，人才服务中心、滨江湾游艇基地加快建设。',
    ].join('\n'),
  );
  it('puts the projects and smaller parks in the zone it governs, not parts of it', () => {
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '光伏产业园', to: '滨江高新区' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '人才服务中心', to: '滨江高新区' });
    expect(found.filter((r) => r.type === 'PART_OF')).toEqual([]);
  });
  it('puts a project its name places in the zone’s own district in the zone too', () => {
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '滨江湾游艇基地', to: '滨江区' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '滨江湾游艇基地', to: '滨江高新区' });
  });
  it('puts a project its name places in the zone’s province in the zone, not a route running beyond it', () => {
    const more = relations(
      [
        '滨江高新区管委会2023年工作总结及2024年工作计划',
        '滨江高新区全年完成固定资产投资50亿元。',
        '加快推进浙江青禾医院滨江分院二期项目，开工建设杭州至宁波城际铁路。',
      ].join('\n'),
    );
    expect(more).toContainEqual({ type: 'LOCATED_IN', from: '浙江青禾医院滨江分院二期项目', to: '滨江高新区' });
    expect(more.filter((r) => r.from === '杭州至宁波城际铁路' && r.to === '滨江高新区')).toEqual([]);
  });
  it('is told by its title, not by a sentence that quotes a work report', () => {
    const news = relations(
      '滨江高新区：奋力开创新局面\n市政府工作报告中明确提出，要做强园区。\n光伏产业园建成投用，人才服务中心加快建设。',
    );
    expect(news).toContainEqual({ type: 'PART_OF', from: '光伏产业园', to: '滨江高新区' });
  });
});

describe('a larger park of a zone’s report', () => {
  it('lies in the zone when nothing places it, and is no part of it', () => {
    const found = relations(
      '滨江综合保税区：推动开放发展\n滨江综合保税区全年进出口额增长20%。\n青禾湾跨境物流园区建成投用。',
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '青禾湾跨境物流园区', to: '滨江综合保税区' });
    expect(found.filter((r) => r.type === 'PART_OF')).toEqual([]);
  });
});

describe('a local place a name opens with', () => {
  it('places the project in the village the report names, one the gazetteer does not know', () => {
    const found = relations(
      '滨江高新区南湖片区管理局2023年工作总结\n南湖片区青石村、红枫村获评全国文明村。青石村党群服务中心建成投用，红枫村长者食堂开业。',
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '青石村党群服务中心', to: '青石村' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '红枫村长者食堂', to: '红枫村' });
    expect(found.filter((r) => r.from === '青石村党群服务中心')).toHaveLength(1);
  });
});

describe('a branch', () => {
  it('lies in the place named before its branch word, not where its parent’s name opens', () => {
    const found = relations(
      '金融工作通报\n上海华辰银行股份有限公司福州分行、江苏瑞丰银行浙江省分行参加座谈。福州市、浙江省、上海市、江苏省参加。',
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '上海华辰银行股份有限公司福州分行', to: '福州市' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '江苏瑞丰银行浙江省分行', to: '浙江省' });
    expect(found.filter((r) => r.to === '上海市' || r.to === '江苏省')).toEqual([]);
  });
});

describe('industries of a report on a visit to a province', () => {
  it('go to the province its title names, not to the county the visit dwells on', () => {
    const found = relations(
      '周明远在江西考察时强调 推动高质量发展\n周明远来到赣州市于都县考察。在于都县，他察看了于都县的蔬菜基地。\n他指出，要把实体经济特别是制造业做强做优。',
    );
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '江西省', to: '制造业' });
    expect(found.filter((r) => r.type === 'FOCUSES_ON' && r.from === '于都县')).toEqual([]);
  });
});

describe('a town written right after its county', () => {
  it('lies in that county, though the gazetteer keeps a town of that name elsewhere', () => {
    // The gazetteer's 石楼镇 is in 房山区 (Beijing); towns of that name exist elsewhere too.
    const found = relations('华辰电驱项目\n项目建设地点为广州市番禺区石楼镇龙瀛路36号。');
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '石楼镇', to: '番禺区' });
  });
});

describe('enterprises listed with commas', () => {
  it('lie in the report’s region when a verb of presence opens the list, not when they only visit', () => {
    const found = relations(
      '睢宁县概况\n睢宁县先后涌现了华辰科技有限公司,瑞丰集团,启航智造有限公司等国内外知名企业。睢宁县吸引了凌云集团、新远集团等知名企业主动对接。',
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '瑞丰集团', to: '睢宁县' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '启航智造有限公司', to: '睢宁县' });
    expect(found.filter((r) => r.from === '凌云集团' || r.from === '新远集团')).toEqual([]);
  });
  it('places firms a park takes in (某园区已初具规模，引进入驻甲、乙等企业11家) in that park, not the home', () => {
    const found = relations(
      '甘肃省光伏发展\n睢宁县光伏治沙示范园区已初具规模，引进入驻华辰、瑞丰、启航等新能源头部企业11家。',
    ).filter((r) => r.type === 'LOCATED_IN' && r.from === '瑞丰');
    expect(found).toEqual([{ type: 'LOCATED_IN', from: '瑞丰', to: '睢宁县光伏治沙示范园区' }]);
  });
});

describe('macro-regions', () => {
  it('are never a container, nor inside a village written before them', () => {
    const found = relations('睢宁县概况\n睢宁县地处长三角北翼。推动青石村两岸青年创业。');
    expect(found.filter((r) => r.to === '长三角' || r.from === '两岸')).toEqual([]);
  });
});

describe('places a visit goes to', () => {
  it('lie in the city the visit last arrived in', () => {
    const found = relations(
      '周明远在江西考察时强调 推动高质量发展\n20日中午，周明远抵达赣州市，首先考察华辰永磁科技股份有限公司。随后，周明远来到瑞丰纪念馆。',
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '华辰永磁科技股份有限公司', to: '赣州市' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '瑞丰纪念馆', to: '赣州市' });
  });
  it('includes a company joined to the visited one and one 附近的', () => {
    const found = relations(
      '周明远在江西考察时强调 推动高质量发展\n周明远抵达赣州市。他前往华辰重工集团和瑞丰集团了解生产。随后来到附近的启航箱包有限公司。',
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '瑞丰集团', to: '赣州市' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '启航箱包有限公司', to: '赣州市' });
  });
  it('puts what it sees in a park it is in in the park, not what it only names after', () => {
    const found = relations(
      '周明远到滨海县调研电商发展\n在滨江电商产业园，周明远查看了华辰电子商务有限公司、瑞丰科技有限公司等企业的运营情况，听取启航集团汇报。',
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '华辰电子商务有限公司', to: '滨江电商产业园' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '瑞丰科技有限公司', to: '滨江电商产业园' });
    expect(found.filter((r) => r.from === '启航集团' && r.to === '滨江电商产业园')).toEqual([]);
  });
  it('stays in the city it arrived in over a long stop, and starts in the first of its itinerary', () => {
    const filler = '他指出，要把实体经济特别是制造业做强做优。'.repeat(10);
    const found = relations(
      `周明远在江西考察时强调 推动高质量发展\n周明远先后来到赣州市、吉安市、南昌市等地考察。周明远首先来到华辰永磁科技股份有限公司。${filler}13日上午，周明远抵达吉安市。${filler}随后，周明远来到瑞丰纪念馆。`,
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '华辰永磁科技股份有限公司', to: '赣州市' });
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '瑞丰纪念馆', to: '吉安市' });
    expect(found.filter((r) => r.from === '华辰永磁科技股份有限公司' && r.to === '南昌市')).toEqual([]);
  });
});

describe('parks named by their industries', () => {
  const found = relations(
    '滨江经济开发区概况\n开发区建有一区三园：新能源产业园、生物医药产业园、新材料产业园。\n南湖新材料产业园建成投用。',
  );
  it('focus on their industries when listed as a zone’s parks split by industry', () => {
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '新能源产业园', to: '新能源' });
    expect(found).toContainEqual({ type: 'FOCUSES_ON', from: '生物医药产业园', to: '生物医药' });
  });
  it('leave a lone park’s industry to the report’s park', () => {
    expect(found.filter((r) => r.type === 'FOCUSES_ON' && r.from === '南湖新材料产业园')).toEqual([]);
  });
});

describe('the area of the office that writes a report', () => {
  const found = relations(
    '滨江高新区南湖片区管理局2023年工作总结\n南湖片区青石村获评全国文明村。滨江湾保税仓建成投用。',
  );
  it('lies in the region its park’s name states', () => {
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '南湖片区', to: '滨江区' });
  });
  it('holds what a name puts only in that region', () => {
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '滨江湾保税仓', to: '南湖片区' });
  });
});

describe('industries named in passing', () => {
  it('are no place’s focus; industries the clause develops are', () => {
    const found = relations(
      '滨江高新区：奋力开创新局面\n园区围绕电子信息、生物医药两大主导产业精准招商。\n针对会展业、音乐活动，组建专业运营公司进行市场化运作。',
    );
    const focus = found.filter((r) => r.type === 'FOCUSES_ON').map((r) => r.to);
    expect(focus).toEqual(['电子信息', '生物医药']);
  });
});

describe('posts in local news: which title goes with which name, and with which body', () => {
  const posts = (text: string) => relations(text).filter((r) => r.type === 'HOLDS_POSITION');
  it('gives a town’s and a village’s posts to the town and the village, titles joined as written', () => {
    expect(posts('青川县青山镇党委书记陈刚、镇长林涛参加座谈。')).toEqual([
      { type: 'HOLDS_POSITION', from: '陈刚', to: '青山镇', title: '党委书记' },
      { type: 'HOLDS_POSITION', from: '林涛', to: '青山镇', title: '镇长' },
    ]);
    expect(posts('青川县红旗村党支部书记、村委会主任孙德旺介绍情况。')).toEqual([
      { type: 'HOLDS_POSITION', from: '孙德旺', to: '红旗村', title: '党支部书记、村委会主任' },
    ]);
  });
  it('gives a bare post after another person’s name that person’s body, unless it names a unit of its own', () => {
    expect(posts('华辰科技有限公司董事长郑国华、总经理李卫东陪同参观。')).toContainEqual({
      type: 'HOLDS_POSITION',
      from: '李卫东',
      to: '华辰科技有限公司',
      title: '总经理',
    });
    const found = posts('南充市委书记黄建平、副县长王五、华辰科技有限公司董事长郑国华出席。');
    expect(found).toContainEqual({ type: 'HOLDS_POSITION', from: '黄建平', to: '南充市', title: '市委书记' });
    expect(found.filter((r) => r.from === '王五')).toEqual([]);
  });
  it('reads a name whose posts are in brackets after it, wherever it stands', () => {
    expect(posts('在青川县召开的座谈会由张建华（县委副书记、县长）主持。')).toEqual([
      { type: 'HOLDS_POSITION', from: '张建华', to: '青川县', title: '县委副书记、县长' },
    ]);
  });
  it('gives a place no post of a body no rule named (某地同胞联谊会会长)', () => {
    expect(posts('台湾同胞联谊会会长许文雄参加活动。')).toEqual([]);
  });
});

describe('posts of Hong Kong and Macau', () => {
  const posts = (text: string) => relations(text).filter((r) => r.type === 'HOLDS_POSITION');
  it('gives the chief executive’s and legislators’ posts to the region the report names, a secretary’s to his department', () => {
    expect(posts('行政長官林志強今日在香港出席典禮。')).toEqual([
      { type: 'HOLDS_POSITION', from: '林志强', to: '香港', title: '行政长官' },
    ]);
    expect(posts('財政司司長陳德明今日表示，香港經濟穩步復甦。')).toEqual([
      { type: 'HOLDS_POSITION', from: '陈德明', to: '财政司', title: '司长' },
    ]);
    expect(posts('香港特首林志強表示支持。')).toEqual([
      { type: 'HOLDS_POSITION', from: '林志强', to: '香港', title: '特首' },
    ]);
    expect(posts('香港立法會議員黃國偉表示支持。')).toEqual([
      { type: 'HOLDS_POSITION', from: '黄国伟', to: '香港', title: '立法会议员' },
    ]);
  });
  it('reads 特区政府 as the special region’s government, not a district’s, and a secretary’s post as his department’s', () => {
    expect(posts('香港特區政府財政司司長陳德明表示，將推出更多措施。')).toEqual([
      { type: 'HOLDS_POSITION', from: '陈德明', to: '财政司', title: '司长' },
    ]);
  });
});

describe('posts of a place’s government and of an autonomous region', () => {
  const posts = (text: string) => relations(text).filter((r) => r.type === 'HOLDS_POSITION');
  it('gives a post in 某县政府 written short to the county, titled as the post is said', () => {
    expect(posts('筠连县政府副县长郭志峰带队考察。')).toEqual([
      { type: 'HOLDS_POSITION', from: '郭志峰', to: '筠连县', title: '副县长' },
    ]);
  });
  it('gives 自治区主席 to the autonomous region the report names, and keeps an acting head’s 代', () => {
    expect(posts('——在广西壮族自治区第十三届人民代表大会第三次会议上 自治区主席 陈志强')).toEqual([
      { type: 'HOLDS_POSITION', from: '陈志强', to: '广西壮族自治区', title: '自治区主席' },
    ]);
    expect(posts('在四川省第十三届人民代表大会第二次会议上 四川省代省长 尹志强')).toEqual([
      { type: 'HOLDS_POSITION', from: '尹志强', to: '四川省', title: '代省长' },
    ]);
  });
});

describe('honours are no posts', () => {
  it('gives an academician no HOLDS_POSITION in the academy, but keeps their post elsewhere', () => {
    expect(
      relations('中国工程院院士、滨江大学教授何振宇作主题报告。').filter((r) => r.type === 'HOLDS_POSITION'),
    ).toEqual([{ type: 'HOLDS_POSITION', from: '何振宇', to: '滨江大学', title: '教授' }]);
  });
  it('reads a name after a supervisor of doctoral students, keeping only the post beside it', () => {
    expect(relations('滨江大学教授、博士生导师何振宇作专题报告。').filter((r) => r.type === 'HOLDS_POSITION')).toEqual([
      { type: 'HOLDS_POSITION', from: '何振宇', to: '滨江大学', title: '教授' },
    ]);
  });
});

describe('a unit written after a named body', () => {
  const posts = (text: string) => relations(text).filter((r) => r.type === 'HOLDS_POSITION');
  it('keeps the unit in the post, in the named body', () => {
    expect(posts('青川县财政局预算股股长刘晓明介绍情况。')).toEqual([
      { type: 'HOLDS_POSITION', from: '刘晓明', to: '青川县财政局', title: '预算股股长' },
    ]);
  });
  it('reads an ambassador’s post from 驻 on, in the state that sends them', () => {
    expect(posts('中国驻英国大使郑志明表示，中英合作前景广阔。')).toEqual([
      { type: 'HOLDS_POSITION', from: '郑志明', to: '中国', title: '驻英国大使' },
    ]);
  });
});

describe('a body cut at 和 or 及', () => {
  const posts = (text: string) => relations(text).filter((r) => r.type === 'HOLDS_POSITION');
  it('gives the post to the whole body whose fields 和 or 及 join (劳工及福利局), never to the part after it', () => {
    expect(posts('勞工及福利局局長孫志華說，會繼續支援基層。')).toEqual([
      { type: 'HOLDS_POSITION', from: '孙志华', to: '劳工及福利局', title: '局长' },
    ]);
    expect(posts('青川县人力资源和社会保障局局长张建国出席。')).toEqual([
      { type: 'HOLDS_POSITION', from: '张建国', to: '青川县人力资源和社会保障局', title: '局长' },
    ]);
  });
  it('still reads a place or a body after another person’s name and 和', () => {
    expect(posts('湖南省委书记杜志明和国家发展改革委主任何志强出席。')).toContainEqual({
      type: 'HOLDS_POSITION',
      from: '何志强',
      to: '国家发展改革委',
      title: '主任',
    });
  });
});
