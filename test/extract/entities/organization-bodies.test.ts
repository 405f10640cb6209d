// Where organizations' names begin and what they take in, on invented sentences in the standard forms of government
// news (the s8 forms table): the helpers alone, then the suffix-name recognizer that uses them.
import { describe, expect, it } from 'vitest';
import {
  afterFoundingVerb,
  afterJoinedBody,
  afterStationed,
  afterVerbBeforePlace,
  endsWithIntroducingVerb,
  namesNoGovernment,
  placeAcross,
  recognizeBodyUnits,
  recognizeNumberedSchools,
  unitOfBody,
} from '../../../src/extract/entities/organization-bodies.ts';
import { recognizeSuffixNames } from '../../../src/extract/entities/suffix-names.ts';

const names = (text: string) => recognizeSuffixNames(text, 0).map((c) => c.name);

describe('organization-bodies helpers', () => {
  it('starts a body after a conjunction that follows another name, not after one inside a name', () => {
    const text = '滨江大学与湖州市科技局';
    expect(afterJoinedBody(text, 0, text.length - 1)).toBe(5);
    const inside = '湖州市自然资源与规划局';
    expect(afterJoinedBody(inside, 0, inside.length - 1)).toBe(0);
  });
  it('starts a place-named body after a brand joined to it, but not a field joined inside a name', () => {
    expect(names('青禾制药与中国中医科学院合作研发。')).toEqual(['中国中医科学院']);
    expect(names('青禾电子与湖州师范学院合作研发。')).toEqual(['湖州师范学院']);
    const fields = '湖州市规划与建设局';
    expect(afterJoinedBody(fields, 0, fields.length - 1)).toBe(0);
  });
  it('starts a stationed team’s host after 驻, a body after a verb joined to its place', () => {
    const text = '市纪委监委驻市教育局';
    expect(afterStationed(text, 5, text.length - 1, '局')).toBe(6);
    const office = '湖州市人民政府驻上海办事处';
    expect(afterStationed(office, 0, office.length - 3, '办事处')).toBe(0);
    expect(afterVerbBeforePlace('获湖州市科技局', 0)).toBe(1);
    expect(afterVerbBeforePlace('获奖单位', 0)).toBe(0);
  });
  it('finds a founding verb in a head and governments named by no place', () => {
    expect(afterFoundingVerb('湖州市共建')).toBe(5);
    expect(afterFoundingVerb('湖州新材料')).toBe(0);
    expect(namesNoGovernment('湖州市两地')).toBe(true);
    expect(namesNoGovernment('湖州市')).toBe(false);
  });
  it('reads a unit after its body, but no peer after a Party committee or a government', () => {
    expect(unitOfBody('华辰发展基金会', '学术', '委员会')).toBe(true);
    expect(unitOfBody('国家税务总局', '湖州市税务', '局')).toBe(true);
    expect(unitOfBody('湖州市委', '湖州市', '政府')).toBe(false);
    expect(unitOfBody('湖州市人民政府', '湖州市', '办公室')).toBe(false);
    expect(unitOfBody('滨江大学', '湖州', '研究院')).toBe(false);
  });
});

describe('organizations in the s8 forms table', () => {
  it('keeps two bodies joined by 与, 和 or 及 apart (signing news)', () => {
    expect(names('滨江大学与湖州市人民政府签署战略合作协议。')).toEqual(['滨江大学', '湖州市人民政府']);
    expect(names('湖州市政府与衢州市政府签署协议。')).toEqual(['湖州市政府', '衢州市政府']);
    expect(names('湖州市商务局及衢州市商务局共同举办推介会。')).toEqual(['湖州市商务局', '衢州市商务局']);
    expect(names('滨江大学材料学院和湖州市科技局签订协议。')).toEqual(['滨江大学材料学院', '湖州市科技局']);
  });
  it('reads no office in 签署 after a government, and no government of 两地', () => {
    expect(names('湖州市人民政府签署合作协议。')).toEqual(['湖州市人民政府']);
    expect(names('湖州市和衢州市两地政府签署协议。')).toEqual([]);
    expect(names('当地政府高度重视。')).toEqual([]);
  });
  it('reads no body founded together when only its kind is written (与某大学共建研究院)', () => {
    expect(names('湖州市科技局与滨江大学共建研究院。')).toEqual(['湖州市科技局', '滨江大学']);
    expect(names('湖州市与滨江大学共建湖州新材料研究院。')).toEqual(['滨江大学', '湖州新材料研究院']);
  });
  it('reads the host of a stationed discipline team from 驻', () => {
    expect(names('湖州市纪委监委驻市教育局纪检监察组开展监督。')).toContain('市教育局');
    expect(names('区纪工委监察工委驻区经济发展局纪检监察组组长')).toContain('区经济发展局');
  });
  it('reads a unit written right after its body as one nested name', () => {
    expect(names('华辰发展基金会学术委员会委员')).toEqual(['华辰发展基金会学术委员会']);
    expect(names('国家税务总局湖州市税务局召开会议。')).toEqual(['国家税务总局湖州市税务局']);
    expect(names('1989年获中国社会科学院研究生院经济学博士学位。')).toEqual(['中国社会科学院研究生院']);
  });
  it('reads a working group by the body or the level that sends it, not a group of a kind', () => {
    expect(names('湖州市统计局调研组来园区调研。')).toEqual(['湖州市统计局调研组']);
    expect(names('省政协营商环境专题调研组一行到访。')).toEqual(['省政协营商环境专题调研组']);
    expect(names('省委联合督察组来园区督查。')).toEqual(['省委联合督察组']);
    expect(names('他任国务院科技领导小组办公室副主任。')).toEqual(['国务院科技领导小组办公室']);
    expect(names('成立繁荣新城工作领导小组。')).toEqual([]);
  });
  it('runs a working group’s name over the verbs of its mission to the place or level that forms it', () => {
    expect(names('决定成立湖州市优化营商环境工作领导小组。')).toContain('湖州市优化营商环境工作领导小组');
    expect(names('市委全面深化改革领导小组召开会议。')).toEqual(['市委全面深化改革领导小组']);
    expect(names('成立县防汛抗旱指挥部。')).toEqual(['县防汛抗旱指挥部']);
    // …not over the words that introduce it or a person's appointment.
    expect(names('省委书记周明远任湖州市脱贫攻坚领导小组组长。')).toContain('湖州市脱贫攻坚领导小组');
    expect(names('省委书记周明远任湖州市脱贫攻坚领导小组组长。')).not.toContain(
      '省委书记周明远任湖州市脱贫攻坚领导小组',
    );
  });
  it('keeps a Party committee and the government written after it apart', () => {
    expect(names('湖州市委湖州市人民政府印发意见。')).not.toContain('湖州市委湖州市人民政府');
  });
  it('drops verbs of government reports before a body (健全, 规范) and 属 before a generic committee', () => {
    expect(names('园区是中国和新加坡两国政府间的合作项目。')).toEqual([]);
    expect(names('健全区级医院和基层医疗卫生机构双向转诊机制。')).toEqual([]);
    expect(names('各乡镇党委，各区属国企党委：经研究决定')).toEqual([]);
  });
  it('reads a province’s and a city’s departments by their short forms', () => {
    expect(names('浙江省工信厅、浙江省人社厅、浙江省住建厅、浙江省文旅厅、浙江省卫健委联合发文。')).toEqual([
      '浙江省工信厅',
      '浙江省人社厅',
      '浙江省住建厅',
      '浙江省文旅厅',
      '浙江省卫健委',
    ]);
    expect(names('区卫健委、市教委、县水务局、市大数据局负责落实。')).toEqual([
      '区卫健委',
      '市教委',
      '县水务局',
      '市大数据局',
    ]);
  });
  it('reads no body whose head ends with a verb that introduces it (包括|办公室, 制定|党委)', () => {
    expect(endsWithIntroducingVerb('内设机构包括')).toBe(true);
    expect(endsWithIntroducingVerb('湖州市')).toBe(false);
    expect(names('“一企一策”制定党委前置研究事项清单。')).toEqual([]);
    expect(names('湖州市科技情报研究所隶属于湖州市科技局。')).toEqual(['湖州市科技情报研究所', '湖州市科技局']);
  });
  it('reads a commission or office only with a place, a level, the nation or a proper name in its head', () => {
    expect(names('兼任学术委员会副主任、法律委员会委员，设综合办公室。')).toEqual([]);
    expect(names('区旅游发展委员会、国家产业政策咨询委员会、湖州市口岸办公室参加。')).toEqual([
      '区旅游发展委员会',
      '国家产业政策咨询委员会',
      '湖州市口岸办公室',
    ]);
  });
  it('reads no bureau where a clause after a zone runs on to 布局', () => {
    expect(names('滨江新设自贸试验区是首次在沿边地区布局自贸试验区。').some((n) => n.endsWith('布局'))).toBe(false);
  });
});

describe('organizations in the s9 forms table (local bodies, units, state bodies)', () => {
  it('reads discipline, people’s and mass bodies by their level words', () => {
    expect(names('县纪委、县监委联合通报。')).toEqual(['县纪委', '县监委']);
    expect(names('市残联、市侨联、市文联、市社科联开展活动，市贸促会组织企业参展。')).toEqual([
      '市残联',
      '市侨联',
      '市文联',
      '市社科联',
      '市贸促会',
    ]);
    expect(names('区法院、县检察院开展普法宣传。')).toEqual(['区法院', '县检察院']);
    expect(names('湖州市监察委员会、湖州市纪律检查委员会联合发文。')).toEqual([
      '湖州市监察委员会',
      '湖州市纪律检查委员会',
    ]);
  });
  it('reads no discipline committee before its secretary’s title (县纪委书记 is a post)', () => {
    expect(names('县纪委书记王某出席。')).toEqual([]);
  });
  it('reads public-service centres and collective cooperatives as bodies', () => {
    expect(names('市疾控中心、湖州市公共资源交易中心、市不动产登记中心进驻。')).toEqual([
      '市疾控中心',
      '湖州市公共资源交易中心',
      '市不动产登记中心',
    ]);
    expect(names('洛舍村股份经济合作社召开社员大会，德清县供销合作社参加。')).toEqual([
      '洛舍村股份经济合作社',
      '德清县供销合作社',
    ]);
    expect(names('湖州大学新材料研究中心揭牌。')).toEqual(['湖州大学新材料研究中心']);
  });
  it('reads a department named by the fields it joins with 和 as one body, but not across another body', () => {
    expect(names('青禾省林业和草原局党组书记出席。')).toEqual(['青禾省林业和草原局']);
    expect(names('市场监管和知识产权局发布通知。')).toEqual(['市场监管和知识产权局']);
    expect(names('取得新药证书和国家知识产权局的专利。')).toEqual(['国家知识产权局']);
    expect(names('滨江大学和湖州市科技局签约。')).toEqual(['滨江大学', '湖州市科技局']);
  });
  it('reads supply-and-marketing cooperatives of every level, named by place or level word', () => {
    expect(names('中华全国供销合作总社调研，省供销社、区供销联社和德清县供销社陪同。')).toEqual([
      '中华全国供销合作总社',
      '省供销社',
      '区供销联社',
      '德清县供销社',
    ]);
    expect(names('加快供销社综合改革。')).toEqual([]);
    expect(names('要扎实推进供销社综合改革。')).toEqual([]);
  });
  it('opens a unit’s name at a state body that runs over its head (科技部火炬中心, 自然资源部海岛研究中心)', () => {
    expect(names('科技部火炬中心发布报告。')).toEqual(['科技部火炬中心']);
    expect(names('自然资源部海岛研究中心在平潭设站。')).toEqual(['自然资源部海岛研究中心']);
    expect(names('要贯彻落实党中央决策部署。')).toEqual([]);
  });
  it('ends the first body at a verb between two bodies (会同, 联合), not inside a place (会同县)', () => {
    expect(names('市发改委会同市财政局联合开展检查。')).toEqual(['市发改委', '市财政局']);
    expect(names('德清县会同湖州市财政局开展检查。')).toEqual(['湖州市财政局']);
    expect(names('会同县人民政府发布通知。')).toEqual(['会同县人民政府']);
    expect(afterVerbBeforePlace('经省纪委', 0)).toBe(1);
  });
  it('keeps two bodies apart where the second is named by its level word right after the first', () => {
    expect(names('县人大常委会县政协联合调研。')).toEqual(['县人大常委会', '县政协']);
    expect(names('经省纪委常委会省监委研究决定。')).toEqual(['省纪委常委会', '省监委']);
  });
  it('reads a congress or CPPCC named by its place before a post title, not one joined to a Party post', () => {
    expect(names('浙江省人大常委会副主任王立新、省政协副主席张华出席。')).toEqual(['浙江省人大常委会', '省政协']);
    expect(names('市委书记、市人大常委会主任王立新出席。')).toEqual([]);
    // …unless it names a place the post before it does not.
    expect(names('浙江省人民政府副省长、湖州市人大常委会主任王立新出席。')).toEqual([
      '浙江省人民政府',
      '湖州市人大常委会',
    ]);
    expect(names('湖州市委书记、湖州市人大常委会主任王立新出席。')).toEqual([]);
  });
});

describe('organizations in appointment notices and party-building news (s9 forms)', () => {
  it('reads a county department whose name holds 和, and never cuts inside the place before it', () => {
    expect(names('现任梓潼县教育和体育局副局长')).toEqual(['梓潼县教育和体育局']);
    expect(names('现任北川羌族自治县文化广播电视和旅游局党组书记')).toEqual(['北川羌族自治县文化广播电视和旅游局']);
    expect(names('中共三台县委组织部关于干部任前公示的公告')).toEqual(['中共三台县委组织部']);
  });
  it('finds where the walk stopped inside a place', () => {
    const text = '三台县委组织部';
    expect(placeAcross(text, 2, 5, 0)).toBe(0);
    expect(placeAcross('湖州市科技局', 0, 5, 0)).toBe(0);
  });
});

describe('recognizeBodyUnits', () => {
  const units = (text: string) => recognizeBodyUnits(text, 0).map((c) => c.name);
  it('reads an office, division or department a state organ names before a post title', () => {
    expect(units('省政府督查室副主任王立新、湖州市发改委评估督导处调研员张华陪同。')).toEqual([
      '省政府督查室',
      '湖州市发改委评估督导处',
    ]);
    expect(units('国家商务部电子商务司司长李海峰调研，商务部市场建设司副司长赵文博陪同。')).toEqual([
      '国家商务部电子商务司',
      '商务部市场建设司',
    ]);
  });
  it('reads a division of a department of an organ as one body, the fullest name', () => {
    expect(units('1996.01--2001.03 国家发展改革委地区经济司规划处副处长、处长')).toEqual([
      '国家发展改革委地区经济司规划处',
    ]);
    expect(units('1998.07--1999.04 湖州市住房和城乡建设局住宅与房地产业处处长')).toEqual([
      '湖州市住房和城乡建设局住宅与房地产业处',
    ]);
    // A department's long name (twelve characters with its end word).
    expect(units('王立新任农业部城乡统筹与区域合作发展司司长。')).toEqual(['农业部城乡统筹与区域合作发展司']);
    // A company's department under a division is still no unit of a state organ.
    expect(units('华辰科技有限公司市场部规划处处长')).toEqual([]);
  });
  it('reads a unit of an organ whose place, level committee or 国家 comes a head before its suffix', () => {
    expect(units('历任：湖州市公路管理局宣传处副处长，桐庐县民政局社会事务科科员。')).toEqual([
      '湖州市公路管理局宣传处',
      '桐庐县民政局社会事务科',
    ]);
    expect(units('省委组织部干部四处副处长王立新、国家青禾监督管理局科技合作司司长张华出席。')).toEqual([
      '省委组织部干部四处',
      '国家青禾监督管理局科技合作司',
    ]);
    // A court's chamber, by a central body of the lexicon.
    expect(units('王立新挂职最高人民法院行政审判庭副庭长。')).toEqual(['最高人民法院行政审判庭']);
  });
  it('reads no unit across a second post or a phrase', () => {
    expect(units('王立新任滨江县人武部副部长兼军事科科长。')).toEqual([]);
    expect(units('湖州市部分政府职能部门的领导和我司负责人座谈。')).toEqual([]);
    expect(units('国家青禾监督管理局科技和国际合作司司长张华出席。')).toEqual(['国家青禾监督管理局科技和国际合作司']);
  });
  it('reads no unit of a body no place names, of a company, nor where no title follows', () => {
    expect(units('华辰大学教务处处长王立新、青禾科技有限公司副总经理张华、省政府督查室开展督查。')).toEqual([]);
  });
});

describe('organizations in government work reports (s13 forms)', () => {
  it('opens no body with a verb or preposition glued to its level word or standing for its whole head', () => {
    expect(names('请市政协各位委员提出意见。')).toEqual(['市政协']);
    expect(names('共查摆出区国资局层面问题5个。')).toEqual(['区国资局']);
    expect(names('配合市场监管局开展检查。')).toEqual([]);
    expect(names('湖州市场监管局开展检查。')).toEqual(['湖州市场监管局']);
  });
  it('names a county’s armed forces department and state-assets bureau by the level word alone', () => {
    expect(names('县人武部、区国资局积极支持。')).toEqual(['县人武部', '区国资局']);
    // …and in full, with the military subdistrict it belongs to (named by its place), not the verb of a transfer.
    expect(names('滨江区人民武装部于1996年转隶青禾军分区。')).toEqual(['滨江区人民武装部', '青禾军分区']);
  });
  it('names a public institution a centre of development, review, promotion or certification (某市某某发展中心)', () => {
    expect(names('桐庐县交通事业发展中心、滨江区投促中心和华辰认证中心参加。')).toEqual([
      '桐庐县交通事业发展中心',
      '滨江区投促中心',
      '华辰认证中心',
    ]);
    expect(names('接受审查调查桐庐县交通事业发展中心原主任王某。')).toEqual(['桐庐县交通事业发展中心']);
  });
  it('names a centre serving firms, experts or the state’s own affairs a body, not a facility (某区机关事务服务中心)', () => {
    const kinds = (text: string) =>
      recognizeSuffixNames(text, 0)
        .filter((c) => c.name.endsWith('服务中心'))
        .map((c) => `${c.kind} ${c.name}`);
    expect(kinds('桐庐县机关事务服务中心、华辰企业服务中心和滨江高新技术创业服务中心参加。')).toEqual([
      'Organization 桐庐县机关事务服务中心',
      'Organization 华辰企业服务中心',
      'Organization 滨江高新技术创业服务中心',
    ]);
    // …but a Party or culture service centre is a facility.
    expect(kinds('青石村党群服务中心建成。')).toEqual(['Project 青石村党群服务中心']);
  });
  it('names a national laboratory by its field (精细化工国家重点实验室), none by 国家 alone', () => {
    expect(names('依托精细化工国家重点实验室和洁净能源国家实验室，争创一批国家重点实验室。')).toEqual([
      '精细化工国家重点实验室',
      '洁净能源国家实验室',
    ]);
  });
  it('names a government’s office of cooperation, short or in full (某区政府合作交流办)', () => {
    expect(names('滨江区政府合作交流办与湖州市经济合作交流办公室对接。')).toEqual([
      '滨江区政府合作交流办',
      '湖州市经济合作交流办公室',
    ]);
  });
  it('names a prefecture’s government and congresses by its level word 州 alone', () => {
    expect(names('州政府、州政协、州人大常委会领导出席。')).toEqual(['州政府', '州政协', '州人大常委会']);
  });
  it('names the offices of a place’s committee and government by their short forms', () => {
    expect(names('市委政研室、市国防动员办、市住房公积金管理中心、县台办参加。')).toEqual([
      '市委政研室',
      '市国防动员办',
      '市住房公积金管理中心',
      '县台办',
    ]);
  });
  it('starts a national body at 中国 across a word read as a verb (中国|发展|青禾研究基金会)', () => {
    expect(names('兼任中国发展青禾研究基金会理事。')).toEqual(['中国发展青禾研究基金会']);
  });
  it('starts a body named by its mission at the nation opening it (全国|打击侵权假冒工作领导小组办公室)', () => {
    expect(names('全国打击侵权假冒工作领导小组副组长柴海涛介绍情况。')).toEqual(['全国打击侵权假冒工作领导小组']);
    expect(names('在中国青禾学会和全国打击侵权假冒工作领导小组办公室支持下成立。')).toEqual([
      '中国青禾学会',
      '全国打击侵权假冒工作领导小组办公室',
    ]);
    expect(names('中国反侵权假冒创新战略联盟在京成立。')).toEqual(['中国反侵权假冒创新战略联盟']);
    // …but not over the verbs of a clause about the body.
    expect(names('中国企业发起成立反侵权假冒创新战略联盟。')).toEqual([]);
  });
  it('names no body by a generic head (各片区党工委, 社区党建联盟)', () => {
    expect(names('各片区党工委要抓好落实，深化社区党建联盟。')).toEqual([]);
  });
});

describe('recognizeNumberedSchools', () => {
  const schools = (text: string) => recognizeNumberedSchools(text, 0).map((c) => c.name);
  it('reads a middle school a place or a lone level word numbers (某县二中, 县一中)', () => {
    expect(schools('睢县二中、柘城一中师生参加，推动县一中建设示范高中。')).toEqual(['睢县二中', '柘城一中', '县一中']);
  });
  it('reads no school in a plenary session, a centre or a list of numbers', () => {
    expect(schools('学习二十届三中全会精神，打造一园五中心，全县一中心两基地。')).toEqual([]);
  });
});

describe('state organs named after a province or a country', () => {
  it('starts the organ at the place where words that name no body come before it (宣判|某省人民政府)', () => {
    expect(names('法院公开宣判江苏省人民政府原副省长张立群受贿案。')).toEqual(['江苏省人民政府']);
    expect(names('接受监察调查浙江省公安厅刑侦总队原副总队长。')).toEqual(['浙江省公安厅刑侦总队']);
  });
  it('keeps the openers and the bodies a province’s organ is part of, and a mission before a foundation', () => {
    expect(names('中共浙江省委组织部发布公示。')).toContain('中共浙江省委组织部');
    expect(names('财政部浙江监管局开展调研。')).toEqual(['财政部浙江监管局']);
    expect(names('援助浙江发展基金会成立。')).toEqual(['援助浙江发展基金会']);
  });
});
