// LOCATED_IN as reports state it, on sentences written for these tests (companies and parks invented). LOCATED_IN is
// scored by reachability (ONTOLOGY.md), so a test asks whether the place is reached over the rules' edges.
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../src/ontology/model.ts';
import type { RelationContext, RelationSet } from '../../../src/extract/relations/context.ts';
import { regionSubjects, statedLocations, subjectClauses } from '../../../src/extract/relations/stated-places.ts';
import { ruleOnSentence, rulesAloneRelations } from './support.ts';

/** The places each thing reaches over the LOCATED_IN edges the rules alone give for a text. */
function placesOf(text: string): (from: string) => string[] {
  const edges = rulesAloneRelations(text).filter((r) => r.type === 'LOCATED_IN');
  return (from) => {
    const seen = new Set<string>();
    for (let todo = [from]; todo.length;) {
      const next = todo.pop()!;
      for (const r of edges) if (r.from === next && !seen.has(r.to)) todo.push((seen.add(r.to), r.to));
    }
    return [...seen];
  };
}

describe('a place after a verb of location', () => {
  it.each([
    ['华辰科技有限公司位于江苏省常州市武进区。', '华辰科技有限公司', ['武进区', '常州市', '江苏省']],
    ['瑞丰集团扎根山东省寿光市二十余年。', '瑞丰集团', ['寿光市', '山东省']],
    ['华辰集团将总部迁至浙江杭州。', '华辰集团', ['杭州市', '浙江省']],
    ['启航科技股份有限公司总部设在广东省深圳市南山区。', '启航科技股份有限公司', ['南山区', '深圳市', '广东省']],
  ])('%s', (text, thing, places) => {
    expect(placesOf(text)(thing)).toEqual(expect.arrayContaining(places));
  });
  it('reads the place after an epithet of it (坐落于素有某某之乡的某市) and where a company is registered (在某市注册成立)', () => {
    expect(placesOf('华辰集团有限公司坐落于素有孔孟之乡的山东省济宁市。')('华辰集团有限公司')).toContain('济宁市');
    expect(placesOf('华辰科技有限公司（以下简称“华辰公司”）在济南市注册成立。')('华辰科技有限公司')).toContain(
      '济南市',
    );
    expect(placesOf('华辰科技有限公司在济南市成立分公司。')('华辰科技有限公司')).toEqual([]);
  });
  it('takes no place moved from for where a thing lies (从上海迁至西安)', () => {
    expect(placesOf('一批企业从上海迁至西安。')('上海市')).toEqual([]);
  });
});

describe('a later clause whose subject is left out', () => {
  it('is the clause subject’s, not a park named as its whole (甲园是某开发区的园中园，位于某镇)', () => {
    const places = placesOf('青禾光电产业园是宁陵经济开发区的园中园，位于张弓镇。');
    expect(places('宁陵经济开发区')).not.toContain('张弓镇');
  });
  it('puts no division in one the gazetteer puts elsewhere (位于绿园区的长春|国际汽车城)', () => {
    expect(placesOf('位于绿园区的长春国际汽车城加快建设。')('长春市')).not.toContain('绿园区');
  });
});

describe("a region's own", () => {
  it('puts what follows 某地的 in the place, a county written by its province or city (浙江海宁, 无锡江阴)', () => {
    expect(placesOf('浙江海宁的瑞丰经编有限公司扩大产能。')('瑞丰经编有限公司')).toEqual(['海宁市', '浙江省']);
    expect(placesOf('来自无锡江阴的华辰特钢集团签约入驻。')('华辰特钢集团')).toEqual(
      expect.arrayContaining(['江阴市', '无锡市']),
    );
  });
});

describe('what is built in a place (在Y…建设X)', () => {
  it('puts what is set up or built in the last place of the chain after 在', () => {
    const places = placesOf('华辰集团在江苏盐城投资50亿元建设华辰动力电池产业园。');
    expect(places('华辰动力电池产业园')).toEqual(expect.arrayContaining(['盐城市', '江苏省']));
  });
  it('puts what is described as built there (在某县投资建设的X项目) in the place', () => {
    const places = placesOf('签约仪式举行\n青禾新材料有限公司此次在柘城县投资建设的金刚石微粉项目总投资6亿元。');
    expect(places('金刚石微粉项目')).toContain('柘城县');
  });
});

describe('a company in the report’s park, written 园区', () => {
  const places = placesOf(
    '西峡县经济技术开发区项目建设提速\n西峡县经济技术开发区坚持项目为王。园区内的华辰制动器有限公司正在扩建。' +
      '青禾重工有限公司坐落于园区西侧。明远电子有限公司入驻园区后发展迅速。',
  );
  it.each(['华辰制动器有限公司', '青禾重工有限公司', '明远电子有限公司'])('puts %s in the park', (company) => {
    expect(places(company)).toContain('西峡县经济技术开发区');
  });
});

describe('what a company signs with a place to build (甲公司与某县签约，建设X)', () => {
  it('puts the park or project built in the place signed with, the last of a chain', () => {
    const places = placesOf('青云科技集团与河南省夏邑县签约，投资20亿元建设青云新材料产业园。');
    expect(places('青云新材料产业园')).toEqual(expect.arrayContaining(['夏邑县', '河南省']));
  });
  it('puts it in a zone that signs with the company, the place written first', () => {
    const places = placesOf('柘城县经济开发区与华辰光电科技有限公司签订投资协议，建设年产500万片光学镜片项目。');
    expect(places('年产500万片光学镜片项目')).toContain('柘城县经济开发区');
  });
  it('does not place the company itself there, nor what a later sentence names', () => {
    const places = placesOf('星河科技有限公司与夏邑县签约。明远产业园投产。');
    expect(places('星河科技有限公司')).toEqual([]);
    expect(places('明远产业园')).not.toContain('夏邑县');
  });
});

describe('a list of a place’s enterprises (某产业园企业包括A；B；C)', () => {
  it('puts each listed company in the park, also across the semicolons that split the list', () => {
    const places = placesOf(
      '华辰产业园位于铜川市耀州区。华辰产业园企业包括国内领先的青禾科技有限公司；国内领先的远航能源有限公司等企业。',
    );
    expect(places('青禾科技有限公司')).toContain('华辰产业园');
    expect(places('远航能源有限公司')).toContain('华辰产业园');
  });
  it('reads a count of enterprises (入驻企业有200家) as no list', () => {
    const places = placesOf('华辰产业园入驻企业有200家，青禾科技有限公司今年产值增长。');
    expect(places('青禾科技有限公司')).toEqual([]);
  });
});

describe('a place written right before another', () => {
  it('holds it: a town the gazetteer lacks in its county, a village in its town', () => {
    const places = placesOf('滨海县青禾镇青石村建起了光伏电站。');
    expect(places('青石村')).toEqual(expect.arrayContaining(['青禾镇', '滨海县']));
    expect(places('青禾镇')).toContain('滨海县');
  });
  it('puts a firm written right after a park in the park (来到某开发区|湖北某某有限公司)', () => {
    const places = placesOf('8月1日，采访团来到国家级经开区滨江经济开发区湖北青禾锂电材料有限公司。');
    expect(places('湖北青禾锂电材料有限公司')).toContain('滨江经济开发区');
  });
});

describe('more of the forms reports state a place in', () => {
  it.each([
    ['华辰电子有限公司成立于2010年，坐落在福建省泉州市晋江市。', '华辰电子有限公司', ['晋江市', '泉州市', '福建省']],
    ['华辰电子有限公司座落于湖南省株洲市天元区。', '华辰电子有限公司', ['天元区', '株洲市']],
    ['华辰重工集团是河北省唐山市丰润区的龙头企业。', '华辰重工集团', ['丰润区', '唐山市']],
    ['华辰智能制造产业园在安徽省宣城市宁国市揭牌。', '华辰智能制造产业园', ['宁国市', '宣城市', '安徽省']],
    ['华辰新材料产业园位於浙江省湖州市長興縣。', '华辰新材料产业园', ['长兴县', '湖州市']],
    ['华辰集团入驻江苏宿迁经济技术开发区。', '华辰集团', ['宿迁市', '江苏省']],
    ['记者走进位于江苏省常州市武进区滨湖路88号的华辰科技有限公司。', '华辰科技有限公司', ['武进区', '常州市']],
  ])('%s', (text, thing, places) => {
    expect(placesOf(text)(thing)).toEqual(expect.arrayContaining(places));
  });
  it('puts a company that moved in the place it moved to, and no division in another (由柯桥区迁至广丰区)', () => {
    const places = placesOf('华辰纺织有限公司由浙江省绍兴市柯桥区迁至江西省上饶市广丰区。');
    expect(places('华辰纺织有限公司')).toEqual(expect.arrayContaining(['广丰区', '上饶市']));
    expect(places('华辰纺织有限公司')).not.toContain('柯桥区');
    expect(places('柯桥区')).not.toContain('广丰区');
  });
  it('takes no place a company is merely in a clause with (华辰公司在某市签约，不是位于)', () => {
    expect(placesOf('华辰科技有限公司在浙江省湖州市签约。')('华辰科技有限公司')).toEqual([]);
  });
});

describe('villages in their towns', () => {
  it('reads 隶属于, 某镇的某村 and a town’s list of the villages it governs', () => {
    expect(placesOf('花园村隶属于青石镇。')('花园村')).toEqual(['青石镇']);
    expect(placesOf('青石镇的花园村是远近闻名的果园。')('花园村')).toEqual(['青石镇']);
    const places = placesOf('青石镇下辖花园村、东岭村、西岭村等12个行政村。');
    for (const village of ['花园村', '东岭村', '西岭村']) expect(places(village)).toEqual(['青石镇']);
  });
  it('lets the gazetteer decide between divisions it knows', () => {
    expect(placesOf('滨海县下辖北京市。')('北京市')).not.toContain('滨海县');
  });
});

describe('a word for a thing named before (该项目, 园区) and its place', () => {
  it('places the project, company or park the word stands for', () => {
    expect(placesOf('华辰光伏组件项目总投资20亿元。该项目位于安徽省滁州市来安县。')('华辰光伏组件项目')).toEqual(
      expect.arrayContaining(['来安县', '滁州市']),
    );
    expect(placesOf('华辰科技有限公司成立于2010年。公司坐落于湖南省株洲市天元区。')('华辰科技有限公司')).toContain(
      '天元区',
    );
    expect(placesOf('滨江华辰产业园简介\n园区位于江苏省盐城市大丰区，交通便利。')('滨江华辰产业园')).toContain(
      '大丰区',
    );
  });
  it('places nothing when no thing of its kind was named before', () => {
    expect(placesOf('该项目位于安徽省滁州市来安县。')('来安县')).toEqual(['滁州市', '安徽省']);
  });
  it('places the company a section is about, not the group it is named as part of', () => {
    for (const owner of ['为青禾控股集团有限公司下属子公司', '隶属于青禾控股集团有限公司']) {
      const places = placesOf(
        `（二）华辰制药有限公司\n该公司成立于2012年，${owner}，注册资金1000万元。公司位于安徽省滁州市来安县。`,
      );
      expect(places('华辰制药有限公司')).toContain('来安县');
      expect(places('青禾控股集团有限公司')).not.toContain('来安县');
    }
  });
});

describe('the forms reports of every genre place a thing in', () => {
  it.each([
    ['华辰科技有限公司位于浙江省嘉兴市海宁市。', '华辰科技有限公司', ['海宁市', '嘉兴市', '浙江省']],
    ['总投资30亿元的华辰锂电池项目落地湖北省宜昌市。', '华辰锂电池项目', ['宜昌市', '湖北省']],
    ['华辰控股在江西省赣州市投资50亿元建设华辰稀土新材料产业园。', '华辰稀土新材料产业园', ['赣州市', '江西省']],
    ['浙江海宁华辰经编有限公司是一家民营企业。', '浙江海宁华辰经编有限公司', ['海宁市', '浙江省']],
    ['中韩(盐城)产业园建设加快推进。', '中韩(盐城)产业园', ['盐城市']],
    ['华辰智能装备有限公司入驻滨湖高新技术产业开发区。', '华辰智能装备有限公司', ['滨湖高新技术产业开发区']],
    ['华辰光伏产业园位于中国江苏省盐城市。', '华辰光伏产业园', ['盐城市', '江苏省', '中国']],
    ['华辰科技有限公司注册于广东省深圳市南山区。', '华辰科技有限公司', ['南山区', '深圳市']],
    ['滨江经济开发区内已集聚华辰科技有限公司等30余家企业。', '华辰科技有限公司', ['滨江经济开发区']],
    ['华辰化工有限公司位于滨江经济开发区华辰路18号。', '华辰化工有限公司', ['滨江经济开发区']],
    ['滨江经济开发区规划面积30平方公里，坐落在滨海县城南。', '滨江经济开发区', ['滨海县']],
    ['華辰電子股份有限公司位於新北市板橋區。', '华辰电子股份有限公司', ['板桥区', '新北市']],
    ['華辰集團在廣東省佛山市投資興建華辰智能家居產業園。', '华辰智能家居产业园', ['佛山市', '广东省']],
    ['华辰科技有限公司是一家总部位于上海的企业。', '华辰科技有限公司', ['上海市']],
    ['江苏省盐城市大丰区新丰镇', '新丰镇', ['大丰区', '盐城市']],
    ['在德清县青禾镇花园村，村民们忙着采茶。', '花园村', ['青禾镇', '德清县']],
    ['青禾国际合作高峰论坛于5月14日至15日在浙江省湖州市举行。', '青禾国际合作高峰论坛', ['湖州市']],
    ['滨海县文旅综述\n滨江产业园开展提质升级，引进“华辰艺术馆”、瑞丰灯笼馆等文创项目。', '瑞丰灯笼馆', ['滨江产业园']],
  ])('%s', (text, thing, places) => {
    expect(placesOf(text)(thing)).toEqual(expect.arrayContaining(places));
  });

  it('places a company under a park’s name in the park (滨江经济开发区|华辰科技有限公司)', () => {
    const text = '滨江经济开发区位于滨海县。走进滨江经济开发区华辰科技有限公司，机器轰鸣。';
    expect(placesOf(text)('滨江经济开发区华辰科技有限公司')).toContain('滨江经济开发区');
  });
  it('reads the places alone in a bracket after a name (华辰木业有限公司（浙江省湖州市南浔区）), not a body', () => {
    expect(placesOf('华辰木业有限公司（浙江省湖州市南浔区）')('华辰木业有限公司')).toEqual(
      expect.arrayContaining(['南浔区', '湖州市']),
    );
    expect(placesOf('华辰木业有限公司（南浔区人民政府推荐）参展。')('华辰木业有限公司')).toEqual([]);
  });
  it('reads a later clause’s place for the sentence’s subject across a body named between', () => {
    const text = '滨江经济开发区成立于2006年，是经江苏省人民政府批准设立的省级开发区，位于盐城市滨海县。';
    expect(placesOf(text)('滨江经济开发区')).toEqual(expect.arrayContaining(['滨海县', '盐城市']));
  });
  it('puts nothing in a zone that is not the one bringing it in (华辰公司与滨江产业园合作，引进瑞丰公司)', () => {
    expect(placesOf('华辰科技有限公司与滨江产业园合作，引进瑞丰电子有限公司。')('瑞丰电子有限公司')).toEqual([]);
  });
  it('puts no thing in a list of places it is among (地处北京、天津、保定腹地)', () => {
    const text = '滨江新区规划面积100平方公里，地处北京、天津、保定腹地。';
    const names: [EntityKind, string][] = [
      ['Park', '滨江新区'],
      ['Region', '北京'],
      ['Region', '天津'],
      ['Region', '保定'],
    ];
    const rules = (ctx: RelationContext, out: RelationSet) => (statedLocations(ctx, out), subjectClauses(ctx, out));
    expect(ruleOnSentence(text, names, rules)).toEqual([]);
    expect(ruleOnSentence('滨江新区规划面积100平方公里，地处保定腹地。', [names[0]!, names[3]!], rules)).toEqual([
      '滨江新区 → 保定',
    ]);
  });
  it('gives each listed thing the place (甲、乙等企业相继落户某县, 甲和乙均位于某县)', () => {
    expect(placesOf('华辰科技有限公司、华盛光电有限公司等企业相继落户滨海县。')('华辰科技有限公司')).toEqual([
      '滨海县',
    ]);
    expect(placesOf('华辰科技有限公司和华盛光电有限公司均位于滨海县。')('华辰科技有限公司')).toEqual(['滨海县']);
  });
  it('gives a list of firms the park they gather in, past a long kind (甲、乙等15家海洋生物企业集聚某产业园)', () => {
    const places = placesOf(
      '滨江新区工作报告。华辰生物有限公司、华盛生物有限公司等15家海洋生物企业集聚滨江海洋生物产业园。',
    );
    expect(places('华辰生物有限公司')).toContain('滨江海洋生物产业园');
    expect(places('华盛生物有限公司')).toContain('滨江海洋生物产业园');
  });
  it('keeps each clause’s thing to its own place', () => {
    const places = placesOf('华辰科技有限公司落户常州市武进区，华盛光电有限公司落户无锡市新吴区。');
    expect(places('华盛光电有限公司')).toEqual(expect.arrayContaining(['新吴区', '无锡市']));
    expect(places('华盛光电有限公司')).not.toContain('武进区');
    expect(places('华辰科技有限公司')).not.toContain('新吴区');
  });
  it('reads 是某市的国家级新区 for a zone', () => {
    expect(placesOf('两江新区是重庆市的国家级新区。')('两江新区')).toEqual(['重庆市']);
  });
  it.each([
    ['来自广东省的客商代表华辰集团董事长李明参加签约。', '华辰集团', '广东省'],
    ['宿迁市委书记王明会见华辰集团董事长。', '华辰集团', '宿迁市'],
    ['滨海县人民政府与华辰集团签订合作协议。', '华辰集团', '滨海县'],
    ['华辰集团与温州市签约。', '华辰集团', '温州市'],
    ['华辰科技有限公司董事长、浙江温州人王明。', '华辰科技有限公司', '温州市'],
    ['华辰科技有限公司主要产品出口美国、日本等国家。', '华辰科技有限公司', '美国'],
    ['华辰产业园地处长三角核心区。', '华辰产业园', '长三角'],
    ['华辰集团在福建厦门、广东深圳、浙江杭州分别设立研发中心。', '华辰集团', '深圳市'],
  ])('puts no thing in a partner’s, an origin’s or a market’s place: %s', (text, thing, place) => {
    expect(placesOf(text)(thing)).not.toContain(place);
  });
});

describe('what a park holds (某开发区某产业园内的X)', () => {
  it('lies in the park written right before 内的, the most specific one', () => {
    const places = placesOf('滨江经济开发区位于滨海县。滨江经济开发区湖东工业园内的华辰检测中心投入使用。');
    expect(places('华辰检测中心')).toEqual(expect.arrayContaining(['滨江经济开发区湖东工业园', '滨江经济开发区']));
  });
  it('lies in the park written right before 内, without 的 (某综保区内华辰有限公司出口…)', () => {
    const places = placesOf('滨江综合保税区位于滨海县。滨江综合保税区内华辰轨道设备有限公司出口车轮。');
    expect(places('华辰轨道设备有限公司')).toContain('滨江综合保税区');
  });
});

describe('a county opening a sentence as its subject (某县加快推进X项目, 某区：建成X产业园)', () => {
  const rule = (text: string, names: [EntityKind, string][]) => ruleOnSentence(text, names, regionSubjects);
  it('places the projects and parks of its clause in it', () => {
    expect(
      rule('滨海县加快推进华辰物流园项目建设，青禾产业园开工。', [
        ['Region', '滨海县'],
        ['Project', '华辰物流园项目'],
        ['Park', '青禾产业园'],
      ]),
    ).toEqual(['华辰物流园项目 → 滨海县']);
  });
  it('places the whole sentence after a heading colon', () => {
    expect(
      rule('滨海县：建成华辰产业园，开工青禾物流园项目。', [
        ['Region', '滨海县'],
        ['Park', '华辰产业园'],
        ['Project', '青禾物流园项目'],
      ]),
    ).toEqual(['华辰产业园 → 滨海县', '青禾物流园项目 → 滨海县']);
  });
  it('places the projects and parks of a later clause a town opens (…，某镇建成X产业园)', () => {
    expect(
      rule('双东村建成华辰农业园区，和新镇建成青禾蔬菜产业园。', [
        ['Region', '双东村'],
        ['Park', '华辰农业园区'],
        ['Region', '和新镇'],
        ['Park', '青禾蔬菜产业园'],
      ]),
    ).toEqual(['青禾蔬菜产业园 → 和新镇']);
  });
  it('places nothing after a list of counties, nor for a province', () => {
    const names: [EntityKind, string][] = [
      ['Region', '滨海县'],
      ['Region', '射阳县'],
      ['Project', '华辰物流园项目'],
    ];
    expect(rule('滨海县、射阳县推进华辰物流园项目。', names)).toEqual([]);
    expect(rule('江苏省推进华辰物流园项目。', [['Region', '江苏省'], names[2]!])).toEqual([]);
  });
});

describe('a place a sentence opens with as its frame', () => {
  it.each([
    ['柘城县加快发展\n在柘城县起台镇，占地200亩的金穗农业产业园已经建成投用。', '金穗农业产业园', '起台镇'],
    ['顺德区加快发展\n在容桂街道，柳塘村的厂房改造项目进展顺利。', '柳塘村', '容桂街道'],
    [
      '各地观察\n走进虞城县华辰产业集聚区，宏达钢卷尺有限公司的工人们正在加紧赶制订单。',
      '宏达钢卷尺有限公司',
      '虞城县华辰产业集聚区',
    ],
    [
      '各地观察\n12月3日，记者在柘城县华辰经济开发区看到，青禾科技有限公司的车间里一派繁忙。',
      '青禾科技有限公司',
      '柘城县华辰经济开发区',
    ],
    ['各地观察\n福州福清市，青禾光学股份有限公司的新基地项目建设如火如荼。', '青禾光学股份有限公司', '福清市'],
  ])('%s', (text, thing, place) => {
    expect(placesOf(text)(thing)).toContain(place);
  });
  it('does not frame a sentence with a city, nor with a place that only opens a clause inside it', () => {
    expect(placesOf('各地观察\n在商丘市，华辰科技有限公司与远航集团签约。')('华辰科技有限公司')).not.toContain(
      '商丘市',
    );
  });
});

describe('a place after a verb of settling, before what lies there', () => {
  it('places each thing listed after 入驻某园区的', () => {
    const places = placesOf(
      '华辰经济开发区观察\n华辰经济开发区位于宁陵县。入驻华辰经济开发区的明辉机械有限公司、昌盛纺织有限公司等企业产值均超过亿元。',
    );
    expect(places('明辉机械有限公司')).toContain('华辰经济开发区');
    expect(places('昌盛纺织有限公司')).toContain('华辰经济开发区');
  });
});

describe('a district bringing companies in', () => {
  it('places them in the district, not its city nor the report’s region', () => {
    const text =
      '柘城县加快发展\n柘城县召开大会。\n近年来，商丘市睢阳区坚持项目为王，引进了华辰新材料有限公司、远航电子科技有限公司等一批重点企业。';
    const places = placesOf(text);
    expect(places('华辰新材料有限公司')).toContain('睢阳区');
    expect(places('远航电子科技有限公司')).not.toContain('柘城县');
  });
});
