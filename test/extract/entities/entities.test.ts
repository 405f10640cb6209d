// Entity rules, on sentences written for these tests (places and names invented or generic).
// The rules alone (model: null): what the trained model makes of their candidates is tested in test/extract/learn/.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';
import type { EntityKind } from '../../../src/ontology/model.ts';

function entities(text: string) {
  return extractReport({ name: 't.txt', text, model: null }).entities;
}
function names(text: string, kind: EntityKind): string[] {
  return entities(text)
    .filter((e) => e.kind === kind)
    .map((e) => e.name);
}

describe('parks by name grammar', () => {
  it('reads no conjunction alone as a park’s head (某局与|产业园签署…)', () => {
    const text = '青禾中医药科技产业园（以下简称“产业园”）举行仪式。某市药监局与产业园签署合作协议。';
    expect(names(text, 'Park')).toEqual(['青禾中医药科技产业园']);
  });
  it('starts a park’s name after 落地 (首批落地|某某高新区)', () => {
    expect(names('是首批落地青禾高新区的影视文化企业。', 'Park')).toEqual(['青禾高新区']);
  });
  it('names no park by a scope and a kind alone (省内重点化工园区)', () => {
    expect(names('支持省内重点化工园区提升安全水平。', 'Park')).toEqual([]);
  });
  it('finds a zone named after its place and drops the verb before it', () => {
    expect(names('今年以来，着力推动昆山经济技术开发区提档升级。', 'Park')).toEqual(['昆山经济技术开发区']);
  });
  it('keeps an industry-named park but not a generic one', () => {
    const text = '规划建设5平方公里的光伏产业园，该园区获批省级产业园。';
    expect(names(text, 'Park')).toEqual(['光伏产业园']);
  });
  it('keeps a parenthesised place inside a name and stops at quantities', () => {
    expect(names('领航千亿级华工院(无锡)智能装备产业园强势崛起。', 'Park')).toEqual(['华工院(无锡)智能装备产业园']);
  });
  it('does not take slogans ending in 开发区 for zones', () => {
    expect(names('以“实干开发区、活力开发区”建设为抓手。', 'Park')).toEqual([]);
  });
});

describe('companies', () => {
  it('names no company by the kind a community’s shareholding company is (社区股份合作公司)', () => {
    expect(names('20家社区股份合作公司全部实现政企分离。', 'Company')).toEqual([]);
  });
  it('reads a list of project names closed by 等项目 as companies, without phases', () => {
    const text = '全速推进项目建设，恒泰精工一期、瑞丰新材料、凌云装备等12个重点项目实现当年开工。';
    expect(names(text, 'Company').sort()).toEqual(['凌云装备', '恒泰精工', '瑞丰新材料'].sort());
  });
  it('reads registered company names with verbs inside them', () => {
    expect(names('由无锡新建华控股集团有限公司负责综合开发。', 'Company')).toEqual(['无锡新建华控股集团有限公司']);
  });
  it('does not take common words in a list for companies', () => {
    expect(names('紧盯投资者、引荐人、建设方，落实投资计划。', 'Company')).toEqual([]);
  });
});

describe('regions', () => {
  it('uses the gazetteer with full names as canonical and short forms as aliases', () => {
    const found = entities('合肥经济发展迅速，合肥市高新区成绩突出。').filter((e) => e.kind === 'Region');
    expect(found).toEqual([expect.objectContaining({ name: '合肥市', aliases: ['合肥'] })]);
  });
  it('keeps an ambiguous short form only when the full name is in the report', () => {
    expect(names('李朝阳来到朝阳参观。', 'Region')).toEqual([]);
  });
  it('finds 中国 as a place, but not in set phrases, 新中国 or an event after its ordinal', () => {
    expect(names('中国是全球最大的光伏市场，产品销往中国各地。', 'Region')).toEqual(['中国']);
    expect(names('坚持中国特色道路，推进中国式现代化，庆祝新中国成立。', 'Region')).toEqual([]);
    expect(names('项目荣获第十二届中国创新创业大赛一等奖。', 'Region')).toEqual([]);
    expect(names('上海书展暨“书香中国”活动开幕，致敬中国军人。', 'Region')).toEqual(['上海市']);
    expect(names('在中国共产党领导下，拥有中国驰名商标，承办中国超级跑车锦标赛。', 'Region')).toEqual([]);
  });
  it('takes the place words opening a park or company name as regions', () => {
    const found = names('昆山睢宁工业园引进滨海县华锐精密机械有限公司。', 'Region').sort();
    expect(found).toEqual(['昆山市', '睢宁县', '滨海县'].sort());
  });
  it('does not take a place word naming a street, or a district elsewhere, inside a name', () => {
    expect(names('推进青海湖路拓宽改造工程。', 'Region')).toEqual([]);
    expect(names('苏州新建华控股集团有限公司负责开发。', 'Region')).toEqual(['苏州市']);
  });
  it('finds countries and macro-regions', () => {
    expect(names('赴日本、德国开展招商，融入长三角发展。', 'Region').sort()).toEqual(['德国', '日本', '长三角'].sort());
    expect(names('深化两岸交流，拓展东盟和中东欧市场。', 'Region').sort()).toEqual(['两岸', '东盟', '中东欧'].sort());
  });
  it('finds Taiwan’s cities by their short forms', () => {
    expect(names('来自台北、高雄的企业家走访园区。', 'Region').sort()).toEqual(['台北市', '高雄市'].sort());
  });
});

describe('people', () => {
  it('makes a person with a government post an official, and a manager a person', () => {
    const found = entities('滨江区委常委、滨江高新区党工委书记周明远说。华盛公司总经理吴佳表示满意。');
    expect(found.filter((e) => e.kind === 'Official').map((e) => e.name)).toEqual(['周明远']);
    expect(found.filter((e) => e.kind === 'Person').map((e) => e.name)).toEqual(['吴佳']);
  });
  it('reads a list of names closed by 等参加 and a clause opened by a name', () => {
    const text = '郑国强主持会议，王晓明、刘海、陈静等参加。';
    expect(names(text, 'Person').sort()).toEqual(['刘海', '王晓明', '郑国强', '陈静'].sort());
  });
});

describe('projects and centres', () => {
  it('names no plant by its industry alone, nor after 所有 (所有光伏电站, 储能电站)', () => {
    expect(names('所有光伏电站实现并网，储能电站投入运行。', 'Project')).toEqual([]);
    expect(names('青禾光伏电站实现并网。', 'Project')).toEqual(['青禾光伏电站']);
  });
  it('does not take a set phrase or a verb of seeing for part of a name', () => {
    expect(names('坚持以人民为中心的发展思想。', 'Project')).toEqual([]);
    expect(names('他走进华辰数据中心，察看运营中心大屏。', 'Project')).toEqual(['华辰数据中心']);
  });
});

describe('appointees', () => {
  const found = entities('张立新同志任滨江区经济发展局局长；王明同志任华辰实业有限公司董事长。');
  it('are officials when a post is in government, persons when it is in a company', () => {
    expect(found).toContainEqual(expect.objectContaining({ kind: 'Official', name: '张立新' }));
    expect(found).toContainEqual(expect.objectContaining({ kind: 'Person', name: '王明' }));
  });
  it('leave the bodies after 任 whole: bureaus are organizations', () => {
    expect(found).toContainEqual(expect.objectContaining({ kind: 'Organization', name: '滨江区经济发展局' }));
    expect(found).toContainEqual(expect.objectContaining({ kind: 'Company', name: '华辰实业有限公司' }));
  });
  it('are governments and committees only when named after a place', () => {
    expect(names('党和政府高度重视。自治区政府出台政策。滨江区人民政府推进落实。', 'Organization')).toEqual([
      '滨江区人民政府',
    ]);
  });
  it('do not take common words ending in 局 for bureaus', () => {
    expect(names('形成开放新格局，服务发展大局，优化城乡布局。', 'Organization')).toEqual([]);
    expect(names('守正创新、聚焦突围、勇破困局。', 'Organization')).toEqual([]);
  });
});

describe('industries, organizations, partnerships', () => {
  it('starts a zone’s name after a post it follows (某市常委|某某新区工委书记)', () => {
    expect(names('在潍坊市常委滨河新区工委书记王建国陪同下调研。', 'Park')).toEqual(['滨河新区']);
  });
  it('starts a name after a photo’s credit run into it (王某摄|某某孵化园一期项目, 某公司供图|…)', () => {
    expect(names('开工仪式现场。王强摄华辰智造孵化园一期项目位于滨海县。', 'Project')).toEqual([
      '华辰智造孵化园一期项目',
    ]);
    expect(names('电厂投产。青禾能源公司供图滨江综合智慧零碳电厂项目投产。', 'Project')).toEqual([
      '滨江综合智慧零碳电厂项目',
    ]);
  });
  it('starts a firm’s name after a reference to the place (该县|某某有限公司) and after 签约', () => {
    expect(names('该县青禾制药科技有限公司开展工业设计。', 'Company')).toEqual(['青禾制药科技有限公司']);
    expect(names('此次签约青禾集团有限公司将投资建设。', 'Company')).toEqual(['青禾集团有限公司']);
  });
  it('starts a name after a verb of seizing (紧抓|某某科技创新中心建设机遇)', () => {
    expect(names('这是滨江紧抓青禾科技创新中心建设机遇的举措。', 'Project')).toEqual(['青禾科技创新中心']);
  });
  it('reads a brand that ends in its trade before the place that names its company (华辰重工|新疆有限公司)', () => {
    expect(names('8月3日，华辰重工新疆有限公司首批采棉机出口。', 'Company')).toEqual(['华辰重工新疆有限公司']);
  });
  it('starts a name after 自 (自|某某新区成立以来), not inside one that opens with it (自贸区, 自然资源局)', () => {
    expect(names('自华辰新区成立以来，引进项目50个。', 'Park')).toEqual(['华辰新区']);
    expect(names('青禾自贸区和市自然资源局出席。', 'Organization')).toEqual(['市自然资源局']);
  });
  it('starts a body’s name after 拥护 and 通报 (坚决拥护|省纪委监委的决定)', () => {
    expect(names('我们坚决拥护省纪委监委的决定，通报华辰县纪委的处理意见。', 'Organization')).toEqual([
      '省纪委监委',
      '华辰县纪委',
    ]);
  });
  it('starts a body’s name after 辖区 (进入辖区|某某幼儿园)', () => {
    expect(names('进入辖区青禾幼儿园、华辰小学开展活动。', 'Organization')).toEqual(['青禾幼儿园', '华辰小学']);
  });
  it('reads a registered firm named after an initiative as the firm (某省西部陆海新通道|供应链有限公司)', () => {
    expect(names('四川西部陆海新通道供应链有限公司表示。', 'Company')).toEqual(['四川西部陆海新通道供应链有限公司']);
    expect(names('重庆积极参与西部陆海新通道建设。', 'Partnership')).toEqual(['西部陆海新通道']);
  });
  it('starts a firm’s name after 选举 (选举|某某有限公司为会长单位)', () => {
    expect(names('会上进行了换届选举，选举青禾集团有限公司为会长单位。', 'Company')).toEqual(['青禾集团有限公司']);
  });
  it('starts a school’s name after 就读于, which the segmenter reads as one word', () => {
    expect(names('1990年就读于青禾财经大学保险学院。', 'Organization')).toEqual(['青禾财经大学保险学院']);
  });
  it('starts a body’s name after 曾获 (某某曾获|国家某某局表彰)', () => {
    expect(names('该村曾获国家旅游局表彰。', 'Organization')).toEqual(['国家旅游局']);
  });
  it('reads industries from the lexicon and from a list of leading industries', () => {
    const text = '聚力打造“新能源、新材料、数智装备”三大主导产业。';
    expect(names(text, 'Industry').sort()).toEqual(['数智装备', '新材料', '新能源'].sort());
  });
  it('reads organizations by suffix and publications in 《》', () => {
    const text = '经验被《求是》杂志刊发，江苏省发改委、南京市委组织部等单位前来考察。';
    expect(names(text, 'Organization')).toContain('求是杂志');
    expect(names(text, 'Organization')).toContain('江苏省发改委');
  });
  it('merges short forms of a numbered scheme into one partnership', () => {
    const found = entities('推动“1+3”共建园区联动发展。“1+3”联动发展成效明显。').filter(
      (e) => e.kind === 'Partnership',
    );
    expect(found).toEqual([expect.objectContaining({ name: '“1+3”共建园区联动发展', aliases: ['“1+3”联动发展'] })]);
  });
});

describe('mentions', () => {
  it('points every mention at its text in the original, through Traditional characters and pinyin', () => {
    const text = '蘇州工業(yè)園區位於蘇州。';
    const report = extractReport({ name: 't.txt', text, model: null });
    const park = report.entities.find((e) => e.kind === 'Park')!;
    expect(park.name).toBe('苏州工业园区');
    const m = park.mentions[0]!;
    expect(text.slice(m.start, m.end)).toBe('蘇州工業(yè)園區');
  });
});

describe('bodies named after a zone', () => {
  it('keeps the zone inside a bureau’s name as an entity of its own', () => {
    const found = entities('滨江经济开发区经济发展局召开会议。').map((e) => `${e.kind} ${e.name}`);
    expect(found).toEqual(expect.arrayContaining(['Organization 滨江经济开发区经济发展局', 'Park 滨江经济开发区']));
  });
});
