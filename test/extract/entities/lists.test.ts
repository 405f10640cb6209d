// The list recognizer alone: items joined by 、, their kind from their own suffix or from what the list is said to be.
import { describe, expect, it } from 'vitest';
import { recognizeLists } from '../../../src/extract/entities/lists.ts';

const found = (text: string) => recognizeLists(text, 0).map((c) => [c.kind, c.name, c.listType]);

describe('recognizeLists', () => {
  it('reads no firm from a list of kinds of firm or of qualities (头部互联网平台、知名金融机构; 周期长、流动性较低)', () => {
    expect(found('成员来自头部互联网平台、商业零售龙头企业、知名金融机构等优秀的企业。')).toEqual([]);
    expect(found('产业基金具有投资周期长、流动性较低的特点，公司本次投资可能面临风险。')).toEqual([]);
  });
  it('reads no firm from a list of judgements said of projects (效益好不好、带动力强不强; 人无我有、人优我特)', () => {
    expect(found('在谋划项目时，将投资效益好不好、带动力强不强作为重要指标。')).toEqual([]);
    expect(found('着力打造“人无我有、人优我特”的投资环境。')).toEqual([]);
  });
  it('reads no names from a list of teams or awards, nor one whose 项目 comes after a clause (等都要向…项目倾斜)', () => {
    expect(found('青禾研发团队、绿谷育种创新团队等科研团队落户新区。')).toEqual([]);
    expect(found('青禾建筑奖、绿谷杯等都要向住宅项目倾斜。')).toEqual([]);
    // …nor an activity firms do (研发、生产、销售).
    expect(found('为青禾集团生产加工、提取中药半成品和饮片加工、销售、提供原料药的一家民营企业。')).toEqual([]);
  });
  it('reads a list said to stand for a kind of firm (A、B为代表的某某企业) as companies', () => {
    expect(found('主要有青禾木门、绿谷家具为代表的家居制造企业。').map(([kind, name]) => [kind, name])).toEqual([
      ['Company', '青禾木门'],
      ['Company', '绿谷家具'],
    ]);
  });
  it('reads a brand a numeral opens as an item, not a count (九华通, 三青重工), and no counted item', () => {
    expect(found('东湖汽车、九华通等企业加快发展。').map(([, name]) => name)).toEqual(['东湖汽车', '九华通']);
    expect(found('华辰集团、三青重工等企业参展。').map(([, name]) => name)).toEqual(['华辰集团', '三青重工']);
    expect(found('建成两个基地、三大产业园等载体。')).toEqual([]);
  });
  it('reads no company from a list of leaders, whatever company the sentence then names', () => {
    expect(found('河南省委常委、郑州市委书记张明远带领市直部门等领导调研青禾物流有限公司。')).toEqual([]);
  });
  it('reads no company from places written one after another (来自江苏苏州、浙江杭州等地的企业)', () => {
    const kinds = found('园区吸引了来自上海、江苏苏州、浙江杭州等地的企业入驻。').map(([kind]) => kind);
    expect(kinds).not.toContain('Company');
  });
  it('reads no list of projects from 投资 inside an item’s name (某某交通投资集团有限公司)', () => {
    const types = (text: string) => recognizeLists(text, 0).map((c) => c.listType);
    expect(types('会上，青岩集团滨江公司、滨江交通投资集团有限公司作典型发言。')).not.toContain('project');
    expect(types('青岩集团、远帆集团投资建设的两个项目相继开工。')).toContain('project');
  });
  it('reads the platforms of a list of online platforms as companies, without the party before them', () => {
    expect(found('宁陵县与青岩、远帆优选、禾音等电商平台合作。')).toEqual([
      ['Company', '青岩', 'company'],
      ['Company', '远帆优选', 'company'],
      ['Company', '禾音', 'company'],
    ]);
  });
  it('reads the firms a cluster is said to be led by (以A、B为龙头)', () => {
    expect(found('形成了以青岩电子、远帆科技为龙头的产业集群。').map(([kind, name]) => [kind, name])).toEqual([
      ['Company', '青岩电子'],
      ['Company', '远帆科技'],
    ]);
  });
  it('reads firms whose list is closed by a long qualifier or by a cluster they found (等世界500强投资企业, 等公司为基础的…产业)', () => {
    expect(found('引进青岩、远帆等世界500强投资企业18家。').map(([kind]) => kind)).toEqual(['Company', 'Company']);
    expect(found('以青岩、远帆、禾音等公司为基础的纺织产业聚集区。').map(([kind, name]) => [kind, name])).toEqual([
      ['Company', '青岩'],
      ['Company', '远帆'],
      ['Company', '禾音'],
    ]);
  });
  it('reads the last firm joined by 和, 及 or 以及, and a list closed by 等在内的众多企业', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('园区引进了华辰牧业、青禾农资和岚湾百货等龙头企业。')).toEqual(['华辰牧业', '青禾农资', '岚湾百货']);
    expect(names('吸引了包括东湖汽车、九华通以及远帆电子等在内的众多有影响力的企业。')).toEqual([
      '东湖汽车',
      '九华通',
      '远帆电子',
    ]);
    // (Not in a list of another kind: 和 may join words inside an industry's or a body's name.)
    expect(names('形成了电子信息、装备制造和新材料等主导产业。')).not.toContain('装备制造和新材料');
  });
  it('reads items of a list of projects named by their capacity or their works as projects, whole', () => {
    expect(found('加快推进青禾5万千瓦风电、华辰2×35万千瓦热电联产等重点项目前期工作。')).toEqual([
      ['Project', '青禾5万千瓦风电', 'project'],
      ['Project', '华辰2×35万千瓦热电联产', 'project'],
    ]);
    // (A wafer line's size is its capacity: 某某12英寸生产线, not 英寸生产线.)
    expect(found('青禾微电子12英寸生产线、华辰新能源汽车等高端制造业项目加快推进。').map(([, name]) => name)).toContain(
      '青禾微电子12英寸生产线',
    );
    expect(
      found('新开工华辰年产10万台电机、青禾啤酒迁址新建等12个项目。').map(([kind, name]) => `${kind} ${name}`),
    ).toEqual(['Project 华辰年产10万台电机', 'Project 青禾啤酒迁址新建']);
    // (An item with its registered company and 项目 is left to the rule of a company's project, not read whole.)
    const owned = found('华辰科技有限公司年产10万吨新材料项目、恒泰智能传感器项目等5个项目集中开工。');
    expect(owned.map(([, name]) => name)).not.toContain('华辰科技有限公司年产10万吨新材料项目');
    // (An item too long for a company's short name is its product line's project.)
    expect(
      found('先后招引青禾高能动力锂离子电池项目、华辰科技项目等一批重大项目。').map(
        ([kind, name]) => `${kind} ${name}`,
      ),
    ).toEqual(['Project 青禾高能动力锂离子电池项目', 'Company 华辰科技']);
    // (A phase's works name the company's phase: no project.)
    expect(found('青禾二期扩建、华辰三期扩建等项目顺利推进。').map(([kind]) => kind)).not.toContain('Project');
  });
  it('reads tourist areas in a list of projects as projects, and no bare kind of place or one-character head', () => {
    expect(found('双方签订了德清县青山村旅游区、莫干古镇旅游区、青禾国际旅游度假区三个投资开发项目。')).toEqual([
      ['Project', '德清县青山村旅游区', 'project'],
      ['Project', '莫干古镇旅游区', 'project'],
      ['Project', '青禾国际旅游度假区', 'project'],
    ]);
    expect(found('推进景区、度假区等项目建设。').map(([kind]) => kind)).not.toContain('Project');
    expect(found('推进新桥、金港等项目建设。').map(([kind]) => kind)).not.toContain('Project');
  });
  it('reads nothing from a list of honours (获评A、B等荣誉称号)', () => {
    expect(found('获评全国重点镇、全国特色景观旅游名镇、省级历史文化名镇等荣誉称号。')).toEqual([]);
  });
  it('reads no company from a list said after it to be of kinds (…等各类旅游招商项目)', () => {
    expect(found('共策划生态观光、休闲度假、养生养老等各类旅游招商项目共212个。')).toEqual([]);
  });
  it('keeps a brand the segmenter reads whole from a conjunction’s character after 与 (与|同盟网、…)', () => {
    expect(found('强化宣传，同时与同盟网、青禾网等旅游网站合作。').map(([, name]) => name)).toEqual([
      '同盟网',
      '青禾网',
    ]);
  });
  it('reads a list of financial institutions as companies (…等知名金融机构), not as bodies', () => {
    expect(found('包括青岩银行、远帆资本、禾音投资等知名金融机构的负责人。').map(([kind]) => kind)).toEqual([
      'Company',
      'Company',
      'Company',
    ]);
    // …and foreign-invested firms said to be many (…等一大批国际知名外资机构).
    expect(
      found('青岩银行、远帆金科、禾音资本等一大批国际知名外资机构落地。').map(([kind, name]) => `${kind} ${name}`),
    ).toEqual(['Company 青岩银行', 'Company 远帆金科', 'Company 禾音资本']);
  });
  it('reads a list closed by a count of its kind as names, not figures (A项目、B项目、C3个项目; A、B2个产业集群)', () => {
    expect(
      found('共推出了营商环境提升项目、青石社区集聚改造项目、滨湖新城旧城改造3个项目。').map(
        ([kind, name]) => `${kind} ${name}`,
      ),
    ).toEqual(['Project 营商环境提升项目', 'Project 青石社区集聚改造项目', 'Project 滨湖新城旧城改造']);
    expect(found('推动家纺箱包、都市农业2个产业集群达到1000亿级。').map(([, name]) => name)).toEqual([
      '家纺箱包',
      '都市农业',
    ]);
    expect(found('完成投资23个、占比56%。')).toEqual([]);
    expect(found('营业收入44.1亿元、同比增长8%，固定资产投资53.9亿元、同比增长2.1%。')).toEqual([]);
  });
  it('reads the items of a list said to be of firms by their trade as companies (…等互联网巨头, …等车企)', () => {
    expect(found('拥抱华辰、青禾、恒瑞等互联网巨头。').map(([kind, name]) => `${kind} ${name}`)).toEqual([
      'Company 华辰',
      'Company 青禾',
      'Company 恒瑞',
    ]);
  });
  it('reads no companies from the things a list of suppliers supplies (鞋底、鞋面等配套企业)', () => {
    expect(found('重点引进鞋底、鞋面、鞋盒等配套企业。')).toEqual([]);
    expect(found('引进财务、会计、法律、检测认证等科技中介企业40家以上。')).toEqual([]);
    expect(found('引进青岩、远帆等龙头企业。').map(([kind]) => kind)).toEqual(['Company', 'Company']);
  });
  it('reads a branch of the central bank in a list as a body of the state, a commercial bank’s as a company', () => {
    expect(found('中国人民银行滨江市支行、华辰银行滨江市分行等单位参加。')).toEqual([
      ['Organization', '中国人民银行滨江市支行', 'organization'],
      ['Company', '华辰银行滨江市分行', 'organization'],
    ]);
  });
  it('reads a count of zones after a list of places as a zone of each place, beside the places', () => {
    const zones = recognizeLists('辽宁、浙江、河南3个自贸试验区正式挂牌。', 0).filter((c) => c.kind === 'Park');
    expect(zones.map((c) => c.name)).toEqual(['辽宁自贸试验区', '浙江自贸试验区', '河南自贸试验区']);
    expect(zones.every((c) => c.nested)).toBe(true);
    expect(found('推动溧阳、常熟两个省级经济开发区扩区。').filter(([kind]) => kind === 'Park')).toEqual([
      ['Park', '溧阳经济开发区', 'park'],
      ['Park', '常熟经济开发区', 'park'],
    ]);
    expect(found('溧阳、常熟两个县市加快发展。').filter(([kind]) => kind === 'Park')).toEqual([]);
  });
  it('reads items written with 项目 in a list introduced as projects as projects', () => {
    expect(found('签约项目包括：华辰高端装备制造项目、睿达锂电池正极材料项目等。')).toEqual([
      ['Project', '华辰高端装备制造项目', undefined],
      ['Project', '睿达锂电池正极材料项目', undefined],
    ]);
  });
  it('takes a short form that needs its full name (公安, 江阴) for a place only among other places', () => {
    expect(found('联合公安、渔政等部门开展执法。').filter(([kind]) => kind === 'Region')).toEqual([]);
    expect(found('江阴、宜兴、溧阳等地企业参展。').filter(([kind]) => kind === 'Region')).toHaveLength(3);
  });
  it('reads an item of a list of projects whose head holds the park it is built in as that project', () => {
    const items = found('岚湾电梯部件项目、岚湾产业园冷链仓储项目等16个项目集中开工。');
    expect(items).toContainEqual(['Project', '岚湾产业园冷链仓储项目', 'project']);
    expect(items.map(([, name]) => name)).not.toContain('岚湾产业园冷链仓储');
  });
  it('reads a route’s section in a list of projects as a project (某某高铁某市段), not a company', () => {
    expect(found('加快推进华辰新材料、郑合高铁商丘段等重大项目建设。')).toContainEqual([
      'Project',
      '郑合高铁商丘段',
      'project',
    ]);
  });
  it('reads a list closed by 等…项目 as companies', () => {
    expect(found('华辰精工、睿达新材料、启明装备等8个重点项目集中开工。')).toEqual([
      ['Company', '华辰精工', 'project'],
      ['Company', '睿达新材料', 'project'],
      ['Company', '启明装备', 'project'],
    ]);
  });
  it('reads a registered company that opens an item of a list of projects apart from its project', () => {
    expect(found('凌云科技有限公司光伏组件项目、启明电子有限公司电子元器件项目等5个项目集中开工。')).toEqual([
      ['Company', '凌云科技有限公司', undefined],
      ['Project', '凌云科技有限公司光伏组件项目', undefined],
      ['Company', '启明电子有限公司', undefined],
      ['Project', '启明电子有限公司电子元器件项目', undefined],
    ]);
  });
  it('reads one brand closed by 等 and said to be a firm as a company (华辰牧业等机械装备制造企业), not a field or a place', () => {
    expect(found('青岩牧业等机械装备制造企业科技创新能力持续增强。')).toEqual([['Company', '青岩牧业', 'enterprise']]);
    expect(found('远帆农资等国内500强投资企业7家落户园区。')).toEqual([['Company', '远帆农资', 'enterprise']]);
    expect(found('在用地等方面为企业纾困。')).toEqual([]);
    expect(found('支持省内高新区等相关企业发展。')).toEqual([]);
    expect(found('青岩科技有限公司等企业参加。')).toEqual([]);
  });
  it('reads a list closed by a count of enterprises (两家企业) as companies', () => {
    expect(found('当天，凌云科技、启明电子两家企业分别签订入园协议。')).toEqual([
      ['Company', '凌云科技', 'enterprise'],
      ['Company', '启明电子', 'enterprise'],
    ]);
  });
  it('reads a list counted as enterprises (4户为高新技术企业) as companies, not as figures', () => {
    expect(found('其中华辰、睿达、宏泰3户为高新技术企业。')).toEqual([
      ['Company', '华辰', 'enterprise'],
      ['Company', '睿达', 'enterprise'],
      ['Company', '宏泰', 'enterprise'],
    ]);
    expect(found('签约、开工、投产3个项目。')).toEqual([]);
  });
  it('reads a Party committee and its government written as one item (省委省政府) as two bodies', () => {
    expect(found('传达了省委省政府、省林草局等单位的部署。').map(([kind, name]) => [kind, name])).toEqual([
      ['Organization', '省委'],
      ['Organization', '省政府'],
      ['Organization', '省林草局'],
    ]);
  });
  it('reads no industries in a list of the trade’s people (…、…等产业界领袖)', () => {
    const kinds = found('华辰集团、青禾智能、远帆机器人等产业界行业领袖参会。').map(([kind]) => kind);
    expect(kinds).not.toContain('Industry');
  });
  it('reads no industries in a list of industrial works (…项目、…项目等产业工程项目)', () => {
    const kinds = found('包括华辰锂电、青禾森林（滨江）、一期等产业工程项目59个。').map(([kind]) => kind);
    expect(kinds).not.toContain('Industry');
  });
  it('reads no bare suffix in a list as a name (…58|产业基金、某某资本; 某某区、经济开发区)', () => {
    const names = (text: string) => found(text).map(([, name]) => name);
    expect(names('获得58产业基金、青禾资本、金桂资本投资。')).not.toContain('产业基金');
    expect(names('园区有青禾、集团、华辰等企业。')).toEqual(['青禾', '华辰']);
  });
  it('reads an abbreviation or a proper brand in a list of projects as a company', () => {
    expect(found('华能建、瑞丰新材料等项目相继签约。')).toEqual([
      ['Company', '华能建', 'project'],
      ['Company', '瑞丰新材料', 'project'],
    ]);
  });
  it('cuts no stop word off a bare suffix in a list (经|开区 is a kind, not 开区)', () => {
    expect(recognizeLists('在华辰电子、经开区等60个重点项目建设现场。', 0).map((c) => c.name)).toEqual(['华辰电子']);
  });
  it('reads no kind of financial firm in a list of institutions as a company (银行、券商、投资基金等金融机构)', () => {
    const found = recognizeLists(
      '搭建银行、券商、投资基金等金融机构与企业的合作平台，吸引青禾银行、华辰证券等金融机构入驻。',
      0,
    );
    expect(found.map((c) => `${c.kind} ${c.name}`)).toEqual(['Company 青禾银行', 'Company 华辰证券']);
  });
  it('reads no industry, facility, road, phase or phrase in a list of projects as a company', () => {
    // Works on places, industries and roads are no companies, whatever the list is said to be.
    // (Facilities and works may still be Projects: that is the project rule's test.)
    const companies = (text: string) => found(text).filter(([kind]) => kind === 'Company');
    expect(companies('基础设施提升、外海风电、滨湖南路、梦之城、物联网等项目加快推进。')).toEqual([]);
    expect(companies('深海养殖、生物制药、智能化深海装备、传统灯笼馆、东湖博览会等重点项目签约。')).toEqual([]);
    expect(companies('种子期创投、成长期创投等项目、悦己、读旅等企业入驻。')).toEqual([]);
    expect(found('滨湛高铁、滨汕高铁开工建设。')).toEqual([
      ['Project', '滨湛高铁', 'project'],
      ['Project', '滨汕高铁', 'project'],
    ]);
    // A list opened by 各类 names kinds of firms.
    expect(companies('引进各类华辰医药、东湖制药等企业。')).toEqual([]);
  });
  it('reads brands of every shape in a list of projects (one common word, a verb, a trade that reads as a verb)', () => {
    expect(found('华辰重工、东湖移动、岚湾电信等项目签约。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Company 华辰重工',
      'Company 东湖移动',
      'Company 岚湾电信',
    ]);
  });
  it('leaves two names joined by 和 inside an item to the suffix rule, not one name', () => {
    expect(found('依托岚湾创业园、东湖小镇和滨江产业园等平台招商。').map(([, n]) => n)).toEqual(['岚湾创业园']);
  });
  it('reads a list closed by a count of leading industries as industries', () => {
    expect(found('围绕智能传感、储能、现代物流三大主导产业精准招商。')).toEqual([
      ['Industry', '智能传感', 'industry'],
      ['Industry', '储能', 'industry'],
      ['Industry', '现代物流', 'industry'],
    ]);
  });
  it('reads a list closed by 等新兴领域 as industries, but not one closed by a bare 等领域 (fields of policy)', () => {
    expect(found('重点发展智能传感、储能等新兴领域。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Industry 智能传感',
      'Industry 储能',
    ]);
    expect(found('紧扣选人用人、工程建设、招投标等重点领域开展整治。')).toEqual([]);
    // Nor is a list of fields one of companies or projects because a word further on says so.
    // (Fields that are known industries are industries: lists of fields.)
    expect(
      found('在网络游戏、影视动漫等领域支持企业创新，推动数字经济、海洋经济等领域一批项目落地。').filter(
        ([kind]) => kind !== 'Industry',
      ),
    ).toEqual([]);
  });
  it('reads a list closed by 等单位 as organizations', () => {
    expect(found('滨江区商务局、滨江区科技局等单位参加。')).toEqual([
      ['Organization', '滨江区商务局', 'organization'],
      ['Organization', '滨江区科技局', 'organization'],
    ]);
  });
  it('does not read lines of work or bare suffixes closed by 等部门 as organizations', () => {
    expect(found('市场监管、税务、海关等部门协同推进。')).toEqual([]);
    expect(found('湖州市财政局、德清县商务局等部门参加。').map(([, n]) => n)).toEqual(['湖州市财政局', '德清县商务局']);
  });
  it('reads a list closed by 等多家媒体 as organizations', () => {
    expect(found('滨江经济周刊、华辰法治报、中国网等多家媒体记者参加。').map(([k, n]) => `${k} ${n}`)).toContain(
      'Organization 中国网',
    );
  });
  it('does not read a list closed by 等向有关部门 (a clause, not a kind) as organizations', () => {
    expect(found('上缴安置房补差款、归还借款、垫付项目款等向相关部门上缴资金。')).toEqual([]);
  });
  it('names nothing in a list of ways or of fields, whatever words follow it', () => {
    expect(found('鼓励企业通过自营、出租、招商引资等方式创新大型项目招商。')).toEqual([]);
    expect(found('投资项目涵盖市政建设、文旅开发、物流贸易等多个领域。')).toEqual([]);
  });
  it('reads a list closed by 等央企 as companies', () => {
    expect(found('华辰建、东海能化集团等央企参与。')).toEqual([
      ['Company', '华辰建', 'enterprise'],
      ['Company', '东海能化集团', 'enterprise'],
    ]);
  });
  it('reads a list closed by 等网站 as companies', () => {
    expect(found('并与华辰、睿达、启明等网站建立合作。').map(([kind, name]) => [kind, name])).toEqual([
      ['Company', '华辰'],
      ['Company', '睿达'],
      ['Company', '启明'],
    ]);
  });
  it('names nothing in a list of stages or of common words', () => {
    expect(found('项目实现签约、开工、投产。')).toEqual([]);
    expect(found('紧盯投资者、引荐人、建设方，落实投资计划。')).toEqual([]);
  });
  it('does not read a list as projects when 项目 comes only after a longer clause', () => {
    expect(found('通过贷款、自筹资金、租金收入等渠道多方筹措资金支持重点项目。')).toEqual([]);
  });
  it('leaves an item holding a verb to the suffix rule (东海、河北新设自贸试验区)', () => {
    expect(found('这次在东海、岚湾、滨江新设自贸试验区。').filter(([kind]) => kind === 'Park')).toEqual([]);
  });
  it('gives unmarked items the one kind their marked neighbours show', () => {
    expect(found('打造滨湖南路、华辰岚悦酒店、东兴龙居侨星郡等消费新场景。')).toEqual([
      ['Project', '滨湖南路', undefined],
      ['Project', '华辰岚悦酒店', undefined],
      ['Project', '东兴龙居侨星郡', undefined],
    ]);
  });
  it('gives a brand the company kind the firms it is listed with show (华辰集团、青禾智联等), not after a quote', () => {
    expect(found('会上，华辰集团、青禾智联、岚湾重工等代表先后发言。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Company 华辰集团',
      'Company 青禾智联',
      'Company 岚湾重工',
    ]);
    expect(found('主动协调华辰水务集团、县青禾集团限时、分区、分段调控“错峰供水”。').map(([, n]) => n)).not.toContain(
      '县青禾集团限时',
    );
  });
  it('reads a place’s short form listed among firms as a brand (长安、青禾汽车等整车企业), not in 等地企业', () => {
    expect(found('支持长安、青禾汽车、华辰重工等整车企业加快转型。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Company 长安',
      'Company 青禾汽车',
      'Company 华辰重工',
    ]);
    expect(found('来自江苏、浙江、长安等地企业参展。').map(([k]) => k)).not.toContain('Company');
  });
  it('lets a list said to be of projects name its unmarked items by their companies', () => {
    expect(found('观摩了滨江环保创新中心、华辰电梯部件、东海轨道车体等项目现场。')).toEqual([
      ['Project', '滨江环保创新中心', 'project'],
      ['Company', '华辰电梯部件', 'project'],
      ['Company', '东海轨道车体', 'project'],
    ]);
  });
  it('reads a facility with a common head as one in a list of facilities, not in a list of kinds', () => {
    expect(found('加快建设滨湖体育交流中心、棒垒球基地等高水平场馆。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 滨湖体育交流中心',
      'Project 棒垒球基地',
    ]);
    expect(found('打造结算中心、人才孵化中心等服务载体。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 结算中心',
      'Project 人才孵化中心',
    ]);
    expect(found('推出一批岚湾示范带、生态旅游景区、教育基地。').map(([k, n]) => k + ' ' + n)).not.toContain(
      'Project 教育基地',
    );
    expect(found('打造结算中心、人才孵化中心，服务企业。')).toEqual([]);
  });
  it('reads the first item of a list of projects over the works done on its facility', () => {
    expect(found('生成东湖片区华辰度假村提升改造、岚湾海景民宿等项目。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 东湖片区华辰度假村提升改造',
      'Project 岚湾海景民宿',
    ]);
  });
  it('reads listed works (…工程) only where they name what they are on', () => {
    expect(found('深入农村、社区、防洪工程等地调研。').filter(([k]) => k === 'Project')).toEqual([]);
    expect(found('推进滨江污水处理厂扩建工程、东湖大道改造工程等项目。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 滨江污水处理厂扩建工程',
      'Project 东湖大道改造工程',
    ]);
  });
  it('passes no kind on to common words, nor without 等 or a count closing the list', () => {
    expect(found('新增滨湖演艺中心、网格化服务管理等工作。')).toEqual([['Project', '滨湖演艺中心', undefined]]);
    expect(found('推动滨湖考古展览馆、东兴龙居侨星郡开馆运营。').map(([k, n]) => [k, n])).toEqual([
      ['Project', '滨湖考古展览馆'],
    ]);
  });
  it('reads the facilities in a list of projects as projects, the companies as companies', () => {
    expect(found('推进滨湖南路、岚湾梦之城（一期）、东湖里等重点项目建设。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 滨湖南路',
      'Project 岚湾梦之城（一期）',
      'Project 东湖里',
    ]);
    expect(found('加快华辰电梯部件、瑞丰新材料等12个重点项目建设。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Company 华辰电梯部件',
      'Company 瑞丰新材料',
    ]);
  });
  it('reads a company’s plant or line in a list of projects as a project (…核心装置, …12英寸产线)', () => {
    expect(found('华辰核心装置、睿达微电子12英寸产线等一批重大项目建成投产。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 华辰核心装置',
      'Project 睿达微电子12英寸产线',
    ]);
  });
  it('keeps 项目 on a project item and reads no works on nothing named (改造, 基础设施提升)', () => {
    expect(found('加快推进岚湾码头、滨湖风电项目等省重点项目。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 岚湾码头',
      'Project 滨湖风电项目',
    ]);
    expect(found('完成改造、基础设施提升等项目。')).toEqual([]);
  });
  it('drops a verb complement 好 before the first item (发挥好|…)', () => {
    expect(found('发挥好新城国际演艺中心、滨湖海洋科技馆等载体作用。').map(([k, n]) => k + ' ' + n)).toEqual([
      'Project 新城国际演艺中心',
      'Project 滨湖海洋科技馆',
    ]);
  });
  it('reads a list said to be of parks (…等园区) as parks where each item ends as a park does', () => {
    expect(found('滨江文创园、睿达科技园、岚湾智造谷等园区发展迅速。')).toEqual([
      ['Park', '滨江文创园', 'park'],
      ['Park', '睿达科技园', 'park'],
      ['Park', '岚湾智造谷', 'park'],
    ]);
    expect(found('滨江文创园、周边配套等园区设施完善。').map(([, name]) => name)).toEqual(['滨江文创园']);
  });
  it('reads items closed by 等…平台 as platforms, but not a list of resources that builds one', () => {
    expect(found('岚湾人才驿站、东湖创新工场等创新平台相继建成。').map(([kind]) => kind)).toEqual([
      'Project',
      'Project',
    ]);
    expect(found('联合院校、行业协会等各方资源搭建人才服务平台。').filter(([k]) => k === 'Project')).toEqual([]);
  });
});

describe('lists of projects with brackets', () => {
  it('keeps a project’s bracket in its name and splits no item at a 、 inside it', () => {
    expect(
      found('集中开工的项目有滨湖路、青禾大道景观提升建设项目(二期)、老城区道路改造建设项目(胜利路、人民路)等。'),
    ).toEqual([
      ['Project', '滨湖路', 'project'],
      ['Project', '青禾大道景观提升建设项目(二期)', 'project'],
      ['Project', '老城区道路改造建设项目(胜利路、人民路)', 'project'],
    ]);
  });
  it('splits a list the brackets hold whole', () => {
    expect(found('打造“一园三中心”(华辰结算中心、岚湾孵化中心、东湖金融中心)。').map(([, name]) => name)).toEqual([
      '华辰结算中心',
      '岚湾孵化中心',
      '东湖金融中心',
    ]);
  });
});

describe('lists closed by a class of services', () => {
  it('reads …等现代服务业 as a list of industries', () => {
    expect(found('重点发展旅游、金融、会展等现代服务业。')).toEqual([
      ['Industry', '旅游', 'industry'],
      ['Industry', '金融', 'industry'],
      ['Industry', '会展', 'industry'],
    ]);
  });
});

describe('lists of firms named with their kind', () => {
  it('reads an item’s company without the kind of firm before it (国家级绿色工厂|某某科技有限公司)', () => {
    const names = found(
      '获评的国家级绿色园区滨江高新区、国家级绿色工厂华辰电缆科技有限公司和青禾信息技术股份有限公司。',
    )
      .filter(([kind]) => kind === 'Company')
      .map(([, name]) => name);
    expect(names).toContain('华辰电缆科技有限公司');
    expect(names).not.toContain('绿色工厂华辰电缆科技有限公司');
  });
});

describe('lists of firms a trade leads with', () => {
  const kinds = (text: string) => found(text).map(([kind, name]) => `${kind} ${name}`);
  it('reads the items before 等行业领军企业 as firms, those before 等行业 as industries', () => {
    expect(kinds('华辰化纤、青禾碳谷、滨江材料等行业领军企业发展势头良好。')).toEqual([
      'Company 华辰化纤',
      'Company 青禾碳谷',
      'Company 滨江材料',
    ]);
    expect(kinds('华辰、青禾、晶澜等行业知名龙头企业纷纷落户。')).toEqual([
      'Company 华辰',
      'Company 青禾',
      'Company 晶澜',
    ]);
    expect(kinds('重点发展电子、机械、纺织等行业。')).toEqual(['Industry 电子', 'Industry 机械', 'Industry 纺织']);
  });
  it('reads the items a count of firms closes with a long description as firms (等7家全国前10强的磁材企业)', () => {
    expect(kinds('高新区将推动华辰、青禾、晶澜等7家全国综合实力前10强的磁材企业释放产能。')).toEqual([
      'Company 华辰',
      'Company 青禾',
      'Company 晶澜',
    ]);
    const firms = (text: string) => kinds(text).filter((item) => item.startsWith('Company'));
    expect(firms('上海华辰、山东青禾、杭州晶澜等一批科技含量高、实力强的企业相继入驻高新区。')).toEqual([
      'Company 上海华辰',
      'Company 山东青禾',
      'Company 杭州晶澜',
    ]);
    expect(firms('包括华辰科技、青禾基石、晶澜网安等专精特新、行业领军企业。')).toEqual([
      'Company 华辰科技',
      'Company 青禾基石',
      'Company 晶澜网安',
    ]);
  });
});

describe('villages in a list of sites', () => {
  it('takes no village written after its county for a facility of the list (某县青禾村、某某湿地公园等)', () => {
    const kinds = (text: string) => found(text).map(([kind, name]) => `${kind} ${name}`);
    expect(kinds('王立新来到桐庐县青禾村、华辰国家湿地公园、建德市白沙村等，了解情况。')).toEqual([
      'Project 华辰国家湿地公园',
    ]);
  });
});

describe('lists of schools', () => {
  it('reads the items of a list closed by the schools it ends with as bodies, not those of a circle of fields', () => {
    const kinds = (text: string) => found(text).map(([kind, name]) => `${kind} ${name}`);
    expect(kinds('相继引进滨江师大附中、青禾实验小学等85所知名中小学校。')).toEqual([
      'Organization 滨江师大附中',
      'Organization 青禾实验小学',
    ]);
    expect(kinds('建设华辰大学生命健康、青禾学院数字金融等高校创新知识圈。')).toEqual([]);
  });
});

describe('lists of fields', () => {
  it('reads a list of fields most of whose items are known industries as industries (…、珠宝加工、数字经济等领域)', () => {
    expect(found('签约项目涵盖医疗器械、生物医药、珠宝加工、智慧物流、数字经济等领域。')).toEqual(
      ['医疗器械', '生物医药', '珠宝加工', '智慧物流', '数字经济'].map((name) => ['Industry', name, 'industry']),
    );
  });
  it('reads no industry from fields that are no sectors, nor from fields a technology is applied in', () => {
    expect(found('青石县在民生、教育、医疗等领域加大投入。')).toEqual([]);
    expect(found('推动石墨烯在储能、新型显示、生物医学等领域应用示范。')).toEqual([]);
  });
});

describe('common words in 路', () => {
  it('takes no common word in 路 for a list’s facility (提供了新思路、开创了新模式)', () => {
    expect(found('项目投产为国内青禾气高效开发提供了新思路、开创了新模式。')).toEqual([]);
  });
});
