// Projects named before 项目 or 工程, on invented sentences in the forms of work reports and investment news.
import { describe, expect, it } from 'vitest';
import { recognizeSuffixNames } from '../../../src/extract/entities/suffix-names.ts';
import {
  introducedAsProject,
  namedProject,
  projectShortForms,
  statedAsProject,
} from '../../../src/extract/entities/project-names.ts';

const projects = (text: string) =>
  recognizeSuffixNames(text, 0)
    .filter((c) => c.kind === 'Project')
    .map((c) => c.name);

describe('projects named before 项目', () => {
  it('reads a head that ends with the works done (建设, 产业化, 综合治理, 城市更新) as part of the name', () => {
    expect(projects('江阴大道建设项目全线贯通。')).toEqual(['江阴大道建设项目']);
    expect(projects('溧阳光伏组件产业化项目完成投资3亿元。')).toEqual(['溧阳光伏组件产业化项目']);
    expect(projects('实施常熟流域水环境综合治理项目。')).toEqual(['常熟流域水环境综合治理项目']);
    expect(projects('推进常熟片区城市更新项目。')).toEqual(['常熟片区城市更新项目']);
  });
  it('reads a facility and a second thing joined by 及 before 项目 as one project (某某电站|及…|项目)', () => {
    expect(projects('先后引进青禾储能电站及动力模组项目、华辰锂电池项目等一批项目。')).toContain(
      '青禾储能电站及动力模组项目',
    );
    expect(projects('岚湾研发中心及汽车电子生产基地项目开工。')).toEqual(['岚湾研发中心及汽车电子生产基地项目']);
    // …but a project's name ends at its own 项目: two projects joined by 及 stay two.
    expect(projects('推进岚湾大道建设项目及青禾锂电池项目。')).not.toContain('岚湾大道建设项目及青禾锂电池项目');
  });
  it('starts no project’s name with the verb of signing its agreement (签订了|…项目)', () => {
    expect(projects('溧阳市与华辰集团签订了新能源电池项目投资协议。')).not.toContain('签订了新能源电池项目');
    expect(projects('溧阳市与华辰集团签署新能源电池项目投资协议。')).not.toContain('签署新能源电池项目');
  });
  it('starts a route’s project at the first of the ends it joins (甲市至乙县…项目)', () => {
    expect(projects('溧阳至江阴快速通道项目正在加快建设。')).toEqual(['溧阳至江阴快速通道项目']);
    expect(projects('推进常州市至溧阳市公路改扩建项目。')).toEqual(['常州市至溧阳市公路改扩建项目']);
  });
  it('reads a project named after a county by its short name (溧阳…项目)', () => {
    expect(projects('推进溧阳跨江大桥项目、江阴海绵城市项目建设。')).toEqual(['溧阳跨江大桥项目', '江阴海绵城市项目']);
  });
  it('still refuses heads that say only what kind of project', () => {
    for (const text of [
      '全年实施重点项目120个。',
      '新签约一批招商项目。',
      '推进基础设施建设项目。',
      '总投资3亿元的数字经济项目。',
      '获中国建设工程鲁班奖。',
    ])
      expect(projects(text)).toEqual([]);
  });
  it('reads a project an amount invested is said of, whatever product word ends its head', () => {
    expect(projects('总投资15亿元的华辰新能源汽车零部件项目签约落户。')).toEqual(['华辰新能源汽车零部件项目']);
    expect(projects('滨江集团投资的溧阳智能制造项目竣工投产。')).toEqual(['溧阳智能制造项目']);
    expect(projects('建设岚湾冷链物流项目，总投资8亿元。')).toEqual(['岚湾冷链物流项目']);
    expect(projects('投资建设年产5000万平米纸面石膏板生产线项目。')).toEqual(['年产5000万平米纸面石膏板生产线项目']);
    expect(projects('恒瑞电池项目位于滨江经开区，恒瑞材料项目由华辰科技有限公司投资建设。')).toEqual([
      '恒瑞电池项目',
      '恒瑞材料项目',
    ]);
  });
  it('ends no facility at 中心 of a central district (某市中心|城区…工程)', () => {
    expect(projects('加快商丘市中心城区供热管网改造工程建设。')).toEqual(['商丘市中心城区供热管网改造工程']);
  });
  it('starts a plant’s name after the group it belongs to (某集团所属|某某电厂)', () => {
    expect(projects('青禾集团所属华辰电厂完成超低排放改造。')).toEqual(['华辰电厂']);
  });
  it('reads a plant’s capacity written without 年产 as its output (某某100兆瓦风电项目, 某某2×60万千瓦…项目)', () => {
    expect(projects('华能民权100兆瓦风电项目已并网发电。')).toEqual(['华能民权100兆瓦风电项目']);
    expect(projects('青禾2×60万千瓦热电联产项目前期工作有序推进。')).toEqual(['青禾2×60万千瓦热电联产项目']);
    expect(projects('鑫源200万吨煤炭清洁利用项目完成备案。')).toEqual(['鑫源200万吨煤炭清洁利用项目']);
    expect(projects('青禾农机3000台牧业机械生产线智能化升级改造项目进展顺利。')).toEqual([
      '青禾农机3000台牧业机械生产线智能化升级改造项目',
    ]);
    // …not a count in words (两万吨 is how much, not a plant's size).
    expect(projects('全年新增两万吨风电项目。')).toEqual([]);
  });
  it('reads an output whose unit the segmenter split off its number (年产3000|吨金刚石单晶项目)', () => {
    expect(projects('年产3000吨金刚石单晶项目正式投产。')).toEqual(['年产3000吨金刚石单晶项目']);
  });
  it('reads an output before the head even where the segmenter cuts the head short (年产5000吨…材料项目)', () => {
    expect(projects('华辰科技投资建设年产5000吨锂电池正极材料项目。')).toEqual(['年产5000吨锂电池正极材料项目']);
  });
  it('keeps a company short name before 项目 a company where nothing states a project', () => {
    const [company] = recognizeSuffixNames('推动华辰新材料项目投产。', 0);
    expect(company).toMatchObject({ kind: 'Company', name: '华辰新材料' });
  });
  it('tells a stated output or amount from a bare clause', () => {
    const text = '总投资15亿元的华辰新材料项目';
    expect(statedAsProject(text, text.length - 2, 0)).toBe(true);
    expect(statedAsProject('推动华辰新材料项目', 7, 0)).toBe(false);
    expect(namedProject('华辰新能源汽车零部件', '华辰新能源汽车零部件', true)).toBe(true);
    // A brand and one product word is the company's short name; a longer product line names the project.
    expect(namedProject('华辰新材料', '华辰新材料')).toBe(false);
    expect(namedProject('华辰新能源汽车零部件', '华辰新能源汽车零部件')).toBe(true);
  });
});

describe('works written between a facility and 工程', () => {
  it('runs a facility name on across 除险加固 to 工程', () => {
    expect(projects('江阴水库除险加固工程完工。')).toEqual(['江阴水库除险加固工程']);
  });
  it('reads works on a named road as a project (快速化改造工程)', () => {
    expect(projects('开工建设昆山大道快速化改造工程。')).toEqual(['昆山大道快速化改造工程']);
  });
});

describe('grid and plant works named with their rating', () => {
  it("runs a facility's name over the rating written inside it (750千伏, ±800千伏, 200兆瓦)", () => {
    expect(projects('青禾750千伏输变电工程近日投运。')).toEqual(['青禾750千伏输变电工程']);
    expect(projects('岚湾110千伏变电站投运。')).toEqual(['岚湾110千伏变电站']);
  });
  it('joins the two ends of a line named by a dash or 至', () => {
    expect(projects('青禾—岚湾±800千伏特高压直流输电工程开工。')).toEqual(['青禾—岚湾±800千伏特高压直流输电工程']);
    expect(projects('青禾至岚湾750千伏线路工程开工。')).toEqual(['青禾至岚湾750千伏线路工程']);
  });
  it('reads no rating after a generic word as a name', () => {
    expect(projects('全市110千伏变电站达到20座。')).toEqual([]);
  });
});

describe('centres', () => {
  it('reads a centre only with a proper or place head, or as a kind of facility (会展中心)', () => {
    expect(projects('江阴体育中心建成，新城会展中心开工。')).toEqual(['江阴体育中心', '新城会展中心']);
    expect(projects('加快建设综治中心、妇幼保健中心和企业技术中心。')).toEqual([]);
  });
});

describe('facilities named by their kind', () => {
  it('reads ports, parks, wharves and scenic areas with a proper or place head', () => {
    expect(projects('江阴港区码头建成，滨湖湿地公园开园。')).toEqual(['江阴港区码头', '滨湖湿地公园']);
    expect(projects('霍尔果斯口岸通关量增长。')).toEqual(['霍尔果斯口岸']);
    expect(projects('推动重点景区提质。')).toEqual([]);
  });
  it('reads no rank or honour as a facility of its own (省级示范步行街, 国家级重点公园)', () => {
    expect(projects('滨湖公园获评国家级重点公园。')).toEqual(['滨湖公园']);
    expect(projects('岚湾街获评省级示范步行街。')).toEqual([]);
  });
  it('reads no title of a list of honours, quoted or not, nor a rank a site is said to be (是省级…基地)', () => {
    expect(projects('青石镇获评全国特色景观旅游名镇、国家级乡村旅游创客示范基地等荣誉称号。')).toEqual([]);
    expect(projects('王某故居是省级文物保护单位和省级爱国主义教育基地。')).toEqual([]);
  });
});

describe('phases', () => {
  it('reads a facility and its phase before 项目 as a project, with the body the facility belongs to', () => {
    expect(projects('推进滨江人民医院东湖分院二期项目建设。')).toEqual(['滨江人民医院东湖分院二期项目']);
  });
  it('keeps a company and its phase the company (华辰新材料|二期项目)', () => {
    const [company] = recognizeSuffixNames('推动华辰新材料二期项目投产。', 0);
    expect(company).toMatchObject({ kind: 'Company', name: '华辰新材料' });
  });
});

describe('leading verbs', () => {
  it('drops a verb complement 好 before a name (发挥好|…, 服务好|…)', () => {
    expect(projects('着重服务好岚湾码头建设。')).toEqual(['岚湾码头']);
    expect(projects('发挥好新城国际演艺中心作用。')).toEqual(['新城国际演艺中心']);
  });
});

describe('projects in the forms of signing, work-report and list genres', () => {
  it('reads a park that 项目 follows across works on it as a project, not a park', () => {
    expect(projects('滨江智能装备产业园项目完成主体建设。')).toEqual(['滨江智能装备产业园项目']);
    expect(projects('一是推进岚湾智能制造产业园综合开发项目。')).toEqual(['岚湾智能制造产业园综合开发项目']);
    const kinds = recognizeSuffixNames('滨江智能装备产业园项目完成主体建设。', 0).map((c) => c.kind);
    expect(kinds).not.toContain('Park');
  });
  it('reads a park that 工程 follows across the works written on it as a project (某园区|基础设施提升|工程)', () => {
    expect(projects('一是滨江材料产业园基础设施提升工程。')).toEqual(['滨江材料产业园基础设施提升工程']);
    expect(projects('推进岚湾产业园标准厂房建设工程。')).toEqual(['岚湾产业园标准厂房建设工程']);
    // …but not a park and 工程 with no works between (某产业园工程 says nothing built).
    expect(projects('岚湾产业园工程师队伍不断壮大。')).toEqual([]);
  });
  it('keeps a time word after a park out of a project (某园区|上半年|项目)', () => {
    expect(projects('高速增长是滨江工业园区上半年项目引建的特征。')).toEqual([]);
  });
  it('runs a project head over the verbs of what it does and names it after a park before it', () => {
    expect(projects('推进睢宁城东安置房项目建设。')).toEqual(['睢宁城东安置房项目']);
    expect(projects('加快滨江大道改造项目、东湖新区安置房项目建设。')).toEqual([
      '滨江大道改造项目',
      '东湖新区安置房项目',
    ]);
  });
  it('reads a project named after an unlisted village, but not after a common word ending in 村', () => {
    expect(projects('实施白沙村生态养殖产业项目。')).toEqual(['白沙村生态养殖产业项目']);
    expect(projects('实施美丽乡村生态养殖产业项目。')).toEqual([]);
    expect(projects('实施新农村人居环境产业项目。')).toEqual([]);
    // A village whose name ends like a common word (青山村: 山村) is a village; works joined by 及 stay in the name.
    expect(projects('推进青山村生态环境及人居环境整治项目。')).toEqual(['青山村生态环境及人居环境整治项目']);
    expect(projects('推进山村人居环境整治项目。')).toEqual([]);
  });
  it('reads works done by a named company as a project (技改, 提标改造)', () => {
    expect(projects('华辰钢铁技改项目投产。')).toEqual(['华辰钢铁技改项目']);
    expect(projects('溧阳市城市污水处理厂提标改造工程开工。')).toEqual(['溧阳市城市污水处理厂提标改造工程']);
  });
  it('reads a company short name and a product as a project, a bare phase as the company', () => {
    expect(projects('位于开发区的华辰科技智能终端项目开工。')).toEqual(['华辰科技智能终端项目']);
    expect(projects('华辰光电二期项目加快建设。')).toEqual([]);
  });
  it('reads what an amount after 项目 or a planned investment before it names as a project', () => {
    expect(projects('项目名称：华辰新能源汽车零部件项目，总投资20亿元。')).toEqual(['华辰新能源汽车零部件项目']);
    expect(projects('华辰集团拟投资20亿元建设锂电池隔膜项目。')).toEqual(['锂电池隔膜项目']);
    expect(projects('华辰集团计划投资8亿元新建智能仓储物流项目。')).toEqual(['智能仓储物流项目']);
  });
  it('reads a facility and the works named on it, beyond the common verbs, before 工程 or 项目 as one project', () => {
    expect(projects('溧阳青禾500千伏变电站间隔扩建工程开工。')).toEqual(['溧阳青禾500千伏变电站间隔扩建工程']);
    expect(projects('溧阳青禾水库节水工程竣工。')).toEqual(['溧阳青禾水库节水工程']);
    expect(projects('溧阳市青禾体育中心智慧化项目上线。')).toEqual(['溧阳市青禾体育中心智慧化项目']);
    // …not a place around it, a stage or a kind of works.
    expect(projects('溧阳青禾水库周边项目、溧阳青禾大桥控制性工程。')).toEqual(['溧阳青禾水库', '溧阳青禾大桥']);
  });
  it("reads a hospital's or school's premises built as a project", () => {
    expect(projects('睢宁县人民医院新院区项目主体完工。')).toEqual(['睢宁县人民医院新院区项目']);
    expect(projects('江阴市第一中学扩建工程竣工。')).toEqual(['江阴市第一中学扩建工程']);
  });
  it('reads facility heads: plantations, eco-parks, tourist roads', () => {
    expect(projects('溧阳葡萄种植园喜获丰收。')).toEqual(['溧阳葡萄种植园']);
    expect(projects('打造溧阳旅游公路。')).toEqual(['溧阳旅游公路']);
  });
  it('refuses a title a place is awarded and a facility named by a level word alone', () => {
    expect(projects('先后获得“中国滑板产业基地”、“中国陶笛产业基地”等称号。')).toEqual([]);
    expect(projects('成立了村快递服务中心。')).toEqual([]);
    expect(projects('建设区块链创新中心。')).toEqual(['区块链创新中心']);
  });
  it('still reads no project in generic references, counts and programmes', () => {
    for (const text of [
      '该项目计划总投资5亿元。',
      '全市实施省市重点项目86个。',
      '今年共签约项目32个，总投资156亿元。',
      '一批重大项目集中开工。',
      '新开工亿元以上项目25个。',
      '睢宁县2024年重点项目名单公布。',
      '签约项目涵盖新能源、新材料等领域。',
      '江阴县十大重点项目全部开工。',
      '市委书记率队调研宜宾三江新区重点项目建设情况。',
      '江阴高新区重大项目集中签约。',
    ])
      expect(projects(text)).toEqual([]);
  });
});

describe('facilities named after their place in work reports', () => {
  it('runs a facility head over a verb back to the place that names it', () => {
    expect(projects('溧阳抽水蓄能电站全面投产。')).toEqual(['溧阳抽水蓄能电站']);
  });
  it('reads the project a company written right before it names, not a clause or a list after it', () => {
    expect(projects('引进青禾海洋科技有限公司深海转配式养殖及海洋牧场项目。')).toEqual([
      '青禾海洋科技有限公司深海转配式养殖及海洋牧场项目',
    ]);
    expect(projects('华辰集团重点推动共享储能项目。')).toEqual([]);
  });
  it('names a project with the company written right before it, its own words kept as a short form', () => {
    const owned = (text: string) =>
      recognizeSuffixNames(text, 0)
        .filter((c) => c.kind !== 'Region')
        .map((c) => [c.kind, c.name, ...(c.aliases ?? [])]);
    expect(owned('青禾科技有限公司年产10万吨新型建材项目总投资5亿元。')).toEqual([
      ['Company', '青禾科技有限公司', '青禾科技有限公司'],
      ['Project', '青禾科技有限公司年产10万吨新型建材项目', '年产10万吨新型建材项目'],
    ]);
    expect(owned('华辰电子股份有限公司新建年产500万台智能家电项目开工。')).toEqual([
      ['Company', '华辰电子股份有限公司', '华辰电子股份有限公司'],
      ['Project', '华辰电子股份有限公司新建年产500万台智能家电项目', '年产500万台智能家电项目'],
    ]);
    expect(owned('青禾科技有限公司投资建设年产10万吨新型建材项目。').map((c) => c[1])).not.toContain(
      '青禾科技有限公司投资建设年产10万吨新型建材项目',
    );
    expect(projects('引进中能建、华辰集团等央企及省属国企项目。')).toEqual([]);
  });
  it('reads no project in a quoted count or a study, nor in 项目 a count follows', () => {
    expect(projects('推动“四个共同”工程扩面提质。')).toEqual([]);
    expect(projects('为“三农”项目提供融资担保。')).toEqual([]);
    expect(projects('启动青禾文化起源与传播研究项目。')).toEqual([]);
    expect(projects('完成“安居房”项目13个。')).toEqual([]);
    expect(projects('实施“九河”综合治理工程。')).toEqual(['九河综合治理工程']);
  });
  it('keeps the place written before a quoted head', () => {
    expect(projects('溧阳“一江两岸”景观提升工程完工。')).toEqual(['溧阳一江两岸景观提升工程']);
  });
  it('runs a facility on over 提档升级 to 项目', () => {
    expect(projects('溧阳天目湖旅游度假区提档升级项目。')).toEqual(['溧阳天目湖旅游度假区提档升级项目']);
  });
  it('reads an output in Latin units that the segmenter joins to its number', () => {
    expect(projects('华辰集团年产30GW高效光伏电池项目签约。')).toEqual(['华辰集团年产30GW高效光伏电池项目']);
  });
});

describe('projects a text presents as such', () => {
  it('reads the next items of a list after a project as projects (A项目、B加工项目、C生产项目)', () => {
    expect(projects('年产10万吨青禾耐火材料项目、精密钢管加工项目、光伏支架生产项目相继开工。')).toEqual([
      '年产10万吨青禾耐火材料项目',
      '精密钢管加工项目',
      '光伏支架生产项目',
    ]);
    expect(projects('精密钢管加工项目开工。')).toEqual([]);
  });
  it('reads a battery material’s pole as part of the name (锂电池正极材料项目)', () => {
    expect(projects('总投资30亿元的青禾锂电池正极材料项目进展顺利。')).toEqual(['青禾锂电池正极材料项目']);
  });
  it('takes no title a place is awarded (获评“某某示范基地”“某某中心”) for a facility', () => {
    expect(projects('园区先后获评“四川省新型工业化产业示范基地”“省级科技创新服务中心”。')).toEqual([]);
  });
  it('reads numbered items, table rows and lists introduced as projects', () => {
    expect(introducedAsProject('1.华辰科技智能终端')).toBe(true);
    expect(introducedAsProject('（2）睿达光伏组件')).toBe(true);
    expect(introducedAsProject('序号 项目名称 投资额 1 华辰高端装备制造')).toBe(true);
    expect(introducedAsProject('集中开工的项目有华辰高端装备制造项目、睿达锂电池正极材料')).toBe(true);
    expect(introducedAsProject('签约项目12个，包括：华辰冷链装备制造项目、睿达新能源汽车零部件')).toBe(true);
    expect(introducedAsProject('本次集中签约项目8个，分别是：华辰辣椒精深加工')).toBe(true);
    expect(introducedAsProject('推动华辰新材料')).toBe(false);
    expect(introducedAsProject('签约的12个项目中，华辰新材料')).toBe(false);
  });
  it('names such an item a project whatever product word ends its head', () => {
    expect(projects('2.睿达新材料锂电隔膜项目')).toEqual(['睿达新材料锂电隔膜项目']);
    expect(projects('序号 项目名称 投资额 1 华辰高端装备制造项目 10亿元')).toEqual(['华辰高端装备制造项目']);
  });
  it('still reads no kind of service as a numbered project (1、创业场服务项目), nor a place’s numbered programme', () => {
    expect(projects('1、创业场服务项目')).toEqual([]);
    expect(projects('实施溧阳市2345工程。')).toEqual([]);
  });
  it('opens a project’s name with the brand written before its output, or with the company named before it', () => {
    expect(projects('华辰年产10万套汽车零部件项目投产。')).toEqual(['华辰年产10万套汽车零部件项目']);
    expect(projects('华辰公司年产10万吨再生铝项目开工。')).toEqual(['华辰公司年产10万吨再生铝项目']);
  });
});

describe('events', () => {
  it('reads a fair or a forum with a place or proper head, the dash of two places included', () => {
    expect(projects('第五届中国—东盟博览会在南宁开幕。')).toEqual(['第五届中国—东盟博览会']);
    expect(projects('首届溧阳茶文化旅游节开幕。')).toEqual(['溧阳茶文化旅游节']);
    expect(projects('华辰公司参加了多个论坛和博览会。')).toEqual([]);
  });
  it('reads no event a report counts in passing among activities or names by its guests', () => {
    expect(projects('筹办中国-东盟海洋合作论坛等高规格国际会议。')).toEqual([]);
    expect(projects('举办中国-东盟海洋合作论坛、溧阳茶文化旅游节等交流活动20余场。')).toEqual([]);
    expect(projects('中国-东盟民间友好论坛嘉宾团来访。')).toEqual([]);
    expect(projects('中国-东盟海洋合作论坛在溧阳开幕。')).toEqual(['中国-东盟海洋合作论坛']);
  });
});

describe('projectShortForms', () => {
  it('names a project also without the address that opens it, when two places or more do', () => {
    expect(projectShortForms('银川市西夏区青禾酒庄葡萄种植基地', '银川市西夏区青禾酒庄葡萄种植基地')).toEqual([
      '青禾酒庄葡萄种植基地',
    ]);
    expect(projectShortForms('江苏省宿迁市青禾坝闸', '江苏省宿迁市青禾坝闸')).toEqual(['青禾坝闸']);
    expect(projectShortForms('溧阳抽水蓄能电站', '溧阳抽水蓄能电站')).toEqual([]);
    expect(projectShortForms('江苏省宿迁市数据中心', '江苏省宿迁市数据中心')).toEqual([]);
  });
  it('names a quoted project also by its quoted name alone', () => {
    expect(projectShortForms('青禾故事项目', '“青禾故事”项目')).toEqual(['青禾故事']);
    expect(projectShortForms('青禾故事项目', '青禾故事项目')).toEqual([]);
  });
});
