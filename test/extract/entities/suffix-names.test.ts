// The suffix-name recognizer alone, on invented sentences.
import { describe, expect, it } from 'vitest';
import { recognizeSuffixNames } from '../../../src/extract/entities/suffix-names.ts';

const found = (text: string) => recognizeSuffixNames(text, 0).map((c) => [c.kind, c.name, text.slice(c.start, c.end)]);

describe('recognizeSuffixNames', () => {
  it('names an event with the edition or year written before it, the bare name an alias (第二十届|某某交易会)', () => {
    const events = (text: string) =>
      recognizeSuffixNames(text, 0).map((c) => [c.name, ...(c.aliases ?? []).filter((a) => a !== c.name)].join('|'));
    expect(events('第二十届青禾国际经贸交易会在滨江开幕。')).toEqual(['第二十届青禾国际经贸交易会|青禾国际经贸交易会']);
    expect(events('2017年华辰国际经贸交易会举行。')).toEqual(['2017年华辰国际经贸交易会|华辰国际经贸交易会']);
    expect(events('青禾国际旅游交易会举行。')).toEqual(['青禾国际旅游交易会']);
  });
  it('runs a name over an industry term whose first word is a verb (某某集团|节能|环保新材料生产基地)', () => {
    expect(found('原标题：青禾集团节能环保新材料生产基地建成投产').map(([kind, name]) => `${kind}:${name}`)).toEqual([
      'Company:青禾集团',
      'Project:青禾集团节能环保新材料生产基地',
    ]);
  });
  it('runs a name over a city the segmenter tags as a verb or an adverb (大连/d|青禾高新区, 保定/v|华辰工业园)', () => {
    const names = (text: string) => found(text).map(([kind, name]) => `${kind}:${name}`);
    expect(names('大连青禾高新区党工委书记王某某表示。')).toEqual(['Park:大连青禾高新区']);
    expect(names('保定华辰工业园发展迅速。')).toEqual(['Park:保定华辰工业园']);
    // (Not a county's short form that is a common word: 振兴 of 振兴区 is a verb here.)
    expect(names('推动振兴青禾产业园发展。')).toEqual(['Park:青禾产业园']);
  });
  it('ends a project named with 项目 before the 项目 that opens what is said of it (某某项目|项目总投资…)', () => {
    expect(
      found('1.华辰先进封装项目项目总投资7.62亿元，已于今年4月竣工。').map(([kind, name]) => `${kind}:${name}`),
    ).toEqual(['Project:华辰先进封装项目']);
  });
  it('runs a name over an industry term whose last word is a verb (某县抽水蓄|能|项目, 某市生物育|种|创新研究院)', () => {
    const names = (text: string) => found(text).map(([kind, name]) => `${kind}:${name}`);
    expect(names('加快推动宁海县抽水蓄能项目建设。')).toEqual(['Project:宁海县抽水蓄能项目']);
    expect(names('与青禾生物育种创新研究院合作。')).toEqual(['Organization:青禾生物育种创新研究院']);
  });
  it('reads an irrigation district and a water-control project named by their place, not the kind (大中型灌区)', () => {
    const names = (text: string) => found(text).map(([kind, name]) => `${kind}:${name}`);
    expect(names('江西青岩灌区、广西滨江水利枢纽开工建设。')).toEqual([
      'Project:江西青岩灌区',
      'Project:广西滨江水利枢纽',
    ]);
    expect(names('加快493处大中型灌区现代化改造。')).toEqual([]);
  });
  it('reads logistics and railway hubs, gas storage and converter stations named by their place, not the kind', () => {
    const names = (text: string) => found(text).map(([kind, name]) => `${kind}:${name}`);
    expect(names('建设滨江陆港型国家物流枢纽和青州铁路枢纽。')).toEqual([
      'Project:滨江陆港型国家物流枢纽',
      'Project:青州铁路枢纽',
    ]);
    expect(names('四川青禾峡储气库投运，江苏滨江换流站建成。')).toEqual([
      'Project:四川青禾峡储气库',
      'Project:江苏滨江换流站',
    ]);
    expect(names('打造区域性物流枢纽，新建一座换流站。')).toEqual([]);
  });
  it('starts a company’s project after the 的 that ties them (某某有限公司的|某某基地项目)', () => {
    expect(found('青禾机电股份有限公司的清洁能源装备示范基地项目总投资11亿元。').map(([, name]) => name)).toEqual([
      '青禾机电股份有限公司',
      '清洁能源装备示范基地项目',
    ]);
  });
  it('names a facility’s works with the company once (某某集团|某某电站|新建工程)', () => {
    expect(found('华辰集团滨江燃气电站新建工程正式开工。').map(([kind, name]) => `${kind} ${name}`)).toEqual([
      'Company 华辰集团',
      'Project 华辰集团滨江燃气电站新建工程',
    ]);
  });
  it('names a park built as a project with the company written right before it (某某集团|某某产业园项目)', () => {
    expect(found('华辰集团新能源电池材料产业园项目开工。').map(([kind, name]) => `${kind}:${name}`)).toEqual([
      'Company:华辰集团',
      'Project:华辰集团新能源电池材料产业园项目',
    ]);
  });
  it('reads an airport’s runway or terminal built as a project of its own (某某机场|第三跑道)', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('滨江青岩机场第三跑道、岚湾机场T3航站楼建成投用，滨海机场三期开工。')).toEqual([
      '滨江青岩机场第三跑道',
      '岚湾机场T3航站楼',
      '滨海机场',
    ]);
  });
  it('reads a railway station named by its city, not a bare 火车站', () => {
    expect(
      found('海拔3700米的拉萨火车站逐渐喧嚣起来，旅客按时到火车站即可。').map(([kind, name]) => [kind, name]),
    ).toEqual([['Project', '拉萨火车站']]);
  });
  it('leaves a verb or preposition out of a zone’s name (往|滨江新区, 继|滨江新区, 观看|创业园规划, 扎根|新区)', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('企业纷纷前往滨江经济开发区投资。')).toContain('滨江经济开发区');
    expect(names('鼓励企业往青禾经济开发区集聚。')).toEqual(['青禾经济开发区']);
    expect(names('继青禾经济开发区之后，又一园区获批。')).toEqual(['青禾经济开发区']);
    expect(names('他观看青禾创业园规划建设视频。')).toEqual(['青禾创业园']);
  });
  it('reads no name across a verb that makes something what it names (把滨江|打造成|全球产业中心)', () => {
    expect(found('要把滨江打造成全球装备业务产业中心。')).toEqual([]);
  });
  it('reads an industry base named after its place as a park, not one the nation names a city', () => {
    expect(found('滨江国家生物产业基地和青岩现代盐化工基地加快建设。').map(([kind, name]) => [kind, name])).toEqual([
      ['Park', '滨江国家生物产业基地'],
      ['Park', '青岩现代盐化工基地'],
    ]);
    expect(found('滨江市被授予中国模具产业基地称号。').filter(([kind]) => kind === 'Park')).toEqual([]);
  });
  it('reads a free trade zone’s new area by its place (某某新片区), not a verb before the word (补齐|新片区)', () => {
    expect(found('青禾新片区举行项目开工仪式，补齐新片区产业链。').filter(([kind]) => kind === 'Park')).toEqual([
      ['Park', '青禾新片区', '青禾新片区'],
    ]);
  });
  it('reads no new area in a verb acting on the word 新区 (紧紧围绕|新区, 结合|新区, 落户|新区)', () => {
    expect(found('紧紧围绕新区发展定位，结合新区实际，一批团队落户新区。').filter(([kind]) => kind === 'Park')).toEqual(
      [],
    );
    expect(found('滨江新区加快发展。')).toEqual([['Park', '滨江新区', '滨江新区']]);
  });
  it('ends a facility’s name at the measure word a number counts with (20|处, 25|所, 4|宗)', () => {
    const names = found('对２０处城市社区文化中心、25所城乡学校建设项目和4宗商业酒店实施提升。').map(
      ([, name]) => name,
    );
    expect(names.filter((name) => /^[处所宗]/.test(name ?? ''))).toEqual([]);
  });
  it('reads no facility described by a superlative or a first (某省在建最大跨径斜拉桥, 某县首条高速公路)', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('成为青禾县首条高速公路，建成全省最大跨径斜拉桥。')).toEqual([]);
    expect(names('青禾高速公路建成通车。')).toEqual(['青禾高速公路']);
  });
  it('reads no zone’s body across a verb of founding (某新区|组建|某某研究院: the body is named after it)', () => {
    expect(found('滨江新区组建全国首个数字城市研究院。').map(([, name]) => name)).not.toContain(
      '滨江新区组建全国首个数字城市研究院',
    );
  });
  it('reads a zone’s bodies its own report names with the bare zone word (新区党工委, 合作区财政局, 园区安监局)', () => {
    const bodies = (text: string) =>
      found(text)
        .filter(([kind]) => kind === 'Organization')
        .map(([, name]) => name);
    expect(bodies('在新区党工委的领导下，合作区财政局、园区安监局开展检查，示范区执委会召开会议。')).toEqual([
      '新区党工委',
      '合作区财政局',
      '园区安监局',
      '示范区执委会',
    ]);
    // A committee's post is the zone's (新区党工委书记), as a named zone's is.
    expect(bodies('新区党工委书记张明远讲话。')).toEqual([]);
  });
  it('reads a public body’s inspection, survey, information and emergency centres as bodies, not facilities', () => {
    const kinds = (text: string) => found(text).map(([kind, name]) => `${kind} ${name}`);
    expect(kinds('青石市质量检验中心发布通报。')).toEqual(['Organization 青石市质量检验中心']);
    expect(kinds('青石县新时代文明实践中心举办讲座。')).toEqual(['Organization 青石县新时代文明实践中心']);
    expect(kinds('岚湾省土地整理中心主任出席。')).toEqual(['Organization 岚湾省土地整理中心']);
    expect(kinds('青石市急救中心派出车辆。')).toEqual(['Organization 青石市急救中心']);
  });
  it('reads no designation a site is given as a facility (某县爱国主义教育基地, 某某党性教育基地, 某某科普基地)', () => {
    expect(found('青石县爱国主义教育基地揭牌。')).toEqual([]);
    expect(found('岚湾天文科普基地揭牌，华辰党性教育基地开放。')).toEqual([]);
  });
  it('reads no road named by its lanes or its terrain (双向四车道高速公路, 山区高速公路)', () => {
    expect(found('该路为双向四车道高速公路。')).toEqual([]);
    expect(found('这是青石首条山区高速公路。')).toEqual([]);
  });
  it('reads no bare pilot-scale base (中试基地) as a facility, but one named by its place or field', () => {
    expect(found('园区建成中试基地。')).toEqual([]);
    expect(found('推进青石合成生物中试基地建设。').map(([kind]) => kind)).toEqual(['Project']);
  });
  it('reads mediation centres as bodies and law firms as companies', () => {
    expect(
      found('滨江市青岩国际商事调解中心与华辰（滨江）联营律师事务所签约。').map(([kind, name]) => [kind, name]),
    ).toEqual([
      ['Organization', '滨江市青岩国际商事调解中心'],
      ['Company', '华辰（滨江）联营律师事务所'],
    ]);
  });
  it('reads bureaus named 科技创新局 and 规划和自然资源局, and no common phrase in 新局', () => {
    expect(found('滨江市科技创新局、滨江市规划和自然资源局联合发文。').map(([, name]) => name)).toEqual([
      '滨江市科技创新局',
      '滨江市规划和自然资源局',
    ]);
    expect(found('开创新局面。')).toEqual([]);
  });
  it('reads no centre in a warehouse named by its city (甲市中心仓)', () => {
    expect(found('建设青禾中心仓和滨江中心仓。')).toEqual([]);
  });
  it('reads no generic hotel or meeting centre, but one with a proper head', () => {
    expect(found('新建五星级酒店和会议中心各一座。')).toEqual([]);
    expect(found('华辰酒店开业。')).toEqual([['Project', '华辰酒店', '华辰酒店']]);
  });
  it('reads a park by its suffix and drops the verb before it', () => {
    expect(found('着力推动滨江睢宁工业园提档升级。')).toEqual([['Park', '滨江睢宁工业园', '滨江睢宁工业园']]);
  });
  it('ends a zone’s name before 内 or 外 (滨江高新区内, 园区外), not a company’s before 内部', () => {
    expect(found('滨江高新区内集聚了三十家企业。')).toEqual([['Park', '滨江高新区', '滨江高新区']]);
    expect(found('滨江经济开发区外的村庄。').map(([, name]) => name)).toEqual(['滨江经济开发区']);
    expect(found('华辰集团内部管理。')).toEqual([]);
  });
  it('reads markets, fuel and heat stations, mines and gas fields with a proper head as facilities, not a common phrase', () => {
    expect(found('确保青岩果蔬批发市场年内投入运营。')).toEqual([['Project', '青岩果蔬批发市场', '青岩果蔬批发市场']]);
    expect(found('滨江石油远帆加油站和滨江东环路换热站建成。').map(([kind, name]) => [kind, name])).toEqual([
      ['Project', '滨江石油远帆加油站'],
      ['Project', '滨江东环路换热站'],
    ]);
    expect(found('远帆气田产量稳步提升。')).toEqual([['Project', '远帆气田', '远帆气田']]);
    expect(found('青岩集团滨江热电厂并网发电，新建电厂一座。').map(([kind, name]) => [kind, name])).toContainEqual([
      'Project',
      '青岩集团滨江热电厂',
    ]);
    expect(found('新建电厂一座。')).toEqual([]);
    expect(found('新建农贸市场三个。')).toEqual([]);
  });
  it('runs an association’s name on over its chapter in a place (某某商会|滨江分会), and reads no chapter in 分会场', () => {
    expect(found('青岩远帆商会滨江分会主席王建国说。').map(([kind, name]) => [kind, name])).toEqual([
      ['Organization', '青岩远帆商会滨江分会'],
    ]);
    expect(found('本次大会设三个分会场。')).toEqual([]);
  });
  it('runs a group’s name on over its unit company (某某交通集团|运营公司), not over a subsidiary’s role', () => {
    expect(found('青岩交通集团运营公司总经理王建国到访。').map(([kind, name]) => [kind, name])).toEqual([
      ['Company', '青岩交通集团运营公司'],
    ]);
    expect(found('青岩交通集团全资子公司负责建设。').map(([, name]) => name)).not.toContain('青岩交通集团全资子公司');
  });
  it('opens a park’s name at its place when the segmenter cuts the place (新|都|物流产业园: 都 is an adverb)', () => {
    expect(found('新都智慧物流产业园位于北部。').map(([, name]) => name)).toEqual(['新都智慧物流产业园']);
    expect(found('宁海物流产业园位于北部。').map(([, name]) => name)).toEqual(['宁海物流产业园']);
  });
  it('reads a Party branch numbered in the body named before it, also before its secretary’s title', () => {
    const names = (text: string) => found(text).map(([kind, name]) => `${kind} ${name}`);
    expect(names('青岩印务第一党支部和青岩印务第二党支部开展活动。')).toEqual([
      'Organization 青岩印务第一党支部',
      'Organization 青岩印务第二党支部',
    ]);
    expect(names('青岩印务第二党支部书记王建国宣读决定。')).toEqual(['Organization 青岩印务第二党支部']);
    // A bare numbered branch says which only in context.
    expect(names('第一党支部书记王建国宣读决定。')).toEqual([]);
  });
  it('runs a group’s or bureau’s name on over its numbered subsidiary (某某集团|第一工程公司, 某某管理局|钻井一公司)', () => {
    const names = (text: string) => found(text).map(([kind, name]) => `${kind} ${name}`);
    expect(names('青岩建工集团第一工程公司总经理王建国到访。')).toEqual(['Company 青岩建工集团第一工程公司']);
    expect(names('青岩建工集团三分公司负责施工。')).toEqual(['Company 青岩建工集团三分公司']);
    expect(names('任青岩石油管理局钻井一公司经理。')).toEqual(['Company 青岩石油管理局钻井一公司']);
    // A count of companies after a group names no subsidiary.
    expect(names('青岩建工集团与三家公司签约。')).toEqual(['Company 青岩建工集团']);
  });
  it('reads a park named by a number, but no count or year before a park word', () => {
    expect(found('位于滨江新区的58小镇聚集了百余家企业。').map(([, name]) => name)).toEqual(['滨江新区', '58小镇']);
    expect(found('全县建成12个特色小镇。').map(([, name]) => name)).not.toContain('12个特色小镇');
    expect(found('2019小镇建设成效明显。').map(([, name]) => name)).not.toContain('2019小镇');
  });
  it('reads a province’s former planning commission and its environment department as bodies', () => {
    expect(found('滨江省发展计划委员会对项目进行了批复，经滨江省环保厅审批同意。').map(([, name]) => name)).toEqual([
      '滨江省发展计划委员会',
      '滨江省环保厅',
    ]);
  });
  it('reads a city’s land reserve or registration centre as a body, not a facility', () => {
    const kinds = (text: string) => recognizeSuffixNames(text, 0).map((c) => `${c.kind} ${c.name}`);
    expect(kinds('土地交给徐州市土地储备中心。')).toEqual(['Organization 徐州市土地储备中心']);
    expect(kinds('徐州市不动产登记中心开展服务。')).toEqual(['Organization 徐州市不动产登记中心']);
  });
  it('reads a working group named by the fields it joins (某省网络安全和信息化领导小组)', () => {
    expect(found('由湖南网络安全和信息化领导小组负责。').map(([, name]) => name)).toContain(
      '湖南网络安全和信息化领导小组',
    );
  });
  it('reads work committees, town finance offices and discipline groups as bodies (县委教育工委, 某镇财政所, …纪检组)', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('县委教育工委、锦华街道人大工委和石桥镇财政所参加。')).toEqual([
      '县委教育工委',
      '锦华街道人大工委',
      '石桥镇财政所',
    ]);
    // …and a discipline commission's standing committee, named where a notice says who decided (经某省纪委常委会会议研究).
    expect(names('经广东省纪委常委会会议研究并报省委批准。')).toEqual(['广东省纪委常委会']);
    // A discipline body's joint name is one body (区纪工委监察工委), and a department's group is no name (部门纪检组).
    expect(names('区纪工委监察工委派驻各部门纪检组。')).toEqual(['区纪工委监察工委']);
  });
  it('reads a place’s or committee’s offices by their short forms (省自贸办, 市委改革办, 某镇党政办), no bare one', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('省自贸办、市委改革办和县委防邪办负责人参加。')).toEqual(['省自贸办', '市委改革办', '县委防邪办']);
    expect(names('青禾省安委办和青石镇党政办联合检查。')).toEqual(['青禾省安委办', '青石镇党政办']);
    expect(names('园区内设机构为党政办、招商办。')).not.toContain('党政办');
    // …and an office written in full is that office, not its short form (某市口岸|办公室).
    expect(names('湖州市口岸办公室参加。')).toEqual(['湖州市口岸办公室']);
  });
  it('reads a place’s people’s bodies by their short forms (省台联, 市青联, 省记协, 某省海联会, 某市光彩会)', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('省台联、市青联和省记协联合主办，湖州市光彩会协办。')).toEqual([
      '省台联',
      '市青联',
      '省记协',
      '湖州市光彩会',
    ]);
    expect(names('青禾省海联会会长出席。')).toEqual(['青禾省海联会']);
  });
  it('reads a work team a place or its committee sends as a body, not a bare one (某市第十批援藏工作队, 驻村工作队)', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('湖州市第十批援藏工作队抵达。')).toEqual(['湖州市第十批援藏工作队']);
    expect(names('市委驻青石村乡村振兴工作队开展走访。')).toEqual(['市委驻青石村乡村振兴工作队']);
    expect(names('驻村帮扶工作队入户走访。')).toEqual([]);
  });
  it('reads a task force named for its industry and a service team as bodies (某市某产业专班, 某市应急救援服务队)', () => {
    const names = found('绵阳市硅基新材料产业专班和绵阳市应急救援服务队赶赴现场。').map(([, name]) => name);
    expect(names).toEqual(['绵阳市硅基新材料产业专班', '绵阳市应急救援服务队']);
  });
  it('reads a working group whose roster a notice changes after the verb (关于调整|某县…领导小组成员的通知)', () => {
    expect(found('关于调整德清县招商引资工作领导小组成员的通知').map(([, name]) => name)).toContain(
      '德清县招商引资工作领导小组',
    );
  });
  it('reads no place named by its level word alone as part of a body joined to it (县|与|某某设计研究院)', () => {
    expect(found('县与青岩东北勘测设计研究院签订协议。').map(([, name]) => name)).toContain('青岩东北勘测设计研究院');
  });
  it('runs no project’s name over the 等 that closes a list (…、某某热电联产|等重点|项目)', () => {
    expect(found('推进青禾风电、华辰2×35万千瓦热电联产等重点项目前期工作。').map(([, name]) => name)).toEqual([]);
  });
  it('reads science parks (某某科学园区, 某某科学园) and a special region’s government by its level word (特区政府)', () => {
    expect(found('青禾科学园区位于苗栗县。香港青岩科学园举办活动。').map(([kind, name]) => `${kind} ${name}`)).toEqual([
      'Park 青禾科学园区',
      'Park 香港青岩科学园',
    ]);
    expect(found('本届特区政府把推动创科发展摆在重要位置。').map(([, name]) => name)).toEqual(['特区政府']);
    // …and a science park's part named right after it is one name, as a zone's is (某某科学园区|某某园区).
    expect(found('青禾科学园区滨江园区通过环评。').map(([, name]) => name)).toEqual(['青禾科学园区滨江园区']);
  });
  it('keeps the place a facility’s name brackets after it (某某中心（华南）), the name without it an alias', () => {
    const [facility] = recognizeSuffixNames('推进青禾创新中心（华南）落地。', 0);
    expect([facility?.name, facility?.aliases]).toEqual(['青禾创新中心（华南）', ['青禾创新中心']]);
  });
  it('reads no name whose head ends in a verb of joining (深度参与|合作区产业建设)', () => {
    expect(found('助力他们深度参与合作区产业建设，加快融入自贸区。')).toEqual([]);
  });
  it('reads an investment promotion office with the place it serves (香港投资推广署, 市投资推广署)', () => {
    expect(found('香港投资推广署与市投资推广署主办活动。').map(([, name]) => name)).toEqual([
      '香港投资推广署',
      '市投资推广署',
    ]);
  });
  it('reads a bureau whose fields 及 joins whole (香港政制及内地事务局), not two posts’ bodies (常务理事及学术委员会)', () => {
    expect(found('香港政制及内地事务局局长出席。').map(([, name]) => name)).toEqual(['香港政制及内地事务局']);
    expect(found('任青禾联合会常务理事及学术委员会副主任。').map(([, name]) => name)).not.toContain(
      '青禾联合会常务理事及学术委员会',
    );
  });
  it('reads no body referred to (该局) and starts a name after the 单位 that introduces it', () => {
    expect(found('高度评价该局的工作。')).toEqual([]);
    expect(found('主管单位青禾管理局表示。').map(([, name]) => name)).toEqual(['青禾管理局']);
  });
  it('names a facility written right after its company with the company (某某有限公司|滨江基地)', () => {
    const facility = found('他来到青禾海洋工程有限公司滨江基地。').find(([kind]) => kind === 'Project');
    expect(facility?.[1]).toBe('青禾海洋工程有限公司滨江基地');
  });
  it('reads a zone committee’s centre written right after it as its unit (某开发区管委会|投资招商中心)', () => {
    expect(
      found('宿迁经济技术开发区管委会投资招商中心主任周立群出席。').map(([kind, name]) => `${kind} ${name}`),
    ).toContain('Organization 宿迁经济技术开发区管委会投资招商中心');
  });
  it('reads no bureau in a common word in 局, none in a personal name with ·, none after 上述', () => {
    expect(found('主题公园盈利困局，产业布局待优化。')).toEqual([]);
    expect(found('我和艾力·买买提局长来村里参加了认亲。')).toEqual([]);
    expect(found('上述苏南地方国土局工作人员告诉记者。').map(([, name]) => name)).toEqual(['苏南地方国土局']);
  });
  it('starts a body’s name after a party joined to it before a place (某某兄弟与|某县工业园区管理委员会)', () => {
    expect(found('由华辰兄弟与滨海县工业园区管理委员会下属的国资公司共同投资。').map(([, name]) => name)).toContain(
      '滨海县工业园区管理委员会',
    );
  });
  it('reads no chamber of commerce (商会) inside 协商会议', () => {
    expect(found('滨江市政治协商会议副主席张明远出席。').map(([, name]) => name)).not.toContain('滨江市政治协商会');
    expect(found('滨江市工商联合会与华辰商会签约。').map(([, name]) => name)).toContain('华辰商会');
  });
  it('reads no university in 大学城 (a university town)', () => {
    expect(found('与滨江良石大学城建立高校联盟。')).toEqual([]);
  });
  it('reads no university in 大学生 (students), but one before 生命', () => {
    expect(found('走访滨江市大学生创业孵化园。').map(([k, n]) => k + ' ' + n)).toEqual(['Park 滨江市大学生创业孵化园']);
    expect(found('青禾大学生命科学学院').map(([k, n]) => k + ' ' + n)).toEqual(['Organization 青禾大学生命科学学院']);
  });
  it('reads no zone in a rank of zones (晋级省级开发区, 某省省级开发区), but a zone with its rank', () => {
    expect(found('滨江开发区成功晋级国家级经济技术开发区。').map(([, n]) => n)).toEqual(['滨江开发区']);
    expect(found('力争跻身吉林省省级开发区前列。')).toEqual([]);
    expect(found('岚湾国家级经济技术开发区综合排名提升。').map(([, n]) => n)).toEqual(['岚湾国家级经济技术开发区']);
  });
  it('reads valleys named by their trade (科技谷, 光电谷) with a proper head, not a kind', () => {
    expect(found('岚湾科技谷、滨江光电谷建设提速。').map(([, n]) => n)).toEqual(['岚湾科技谷', '滨江光电谷']);
    expect(recognizeSuffixNames('打造一批创新谷。', 0).filter((c) => !c.reference)).toEqual([]);
  });
  it('reads a university’s park as a park, not the university', () => {
    expect(found('了解滨江国家大学科技城建设情况。')).toEqual([['Park', '滨江国家大学科技城', '滨江国家大学科技城']]);
    expect(found('青禾大学科技园入驻企业五十家。')).toEqual([['Park', '青禾大学科技园', '青禾大学科技园']]);
  });
  it('makes a generic park head a reference to a park named elsewhere', () => {
    const [reference] = recognizeSuffixNames('该园区获批省级产业园。', 0);
    expect(reference).toMatchObject({ kind: 'Park', name: '产业园', reference: '产业园' });
  });
  it('reads a bare 园区 as a reference only where something lies in it (入驻园区, 园区内), and ends no name with it', () => {
    const references = (text: string) => recognizeSuffixNames(text, 0).filter((c) => c.reference);
    expect(references('华辰公司入驻园区。')).toMatchObject([{ kind: 'Park', name: '园区', reference: '园区' }]);
    expect(references('园区内的华辰公司扩建厂房。')).toMatchObject([{ name: '园区' }]);
    expect(references('园区运营中心主任介绍情况。')).toEqual([]);
    expect(found('基金更大力度投向园区。')).toEqual([]);
    expect(found('企业入驻青禾工业园区内。')).toEqual([['Park', '青禾工业园区', '青禾工业园区']]);
  });
  it('reads a place joined to a park by a conjunction as the other party, not the park’s head', () => {
    expect(found('鄢陵县与青禾航空港经济综合实验区签署合作协议。')).toEqual([
      ['Park', '青禾航空港经济综合实验区', '青禾航空港经济综合实验区'],
    ]);
    expect(found('许昌市和郑州经济技术开发区签约。').map(([, name]) => name)).toEqual(['郑州经济技术开发区']);
  });
  it('reads a registered company name whole', () => {
    expect(found('由华辰科技有限公司投资建设。')).toEqual([['Company', '华辰科技有限公司', '华辰科技有限公司']]);
    expect(found('来到滨江机械集团股份有限公司。').map(([, name]) => name)).toEqual(['滨江机械集团股份有限公司']);
  });
  it('reads facilities named by their kind (环岛路, 度假村) as projects', () => {
    expect(found('岚湾环岛路建成通车，滨江温泉度假村开业。')).toEqual([
      ['Project', '岚湾环岛路', '岚湾环岛路'],
      ['Project', '滨江温泉度假村', '滨江温泉度假村'],
    ]);
  });
  it('reads a museum with a proper head as a project (a facility), not a generic 革命纪念馆', () => {
    expect(found('建成滨江考古博物馆，参观革命纪念馆。')).toEqual([['Project', '滨江考古博物馆', '滨江考古博物馆']]);
  });
  it('reads halls and campuses with a proper head as projects (…文化馆, …文献馆, …校区), not a described kind', () => {
    expect(
      found('建成岚湾海洋文化馆和滨湖小学东湖校区，完善乡镇文化馆。').map(([kind, name]) => kind + ' ' + name),
    ).toEqual(['Project 岚湾海洋文化馆', 'Project 滨湖小学东湖校区']);
  });
  it('reads councils, associations, schools and papers by their suffix (政协, 人大常委会, 公会, 中学, 都市报)', () => {
    expect(
      found('县人大常委会、县政协党组，滨江旅行同业公会、岚湾附属中学和东海都市报参加。').map(([k, n]) => k + ' ' + n),
    ).toEqual([
      'Organization 县人大常委会',
      'Organization 县政协',
      'Organization 滨江旅行同业公会',
      'Organization 岚湾附属中学',
      'Organization 东海都市报',
    ]);
  });
  it('opens a zone’s name at its place after the verbs acting on it (核查|某县新区, 要运营好|某县新区)', () => {
    const names = (text: string) => found(text).map(([kind, n]) => `${kind}:${n}`);
    expect(names('记者到核查德清新区的项目。')).toEqual(['Park:德清新区']);
    expect(names('要运营好桐乡新区。')).toEqual(['Park:桐乡新区']);
    // (A city the segmenter tags as a verb opens the zone's name: 包头|某某高新区.)
    expect(names('包头青禾高新区发展迅速。')).toEqual(['Park:包头青禾高新区']);
  });
  it('reads a CPPCC or congress only by its place, level or the nation (not 人民政协, 基层政协, 群众感到|政协)', () => {
    const names = (text: string) => found(text).map(([, n]) => n);
    expect(names('群众真切感到政协工作有了新变化。')).toEqual([]);
    expect(names('人民政协和基层政协都要发挥作用。')).toEqual([]);
    expect(names('杭州围绕政协工作开展活动，湖南省各级政协积极参与。')).toEqual([]);
    expect(names('浙江省政协和嘉兴市南湖区政协出席。')).toEqual(['浙江省政协', '嘉兴市南湖区政协']);
  });
  it('reads a council or Party committee before a post title as no body (某镇党委|书记, 市人大常委会|主任)', () => {
    expect(found('滨江镇党委书记、市人大常委会主任王立新出席。')).toEqual([]);
  });
  it('reads a joint Party committee only with a proper head, and no generic Party committee', () => {
    expect(found('岚湾联合党委引入民宿，深化村级联合党委建设，各国企党委参加。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Organization 岚湾联合党委',
    ]);
  });
  it('reads airports, intercity railways and passenger lines as projects, an airport only with a proper head', () => {
    expect(found('滨江城际铁路和岚湾客专开通，滨湖国际机场扩建，新建支线机场。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 滨江城际铁路',
      'Project 岚湾客专',
      'Project 滨湖国际机场',
    ]);
  });
  it('reads free-trade zones and ports, bonded ports, clusters and e-commerce parks by their suffix', () => {
    expect(
      found('东海自贸试验区、岚湾保税港区和滨江自由贸易港获批，华辰食品生产集聚区与滨湖跨境电商园开园。').map(
        ([k, n]) => k + ' ' + n,
      ),
    ).toEqual([
      'Park 东海自贸试验区',
      'Park 岚湾保税港区',
      'Park 滨江自由贸易港',
      'Park 华辰食品生产集聚区',
      'Park 滨湖跨境电商园',
    ]);
  });
  it('reads a free-trade zone’s area by its suffix (某市自贸片区, ONTOLOGY.md: an FTZ’s 片区 is a park)', () => {
    expect(found('在位于滨江自贸片区的华辰集团，他详细了解情况。').map(([k, n]) => k + ' ' + n)).toContain(
      'Park 滨江自贸片区',
    );
  });
  it('reads a processing park (…加工园) by its suffix', () => {
    expect(found('在青石镇，华辰食品加工园已建成投产。').map(([k, n]) => k + ' ' + n)).toContain('Park 华辰食品加工园');
  });
  it('starts a name after a verb of setting up or reviving (新设, 盘活) and after 会议上', () => {
    expect(found('有效盘活滨湖跨境电商园，在滨江会议上东海综合实验区获表彰。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Park 滨湖跨境电商园',
      'Park 东海综合实验区',
    ]);
  });
  it('reads a province’s departments (…科技厅, …教育厅), also by the level word alone', () => {
    expect(found('东海省科学技术厅和省教育厅联合发文。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Organization 东海省科学技术厅',
      'Organization 省教育厅',
    ]);
  });
  it('reads a school only with a proper head, and no bureau in 开好局 or 困难局', () => {
    expect(found('深入学校调研，滨江实验学校开学，十四五开好局，克服困难局面。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Organization 滨江实验学校',
    ]);
  });
  it('reads an affiliated body with its parent as one name (某某大学附属某某医院)', () => {
    expect(found('滨江医科大学附属华辰医院专家入驻。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Organization 滨江医科大学附属华辰医院',
    ]);
  });
  it('gives a unit read with its parent no alias of the parent’s name: the parent is a body of its own', () => {
    const [unit] = recognizeSuffixNames('他在华辰理工大学青禾材料研究院工作。', 0);
    expect([unit!.name, unit!.aliases]).toEqual(['华辰理工大学青禾材料研究院', undefined]);
  });
  it('reads a unit under a state body or an institute with it, as an organization', () => {
    expect(found('王立新，国务院发展研究中心副主任。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Organization 国务院发展研究中心',
    ]);
    expect(found('他在中国科学院华辰材料研究所工作。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Organization 中国科学院华辰材料研究所',
    ]);
  });
  it('reads no 保税仓 inside 保税仓储, and starts a park after 办理 or 投建', () => {
    expect(
      found('滨湖保税仓储物流园区划转后办理岚湾跨境物流园区手续，合资投建华辰新材料产业园。').map(
        ([k, n]) => k + ' ' + n,
      ),
    ).toEqual(['Park 滨湖保税仓储物流园区', 'Park 岚湾跨境物流园区', 'Park 华辰新材料产业园']);
  });
  it('starts a name after 历任 and 曾任 in a career line', () => {
    expect(found('王立新历任滨江市人民政府秘书长。').map(([, n]) => n)).toEqual(['滨江市人民政府']);
  });
  it('starts a name after 新任, 时任 and 前任 before a post', () => {
    expect(found('新任滨江区保安局局长王立新上任。').map(([, n]) => n)).toEqual(['滨江区保安局']);
    expect(found('他的前任华辰大学党委书记李海峰出席。').map(([, n]) => n)).toEqual(['华辰大学']);
  });
  it('starts a name after 率 (led): 某某率|某县水务局', () => {
    expect(found('副县长王立新率县水务局、华辰水务投资有限责任公司负责人调研。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Organization 县水务局',
      'Company 华辰水务投资有限责任公司',
    ]);
  });
  it('drops 原 (former) before a body’s name', () => {
    expect(found('原区旅游发展委员会撤销。').map(([k, n]) => k + ' ' + n)).toEqual(['Organization 区旅游发展委员会']);
  });
  it('drops a leading verb the segmenter reads as a noun (总结|, 做精|)', () => {
    expect(found('总结滨湖村采摘园经验，做精滨江村黄金百香果采摘园。').map(([, name]) => name)).toEqual([
      '滨湖村采摘园',
      '滨江村黄金百香果采摘园',
    ]);
  });
  it('reads guesthouses and resorts with a proper head as projects, not a described kind', () => {
    expect(
      found('建成岚湾民宿群和滨湖国际旅游度假区，发展高品质民宿。').map(([kind, name]) => kind + ' ' + name),
    ).toEqual(['Project 岚湾民宿群', 'Project 滨湖国际旅游度假区']);
  });
  it('reads a 基地 with a proper head as a project, but not a region’s role (制造业基地) or 宅基地', () => {
    expect(found('建成岚湾游艇基地，打造长三角先进制造业基地，盘活农村宅基地。')).toEqual([
      ['Project', '岚湾游艇基地', '岚湾游艇基地'],
    ]);
  });
  it('lets a facility named just before 项目 take it on, and reads no other 项目 as a name', () => {
    expect(found('推进滨湖文旅综合体项目和重点项目建设。')).toEqual([
      ['Project', '滨湖文旅综合体项目', '滨湖文旅综合体项目'],
    ]);
  });
  it('takes a bare 公司 after common words for a kind of company, not a name', () => {
    expect(found('设立融资租赁公司和全资子公司。')).toEqual([]);
    expect(found('华辰公司投资建设。')).toEqual([['Company', '华辰公司', '华辰公司']]);
  });
  it('starts even a registered name after a verb of visiting', () => {
    expect(found('钱振远乘车来到华辰精工装备有限公司考察。')).toEqual([
      ['Company', '华辰精工装备有限公司', '华辰精工装备有限公司'],
    ]);
  });
  it('reads a bureau named after its place, not a common word ending in 局', () => {
    expect(found('形成开放新格局。滨江区经济发展局召开会议。')).toEqual([
      ['Organization', '滨江区经济发展局', '滨江区经济发展局'],
    ]);
  });
  it('names a bureau after the zone it serves by both, and a zone’s committee before a post by the zone alone', () => {
    expect(found('滨江综合实验区自然资源与生态环境局召开会议。')).toContainEqual([
      'Organization',
      '滨江综合实验区自然资源与生态环境局',
      '滨江综合实验区自然资源与生态环境局',
    ]);
    expect(found('滨江综合实验区管委会副主任王华辰召开会议。').map(([kind]) => kind)).not.toContain('Organization');
  });
  it('reads a quoted head as part of the name, without its quotes, and keeps the quoted word as an alias', () => {
    const text = '建成全市首个“云栖”孵化器。';
    const [c] = recognizeSuffixNames(text, 0);
    expect(c).toMatchObject({ kind: 'Project', name: '云栖孵化器' });
    expect(text.slice(c!.start, c!.end)).toBe('“云栖”孵化器');
    expect(c!.aliases).toContain('云栖');
  });
  it('starts a name after an official’s duties and after the words that give a body’s other names', () => {
    expect(found('分管省自然资源厅；联系青禾铁路集团有限公司。').map(([, name]) => name)).toEqual([
      '省自然资源厅',
      '青禾铁路集团有限公司',
    ]);
    expect(found('青禾航天局又称青禾航天技术研究院。').map(([, name]) => name)).toContain('青禾航天技术研究院');
  });
  it('reads a port’s name that a company’s suffix follows as the company’s', () => {
    expect(found('调研青禾国际陆港公司。')).toEqual([['Company', '青禾国际陆港公司', '青禾国际陆港公司']]);
    expect(found('调研青禾国际陆港。')).toEqual([['Park', '青禾国际陆港', '青禾国际陆港']]);
  });
  it('keeps a name’s levels in its alias, never the words written before it', () => {
    const [c] = recognizeSuffixNames('全年引进项目23个，其中滨海青禾粮油有限公司年产5万吨项目建成。', 0);
    expect(c).toMatchObject({ kind: 'Company', name: '滨海青禾粮油有限公司' });
    expect(c!.aliases).not.toContain('其中滨海青禾粮油有限公司');
  });
  it('reads a company’s short name before 项目 only when a product word ends it', () => {
    expect(found('华辰科技项目顺利签约。')).toEqual([['Company', '华辰科技', '华辰科技']]);
    expect(found('重点项目顺利签约。')).toEqual([]);
  });
  it('reads a proper head longer than a brand before its product word as the project (某某一汽新能源汽车项目)', () => {
    expect(found('眼下，华辰一汽新能源汽车项目经过紧锣密鼓地施工。')).toEqual([
      ['Project', '华辰一汽新能源汽车项目', '华辰一汽新能源汽车项目'],
    ]);
    expect(found('招引华辰光电新型显示材料项目落地。').map(([kind, name]) => `${kind} ${name}`)).toEqual([
      'Project 华辰光电新型显示材料项目',
    ]);
    // …and a head too long for a company's short name, whatever opens it (某某高性能算力服务器智造).
    expect(found('公司拟投建青禾高性能算力服务器智造项目。').map(([kind, name]) => `${kind} ${name}`)).toEqual([
      'Project 青禾高性能算力服务器智造项目',
    ]);
    // …not loose characters before a product (省内高纯稀散金属材料), nor an industry's term (集成电路核心零部件).
    expect(found('打造省内高纯稀散金属材料项目。').filter(([kind]) => kind === 'Project')).toEqual([]);
    expect(found('签约集成电路核心零部件项目。').filter(([kind]) => kind === 'Project')).toEqual([]);
  });
  it('reads a state body named by the level word alone, but not after a determiner', () => {
    expect(found('区人民法院、县人民检察院党组，免去其区金融办副主任职务。')).toEqual([
      ['Organization', '区人民法院', '区人民法院'],
      ['Organization', '县人民检察院', '县人民检察院'],
      ['Organization', '区金融办', '区金融办'],
    ]);
    expect(found('各区管委会要落实。')).toEqual([]);
  });
  it('reads a court by its short form after its place (某省高院, 某市中院), never 高院 inside another word', () => {
    expect(found('湖南高院联合省司法厅召开通气会，宿迁中院参加。')).toEqual([
      ['Organization', '湖南高院', '湖南高院'],
      ['Organization', '省司法厅', '省司法厅'],
      ['Organization', '宿迁中院', '宿迁中院'],
    ]);
    expect(found('提高院士待遇。')).toEqual([]);
  });
  it('reads a university’s department in 系 written right after it as one name, not 关系 or 体系', () => {
    expect(found('1992年在华辰大学管理系学习，毕业于青禾理工学院土木系。').map(([, name]) => name)).toEqual([
      '华辰大学管理系',
      '青禾理工学院土木系',
    ]);
    expect(found('与华辰大学关系密切。').map(([, name]) => name)).toEqual(['华辰大学']);
  });
  it('reads the short forms of departments by their level or place (市交委, 县扶贫办, 某市政府新闻办)', () => {
    expect(found('市交委、市建委、县扶贫办参加，滨江市政府新闻办召开发布会。').map(([, name]) => name)).toEqual([
      '市交委',
      '市建委',
      '县扶贫办',
      '滨江市政府新闻办',
    ]);
    expect(found('各地交委要落实。')).toEqual([]);
    // …and the office written in full, not cut at 新闻办 (某市政府新闻办公室).
    expect(found('由滨江市政府新闻办公室举办。').map(([, name]) => name)).toEqual(['滨江市政府新闻办公室']);
  });
  it('reads a bank branch whole, from the bank or registered company before it', () => {
    expect(found('东海华辰银行股份有限公司滨江自贸区分行与国家华辰银行东海省分行签约。')).toEqual([
      ['Company', '东海华辰银行股份有限公司', '东海华辰银行股份有限公司'],
      ['Park', '滨江自贸区', '滨江自贸区'],
      ['Company', '东海华辰银行股份有限公司滨江自贸区分行', '东海华辰银行股份有限公司滨江自贸区分行'],
      ['Company', '国家华辰银行东海省分行', '国家华辰银行东海省分行'],
    ]);
  });
  it('reads a restaurant or service platform only when its head holds a place or a proper name', () => {
    expect(found('员工食堂、自助餐厅和研究服务平台陆续启用。')).toEqual([]);
    expect(found('滨江长者食堂启用。')).toEqual([['Project', '滨江长者食堂', '滨江长者食堂']]);
  });
  it('reads a zone’s Party committee as a body, and the bodies under it, but not before a post title', () => {
    expect(found('滨江开发区党工委党群工作部印发通知。').map(([kind, name]) => [kind, name])).toContainEqual([
      'Organization',
      '滨江开发区党工委党群工作部',
    ]);
    expect(found('在滨海试验区党工委的领导下。')).toContainEqual([
      'Organization',
      '滨海试验区党工委',
      '滨海试验区党工委',
    ]);
    expect(found('滨江开发区党工委书记王华辰表示。').filter(([kind]) => kind === 'Organization')).toEqual([]);
    // A phrase running on from the committee is no body under it.
    expect(found('落实滨江开发区党工委各项工作部署。').map(([, name]) => name)).not.toContain(
      '滨江开发区党工委各项工作部',
    );
  });
  it('reads a zone’s 管委会 as a body except before a post title, and a company named after its zone whole', () => {
    const names = (text: string) => found(text).map(([kind, name]) => `${kind}:${name}`);
    expect(names('滨江经济开发区管委会印发通知。')).toContain('Organization:滨江经济开发区管委会');
    expect(names('滨江经济开发区管委会主任王华辰表示。')).toEqual(['Park:滨江经济开发区']);
    expect(names('成立滨江经济开发区华辰投资有限公司。')).toContain('Company:滨江经济开发区华辰投资有限公司');
  });
  it('reads a park named as a city of one industry (国际汽车城, 知识城)', () => {
    expect(found('长春国际汽车城和广州知识城加快建设。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Park 长春国际汽车城',
      'Park 广州知识城',
    ]);
  });
  it('reads the government service bureaus whole, though 服务 is a word that ends names', () => {
    expect(found('县行政审批服务局、桐庐县政务服务和大数据管理局、市政务服务局参加。').map(([, n]) => n)).toEqual([
      '县行政审批服务局',
      '桐庐县政务服务和大数据管理局',
      '市政务服务局',
    ]);
  });
  it('reads government departments whose names hold 和 or long words whole, by place or level word', () => {
    expect(
      found('德清县发展和改革局、德清县住房和城乡建设局、宜兴市自然资源和规划局和临安区退役军人事务局参加。').map(
        ([k, n]) => k + ' ' + n,
      ),
    ).toEqual([
      'Organization 德清县发展和改革局',
      'Organization 德清县住房和城乡建设局',
      'Organization 宜兴市自然资源和规划局',
      'Organization 临安区退役军人事务局',
    ]);
    expect(
      found('县人力资源和社会保障局、临安区经济和信息化局、桐庐县投资促进局、县民政局和桐庐县人民政府办公室').map(
        ([, n]) => n,
      ),
    ).toEqual([
      '县人力资源和社会保障局',
      '临安区经济和信息化局',
      '桐庐县投资促进局',
      '县民政局',
      '桐庐县人民政府办公室',
    ]);
  });
  it('reads level-word governments, discipline bodies and village bodies (县政府, 市纪委监委, 村委会, 党总支)', () => {
    expect(found('县政府、宜兴市纪委监委和蠡山村村委会、洛舍村党总支、武康街道办事处').map(([, n]) => n)).toEqual([
      '县政府',
      '宜兴市纪委监委',
      '蠡山村村委会',
      '洛舍村党总支',
      '武康街道办事处',
    ]);
  });
  it('reads a subdistrict office named by a subdistrict whose short name is no place alone', () => {
    expect(found('孙立群任演集街道办事处主任。').map(([, n]) => n)).toEqual(['演集街道办事处']);
  });
  it('reads the standard organs of local government in full and by level word (s7 forms table)', () => {
    const names = (text: string) => found(text).map(([, n]) => n);
    expect(names('政协湖州市委员会开幕，市直机关工委、市委编办、市科协、区政府办参加。')).toEqual([
      '政协湖州市委员会',
      '市直机关工委',
      '市委编办',
      '市科协',
      '区政府办',
    ]);
    expect(names('省人民政府办公厅印发方案，省农科院、省社科院专家论证，吴兴区融媒体中心报道。')).toEqual([
      '省人民政府办公厅',
      '省农科院',
      '省社科院',
      '吴兴区融媒体中心',
    ]);
    expect(names('湖州海关、湖州市投资促进中心和湖州市慈善基金会参加。')).toEqual([
      '湖州海关',
      '湖州市投资促进中心',
      '湖州市慈善基金会',
    ]);
  });
  it('reads a body numbered after its place whole (某市第一人民医院) and a township named by its full name', () => {
    expect(found('湖州市第一人民医院派出医疗队。').map(([, n]) => n)).toEqual(['湖州市第一人民医院']);
    // 新市镇 is made of descriptive words (新, 市, 镇) but is a place's full name.
    expect(found('新市镇人民政府、新市镇党委联合开展活动。').map(([, n]) => n)).toEqual([
      '新市镇人民政府',
      '新市镇党委',
    ]);
  });
  it('reads a village or township body named by a place the gazetteer does not list, not a kind of clinic', () => {
    expect(found('青石乡卫生院和白沙村村委会获评先进。').map(([, n]) => n)).toEqual(['青石乡卫生院', '白沙村村委会']);
    expect(found('加强乡镇卫生院建设。')).toEqual([]);
  });
  it('reads an office (署) but not 部署 or 签署, and a government’s bureau written after it as one name', () => {
    expect(found('抓好决策部署，双方签署协议，审计署派出审计组。').map(([, n]) => n)).toEqual(['审计署']);
    expect(found('台北市政府经济发展局与工业技术研究院合作。').map(([, n]) => n)).toEqual([
      '台北市政府经济发展局',
      '工业技术研究院',
    ]);
  });
  it('reads a research department and a presidium, but no name in 研究部署 or 研究部门', () => {
    expect(found('曾任宏观调节研究部副部长，是湖州科学院学部主席团顾问。').map(([, n]) => n)).toEqual([
      '宏观调节研究部',
      '湖州科学院学部主席团',
    ]);
    expect(found('研究部署下一步工作，加强研究部门协作。')).toEqual([]);
  });
  it('reads 关工委 by level word and a branch hospital with its parent', () => {
    expect(found('区关工委和滨江医院湖州分院参加。').map(([, n]) => n)).toEqual(['区关工委', '滨江医院湖州分院']);
  });
  it('reads a government’s commission or office abroad, and a bureau’s detachment, with the body before it', () => {
    const names = (text: string) => found(text).map(([, n]) => n);
    expect(names('湖州市人民政府国有资产监督管理委员会、湖州市人民政府驻上海办事处参加。')).toEqual([
      '湖州市人民政府国有资产监督管理委员会',
      '湖州市人民政府驻上海办事处',
    ]);
    expect(names('湖州市公安局交通警察支队开展整治。')).toEqual(['湖州市公安局交通警察支队']);
  });
  it('reads a department’s corps with the department before it, and no corps in its head’s post (总队|长)', () => {
    const names = (text: string) => found(text).map(([, n]) => n);
    expect(names('湖州省公安厅刑侦总队原副总队长胡某接受审查。')).toEqual(['湖州省公安厅刑侦总队']);
    expect(names('青禾省消防救援总队开展演练。')).toEqual(['青禾省消防救援总队']);
    expect(names('他曾任经侦支队副支队长。')).toEqual(['经侦支队']);
  });
  it('reads the Youth League’s committee of a place whole, a branch of a state bank as a body', () => {
    expect(found('共青团湖州市委员会联合举办。').map(([, n]) => n)).toEqual(['共青团湖州市委员会']);
    expect(found('中国人民银行湖州市分行出台措施。').map(([k, n]) => `${k} ${n}`)).toEqual([
      'Organization 中国人民银行湖州市分行',
    ]);
    expect(found('华辰银行湖州分行开业。').map(([k]) => k)).toEqual(['Company']);
  });
  it('reads a place’s red cross and broadcaster', () => {
    expect(found('湖州市红十字会、湖州广播电视总台参加。').map(([, n]) => n)).toEqual([
      '湖州市红十字会',
      '湖州广播电视总台',
    ]);
  });
  it('reads a newspaper after 据 and after a byline in brackets without them', () => {
    expect(found('据湖州日报报道。').map(([, n]) => n)).toEqual(['湖州日报']);
    expect(found('（记者 王明 通讯员 李华）湖州日报讯').map(([, n]) => n)).toEqual(['湖州日报']);
  });
  it('reads no name over a dateline a run-on headline hid (…被罚款某某报讯（记者王明）|某市药监局)', () => {
    expect(
      found('华辰医疗停产、负责人被罚款青禾报讯（记者王明）湖州市药监局8月14日公布信息。').map(([, n]) => n),
    ).toEqual(['湖州市药监局']);
  });
  it('reads an alliance with a proper or place head, not a kind of alliance', () => {
    expect(found('长三角新材料产业联盟成立，组建创新联盟。').map(([, n]) => n)).toEqual(['长三角新材料产业联盟']);
  });
  it('keeps two bodies joined by 和 or 与 apart (某县人大常委会和某县政协, 某高新区管委会与党工委)', () => {
    expect(found('德清县人大常委会和德清县政协联合调研。').map(([, n]) => n)).toEqual([
      '德清县人大常委会',
      '德清县政协',
    ]);
    expect(found('莫干山高新区管委会与党工委联合发文。').map(([, n]) => n)).not.toContain('莫干山高新区管委会与党工委');
  });
  it('reads a project named by a place, an output or a quoted name before 项目, not a kind of project', () => {
    expect(
      found('华辰公司年产10万吨新型建材项目开工，德清县垃圾焚烧发电项目并网，推进重点项目和乡村振兴项目。').map(
        ([k, n]) => k + ' ' + n,
      ),
    ).toEqual(['Company 华辰公司', 'Project 华辰公司年产10万吨新型建材项目', 'Project 德清县垃圾焚烧发电项目']);
  });
  it('reads a facility with the works done on it and 项目 or 工程 as one project (…扩建项目, …二期工程)', () => {
    expect(found('德清县城北污水处理厂扩建项目通过验收。').map(([, n]) => n)).toEqual(['德清县城北污水处理厂扩建项目']);
  });
  it('reads facilities: water and power plants, libraries, theatres, and routes named by their two ends', () => {
    expect(found('德清县城东污水处理厂和德清县城南水电站运行，新建德清图书馆和德清大剧院。').map(([, n]) => n)).toEqual(
      ['德清县城东污水处理厂', '德清县城南水电站', '德清图书馆', '德清大剧院'],
    );
    expect(found('德清至安吉高速公路和湖州至杭州铁路加快建设，完善高铁路网。').map(([, n]) => n)).toEqual([
      '德清至安吉高速公路',
      '湖州至杭州铁路',
    ]);
  });
  it('reads 工程 as a project only with a place, a phase or a quoted name (防洪工程 is none)', () => {
    expect(found('实施德清县城防洪二期工程和“千村示范万村整治”工程，加强水利工程建设。').map(([, n]) => n)).toEqual([
      '德清县城防洪二期工程',
      '千村示范万村整治工程',
    ]);
  });
  it('reads a facility word that another suffix continues as part of that name (…工程研究所)', () => {
    expect(found('德清县水利工程研究所成立。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Organization 德清县水利工程研究所',
    ]);
  });
  it('reads a committee with the Party name before it whole, and a school numbered after its place', () => {
    expect(found('中共新市镇委员会和德清县第一中学，第一中学。').map(([, n]) => n)).toEqual([
      '中共新市镇委员会',
      '德清县第一中学',
    ]);
  });
  it("reads a university's school and the hospital affiliated to it as one body", () => {
    expect(found('德清县人民医院与浙江大学医学院附属第一医院合作。').map(([, n]) => n)).toEqual([
      '德清县人民医院',
      '浙江大学医学院附属第一医院',
    ]);
  });
});

describe('recognizeSuffixNames: registered companies', () => {
  it('reads a group’s bracketed form as part of the registered name', () => {
    // Normalized text, as the recognizer reads it: brackets are half-width.
    expect(found('华辰科技(集团)有限公司和岚湾建设(控股)有限公司签约。').map(([, n]) => n)).toEqual([
      '华辰科技(集团)有限公司',
      '岚湾建设(控股)有限公司',
    ]);
  });
  it('starts a registered name after the appointment that opens the clause', () => {
    expect(found('王立新任滨江市城市投资集团有限公司党委书记。').map(([, n]) => n)).toEqual([
      '滨江市城市投资集团有限公司',
    ]);
    expect(found('提名李华为岚湾交通投资集团有限公司总经理人选。').map(([, n]) => n)).toEqual([
      '岚湾交通投资集团有限公司',
    ]);
    expect(found('张伟兼任岚湾集团有限公司副总经理，华为技术有限公司参会。').map(([, n]) => n)).toEqual([
      '岚湾集团有限公司',
      '华为技术有限公司',
    ]);
  });
});

describe('recognizeSuffixNames: parks in their standard written forms', () => {
  const parks = (text: string) =>
    found(text)
      .filter(([k]) => k === 'Park')
      .map(([, n]) => n);
  it('reads no park across a verb of signing before its suffix (某县签订|农业园区共建协议)', () => {
    expect(parks('甲市与乙省丙县签订农业园区共建协议。').filter((n) => n?.includes('签'))).toEqual([]);
    expect(parks('两地签署滨江生态农业园区合作协议。')).toEqual(['滨江生态农业园区']);
  });
  it('reads no zone where a count or a place and what is done with it come before the suffix', () => {
    expect(parks('溧阳、常熟两个经济开发区扩区。')).toEqual([]);
    expect(parks('河北新设自贸试验区，海南建设自由贸易港。')).toEqual([]);
    expect(parks('种好上海自贸区试验田，办好滨江经济开发区。')).toEqual(['上海自贸区', '滨江经济开发区']);
    expect(found('王主任对于产业园区的运营给予肯定。').map(([, name]) => name)).toEqual(['产业园区']);
  });
  it('reads no name out of a clause before the suffix: an adverb’s verb, 是, a Party committee', () => {
    expect(parks('要更好地发挥产业园区的支撑作用。')).toEqual(['产业园区']);
    expect(parks('其中，青石镇华辰片区是小镇的核心区。')).toEqual(['小镇']);
    expect(parks('2018年4月，任滨江市委岚湾新区工委委员。')).toEqual(['岚湾新区']);
  });
  it('reads short and special zone forms (综保区, 工业集中区, 产业集中发展区, 高新技术产业园区)', () => {
    expect(parks('岚湾综保区封关运作，东湖工业集中区和西岭产业集中发展区加快建设。')).toEqual([
      '岚湾综保区',
      '东湖工业集中区',
      '西岭产业集中发展区',
    ]);
    expect(parks('滨江市岚湾区高新技术产业园区扩区。')).toEqual(['滨江市岚湾区高新技术产业园区']);
  });
  it('reads chemical, farming, demonstration and cooperation parks with a proper head, not a described kind', () => {
    expect(parks('岚湾化工园区、东湖农业园区和川渝合作岚湾示范园区揭牌，中法(岚湾)产业合作园签约。')).toEqual([
      '岚湾化工园区',
      '东湖农业园区',
      '川渝合作岚湾示范园区',
      '中法(岚湾)产业合作园',
    ]);
    expect(parks('以跨境合作园区搭建平台，创建知识产权示范园区。')).toEqual([]);
  });
  it('reads a zone’s part written after it as one name, and a 片区 as no park of its own', () => {
    expect(parks('岚湾高新区南部园区新引进企业20家。')).toEqual(['岚湾高新区南部园区']);
    expect(parks('岚湾工业园区滨江分园建设加快。')).toEqual(['岚湾工业园区滨江分园']);
    expect(parks('岚湾经开区金湖片区完成投资。')).toEqual(['岚湾经开区']);
  });
  it('reads a smaller park written right after its zone as one name, and two parks joined as two', () => {
    expect(parks('入驻青岩经开区云杉健康产业园区的企业有十家。')).toEqual(['青岩经开区云杉健康产业园区']);
    expect(parks('青岩工业园区装备制造产业园开工。')).toEqual(['青岩工业园区装备制造产业园']);
    expect(parks('青岩经开区和云杉产业园签约。')).toEqual(['青岩经开区', '云杉产业园']);
  });
  it('reads a free-trade zone’s area (…自贸试验区某某片区) as one park', () => {
    expect(parks('中国(岚湾)自由贸易试验区东港片区挂牌，东海自贸区临港片区同步揭牌。')).toEqual([
      '中国(岚湾)自由贸易试验区东港片区',
      '东海自贸区临港片区',
    ]);
  });
  it('reads a science city and a town of industry with a proper head, not a town of leisure or a described kind', () => {
    // 特色小镇 says what kind: a reference to a town named elsewhere, no name of its own.
    expect(parks('岚湾科技城和滨江机器人小镇入选，创建省级特色小镇。')).toEqual([
      '岚湾科技城',
      '滨江机器人小镇',
      '小镇',
    ]);
    expect(parks('东湖温泉小镇和岚湾阅读小镇开业。')).toEqual([]);
  });
  it('reads a town of leisure as a facility, named by more than its leisure', () => {
    expect(found('东湖温泉小镇和岚湾阅读小镇开业。').map(([kind, name]) => kind + ' ' + name)).toEqual([
      'Project 东湖温泉小镇',
      'Project 岚湾阅读小镇',
    ]);
    expect(found('打造温泉小镇。')).toEqual([]);
    expect(found('推进东湖欢乐小镇二期改造工程。').map(([kind, name]) => kind + ' ' + name)).toEqual([
      'Project 东湖欢乐小镇二期改造工程',
    ]);
  });
  it('reads a mall, a park of rides or a tower by a proper head, and a complex only by one', () => {
    const named = (text: string) => found(text).map(([kind, name]) => kind + ' ' + name);
    expect(named('华辰免税商城开业，睿达亲子乐园和岚湾大厦同日开放。')).toEqual([
      'Project 华辰免税商城',
      'Project 睿达亲子乐园',
      'Project 岚湾大厦',
    ]);
    expect(named('建设东占文旅综合体。')).toEqual(['Project 东占文旅综合体']);
    expect(named('首个大型商业综合体开业。')).toEqual([]);
  });
  it('runs a facility’s name over 及 between two content words', () => {
    expect(found('启动建设滨湖固废处置及资源化利用中心。').map(([kind, name]) => kind + ' ' + name)).toEqual([
      'Project 滨湖固废处置及资源化利用中心',
    ]);
  });
});

describe('recognizeSuffixNames: how reports name companies', () => {
  const companies = (text: string) =>
    found(text)
      .filter(([k]) => k === 'Company')
      .map(([, n]) => n);
  it('reads a zone’s development company, whose own head is only a trade, with the zone’s name', () => {
    expect(companies('岚湾高新区投资发展有限公司负责园区建设。')).toEqual(['岚湾高新区投资发展有限公司']);
    expect(companies('由滨江经开区建设发展集团有限公司运营。')).toEqual(['滨江经开区建设发展集团有限公司']);
    // A clause that goes on after the zone names its own company.
    expect(companies('岚湾高新区引进华辰科技有限公司。')).toEqual(['华辰科技有限公司']);
  });
  it('reads registered names with 有限责任公司, a place before them and a branch after them', () => {
    expect(companies('江苏恒泰精工有限责任公司和凌云装备股份有限公司滨江分公司签约。')).toEqual([
      '江苏恒泰精工有限责任公司',
      '凌云装备股份有限公司',
      '凌云装备股份有限公司滨江分公司',
    ]);
  });
  it('reads a group by its abbreviation or trade (城发集团, 某某产业投资集团), not a described kind (企业集团)', () => {
    expect(companies('岚湾城发集团和星海产业投资集团投资，凌发集团重点推动。')).toEqual([
      '岚湾城发集团',
      '星海产业投资集团',
      '凌发集团',
    ]);
    expect(companies('组建企业集团和产业集团，培育大型集团和龙头集团。')).toEqual([]);
  });
  it('reads no kind of company (上市公司, 控股公司, 全资子公司) as a name', () => {
    expect(companies('上市公司达到5家，全资子公司和控股公司均已注册。')).toEqual([]);
  });
});

describe('recognizeSuffixNames: branches and cooperatives', () => {
  it('reads a branch office with the company before it, and a farmers’ cooperative (专业合作社) with a proper head', () => {
    // The company is proposed too: the overlap pass keeps the longer branch.
    expect(found('华辰科技有限公司滨江分公司揭牌，滨江县华辰果蔬专业合作社带动农户。').map(([, n]) => n)).toEqual([
      '华辰科技有限公司',
      '华辰科技有限公司滨江分公司',
      '滨江县华辰果蔬专业合作社',
    ]);
    expect(found('华辰集团岚湾分公司成立。').map(([, n]) => n)).toEqual(['华辰集团', '华辰集团岚湾分公司']);
  });
  it('reads no generic cooperative', () => {
    expect(found('发展农民专业合作社100家。')).toEqual([]);
  });
});

describe('recognizeSuffixNames: a park’s rank and a co-built park’s two places', () => {
  const parks = (text: string) => found(text).filter(([k]) => k === 'Park');
  it('drops 国家 before a zone’s place but keeps it inside a name', () => {
    expect(parks('国家东海高新区排名上升，滨江国家农业科技园区获批。').map(([, n, s]) => [n, s])).toEqual([
      ['东海高新区', '东海高新区'],
      ['滨江国家农业科技园区', '滨江国家农业科技园区'],
    ]);
  });
  it('reads no suffix the sentence’s words cut through at both ends (新鸿|基地|产 is 新鸿基|地产)', () => {
    // …nor a person who speaks for a body (王某代表|国资委).
    expect(found('王明代表国资委讲话。')).toEqual([]);
    // …nor a bureau 局 that opens a word (生动|局面).
    expect(found('控股股东远帆集团提交议案。').map(([, n]) => n)).toEqual(['远帆集团']);
    expect(found('项目选址青禾数码总部基地。').map(([, n]) => n)).toEqual(['青禾数码总部基地']);
    expect(found('开创了生动局面。')).toEqual([]);
    expect(found('香港新鸿基地产亦宣布投资50亿元。')).toEqual([]);
    expect(found('青禾示范基地产值突破10亿元。').map(([, n]) => n)).toEqual(['青禾示范基地']);
  });
  it('reads a new area’s 片区 written right after it as a park of it, as an FTZ’s', () => {
    expect(parks('听取坪山区和大鹏新区坝光片区的开发经验。').map(([, n]) => n)).toContain('大鹏新区坝光片区');
  });
  it('reads a bureau named by its work alone where its head’s post and name follow (发展局|局长|某某)', () => {
    expect(found('发展局局长甯汉豪今日前往深圳。').map(([k, n]) => `${k} ${n}`)).toContain('Organization 发展局');
    expect(found('加快发展局面良好。')).toEqual([]);
  });
  it('reads a business district named by its place or a proper name as a park, not one of a kind', () => {
    // …and no park whose head only describes it (世界一流|高|科技园区).
    expect(parks('打造世界一流高科技园区。').map(([, n]) => n)).not.toContain('世界一流高科技园区');
    expect(parks('湖州市金融商务区建设加快。').map(([, n]) => n)).toEqual(['湖州市金融商务区']);
    expect(parks('建设国际商务区。').map(([, n]) => n)).not.toContain('国际商务区');
  });
  it('reads no park whose head is only a founding verb after its builders (与某区合作共建|产业园区)', () => {
    expect(parks('推动绵竹市与成都市青白江区合作共建产业园区。').map(([, n]) => n)).toEqual(['产业园区']);
    expect(parks('推动绵竹市与青白江区共建的青禾产业园区加快建设。').map(([, n]) => n)).toEqual(['青禾产业园区']);
  });
  it('reads two places joined by a dash as one park, not a year before it', () => {
    expect(parks('东海—滨江工业园区是共建园区，2023—滨江工业园区。').map(([, n]) => n)).toEqual([
      '东海—滨江工业园区',
      '滨江工业园区',
    ]);
  });
});

describe('recognizeSuffixNames: laboratories and the State Council’s report', () => {
  it('reads a laboratory named by its place or a proper name, not a generic one', () => {
    const names = found('广州实验室、青禾实验室建成，医学检测实验室和公共实验室投用。').map(([, name]) => name);
    expect(names).toEqual(['广州实验室', '青禾实验室']);
  });
  it('reads no body 国务院政府 in the title of the State Council’s work report', () => {
    expect(found('2025年中华人民共和国国务院政府工作报告')).toEqual([]);
  });
});

describe('recognizeSuffixNames: short names of listed firms, verbs in a suffix, joined bodies', () => {
  it('reads a listed firm’s short name in 股份 (华辰股份, 某某股份公司), not shares held or a shareholding cooperative', () => {
    expect(found('近日，睿达股份年产5万吨项目签约。')).toEqual([['Company', '睿达股份', '睿达股份']]);
    expect(found('青禾股份公司在滨江投资。')).toEqual([['Company', '青禾股份公司', '青禾股份公司']]);
    expect(found('股东所持限售股份解禁。')).toEqual([]);
    expect(found('滨江社区股份合作社分红。').map(([kind]) => kind)).not.toContain('Company');
  });
  it('reads no office in 签署 and no body run on over another place’s (某大学成功|签署, 某镇纪委主动与某镇纪委)', () => {
    expect(found('华辰公司与滨江科技大学成功签署合作协议。').map(([, name]) => name)).toEqual([
      '华辰公司',
      '滨江科技大学',
    ]);
    expect(found('青禾镇纪委主动与滨江镇纪委取得联系。').map(([, name]) => name)).toEqual(['青禾镇纪委', '滨江镇纪委']);
  });
  it('starts a name after 特邀 and after the 现 that gives a body’s present name (（现某某大学）)', () => {
    expect(found('特邀省政协副主席出席。').map(([, name]) => name)).toEqual(['省政协']);
    expect(found('毕业于滨江海洋学院（现滨江海洋大学）。').map(([, name]) => name)).toEqual([
      '滨江海洋学院',
      '滨江海洋大学',
    ]);
  });
  it('keeps a county the segmenter tags as an adverb in the name it opens (大足/d|石刻研究院, 正定/d|…)', () => {
    expect(found('开幕式上，大足石刻研究院与青禾集团签约。').map(([, name]) => name)).toContain('大足石刻研究院');
    expect(found('正定文化研究院成立。').map(([, name]) => name)).toEqual(['正定文化研究院']);
  });
  it('reads an academy’s university and a government’s general office whole (某科学院|大学, 某省政府|办公厅)', () => {
    expect(found('中国滨江科学院大学党委常委出席。').map(([, name]) => name)).toEqual(['中国滨江科学院大学']);
    expect(found('曾在青海省政府办公厅工作多年。').map(([, name]) => name)).toEqual(['青海省政府办公厅']);
  });
  it('starts a name after 请 and 邀请 (请|某某协会的专家), and after 助推, 投身于 and 标志', () => {
    expect(found('定安还请滨江工业设计协会的专家到企业调研。').map(([, name]) => name)).toEqual(['滨江工业设计协会']);
    expect(found('为助推滨江新区建设贡献力量。').map(([, name]) => name)).toEqual(['滨江新区']);
    expect(found('青年投身于滨江新区建设。').map(([, name]) => name)).toEqual(['滨江新区']);
    expect(found('这标志青禾港集团构建供应链综合体。').map(([, name]) => name)).toEqual(['青禾港集团']);
  });
  it('reads no quoted sentence into the name after it (“这是攻关。”该公司)', () => {
    expect(found('“这是对叶片的科研攻关。”该公司综合部部长张建国说。')).toEqual([]);
  });
  it('reads a park a quote holds whole whatever its head, not a title awarded or a count (“中国某某产业基地”, “五个开发区”)', () => {
    const parks = (text: string) =>
      found(text)
        .filter(([kind]) => kind === 'Park')
        .map(([, name]) => name);
    expect(parks('打造一园区三基地——“青禾信息产业基地”“工业互联网产业基地”“电子信息产业基地”。')).toEqual([
      '青禾信息产业基地',
      '工业互联网产业基地',
      '电子信息产业基地',
    ]);
    expect(parks('荣获“中国模具产业基地”称号。')).toEqual([]);
    expect(parks('建成“五个开发区”。')).toEqual([]);
  });
  it('reads a medium’s group whole as a medium (某某日报|传媒集团), not the paper and a bare 传媒集团', () => {
    expect(found('由青禾新闻网传媒集团主办，滨江日报传媒集团承办。').map(([kind, name]) => `${kind} ${name}`)).toEqual([
      'Organization 青禾新闻网传媒集团',
      'Organization 滨江日报传媒集团',
    ]);
  });
  it('runs a park’s name over a verb or time word between a proper word and its trade (某某智能|穿戴|设备产业园)', () => {
    const parks = (text: string) =>
      found(text)
        .filter(([kind]) => kind === 'Park')
        .map(([, name]) => name);
    expect(parks('7月5日，青禾堂智能穿戴设备产业园在滨江隆重开园。')).toEqual(['青禾堂智能穿戴设备产业园']);
    expect(parks('打造石溪湖畔垂钓服务业集聚区。')).toEqual(['石溪湖畔垂钓服务业集聚区']);
    expect(parks('青石夜间消费科学城正式投产。')).toEqual(['青石夜间消费科学城']);
    // (Not the clause's verb before a zone named by its place or the state.)
    expect(parks('专家深入岳西经济开发区调研。')).toEqual(['岳西经济开发区']);
    expect(parks('国家赋予青禾新区新的使命。')).toEqual(['青禾新区']);
  });
});
