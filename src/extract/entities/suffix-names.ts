// Names recognized by their grammar: a specific head plus a kind's suffix (宿城 + 经济开发区, 箭鹿 + 集团).
import type { EntityKind } from '../../ontology/model.ts';
import {
  PARK_SUFFIXES,
  REGISTERED_COMPANY_SUFFIXES,
  SUFFIXES_BY_KIND,
  WEAK_COMPANY_SUFFIXES,
} from '../lexicon/names.ts';
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { RULES } from '../rules/index.ts';
import { SURNAMES, TITLES } from '../lexicon/people.ts';
import { STATE_BODIES } from '../lexicon/state-bodies.ts';
import { Trie } from '../lexicon/trie.ts';
import { isGenericHead, isStopWord, nameStart, stripQualifiers } from './boundary.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { regionTrie } from './regions.ts';
import {
  BUILDING_BODY,
  facilityPhase,
  holdsRegion,
  honourTitle,
  NAMED_PROJECT_SUFFIX,
  namedProject,
  projectNamedAsSuch,
  ROUTE_ONLY,
  ROUTE_SUFFIX,
  routeFrom,
  statedAsProject,
  WORKS_ON,
  WORKS_ON_BODY,
  WORKS_ON_PARK,
} from './project-names.ts';

export interface Suffix {
  kind: EntityKind;
  suffix: string;
}

/** 项目 ends no name of its own, but after a company's short name it marks one: 华辰科技|项目. */
const PROJECT_WORD: Suffix = { kind: 'Project', suffix: '项目' };
const SUFFIX_ENTRIES: readonly (readonly [string, Suffix])[] = [
  ...SUFFIXES_BY_KIND.flatMap(([kind, suffixes]) => suffixes.map((suffix) => [suffix, { kind, suffix }] as const)),
  ['项目', PROJECT_WORD],
];
const SUFFIX_TRIE = new Trie<Suffix>(SUFFIX_ENTRIES);
/** Every name here ends with a suffix of the table: a sentence holding none needs no call. */
export const SUFFIX_NAME_TRIGGERS: readonly string[] = SUFFIX_ENTRIES.map(([suffix]) => suffix);
export const PARK_RANK = new Map(PARK_SUFFIXES);
const REGISTERED = new Set(REGISTERED_COMPANY_SUFFIXES);
/** The rank of the park suffix that ends `name` (3 zones, 2 large parks, 1 parks; 3 when none does). */
const parkRank = (name: string) =>
  PARK_RANK.get(SUFFIX_TRIE.longestEndingAt(name, name.length, 10)?.value.suffix ?? '') ?? 3;
const BRANCH = new Set(RULES.suffixes.company.entries.filter((e) => e.branch).map((e) => e.word));
/** A bank's name (…银行) that a branch may follow: 华辰银行|东海省分行. */
const BANK = /[\p{Script=Han}]{2,12}?银行(?=[\p{Script=Han}（）()]{0,16}$)/u;

/** Where the company a branch belongs to starts: the registered company seen last when only a place lies between
 *  (…股份有限公司|滨海片区|分行), else a bank named just before (华辰银行|东海省|分行). */
function parentOf(
  text: string,
  parent: { start: number; end: number } | undefined,
  suffixStart: number,
  floor: number,
) {
  // Only a place lies between: no punctuation, no other bank or branch.
  const between = (from: number) =>
    /^[\p{Script=Han}（）()]{0,16}$/u.test(text.slice(from, suffixStart)) &&
    !/银行|分行|支行/.test(text.slice(from, suffixStart));
  if (parent && parent.end <= suffixStart && between(parent.end)) return parent;
  const window = Math.max(floor, suffixStart - 30);
  const bank = BANK.exec(text.slice(window, suffixStart));
  if (!bank) return undefined;
  const bankEnd = window + bank.index + bank[0].length;
  return { start: nameStart(text, bankEnd - 2, floor, { strong: true }), end: bankEnd };
}
const WEAK_COMPANY = new Trie<true>(WEAK_COMPANY_SUFFIXES.map((s) => [s, true] as const));

/** What after a suffix makes it part of a longer word (集团化, 中心城市, 公司制). */
const WORD_CONTINUES = new Trie<true>(RULES.suffixes.wordContinues.entries.map((e) => [e.word, true] as const));
const continuesWord = (text: string, end: number) => WORD_CONTINUES.longestAt(text, end) !== undefined;
/** The fewest characters a name's head needs before a suffix of each kind. */
const MIN_HEAD = new Map(
  (['park', 'company', 'project', 'organization'] as const).map((t) => [
    RULES.suffixes[t].kind!,
    RULES.suffixes[t].minHead!,
  ]),
);

/** The kind whose suffix ends `name`, if any (used to classify list items by their own grammar). */
export function kindBySuffix(name: string): Suffix | undefined {
  const m = SUFFIX_TRIE.longestEndingAt(name, name.length, 10);
  return m?.value === PROJECT_WORD ? undefined : m?.value;
}

/** True when `head` ends with a product word that makes it a company's short name (瑞丰新材料). */
export function endsWithCompanyWord(head: string): boolean {
  return head.length >= 3 && WEAK_COMPANY.longestEndingAt(head, head.length, 4) !== undefined;
}

const PROPER_TAGS = new Set(['ns', 'nr', 'nz', 'nt', 'j']);

/** True when a name's head is no common word: it holds a proper noun or characters jieba cannot join. */
export function looksProper(head: string): boolean {
  const words = segment(head);
  const loose = words.filter((word) => word.length === 1 && /\p{Script=Han}/u.test(word)).length;
  return loose >= 2 || words.some((word) => PROPER_TAGS.has(tagOf(word)));
}

/** Zones (开发区, 高新区) are named after places: their head holds a place or a proper name. */
function namesAPlace(head: string): boolean {
  for (let i = 0; i < head.length; i++) if (regionTrie().longestAt(head, i)) return true;
  return segment(head).some((word) => PROPER_TAGS.has(tagOf(word)));
}

/** Committees that are no entity of their own before a post title (某开发区党工委|书记). */
const NOT_BEFORE_TITLE = new Set(
  RULES.suffixes.organization.entries.filter((e) => e.notBeforeTitle).map((e) => e.word),
);
const TITLE_TRIE = new Trie(TITLES);

/** Suffixes that also end common phrases (…餐厅, …联合党委, 跨境合作园区): the head must hold a place or a proper name. */
const PROPER_HEAD = new Set(
  [...RULES.suffixes.park.entries, ...RULES.suffixes.project.entries, ...RULES.suffixes.organization.entries]
    .filter((e) => e.properHead)
    .map((e) => e.word),
);

/** Organizations named after their place. */
const PLACE_NAMED = new Set(RULES.suffixes.organization.entries.filter((e) => e.placeNamed).map((e) => e.word));

/** State bodies a report names by its own level word alone (区管委会, 县人民法院, 省国资委). */
const LEVEL_NAMED = new Set(RULES.suffixes.organization.entries.filter((e) => e.levelNamed).map((e) => e.word));
const LEVEL_WORDS = new Set(['省', '市', '区', '县', '镇']);

/** 局 ends bureaus (经济发展局) but also common words (格局, 大局, 布局, 开局, 新局, 开好局, 困难局: their last character before it)
 *  and a bare 管理局. */
const NOT_A_BUREAU = /(?:[格大布开全当时变结僵骗赌饭棋牌战政新残定终出入药好难]|^管理)$/;

/** 署 ends offices (审计署, 投资推广署) but also 部署 and 签署. */
const NOT_AN_OFFICE = /[部签公布官专行]$/;

/** 基地 after an industry names a role a region plays (先进制造业基地, 老工业基地), not a facility; 宅基地 is land. */
const NOT_A_BASE = /[业宅]$/;

/** A township or village the gazetteer does not list, named as one (青石乡, 白沙村): a proper head for its bodies
 *  (not for facilities: 水乡渔村|示范基地 says what kind). */
const LOCAL_PLACE = /^\p{Script=Han}{2,3}[乡镇村]$/u;

/** Heads that rank a facility rather than name it (省级示范, 国家级重点, AAAA级). */
const HONOUR_HEAD = /(?:[省市县区]级|国家级|[A４4]+级)(?:示范|重点|特色|精品|标准化)?$|(?:示范|重点|精品)$/;
/** A town of leisure (温泉小镇, 阅读小镇, 欢乐小镇) is a tourist site, not an industrial park's 小镇. */
const LEISURE_TOWN = /(?:温泉|阅读|欢乐|旅游|文旅|风情|康养|度假|美食|民俗|渔港|艺术)$/;

/** Whether `head` + `suffix` makes a name of the suffix's kind. */
export function acceptsHead(suffix: Suffix, head: string): boolean {
  if (isGenericHead(head) || head.length < (MIN_HEAD.get(suffix.kind) ?? 2)) return false;
  if (suffix.suffix === '局' && NOT_A_BUREAU.test(head)) return false;
  if (suffix.suffix === '署' && NOT_AN_OFFICE.test(head)) return false;
  if (suffix.suffix === '基地' && NOT_A_BASE.test(head)) return false;
  // A facility's rank or honour is no name of its own: 苏州街|省级示范步行街, 滨湖公园|国家级重点公园.
  if (suffix.kind === 'Project' && HONOUR_HEAD.test(head)) return false;
  // A level word alone opens a kind of facility, not one: 村|电商服务中心, 县|图书馆.
  if (
    suffix.kind === 'Project' &&
    /^[村镇乡县区市省]/.test(head) &&
    segment(head)[0]!.length === 1 &&
    !namesAPlace(head)
  )
    return false;
  if (suffix.suffix === '小镇' && LEISURE_TOWN.test(head)) return false;
  // A government or a zone's committee is named after its place (宿城区人民政府, 某某开发区管委会): 自治区政府,
  // 党和政府 and breadcrumbs such as 政务公开政府 are not names.
  if (PLACE_NAMED.has(suffix.suffix) && !namesAPlace(head)) return false;
  // 以人民为中心, 以客户为中心: a set phrase, not a centre's name.
  if (head.endsWith('为')) return false;
  // A bare 公司 after common words names a kind of company (融资租赁公司, 全资子公司), not one. A 集团 is named by
  // its abbreviation (城发集团, 实发集团) or its trade (某某产业投资集团): only a described kind is none (企业集团).
  if (
    suffix.kind === 'Company' &&
    !REGISTERED.has(suffix.suffix) &&
    !namesAPlace(head) &&
    !looksProper(head) &&
    !(suffix.suffix === '集团' && head.length <= 8)
  )
    return false;
  const localBody = suffix.kind === 'Organization' && LOCAL_PLACE.test(head);
  if (PROPER_HEAD.has(suffix.suffix) && !namesAPlace(head) && !looksProper(head) && !localBody) return false;
  return !(suffix.kind === 'Park' && (PARK_RANK.get(suffix.suffix) ?? 0) >= 3 && !namesAPlace(head));
}

/** A part of a zone written right after its name: a place or a direction, then 园区 or 分区 (…|南部园区; a 片区 is an area of the zone, no park). */
export const ZONE_PART = /^((?:[东南西北中][部区]?|[\p{Script=Han}]{2,4}?))(?:园区|分区)/u;

/** Free-trade zones, whose areas (片区) are parks: 中国（滨海）自由贸易试验区|岚湾片区. */
const FREE_TRADE = /自贸区|自贸试验区|自由贸易试验区/;
const FTZ_AREA = /^(\p{Script=Han}{2,6}?)片区/u;

/** The part of a zone (suffix `suffix`) written at the start of `rest`: 南部园区, 西区分区, or a free-trade zone's area
 *  (某自贸试验区|某某片区), which is a park of its own. */
export function zonePartAfter(suffix: string, rest: string): RegExpExecArray | null {
  if ((PARK_RANK.get(suffix) ?? 0) < 3) return null;
  return ZONE_PART.exec(rest) ?? (FREE_TRADE.test(suffix) ? FTZ_AREA.exec(rest) : null);
}

const PHASE = /[一二三四五六七八九十]期$/;
const DASH = /[—–-]/;
const PROJECT_HEAD_END = new RegExp(`(?:${WEAK_COMPANY_SUFFIXES.join('|')}|[一二三四五六七八九十]期)$`);

/** A company's short name before a project word: a proper brand plus a product word (华辰|科技|项目), or any
 *  proper name before a phase (雅迪电动车|二期|项目). */
function companyBeforeProjectWord(head: string): boolean {
  if (PHASE.test(head)) return looksProper(head.replace(PHASE, ''));
  const product = WEAK_COMPANY.longestEndingAt(head, head.length, 4);
  return !!product && product.start >= 2 && looksProper(head.slice(0, product.start));
}

/** True when the words between a park and 项目 say what is built there (东湖新区|安置房|项目), not when (苏宿工业园区|
 *  上半年|项目) nor how many. */
function namesWhatIsBuilt(words: string): boolean {
  return (
    words.length >= 2 && segment(words).every((word) => !['t', 'm', 'r', 'd', 'p', 'c', 'f', 'q'].includes(tagOf(word)))
  );
}

/** Where a facility's name starts when the walk stopped at a verb inside it and a place opens the wider head
 *  (溧阳|抽水|蓄能电站): at that place; else where it stopped. */
function placeBeforeVerbs(text: string, start: number, suffixStart: number, floor: number): number {
  const wide = afterLastStopWord(text, nameStart(text, suffixStart, floor, { verbs: true }), suffixStart);
  if (wide >= start) return start;
  const place = regionTrie().longestAt(text, wide);
  return place && place.end <= start && place.value.some((f) => !f.short || f.region.level !== 'town') ? wide : start;
}

/** Where a head really starts when it still holds a verb that introduces names (园区获批|省级…): just after the
 *  last such word, unless that word is the one right before the suffix (人力资源服务|产业园). */
function afterLastStopWord(text: string, start: number, suffixStart: number): number {
  for (let end = suffixStart - 1; end > start; end--) {
    for (let len = 2; len <= 4 && end - len >= start; len++) {
      if (isStopWord(text.slice(end - len, end))) return end;
    }
  }
  return start;
}

/** Where a name starts when a verb's complement 好 opens it: 发挥|好|某某演艺中心, 服务|好|某某码头. */
export function afterComplement(text: string, start: number, end: number): number {
  return text[start] === '好' && /[做抓办建用管务进挥守实护讲走]/.test(text[start - 1] ?? '') && end - start > 2
    ? start + 1
    : start;
}

/** Verbs of appointment between a person and the body of the post (王某某|任|某某集团有限公司董事长), and the words
 *  that may open such a clause (提名|李某|为…). */
const APPOINTED = /^(?:同志)?(?:兼任|担任|出任|拟任|任|为)/;
const APPOINTING = /(?:提名|任命|推荐|决定|同意|聘任|聘请|建议|拟)$/;

/** Where a registered name starts when its head opens with an appointment (王某某任|某某投资集团有限公司, 提名李某为|…):
 *  just after the verb. A registered name runs over verbs, and the segmenter joins 新任 or 华为 across the cut. */
function afterAppointment(text: string, start: number, suffixStart: number): number {
  for (let at = start; at < suffixStart - 4; at++) {
    if (at > start && !APPOINTING.test(text.slice(start, at))) continue;
    const surname = SURNAMES.has(text.slice(at, at + 2)) ? 2 : SURNAMES.has(text[at]!) ? 1 : 0;
    if (!surname) continue;
    for (const given of [2, 1]) {
      const verb = APPOINTED.exec(text.slice(at + surname + given, suffixStart));
      const bodyStart = at + surname + given + (verb?.[0].length ?? 0);
      if (verb && /^\p{Script=Han}+$/u.test(text.slice(at, at + surname + given)) && suffixStart - bodyStart >= 2)
        return bodyStart;
    }
  }
  return start;
}

const STATE_BODY_TRIE = new Trie(STATE_BODIES);

/** Where a state body's name starts when it ends at `start` or one or two characters before it (国务院|发展|研究中心),
 *  not before `floor`. */
function stateBodyBefore(text: string, start: number, floor: number): number | undefined {
  for (let gap = 0; gap <= 2 && start - gap > floor; gap++) {
    if (gap && !/^\p{Script=Han}+$/u.test(text.slice(start - gap, start))) return undefined;
    const body = STATE_BODY_TRIE.longestEndingAt(text, start - gap, 12);
    if (body && body.start >= floor) return body.start;
  }
  return undefined;
}

export function recognizeSuffixNames(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  let floor = 0;
  let park: { start: number; end: number } | undefined;
  /** The last bank or registered company seen: a branch's name runs on from it (…有限公司|滨海片区|分行). */
  let parent: { start: number; end: number } | undefined;
  for (const { start: suffixStart, end, value } of SUFFIX_TRIE.findAll(text)) {
    if (suffixStart < floor || continuesWord(text, end)) continue;
    // A department word runs on into 部门 or 部署 (研究部门, 研究部署): no body ends there.
    if (value.suffix.endsWith('部') && /[门署]/.test(text[end] ?? '')) continue;
    // A town of leisure is no park, and a project's name may run on over it (某某欢乐小镇|二期改造工程).
    if (value.suffix === '小镇' && LEISURE_TOWN.test(text.slice(Math.max(floor, suffixStart - 2), suffixStart)))
      continue;
    // A facility word that another suffix continues is part of that name: 某某工程|研究所, 某某中心|医院.
    const next = SUFFIX_TRIE.longestAt(text, end);
    if (value.kind === 'Project' && next && next.value !== PROJECT_WORD) continue;
    const titleFollows = TITLE_TRIE.longestAt(text, end) !== undefined;
    if (NOT_BEFORE_TITLE.has(value.suffix) && !PLACE_NAMED.has(value.suffix) && titleFollows) continue;
    // A body named after the zone it serves (某某开发区|经济发展局) is named by both: the fuller name is the body's
    // (the zone is read back from inside it). A zone's own committee (管委会) stands for the zone where a post title
    // follows (某某开发区管委会|主任), and is a body elsewhere. A zone's Party committee is an owner too:
    // 某某开发区党工委|党群工作部.
    let owner: { start: number; end: number } | undefined;
    const zoneBody = !PLACE_NAMED.has(value.suffix) || (NOT_BEFORE_TITLE.has(value.suffix) && !titleFollows);
    if (value.kind === 'Organization' && park?.end === floor && zoneBody) {
      const head = text.slice(floor, suffixStart);
      // …but not a phrase that runs on from it (某区党工委|专项教育领导小组的|工作部, 某党工委|各项|工作部), nor a
      // second body joined to it (某县人大常委会|和某县|政协, 某高新区管委会|与|党工委).
      if (head.length <= 12 && /^[\p{Script=Han}与和]*$/u.test(head) && !/的|^[各与和及]/.test(head)) {
        out.push({
          kind: 'Organization',
          name: text.slice(park.start, end),
          sentence,
          start: park.start,
          end,
          priority: PRIORITY.suffixName,
        });
        if (NOT_BEFORE_TITLE.has(value.suffix)) owner = { start: park.start, end };
      }
    }
    const zone = park;
    park = owner;
    // 项目 is everywhere: a product word or a phase before it makes a company's name (华辰科技|项目), and a
    // facility named just before it takes it on (滨湖文旅综合体|项目); nothing else (重点项目, 房地产项目).
    const companyBeforeProject =
      value === PROJECT_WORD &&
      PROJECT_HEAD_END.test(text.slice(Math.max(0, suffixStart - 5), suffixStart)) &&
      !statedAsProject(text, suffixStart, floor, end) &&
      !facilityPhase(text, suffixStart);
    const previous = out.at(-1);
    // …also across the works done on it: 某某污水处理厂|扩建|项目, 某某水厂|二期|工程.
    const works = previous ? text.slice(previous.end, suffixStart) : '';
    // A park that 项目 follows, across works on it, is built as a project: 某某产业园|综合开发|项目.
    const parkBuilt =
      value === PROJECT_WORD && previous?.kind === 'Park' && parkRank(previous.name) < 3 && WORKS_ON_PARK.test(works);
    // …and so is a body's premises: 某某人民医院|新院区|项目, 某某中学|扩建|工程.
    const bodyBuilt =
      (value === PROJECT_WORD || value.suffix === '工程') &&
      previous?.kind === 'Organization' &&
      BUILDING_BODY.test(previous.name) &&
      WORKS_ON_BODY.test(works) &&
      (works !== '' || value === PROJECT_WORD);
    if (
      (value === PROJECT_WORD || value.suffix === '工程') &&
      !companyBeforeProject &&
      (previous?.kind === 'Project' || parkBuilt || bodyBuilt) &&
      previous!.end <= suffixStart &&
      (parkBuilt || bodyBuilt || WORKS_ON.test(works))
    ) {
      previous!.kind = 'Project';
      previous.aliases = [...(previous.aliases ?? []), previous.name];
      previous.name += works + value.suffix;
      previous.end = end;
      floor = end;
      continue;
    }
    const branch = BRANCH.has(value.suffix);
    const strong = branch || REGISTERED.has(value.suffix);
    const branchOf = branch ? parentOf(text, parent, suffixStart, floor) : undefined;
    let start = branchOf ? branchOf.start : nameStart(text, suffixStart, floor, { strong });
    // A registered company named after the zone it is in opens with the zone's name: 滨江经济开发区|华辰投资有限公司.
    // …also when its own head is only a trade (滨江高新区|投资发展有限公司: the zone's development company), though
    // such words open other clauses (某开发区|引进华辰有限公司).
    if (
      REGISTERED.has(value.suffix) &&
      zone?.end === floor &&
      start === floor &&
      (isGenericHead(stripQualifiers(text.slice(floor, suffixStart))) ||
        ![1, 2, 3, 4].some((len) => floor + len <= suffixStart && isStopWord(text.slice(floor, floor + len))))
    )
      start = zone.start;
    if (!strong) start = afterLastStopWord(text, start, suffixStart);
    else start = afterAppointment(text, start, suffixStart);
    start = afterComplement(text, start, suffixStart);
    // A facility's head runs over the verbs of what it does back to the place that names it: 溧阳|抽水|蓄能电站.
    if (value.kind === 'Project' && value !== PROJECT_WORD) start = placeBeforeVerbs(text, start, suffixStart, floor);
    // A route opens with the place it leaves from: 甲市至|乙县高速公路.
    const routeStart = ROUTE_SUFFIX.test(value.suffix) ? routeFrom(text, start, floor) : undefined;
    if (routeStart !== undefined) start = routeStart;
    // Two places joined by a dash name one co-built park: 岚湾—滨江|工业园区.
    if (value.kind === 'Park' && DASH.test(text[start - 1] ?? '') && start - 1 > floor) {
      const before = nameStart(text, start - 1, floor);
      if (start - 1 - before >= 2 && start - 1 - before <= 6 && regionTrie().longestAt(text, before)) start = before;
    }
    // A quoted head directly before the suffix belongs to the name: “两院一中心”产学研合作平台.
    if (start > 0 && text[start - 1] === '”') {
      const open = text.lastIndexOf('“', start - 1);
      if (open >= 0 && start - open <= 16) start = open;
      // …and so does the place written before a project's quoted head: 溧阳|“一江两岸”景观提升工程.
      const place =
        value.kind === 'Project' && start === open ? regionTrie().longestEndingAt(text, open, 12) : undefined;
      if (place && place.start >= floor) start = place.start;
    }
    // A body numbered after its place runs over the number: 某市|第一|人民医院.
    const ordinal =
      value.kind === 'Organization' ? /第[一二三四五六七八九十0-9]+$/u.exec(text.slice(floor, start)) : null;
    const numberedPlace = ordinal && regionTrie().longestEndingAt(text, start - ordinal[0].length, 12);
    if (numberedPlace && numberedPlace.start >= floor) start = numberedPlace.start;
    const previousFloor = floor;
    floor = end;
    const fullHead = text.slice(start, suffixStart);
    // An affiliated body is named by its parent: 某某大学|附属|某某医院 is one name.
    // So is an institute's unit written right after it: 某某科学院|半导体研究所.
    // A school's campus is a facility named by the school: 某某小学|东湖|校区.
    const affiliate = out.at(-1);
    const campus =
      value.suffix === '校区' &&
      affiliate?.kind === 'Organization' &&
      affiliate.end === start &&
      /[小中]学$/.test(affiliate.name);
    if (campus) affiliate.kind = 'Project';
    if (
      (value.kind === 'Organization' || campus) &&
      affiliate?.kind === value.kind &&
      affiliate.end === start &&
      (campus ||
        fullHead.startsWith('附属') ||
        (/(?:院|大学)$/.test(affiliate.name) && fullHead.length >= 2) ||
        // A government's bureau written right after it: 某市政府|经济发展局, 某特区政府|投资推广署.
        (affiliate.name.endsWith('政府') && /(?:局|署|办公室|办公厅|委员会|办事处)$/.test(value.suffix)) ||
        // A bureau's detachment or branch written right after it: 某市公安局|交通警察支队.
        (affiliate.name.endsWith('局') && /^(?:支队|大队|分局|派出所)$/.test(value.suffix)) ||
        // A university's school written right after it: 某某大学|医学院.
        (affiliate.name.endsWith('大学') && fullHead === '' && /^(?:医学院|学院|研究院|研究所)$/.test(value.suffix)))
    ) {
      affiliate.aliases = [...(affiliate.aliases ?? []), affiliate.name];
      affiliate.name += fullHead + value.suffix;
      affiliate.end = end;
      floor = end;
      continue;
    }
    // A body of the state opens the name of a unit under it (国务院|发展研究中心, 中国社会科学院|工业经济研究所): the
    // whole is that unit, an organization whatever its suffix.
    const stateBody =
      value.kind === 'Organization' || value.kind === 'Project'
        ? stateBodyBefore(text, start, previousFloor)
        : undefined;
    if (stateBody !== undefined && !isGenericHead(text.slice(start, suffixStart))) {
      out.push({
        kind: 'Organization',
        name: text.slice(stateBody, end),
        sentence,
        start: stateBody,
        end,
        priority: PRIORITY.suffixName,
      });
      floor = end;
      continue;
    }
    let rawHead = stripQualifiers(fullHead);
    // A zone's rank before its place is no part of its name: 国家|岚湾高新区 (but 滨江国家农业科技园区 keeps it).
    if (value.kind === 'Park' && rawHead.startsWith('国家') && regionTrie().longestAt(rawHead, 2))
      rawHead = rawHead.slice(2);
    const head = rawHead.replace(/[“”]/g, '');
    const nameStartAt = suffixStart - rawHead.length;
    if (value === PROJECT_WORD && !companyBeforeProject) {
      // A unit's phase opens with the body it belongs to: 某某人民医院|东湖分院二期|项目.
      const body =
        previous?.kind === 'Organization' && previous.end === nameStartAt && facilityPhase(text, suffixStart)
          ? previous.start
          : nameStartAt;
      const projectFrom = (from: number, raw = stripQualifiers(text.slice(from, suffixStart)), afterPark = false) =>
        projectNamedAsSuch(
          text,
          {
            head: raw.replace(/[“”]/g, ''),
            rawHead: raw,
            start: suffixStart - raw.length,
            end,
            floor: previousFloor,
            sentence,
          },
          afterPark,
        );
      // When that head names no project, a wider one may: the walk stopped at a verb inside the name
      // (睢宁城东|安置|房项目, 白沙村林下|养殖|产业项目), or at a park named right before it (东湖新区|安置房项目).
      const wide = afterComplement(
        text,
        afterLastStopWord(text, nameStart(text, suffixStart, previousFloor, { verbs: true }), suffixStart),
        suffixStart,
      );
      const project =
        projectFrom(body, text.slice(body, nameStartAt) + rawHead) ??
        (wide < nameStartAt ? projectFrom(wide) : undefined) ??
        (previous?.kind === 'Park' &&
        previous.end === Math.min(wide, nameStartAt) &&
        namesWhatIsBuilt(text.slice(previous.end, suffixStart))
          ? projectFrom(previous.start, text.slice(previous.start, suffixStart), true)
          : undefined);
      if (project) out.push(project);
      continue;
    }
    if (value === PROJECT_WORD) {
      if (companyBeforeProjectWord(head)) {
        const name = head.replace(PHASE, '');
        out.push({
          kind: 'Company',
          name,
          sentence,
          start: nameStartAt,
          end: nameStartAt + name.length,
          priority: PRIORITY.suffixName,
        });
      }
      continue;
    }
    if (LEVEL_NAMED.has(value.suffix) && LEVEL_WORDS.has(head) && fullHead === head) {
      if (NOT_BEFORE_TITLE.has(value.suffix)) park = { start: nameStartAt, end };
      out.push({
        kind: 'Organization',
        name: head + value.suffix,
        sentence,
        start: nameStartAt,
        end,
        priority: PRIORITY.suffixName,
      });
      continue;
    }
    // A body numbered after its place is named: 某县|第一|中学 (a bare 第一中学 says which only in context).
    const numberedBody = value.kind === 'Organization' && /^(.{2,}?)第[一二三四五六七八九十0-9]+/u.exec(head)?.[1];
    const numbered = !!numberedBody && holdsRegion(numberedBody) && !isGenericHead(numberedBody);
    if (isGenericHead(head) && !numbered) {
      if (value.kind === 'Park') {
        out.push({
          kind: 'Park',
          name: value.suffix,
          sentence,
          start: suffixStart,
          end,
          priority: PRIORITY.reference,
          reference: value.suffix,
        });
      }
      continue;
    }
    if (!numbered && !acceptsHead(value, head)) continue;
    if (NAMED_PROJECT_SUFFIX.has(value.suffix) && !namedProject(head, rawHead) && routeStart === undefined) continue;
    if (ROUTE_ONLY.has(value.suffix) && routeStart === undefined) continue;
    // The Party's name opens its committees' full names (中共|某某镇委员会), the CPPCC's its local committees'
    // (政协|某某市委员会).
    // So does the Youth League's (共|青团某市委员会: 共 alone introduces names and was stripped).
    const opener =
      head.startsWith('青团') && text[nameStartAt - 1] === '共' ? '共' : text.slice(nameStartAt - 2, nameStartAt);
    if (value.kind === 'Organization' && ['中共', '政协', '共'].includes(opener) && namesAPlace(head)) {
      out.push({
        kind: 'Organization',
        name: opener + head + value.suffix,
        sentence,
        start: nameStartAt - opener.length,
        end,
        priority: PRIORITY.suffixName,
      });
      continue;
    }
    if (value.kind === 'Project' && honourTitle(text, end)) continue;
    const name = head + value.suffix;
    const withQualifiers = fullHead.replace(/[“”]/g, '') + value.suffix;
    const quoted = /“([^”]+)”/.exec(rawHead)?.[1];
    // A branch of a state body (中国人民银行|某市|分行) is a body of the state, not a company.
    const stateBranch = branch && STATE_BODY_TRIE.longestAt(text, nameStartAt) !== undefined;
    out.push({
      kind: stateBranch ? 'Organization' : value.kind,
      name,
      aliases: [withQualifiers, ...(quoted ? [quoted] : [])],
      sentence,
      start: nameStartAt,
      end,
      priority: PRIORITY.suffixName,
    });
    // A zone's part named right after it is one name: 滨江高新区|南部园区, 滨江经开区|西区分区.
    const part = value.kind === 'Park' ? zonePartAfter(value.suffix, text.slice(end)) : null;
    if (part && !isGenericHead(part[1]!) && !isStopWord(part[1]!)) {
      const named = out.at(-1)!;
      named.name += part[0];
      named.aliases = [named.name];
      named.end = end + part[0].length;
      floor = named.end;
    }
    if (value.kind === 'Park' || NOT_BEFORE_TITLE.has(value.suffix)) park = { start: nameStartAt, end: floor };
    parent = value.kind === 'Company' && !branch ? { start: nameStartAt, end } : branch ? undefined : parent;
  }
  return out;
}
