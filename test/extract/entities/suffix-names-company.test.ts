// The suffix-name recognizer's companies and parks in the genre's forms, on invented sentences (its other kinds are
// tested in suffix-names.test.ts).
import { describe, expect, it } from 'vitest';
import { afterCompanyKind, afterOtherParty, afterVerbOfBrand } from '../../../src/extract/entities/name-starts.ts';
import { recognizeSuffixNames } from '../../../src/extract/entities/suffix-names.ts';
import { kindBySuffix } from '../../../src/extract/entities/suffix-table.ts';

const named = (kind: string) => (text: string) =>
  recognizeSuffixNames(text, 0)
    .filter((c) => c.kind === kind)
    .map((c) => c.name);
const companies = named('Company');
const parks = named('Park');

describe('companies by their suffix', () => {
  it('reads a state contractor’s numbered bureau as a company, and its units and group after it', () => {
    expect(companies('由岚建八局承建，青铁二十四局参与。')).toEqual(['岚建八局', '青铁二十四局']);
    expect(companies('青铁十一局集团和岚交一公局集团中标。')).toEqual(['青铁十一局集团', '岚交一公局集团']);
    expect(companies('岚建三局滨海分公司承建。')).toContain('岚建三局滨海分公司');
    expect(companies('岚建八局装饰公司和青铁四局一公司施工。')).toEqual(['岚建八局装饰公司', '青铁四局一公司']);
    // A bureau's own numbered division is no contractor, and a site office no project.
    expect(companies('管委会投资促进一局局长出席。')).toEqual([]);
    expect(named('Project')('青铁十局滨江铁路项目部抢抓工期。')).toEqual([]);
  });
  it('leaves a county written before a company named after its province out (where its works are), not a short form', () => {
    expect(companies('射阳县江苏青禾科技有限公司新建项目开工。')).toEqual(['江苏青禾科技有限公司']);
    // (东风 is also a district's short form, and opens brands: 东风|某市汽车有限公司 is one name.)
    expect(companies('东风宿迁汽车有限公司副总经理王某介绍。')).toEqual(['东风宿迁汽车有限公司']);
  });
  it("takes a group's word in brackets and an investor's word into the registered name after them", () => {
    expect(companies('李明担任滨江华辰矿业(集团)有限责任公司副总经理。')).toEqual(['滨江华辰矿业(集团)有限责任公司']);
    expect(companies('李明担任滨江华辰矿业（集团）有限公司董事长。')).toEqual(['滨江华辰矿业（集团）有限公司']);
    expect(companies('滨江省国有资本运营有限公司副总经理李明到场。')).toEqual(['滨江省国有资本运营有限公司']);
    expect(companies('华辰创投管理有限公司投资该项目。')).toEqual(['华辰创投管理有限公司']);
    // An investor named on its own keeps its short name (华辰资本领投).
    expect(companies('华辰资本领投，滨江有限公司跟投。')).toEqual(['华辰资本', '滨江有限公司']);
  });
  it("leaves a zone out of a company's name written after its inside or opening with a place of its own", () => {
    expect(companies('在滨江综保区内华辰重工设备有限公司的车间里。')).toEqual(['华辰重工设备有限公司']);
    expect(companies('青石县五里岗工业园区贵州华辰食品有限公司负责人介绍。')).toEqual(['贵州华辰食品有限公司']);
    // (A zone's own company still opens with the zone's name.)
    expect(companies('滨江经济开发区华辰投资有限公司成立。')).toEqual(['滨江经济开发区华辰投资有限公司']);
  });
  it('reads a railway bureau as a company (某某铁路局), as the railway groups are', () => {
    expect(companies('南宁铁路局与华辰集团签约。')).toEqual(['南宁铁路局', '华辰集团']);
  });
  it('reads a family farm as a company and leaves the branch that leads a cooperative out of its name (领办|…合作社)', () => {
    expect(companies('青禾家庭农场负责人王建国介绍了经验。')).toEqual(['青禾家庭农场']);
    expect(companies('村党支部领办青禾果蔬种植专业合作社，带动农户增收。')).toEqual(['青禾果蔬种植专业合作社']);
    expect(companies('他创办了青禾家庭农场。')).toEqual(['青禾家庭农场']);
  });
  it('opens a Latin brand’s name at the brand after the kind of firm it is (投资基金|LVMH集团)', () => {
    expect(companies('他曾任全球最大的消费品投资基金ABCD集团旗下的高管。')).toEqual(['ABCD集团']);
    expect(companies('美国ABCD公司在滨江投资。')).toEqual(['美国ABCD公司']);
  });
  it('leaves an event’s organizer’s role out of a body’s name (大赛主办方某某学会)', () => {
    expect(named('Organization')('大赛主办方中国青禾学会是成立于1981年的学术团体。')).toEqual(['中国青禾学会']);
  });
  it('leaves an event’s role for a company out of its name (承办单位某某有限公司)', () => {
    expect(companies('承办单位青禾教育科技股份有限公司，协办单位滨江科技有限公司。')).toEqual([
      '青禾教育科技股份有限公司',
      '滨江科技有限公司',
    ]);
  });
  it('leaves a comparison’s 像 out of the name (像某某公司这样的企业)', () => {
    expect(companies('像青禾国际陆港公司这样的企业越来越多。')).toEqual(['青禾国际陆港公司']);
  });
  it('reads a name a quote holds whole, over a conjunction or a count it opens with ("和鑫光电股份有限公司")', () => {
    expect(companies('  title: "和瑞光电股份有限公司",')).toEqual(['和瑞光电股份有限公司']);
    expect(companies('  title: "三青气体股份有限公司",')).toEqual(['三青气体股份有限公司']);
    expect(companies('  title: "正岩国际光电股份有限公司滨海分公司",')).toContain('正岩国际光电股份有限公司滨海分公司');
    // …but not a clause a quote holds: the name ends before the quote closes.
    expect(companies('他说“和华辰公司合作很愉快”。')).toEqual(['华辰公司']);
  });
  it('reads a company’s unit (事业部, 经营部, 分部, 货运中心) only right after the company or the unit it belongs to', () => {
    expect(companies('华辰传媒股份有限公司实景娱乐事业部总经理出席。')).toContain('华辰传媒股份有限公司实景娱乐事业部');
    expect(companies('青禾绿能科技有限公司东北分部落户。')).toContain('青禾绿能科技有限公司东北分部');
    expect(companies('青铁滨江局集团有限公司宁海货运中心象山经营部开展业务。')).toContain(
      '青铁滨江局集团有限公司宁海货运中心象山经营部',
    );
    // (Alone, a unit is a kind, no company.)
    expect(companies('公司下设三个事业部和一个经营部。')).toEqual([]);
  });
  it('reads a registered company’s plant named by a short place word, and no plant alone (肉联厂, 大、中船厂)', () => {
    // (The registered name is read too; the overlap pass keeps the fuller one.)
    expect(companies('青岩电子股份有限公司滨海厂和青岩光电股份有限公司东湖工厂投产。')).toEqual(
      expect.arrayContaining(['青岩电子股份有限公司滨海厂', '青岩光电股份有限公司东湖工厂']),
    );
    expect(companies('华辰科技有限公司投资新建的工厂投产。')).toEqual(['华辰科技有限公司']);
    expect(companies('华辰肉联厂停产，产品销往各大、中船厂。')).toEqual([]);
    // …and a plant alone in a list of facilities is a facility (新西兰主粮工厂), no company.
    expect(kindBySuffix('青禾主粮工厂')).toBeUndefined();
    expect(kindBySuffix('青岩电子股份有限公司滨海厂')?.kind).toBe('Company');
  });
  it('reads a group’s local company across the place it brackets (某某集团（吉林）某某科技有限公司)', () => {
    expect(companies('区内的国家高新科技企业青岩集团（吉林）新能源科技有限公司成立于2019年。')).toContain(
      '青岩集团（吉林）新能源科技有限公司',
    );
  });
  it('reads an equity or property exchange as a company (某省股权交易中心)', () => {
    expect(companies('企业在青禾股权交易中心、滨江产权交易中心挂牌。')).toEqual([
      '青禾股权交易中心',
      '滨江产权交易中心',
    ]);
  });
  it('starts no name at the 内 of a zone’s inside (园区内|江苏某某集团)', () => {
    expect(companies('园区内江苏华辰集团投资建设的项目投入运行。')).toEqual(['江苏华辰集团']);
  });
  it('leaves a designation (国家高新科技企业) and a verb of agreement (达成) out of the name', () => {
    expect(companies('国家高新科技企业青岩集团落户。')).toEqual(['青岩集团']);
    expect(companies('我县与青禾环境集团达成合作意向。')).toEqual(['青禾环境集团']);
  });
  it('reads a company whose name holds a body’s or works’ word (某某设计研究院有限公司, 某某工程咨询有限公司)', () => {
    expect(companies('青岩电子工程设计研究院有限公司副总经理刘志远、青禾工程咨询有限公司副总经理杨秋菊出席。')).toEqual(
      ['青岩电子工程设计研究院有限公司', '青禾工程咨询有限公司'],
    );
    expect(recognizeSuffixNames('华辰研究院与青禾有限公司签约。', 0).map((c) => c.name)).toContain('华辰研究院');
  });
  it('reads a securities branch after its company as one name, and no company from 同意公司 or 委托某某公司', () => {
    expect(companies('华辰证券有限公司滨江青石路证券营业部总经理张明远说。')).toContain(
      '华辰证券有限公司滨江青石路证券营业部',
    );
    expect(companies('股东大会同意公司以1.1亿超募资金投资。')).toEqual([]);
    expect(companies('有条件授权委托青禾公司行使。')).toEqual(['青禾公司']);
  });
  it('reads a fund named by its place or brand (某省某某引导基金, 青禾并购基金, 华银金投), not a kind of fund', () => {
    expect(companies('组建滨江省战略性新兴产业投资引导基金，青禾并购基金、华银金投开业运营。')).toEqual([
      '滨江省战略性新兴产业投资引导基金',
      '青禾并购基金',
      '华银金投',
    ]);
    expect(companies('获国内知名投资机构青禾天使基金投资。')).toEqual(['青禾天使基金']);
    expect(companies('设立产业基金，引导基金规模扩大。')).toEqual([]);
  });
  it('reads an investor named 资本 or 创投 by its brand, not a kind of capital (社会资本, 风险创投)', () => {
    expect(companies('获得青禾创投、金桂资本A轮数千万元融资。')).toEqual(['青禾创投', '金桂资本']);
    expect(companies('吸引更多社会资本参与建设，国有资本投资运营，引导风险创投投向科技企业。')).toEqual([]);
    expect(companies('用好国家间双多边资本。')).toEqual([]);
  });
  it('starts no company at a word of congratulation or a month (祝贺|某公司, 1-10月份|集团总公司)', () => {
    expect(companies('祝贺华辰科技有限公司获得荣誉称号。')).toEqual(['华辰科技有限公司']);
    expect(companies('分析今年1-10月份集团总公司清欠工作。')).toEqual([]);
  });
  it('reads the parent, not a role, in 成为某某防务全资子公司', () => {
    expect(companies('公司正式加入青禾防务，成为青禾防务全资子公司（股票代码002413）。')).toEqual(['青禾防务']);
  });
  it('reads a subsidiary written right after its registered parent as one name (某某有限公司|交通公司)', () => {
    expect(companies('中国青禾第六工程局有限公司交通公司总经济师吴建平出席。')).toEqual([
      '中国青禾第六工程局有限公司交通公司',
    ]);
    expect(companies('华辰科技有限公司与青禾公司签约。')).toEqual(['华辰科技有限公司', '青禾公司']);
  });
  it('reads a company named by a Latin brand, but no acronym of the genre (IT公司)', () => {
    expect(companies('QBX公司和ZELTA集团在园区设立研发中心。')).toEqual(['QBX公司', 'ZELTA集团']);
    expect(companies('引进一批IT公司。')).toEqual([]);
  });
  it('starts a name after an aspect particle (坐落着|…有限公司)', () => {
    expect(companies('园区内坐落着华辰电器有限公司、青禾电气股份有限公司等企业。')).toEqual([
      '华辰电器有限公司',
      '青禾电气股份有限公司',
    ]);
  });
  it('starts a registered name after the verb that brings the company in (引进|…有限公司)', () => {
    const forms = (text: string) =>
      recognizeSuffixNames(text, 0)
        .filter((c) => c.kind === 'Company')
        .flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    expect(forms('开发区已引进华辰科技（滨江）有限公司等企业。')).not.toContain('引进华辰科技（滨江）有限公司');
    expect(forms('今年招引青禾智能装备有限公司落户。')).not.toContain('招引青禾智能装备有限公司');
  });
  it('keeps no form of a name that opens with the other party of an agreement (滨江县与|…有限公司)', () => {
    const forms = (text: string) =>
      recognizeSuffixNames(text, 0)
        .filter((c) => c.kind === 'Company')
        .flatMap((c) => [c.name, ...(c.aliases ?? [])]);
    expect(forms('夏邑县与青禾纺织集团有限公司签订投资协议。')).toEqual([
      '青禾纺织集团有限公司',
      '青禾纺织集团有限公司',
    ]);
    expect(forms('县长张明远与远帆环保集团董事长共同签署协议。')).not.toContain('县长张明远与远帆环保集团');
  });
  it('starts the name after a place and 与 where the walk stopped inside the place (郫|都|区与…: 都 is an adverb)', () => {
    expect(companies('会上，郫都区与深圳市青禾投资控股有限公司签约。')).toEqual(['深圳市青禾投资控股有限公司']);
  });
  it('starts the name where the place the walk stopped inside starts (组建郫|都|区国有资产…)', () => {
    expect(companies('今年组建郫都区国有资产投资经营集团有限公司。')).toEqual(['郫都区国有资产投资经营集团有限公司']);
  });
  it('leaves out the county of the works before a company named with its province (射阳县|江苏某某有限公司…)', () => {
    expect(companies('其中，射阳县江苏青禾风电装备有限公司风电塔筒项目已投产。')).toEqual(['江苏青禾风电装备有限公司']);
    expect(companies('射阳县青禾风电装备有限公司投产。')).toEqual(['射阳县青禾风电装备有限公司']);
    // …but two places of one level open one name (a county-level city's firm named after a county).
    expect(companies('临朐沂源华辰发展有限公司成立。')).toEqual(['临朐沂源华辰发展有限公司']);
    expect(companies('江阳区泸州华辰机械制造有限公司上榜。')).toEqual(['泸州华辰机械制造有限公司']);
    expect(companies('泸州市江阳区华辰机械制造有限公司上榜。')).toEqual(['泸州市江阳区华辰机械制造有限公司']);
  });
  it('reads a short name whose brand opens with a character read as an adverb, from its place ((四)柳河|正|远…)', () => {
    expect(companies('（四）柳河正远药业有限公司')).toEqual(['柳河正远药业有限公司']);
    expect(companies('，柘城县正加快建设青禾科技有限公司')).toEqual(['青禾科技有限公司']);
  });
  it('reads two digits the segmenter cut apart as one brand (七|三|集团)', () => {
    expect(companies('他前往华辰重工集团和七三集团调研。')).toContain('七三集团');
  });
  it('reads a numbered unit of one character with its number (华辰|十六|局集团有限公司, 远帆|三|冶集团…)', () => {
    expect(companies('滨江县与华辰十六局集团有限公司签订协议。')).toEqual(['华辰十六局集团有限公司']);
    expect(companies('近日，远帆三冶集团有限公司中标。')).toEqual(['远帆三冶集团有限公司']);
    expect(companies('新增3个公司。')).toEqual([]);
  });
  it('reads a group’s registered form with 有限责任公司 whole (…集团有限责任公司)', () => {
    expect(companies('滨江县还与岚湾交通投资集团有限责任公司签约。')).toEqual(['岚湾交通投资集团有限责任公司']);
  });
  it('leaves out a long description of the company’s kind before its place (某县农业产业化龙头企业|河南…)', () => {
    expect(companies('宁陵县农业产业化龙头企业河南青川农业科技有限公司投资2亿元。')).toEqual([
      '河南青川农业科技有限公司',
    ]);
  });
  it('reads no name in a description of a group’s kind (综合性企业集团, 多元化企业集团)', () => {
    expect(companies('青禾集团是一家集研发、生产于一体的综合性企业集团。')).toEqual(['青禾集团']);
    expect(companies('远帆公司是一家多元化企业集团。')).toEqual(['远帆公司']);
  });
  it('reads an engineering bureau’s company as a company, not a bureau (某某八局|集团有限公司)', () => {
    expect(companies('青禾八局集团有限公司负责施工。')).toEqual(['青禾八局集团有限公司']);
    expect(recognizeSuffixNames('青禾八局集团有限公司负责施工。', 0).map((c) => c.kind)).toEqual(['Company']);
  });
  it('starts a registered name after the verb of help or push whose object it is (支持|…有限公司做大做强)', () => {
    expect(companies('支持明远光电有限公司做大做强，推动远帆电子股份有限公司上市。')).toEqual([
      '明远光电有限公司',
      '远帆电子股份有限公司',
    ]);
    expect(companies('要帮助青禾科技有限公司解决融资难题，督促远景建设集团有限公司加快施工。')).toEqual([
      '青禾科技有限公司',
      '远景建设集团有限公司',
    ]);
  });
  it('starts a registered name after the adverbs and verbs its clause opens with (柘城县正加快|…有限公司)', () => {
    expect(companies('柘城县正加快青禾科技有限公司项目建设。')).toEqual(['青禾科技有限公司']);
    expect(companies('着力打造青岩智能装备有限公司等一批链主企业。')).toEqual(['青岩智能装备有限公司']);
    expect(companies('县里积极协调长风新能源科技有限公司用地问题。')).toEqual(['长风新能源科技有限公司']);
    expect(companies('今年新落户远景建设集团有限公司等企业。')).toEqual(['远景建设集团有限公司']);
    // A trade alone is no name: the verbs of a registered name stay in it (某某建设|投资有限公司).
    expect(companies('商丘市青禾建设投资有限公司负责项目实施。')).toEqual(['商丘市青禾建设投资有限公司']);
  });
  it('starts a registered name after a company’s role before it (设备供应商|…有限公司)', () => {
    expect(companies('设备供应商长风机械有限公司派出技术人员。')).toEqual(['长风机械有限公司']);
    expect(companies('投资方青禾控股集团有限公司已完成注资。')).toEqual(['青禾控股集团有限公司']);
  });
  it('reads a group’s local company named after its place whole, the group too', () => {
    expect(companies('青禾药业集团滨江制药有限公司成立于2000年。')).toEqual([
      '青禾药业集团',
      '青禾药业集团滨江制药有限公司',
    ]);
    // …but a company that only follows a group in a clause is its own.
    expect(companies('青禾集团与华辰有限公司签约。')).toEqual(['青禾集团', '华辰有限公司']);
  });
  it('reads a bank’s branch named after a zone as the bank’s, not the zone', () => {
    expect(companies('授予青禾银行滨江高新区支行先进单位称号。')).toEqual(['青禾银行滨江高新区支行']);
    expect(recognizeSuffixNames('授予青禾银行滨江高新区支行先进单位称号。', 0).map((c) => c.kind)).toEqual(['Company']);
  });
  it('drops a description of the company’s kind before its name', () => {
    expect(companies('王建国同志任区属国有企业滨江产业发展集团有限公司董事长。')).toEqual(['滨江产业发展集团有限公司']);
    expect(companies('全球500强企业华辰集团在滨江设立区域总部。')).toEqual(['华辰集团']);
    expect(companies('区属国企滨江城投公司完成融资。')).toEqual(['滨江城投公司']);
    expect(afterCompanyKind('龙头企业华辰')).toBe('华辰');
    // …and its investors' origin (台商企业, 外商投资企业).
    expect(companies('以台商企业华辰精密工具有限公司为中心。')).toEqual(['华辰精密工具有限公司']);
    expect(afterCompanyKind('外商投资企业青禾')).toBe('青禾');
    // …before a Latin brand too, and a subsidiary's kind (全资子公司|华辰电子有限公司).
    expect(companies('全球知名企业ABB集团与滨江县签约。')).toEqual(['ABB集团']);
    expect(companies('其全资子公司华辰电子有限公司落户滨江。')).toEqual(['华辰电子有限公司']);
    expect(companies('园区企业华辰科技有限公司招引配套企业。')).toEqual(['华辰科技有限公司']);
    // …but never the whole head, and no word that merely holds 企业.
    expect(afterCompanyKind('国有企业')).toBe('国有企业');
    expect(afterCompanyKind('华辰企业管理')).toBe('华辰企业管理');
  });
  it('reads a registered company numbered after its place, and no kind of company (村办公司, 港股上市公司)', () => {
    expect(companies('睢宁县第三纺织机械有限公司今年产值增长两成。')).toEqual(['睢宁县第三纺织机械有限公司']);
    expect(companies('鼓励村办公司参与经营，支持港股上市公司回归。')).toEqual([]);
    expect(companies('滨江集团旗下华辰物业公司获评先进。')).toEqual(['滨江集团', '华辰物业公司']);
  });
  it('drops a described kind ending in 企业 before a name that opens with its place, and reads no listed kind', () => {
    expect(afterCompanyKind('NMP生产企业山东睿达')).toBe('山东睿达');
    expect(companies('园区内企业山东华辰化工集团今年产值增长。')).toEqual(['山东华辰化工集团']);
    expect(companies('某石化香港上市公司发布公告，调查组领导汇报了公司情况。')).toEqual([]);
  });
  it('reads no company in 公司债, a kind of bond, but the company whose debt 公司债务 is', () => {
    expect(companies('刷新全省同层级城投私募公司债利率纪录。')).toEqual([]);
    expect(companies('华辰公司债务重组完成。')).toEqual(['华辰公司']);
  });
  it('reads no company in a post chain that ends with a bare 公司', () => {
    expect(companies('现任区财政局预算科副科长兼公司财务部经理。')).toEqual([]);
    expect(companies('现任华辰集团总经理助理兼公司办公室主任。')).toEqual(['华辰集团']);
  });
  it('reads a company of the report’s own place by its level word and trade', () => {
    expect(companies('县供电公司、县自来水公司联合开展安全检查。')).toEqual(['县供电公司', '县自来水公司']);
    expect(companies('现任市交通集团公司副总经理。')).toEqual(['市交通集团公司']);
    expect(companies('现任县供销社主任兼县农资公司经理。')).toEqual(['县农资公司']);
    // A level or a scope is no trade.
    expect(companies('市属公司、县级公司和区域公司均参加。')).toEqual([]);
  });
  it('starts a company after the other party of an agreement, a verb of visiting or an exhortation', () => {
    expect(companies('滨江县与华辰集团签署战略合作框架协议。')).toEqual(['华辰集团']);
    expect(companies('岚湾镇和华辰集团签约。')).toEqual(['华辰集团']);
    expect(afterOtherParty('华辰和信')).toBe('华辰和信');
    // …but a place's short form before 和 opens a brand (厦门|和鸣花卉科技有限公司); written in full it is a party.
    expect(companies('厦门和鸣花卉科技有限公司研发的新品种。')).toEqual(['厦门和鸣花卉科技有限公司']);
    expect(companies('厦门市和青禾科技有限公司签约。')).toEqual(['青禾科技有限公司']);
    expect(afterOtherParty('滨江县与华辰')).toBe('华辰');
    // …also when an adverb before the conjunction was stripped (分别|与|华辰集团).
    expect(companies('滨江县政府分别与华辰科技有限公司、青禾集团签订协议。')).toEqual(['华辰科技有限公司', '青禾集团']);
    expect(afterOtherParty('与华辰')).toBe('华辰');
    expect(companies('县委书记周明远调研华辰科技有限公司项目建设情况。')).toEqual(['华辰科技有限公司']);
    expect(companies('会议指出，要全力推动华辰科技有限公司等重点项目早日开工。')).toEqual(['华辰科技有限公司']);
  });
  it('starts a company that is a verb’s object at its brand, and keeps a verb inside the name', () => {
    for (const text of [
      '截至目前华辰科技有限公司已完成投资5亿元。',
      '市委书记主持召开座谈会，听取华辰科技有限公司发展情况汇报。',
      '帮助华辰科技有限公司解决用工难题。',
      '推荐华辰科技有限公司申报省级企业技术中心。',
      '获悉华辰科技有限公司扩产的消息后，园区成立专班。',
      '新签约华辰科技有限公司新能源电池项目。',
      '区长周明远会见华辰科技有限公司董事长一行。',
      '指导华辰科技有限公司开展安全生产大检查。',
    ])
      expect(companies(text), text).toEqual(['华辰科技有限公司']);
    expect(afterVerbOfBrand('华辰投资发展')).toBe('华辰投资发展');
    expect(afterVerbOfBrand('帮助徐州华辰')).toBe('徐州华辰');
    expect(afterVerbOfBrand('徐州市华辰投资顾问')).toBe('徐州市华辰投资顾问');
    // An adverb or a verb right after the opening place is the brand's: a province's highway group.
    expect(afterVerbOfBrand('甘肃高速华辰运营')).toBe('甘肃高速华辰运营');
    // …and so is a verb right after it (海南|修成|某某私募基金: the brand is 修成某某).
    expect(afterVerbOfBrand('海南修成俊逸私募基金管理')).toBe('海南修成俊逸私募基金管理');
    expect(afterVerbOfBrand('柘城县携手华辰控股集团')).toBe('华辰控股集团');
    // A firm's kind before its name: an industry's giant, an honoured green factory.
    expect(companies('双方与美国海工行业巨头青禾德莫特公司签约。')).toEqual(['青禾德莫特公司']);
    expect(companies('国家级绿色工厂华辰电缆科技有限公司投产。')).toEqual(['华辰电缆科技有限公司']);
    expect(companies('徐州市华辰投资顾问有限公司总经理周明远告诉记者。')).toEqual(['徐州市华辰投资顾问有限公司']);
  });
});

describe('parks whose suffix also ends programmes (示范区, 先行区)', () => {
  it('runs a zone’s head over the verbs of its mission back to its place (滨江国际离岸|创新|创业示范区)', () => {
    expect(parks('国家支持设立滨江国际离岸创新创业示范区。')).toEqual(['滨江国际离岸创新创业示范区']);
    expect(parks('滨江县加快建设产城融合示范区。')).toEqual([]);
  });
  it('reads a comprehensive pilot zone with a place or a proper head, not a kind', () => {
    expect(parks('中国（滨江）跨境电子商务综合试验区获批设立。')).toEqual(['中国（滨江）跨境电子商务综合试验区']);
    expect(parks('加快建设跨境电商综合试验区。')).toEqual([]);
  });
  it('reads one named after a place that the text marks as a zone (管委会, 入驻, 挂牌)', () => {
    expect(parks('华辰科技入驻徐州数字经济示范区。')).toEqual(['徐州数字经济示范区']);
    expect(parks('徐州数字经济示范区管委会召开会议。')).toEqual(['徐州数字经济示范区']);
    expect(parks('辽宁省岚湾改革创新示范区今天正式挂牌。')).toEqual(['辽宁省岚湾改革创新示范区']);
  });
  it('reads no programme or honour, and none the text does not mark', () => {
    expect(parks('创建国家生态文明建设示范区。')).toEqual([]);
    expect(parks('徐州市获评国家全域旅游示范区。')).toEqual([]);
    expect(parks('积极创建徐州市农业现代化示范区。')).toEqual([]);
    expect(parks('推进两岸青创融合示范区建设。')).toEqual([]);
    expect(parks('徐州市产城融合示范区建设取得进展。')).toEqual([]);
  });
});

describe('zones named after a place no gazetteer lists', () => {
  it('reads a head of two characters the segmenter knows as no word (洋|岭综保区)', () => {
    expect(parks('加快洋岭综保区二期建设。')).toEqual(['洋岭综保区']);
    expect(parks('涵安保税港区管理委员会成立。')).toEqual(['涵安保税港区']);
  });
  it('reads no name after a verb or a scope (the bare zone words are references)', () => {
    expect(parks('加快开发区建设，推进本区综保区建设，全省开发区加快建设。')).toEqual(['综保区', '开发区']);
  });
});
