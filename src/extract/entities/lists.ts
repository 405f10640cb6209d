// Enumerations joined by 、: each item is its own entity, its kind told by its own grammar or by what the
// list is said to be (…等项目 → companies, …等单位 → organizations, …三大主导产业 → industries).
import type { EntityKind } from '../../ontology/model.ts';
import { GENERIC_INDUSTRY_WORDS, INDUSTRY_SET } from '../lexicon/industries.ts';
import { industryListItems, isIndustryItem } from './industry-lists.ts';
import { productsServe } from './industries.ts';
import { regionForms } from '../lexicon/regions.ts';
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { isGenericHead, isStopWord, nameEnd, nameStart, stripLeadingStopWords, stripQualifiers } from './boundary.ts';
import { RULES, type ListType } from '../rules/index.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import { regionTrie } from './regions.ts';
import { commonRoadWord } from './route-names.ts';
import { namesACompanyItem } from './context-companies.ts';
import { afterCompanyKind, BRANCH, STATE_BODY_TRIE } from './name-starts.ts';
import {
  introducedAsProject,
  longProductLine,
  NAMED_PROJECT_SUFFIX,
  namedProject,
  ownedProject,
} from './project-names.ts';
import { REGISTERED_FORM } from './suffix-table.ts';
import {
  acceptsHead,
  afterComplement,
  endsWithCompanyWord,
  kindBySuffix,
  looksProper,
  PARK_RANK,
  type Suffix,
} from './suffix-names.ts';

const COUNT = RULES.listCount;
/** A count that says what the items are (A、B 2户为高新技术企业): a list of names, not of figures. */
const COUNTED_AS = new RegExp(`^${COUNT}[为是]`);
/** What the words right after a list say its items are (rules/lists.json), first match wins. */
const TAIL_TYPES = RULES.listTypes;
/** Verbs of investment projects: a list of names in a clause that says them is a list of projects; 投资 only as a
 *  verb, not inside an item's name (某某交通投资集团有限公司). */
const PROJECT_VERBS = /签约|开工|竣工|投产|达效|落户|设备进场|引进|招引|投资(?!\p{Script=Han}{0,6}?(?:集团|公司))/u;
/** A list said to be of the suppliers of things or services (…等配套企业, …等上下游企业, …等科技中介企业). */
const SUPPLIERS_TAIL = /^等[^，,；;。]{0,4}?(?:配套|上下游|上游|下游|供应|中介)(?:企业|厂家|厂商|机构)/;
const KIND_OF_LIST = new Map(RULES.listTypes.map((rule) => [rule.type, rule.kind]));
/** A list said to be of ways or tasks (…等方式创新大型项目…), or of people (某省委常委、某市委书记某某等领导调研某某公司),
 *  names nothing of the kind the words after it say. */
const NOT_NAMES =
  /^等[^。；;，,]{0,4}?(?:方式|方面|措施|手段|渠道|形式|环节|问题|工作|领导|同志|负责人|人员|干部|嘉宾|团队|奖项|[奖赛])/;
/** A list said to be of honours (…等荣誉称号): titles, not names. */
const HONOURS_TAIL = /^等[^。；;，,]{0,4}?(?:荣誉|称号)/;
/** …nor one said to be of fields (…等多个领域) in a clause about investment. */
const FIELDS = /^等[^。；;，,]{0,4}?领域/;
/** Kinds of financial firm a list of institutions names (银行、券商、投资基金等金融机构): no firm's name. */
const FIRM_KIND = /^(?:投资|商业|私募|公募)?(?:银行|券商|基金|保险|信托|证券|期货|担保|租赁|创投|风投)(?:公司|机构)?$/;
/** Where the last item ends: 等, a quote, or a count (三大, 2个). */
const LAST_ITEM_END = new RegExp(`等|为代表|[‘’“”]|${COUNT}`);
/** A last item written with its list's head, which ends the clause (培育A、B、C产业。): the head is the list's. */
const KIND_HEAD_ON_LAST = /^([^、，,；;。]{2,10}?)(?<!房地|[化性型])(?:产业|行业)(?:集群)?(?=[，,；;。！!？?]|$)/u;
/** The verbs a list of sectors a place grows opens after (做强A、B、C产业集群, 培育壮大A、B、C产业). */
const GROWS = /(?:发展|培育|壮大|做强|做优|做大|打造|布局|聚焦|引进|集聚|延伸)\p{Script=Han}{2,8}$/u;

/** The last item's name before its list's head, when the list opens after a verb of growing sectors. */
function headedLastItem(body: string, firstSep: number, lastSep: number): RegExpExecArray | null {
  if (!GROWS.test(body.slice(0, firstSep))) return null;
  const headed = KIND_HEAD_ON_LAST.exec(body.slice(lastSep + 1));
  return headed && isIndustryItem(headed[1]!) ? headed : null;
}
/** A park or facility inside a list item, with what is built there after it (某某产业园|冷链仓储). */
const FACILITY_INSIDE = /(?:产业园|工业园|物流园|园区|基地|中心|小镇)(?=\p{Script=Han}{2})/u;
/** Phases and project words after a company's name: 恒泰新能源一期, 凌云金刚石三期, 瑞丰新材料一期工程. */
const PHASE = /(?:[一二三四五六七八九十]期(?:工程|项目)?|项目)$/;
/** A registered company's name that opens an item of a list of projects, and the rest: its project's name. */
const REGISTERED_OWNER = /^(\p{Script=Han}{2,}?(?:股份有限公司|有限责任公司|有限公司))(\p{Script=Han}{2,})$/u;
const ITEM = /^[\p{Script=Han}A-Za-z0-9·()（）]{2,16}$/u;
const CLAUSE = /[^，,。；;！!？?：:]+/g;
const PEERS = /^(\p{Script=Han}{0,8}?[省市县区州]委)([省市县区州](?:人民)?政府)$/u;
/** Two companies joined by 和 before a project word: 启明新材料和瑞丰新材料一期工程. */
const PAIR = /([\p{Script=Han}]{3,10})和([\p{Script=Han}]{3,10}?)(?=[一二三四五六七八九十]期|项目)/gu;
/** A list's items are joined by 、, a pair's by 和, and a list of one is closed by 等: a sentence holding none of
 *  them needs no call. */
export const LIST_TRIGGERS: readonly string[] = ['、', '和', '等'];

/** A figure that ends a list's first item: a sum, a share, a count (44.1亿元, 8%, 23个). */
const FIGURE_END = /[0-9](?:\.[0-9]+)?[万亿]*(?:元|美元|%|％|个|家|项|吨)?$/;
const STAGE = /^(?:签约|开工|竣工|投产|达效|落地|建设)$/;
/** An item that opens with a figure or a count (10万吨、三大产业, 两个基地): no name. A numeral that opens a brand (九州通,
 *  三一重工, 一汽) is part of it. */
const COUNTED_ITEM = /^(?:[0-9]|[一二两三四五六七八九十百千]+(?:[大个项批家种类户座条位名多余成期号届]|$))/;
/** Items that name a stage or a generic thing rather than an entity: 早开工, 优质企业, 过5亿元. */
const NOT_AN_ITEM =
  /签约|开工|竣工|投产|达效|企业$|项目$|单位$|机构$|[0-9][^A-Za-z]*[亿万元个%]|(?:较|很|非常|十分|相对)(?:高|低|长|短|大|小|多|少|强|弱|好|差)$/;

/** What ends the name of a facility or of works on one (…南路, …码头, …馆, …小镇, …郡, …核心装置, …产线, …整治提升),
 *  a route or a train service (…高铁, …班列), or
 *  a section of a route (某某高铁某市段; not 分段, 路段). */
const FACILITY_ITEM =
  /(?:[路街道桥港湾岛馆城苑郡府里镇墅园场站厂库坝闸堤渠]|[^分路]段|码头|公园|广场|小镇|景区|旅游区|度假区|基础设施|综合体|厂房|风电|光伏|电站|管网|装置|产线|高铁|高速|快铁|班列|整治|提升|改造|修复|治理)[)）]?$|[(（][一二三四五六七八九十]期[)）]$/;

function classify(
  item: string,
  listType: ListType | undefined,
  inferred: boolean,
  kinds = false,
): EntityKind | undefined {
  const own = kindBySuffix(item);
  // A branch of a state body (中国人民银行某市支行) is a body of the state, not a company, as in suffix names.
  if (own && BRANCH.has(own.suffix) && STATE_BODY_TRIE.longestAt(item, 0)) return 'Organization';
  // A bare suffix (海关, 法院, 产业基金, 经济开发区) names a kind, not one; a facility's may be the one the report
  // builds (…研发楼、会展中心竣工投用).
  if (own && own.kind !== 'Project' && item === own.suffix) return undefined;
  if (own && item.length > own.suffix.length) return ownHeadFits(own, item) ? own.kind : undefined;
  if (own && item.length >= 4) return own.kind;
  if (regionForms().has(item)) return listType === 'industry' ? undefined : 'Region';
  // Places written one after another (江苏苏州, 浙江杭州 in 来自…等地的企业) name a place, no company or project.
  if (isPlaceChain(item)) return undefined;
  if (!listType || NOT_AN_ITEM.test(item)) return undefined;
  if (listType === 'industry' && GENERIC_INDUSTRY_WORDS.has(item)) return undefined;
  // A list of projects names them by their company (华辰电梯部件) or by the facility built (滨湖南路, 岚湾梦之城):
  // an item that ends in a kind of place or works is the project itself.
  const facility = listType === 'project' ? FACILITY_ITEM.exec(item) : null;
  if (facility && !endsWithCompanyWord(item) && !commonRoadWord(item)) {
    // …but works on nothing named are no project (改造, 基础设施提升), nor is a bare kind of place (景区, 度假区).
    const worked = item.replace(/(?:整治|提升|改造|修复|治理)+$/, '');
    const bare = item.length - facility[0].length < 2;
    return worked.length < 2 || bare || /^(?:基础|配套)?设施$/.test(worked) ? undefined : 'Project';
  }
  const kind = KIND_OF_LIST.get(listType)!;
  // An activity (研发、生产、销售) is what firms do, never a firm's name; nor is a kind of financial firm (银行、券商、
  // 基金等金融机构) one.
  if (kind === 'Company' && segment(item).length === 1 && tagOf(item) === 'vn') return undefined;
  if (kind === 'Company' && FIRM_KIND.test(item)) return undefined;
  // A list said to be of parks names them by a park's or a place's ending (滨江文创园, 睿达智造谷, 东湖新城).
  if (kind === 'Park')
    return PARK_ITEM.test(item) && item.length >= 4 && looksProper(item.slice(0, -1)) ? kind : undefined;
  // A list only guessed to be of projects must show names, not common words (投资者, 工程进度); one said to be of
  // projects or enterprises, names that read as companies (not 基础设施提升, 物联网, 某某南路).
  if (kind === 'Company' && inferred && !looksProper(item)) return undefined;
  if (kind === 'Company' && (listType === 'project' || listType === 'enterprise') && !namesACompanyItem(item))
    return undefined;
  if (kind === 'Company' && kinds) return undefined;
  if (kind === 'Organization' && !looksProper(item)) return undefined;
  return kind;
}

/** Whether the item is two or more places written one after another (江苏苏州, 苏州昆山). */
function isPlaceChain(item: string): boolean {
  let parts = 0;
  for (let at = 0; at < item.length; parts++) {
    const place = regionTrie().longestAt(item, at);
    if (!place) return false;
    at = place.end;
  }
  return parts >= 2;
}

/** Whether the head before the item's own suffix makes a name of it; works (…工程) must name what they are on, as
 *  the suffix rule asks (防洪工程 is a kind of works). */
function ownHeadFits(own: Suffix, item: string, options?: { properHead: boolean }): boolean {
  const head = item.slice(0, -own.suffix.length);
  return acceptsHead(own, head, options) && (!NAMED_PROJECT_SUFFIX.has(own.suffix) || namedProject(head, head));
}

/** Whether a place's short form is a firm's brand: in a list said to be of firms, not of where they are (…等地企业),
 *  among items that are no places, and standing only for places the report must name in full (长X for 长X区). */
function brandOfAPlace(item: string, listType: ListType | undefined, tail: string, besideOthers: boolean): boolean {
  return (
    (listType === 'enterprise' || listType === 'company') &&
    besideOthers &&
    !/^等(?:[地省市县国]|城市|地区)/.test(tail) &&
    needsFullName(item)
  );
}

/** Does the item stand only for places that a report must also name in full (公安 for 公安县)? */
const needsFullName = (item: string) =>
  regionForms()
    .get(item)!
    .every((f) => f.short && f.shortNeedsFull);

/** True when a verb or preposition that introduces names sits inside `item` (not at its start). */
function holdsStopWord(item: string): boolean {
  for (let at = 1; at < item.length - 1; at++)
    for (let len = 2; len <= 4 && at + len < item.length; len++) if (isStopWord(item.slice(at, at + len))) return true;
  return false;
}

/** The kind an item's own suffix gives it, if it is a name of that kind. */
/** The length of a place and the 与 or 同 after it that open a list's first item (宁陵县与|京东), or 0. */
function placePartyLength(item: string): number {
  const place = regionTrie().longestAt(item, 0);
  return place && /^[与同跟]/.test(item.slice(place.end)) && item.length > place.end + 2 ? place.end + 1 : 0;
}

/** A village, community or town written after the place it lies in (某市|某某村, 某区|某某社区): a place, whatever
 *  kind the list's other items are. */
const PLACED_LOCALITY = /(?:村|社区|街道|镇|乡)$/;

function ownKind(item: string): EntityKind | undefined {
  if (PLACED_LOCALITY.test(item) && (regionTrie().longestAt(item, 0)?.end ?? item.length) < item.length - 2)
    return 'Region';
  const own = kindBySuffix(item);
  if (!own || item.length <= own.suffix.length) return undefined;
  return ownHeadFits(own, item) ? own.kind : undefined;
}

/** A count of zones after a list of places (…、…两个经济开发区, …7个自贸试验区): the zone suffix each place takes. */
const DISTRIBUTED_ZONE = new RegExp(
  `^(?:${COUNT})(?:省级|国家级)?(${[...PARK_RANK]
    .filter(([, rank]) => rank === 3)
    .map(([suffix]) => suffix)
    .join('|')})`,
);

/** How a park's name ends when its suffix is none of the table's: …园, …谷, …港, …新城, …片区. */
const PARK_ITEM = /(?:[园谷港]|新城|片区|园区)$/;

/** Closing words that say a list is of facilities: …等高水平场馆, …等消费新场景, …等项目建设. */
const FACILITY_TAIL = /^等[^。；;，,]{0,8}?(?:场馆|设施|场景|项目|载体|平台|工程)/;

/** True when a facility's suffix ends `item` after a head that is a common phrase (棒垒球|基地, 结算|中心): a
 *  facility only where its list says so. */
function facilityByList(item: string): boolean {
  const own = kindBySuffix(item);
  return (
    !!own &&
    own.kind === 'Project' &&
    item.length > own.suffix.length &&
    !/[和与及]/.test(item) &&
    ownHeadFits(own, item, { properHead: false })
  );
}

/** Where 、 separates a list's items: not inside brackets, where it joins what one item holds (某某改造项目(A路、B路)),
 *  unless the brackets hold the whole list (打造“一园五中心”(A、B、C)). */
function listSeparators(body: string): number[] {
  const outside: number[] = [];
  const all: number[] = [];
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (c === '、') (depth === 0 ? outside : all).push(i);
  }
  return outside.length ? outside : all;
}

/** The last item of a list of firms closed by 等 may be joined by 和, 及 or 以及 (A、B以及C等企业): that joiner
 *  separates too. */
const LAST_JOINER = /(?<=\p{Script=Han}{2})[和及与](?=\p{Script=Han}{2})/u;

/** The separators with the joiner of a company list's last item among them. */
function withJoinedLast(body: string, seps: number[], listEnd: number, stated: ListType | undefined): number[] {
  if (stated !== 'enterprise' && stated !== 'company') return seps;
  const lastStart = seps.at(-1)! + 1;
  const joiner = LAST_JOINER.exec(body.slice(lastStart, listEnd));
  return joiner ? [...seps, lastStart + joiner.index] : seps;
}

/** `text` cut at the separators before its end. */
function splitAt(text: string, seps: number[]): string[] {
  const cuts = seps.filter((at) => at < text.length);
  return [...cuts, text.length].map((end, i) => text.slice(i ? cuts[i - 1]! + 1 : 0, end));
}

/** An item without what its brackets hold, to measure as a name (某某项目(二期)). */
const withoutBrackets = (item: string) => item.replace(/[(（][^()（）]*[)）]/gu, '');

/** A project's name closed by a bracket after 项目 or 工程 (某某改造项目(A路、B路)) whose head names it. */
function bracketedProject(item: string): boolean {
  const m = /^(.+?)(?:项目|工程)[(（][^()（）]+[)）]$/u.exec(item);
  return !!m && namedProject(m[1]!, m[1]!, true);
}

/** Kinds a list's marked items may pass on to its unmarked ones: facilities (…酒店, …综合体), and firms, which a list
 *  names by their brand alone beside the ones it writes in full (华辰集团、青禾、岚湾科技等). */
const AGREEING_KINDS: ReadonlySet<EntityKind> = new Set(['Project', 'Company']);

/** The one kind of a list's marked items, when they all agree and at least one item shows none. Firms agree only in
 *  a list closed by 等 or a count: a quote after a list of firms may close a list of tasks run into it. */
function agreedKind(kinds: (EntityKind | undefined)[], closedByQuote: boolean): EntityKind | undefined {
  const marked = new Set(kinds.filter((k) => k !== undefined));
  if (marked.size !== 1 || !kinds.includes(undefined)) return undefined;
  const [kind] = marked;
  return AGREEING_KINDS.has(kind!) && !(kind === 'Company' && closedByQuote) ? kind : undefined;
}

/** An unmarked item that can take its list's kind: a name, not a figure, a stage or a common word; a firm's brand
 *  as a list of enterprises would read it (not an industry, a place or a task). */
function looksAgreeable(item: string, kind: EntityKind): boolean {
  return (
    item.length >= 2 &&
    !NOT_AN_ITEM.test(item) &&
    !GENERIC_INDUSTRY_WORDS.has(item) &&
    looksProper(item) &&
    (kind !== 'Company' || namesACompanyItem(item))
  );
}

/** Works written after a facility's name in a list of projects (某某度假村|提升改造). */
const WORKS_TAIL = /(?:提升|改造|整治|修复|治理|扩建|新建|改建)+$/;

/** Where the first item of a list begins inside its segment. */
function firstItemStart(segment: string): number {
  // A project's head runs over the verbs of what it makes (华辰高端装备|制造|项目), also before a bracket (…项目(二期)).
  const unbracketed = segment.replace(/[(（][^()（）]*[)）]$/u, '');
  if (unbracketed.endsWith('项目')) return nameStart(segment, unbracketed.length - 2, 0, { verbs: true });
  // …and a facility's over the works done on it (某某度假村|提升改造): the walk starts at the facility's suffix.
  const works = WORKS_TAIL.exec(segment)?.[0] ?? '';
  const own = kindBySuffix(segment.slice(0, segment.length - works.length));
  return own
    ? nameStart(segment, segment.length - works.length - own.suffix.length)
    : nameStart(segment, segment.length);
}

/** A capacity (5万千瓦, 700万吨, 2×35万千瓦, 年产10万台, a wafer line's 12英寸) inside a project's name, after its builder. */
const CAPACITY =
  /(?<=\p{Script=Han}{2})(?:年产)?[0-9]+(?:\.[0-9]+)?(?:[×x][0-9]+(?:\.[0-9]+)?)?万?(?:吨|千瓦|兆瓦|千伏|MW|GW|平方米|台|套|辆|头|只|羽|亩|英寸)(?=\p{Script=Han}{2})/u;
/** The works a project's name ends with (迁址新建, 综合技改, 提质). */
const WORKS_END = /\p{Script=Han}{2}(?:迁址新建|异地新建|改扩建|扩建|技改|技术改造|提质|搬迁|升级改造)$/u;

/** The stage a list of projects opens with (新开工|…, 新签约|…). */
const STAGE_OPENING =
  /^(?:新|累计|全面)?(?:开工|签约|落地|投产|竣工|建成|实施|推进|启动)(?:建设)?(?=\p{Script=Han}{2})/u;

/** An item of a list of projects named by its capacity or its works, with where it starts in its segment. */
function builtProject(segment: string, first: boolean): { item: string; start: number } | undefined {
  // (An item written with 项目 or with its registered company is read as such below: 某某有限公司|年产…项目.)
  if (/项目$/.test(segment) || REGISTERED_FORM.test(segment)) return undefined;
  const trimmed = segment.replace(/[‘’“”]/g, '');
  // (A phase's works, 某某二期扩建, name the company's phase: ONTOLOGY.md's phase items.)
  const works = WORKS_END.test(segment) && !/[一二三四五六七八九十]期/.test(segment);
  if (trimmed !== segment || !(CAPACITY.test(segment) || works)) return undefined;
  const start = first ? segment.length - stripLeadingStopWords(segment).replace(STAGE_OPENING, '').length : 0;
  const item = segment.slice(start);
  return item.length >= 4 && item.length <= 24 && !/[，,：:]/.test(item) ? { item, start } : undefined;
}

/** A list said to be of fields (…等领域, …等重点领域): of industries when most of its items are ones the lexicon
 *  knows (医疗器械、生物医药、珠宝加工、数字经济等领域): the others are sectors of the same list. Fields a
 *  technology is applied in (在储能、新型显示等领域应用) are its uses, no sectors. */
const FIELDS_TAIL = /^等[^。；;，,]{0,6}?领域(?![^。；;，,]{0,4}?应用)/;
const KNOWN_SHARE = 0.5;
const KNOWN_TERMS = [...INDUSTRY_SET];

function fieldsOfKnownIndustries(list: string, tail: string): boolean {
  if (!FIELDS_TAIL.test(tail)) return false;
  const items = list.split('、');
  const known = items.filter((item, i) =>
    i === 0 ? KNOWN_TERMS.some((term) => item.endsWith(term)) : INDUSTRY_SET.has(item),
  ).length;
  return known >= 2 && known / items.length >= KNOWN_SHARE;
}

/** What the words after a list say its items are (rules/lists.json), unless they say it is of people or tasks. */
function statedType(tail: string): ListType | undefined {
  return NOT_NAMES.test(tail) ? undefined : TAIL_TYPES.find((rule) => rule.tail.test(tail))?.type;
}

/** One name closed by 等 and what the words after say it is, a company (华辰牧业等机械装备制造企业, 青禾农资等国内500强
 *  投资企业, 岚湾百货等公司): a list of one. Its start is found as a list's first item's is; names with a suffix of
 *  their own and places are left to their own rules. */
function loneCompany(body: string): { item: string; start: number; listType: ListType } | undefined {
  for (let at = body.indexOf('等'); at >= 2; at = body.indexOf('等', at + 1)) {
    const listType = statedType(body.slice(at));
    if (listType !== 'enterprise' && listType !== 'company') continue;
    const segment = body.slice(0, at);
    const from = afterComplement(segment, firstItemStart(segment), segment.length);
    const item = stripQualifiers(segment.slice(from));
    const usable =
      ITEM.test(item) &&
      !/^[0-9一二两三四五六七八九十]/.test(item) &&
      !/[和与及]/.test(item) &&
      !isGenericHead(item) &&
      !holdsStopWord(item) &&
      !kindBySuffix(item) &&
      !regionForms().has(item) &&
      looksProper(item) &&
      namesACompanyItem(item);
    return usable ? { item, start: at - item.length, listType } : undefined;
  }
  return undefined;
}

export function recognizeLists(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  const push = (kind: EntityKind, item: string, start: number, listType: ListType | undefined, raw: string) =>
    out.push({
      kind,
      name: item,
      aliases: raw !== item ? [raw] : undefined,
      sentence,
      start,
      end: start + item.length,
      priority: PRIORITY.suffixName,
      listType,
    });
  for (const clause of text.matchAll(CLAUSE)) {
    const body = clause[0];
    const pairs = body.includes('和') && /期|项目/.test(body) ? body.matchAll(PAIR) : [];
    for (const m of pairs) {
      if (!endsWithCompanyWord(m[2]!)) continue;
      const firstStart = m.index + m[1]!.length - (m[1]!.length - nameStart(m[1]!, m[1]!.length));
      const first = body.slice(firstStart, m.index + m[1]!.length);
      if (!endsWithCompanyWord(first)) continue;
      push('Company', first, clause.index + firstStart, 'project', first);
      push('Company', m[2]!, clause.index + m.index + m[1]!.length + 1, 'project', m[2]!);
    }
    const seps = listSeparators(body);
    const firstSep = seps[0] ?? -1;
    if (firstSep < 0) {
      const lone = loneCompany(body);
      if (lone) push('Company', lone.item, clause.index + lone.start, lone.listType, lone.item);
      continue;
    }
    const marker = LAST_ITEM_END.exec(body.slice(firstSep + 1));
    let listEnd = marker ? firstSep + 1 + marker.index : body.length;
    // A count right after a separator opens an item of figures (A、3个重点项目遴选, A、3-5个…), no count of the list's
    // items.
    const countOpensItem = (at: number) =>
      /^[0-9.]*[-~～至到]?$/.test(body.slice(Math.max(...seps.filter((sep) => sep < at)) + 1, at));
    if (marker && !/^(?:等|为代表|[‘’“”])/.test(marker[0]) && countOpensItem(listEnd)) continue;
    let headed: RegExpExecArray | null = null;
    if (!marker) {
      // No 等 or count: the last item ends where its name does (…高端纺织|为主导的产业体系).
      const lastSep = seps.at(-1)!;
      // …or where the head its kind is written with begins (磁材、储氢、合金|产业集群): the list's tail says its kind.
      headed = headedLastItem(body, firstSep, lastSep);
      listEnd = headed ? lastSep + 1 + headed[1]!.length : nameEnd(body, lastSep + 1);
    }
    // (A、B为代表的某某企业 says what the list is as A、B等某某企业 does.)
    const tail = body
      .slice(listEnd)
      .replace(/^[‘’“”]+/, '')
      .replace(/^为代表的?/, '等');
    // A list opened by 各类 or 一批 names kinds (各类生物制药、基因制药等企业), not companies.
    // …and so does one said to be of suppliers (鞋底、鞋面等配套企业, 纸箱、包装等上下游企业): what they supply.
    // …and so does one said after it to be of kinds (生态观光、养生养老等各类旅游招商项目).
    const kinds =
      /(?:各类|各种|多种|一批)[^、]{2,16}$/u.test(body.slice(0, firstSep)) ||
      SUPPLIERS_TAIL.test(tail) ||
      /^等(?:各类|各种|多种|多类)/.test(tail);
    const stated = statedType(tail) ?? (fieldsOfKnownIndustries(body.slice(0, listEnd), tail) ? 'industry' : undefined);
    const listType =
      stated ?? (PROJECT_VERBS.test(body) && !FIELDS.test(tail) && !NOT_NAMES.test(tail) ? 'project' : undefined);
    const closedByDeng = marker?.[0] === '等';
    const segments = splitAt(body.slice(0, listEnd), closedByDeng ? withJoinedLast(body, seps, listEnd, stated) : seps);
    // (The item written with the head is the head's industry, named with it: industries.ts recognizeIndustryHeads;
    // one joined before it stays, A、B和|C产业.)
    if (headed) {
      const joinedBeforeHead = /^(.+)[和及与]/u.exec(segments.pop()!);
      if (joinedBeforeHead) segments.push(joinedBeforeHead[1]!);
    }
    // A list of stages (签约、开工、…) or of figures (…23个、占比56%) names nothing.
    // (A count of what the list is said to be, A、B、C、D4个项目, is no figure.)
    // …and so does one whose first item ends in a figure (营业收入44亿元、同比增长8%): the next is no name.
    const figures =
      !stated &&
      ((/^[0-9]/.test(body.slice(listEnd)) && !DISTRIBUTED_ZONE.test(tail) && !COUNTED_AS.test(tail)) ||
        FIGURE_END.test(body.slice(0, firstSep)));
    // …and so does a list of titles a place was awarded (获评A、B等荣誉称号).
    if (segments.some((seg) => STAGE.test(seg)) || figures || HONOURS_TAIL.test(tail)) continue;
    // Trades a company's goods serve (产品应用于A、B等行业) are its market, no sector a place develops.
    if (listType === 'industry' && productsServe(body.slice(0, firstSep))) continue;
    let offset = clause.index;
    const items = segments.flatMap((segment, i) => {
      const segStart = offset;
      offset += segment.length + 1;
      if (listType === 'industry')
        return industryListItems(segment, i === 0, segStart, firstItemStart(segment), i > 0 && i < segments.length - 1);
      let from =
        i === 0 ? afterComplement(segment, firstItemStart(segment), segment.length) : segment.lastIndexOf('的') + 1;
      let to = segment.length;
      while (from < to && /[‘“”’]/.test(segment[from]!)) from++;
      while (to > from && /[‘“”’]/.test(segment[to - 1]!)) to--;
      // (…以|及 C: the 以 of a joined last item belongs to its joiner.)
      if (i === segments.length - 2 && /以$/.test(segment) && body[segStart - clause.index + segment.length] === '及')
        to--;
      // The party a list is joined to opens no item of it (宁陵县与|京东、拼多多等电商平台).
      if (i === 0) from += placePartyLength(segment.slice(from, to));
      // A project named by its builder, its capacity and its works (某某5万千瓦风电, 某某啤酒迁址新建) in a list of
      // projects: the whole item, from after the verbs that open the list.
      const built = listType === 'project' ? builtProject(segment, i === 0) : undefined;
      if (built)
        return [{ item: built.item, start: segStart + built.start, raw: built.item, kind: 'Project' as const }];
      const raw = segment.slice(from, to);
      // (A bare suffix is a kind, whatever stop word it opens with: 经|开区.)
      const qualified = kindBySuffix(raw)?.suffix === raw ? raw : stripQualifiers(raw);
      // …nor the kind of firm an item's company is (国家级绿色工厂|某某科技有限公司, 侨商企业|某某有限公司).
      const stripped = kindBySuffix(qualified)?.kind === 'Company' ? afterCompanyKind(qualified) : qualified;
      const item = stripped.replace(PHASE, '');
      if (!ITEM.test(withoutBrackets(item)) || COUNTED_ITEM.test(item) || isGenericHead(item)) return [];
      const start = segStart + from + (raw.length - stripped.length);
      // A project written with what its brackets say of it (某某改造项目(A路、B路), 某某项目(二期)): the bracket is
      // part of the name as the report writes it, and the works' verbs before 项目 are no clause.
      if (listType === 'project' && bracketedProject(item))
        return [{ item, start, raw: item, kind: 'Project' as const }];
      // A verb inside the item (河北|新设|自贸试验区) says the list ran into a clause: the suffix rule reads it.
      if (holdsStopWord(item.replace(WORKS_TAIL, ''))) return [];
      // Two names joined by 和 (青禾小镇|和|绿谷产业园): the suffix rule reads each.
      const joined = /[和与及]/.exec(item);
      if (joined && ownKind(item.slice(0, joined.index))) return [];
      // A place's Party committee and its government written as one item (省委省政府, 某市委市政府): two bodies.
      const peers = PEERS.exec(item);
      if (peers)
        return [peers[1]!, peers[2]!].map((body, k) => ({
          item: body,
          start: start + (k ? peers[1]!.length : 0),
          raw: body,
          kind: 'Organization' as const,
        }));
      return [{ item, start, raw, kind: classify(item, listType, !stated, kinds) }];
    });
    // Items of one list are of one kind: where every item whose own suffix tells its kind (a facility: …酒店,
    // …综合体) tells the same one, the items that show none are of it too (滨湖路、华辰酒店、东湾里等项目).
    // Only a list closed by 等 or a count: without one, the last item's end is a guess. A list said to be of
    // projects (…等项目) names its items by their companies (华辰电梯部件): the list type decides there.
    const agreed =
      marker && listType !== 'project'
        ? agreedKind(
            items.map(({ item }) => ownKind(item)),
            /[‘’“”]/.test(marker[0]),
          )
        : undefined;
    // A short form that alone needs its full name (公安 of 公安县, 清水) is a place only among other places.
    const places = items.filter(({ item }) => regionForms().has(item)).length;
    // A list that names a facility by its own suffix, or says it is of facilities, makes facilities of the items a
    // facility's suffix ends after a common head (某某体育中心、青禾训练基地); one opened by 一批 names kinds of them.
    const ofFacilities = !kinds && (FACILITY_TAIL.test(tail) || items.some(({ item }) => ownKind(item) === 'Project'));
    // Places counted before one zone's suffix name a zone each: 甲省、乙省、丙省3个自贸试验区 (甲省自贸试验区, …).
    const zone = places === items.length && places >= 2 ? DISTRIBUTED_ZONE.exec(tail) : null;
    for (const { item, start, raw, kind } of items) {
      if (zone)
        out.push({
          kind: 'Park',
          name: item + zone[1]!,
          sentence,
          start,
          end: start + item.length,
          priority: PRIORITY.suffixName,
          listType: 'park',
          nested: true,
        });
      // A place's short form in a list said to be of firms, beside items that are no places (长X、华辰、青禾等整车企业), is
      // a brand named after the place, not the place: firms are listed, not where they are (…等地企业 lists places).
      if (kind === 'Region' && brandOfAPlace(item, listType, tail, places < items.length)) {
        push('Company', item, start, listType, raw);
        continue;
      }
      if (kind === 'Region' && places < 2 && needsFullName(item)) continue;
      // 华辰科技有限公司|光伏组件项目: a registered company and the project it builds, two names.
      const owner = listType === 'project' ? REGISTERED_OWNER.exec(item) : null;
      if (owner) {
        push('Company', owner[1]!, start, undefined, owner[1]!);
        // …named with its company, as a project written right after one is (project-names.ts ownedProject).
        if (raw.endsWith(item + '项目'))
          out.push({
            ...ownedProject(
              candidateAt('Project', raw, sentence, owner[1]!.length, raw.length, PRIORITY.suffixName),
              candidateAt('Company', raw, sentence, 0, owner[1]!.length, 0),
              raw,
            ),
            start: start + owner[1]!.length,
            end: start + raw.length,
          });
        continue;
      }
      const own = ownKind(item);
      const final =
        agreed && !own && !regionForms().has(item) && looksAgreeable(item, agreed)
          ? agreed
          : (kind ?? (ofFacilities && facilityByList(item) ? 'Project' : undefined));
      // A project keeps the 项目 it is written with (青禾风电项目); a company's name drops it (华辰电梯部件|项目).
      // …and an item written with 项目 in a list introduced as projects (签约项目有：…项目、…项目) is that project.
      // …and so is one whose head holds a park or facility it is built in (某某产业园冷链仓储|项目): no company's name.
      // …and so is one of a list said to be of projects whose head names no company (某某提升项目、某某社区改造项目等
      // 4个项目): its works or its place, not its builder.
      const introduced =
        raw.endsWith(item + '项目') &&
        ((introducedAsProject(text.slice(0, start + item.length)) && namedProject(item, item, item.length >= 4)) ||
          (listType === 'project' &&
            (FACILITY_INSIDE.test(item) ||
              // (…or a product line too long for a company's short name: 某某高能动力锂离子电池|项目.)
              longProductLine(item) ||
              (!namesACompanyItem(item) && namedProject(item, item, item.length >= 4)))));
      const kindOf = introduced ? 'Project' : final;
      const name = kindOf === 'Project' && raw.endsWith(item + '项目') ? item + '项目' : item;
      if (kindOf) push(kindOf, name, start, listType, raw.replace(PHASE, ''));
    }
  }
  return out;
}
