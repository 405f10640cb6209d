// Name boundaries: where a name begins, and which heads say nothing specific.
import { describe, expect, it } from 'vitest';
import { isGenericHead, nameStart, stripQualifiers } from '../../../src/extract/entities/boundary.ts';

describe('name boundaries', () => {
  it('runs over a numeral that opens a local name after a place (通化|三|源浦机场), not over a count (三大, 三家)', () => {
    const airport = '通化三源浦机场正式通航';
    expect(nameStart(airport, airport.indexOf('机场'))).toBe(0);
    const count = '滨江三大产业园';
    expect(nameStart(count, count.indexOf('产业园'))).toBeGreaterThan(2);
  });
  it('runs over 百, 千 or 万 cut from a proper word after it (千|益…), not over a count (百|家)', () => {
    const brand = '、千益国际花卉港二期';
    expect(brand.slice(nameStart(brand, brand.length))).toBe('千益国际花卉港二期');
    const count = '新增百家滨江企业';
    expect(count.slice(nameStart(count, count.length - 2))).not.toMatch(/^百/);
  });
  it('keeps a first character read as a count or verb where a clause opens (，|九|芝堂…, 、|二|院…)', () => {
    const brand = '会见了李明，九禾堂股份有限公司董事长';
    expect(
      brand.slice(nameStart(brand, brand.indexOf('股份有限公司'), 0, { strong: true }), brand.indexOf('股份')),
    ).toBe('九禾堂');
    const unit = '滨江县一院、二院基建部物业公司';
    expect(unit.slice(nameStart(unit, unit.indexOf('物业公司')), unit.indexOf('物业公司'))).toBe('二院基建部');
    // A preposition that opens the clause stays out of it (，由|某某集团承建).
    const builder = '，由华辰集团承建';
    expect(builder.slice(nameStart(builder, builder.indexOf('集团')), builder.indexOf('集团'))).toBe('华辰');
  });
  it("runs a registered name back to its place over a brand's character read as a word (滨江|至|微…, 某县|泉|都…)", () => {
    const strong = { strong: true };
    const firm = (text: string, suffix: string) =>
      text.slice(nameStart(text, text.indexOf(suffix), 0, strong), text.indexOf(suffix));
    expect(firm('走进合肥至微青禾电子有限公司车间', '有限公司')).toBe('合肥至微青禾电子');
    expect(firm('在滨江县泉都矿泉水开发有限公司车间', '有限公司')).toBe('滨江县泉都矿泉水开发');
    expect(firm('湖南东安禾丰瑞和钙业有限公司厂区', '有限公司')).toBe('湖南东安禾丰瑞和钙业');
    // A party joined to a place by 和 stays apart (苏州市|和|华辰有限公司).
    expect(firm('苏州市和华辰有限公司签约', '有限公司')).toBe('华辰');
  });
  it('starts a name after 暨, which joins one event to the next, not inside 暨南', () => {
    const joined = '推介会暨滨江临空经济区招商推介活动';
    const suffix = joined.indexOf('经济区');
    expect(joined.slice(nameStart(joined, suffix), suffix)).toBe('滨江临空');
    const university = '暨南大学科技园揭牌';
    expect(nameStart(university, university.indexOf('科技园'))).toBe(0);
  });
  it('starts a name after 会同 (together with) and the particle 过 (曾担任过|某区财政局)', () => {
    const joint = '由新区会同滨江市财政局联合发起';
    const bureau = joint.indexOf('财政局');
    expect(joint.slice(nameStart(joint, bureau), bureau)).toBe('滨江市');
    const career = '曾担任过滨江区财政局局长';
    expect(career.slice(nameStart(career, career.indexOf('财政局')), career.indexOf('财政局'))).toBe('滨江区');
  });
  it("starts a name after a photo's credit in brackets (新华社发(某某摄)|某某有限公司)", () => {
    const caption = '新华社发(杨明摄)滨江华辰光伏发电有限公司的光伏板';
    const suffix = caption.indexOf('有限公司');
    expect(caption.slice(nameStart(caption, suffix, 0, { strong: true }), suffix)).toBe('滨江华辰光伏发电');
  });
  it('opens no name with a middle dot: each name the dots join is its own (甲高新区·乙县·|乙经济开发区)', () => {
    const text = '在青禾高新区·滨江县·滨江经济开发区';
    const suffix = text.lastIndexOf('经济开发区');
    expect(text.slice(nameStart(text, suffix, text.indexOf('·')), suffix)).toBe('滨江');
  });
  it('runs over 南方 and 北方, which open names as the direction words (北部, 两岸) do', () => {
    const text = '筹建南方青禾技术研究院';
    expect(nameStart(text, text.indexOf('研究院'))).toBe(2);
  });
  it('ends a head before the copula 是 (某某片区|是|小镇: no name)', () => {
    const text = '青禾片区是小镇的核心区';
    expect(nameStart(text, 5)).toBe(5);
  });
  it('takes no one-character adverb or preposition before a suffix into a name (是否会将|公司落户)', () => {
    const text = '当记者问是否会将公司落户滨江时';
    expect(nameStart(text, 8)).toBe(8);
    const visit = '张明远到集团公司';
    expect(nameStart(visit, 4)).toBe(4);
    const firm = '华辰投资公司';
    expect(firm.slice(nameStart(firm, 4), 4)).toBe('华辰投资');
  });
  it('starts a name after 经 (via), not inside 经开区', () => {
    const via = '采用快速通关模式，经青石口岸出境';
    expect(via.slice(nameStart(via, via.indexOf('口岸')), via.indexOf('口岸'))).toBe('青石');
    const zone = '宿迁经开区';
    expect(zone.slice(nameStart(zone, 2), 2)).toBe('宿迁');
  });
  it('starts a name after 经 that follows a date’s month (1992年7月|经|某省人民政府批准)', () => {
    const text = '该区于1992年7月经滨江省人民政府批准成立';
    expect(text.slice(nameStart(text, text.indexOf('人民政府')))).toMatch(/^滨江省/);
  });
  it('starts a name after a delegation (张明一行|与|某某控股集团)', () => {
    const text = '张明一行与青禾控股集团';
    expect(text.slice(nameStart(text, text.length - 2))).toBe('青禾控股集团');
  });
  it('keeps 零 that opens a term inside a name (零|碳产业园), but ends a name at a count', () => {
    const zero = '共同打造零碳产业园';
    expect(zero.slice(nameStart(zero, zero.length - 3))).toBe('零碳产业园');
    const count = '新建3个产业园';
    expect(nameStart(count, count.length - 3)).toBe(count.length - 3);
  });
  it('starts a name after the conjunction 而 that opens its clause', () => {
    const text = '而徐州市土地开发中心';
    expect(text.slice(nameStart(text, text.length - 2))).toBe('徐州市土地开发中心');
  });
  it('starts a name after the verb that introduces it', () => {
    const text = '积极推动华辰智能工业园';
    expect(text.slice(nameStart(text, text.length - 3))).toBe('华辰智能工业园');
  });
  it('runs over 现代, which the segmenter tags as a time word, inside a name (现代|服务业合作区)', () => {
    const text = '出席滨江现代服务业合作区';
    expect(text.slice(nameStart(text, text.indexOf('合作区')))).toBe('滨江现代服务业合作区');
  });
  it('runs over 高新, which the segmenter reads as an adverb, inside a zone company’s name', () => {
    const text = '由滨江高新投资集团';
    expect(text.slice(nameStart(text, text.length - 2))).toBe('滨江高新投资集团');
  });
  it('starts a body after the verb 作 (某某作…工作报告)', () => {
    const text = '主任冼明远作青河县人民代表大会常务委员会';
    expect(text.slice(nameStart(text, text.length - 3))).toBe('青河县人民代表大会常务委员会');
  });
  it('starts even a registered name after a verb of visiting the segmenter cuts apart (入|职)', () => {
    const text = '王立新入职滨江华辰科技股份有限公司';
    const suffix = text.indexOf('股份有限公司');
    expect(text.slice(nameStart(text, suffix, 0, { strong: true }), suffix)).toBe('滨江华辰科技');
  });
  it('starts a name after a verb of visiting that runs past where the walk stopped (陈列|着)', () => {
    const text = '展厅里陈列着滨江华辰装备有限公司';
    const suffix = text.indexOf('有限公司');
    expect(text.slice(nameStart(text, suffix, 0, { strong: true }), suffix)).toBe('滨江华辰装备');
  });
  it('keeps an action coordinated by 与 or 及 inside a name (制备|与|储存一体化项目)', () => {
    const text = '建设华辰氢能制备与储存一体化项目';
    expect(text.slice(nameStart(text, text.indexOf('一体化项目')))).toBe('华辰氢能制备与储存一体化项目');
    const visit = '加强与滨江旅行同业公会';
    expect(visit.slice(nameStart(visit, visit.indexOf('公会')))).toBe('滨江旅行同业公会');
  });
  it('runs a facility’s head over 及 between two content words only when asked (处置|及|资源化利用中心)', () => {
    const text = '启动建设固废处置及资源化利用中心';
    const suffix = text.indexOf('中心');
    expect(text.slice(nameStart(text, suffix, 0, { coordinated: true }), suffix)).toBe('固废处置及资源化利用');
    expect(text.slice(nameStart(text, suffix), suffix)).toBe('资源化利用');
  });
  it('ends a name at a date before it', () => {
    const text = '6月30日滨岭客运专线';
    expect(text.slice(nameStart(text, text.length - 4))).toBe('滨岭客运专线');
  });
  it('runs over two digits read as one word (八一) but not over a count before a measure word', () => {
    const text = '毕业于湖州八一农垦大学';
    expect(text.slice(nameStart(text, text.length - 2))).toBe('湖州八一农垦大学');
    const count = '新增三四家科技公司';
    expect(count.slice(nameStart(count, count.length - 2))).toBe('科技公司');
  });
  it('runs over a number of 里 that opens a place’s name (八里|街, 七里|岗), which the segmenter reads as a count', () => {
    const text = '建设八里街工业园区';
    expect(text.slice(nameStart(text, text.indexOf('工业园区')))).toBe('八里街工业园区');
    const inn = '位于七里岗华辰产业园';
    expect(inn.slice(nameStart(inn, inn.indexOf('产业园')))).toBe('七里岗华辰产业园');
  });
  it('starts a name after the year that introduces it (2015年度|某区)', () => {
    const year = '2015年度滨江经济开发区';
    expect(year.slice(nameStart(year, year.length - 5))).toBe('滨江经济开发区');
  });
  it('starts no name with the particle or conjunction right before the suffix', () => {
    const text = '较高知名度的民宿群';
    expect(nameStart(text, text.length - 3)).toBe(text.length - 3);
  });
  it('keeps a locality word (北部, 两岸) inside a name but ends one at 以后', () => {
    const north = '建设北部生态廊道';
    expect(north.slice(nameStart(north, north.length - 2))).toBe('北部生态廊道');
    const after = '建成以后文化交流中心';
    expect(after.slice(nameStart(after, after.length - 4))).toBe('文化交流中心');
  });
  it('strips leading determiners and levels', () => {
    expect(stripQualifiers('全市首个青年驿站')).toBe('青年驿站');
    expect(stripQualifiers('台企华辰医疗')).toBe('华辰医疗');
    expect(stripQualifiers('中外合资华辰服饰有限公司')).toBe('华辰服饰有限公司');
    expect(stripQualifiers('更多公司')).toBe('公司');
    expect(stripQualifiers('各大物业公司')).toBe('物业公司');
  });
  it('strips a leading stop word only where it is a word of its own', () => {
    expect(stripQualifiers('推进滨江')).toBe('滨江');
    expect(stripQualifiers('要素资源配置')).toBe('要素资源配置');
    expect(stripQualifiers('将军山')).toBe('将军山');
  });
  it('strips the verbs of a career’s next post (后任|某市人大常委会, 调任|某局)', () => {
    expect(stripQualifiers('后任周口市人大常委会')).toBe('周口市人大常委会');
    expect(stripQualifiers('调任滨江区商务局')).toBe('滨江区商务局');
  });
  it('strips the verbs that set up a body (组建|某某投资集团有限公司)', () => {
    expect(stripQualifiers('组建滨江城市发展投资集团有限公司')).toBe('滨江城市发展投资集团有限公司');
  });
  it('calls a school, hospital or institute named by its kind alone generic (师范|大学, 公立|医院, 工业设计|研究院)', () => {
    for (const head of ['师范', '研究型', '公立', '初级', '等级', '经济管理', '管理工程', '工业设计'])
      expect(isGenericHead(head)).toBe(true);
    expect(isGenericHead('青禾师范')).toBe(false);
    // (工业技术研究院 is a name: 技术 stays a proper word.)
    expect(isGenericHead('工业技术')).toBe(false);
  });
  it('calls a head of descriptive words generic, a proper head not', () => {
    expect(isGenericHead('省级特色')).toBe(true);
    expect(isGenericHead('华辰')).toBe(false);
    // A trade, what exists, in-service or correspondence courses say what kind of body (行业协会, 在职大学).
    expect(isGenericHead('现有行业')).toBe(true);
    expect(isGenericHead('在职')).toBe(true);
    expect(isGenericHead('华辰行业')).toBe(false);
    expect(isGenericHead('社区党群活动')).toBe(true);
    expect(isGenericHead('省会城市')).toBe(true);
    expect(isGenericHead('各片区')).toBe(true);
    // A slogan's model of what a zone should be (建设中国式现代化|经开区) names no zone.
    expect(isGenericHead('中国式现代化')).toBe(true);
    expect(isGenericHead('滨江村党群')).toBe(false);
    expect(isGenericHead('若干')).toBe(true);
    expect(isGenericHead('双语')).toBe(true);
    expect(isGenericHead('老年')).toBe(true);
    // A hospital's grade (创建三甲医院) names none.
    expect(isGenericHead('三甲')).toBe(true);
    expect(isGenericHead('三级甲等')).toBe(true);
  });
  it('calls a head of service and research words generic (社区卫生服务|中心, 研发检测|中心, 运营|服务中心)', () => {
    for (const head of [
      '社区卫生服务',
      '社区医疗服务',
      '研发检测',
      '运营服务',
      '存储',
      '智算',
      '文体',
      '环保',
      '养老服务',
    ])
      expect(isGenericHead(head)).toBe(true);
    // …and of exchange and openness (交流合作|平台, 国际经贸合作|平台, 国际产能合作|平台).
    for (const head of ['交流合作', '开放合作', '国际经贸合作', '国际产能合作']) expect(isGenericHead(head)).toBe(true);
    expect(isGenericHead('滨江县社区卫生服务')).toBe(false);
    expect(isGenericHead('华辰研发')).toBe(false);
  });
});
