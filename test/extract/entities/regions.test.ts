// The region recognizer alone: gazetteer names, not streets or set phrases.
import { describe, expect, it } from 'vitest';
import {
  bracketedRegion,
  citiesHoldingCounties,
  countiesOfNamedDivisions,
  placesListedWithPlaces,
  recognizeRegions,
} from '../../../src/extract/entities/regions.ts';

const found = (text: string) => recognizeRegions(text, 0).map((c) => c.name);

describe('recognizeRegions', () => {
  it('reads no place across two words (闽台|中医药 holds no 台中), only one a word holds or two that join', () => {
    expect(found('举办第十四届闽台中医药学术论坛。')).not.toContain('台中市');
    expect(found('台中市的企业落户上海浦东。')).toEqual(expect.arrayContaining(['台中市', '上海市']));
  });
  it('reads no 和县 in a conjunction joining a county’s body (卫生院和县卫生防疫站), only after a place or 在', () => {
    expect(found('全县有22个乡镇卫生院和县卫生防疫站。')).toEqual([]);
    expect(found('安徽和县的企业在和县投资。')).toEqual(['安徽省', '和县', '和县']);
  });
  it('reads no town of one character where that character is a verb or a quality (临镇的, 新镇区), but one that names it', () => {
    expect(found('临镇的一条马路，推进新镇区建设。')).toEqual([]);
    expect(found('向璜塘、马镇地区供热。')).toContain('马镇');
  });
  it('reads no city in the hours of sunshine a place has (日照数, 日照时数)', () => {
    expect(found('年平均日照数3300小时以上，日照时数长。')).toEqual([]);
  });
  it('reads no country in a national slogan (数字中国, 美丽中国) or a firm’s China region (中国区总裁)', () => {
    expect(found('推进数字中国建设和美丽中国建设，华辰集团中国区总裁出席。')).toEqual([]);
    expect(found('中国区域协调发展')).toEqual(['中国']);
  });
  it('reads no country in a ranking of firms (中国500强, 中国民营企业500强)', () => {
    expect(found('引进世界500强和中国500强企业48家。')).toEqual([]);
    expect(found('入选中国民营企业500强。')).toEqual([]);
  });
  it('reads no full name a word that is no name crosses at its start (亚运|城市 holds no 运城市)', () => {
    expect(found('在建设“亚运城市”中打响知名度。')).toEqual([]);
    expect(found('运城市召开会议。')).toEqual(['运城市']);
  });
  it('finds full names of the gazetteer but not a place word naming a street', () => {
    expect(found('滨江区位于杭州市，推进南京路拓宽。')).toEqual(['滨江区', '杭州市']);
  });
  it('reads a town’s full name only where its first character starts a word (not 高于|城镇居民)', () => {
    expect(found('力争农民收入增速高于城镇居民。')).toEqual([]);
    expect(found('海盐县于城镇召开大会，先后到棉湖镇上浦村。')).toEqual(['海盐县', '于城镇', '棉湖镇']);
  });
  it('takes no common word for a division (城区, 街道), no river’s banks for the Strait, no 乡村 for a township', () => {
    expect(found('城区道路改造完成，街道社工站获评先进。')).toEqual([]);
    expect(found('湘江两岸绿树成荫，统筹推进两岸堤防建设，深化两岸融合发展。')).toEqual(['两岸']);
    expect(found('推动农业发展乡村建设。')).toEqual([]);
  });
  it('reads a district named by a direction only right after its city, not a park’s part (高新区南区)', () => {
    expect(found('青禾高新区南区和西区加快建设。')).toEqual([]);
    expect(found('攀枝花市东区召开会议。')).toEqual(['攀枝花市', '东区']);
  });
  it('reads no place named in a concept (某地经验, 某地精神, 某地模式)', () => {
    expect(found('把更多“台湾经验”融入乡村治理，学习湖州模式，弘扬延安精神。')).toEqual([]);
  });
  it('reads no 中国 opening a body’s or an award’s name (中国某某基金会, 中国某某联合会, 中国专利奖)', () => {
    expect(found('兼任中国青禾研究基金会理事、中国青禾工业联合会会长，获中国专利奖。')).toEqual([]);
    expect(found('中国是最大的发展中国家。')).toEqual(['中国']);
  });
  it('reads the fuller forms the press writes as the region they extend (香港特区, 台湾地区, 长三角洲)', () => {
    expect(found('香港特区、台湾地区和长三角洲的企业参展。')).toEqual(['香港', '台湾', '长三角']);
  });
  it('reads no region of its own in the shorthand 港澳 or 港澳台, but the macro-region 粤港澳大湾区', () => {
    expect(found('携手港澳，欢迎港澳台同胞参观粤港澳大湾区。')).toEqual(['粤港澳大湾区']);
  });
  it('finds no place whose end runs into a place word of its own (园区|内|江苏: no 内江)', () => {
    expect(found('园区内江苏华辰集团投资建设的项目投入运行。')).not.toContain('内江市');
  });
  it('finds no place in a word of the genre that a place is also named (年均日照时数: sunshine), but the city', () => {
    expect(found('贺兰山东麓日照充足，年均日照发电时长约1300小时。')).toEqual([]);
    expect(found('日照市加快发展。')).toEqual(['日照市']);
  });
  it('finds no place in a time zone (北京时间)', () => {
    expect(found('北京时间10月30日消息，重庆一地块拍出。')).toEqual(['重庆市']);
  });
  it('finds the country but not in a set phrase', () => {
    expect(found('坚持中国特色，产品销往中国各地。')).toEqual(['中国']);
  });
  it('finds no country as what people or firms are (中国人, 中国企业), nor in an award’s name set apart by a space', () => {
    expect(found('13亿多中国人要发愤图强，推动中国企业“走出去”。')).toEqual([]);
    expect(found('对新获认定中国 驰名商标的企业给予奖励。')).toEqual([]);
  });
  it('finds no country opening a paper’s or a site’s name (中国某某报客户端讯, 来源：中国某某网)', () => {
    expect(found('正文：中国青禾报客户端讯（记者 王某）近日，活动举行。来源：中国华辰网')).toEqual([]);
    expect(found('产品销往中国各地。')).toEqual(['中国']);
  });
  it('finds no country in 发展中国家, 中国人民…, or opening a quoted title; but in a zone’s title with its place', () => {
    expect(found('发展中国家代表和中国人民解放军官兵参观。')).toEqual([]);
    expect(found('获得“中国模具产业基地”称号，依据《中华人民共和国监察法》。')).toEqual([]);
    expect(found('印发《中国（江苏）自由贸易试验区总体方案》。')).toEqual(['中国', '江苏省']);
  });
  it('reads no short form inside an ordinary word (推广|东, 黑山羊, 延安精神), but inside a name (武汉东湖新技术开发区)', () => {
    expect(found('适时推广东占村经验，化峒镇黑山羊远销，弘扬延安精神。')).toEqual(['化峒镇']);
    expect(found('湖北武汉东湖新技术开发区建设加快。')).toContain('武汉市');
  });
  it('ranks a short form below a full name', () => {
    const [short, full] = recognizeRegions('杭州发展迅速，杭州市成绩突出。', 0);
    expect(short!.priority).toBeLessThan(full!.priority);
    expect(short!.name).toBe('杭州市');
  });
  it('reads the place in a name’s brackets', () => {
    expect(bracketedRegion('华辰（杭州）智造产业园')).toMatchObject({ region: '杭州市', start: 3, end: 5 });
  });
});

describe('recognizeRegions: the tail of a longer place word', () => {
  it('reads no place at the end of a place the gazetteer lacks (川沙县, 沿海地区), but two places in one word (上海浦东)', () => {
    expect(found('1969年，上海市川沙县施湾公社知青。')).toEqual(['上海市']);
    expect(found('发挥沿海地区的辐射带动作用。')).toEqual([]);
    expect(found('今天在上海浦东外高桥挂牌。')).toEqual(['上海市', '浦东新区']);
  });
});

describe('recognizeRegions: a namesake after its province', () => {
  it('reads the division within the place written before it (江苏|滨海 is 滨海县, not 天津’s 滨海新区)', () => {
    expect(found('江苏滨海今年引进项目20个。')).toEqual(['江苏省', '滨海县']);
  });
});

describe('recognizeRegions: a county head is no county', () => {
  it('reads no region in 代县长 or 叶县长, but 叶县 in 叶县县长', () => {
    expect(recognizeRegions('代县长王立新、叶县长出席。', 0)).toEqual([]);
    expect(recognizeRegions('叶县县长出席。', 0).map((c) => c.name)).toEqual(['叶县']);
  });
});

describe('citiesHoldingCounties', () => {
  it('gives the city of a county named in full, nothing for a city or a province', () => {
    expect(citiesHoldingCounties(new Set(['柳河县', '吉林省', '四平市']))).toEqual(['通化市']);
  });
});

describe('recognizeRegions: a country or a city abroad written in full', () => {
  const names = (text: string) => recognizeRegions(text, 0).map((c) => c.name);
  it('keeps the 国 of a country’s name and the 市 of a city abroad (蒙古国, 乌兰巴托市)', () => {
    expect(names('与蒙古国乌兰巴托市缔结友城关系。')).toEqual(expect.arrayContaining(['蒙古国', '乌兰巴托市']));
  });
  it('leaves out the 国 of 国际', () => {
    expect(names('蒙古国际航班开通。')).toContain('蒙古');
    expect(names('蒙古国际航班开通。')).not.toContain('蒙古国');
  });
});

describe('countiesOfNamedDivisions', () => {
  const counted = (text: string, full: string[]) =>
    countiesOfNamedDivisions(recognizeRegions(text, 0), [text], new Set(full));
  it('counts a district written short where the report names the division holding it (香港 … 元朗)', () => {
    expect(counted('发展局局长前往元朗视察。', ['香港'])).toEqual(['元朗区']);
    expect(counted('发展局局长前往元朗视察。', ['深圳市'])).toEqual([]);
  });
  it('counts a county the province governs directly where the report names the province (海南 … 文昌)', () => {
    expect(counted('文昌的卫星产业加快发展。', ['海南省'])).toEqual(['文昌市']);
    expect(counted('文昌的卫星产业加快发展。', ['湖北省'])).toEqual([]);
  });
  it('counts no short form that is a common word or that names a bay or a sight (资源, 象山|港)', () => {
    expect(counted('整合资源，推动发展。', ['桂林市'])).toEqual([]);
    expect(counted('北濒象山港，南临三门湾。', ['宁波市'])).toEqual([]);
  });
});

describe('placesListedWithPlaces', () => {
  const listed = (text: string) => placesListedWithPlaces(recognizeRegions(text, 0), [text], new Set());
  it('counts a short form listed or joined by a route beside a place of the same division (郑州、开封; 哈尔滨至黑河)', () => {
    expect(listed('园区位于郑州、开封两市之间。')).toEqual(['开封市']);
    expect(listed('哈尔滨至黑河的铁路开通。')).toEqual(['黑河市']);
  });
  it('counts each item of a list of short forms once one beside them stands alone (靖安县、上高、铜鼓)', () => {
    expect(listed('靖安县、上高、铜鼓三地联动。')).toEqual(['上高县', '铜鼓县']);
    expect(listed('丰城、上高、铜鼓三地联动。')).toEqual([]);
  });
  it('counts no short form beside a place of another division, nor one far from any (成都至哈密; 开封)', () => {
    expect(listed('成都至哈密的班列开行。')).toEqual([]);
    expect(listed('开封市场，青石镇参加。')).toEqual([]);
  });
});

describe('recognizeRegions: a continent opening an event’s name', () => {
  it('reads no place in 亚洲杯 or a championship it names, but keeps a market and a dashed second party', () => {
    expect(found('女子垒球亚洲杯、亚洲沙滩排球锦标赛在青禾岛举办。')).toEqual([]);
    expect(found('青禾公司开拓亚洲市场，参加中国—东盟博览会。')).toEqual(['亚洲', '东盟']);
  });
});

describe('recognizeRegions: a macro-region named with its kind of area', () => {
  it('is named in full with its kind of area (环渤海经济圈), short where written alone', () => {
    expect(found('辐射环渤海经济圈、长三角城市群。')).toEqual(['环渤海经济圈', '长三角城市群']);
    expect(found('融入长三角，对接环渤海。')).toEqual(['长三角', '环渤海']);
  });
  it('names a city’s metropolitan area in full (某市都市圈, 某市城市圈), the city still named in it', () => {
    expect(found('融入南昌都市圈和株洲城市圈。')).toEqual(['南昌都市圈', '株洲城市圈', '南昌市', '株洲市']);
  });
  it('knows the peninsulas and sub-regions reports name as places (山东半岛, 胶东, 北部湾, 川南)', () => {
    expect(found('山东半岛濒临黄渤海，胶东、北部湾和川南加快发展。')).toEqual(['山东半岛', '胶东', '北部湾', '川南']);
  });
});

describe('recognizeRegions: a province by its one character', () => {
  it('reads the province someone comes to or is in (来陕考察, 在黔的工作, 在浙销售), not a common word (在新的)', () => {
    expect(found('总书记来陕考察重要讲话精神。')).toEqual(['陕西省']);
    expect(found('帮扶专家在黔的工作、生活。')).toEqual(['贵州省']);
    expect(found('了解宁夏商品在浙销售情况。')).toContain('浙江省');
    expect(found('在新的起点上再出发。')).toEqual([]);
  });
});
