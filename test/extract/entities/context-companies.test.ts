// Brands the words around them mark as companies, on invented sentences.
import { describe, expect, it } from 'vitest';
import { namesACompanyItem, recognizeContextCompanies } from '../../../src/extract/entities/context-companies.ts';

const found = (text: string) => recognizeContextCompanies(text, 0).map((c) => c.name);

describe('recognizeContextCompanies', () => {
  it('reads a brand after a kind of company (龙头企业, 央企, 国企, 民企)', () => {
    expect(found('龙头企业华辰精工投资建设生产基地。')).toEqual(['华辰精工']);
    expect(found('央企华辰建设、国企华辰投资和民企东湖智造等共同出资。')).toEqual(['华辰建设', '华辰投资', '东湖智造']);
  });
  it('leaves a former post’s mark out of the firm a post follows (某某银行|原|董事长)', () => {
    expect(found('今年已有华辰银行原党委书记、董事长李明被查。')).toEqual(['华辰银行']);
  });
  it('reads a time-honoured brand after 老字号, not the word alone', () => {
    expect(found('他走进老字号滨江饭庄，同店员交谈。')).toEqual(['滨江饭庄']);
    expect(found('保护老字号品牌，发展老字号企业。')).toEqual([]);
  });
  it('reads a subsidiary after its parent’s 旗下 or after 子公司, without the marker, and a 控股 brand', () => {
    expect(found('华辰精工旗下子公司青禾电子落户岚湾。')).toEqual(['华辰精工', '青禾电子']);
    expect(found('德兴控股旗下的凌云物流公司在岚湾设立分拨中心。')).toEqual(['德兴控股']);
  });
  it('reads a brand after a marker and a preposition (龙头企业以|华辰药业…为代表)', () => {
    expect(found('龙头企业以华辰药业为代表。')).toEqual(['华辰药业']);
  });
  it('reads a listed company by its stock code whatever its words, the clause’s opening its name', () => {
    expect(found('净利增长；远帆航空(601021)：中期拟每10股转增10股')).toEqual(['远帆航空']);
    expect(found('青禾三垒(002621)8月23日晚间公告')).toEqual(['青禾三垒']);
    expect(found('中报送转华辰旅游(002707)：中报拟10转10')).toEqual(['华辰旅游']);
    // …but no common word of two characters (…航空(601021) where the walk cut the brand).
    expect(found('增长8%(600123)')).toEqual([]);
  });
  it('reads a brand before two joined posts of its leader, one only a firm has (华辰能建|党委书记、董事长)', () => {
    expect(found('会议由华辰能建党委书记、董事长汪建平主持。')).toEqual(['华辰能建']);
    expect(found('华辰能建总经理、党委副书记丁焰章发言。')).toEqual(['华辰能建']);
    // …not before a government's posts (滨江|区委书记、区长).
    expect(found('滨江区委书记、区长王某主持。')).toEqual([]);
  });
  it('reads no post, field, village or ministry as a company item of a list of projects (省委常委, 网络科技)', () => {
    expect(namesACompanyItem('省委常委')).toBe(false);
    expect(namesACompanyItem('县长')).toBe(false);
    expect(namesACompanyItem('华辰电梯部件')).toBe(true);
    // …nor a trade after a field or another trade (网络科技, 生物科技, 专业物流): what a firm does, not whose it is.
    expect(namesACompanyItem('网络科技')).toBe(false);
    expect(namesACompanyItem('生物科技')).toBe(false);
    expect(namesACompanyItem('专业物流')).toBe(false);
    // …nor the processing a project does (菱镁深加工|项目, 秸秆综合利用|项目).
    expect(namesACompanyItem('青禾深加工')).toBe(false);
    expect(namesACompanyItem('秸秆综合利用')).toBe(false);
    // …nor one that opens with a locality (东部园区), but a brand that opens with 东方 or 南方 is one.
    expect(namesACompanyItem('东部园区')).toBe(false);
    expect(namesACompanyItem('东方汽轮机')).toBe(true);
    expect(namesACompanyItem('南方航空')).toBe(true);
    expect(namesACompanyItem('华辰科技')).toBe(true);
    // …nor a village, a welfare home or a ministry in a list of projects.
    expect(namesACompanyItem('特色民族村')).toBe(false);
    expect(namesACompanyItem('滨江镇社会福利院')).toBe(false);
    expect(namesACompanyItem('国土资源部')).toBe(false);
    // …nor a clause of judgement, with a pronoun or a negation standing alone (人优我特, 带动力强不强).
    expect(namesACompanyItem('人优我特')).toBe(false);
    expect(namesACompanyItem('带动力强不强')).toBe(false);
  });
  it('reads a brand with a trade word after a bare 企业, or before a founder or a move (创始人, 落户)', () => {
    expect(found('企业华辰科技投资5亿元。')).toEqual(['华辰科技']);
    expect(found('华辰智能创始人王立新表示。')).toEqual(['华辰智能']);
    expect(found('华辰科技落户岚湾经济开发区。')).toEqual(['华辰科技']);
  });
  it('reads the brand a party signs with (与某某科技签约), without the party, and a Latin brand before a move', () => {
    expect(found('滨江区与凌云科技签约，共建智能制造基地。')).toEqual(['凌云科技']);
    expect(found('滨江高新区与SAP签约，IBM落户园区。')).toEqual(['SAP', 'IBM']);
    // An acronym of the genre is no brand, nor is a bare 项目 before 签约.
    expect(found('GDP落户，重点项目签约。')).toEqual([]);
  });
  it('reads every firm of a list visited (走进|前往|在… ，), each a brand with a trade word', () => {
    expect(found('调研组先后走进青禾科技、华辰电子和岚湾光电，了解生产情况。')).toEqual([
      '青禾科技',
      '华辰电子',
      '岚湾光电',
    ]);
    expect(found('随后前往青禾智造，察看生产线。')).toEqual(['青禾智造']);
    expect(found('在青禾高科和华辰精工，他详细了解企业研发情况。')).toEqual(['青禾高科', '华辰精工']);
    // …but no field of work after 在, nor a list that no visit opens.
    expect(found('在智能制造、生物医药等领域，他在科技，')).toEqual([]);
    expect(found('发展青禾科技、华辰电子和岚湾光电。')).toEqual([]);
  });
  it('reads a brand that invests a sum, signs with a party, or is a partner (与某某科技合作)', () => {
    expect(found('青禾电子投资20亿元建设封装项目。')).toEqual(['青禾电子']);
    expect(found('青禾重工与滨江县签订投资协议。')).toEqual(['青禾重工']);
    expect(found('与华辰智造合作建设作业平台。')).toEqual(['华辰智造']);
    expect(found('加强与高校科技合作，深化两岸科技合作。')).toEqual([]);
  });
  it('reads a brand with a trade word after its group’s 旗下', () => {
    expect(found('青禾集团旗下的华辰物流在园区建设分拨中心。')).toEqual(['华辰物流']);
  });
  it('reads a lone brand with a trade word before 等企业 (对接某某科技等龙头企业)', () => {
    expect(found('积极对接凌云科技等龙头企业，推动项目落地。')).toEqual(['凌云科技']);
    expect(found('推动产业链等企业协同。')).toEqual([]);
  });
  it('reads no common word after a marker (企业家, 国企混改, 国企基层党建, 企业用工)', () => {
    expect(found('企业家华辰说，推进国企混改、抓实国企基层党建，保障企业用工。')).toEqual([]);
  });
  it('reads a brand after a kind of company when it goes on to act (上市公司|睿达精工|将…), not a phrase', () => {
    expect(found('上市公司睿达精工将在园区建设第二工厂。')).toEqual(['睿达精工']);
    expect(found('指导区属国企建立健全与现代企业制度相匹配的制度。')).toEqual([]);
  });
  it('reads a brand before a stock code or before 是一家…企业, which only a company has or is', () => {
    expect(found('华辰精工（600123）发布公告称。')).toEqual(['华辰精工']);
    expect(found('华辰电子(002345.SZ)与滨江区签约。')).toEqual(['华辰电子']);
    expect(found('睿达控股(股票代码：601888)今日公告，恒泰国际(00688.HK)宣布扩产。')).toEqual(['睿达控股', '恒泰国际']);
    expect(found('睿达精工是一家专注于精密加工的高新技术企业。')).toEqual(['睿达精工']);
    expect(found('HCT是一家全球领先的显示企业。')).toEqual(['HCT']);
    // A pronoun, a place or a year in brackets is no company.
    expect(found('这是一家专注于精密加工的企业，该企业是一家上市公司。')).toEqual([]);
    expect(found('据统计(2023年)，全区GDP增长，项目总投资(亿元)为12。')).toEqual([]);
  });
  it('reads a brand after a kind of company before a stock code, or that a time word or a move follows', () => {
    expect(found('港股上市公司华辰控股（00123.HK）公布中期业绩。')).toEqual(['华辰控股']);
    // A year in brackets is no stock code (政府工作报告（2024）), but a code that reads as one with .HK is.
    expect(found('政府工作报告（2024）\n华辰控股（2020.HK）公布中期业绩。')).toEqual(['华辰控股']);
    expect(found('龙头企业凌云精工今年产值突破20亿元。')).toEqual(['凌云精工']);
    expect(found('华辰新能源成立于2015年，是一家专注于储能电池的企业。')).toEqual(['华辰新能源']);
  });
  it('reads a brand with a trade word before its premises or its subsidiaries, or visited (走进某某科技，)', () => {
    expect(found('在华辰电子的生产车间里，工人们正忙着赶制订单。')).toEqual(['华辰电子']);
    expect(found('截至年底，睿达装备旗下已有12家子公司。')).toEqual(['睿达装备']);
    expect(found('走进凌云科技，一排排机器人正在作业。')).toEqual(['凌云科技']);
    // A visit to a place, a park or a trade is no company.
    expect(found('走进新能源，走进滨江科技城，调研智能制造。')).toEqual([]);
    // …nor a policy's aim after 在 (在做强做优做大能源、金融…三大主业的同时).
    expect(found('在做强做优做大能源、金融、投资三大主业的同时，实施多元化布局。')).toEqual([]);
  });
  it('reads a brand that opens an item before a firm’s head post and its holder (，华辰信科董事长张建国)', () => {
    expect(found('出席的有，华辰信科董事长张建国，青禾光纤总裁李明，岚湾中国副首席执行官刘华等。')).toEqual([
      '华辰信科',
      '青禾光纤',
      '岚湾中国',
    ]);
    expect(found('省长与华辰交建副总裁柯明远代表双方签约。')).toEqual(['华辰交建']);
    // A person's own name before the post, and another post before it, are no brands.
    expect(found('会上，王建国董事长张明表示将加大投资。')).toEqual([]);
    expect(found('他任全球执行副总裁、中国区总裁兼首席执行官张轶明。')).toEqual([]);
  });
  it('reads no company in the product of works being built (建设|纳米材料|生产线)', () => {
    expect(found('青禾纳米计划投资5亿元建设纳米材料生产线。')).not.toContain('纳米材料');
    expect(found('睿达电子的生产线正满负荷运转。')).toEqual(['睿达电子']);
  });
});
