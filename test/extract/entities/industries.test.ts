// Industries, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recognizeIndustries, recognizeIndustryHeads } from '../../../src/extract/entities/industries.ts';
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';

const heads = (text: string) => recognizeIndustryHeads(text, 0).map((c) => [c.name, ...(c.aliases ?? [])]);

describe('recognizeIndustryHeads', () => {
  it('reads an industry the lexicon lacks from the head 产业, with its bare form as an alias', () => {
    expect(heads('全县大力发展石斛产业和油茶产业。')).toEqual([
      ['石斛产业', '石斛'],
      ['油茶产业', '油茶'],
    ]);
  });
  it('reads an activity the segmenter tags as a verbal noun as an industry before 产业 (旅游|产业, 养殖|产业)', () => {
    expect(heads('全县旅游产业快速发展，养殖产业稳步壮大。')).toEqual([
      ['旅游产业', '旅游'],
      ['养殖产业', '养殖'],
    ]);
    // …not any verbal noun (辅助产业, 调研|某某产业 name no industry by the verb).
    expect(heads('完善辅助产业配套。')).toEqual([]);
  });
  it('takes no scope of places for an industry’s name (两地产业, 当地|某某特色产业)', () => {
    expect(heads('推动两地产业合作，发展两地石斛特色产业，壮大当地产业。')).toEqual([
      ['石斛特色产业', '石斛产业', '石斛'],
    ]);
    // …nor a round (新一轮产业).
    expect(heads('为园区的新一轮产业发展注入动力。')).toEqual([]);
  });
  it('takes no qualifier, place, verb or park for an industry', () => {
    expect(heads('数字经济核心产业增加值增长10%。')).toEqual([]);
    expect(heads('做大三大主导产业，发展农业产业，建设光伏产业园。')).toEqual([]);
    expect(heads('江西省稀土产业加快集聚。')).toEqual([['稀土产业', '稀土']]);
    // …nor a verb that introduces names, nor a base (积极助力|产业升级, 某某基地|微波产业).
    expect(heads('积极助力产业升级，肯定了对滨江基地微波产业发展的贡献。')).toEqual([['微波产业', '微波']]);
    // …nor a scope or a field (地方产业, 实体产业, 多领域产业).
    expect(heads('助力地方产业发展，是实体产业发展的平台，推动多领域产业协同。')).toEqual([]);
  });
  it('takes no scope, rank or figure of speech for an industry (国际产业, 优质产业, 拳头产业, 新赛道产业)', () => {
    expect(heads('承接国际产业转移，释放优质产业空间，形成拳头产业，培育新赛道产业，推动都市型产业升级。')).toEqual([]);
    // …nor a verb or an organ before the name (致力于|建材产业, 积极探索|产业, 某某管理局|产业招商部).
    expect(heads('华辰公司致力于建材产业无醛化，积极探索产业转型道路。')).toEqual([['建材产业', '建材']]);
    expect(heads('滨江管理局产业招商部负责人介绍。')).toEqual([]);
  });
  it('takes no sunrise or sunset industry (朝阳产业, 阳光产业, 夕阳产业) for an industry: a figure of speech', () => {
    expect(heads('光伏是朝阳产业，也是阳光产业，纺织并非夕阳产业。')).toEqual([]);
  });
  it('takes no 信息化 of the portfolio 工业和信息化 for an industry', () => {
    expect(heads('安排工业和信息化产业转型升级专项资金1亿元。')).toEqual([]);
  });
  it('takes no place suffix the segmenter left alone, nor 技术 alone, for the name (某某区|海洋生物|技术产业)', () => {
    expect(heads('琶洲区海洋生物技术产业聚集区。')).toEqual([]);
  });
  it('takes no scope, scale, place or trade for an industry (科技产业, 县域产业, 世界级产业, 高新区…, 资产换产业)', () => {
    expect(heads('做强科技产业，壮大县域产业，打造世界级产业集群，以资产换产业。')).toEqual([]);
    expect(heads('华辰高新区电子信息产业规模突破千亿元，培育低空产业。')).toEqual([['低空产业', '低空']]);
  });
  it('takes no policy verb, scope or kind of firm for an industry (重构产业, 细分产业, 中小企业特色产业)', () => {
    expect(heads('加快重构产业发展新优势，发展重点细分产业，培育中小企业特色产业集群。')).toEqual([]);
  });
  it('takes no verb of hindering for an industry (制约产业发展, 阻碍产业升级)', () => {
    expect(heads('着力解决制约产业发展的突出瓶颈问题，破除阻碍产业升级的障碍。')).toEqual([]);
  });
  it('takes no development mode for an industry (循环经济, as the gold reads it)', () => {
    const text = '大力发展循环经济和新能源，推进节能减排。';
    expect(heads(text)).toEqual([]);
    expect(recognizeIndustries(text, 0).map((c) => c.name)).toEqual(['新能源']);
  });
  it('takes no weak or quality word for an industry (短板产业补链, 高品质特色产业社区)', () => {
    expect(heads('推动短板产业补链，打造高品质特色产业社区。')).toEqual([]);
  });
  it('takes no tail of a name the segmenter cut after one quality character (超|硬|材料产业, 冷|链物流产业)', () => {
    expect(heads('青禾县超硬材料产业集群入选名单，冷链物流产业加快集聚。')).toEqual([]);
    expect(heads('做大做强石斛产业。')).toEqual([['石斛产业', '石斛']]);
    expect(heads('某省布局石斛产业，聚焦黄花产业。')).toEqual([
      ['石斛产业', '石斛'],
      ['黄花产业', '黄花'],
    ]);
  });
  it('names an industry written with its tier without the tier (辣椒主导产业 → 辣椒产业)', () => {
    expect(heads('全县做强辣椒主导产业。')).toEqual([['辣椒产业', '辣椒']]);
    expect(heads('围绕信息技术、新能源等六大主导产业。')).toEqual([]);
  });
  it('reads no industry in the kind of a zone (升级为国家高新技术产业开发区)', () => {
    const text = '滨江高新区经国务院批准升级为国家高新技术产业开发区。';
    expect(heads(text)).toEqual([]);
    expect(recognizeIndustries(text, 0)).toEqual([]);
  });
  it('opens no industry with a conjunction the segmenter joined to it', () => {
    expect(heads('推动农业和文旅产业融合。')).toEqual([['文旅产业', '文旅']]);
    expect(heads('促进两地经济社会和文旅产业发展。')).toEqual([['文旅产业', '文旅']]);
    expect(heads('某市利用葡萄酒产业及文化优势。')).toEqual([['葡萄酒产业', '葡萄酒']]);
  });
  it('takes no industry inside another name or term (…产业基地, …产业投资集团, …产业联盟)', () => {
    expect(heads('获评石斛产业基地，组建华辰油茶产业投资集团和稀土产业联盟。')).toEqual([]);
  });
});

describe('recognizeIndustries', () => {
  it('finds the longest lexicon term and keeps …产业 and …业 as aliases', () => {
    const found = recognizeIndustries('重点发展新一代信息技术产业和文化旅游业。', 0);
    expect(found.map((c) => [c.name, c.aliases])).toEqual([
      ['新一代信息技术', ['新一代信息技术产业']],
      ['文化旅游', ['文化旅游业']],
    ]);
  });
  it('takes no lexicon term that opens a facility’s name (文化旅游示范基地)', () => {
    expect(recognizeIndustries('建成文化旅游示范基地。', 0)).toEqual([]);
  });
  it('reads the divisions of the national industry classification as statistics write them', () => {
    const found = recognizeIndustries('专用设备制造业增长12%，批发和零售业、石油和天然气开采业回落。', 0);
    expect(found.map((c) => c.name)).toEqual(['专用设备制造业', '批发和零售业', '石油和天然气开采业']);
  });
  it('keeps a sector named with 业 also without it', () => {
    const found = recognizeIndustries('大力发展旅游业。', 0);
    expect(found.map((c) => [c.name, c.aliases])).toEqual([['旅游业', ['旅游']]]);
  });
  it('does not take 业务 after a term for 业', () => {
    const [c] = recognizeIndustries('拓展跨境电商业务。', 0);
    expect(c).toMatchObject({ name: '跨境电商', end: 6 });
    expect(c!.aliases).toBeUndefined();
  });
});

describe('industry words that name no industry', () => {
  it('takes no lexicon term before a thing of it (储能电站, 渔业垃圾, 乡村旅游精品线路, 电子商务培训)', () => {
    expect(recognizeIndustries('建成储能电站，开展渔业垃圾治理，推出乡村旅游精品线路和电子商务培训。', 0)).toEqual([]);
  });
  it('takes no place before 产业 for an industry (实验区产业)', () => {
    expect(heads('促进滨江新区与实验区产业协同发展。')).toEqual([]);
  });
});

describe('industry heads that a place names', () => {
  it('takes no stem that the sentence also names as a place (金湾产业 beside 金湾新城)', () => {
    expect(heads('繁荣金湾新城，服务金湾产业集聚，发展石斛产业。')).toEqual([['石斛产业', '石斛']]);
  });
});

describe('industry words that are a thing, an event or a duty', () => {
  const names = (text: string) => recognizeIndustries(text, 0).map((c) => c.name);
  it('takes no term before the thing it qualifies (大数据平台, 制造企业, 风电机组, 光伏组件, 储能项目, 会展中心)', () => {
    expect(
      names('建设大数据平台，走进汽车零部件制造企业，安装海上风电机组、光伏组件，推进储能项目，建成会展中心。'),
    ).toEqual([]);
    expect(names('华辰集团智能装备制造项目开工。')).toEqual([]);
  });
  it('takes no term before the vehicles or carmakers it qualifies (新能源客车, 新能源整车, 新能源车企)', () => {
    expect(names('出口新能源客车50台，推动新能源整车出口，发展新能源商用车，成为新能源车企。')).toEqual([]);
    expect(names('大力发展新能源、新材料。')).toEqual(['新能源', '新材料']);
  });
  it('takes no sector before 业态 or 业务 (旅游业态, 物流业务)', () => {
    expect(names('丰富旅游业态，拓展物流业务。')).toEqual([]);
    expect(names('入选乡村旅游重点村和最佳乡村旅游目的地，打造文化创意聚落区，整治渔业船舶。')).toEqual([]);
  });
  it('takes no term in an official’s portfolio (分管…工作, 负责…工作)', () => {
    expect(names('王建华任副县长，分管工业和信息化、文化旅游、林业工作。')).toEqual([]);
    expect(names('赵丽负责电子商务和外贸工作，推动电子商务发展。')).toEqual(['电子商务']);
  });
  it('takes no term inside an organ’s name (大数据发展管理局, 畜牧业发展中心)', () => {
    expect(names('李明任市大数据发展管理局局长，兼县畜牧业发展中心主任。')).toEqual([]);
  });
  it('takes an industry clustered, chained or zoned (新能源产业集群, 低空经济产业链, 智能制造示范区)', () => {
    expect(names('打造新能源产业集群和智能制造示范区。')).toEqual(['新能源', '智能制造']);
    expect(names('低空经济产业链集聚更多企业。')).toEqual(['低空经济']);
  });
  it('names a farming sector with what it grows or raises (葡萄种植业, 种植养殖业)', () => {
    expect(names('青石村积极发展葡萄种植业。')).toEqual(['葡萄种植业']);
    expect(names('鼓励职工发展种植养殖业，推进稻渔种养业。')).toEqual(['种植养殖业', '稻渔种养业']);
  });
  it('takes no qualifier or scope into a farming sector (特色种植业, 全县养殖业)', () => {
    expect(names('发展特色种植业，全县养殖业增长。')).toEqual(['种植业', '养殖业']);
    expect(names('发展高附加值的种养业。')).toEqual([]);
  });
  it('takes no term before an event of it (新能源汽车下乡活动)', () => {
    expect(names('举办新能源汽车下乡活动。')).toEqual([]);
  });
});

describe('industry words in a title or a product', () => {
  const names = (text: string) => recognizeIndustries(text, 0).map((c) => c.name);
  it('takes no term inside a title in 《》 (a course, a policy document)', () => {
    expect(names('开设《电子商务实务》课程，印发《关于加快新能源汽车发展的意见》。')).toEqual([]);
  });
  it('takes no term a company makes or sells (主要生产新能源汽车电机, 应用于光伏)', () => {
    expect(names('公司主要生产新能源汽车电机，产品应用于光伏。')).toEqual([]);
  });
});

describe('sector classes the lexicon names', () => {
  it('finds 先进制造业, 高端制造 and 战略性新兴产业', () => {
    const found = recognizeIndustries('加快发展先进制造业、高端制造和战略性新兴产业。', 0).map((c) => c.name);
    expect(found).toEqual(['先进制造业', '高端制造', '战略性新兴产业']);
  });
  it('finds 高技术制造业 as statistics name it, not the bare 制造业 inside it', () => {
    const found = recognizeIndustries('全市高技术制造业增加值增长15%。', 0).map((c) => c.name);
    expect(found).toEqual(['高技术制造业']);
  });
});

describe('industry words that are the topic of a meeting, a paper or a count', () => {
  it('takes no term a job, a course or a training list is named by (运营专员, 维修工, 技术专业, 等培训班)', () => {
    expect(names('招聘电子商务运营专员、新能源汽车维修工，开设智能制造技术、大数据技术应用专业。')).toEqual([]);
    expect(names('举办电子商务、直播带货等培训班，开展农产品加工实用技术培训。')).toEqual([]);
    expect(names('县里重点发展电子商务和新能源汽车。')).toEqual(['电子商务', '新能源汽车']);
  });
  it('takes no term a complex is named by (文化旅游综合体)', () => {
    expect(names('青禾文化旅游综合体项目开工建设。')).toEqual([]);
  });
  const names = (text: string) => recognizeIndustries(text, 0).map((c) => c.name);
  it('takes no term a meeting, a course or a policy paper is about', () => {
    expect(names('召开人工智能产业发展座谈会，举办电子商务培训班。')).toEqual([]);
    expect(names('出台跨境电商发展若干措施和数字经济实施方案。')).toEqual([]);
  });
  it('takes no term counted as a product or used as a slogan', () => {
    expect(names('新能源汽车保有量达3万辆，推广应用新能源汽车1200辆。')).toEqual([]);
    expect(names('开展“人工智能+”行动。')).toEqual([]);
  });
  it('still takes the term developed in the same sentence', () => {
    expect(names('召开座谈会，大力发展人工智能产业。')).toEqual(['人工智能']);
  });
});

describe('industry words inside another word', () => {
  const names = (text: string) => recognizeIndustries(text, 0).map((c) => c.name);
  it('takes no term that starts inside a word of the sentence (油茶业 is no 茶业)', () => {
    expect(names('把油茶业做优做大。')).toEqual([]);
  });
  it('takes no term that names a thing made or built of it (光伏板, 储能装置, 5G基站), though a segment of a business it is (新材料板块)', () => {
    expect(names('工人清洗光伏发电板，安装储能装置，建成5G基站。')).toEqual([]);
    expect(names('形成以石墨电极为主导的新材料板块。')).toEqual(['新材料']);
  });
  it('takes no term used as a tool (基于大数据的预测, 大数据算法, 大数据分析)', () => {
    expect(names('采用基于大数据的故障预测，系统运用大数据算法，开展大数据分析。')).toEqual([]);
  });
  it('takes no term that says what kind of leading firm (制造业龙头企业, 新能源头部企业)', () => {
    expect(names('吸引制造业龙头企业和新能源头部企业入驻。')).toEqual([]);
  });
  it('takes no term that opens a longer word: a product or a unit (锂电池, 5GW)', () => {
    expect(names('华辰公司年产5GW电池，出口锂电池。')).toEqual([]);
    // …while a term the segmenter joins only to its head stays one (电子|信息产业), and so does one a word starts
    // inside (新能源|汽车产量).
    expect(names('发展电子信息产业，新能源汽车产量增长。')).toEqual(['电子信息', '新能源汽车']);
  });
  it('keeps a term inside a park’s name even when a brand fuses with it (智联新能源产业园)', () => {
    expect(names('项目位于华辰智联新能源产业园内。')).toEqual(['新能源']);
  });
});

describe('industries as the report writes them', () => {
  it('takes a stage of the chain written after the term into the name (光伏制造, 绿色食品精深加工, 清洁能源装备)', () => {
    const names = (text: string) => recognizeIndustries(text, 0).map((c) => c.name);
    expect(names('聚焦清洁能源装备、通用航空和光伏制造等产业，以绿色食品精深加工为主导。')).toEqual([
      '清洁能源装备',
      '通用航空',
      '光伏制造',
      '绿色食品精深加工',
    ]);
    expect(names('引进光伏制造企业，推进光伏装备项目。')).toEqual([]);
  });
  it('keeps the form with its qualifiers as an alias (现代特色农业, 农村电子商务)', () => {
    const found = recognizeIndustries('发展现代特色农业和农村电子商务。', 0);
    expect(found.map((c) => [c.name, c.aliases])).toEqual([
      ['特色农业', ['现代特色农业']],
      ['电子商务', ['农村电子商务']],
    ]);
  });
  it('reads X特色产业 as the industry X names, with X产业 and X as aliases', () => {
    expect(heads('当地发展葡萄特色产业，做强黄花优势产业，培育特色产业。')).toEqual([
      ['葡萄特色产业', '葡萄产业', '葡萄'],
      ['黄花优势产业', '黄花产业', '黄花'],
    ]);
  });
});

describe('industry words that are a tool, a thing or a partner', () => {
  const names = (text: string) => recognizeIndustries(text, 0).map((c) => c.name);
  it('takes no term a list closes as tools, things or labels (等技术手段, 等医疗设备, 等品牌)', () => {
    expect(names('运用大数据、云计算等技术手段，察看手术机器人等先进医疗设备。')).toEqual([]);
    expect(names('开展绿色食品、地理标志产品等品牌创建。')).toEqual([]);
    expect(names('加快充电桩、储能等设施建设，培育智能家居、预制菜等新的消费增长点。')).toEqual([]);
    expect(names('提振新能源汽车、家电等大宗消费。')).toEqual([]);
    expect(names('产品广泛应用于新能源汽车、储能等领域。')).toEqual([]);
    expect(names('加强大数据、云计算等行业安全监管。')).toEqual([]);
    expect(names('发展大数据、云计算等行业。')).toEqual(['大数据', '云计算']);
    expect(names('发展大数据、云计算等产业。')).toEqual(['大数据', '云计算']);
  });
  it('takes no term that opens the name of a mode (跨境电商分布式仓储模式)', () => {
    expect(names('试点跨境电商分布式仓储模式。')).toEqual([]);
    expect(names('发展跨境电商，创新仓储模式。')).toEqual(['跨境电商']);
  });
  it('takes no term that names a ranking or an award (制造业单项冠军, 制造业500强)', () => {
    expect(names('获评全省制造业单项冠军，入选中国制造业500强。')).toEqual([]);
  });
  it('takes no term used as a tool (借助人工智能)', () => {
    expect(names('借助人工智能提升服务效率。')).toEqual([]);
  });
  it('takes no partner another merges with or serves (同B深度融合, 对B的支撑)', () => {
    expect(names('加快大数据、人工智能同实体经济深度融合。')).toEqual(['大数据', '人工智能']);
    expect(names('强化金融对实体经济的支撑。')).toEqual([]);
    expect(names('推动先进制造业和现代服务业深度融合。')).toEqual(['先进制造业', '现代服务业']);
  });
  it('takes the real economy as no sector in a merge, on either side (数字技术和实体经济融合, 实体经济与A融合)', () => {
    expect(names('促进数字技术和实体经济深度融合。')).toEqual([]);
    expect(names('促进实体经济与数字经济融合发展。')).not.toContain('实体经济');
    // (Developed on its own it is one: the gold keeps it in speeches that say so.)
    expect(names('要大力发展实体经济。')).toEqual(['实体经济']);
  });
  it('takes the real economy as no sector where finance or technology serves it (服务实体经济, 赋能实体经济)', () => {
    expect(names('推动青石县资本市场更好服务实体经济。')).toEqual([]);
    expect(names('嘉宾从数字技术赋能实体经济的角度切入。')).toEqual([]);
    expect(names('助力实体经济高质量发展。')).toEqual([]);
  });
  it('takes a product or a technology as a sector only with 产业 or 行业, or listed beside sectors', () => {
    expect(names('出口无人机照片显示，园区的芯片封装车间满负荷运转，光伏电站已并网，5G网络覆盖全镇。')).toEqual([]);
    expect(names('青石县大力发展芯片产业，储能行业规模扩大。')).toEqual(['芯片', '储能']);
    expect(names('推进5G、物联网、人工智能等新型基建。')).toEqual(['5G', '物联网', '人工智能']);
    expect(names('充分利用现代信息技术推进信息共享，信息技术产业快速发展。')).toEqual(['信息技术']);
  });
  it('takes no item of a list of partners (加强与A、B、C等深度融合)', () => {
    expect(names('加强与船舶制造维修、海上风电装备、深远海养殖等深度融合。')).toEqual([]);
    expect(names('加速布局海上风电运维业态。')).toEqual(['海上风电运维']);
  });
});

describe('industries named only inside parks’ names', () => {
  const industries = (text: string) =>
    toGoldFormat(extractReport({ name: 't.txt', text, model: null }))
      .entities.filter((e) => e.kind === 'Industry')
      .map((e) => e.name);
  it('takes no industry a report names only in a park’s name it visits', () => {
    expect(industries('调研组来到青禾大数据产业园调研指导工作。')).toEqual([]);
  });
  it('keeps it when the report names it elsewhere or the park’s sentence is about industries', () => {
    expect(industries('调研组来到青禾生物医药产业园。园区大力发展生物医药。')).toEqual(['生物医药']);
    expect(industries('培育新兴产业，青禾新材料产业园强势崛起。')).toContain('新材料');
  });
});
