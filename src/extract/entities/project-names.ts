// Projects and facilities named by their grammar: a head that says which (a place, a quoted name, a phase, an
// output) before 项目 or 工程, the works done on a facility (扩建, 二期), and routes named by their ends (甲市至乙县高速公路).
import { INDUSTRY_SET, INDUSTRY_TRIE } from '../lexicon/industries.ts';
import { PARK_SUFFIXES, WEAK_COMPANY_SUFFIXES } from '../lexicon/names.ts';
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { isGenericHead, nameStart } from './boundary.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { regionTrie } from './regions.ts';
import { endsWithCompanyWord, looksProper, WEAK_COMPANY } from './suffix-table.ts';

export const PHASE = /[一二三四五六七八九十]期$/;

/** Works done on a facility, between its name and 项目 or 工程 (扩建, 提升改造, 二期): empty too. */
export const WORKS_ON =
  /^(?:[(（]?[一二三四五六七八九十]期[)）]?)?(?:新建|扩建|改建|改扩建|迁建|续建|提升改造|改造提升|提标改造|提质改造|升级改造|扩容改造|技术改造|提档升级|技改|扩容|扩能|除险加固|改造|提升|建设|整治)?(?:[(（]?[一二三四五六七八九十]期[)）]?)?$/;

/** Works on a park that make it a project (某某产业园|综合开发|项目, 某某物流园|二期|项目, 某某园区|基础设施提升|项目):
 *  the park is built, not yet a park of its own. */
export const WORKS_ON_PARK =
  /^(?:[(（]?[一二三四五六七八九十]期[)）]?)?(?:综合开发|基础设施(?:建设|提升)?|标准厂房(?:建设)?|配套设施(?:建设)?|新建|扩建|改建|改扩建|续建|提升改造|改造提升|改造|提升|建设|开发)?(?:[(（]?[一二三四五六七八九十]期[)）]?)?$/;

/** Works named on a facility beyond the common verbs, between it and 工程 or 项目: a part of it or what is done to it
 *  (某变电站|间隔扩建|工程, 某储气库|扩压增量|工程, 某灌区|节水|工程, 某体育中心|智慧化|项目). A few characters, no
 *  clause (的, 等, 和, 又), no place around it (某高铁|沿线|项目), no stage or kind of project (某园|开工|项目, 某园|签约|
 *  项目, 某铁路|控制性|工程). */
const NAMED_WORKS = /^\p{Script=Han}{2,6}$/u;
const NOT_WORKS =
  /[的等和及与是在了将对把为从个项批又再也还]|^[一二三四五六七八九十两多各全新]|性$|沿线|周边|附近|区域|一带|片区|板块|开工|竣工|投产|落户|落地|引进|推进|实施|启动|包括|举行|入驻|带动|招商|[内外上下]$/u;
export function worksOnFacility(works: string, facility: string): boolean {
  return (
    NAMED_WORKS.test(works) &&
    !NOT_WORKS.test(works) &&
    !GENERIC_PROJECT_HEAD.test(works) &&
    !EVENT_SUFFIX.test(facility) &&
    !/(?:项目|工程)$/.test(facility)
  );
}

/** True when the words between a park and 工程 say what is done to it (基础设施提升), not only its phase (二期). */
export function namesWorks(works: string): boolean {
  return /\p{Script=Han}{2}/u.test(works.replace(/[(（]?[一二三四五六七八九十]期[)）]?/gu, ''));
}

/** Bodies whose premises are built as projects (某某人民医院|新院区|项目, 某某中学|扩建|工程), and what of them is
 *  built. */
export const BUILDING_BODY = /(?:医院|卫生院|学校|[中小]学|大学|学院|幼儿园|图书馆|体育馆|博物馆)$/;
export const WORKS_ON_BODY =
  /^(?:新院区|新校区|院区|校区|新址|综合楼|门诊楼|住院楼|病房楼|医技楼|教学楼|实训楼|宿舍楼)?(?:[(（]?[一二三四五六七八九十]期[)）]?)?(?:新建|扩建|改建|改扩建|迁建|续建|提升改造|改造提升|改造|建设)?$/;

/** Verbs of works that end a project's head (某某小镇二期|改造|工程, 某某馆|提升|工程). */
const WORK_VERBS = /^(?:改造|提升|建设|整治|扩建|新建|改建|治理|修复|引水|供水|保护|开发|利用|提质)$/;

/** An output that opens a project's name, with what the segmenter cut off the head after it: 年产10万吨|新型建材项目,
 *  年产5000吨|锂电池正极|材料项目. */
const OUTPUT_AMOUNT = '年产(?:能)?[0-9.０-９一二三四五六七八九十百千万亿]+[万亿]?[^\\p{Script=Han}]?';
const OUTPUT_UNIT =
  '(?:吨|台套|台|套|件|辆|片|平方米|平米|立方米|千瓦时|千瓦|兆瓦|瓦|GWh|MWh|GW|MW|条|只|颗|块|张|米|头|羽|箱|瓶|支|双|公斤|千克|升|粒|卷|组)';
/** A plant's capacity written without 年产, in units only a capacity is given in (某某100兆瓦|风电项目, 某某2×35万千瓦|
 *  热电联产项目, 某某200万吨|褐煤提质项目, 某某3000台|机械生产线…项目): Arabic digits, so a count in words (两万吨) stays out. */
const CAPACITY = '(?:[0-9]+[×xX*])?[0-9][0-9.]*[万亿]?(?:千瓦|兆瓦|吉瓦|千伏|吨|台|GW|MW|kW|kV)';
const OUTPUT = `(?:${OUTPUT_AMOUNT}${OUTPUT_UNIT}|${CAPACITY})`;
/** An output's amount right before a head that opens with its unit (年产3000|吨金刚石单晶项目: the segmenter splits the
 *  unit off the number, and the walk takes it into the head). */
const AMOUNT_BEFORE_UNIT = new RegExp(`${OUTPUT_AMOUNT}$`, 'u');
const UNIT_OPENING = new RegExp(`^${OUTPUT_UNIT}`, 'u');
/** (Not across the 等 that closes a list: …热电联产|等重点|项目 names no project.) */
const OUTPUT_BEFORE = new RegExp(`${OUTPUT}(?:(?!等)[\\p{Script=Han}]){0,12}$`, 'u');
/** An output at the start of a head: 年产30GW|高效光伏电池 (the segmenter joins 30GW, so the walk runs over it). */
const OUTPUT_OPENING = new RegExp(`^${OUTPUT}`, 'u');

/** Heads that say what kind of project, not which (重点产业项目, 基础设施项目, 招商引资项目), or a study, no works
 *  (某某起源研究|项目). */
const GENERIC_PROJECT_WORDS =
  '重点|重大|产业|基础设施|招商引资|签约|在建|新建|续建|投资|建设|民生|工业|储备|前期|合作|省级|市级|县级|亿元|以上|类|服务|配套|公益|惠民|试点|课题|科研|研究';
const GENERIC_PROJECT_HEAD = new RegExp(`(?:${GENERIC_PROJECT_WORDS})$`);
const GENERIC_PROJECT_TAIL = new RegExp(`(?:${GENERIC_PROJECT_WORDS})+$`);

/** True when what comes before a kind-word ending (白沙村生态养殖|产业) still names a project: a place and what is
 *  done there, not a place alone (滨江|重点) nor a count (滨江十大|重点). */
function specificBeforeKind(core: string): boolean {
  const rest = core.replace(GENERIC_PROJECT_TAIL, '');
  return (
    rest.length >= 4 &&
    !placeOnly(rest) &&
    // A zone's key projects (某某新区|重点项目) are a kind, the zone's.
    !PARK_SUFFIXES.some(([suffix]) => rest.endsWith(suffix)) &&
    !/[0-9一二三四五六七八九十百千]+[大个项批类]?$/.test(rest) &&
    (opensWithLocalPlace(rest) || opensWithPlace(rest) || holdsRegion(rest))
  );
}

/** The works a head may end with after what it names (某某大道|建设|项目, 某某流域|综合治理|项目, 某某组件|产业化|项目):
 *  the rest must still say which. */
const WORKS_END =
  /(?:技改|技术改造|扩能|扩产|升级改造|智能化改造|数字化改造|节能改造|产业化|综合治理|综合整治|综合开发|除险加固|巩固提升|提升改造|改造提升|改扩建|快速化|城市更新|更新|改造|提升|建设|整治|扩建|新建|改建|迁建|续建|治理|修复|保护|开发|利用|提质)+$/;

/** A head before 项目 or 工程 that names one: three or more characters holding a place, a quoted name or a phase
 *  (滨湖污水处理厂扩建|项目, “千村示范”|工程, 某水厂二期|工程), or any specific head the text presents as a
 *  project's name (`named`: 总投资10亿元的|某某|项目); 乡村振兴|项目, 海洋|工程 say what kind. */
export function namedProject(head: string, rawHead: string, named = false): boolean {
  const core = head.replace(WORKS_END, '');
  // A head that opens with a counter follows a count (12|项重点项目): no name.
  if (
    head.length < 3 ||
    core.length < 2 ||
    (GENERIC_PROJECT_HEAD.test(core) && !specificBeforeKind(core)) ||
    // An industry's name alone says what kind of project (数字经济|项目), not which.
    INDUSTRY_SET.has(core) ||
    // …and works done on a bare place are no name (获中国|建设|工程).
    (core !== head && placeOnly(core)) ||
    /^[项个批类座家]/.test(head) ||
    !(named && ratedHead(head) ? RATED_NAME : /^[\p{Script=Han}A-Za-z0-9·()“”]+$/u).test(head)
  )
    return false;
  // …nor a clause (精准施策打造|项目, 苏州引进|项目), a numbered slogan (“5321”工程) or a company's phase
  // (某某新材料一期|工程: the company is the entity).
  const words = segment(core);
  const last = words.at(-1) ?? '';
  if (
    (!named &&
      core === head &&
      tagOf(last) === 'v' &&
      !WORK_VERBS.test(last) &&
      !rawHead.endsWith('”') &&
      // (A verb the segmenter cut from the end of an industry term is the term's: 某县抽水蓄|能.)
      (INDUSTRY_TRIE.longestEndingAt(core, core.length, core.length)?.start ?? core.length) >=
        core.length - last.length) ||
    /^[0-9]+$/.test(head) ||
    // …nor a place's numbered programme (某区|2342|工程).
    (/[0-9]{2,}$/.test(head) && placeOnly(head.replace(/[0-9]+$/, ''))) ||
    (!named && endsWithCompanyWord(head.replace(PHASE, '')) && !productLineHead(head))
  )
    return false;
  return (
    named ||
    // A quoted name, not a quoted count (“四个共同”工程, “三农”项目: a programme or a kind of project).
    (rawHead.includes('“') && !COUNTED_QUOTE.test(rawHead)) ||
    holdsRegion(head) ||
    opensWithPlace(head) ||
    opensWithLocalPlace(head) ||
    opensWithCompany(head) ||
    /[一二三四五六七八九十]期/.test(head) ||
    productLineHead(head) ||
    // A proper name and the works done on it (华辰钢铁|技改, 岚湾大道|改造): the works say it is a project.
    (core !== head && namesProperly(core))
  );
}

const COUNTED_QUOTE = /^“[0-9一二两三四五六七八九十][^”]*”$/u;

/** True when a word of `core` is a brand or a person's or body's name to the segmenter (华辰/nz|钢铁): loose
 *  characters are not enough, nor a geographic common noun (海湾/ns|生态). */
function namesProperly(core: string): boolean {
  return segment(core).some((word) => ['nr', 'nz', 'nt'].includes(tagOf(word)));
}

/** True when a company's short name opens the head and a product follows it (华辰科技|智能终端): the company names
 *  its project. */
const PRODUCT_WORD = new RegExp(`(?:${WEAK_COMPANY_SUFFIXES.join('|')})$`);
function opensWithCompany(head: string): boolean {
  for (let cut = 4; cut <= head.length - 2; cut++) {
    const brand = head.slice(0, cut).replace(PRODUCT_WORD, '');
    if (brand.length >= 2 && brand.length < cut && namesProperly(brand) && !holdsRegion(brand)) return true;
  }
  return false;
}

/** A village or town the gazetteer does not list opening a head (白沙村|生态养殖产业, 青石镇|污水管网): a project
 *  named after where it is; 农村, 新农村, 小镇 and the like are common words (青山村 is a village). */
const LOCAL_PLACE_OPENING = /^\p{Script=Han}{2,3}?[村镇乡](?=\p{Script=Han}{2})/u;
const COMMON_PLACE_WORD =
  /(?:美丽|示范|文明|特色|传统|中心|历史文化)[村镇乡]$|^[新全各本该每小大]?[农乡山渔城集重名古小全各本该每新强][村镇乡]$/;
function opensWithLocalPlace(head: string): boolean {
  const place = LOCAL_PLACE_OPENING.exec(head)?.[0];
  return !!place && !COMMON_PLACE_WORD.test(place) && !/^[城乡村镇]/.test(place);
}

/** True when a place of the gazetteer is written in `head`: a full name, or a short form that is no common word
 *  (振兴, 大庆 are words too). */
export function holdsRegion(head: string): boolean {
  for (let i = 0; i < head.length; i++) {
    const forms = regionTrie().longestAt(head, i)?.value ?? [];
    if (forms.some((f) => !f.short || (!f.shortNeedsFull && ['province', 'city'].includes(f.region.level))))
      return true;
  }
  return false;
}

/** True when `core` is a place with at most one character more (获|中国). */
function placeOnly(core: string): boolean {
  for (let i = 0; i <= 1; i++) {
    const place = regionTrie().longestAt(core, i);
    if (place && core.length - (place.end - place.start) <= 1) return true;
  }
  return false;
}

/** True when a project's head opens with a county's or district's short name that the segmenter reads as one
 *  word (溧阳|光伏组件产业化项目): a project is named after where it is. */
function opensWithPlace(head: string): boolean {
  const place = regionTrie().longestAt(head, 0);
  return (
    !!place &&
    place.end >= 2 &&
    head.length - place.end >= 2 &&
    segment(head)[0] === head.slice(0, place.end) &&
    place.value.some((f) => f.short && f.region.level === 'county')
  );
}

/** A facility's rating written inside its name (某某750千伏|输变电工程, 某某110千伏|变电站, 甲地—乙地±800千伏|
 *  特高压直流工程, 某某200兆瓦|光伏电站): the walk stops at the number, the name runs on over it. */
const RATING_UNIT = '(?:千伏|kV|万千瓦|千瓦|兆瓦|MW|GW)';
const RATING = new RegExp(`±?[0-9]+${RATING_UNIT}$`, 'u');

/** True when a head holds a rating after a name of two characters or more (某某750千伏输变电): a grid's or plant's
 *  works, named by where they are and how large. */
const RATED_HEAD = new RegExp(`^\\p{Script=Han}{2,}[^0-9]*±?[0-9]+${RATING_UNIT}`, 'u');
export const ratedHead = (head: string) => RATED_HEAD.test(head);
/** …whose name may join two ends with a dash (甲地—乙地±800千伏…). */
const RATED_NAME = /^[\p{Script=Han}A-Za-z0-9·()“”±—–-]+$/u;

/** Where a facility's name starts when a rating stands right before the walk's start (某某|750千伏|输变电工程): at the
 *  name written before the rating, two Han characters or more and no generic word (全市|110千伏变电站 names none). */
export function overRating(text: string, start: number, floor: number): number {
  const rating = RATING.exec(text.slice(floor, start))?.[0];
  if (!rating) return start;
  const at = start - rating.length;
  const before = nameStart(text, at, floor);
  const name = text.slice(before, at);
  return name.length >= 2 && /^\p{Script=Han}+$/u.test(name) && !isGenericHead(name) ? before : start;
}

/** Where a route's name starts when a place and 至 come before its head (甲市至|乙县高速公路), if they do. */
export function routeFrom(text: string, start: number, floor: number): number | undefined {
  if (text[start - 1] !== '至') return undefined;
  const from = regionTrie().longestEndingAt(text, start - 1, 12);
  return from && from.start >= floor ? from.start : undefined;
}

/** Suffixes whose head must name the project (namedProject): common nouns end in them too. */
export const NAMED_PROJECT_SUFFIX = new Set(['工程']);
/** Suffixes that name a project only as a route (甲市至乙县|铁路): 高铁路网, 京九铁路 are other words. */
export const ROUTE_ONLY = new Set(['铁路']);
/** Routes are named by their ends: 甲市至乙县|高速公路. */
export const ROUTE_SUFFIX = /(?:高速公路|铁路|公路|城际铁路|高速铁路)$/;

/** An amount invested said of what follows (总投资15亿元的|…项目, 华辰集团投资的|…项目), or said right after it
 *  (…项目|，总投资8亿元). */
const AMOUNT =
  '(?:总投资|计划投资|拟投资|投资)(?:约|超|达|近)?[0-9.０-９一二三四五六七八九十百千万亿]+[万亿]?(?:元|美元)(?:人民币)?';
const AMOUNT_BEFORE = new RegExp(
  `(?:${AMOUNT}(?:的|[，,]?(?:新建|建设|投建|打造|实施|布局)(?:的)?)|投资(?:建设)?的|投建的)$`,
  'u',
);
/** …or who invests in it or where it lies said right after it (…项目|由某某有限公司投资建设, …项目|位于某开发区). */
const AMOUNT_AFTER =
  /^[，,]?(?:项目)?(?:(?:计划|拟)?总投资|由[^，,。；;]{2,30}?(?:投资|投建|建设|承建|开发)|(?:位于|坐落于|选址(?:于|在)?)[^，,。；;]{2})/;
const AFTER_A_LISTED_PROJECT = /(?:项目|工程)、$/;
/** A label that introduces a project's name in a table or a list: 项目名称：…. */
const NAME_LABEL = /项目名称[:：]?\s*$/;

/** Where a text presents what follows as a project's name: a numbered item (1.…项目, （2）…项目, 一是…项目), a row of a
 *  table flattened to text (…投资额 建设内容 1 …项目), or a list a clause introduces as projects (签约项目包括：…项目、…项目).
 *  `head` is the text of the sentence before 项目. */
const NUMBERED_ITEM =
  /(?:^|[\s：:])(?:[0-9]{1,2}[.、．]|[(（][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|[0-9]{1,3}\s+)[^\s，,。；;、：:]{2,30}$/u;
const PROJECTS_INTRODUCED =
  /(?:项目|工程)(?:[0-9一二三四五六七八九十百]+[个项][，,]?)?(?:主要|分别)?(?:有|包括|包含|涵盖|分别是|分别为|如下)[:：]?[^，,。；;：:]*$|(?:项目|工程)[:：][^，,。；;：:]*$/u;
export function introducedAsProject(head: string): boolean {
  return NUMBERED_ITEM.test(head) || PROJECTS_INTRODUCED.test(head);
}
/** An amount in the next cell of a table row (…项目 10亿元): said of the project. */
const AMOUNT_CELL = /^\s+[0-9.]+(?:万|亿)?(?:元|美元)/;

/** True when the clause before a head states an output (年产10万吨…), an amount invested in what follows
 *  (总投资15亿元的…, 拟投资20亿元建设…) or a label (项目名称：…), or when an amount follows 项目 (…项目，总投资8亿元):
 *  what ends in 项目 there is a project, whatever product word ends its head. `end` is where 项目 ends. */
export function statedAsProject(text: string, headEnd: number, floor: number, end?: number): boolean {
  const clause = /[^，,。；;：:、]{0,30}$/u.exec(text.slice(floor, headEnd))?.[0] ?? '';
  const before = text.slice(Math.max(0, headEnd - 40), headEnd);
  return (
    /年产(?:能)?[0-9.０-９一二三四五六七八九十百千万亿]/u.test(clause) ||
    /(?:总投资|计划投资|拟投资)[^的]{1,12}的|投资(?:建设)?的|投建的/.test(clause) ||
    new RegExp(`${AMOUNT}[，,]?(?:新建|建设|投建|打造|实施|布局)`, 'u').test(clause) ||
    (/项目名称[:：]/.test(before.slice(before.lastIndexOf('项目名称'))) &&
      !/[。；;]/.test(before.slice(before.lastIndexOf('项目名称')))) ||
    (end !== undefined && (AMOUNT_AFTER.test(text.slice(end)) || AMOUNT_CELL.test(text.slice(end)))) ||
    introducedAsProject(text.slice(0, headEnd))
  );
}

/** A facility's name before a phase (某某医院分院|二期|项目, 某某物流园|三期|项目): the phase is the facility's, and
 *  the project is named by it, not by a company. */
const FACILITY_BEFORE_PHASE =
  /(?:院|中心|电站|[厂馆站港桥路城园]|园区|港区|码头|基地|大道|小镇|综合体|学校|[中小]学|校区)[(（]?[一二三四五六七八九十]期[)）]?$/;

/** True when the text before 项目 is a facility and its phase (…平潭分院二期|项目). */
export function facilityPhase(text: string, suffixStart: number): boolean {
  return FACILITY_BEFORE_PHASE.test(text.slice(Math.max(0, suffixStart - 12), suffixStart));
}

const COUNTED_AFTER = /^[0-9一二两三四五六七八九十百]+[个项批]/;

/** Where a head before 项目 stands: its words as read and as written, its span, the free text before it. */
interface ProjectHead {
  head: string;
  rawHead: string;
  start: number;
  end: number;
  floor: number;
  sentence: number;
}

/** The head with its first `n` characters left out (an output's unit or opening, read on its own). */
const headAfter = (at: ProjectHead, n: number): ProjectHead =>
  n ? { ...at, head: at.head.slice(n), rawHead: at.rawHead.slice(n), start: at.start + n } : at;

/** The project a head before 项目 names as such: a proper head (a place, a brand, a quoted name) or an output
 *  written before it (年产10万吨…项目), or any specific head an amount invested is said of. `start` is where the
 *  head starts, `floor` where the text before it is free. */
export function projectNamedAsSuch(text: string, at: ProjectHead, namedBefore = false): Candidate | undefined {
  // A count right after 项目 counts projects of a kind (完成“保交楼”项目13个): it names none.
  if (COUNTED_AFTER.test(text.slice(at.end))) return undefined;
  // An output the walk took into the head (年产30GW|高效光伏电池: the segmenter joins 30GW) opens the name too, and so
  // does the unit of one written before the head (年产3000|吨…).
  const unit = AMOUNT_BEFORE_UNIT.test(text.slice(Math.max(at.floor, at.start - 16), at.start))
    ? (UNIT_OPENING.exec(at.head)?.[0] ?? '')
    : '';
  at = headAfter(at, unit.length);
  const opening = OUTPUT_OPENING.exec(at.head)?.[0] ?? '';
  at = headAfter(at, opening.length);
  const output = opening || (OUTPUT_BEFORE.exec(text.slice(Math.max(at.floor, at.start - 28), at.start))?.[0] ?? '');
  // A brand written right before the output names the project with it: 华辰|年产10万套汽车零部件项目.
  const brand = output ? brandBefore(text, at.start - (opening ? 0 : output.length), at.floor) : '';
  const amount =
    AMOUNT_BEFORE.test(text.slice(Math.max(at.floor, at.start - 24), at.start)) ||
    NAME_LABEL.test(text.slice(Math.max(0, at.start - 8), at.start)) ||
    AMOUNT_AFTER.test(text.slice(at.end)) ||
    AMOUNT_CELL.test(text.slice(at.end)) ||
    introducedAsProject(text.slice(0, at.end - 2)) ||
    // …or a list's next item after a project (年产…项目、某某加工项目、某某生产项目): the list is of projects.
    AFTER_A_LISTED_PROJECT.test(text.slice(Math.max(0, at.start - 3), at.start));
  if (!output && !namedProject(at.head, at.rawHead, (amount || namedBefore) && at.head.length >= 4)) return undefined;
  const start = at.start - output.length - brand.length;
  // A route's works named by its ends (甲市至|乙县快速通道项目): the name starts at the first end.
  const route = !output && !brand && regionTrie().longestAt(at.head, 0) ? routeFrom(text, start, at.floor) : undefined;
  return {
    kind: 'Project',
    name: (route !== undefined ? text.slice(route, start) : '') + brand + output + at.head + '项目',
    sentence: at.sentence,
    start: route ?? start,
    end: at.end,
    priority: PRIORITY.suffixName,
  };
}

/** What may stand between a company and the project it builds, written as one name (某某有限公司|新建|年产…项目). */
const OWNER_WORKS = /^(?:新建|扩建|技改)?$/;

/** A project written right after the company that builds it (某某有限公司|年产10万吨新型建材项目): the report names
 *  the project with its company's name, the project's fullest name; the words after the company are its short form.
 *  The span stays the project's own, so the company remains an entity of its own. */
export function ownedProject(project: Candidate, company: Candidate, text: string): Candidate {
  const between = text.slice(company.end, project.start);
  const owned = text.slice(company.start, project.start);
  // (A project named with its company already, then run on over its works, keeps that name: 某某集团某某电站|新建工程.)
  if (company.end > project.start || !OWNER_WORKS.test(between) || project.name.startsWith(owned)) return project;
  return {
    ...project,
    name: owned + project.name,
    aliases: [...(project.aliases ?? []), project.name],
  };
}

/** A company's brand or short name written right before a project's output (华辰|年产…, 华辰科技|年产…), not a
 *  registered or generic company word (华辰公司|年产…: the company is its own entity), a place or a verb. */
function brandBefore(text: string, outputStart: number, floor: number): string {
  const start = nameStart(text, outputStart, floor);
  const brand = text.slice(start, outputStart);
  return brand.length >= 2 &&
    brand.length <= 8 &&
    /^\p{Script=Han}+$/u.test(brand) &&
    !/(?:公司|集团|企业|工厂|厂|项目|园|区|县|市|镇)$/.test(brand) &&
    !isGenericHead(brand) &&
    !placeOnly(brand) &&
    looksProper(brand)
    ? brand
    : '';
}

/** A title a place is awarded, not a facility: “中国滑板产业基地”等称号, 被授予“省级科普示范基地”荣誉称号. The
 *  items of one list, quoted or not, share the word after the last. */
const HONOUR_AFTER =
  /^”?(?:[、，,]“?[^、，,。；;“”]{1,24}”?)*(?:等)?(?:[0-9一二三四五六七八九十]+[个项])?(?:国家级|省级|市级)?(?:荣誉)?称号/;

/** Words that end an event's name: a fair, a forum, a festival. */
const EVENT_SUFFIX = /(?:博览会|交易会|洽谈会|展览会|论坛|峰会|文化节|旅游节|艺术节)$/;
/** What after an event makes it one of the activities a report counts in passing (举办某论坛、某交流会等交流活动,
 *  筹办某论坛等国际会议, 开展某论坛、研学等活动), or names those who come to it (某论坛嘉宾团): no project of its
 *  own. */
const EVENT_IN_PASSING =
  /^”?(?:[、和及与][^，,；;。、]{1,20})*等[^，,；;。、]{0,10}?(?:活动|会议|会展|赛事|盛会)|^(?:嘉宾团|代表团|组委会|参展商)/;

/** An event's edition (第二十届) and year (2017年): written before its name, part of it. */
export const EDITION_ORDINAL = '第[一二三四五六七八九十百零〇0-9]{1,4}届';
export const EVENT_YEAR = '(?<![0-9])(?:19|20)[0-9]{2}年?';
/** An event's edition or year written right before its name (第二十届|某某交易会, 2017年|某某论坛). */
const EDITION = new RegExp(`(?:${EDITION_ORDINAL}|${EVENT_YEAR})$`, 'u');

/** An event named with the edition or year written before it (第二十届|某某交易会): its name, the bare one an alias. */
export function withEdition(event: Candidate, text: string, floor: number): void {
  const edition =
    event.kind === 'Project' && EVENT_SUFFIX.test(event.name) ? EDITION.exec(text.slice(floor, event.start)) : null;
  if (!edition) return;
  event.aliases = [...new Set([...(event.aliases ?? []), event.name])];
  event.start -= edition[0].length;
  event.name = text.slice(event.start, event.end);
}

/** True when the event named by `suffix`, ending at `end`, is counted in passing or names its guests. */
export function eventInPassing(suffix: string, text: string, end: number): boolean {
  return EVENT_SUFFIX.test(suffix) && eventCountedInPassing(text, end);
}

/** True when the event ending at `end` is counted in passing or names its guests. */
export function eventCountedInPassing(text: string, end: number): boolean {
  return EVENT_IN_PASSING.test(text.slice(end, end + 60));
}

/** Verbs that award a title (获评“…示范基地”, 被认定为省级…中心, 入选“…”“…”): what follows is the title, not a facility.
 *  Earlier quoted titles of the same award may stand between. */
const HONOUR_BEFORE =
  /(?:获评|荣获|被评为|评为|被认定为|认定为|被命名为|命名为|被授予|授予|入选|跻身)(?:“?[^、，,。；;“”]{1,30}”?[、，,和及]?)*“?$/;
/** A rank said to be what a place is (是省级文物保护单位和省级|爱国主义教育基地): a designation, not a facility. */
const RANK_IS = /是(?:[^，,。；;]{2,24}[和及、])*(?:国家级|省级|市级|全国)$/;

/** Bases whose kind is a designation a site is given, not a facility built (某县爱国主义教育基地, 某馆党性教育基地,
 *  某台天文科普基地): the memorial or museum given it is the facility. */
export const DESIGNATED_BASE = /(?:爱国主义|党性|红色|革命传统|民族团结进步|国防|廉政)教育基地$|科普基地$/;

/** True when the facility-like name from `start` to `end` is an honour's title (…基地”等称号, 获评“…基地”, 是省级…基地)
 *  or a designation's (…爱国主义教育基地). */
export function honourTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  return (
    HONOUR_AFTER.test(text.slice(end, end + 80)) ||
    HONOUR_BEFORE.test(before) ||
    RANK_IS.test(before) ||
    DESIGNATED_BASE.test(text.slice(start, end))
  );
}

export const PROJECT_HEAD_END = new RegExp(`(?:${WEAK_COMPANY_SUFFIXES.join('|')}|[一二三四五六七八九十]期)$`);

/** The most characters of a brand a company's short name has before its product word (华辰|科技, 某某光电|材料). */
const MAX_BRAND = 4;

/** How many characters of a head before 项目 a proper name takes before the product word it ends with (华辰|科技:
 *  2), or undefined. */
function beforeProductWord(head: string): number | undefined {
  const product = WEAK_COMPANY.longestEndingAt(head, head.length, 4);
  return product && product.start >= 2 && looksProper(head.slice(0, product.start)) ? product.start : undefined;
}

/** A company's short name before a project word: a proper brand plus a product word (华辰|科技|项目), or any
 *  proper name before a phase (雅迪电动车|二期|项目). */
export function companyBeforeProjectWord(head: string): boolean {
  if (PHASE.test(head)) return looksProper(head.replace(PHASE, ''));
  return beforeProductWord(head) !== undefined;
}

/** A proper head longer than a brand before its product word (某某光电新型显示|材料项目, 某某一汽新能源|汽车项目): the
 *  product line the project makes, so the project's own name, not a company's. */
export function productLineHead(head: string): boolean {
  const brand = head.slice(0, beforeProductWord(head) ?? 0);
  // The brand is a name or opens with a place (loose characters are not enough: 省|内高纯稀散金属材料), and no
  // industry's term opens it (集成电路核心零部件 is a kind of product, whoever makes it).
  return (
    !PHASE.test(head) &&
    brand.length > MAX_BRAND &&
    (namesProperly(brand) || !!regionTrie().longestAt(brand, 0)) &&
    !INDUSTRY_TRIE.longestAt(head, 0)
  );
}

/** The fewest characters of a head before 项目 that names a product line rather than a company: a company's short
 *  name is a brand and a trade word (华辰科技, 青禾电梯部件); a longer head says what is made (某某高能动力锂离子电池). */
const MIN_PRODUCT_LINE = 8;

/** True when a head that ends in a trade word before 项目 runs too long for a company's short name, and names no
 *  phase (某某新材料一期|项目 is the company's), no kind of product (an industry's term opens 集成电路核心零部件,
 *  whoever makes it) and holds no run of loose characters (省|内高纯稀散金属材料: the walk cut a word). */
export function longProductLine(head: string): boolean {
  return (
    head.length >= MIN_PRODUCT_LINE &&
    !PHASE.test(head) &&
    /^[\p{Script=Han}A-Za-z0-9]+$/u.test(head) &&
    !INDUSTRY_TRIE.longestAt(head, 0) &&
    !LOOSE_RUN.test(
      segment(head)
        .map((word) => (word.length === 1 ? '1' : '2'))
        .join(''),
    )
  );
}

/** Three one-character words in a row: characters the segmenter knows no word for, a word cut or a clause. */
const LOOSE_RUN = /111/;

/** True when the words between a park and 项目 say what is built there (东湖新区|安置房|项目), not when (某某工业园区|
 *  上半年|项目) nor how many. */
export function namesWhatIsBuilt(words: string): boolean {
  const tags = segment(words).map((word) => tagOf(word));
  // …ending in a thing (安置|房), not in a verb (某某开发区|举行|项目签约).
  return (
    words.length >= 2 &&
    tags.every((tag) => !['t', 'm', 'r', 'd', 'p', 'c', 'f', 'q'].includes(tag)) &&
    /^(?:n|vn)/.test(tags.at(-1) ?? '')
  );
}

/** The fewest characters a project's name keeps without the places that open it (某市某区|某某种植基地). */
const MIN_UNPLACED_NAME = 4;

/** Shorter forms a report's readers name a project by: without the address that opens its name (某市某区|某某酒庄种植
 *  基地: two places or more, written as where it is) and, for a quoted name written with 项目 (“某某”项目), the quoted
 *  name alone. */
export function projectShortForms(name: string, surface: string): string[] {
  const out: string[] = [];
  let rest = name;
  let places = 0;
  for (let place = regionTrie().longestAt(rest, 0); place; place = regionTrie().longestAt(rest, 0)) {
    if (rest.length - place.end < MIN_UNPLACED_NAME) break;
    rest = rest.slice(place.end);
    places++;
  }
  // …a name of its own (青禾坝闸), not a kind (某省某市|数据中心).
  if (places >= 2 && looksProper(rest)) out.push(rest);
  const quoted = /^“([^”]{2,})”项目$/u.exec(surface)?.[1];
  if (quoted) out.push(quoted);
  return out;
}
