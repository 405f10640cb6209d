// Whether a head before a suffix makes a name of the suffix's kind (宿城|经济开发区, not 自治区|政府), and the part of a
// zone written right after it.
import { INDUSTRY_SET } from '../lexicon/industries.ts';
import { TITLE_TRIE } from '../lexicon/people.ts';
import { LEVEL_WORD, regionByName, regionForms } from '../lexicon/regions.ts';
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { RULES } from '../rules/index.ts';
import { isGenericHead, isStopWord } from './boundary.ts';
import { CONGRESS, namesNoGovernment } from './organization-bodies.ts';
import { regionTrie } from './regions.ts';
import {
  isLatinBrand,
  looksProper,
  MIN_HEAD,
  namesAPlace,
  PARK_RANK,
  REGISTERED,
  type Suffix,
} from './suffix-table.ts';

/** Committees that are no entity of their own before a post title (某开发区党工委|书记). */
export const NOT_BEFORE_TITLE = new Set(
  RULES.suffixes.organization.entries.filter((e) => e.notBeforeTitle).map((e) => e.word),
);

/** Suffixes that also end common phrases (…餐厅, …联合党委, 跨境合作园区): the head must hold a place or a proper name. */
export const PROPER_HEAD = new Set(
  [...RULES.suffixes.park.entries, ...RULES.suffixes.project.entries, ...RULES.suffixes.organization.entries]
    .filter((e) => e.properHead)
    .map((e) => e.word),
);

/** Park suffixes too common to end a name (园区): only a bare one is read, as a reference to the report's park. */
export const REFERENCE_ONLY = new Set(RULES.suffixes.park.entries.filter((e) => e.referenceOnly).map((e) => e.word));

/** Parks whose suffix also ends programmes and honours (示范区, 先行区): named only when the head opens with a place,
 *  not a rank (国家生态文明建设示范区, 省级全域旅游示范区), and when no honour verb comes before (创建|滨江生态示范区). */
export const PLACE_NAMED_PARK = new Set(RULES.suffixes.park.entries.filter((e) => e.placeNamed).map((e) => e.word));
export const HONOURED = /(?:创建|创成|获评|评为|评定为|命名为|授予|入选|申报|争创|打造成|建成)$/;
/** What marks such a name as a zone's: its administration or its founding after it (…示范区管委会, …示范区挂牌成立),
 *  or a move into it before (入驻|…, 来到|…). */
export const ZONE_AFTER =
  /^(?:管委会|管理委员会|执委会|党工委|工委|管理局|政务服务中心|建设发展)|^[^，,。；;]{0,12}?(?:挂牌|揭牌|获批|设立|成立)/;
export const ZONE_BEFORE = /(?:入驻|落户|进驻|位于|坐落于|落地|来到|走进|考察|设立|批复|获批)$/;
const opensWithPlace = (head: string) => {
  const place = regionTrie().longestAt(head, 0);
  // A macro-region (两岸, 东盟) names a programme's scope, not a zone's place.
  return (
    !!place &&
    place.end < head.length &&
    place.value.some((form) => form.region.level !== 'macro') &&
    !/^(?:中国|全国|国家)/.test(head)
  );
};

/** Working groups (调研组, 领导小组): a group of a kind (工作领导小组) is no name; the body or the level that forms it is. */
export const GROUP = new Set(RULES.suffixes.organization.entries.filter((e) => e.group).map((e) => e.word));

/** Organizations named after their place. */
export const PLACE_NAMED = new Set(RULES.suffixes.organization.entries.filter((e) => e.placeNamed).map((e) => e.word));

/** State bodies a report names by its own level word alone (区管委会, 县人民法院, 省国资委). */
export const LEVEL_NAMED = new Set(RULES.suffixes.organization.entries.filter((e) => e.levelNamed).map((e) => e.word));
/** The words a report names its own place's level by (县政府, 特区政府: a special administrative region's). */
export const LEVEL_WORDS = new Set(['省', '市', '州', '区', '县', '镇', '特区']);

/** The characters before 局 in common words (a situation, a layout, a game: 格局, 大局, 困局, 开好局, 困难局): no bureau's
 *  name ends there. */
export const COMMON_WORD_BEFORE_JU = '格布结开大全变僵困危骗赌棋饭时政残终战牌定出破胜败当新入药好难';
/** 局 ends bureaus (经济发展局) but also those common words, a bare 管理局 and a group's board (董事局, whose 主席 is a
 *  company's post). */
const NOT_A_BUREAU = new RegExp(`(?:[${COMMON_WORD_BEFORE_JU}]|^管理|董事)$`);

/** 署 ends offices (审计署, 投资推广署) but also 部署 and 签署. */
const NOT_AN_OFFICE = /[部签公布官专行]$/;

/** 基地 after an industry names a role a region plays (先进制造业基地, 老工业基地), not a facility; 宅基地 is land. */
const NOT_A_BASE = /[业宅]$/;

/** A township or village the gazetteer does not list, named as one (青石乡, 白沙村): a proper head for its bodies
 *  (not for facilities: 水乡渔村|示范基地 says what kind). */
const LOCAL_PLACE = /^\p{Script=Han}{2,3}[乡镇村]$/u;

/** A commission's or office's head that opens with a level word or the nation's (区|旅游发展委员会, 国家|产业政策咨询
 *  委员会): a state body of that level. */
const STATE_LEVEL = /^(?:[省市区县镇乡]|自治区|国家|中央|全国)/;

/** A company of the report's own place, named by its level word and its trade (县自来水公司, 市交通集团公司, 区城投公司);
 *  not a level or a scope (市属公司, 县级公司, 区域公司, 市场公司). */
const LEVEL_OWNED = /^[省市县区镇][^属级内外直场域里委政]\p{Script=Han}{1,7}$/u;

/** Heads that rank a facility rather than name it (省级示范, 国家级重点, AAAA级). */
const HONOUR_HEAD = /(?:[省市县区]级|国家级|[A４4]+级)(?:示范|重点|特色|精品|标准化)?$|(?:示范|重点|精品)$/;
/** A town of leisure (温泉小镇, 阅读小镇, 欢乐小镇) is a tourist site, not an industrial park's 小镇. */
export const LEISURE_TOWN = /(?:温泉|阅读|欢乐|旅游|文旅|风情|康养|度假|美食|民俗|渔港|艺术)$/;

/** Whether a 局 or 署 after `head` ends a bureau or an office rather than a common word (布局, 签署). */
export function bodyWordFits(suffix: string, head: string): boolean {
  return !(suffix === '局' && NOT_A_BUREAU.test(head)) && !(suffix.endsWith('署') && NOT_AN_OFFICE.test(head));
}

/** A zone's head that is a place and what is done with it (河北|新设|自贸试验区, 海南|建设|自由贸易港): a clause about
 *  a zone of that place, not its name. */
function placeThenVerb(head: string): boolean {
  const place = regionTrie().longestAt(head, 0);
  if (!place || place.end >= head.length) return false;
  const words = segment(head.slice(place.end));
  return (
    words.some((word) => ['v', 'vn'].includes(tagOf(word))) &&
    words.every((word) => ['v', 'vn', 'a', 'ad', 'd'].includes(tagOf(word)))
  );
}

/** A rank written right before a zone's suffix (省级|开发区, 国家级|高新区) names a class of zones where nothing
 *  specific comes before it: a move into the class (晋级|省级开发区, 升级为|国家级经开区), a scope (全省|省级开发区),
 *  or the place whose rank it is (某省|省级开发区). A place below that rank keeps the name (滨江|国家级经济开发区). */
const RANK_END = /(?:国家级|省级|市级|县级)$/;
const INTO_RANK =
  /(?:晋级|晋升|升级|升格|跻身|成为|评为|认定|列为|列入|进入|纳入|获批|批准|创建|争创|创成|新增|现有|共有)为?$/;
const RANK_LEVEL: Readonly<Record<string, string>> = {
  国家级: 'country',
  省级: 'province',
  市级: 'city',
  县级: 'county',
};
function namesARank(head: string): boolean {
  const rank = RANK_END.exec(head);
  if (!rank) return false;
  const rest = head.slice(0, rank.index);
  if (rest === '' || INTO_RANK.test(rest) || /^[全各]/.test(rest)) return true;
  return (
    regionForms()
      .get(rest)
      ?.some((form) => form.region.level === RANK_LEVEL[rank[0]]) ?? false
  );
}

const INVESTOR_SUFFIX = /^(?:资本|创投)$/;
const KIND_OF_CAPITAL =
  /(?:社会|国有|国资|民间|民营|工商|金融|风险|产业|外商|外资|境外|境内|私人|公共|人力|政府|财政|商业|天使|私募|股权|长期|耐心|各类|各方|投资)$/;

const investorBrand = (head: string) =>
  head.length <= 5 && !KIND_OF_CAPITAL.test(head) && !/^(?:国家|国际|全球|中国|境内|境外)|[间方边]/.test(head);

const COUNT_END = /(?:[0-9]+|[一二两三四五六七八九十百]+)[个大家项类种座批]$/;

/** Post titles inside a head end a person's post, not a company's name: 预算科副科长兼|公司. */
const TITLE_INSIDE = (head: string) => [...head].some((_, i) => TITLE_TRIE.longestAt(head, i) !== undefined);

/** A superlative or a first in a head: 最高, 最大跨径, 首条, 首座. */
const DESCRIBED_BY_RANK = /最[高大长宽深]|首[条座]/;

/** Whether `head` + `suffix` makes a name of the suffix's kind. `properHead: false` waives the proper head a suffix
 *  that also ends common phrases asks for, where the context already says the phrase names one (a list of facilities). */
export function acceptsHead(suffix: Suffix, head: string, { properHead = true } = {}): boolean {
  if (isGenericHead(head) || head.length < (MIN_HEAD.get(suffix.kind) ?? 2)) return false;
  // A superlative or a first describes a facility, it names none (某省在建最高|索塔, 某县首条|高速公路).
  if ((suffix.kind === 'Project' || suffix.kind === 'Park') && DESCRIBED_BY_RANK.test(head)) return false;
  // A count before the suffix counts names written before it (溧阳、常熟|两个|经济开发区): it opens none.
  if (COUNT_END.test(head)) return false;
  if (suffix.kind === 'Park' && namesARank(head)) return false;
  if (!bodyWordFits(suffix.suffix, head)) return false;
  if (suffix.suffix === '基地' && NOT_A_BASE.test(head)) return false;
  // A new area's own report calls it 新区: a verb before the word acts on it (紧紧围绕|新区, 结合|新区, 落户|新区).
  if (suffix.suffix === '新区' && actsOnSuffix(head)) return false;
  // A base the nation names a city (中国模具|产业基地, 国家火炬计划某某|产业基地) is an honour, no zone.
  if (suffix.kind === 'Park' && suffix.suffix.endsWith('基地') && /^(?:中国|国家|全国)/.test(head)) return false;
  // A facility's rank or honour is no name of its own: 苏州街|省级示范步行街, 滨湖公园|国家级重点公园.
  if (suffix.kind === 'Project' && HONOUR_HEAD.test(head)) return false;
  // An industry alone opens a kind of plant, not one: 光伏|电站, 储能|电站 (某某光伏电站 names one).
  if (suffix.kind === 'Project' && suffix.suffix === '电站' && INDUSTRY_SET.has(head)) return false;
  // A level word alone opens a kind of facility, not one: 村|快递服务中心, 县|图书馆.
  if (
    suffix.kind === 'Project' &&
    /^[村镇乡县区市省]/.test(head) &&
    segment(head)[0]!.length === 1 &&
    !namesAPlace(head)
  )
    return false;
  if (suffix.kind === 'Park' && suffix.suffix === '小镇' && LEISURE_TOWN.test(head)) return false;
  // …and one is named by more than its leisure (温泉小镇 is a kind of town).
  if (suffix.kind === 'Project' && suffix.suffix === '小镇' && head.replace(LEISURE_TOWN, '').length < 2) return false;
  // A government or a zone's committee is named after its place (宿城区人民政府, 某某开发区管委会): 自治区政府,
  // 党和政府 and breadcrumbs such as 政务公开政府 are not names.
  if (PLACE_NAMED.has(suffix.suffix) && (!placeOpensSuffix(head, suffix.suffix) || namesNoGovernment(head)))
    return false;
  if (PLACE_NAMED_PARK.has(suffix.suffix) && !opensWithPlace(head)) return false;
  // …nor is a zone of a kind (中国特色|自由贸易港, 具有地方特色|开发区).
  if (suffix.kind === 'Park' && (PARK_RANK.get(suffix.suffix) ?? 0) >= 3 && (placeThenVerb(head) || /特色$/.test(head)))
    return false;
  // An investor named 资本 or 创投 has a short brand before it, not a kind or a source of capital (社会资本, 风险创投,
  // 国家间双多边资本).
  if (suffix.kind === 'Company' && INVESTOR_SUFFIX.test(suffix.suffix) && !investorBrand(head)) return false;
  // 以人民为中心, 以客户为中心: a set phrase, not a centre's name.
  if (head.endsWith('为')) return false;
  // A bare 公司 after common words names a kind of company (融资租赁公司, 全资子公司), not one. A 集团 is named by
  // its abbreviation (城发集团, 实发集团) or its trade (某某产业投资集团): only a described kind is none (企业集团).
  if (suffix.kind === 'Company' && !REGISTERED.has(suffix.suffix) && (/兼$/.test(head) || TITLE_INSIDE(head)))
    return false;
  // …nor where it is listed (某某香港上市|公司) or after a verb's 了 (汇报了|公司): a kind or a clause, not a name.
  if (suffix.kind === 'Company' && !REGISTERED.has(suffix.suffix) && (/上市$/.test(head) || head.includes('了')))
    return false;
  if (
    suffix.kind === 'Company' &&
    !REGISTERED.has(suffix.suffix) &&
    !LEVEL_OWNED.test(head) &&
    !namesAPlace(head) &&
    !looksProper(head) &&
    // A Latin brand names its company (ABB公司, SAP集团).
    !isLatinBrand(head) &&
    !(suffix.suffix === '集团' && head.length <= 8)
  )
    return false;
  // A body named by its level or the nation (区旅游发展委员会, 国家某某咨询委员会) is a state body of that level.
  const localBody =
    suffix.kind === 'Organization' &&
    (LOCAL_PLACE.test(head) || (STATE_LEVEL.test(head) && /^(?:委员会|办公室)$/.test(suffix.suffix)));
  // A park may be named by a number (66小镇): a proper head too.
  const numberedPark = suffix.kind === 'Park' && /^[0-9]{2,3}$/.test(head);
  if (
    properHead &&
    PROPER_HEAD.has(suffix.suffix) &&
    !namesAPlace(head) &&
    !looksProper(head) &&
    !localBody &&
    !numberedPark
  )
    return false;
  // A congress or CPPCC is a place's or the nation's (某省政协, 全国政协, 某县第十届政协): one named by anything else is
  // the system in general (人民政协, 基层政协) or a clause run into it (群众真切感到|政协, 某市围绕|政协工作).
  if (CONGRESS.test(suffix.suffix) && !namedByPlacesOnly(head)) return false;
  // A working group opens with the level or the place that forms it (省委联合|督察组, 中央人才工作|协调小组).
  if (GROUP.has(suffix.suffix) && !STATE_LEVEL.test(head) && !regionTrie().longestAt(head, 0)) return false;
  return !(
    suffix.kind === 'Park' &&
    (PARK_RANK.get(suffix.suffix) ?? 0) >= 3 &&
    !namesAPlace(head) &&
    !looseName(head)
  );
}

/** The level words and the nation that open a congress's or CPPCC's head in place of a place (省|政协, 全国|政协). */
const LEVEL_OPENING = new RegExp(`^(?:全国|特区|${LEVEL_WORD.source})`);
/** What may follow a place in such a head: a level word, a session's ordinal (某县|第十届|政协), or a zone named after
 *  the place (某市|医药高新区|某区政协). */
const PLACE_HEAD_WORD = new RegExp(
  `^(?:全国|特区|${LEVEL_WORD.source}|[镇乡]|第?[一二三四五六七八九十]+届|\\p{Script=Han}{1,4}?(?:高新区|新区|开发区|经开区))`,
  'u',
);

/** Whether a head is made of places, level words and a session's ordinal alone, opening with a place or a level. */
function namedByPlacesOnly(head: string): boolean {
  if (!regionTrie().longestAt(head, 0) && !LEVEL_OPENING.test(head)) return false;
  for (let at = 0; at < head.length;) {
    const place = regionTrie().longestAt(head, at)?.end ?? at;
    const end = Math.max(place, at + (PLACE_HEAD_WORD.exec(head.slice(at))?.[0].length ?? 0));
    if (end === at) return false;
    at = end;
  }
  return true;
}

/** A head of two characters the segmenter knows as no word (雄|安, 洋|山): a place's name no gazetteer lists. */
function looseName(head: string): boolean {
  return (
    /^\p{Script=Han}{2}$/u.test(head) && segment(head).length === 2 && !isStopWord(head[0]!) && !isStopWord(head[1]!)
  );
}

/** A part of a zone written right after its name: a place or a direction, then 园区, 分区 or 分园 (…|南部园区,
 *  …|某县分园; a 片区 is an area of the zone, no park). */
export const ZONE_PART = /^((?:[东南西北中][部区]?|[\p{Script=Han}]{2,4}?))(?:园区|分区|分园)/u;
/** A branch park (…|某县分园) is a part of any park, whatever its rank. */
const BRANCH_PARK = /^((?:[东南西北中][部区]?|[\p{Script=Han}]{2,4}?))分园/u;

/** The endings of a free-trade zone's name. */
export const FREE_TRADE_ZONE = '自贸区|自贸试验区|自由贸易试验区';
/** Free-trade zones, new areas and special zones, whose areas (片区) are parks (corpus/README.md): 中国（滨海）自由贸易
 *  试验区|岚湾片区, 某某新区|某某片区. Other zones' 片区 are places. */
const FREE_TRADE = new RegExp(`(?:${FREE_TRADE_ZONE}|(?<!高)新区|特区)$`);
const FTZ_AREA = /^(\p{Script=Han}{2,6}?)片区/u;

/** A smaller park written right after the zone or park it lies in (某开发区|大健康产业园区, 某工业园区|某某装备产业园):
 *  one name, the fullest the report writes (ONTOLOGY.md: nested names); the zone is read back from inside it. The
 *  smaller park is a park (…园, …园区) of a lower rank; its head holds no park's end (园, 区) and no joiner, so two
 *  parks in a row stay two. By the rank of the park before it. */
const SUB_PARK = new Map(
  [2, 3].map((rank) => {
    const smaller = RULES.suffixes.park.entries
      .filter((e) => (e.rank ?? 0) < rank && /园区?$/.test(e.word) && !e.referenceOnly && !e.properHead)
      .map((e) => e.word)
      .sort((a, b) => b.length - a.length);
    return [rank, new RegExp(`^((?:(?![园区和与及的等、])\\p{Script=Han}){2,8})(?:${smaller.join('|')})(?!区)`, 'u')];
  }),
);

/** Whether a head after a zone opens a name, not a clause: no verb, adverb or preposition first (某开发区|获批…,
 *  |建设…), not the zone's inside (某开发区|内…), and no stop word in it. */
function opensSmallerPark(head: string): boolean {
  const words = segment(head);
  return !/^[内外]/.test(head) && !['v', 'd', 'p', 'c'].includes(tagOf(words[0]!)) && !words.some((w) => isStopWord(w));
}

/** The smaller park written at the start of `rest`, after a park whose suffix is `suffix` (某开发区|大健康产业园区). */
export function smallerParkAfter(suffix: string, rest: string): RegExpExecArray | null {
  const part = SUB_PARK.get(PARK_RANK.get(suffix) ?? 0)?.exec(rest);
  return part && opensSmallerPark(part[1]!) ? part : null;
}

/** The zone a smaller park's name opens with (某开发区|大健康产业园区 → 某开发区), if any. */
export function zoneOpeningSmallerPark(name: string): string | undefined {
  for (const [suffix, rank] of PARK_RANK) {
    const at = name.indexOf(suffix);
    if (rank < 2 || at < 1) continue;
    const part = smallerParkAfter(suffix, name.slice(at + suffix.length));
    if (part && at + suffix.length + part[0].length === name.length) return name.slice(0, at + suffix.length);
  }
  return undefined;
}

/** The part of a zone (suffix `suffix`) written at the start of `rest`: 南部园区, 西区分区, a smaller park inside it, or a
 *  free-trade zone's area (某自贸试验区|某某片区), which is a park of its own. */
export function zonePartAfter(suffix: string, rest: string): RegExpExecArray | null {
  const area = FREE_TRADE.test(suffix) ? FTZ_AREA.exec(rest) : null;
  const rank = PARK_RANK.get(suffix) ?? 0;
  const smaller = smallerParkAfter(suffix, rest);
  if (rank < 3) return BRANCH_PARK.exec(rest) ?? smaller ?? area;
  return ZONE_PART.exec(rest) ?? smaller ?? area;
}

/** Whether the head ends in a verb or a set phrase that introduces what follows (围绕, 结合, 覆盖, 落户, 驻). */
function actsOnSuffix(head: string): boolean {
  const last = segment(head).at(-1) ?? '';
  // (One character is as often a name's (青|岩|新区): only 驻 is sure.)
  return isStopWord(last) || last === '驻' || (last.length > 1 && ['v', 'l', 'vn', 'd', 'p'].includes(tagOf(last)));
}

/** Whether a place-named body's head names its place, or does with the level word the suffix opens with: a
 *  subdistrict's office (某某|街道办事处) is named by the subdistrict, whose own name ends in 街道. */
function placeOpensSuffix(head: string, suffix: string): boolean {
  if (namesAPlace(head)) return true;
  const level = /^(?:街道|镇|乡)/.exec(suffix)?.[0];
  return !!level && regionByName(head + level)?.level === 'town';
}
