// Names recognized by their grammar: a specific head plus a kind's suffix (宿城 + 经济开发区, 箭鹿 + 集团). The walk
// over one sentence's suffixes lives here; the suffix table (suffix-table.ts), whether a head makes a name
// (suffix-heads.ts), where a head starts (name-starts.ts) and projects' grammar (project-names.ts) are their own steps.
import { TITLE_TRIE } from '../lexicon/people.ts';
import { surnameLength } from './people/names.ts';
import { isGenericHead, isStopWord, nameStart, stripLeadingStopWords, stripQualifiers } from './boundary.ts';
import { afterClauseOpening } from './clause-openers.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import {
  afterFoundingVerb,
  afterJoinedBody,
  afterStationed,
  afterVerbBeforePlace,
  provinceAcross,
  missionOpenerBefore,
  nationalOpenerAcross,
  verbHeadBeforeLevelBody,
  congressBeforeTitle,
  endsWithIntroducingVerb,
  placeAcross,
  stateBodyAcross,
  unitOfBody,
} from './organization-bodies.ts';
import {
  afterAppointedName,
  afterAppointment,
  afterRemovedName,
  afterCompanyKind,
  afterComplement,
  afterVerbBeforeZone,
  afterLastStopWord,
  afterOtherParty,
  afterVerbOfBrand,
  BRANCH,
  parentOf,
  quotedWhole,
  placeBeforeVerbs,
  formerBeforeMission,
  STATE_BODY_TRIE,
  stateBodyBefore,
} from './name-starts.ts';
import {
  BUILDING_BODY,
  companyBeforeProjectWord,
  eventInPassing,
  facilityPhase,
  holdsRegion,
  honourTitle,
  NAMED_PROJECT_SUFFIX,
  namedProject,
  namesWhatIsBuilt,
  PHASE,
  namesWorks,
  ownedProject,
  overRating,
  PROJECT_HEAD_END,
  ratedHead,
  productLineHead,
  longProductLine,
  projectNamedAsSuch,
  ROUTE_ONLY,
  ROUTE_SUFFIX,
  routeFrom,
  statedAsProject,
  withEdition,
  WORKS_ON,
  WORKS_ON_BODY,
  WORKS_ON_PARK,
  worksOnFacility,
} from './project-names.ts';
import { MEDIUM_WORDS } from './media.ts';
import { placeBracketAt, regionTrie } from './regions.ts';
import { segment, tagOf, wordBoundaryAt, wordStartingAt } from '../lexicon/segmenter.ts';
import type { RegionForm, RegionLevel } from '../lexicon/regions.ts';
import {
  COMMON_WORD_BEFORE_JU,
  acceptsHead,
  bodyWordFits,
  GROUP,
  HONOURED,
  LEISURE_TOWN,
  LEVEL_NAMED,
  LEVEL_WORDS,
  NOT_BEFORE_TITLE,
  PLACE_NAMED,
  PROPER_HEAD,
  PLACE_NAMED_PARK,
  REFERENCE_ONLY,
  ZONE_AFTER,
  ZONE_BEFORE,
  zonePartAfter,
} from './suffix-heads.ts';
import {
  continuesWord,
  namesAPlace,
  parkRank,
  PLANT,
  UNIT,
  PROJECT_WORD,
  REGISTERED,
  SUFFIX_TRIE,
  type Suffix,
} from './suffix-table.ts';

// Other steps read the table and the head tests from here, as before the split.
export { acceptsHead, zonePartAfter } from './suffix-heads.ts';
export { afterComplement } from './name-starts.ts';
export {
  endsWithCompanyWord,
  kindBySuffix,
  looksProper,
  PARK_RANK,
  SUFFIX_NAME_TRIGGERS,
  type Suffix,
} from './suffix-table.ts';

const DASH = /[—–-]/;
/** Marks that end a clause or sentence: a quote holding one holds someone's words, not a name. */
const CLAUSE_MARK = /[。！？!?，,；;：:]/;
/** Departments of a government, named by the fields they join (林业和草原局, 工业和信息化厅); working groups are too
 *  (网络安全和信息化领导小组). */
const DEPARTMENT = /^(?:局|厅|委员会|委|办公室|办)$/;
const LEISURE_TOWN_SUFFIX: Suffix = { kind: 'Project', suffix: '小镇' };

/** Whether a name opens at `at` with a province's or a city's name (贵州|某某食品有限公司). */
function opensWithOwnPlace(text: string, at: number): boolean {
  return (
    regionTrie()
      .longestAt(text, at)
      ?.value.some((f) => f.region.level === 'province' || f.region.level === 'city') === true
  );
}

/** Company suffixes that name an investor's line of business, which a registered name may go on past. */
const INVESTOR_WORD = new Set(['资本', '创投', '金投']);
/** A registered company's suffix (suffix-table.ts) a few characters on, none of them a joiner or a preposition
 *  (某某项目|由某某有限公司…): 某某研究院|有限公司,
 *  某某工程|咨询有限公司, 某某电子工程|设计研究院有限公司. */
const REGISTERED_SOON_AFTER = new RegExp(
  `^[^\\P{Script=Han}与和及的在为是等由被向对从将把]{0,6}?(?:${[...REGISTERED].map((s) => s.replace(/[()]/g, '\\$&')).join('|')})`,
  'u',
);

/** A name read before runs on over a unit written right after it (某某大学|医学院, 某某有限公司|交通公司): one name,
 *  whose short forms were the shorter name's. (The loop's floor is already past the unit.) */
function runOn(body: Candidate, tail: string, end: number): void {
  body.aliases = undefined;
  body.name += tail;
  body.end = end;
}

/** The Party's branches and committees inside a body, which it numbers (某某印务第一党支部). */
const PARTY_BRANCH = /^(?:党支部|党总支|联合党委|党委)$/;

/** What lies between a group and its numbered subsidiary: a trade, an ordinal, a trade (工程|一, 第三, 钻井|一); no
 *  conjunction before it and no measure word after it (与|三家|公司 counts companies). */
const NUMBERED_SUBSIDIARY =
  /^(?:(?![与和及同跟等各])\p{Script=Han}){0,4}?第?[一二三四五六七八九十]{1,2}(?![家个所批位名多])\p{Script=Han}{0,4}$/u;

/** A brand and the role of a wholly or partly owned subsidiary of it: 某某防务|全资子公司. */
const SUBSIDIARY_OF = /^(\p{Script=Han}{2,10}?)(?:的)?(?:全资|控股)子公司$/u;

/** Common words ending in 局 (a situation, a layout, a game): no bureau's name ends there. */
const NOT_A_BUREAU = new RegExp(`^[${COMMON_WORD_BEFORE_JU}]局$`);

/** A bureau's head's post written right after it, then the head's name (财政局|局长|王某, 发展局|副局长|某某): that
 *  bureau, the report's own, though its name says only what it does (a 香港 bureau's, or one a local report names so). */
const BUREAU_HEAD_POST = /^(?:常务)?副?局长/;

/** Whether a bureau named by its work alone (发展局, 财政局) is named by the post and the name after it. */
function headedBureau(text: string, value: Suffix, head: string, start: number, end: number): boolean {
  if (value.kind !== 'Organization' || !value.suffix.endsWith('局') || !/^\p{Script=Han}{2,6}$/u.test(head))
    return false;
  if (start > 0 && /\p{Script=Han}/u.test(text[start - 1]!)) return false;
  const post = BUREAU_HEAD_POST.exec(text.slice(end))?.[0];
  return post !== undefined && surnameLength(text, end + post.length) > 0;
}

/** Whether a company's name ends with a registered suffix (某某工程局有限公司). */
const registeredName = (name: string) => [...REGISTERED].some((suffix) => name.endsWith(suffix));

/** A state contractor's numbered bureau: a two-character brand, its number, 局 (某某八局, 某某二十四局, 某某一公局,
 *  某某三航局). Government bureaus are named by their field, not numbered after a brand. */
const NUMBERED_BUREAU = /((?:(?!第)\p{Script=Han}){2})[一二三四五六七八九十]{1,3}[公航]?局$/u;

/** Where a numbered bureau ending at `end` starts, when its brand opens a name there (由|某某八局, not 投资促进|一局). */
function numberedBureauStart(text: string, end: number, floor: number): number | undefined {
  const bureau = NUMBERED_BUREAU.exec(text.slice(Math.max(floor, end - 10), end));
  if (!bureau) return undefined;
  const start = end - bureau[0].length;
  // (A verb is no brand: 投资促进|一局 is a bureau's own numbered division.)
  const verb = segment(bureau[1]!).length === 1 && /^v/.test(tagOf(bureau[1]!));
  return !verb && nameStart(text, start + 2, floor) === start ? start : undefined;
}

/** A company whose units are named after it (…有限公司|交通公司, …集团|运营公司, 某某八局|装饰公司). */
const namesItsUnits = (name: string) => registeredName(name) || name.endsWith('集团') || NUMBERED_BUREAU.test(name);

/** A company's suffix right after a name (某某陆港|公司, 某某港|集团有限公司). */
const COMPANY_AFTER_NAME = /^(?:公司|有限公司|有限责任公司|股份有限公司|集团)/;
/** A medium's suffix (日报, 新闻网, 电视台) and the group a medium names after it (某某日报|传媒集团, 报业集团). */
const MEDIUM_SUFFIX = /(?:报|网|台|社)$/;
const MEDIA_GROUP_WORD = '(?:传媒|报业|广电|新闻|出版)?';
const MEDIA_GROUP_AFTER = new RegExp(`^${MEDIA_GROUP_WORD}(?:集团|股份有限公司|有限公司|有限责任公司)`);
const MEDIA_GROUP = new RegExp(`(?:${MEDIUM_WORDS})${MEDIA_GROUP_WORD}集团$`);

/** A bare 园区 that says something lies in the report's park: 入驻园区, 落户园区, 园区内的. Elsewhere (园区运营中心, 园区
 *  聘请…) it is the park's staff or the report's voice, which its park's other relations should not read. */
const INTO_PARK = /(?:入驻|进驻|落户|落地|位于|坐落于|扎根|入)$/;
const placesInPark = (text: string, start: number, end: number, bare: boolean) =>
  INTO_PARK.test(text.slice(Math.max(0, start - 3), start)) || (bare && /^[内里]/.test(text.slice(end)));

/** After a place that is all the head before a conjunction (某县|与|某某开发区): the park or company opens after it.
 *  The place may start before the head where the walk stopped inside it (郫|都|区与…: 都 reads as an adverb). */
function afterJoinedPlace(text: string, start: number, suffixStart: number, joiners = /[与和同]/): number {
  for (let at = start + 1; at < suffixStart - 1; at++) {
    if (!joiners.test(text[at]!)) continue;
    const place = regionTrie().longestEndingAt(text, at, 12);
    if (place && place.start <= start && place.end - place.start >= 2) return at + 1;
  }
  return start;
}

/** Where the place the walk stopped inside starts (组建郫|都|区国有资产…: 都 reads as an adverb), or `start`. */
function placeAroundStart(text: string, start: number, floor: number): number {
  for (let at = start - 1; at >= Math.max(floor, start - 4); at--) {
    const place = regionTrie().longestAt(text, at);
    if (place && place.end > start && place.end - at >= 3) return at;
  }
  return start;
}

/** Where a park's name starts when the walk stopped inside the place that opens it, at a character the segmenter
 *  reads as a word of its own (新|都|物流产业园: 都 is an adverb): at the place. */
function placeCutByWords(text: string, start: number, floor: number): number {
  const place = regionTrie().longestEndingAt(text, start, 8);
  if (!place || place.start < floor || place.end - place.start < 2) return start;
  let cut = false;
  for (let at = place.start + 1; at < place.end; at++) cut ||= wordBoundaryAt(text, at);
  return cut && place.value.some((f) => f.region.level !== 'town') ? place.start : start;
}

/** Where a short registered name starts that opens with its place and a brand whose first character the segmenter
 *  reads as an adverb (（四）柳河|正|远药业有限公司): at the place, when the place opens its clause. */
function placeBeforeAdverb(text: string, start: number, suffixStart: number, floor: number): number {
  if (suffixStart - start > 4 || start - 1 < floor || tagOf(text[start - 1]!) !== 'd') return start;
  const place = regionTrie().longestEndingAt(text, start - 1, 8);
  const opensClause = place && (place.start === 0 || !/\p{Script=Han}/u.test(text[place.start - 1]!));
  return place && place.start >= floor && opensClause ? place.start : start;
}

/** The bodies a zone names with its bare zone word: its committees, and its bureaus named by their field alone (财政局,
 *  金融发展局, 经发委), not a common phrase's 局 or 委. */
const ZONE_COMMITTEE = /^(?:党工委|工委|管委会|管理委员会|执委会)$/;
/** The words a zone's own report calls it by. */
const ZONE_WORD = /^(?:新区|园区|合作区|示范区|开发区|高新区|实验区|经开区|自贸区)$/;
function zoneWordBody(suffix: string, head: string, titleFollows: boolean): boolean {
  // (A committee's post is the zone's: 新区党工委书记 holds it in the zone, as a named zone's does.)
  if (ZONE_COMMITTEE.test(suffix)) return head === '' && !(titleFollows && NOT_BEFORE_TITLE.has(suffix));
  return /^(?:局|委|办)$|局$/.test(suffix) && /^\p{Script=Han}{0,6}$/u.test(head) && bodyWordFits(suffix, head);
}

/** A bare park word standing for a park named elsewhere (园区, 开发区). */
const parkReference = (value: Suffix, sentence: number, start: number, end: number): Candidate => ({
  kind: 'Park',
  name: value.suffix,
  sentence,
  start,
  end,
  priority: PRIORITY.reference,
  reference: value.suffix,
});

/** Where a company's name starts when a Latin brand follows the kind of firm it is (投资基金|ABCD集团): at the brand. */
const KIND_BEFORE_LATIN = /(?:基金|公司|集团|企业|品牌|旗下|机构|巨头)$/;
function latinBrandStart(text: string, start: number, suffixStart: number): number {
  const head = text.slice(start, suffixStart);
  const brand = /[A-Za-z][A-Za-z0-9&.]*$/.exec(head);
  if (!brand || brand[0].length < 2) return start;
  return KIND_BEFORE_LATIN.test(head.slice(0, brand.index)) ? start + brand.index : start;
}

export function recognizeSuffixNames(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  let floor = 0;
  let park: { start: number; end: number } | undefined;
  /** The last bank or registered company seen: a branch's name runs on from it (…有限公司|滨海片区|分行). */
  let parent: { start: number; end: number } | undefined;
  /** The last bare zone word (新区, 园区): a body written right after it is the zone's (新区党工委). */
  let zoneWord: { start: number; end: number } | undefined;
  for (const { start: suffixStart, end, value: found } of suffixMatches(text)) {
    // A town of leisure is a tourist site, no park: a facility (某某温泉小镇), and a project's name may run on over it
    // (某某欢乐小镇|二期改造工程).
    const value =
      found.suffix === '小镇' && LEISURE_TOWN.test(text.slice(Math.max(floor, suffixStart - 2), suffixStart))
        ? LEISURE_TOWN_SUFFIX
        : found;
    // A zone's inside or outside (某某开发区内, 园区外) ends its name: 内/外 continue only other kinds' words (公司内部).
    const zoneSide =
      value.kind === 'Park' &&
      /[内外]/.test(text[end] ?? '') &&
      !/^[内外](?:部|资|贸|销|包)/.test(text.slice(end, end + 2));
    if (suffixStart < floor || (continuesWord(text, end) && !zoneSide)) continue;
    // A suffix the words of the sentence cut through at both ends is no suffix there: 新鸿|基地|产 is 新鸿基|地产.
    if (!wordBoundaryAt(text, suffixStart) && !wordBoundaryAt(text, end) && end < text.length) continue;
    // A port's or town's name that a company's suffix follows is that company's name (某某国际陆港|公司).
    // …and so is an engineering bureau's (某某八局|集团有限公司, 某某工程局|有限公司): a state contractor's company.
    if ((value.kind === 'Park' || /局$/.test(value.suffix)) && COMPANY_AFTER_NAME.test(text.slice(end, end + 4)))
      continue;
    // …and so is a paper's or a site's a media group's (某某日报|传媒集团, 某某新闻网|传媒集团).
    if (MEDIUM_SUFFIX.test(value.suffix) && MEDIA_GROUP_AFTER.test(text.slice(end, end + 6))) continue;
    // A project's site office (某某八局某铁路项目部) is the contractor's unit, no project's name.
    if (value === PROJECT_WORD && text[end] === '部') continue;
    // 公司债 is a kind of bond (城投私募公司债), not a company's name; 某公司债务 is that company's debt.
    if (value.suffix === '公司' && /^债(?!务)/.test(text.slice(end, end + 2))) continue;
    // Shares held or sold (所持|股份, 限售股份) and a shareholding cooperative (社区股份|合作公司) are no listed firm's
    // short name (华辰股份).
    if (
      value.suffix === '股份' &&
      (/[持售购让有的]/.test(text[suffixStart - 1] ?? '') || /^(?:合作|专业|制)/.test(text.slice(end, end + 2)))
    )
      continue;
    // A department word runs on into 部门 or 部署 (研究部门, 研究部署): no body ends there.
    if (value.suffix.endsWith('部') && /[门署]/.test(text[end] ?? '')) continue;
    // A body referred to (该局, 此院, 其委) is named elsewhere, if at all: no name ends here.
    if (value.kind === 'Organization' && /[该此其]/.test(text[suffixStart - 1] ?? '') && value.suffix.length <= 2)
      continue;
    // A verb of joining or pushing right before the suffix (深度参与|合作区产业建设, 融入|自贸区) takes the bare suffix
    // as what it joins: the zone named elsewhere, no name here.
    if (JOINING_VERB_BEFORE.test(text.slice(Math.max(floor, suffixStart - 2), suffixStart))) continue;
    // A common word in 局 is no bureau: 盈利困局, 发展格局, 产业布局.
    if (value.suffix === '局' && NOT_A_BUREAU.test(text.slice(suffixStart - 1, end))) continue;
    // …and so is one 局 opens (生动|局面, 国际|局势, 局部).
    if (value.suffix === '局' && /^[面势部]/.test(text.slice(end))) continue;
    // 部署 (deploy) and 签署 (sign) are no office in 署: 党中央决策|部署, 某大学成功|签署.
    if (value.suffix === '署' && /[部签]/.test(text[suffixStart - 1] ?? '')) continue;
    // 大学生 (students) is no university: 某市大学生|创业园 (but 某某大学|生命科学学院 is one).
    if (value.suffix === '大学' && /^生(?![命物态])/.test(text.slice(end, end + 2))) continue;
    // 大学城 (a university town) is a district, no university: 某某大学城.
    if (value.suffix === '大学' && text[end] === '城') continue;
    // The State Council is the government whose work report a title names (国务院|政府工作报告): no body 国务院政府.
    if (value.suffix === '政府' && text.endsWith('国务院', suffixStart) && text.startsWith('工作报告', end)) continue;
    // A corps' or squad's head is a post, no body: 副总队|长, 支队|长.
    if (/队$/.test(value.suffix) && text[end] === '长') continue;
    // An enclave's economy is a policy, not a park: 发展飞地|经济.
    if (value.suffix === '飞地' && text.startsWith('经济', end)) continue;
    // A facility word that another suffix continues is part of that name: 某某工程|研究所, 某某中心|医院.
    const next = SUFFIX_TRIE.longestAt(text, end);
    if (value.kind === 'Project' && next && next.value !== PROJECT_WORD) continue;
    // …and so is a group's word in brackets (某某矿业（集团）有限责任公司): the registered name holds it.
    if (
      /[（(]/.test(text[suffixStart - 1] ?? '') &&
      /[）)]/.test(text[end] ?? '') &&
      REGISTERED_SOON_AFTER.test(text.slice(end + 1, end + 13))
    )
      continue;
    // …and so is a body's or works' word that a registered company's suffix soon follows: 某某设计研究院|有限公司,
    // 某某工程|咨询有限公司 (the company's name holds it), and an investor's word (某某资本|运营有限公司).
    if (
      (value.kind === 'Project' || value.kind === 'Organization' || INVESTOR_WORD.has(value.suffix)) &&
      REGISTERED_SOON_AFTER.test(text.slice(end, end + 12))
    )
      continue;
    // …and an academy's university is the university: 某某社会科学院|大学.
    if (/院$/.test(value.suffix) && next?.value.suffix === '大学' && next.start === end) continue;
    // …and a university's park is a park: 某某大学|科技园, 某某国家大学|科技城.
    if (/(?:大学|学院)$/.test(value.suffix) && next?.value.kind === 'Park') continue;
    // …and a working group's office is the office's name: 某某领导小组|办公室.
    if (GROUP.has(value.suffix) && next?.value.kind === 'Organization') continue;
    // …and so is a park word a zone's suffix of its rank or larger continues: 某某芯谷|先导区, 某某光谷|科技园.
    if (value.kind === 'Park' && next?.value.kind === 'Park' && parkRank(value.suffix) <= parkRank(next.value.suffix))
      continue;
    // (A former post follows as a post does: 党工委|原副书记.)
    const titleFollows = TITLE_TRIE.longestAt(text, text[end] === '原' ? end + 1 : end) !== undefined;
    if (
      NOT_BEFORE_TITLE.has(value.suffix) &&
      !PLACE_NAMED.has(value.suffix) &&
      titleFollows &&
      !congressBeforeTitle(text, suffixStart, value.suffix) &&
      // (A numbered branch is a body whose posts are its own: 某某印务第一党支部|书记.)
      !(PARTY_BRANCH.test(value.suffix) && /第[0-9一二三四五六七八九十]+$/u.test(text.slice(floor, suffixStart)))
    )
      continue;
    // A body named after the zone it serves (某某开发区|经济发展局) is named by both: the fuller name is the body's
    // (the zone is read back from inside it). A zone's own committee (管委会) stands for the zone where a post title
    // follows (某某开发区管委会|主任), and is a body elsewhere. A zone's Party committee is an owner too:
    // 某某开发区党工委|党群工作部.
    let owner: { start: number; end: number } | undefined;
    // (A working group runs on from the body before it below.)
    const zoneBody =
      !GROUP.has(value.suffix) &&
      (!PLACE_NAMED.has(value.suffix) || (NOT_BEFORE_TITLE.has(value.suffix) && !titleFollows));
    if (value.kind === 'Organization' && park?.end === floor && zoneBody) {
      const head = text.slice(floor, suffixStart);
      // …but not a phrase that runs on from it (某区党工委|专项教育领导小组的|工作部, 某党工委|各项|工作部), nor a
      // second body joined to it (某县人大常委会|和某县|政协, 某高新区管委会|与|党工委).
      // …nor a clause that runs on to a common word in 局 or 署 (某自贸试验区|是…|布局).
      if (
        head.length <= 12 &&
        /^[\p{Script=Han}与和]*$/u.test(head) &&
        !/[的是在了把被将]|^[各与和及]/.test(head) &&
        // …nor another place's body joined to it (某镇纪委|主动与某镇|纪委).
        afterJoinedBody(text, floor, suffixStart) === floor &&
        // …nor one the zone founds (某新区|组建|某某研究院: the body is named after the verb).
        afterFoundingVerb(head) === 0 &&
        // …nor a peer named by its level word alone (某县人大常委会|县政协).
        !(LEVEL_NAMED.has(value.suffix) && LEVEL_WORDS.has(head)) &&
        bodyWordFits(value.suffix, head)
      ) {
        out.push(candidateAt('Organization', text, sentence, park.start, end, PRIORITY.suffixName));
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
    // …and with the works written, 工程 too (某某产业园|基础设施提升|工程); a phase alone is the park's own
    // (某某产业园|二期|工程 is the park).
    const parkBuilt =
      (value === PROJECT_WORD || (value.suffix === '工程' && namesWorks(works))) &&
      previous?.kind === 'Park' &&
      parkRank(previous.name) < 3 &&
      WORKS_ON_PARK.test(works);
    // …and so is a body's premises: 某某人民医院|新院区|项目, 某某中学|扩建|工程.
    const bodyBuilt =
      (value === PROJECT_WORD || value.suffix === '工程') &&
      previous?.kind === 'Organization' &&
      BUILDING_BODY.test(previous.name) &&
      WORKS_ON_BODY.test(works) &&
      (works !== '' || value === PROJECT_WORD);
    // Two things built as one project, the first a facility named just before 及 (某某储能电站|及动力模组|项目): the
    // project is both.
    if (value === PROJECT_WORD && previous && jointProject(previous, text, suffixStart)) {
      previous.name = text.slice(previous.start, end);
      previous.end = end;
      floor = end;
      continue;
    }
    if (
      (value === PROJECT_WORD || value.suffix === '工程') &&
      !companyBeforeProject &&
      (previous?.kind === 'Project' || parkBuilt || bodyBuilt) &&
      previous!.end <= suffixStart &&
      // (A project named with 项目 takes no second: 某某项目|项目总投资5亿元 says what the project costs.)
      !previous!.name.endsWith('项目') &&
      (parkBuilt ||
        bodyBuilt ||
        WORKS_ON.test(works) ||
        (previous!.kind === 'Project' && previous!.end < suffixStart && worksOnFacility(works, previous!.name)))
    ) {
      previous!.kind = 'Project';
      previous.aliases = [...(previous.aliases ?? []), previous.name];
      previous.name += works + value.suffix;
      previous.end = end;
      // …named with the company written right before it, as any project is (某某集团|某某产业园项目).
      const owner = out.at(-2);
      if (owner?.kind === 'Company' && owner.end === previous.start)
        Object.assign(previous, ownedProject(previous, owner, text));
      floor = end;
      continue;
    }
    // A state contractor's numbered bureau is a company (某某八局), and a company's suffix after it names its group
    // (某某十一局|集团): the walk stops at the number, the brand before it opens the name.
    const bureauStart =
      value.suffix === '局'
        ? numberedBureauStart(text, end, floor)
        : value.kind === 'Company'
          ? numberedBureauStart(text, suffixStart, floor)
          : undefined;
    if (bureauStart !== undefined) {
      out.push(candidateAt('Company', text, sentence, bureauStart, end, PRIORITY.suffixName));
      parent = { start: bureauStart, end };
      floor = end;
      continue;
    }
    const branch = BRANCH.has(value.suffix);
    const strong = branch || REGISTERED.has(value.suffix);
    // A bank's branch named after a zone is the bank's (某某银行|滨江高新区|支行): the zone read inside it is no name
    // of its own here.
    const zoneOfBranch =
      branch && previous?.kind === 'Park' && previous.end === suffixStart && /银行/.test(previous.name);
    if (zoneOfBranch) {
      out.pop();
      floor = Math.max(0, ...out.filter((o) => o.end <= previous.start).map((o) => o.end));
    }
    const branchOf = branch ? parentOf(text, parent, suffixStart, floor, value.suffix) : undefined;
    // A plant is named only as a registered company's (…股份有限公司滨海厂); 肉联厂 alone is a kind.
    if (branch && !branchOf && (PLANT.test(value.suffix) || UNIT.test(value.suffix))) continue;
    let start = branchOf
      ? branchOf.start
      : nameStart(text, suffixStart, floor, {
          strong,
          innerVerbs: value.kind === 'Park',
          coordinated: value.kind === 'Project' && value !== PROJECT_WORD,
          fieldsJoined: value.kind === 'Organization' && (DEPARTMENT.test(value.suffix) || GROUP.has(value.suffix)),
        });
    // A registered company named after the zone it is in opens with the zone's name: 滨江经济开发区|华辰投资有限公司.
    // …also when its own head is only a trade (滨江高新区|投资发展有限公司: the zone's development company), though
    // such words open other clauses (某开发区|引进华辰有限公司).
    // …but not one after the zone's inside (某综保区内|某某有限公司) or opening with a place of its own (某工业园区|贵州某某
    // 食品有限公司): that name is whole.
    if (
      REGISTERED.has(value.suffix) &&
      zone?.end === floor &&
      start === floor &&
      !/[内外]/.test(text[floor] ?? '') &&
      !opensWithOwnPlace(text, floor) &&
      (isGenericHead(stripQualifiers(text.slice(floor, suffixStart))) ||
        ![1, 2, 3, 4].some((len) => floor + len <= suffixStart && isStopWord(text.slice(floor, floor + len))))
    )
      start = zone.start;
    // …and so does one a group names after its place (某某药业集团|滨江制药有限公司, 某某集团|（吉林）|新能源科技有限公司):
    // the group's local company.
    else if (
      REGISTERED.has(value.suffix) &&
      previous?.kind === 'Company' &&
      /集团$/.test(previous.name) &&
      previous.end === floor &&
      ((start === floor && regionTrie().longestAt(text, floor) !== undefined) ||
        bracketedPlaceBetween(text, floor, start, suffixStart))
    )
      start = previous.start;
    if (!strong)
      start = afterAppointedName(
        text,
        afterRemovedName(text, afterLastStopWord(text, start, suffixStart), suffixStart),
        suffixStart,
      );
    else start = afterClauseOpening(text, afterAppointment(text, start, suffixStart), suffixStart, floor);
    start = afterComplement(text, start, suffixStart);
    if (value.kind === 'Park') start = afterVerbBeforeZone(text, start, suffixStart);
    // A zone's inside or outside written right after it (园区内|某某集团) opens no name.
    // (The zone may be a bare 园区 read as a reference, which no zone span records: the name read last.)
    const zoneRightBefore = out.at(-1)?.end === floor && out.at(-1)!.kind === 'Park';
    if (start === floor && zoneRightBefore && /^[内外](?=\p{Script=Han}{2})/u.test(text.slice(start))) start++;
    // Two bodies joined by a conjunction are two names (某大学|与|某市科技局); a stationed team's host opens after 驻.
    if (value.kind === 'Organization')
      start = placeAcross(
        text,
        afterVerbBeforePlace(
          text,
          afterStationed(text, afterJoinedBody(text, start, suffixStart), suffixStart, value.suffix),
          suffixStart,
        ),
        suffixStart,
        floor,
      );
    // …and a verb before a body a level word alone names is no head of it (配合|市场监管局).
    if (
      value.kind === 'Organization' &&
      LEVEL_NAMED.has(value.suffix) &&
      verbHeadBeforeLevelBody(text, start, suffixStart)
    )
      start = suffixStart;
    if (value.kind === 'Organization' && start > floor) start = nationalOpenerAcross(text, start, floor);
    // …and words that name no body before the province or country a body is named after (宣判|某省人民政府).
    if (value.kind === 'Organization' && !PROPER_HEAD.has(value.suffix))
      start = provinceAcross(text, start, suffixStart, value.suffix);
    // …and a body named by its mission, which needs a proper head the verbs left out (全国|打击侵权假冒工作领导小组):
    // its national opener is part of the name, no qualifier.
    const missionStart =
      value.kind === 'Organization' &&
      (PROPER_HEAD.has(value.suffix) || GROUP.has(value.suffix)) &&
      !acceptsHead(value, text.slice(start, suffixStart))
        ? missionOpenerBefore(text, start, floor)
        : start;
    const mission = missionStart < start;
    start = missionStart;
    // A place and a park joined by a conjunction are two parties (某县|与|某某实验区签约), not one park's name.
    if (value.kind === 'Park') start = afterJoinedPlace(text, placeCutByWords(text, start, floor), suffixStart);
    // …and so are a place and a company (某区与|某某有限公司签约); a brand may hold 和 or 同 (同仁堂), never 与.
    if (value.kind === 'Company')
      start = afterJoinedPlace(
        text,
        placeAroundStart(text, placeBeforeAdverb(text, start, suffixStart, floor), floor),
        suffixStart,
        /[与跟]/,
      );
    // A facility's head runs over the verbs of what it does back to the place that names it: 溧阳|抽水|蓄能电站.
    // …and so does a zone's named after its place and its mission: 海南国际离岸|创新|创业示范区.
    if ((value.kind === 'Project' && value !== PROJECT_WORD) || PLACE_NAMED_PARK.has(value.suffix))
      start = placeBeforeVerbs(text, start, suffixStart, floor);
    // …and a facility's over the rating written inside it to the name before: 某某|750千伏|输变电工程.
    if (value.kind === 'Project' && value !== PROJECT_WORD) start = overRating(text, start, floor);
    // …and a working group's over the verbs of its mission to the place or level that forms it.
    if (GROUP.has(value.suffix)) start = formerBeforeMission(text, start, suffixStart, floor);
    // A route opens with the place it leaves from: 甲市至|乙县高速公路.
    const routeStart = ROUTE_SUFFIX.test(value.suffix) ? routeFrom(text, start, floor) : undefined;
    if (routeStart !== undefined) start = routeStart;
    // Two places joined by a dash name one co-built park: 岚湾—滨江|工业园区 (and an event of both: 中国—东盟|博览会).
    // …and a grid's works joining two ends, named or not by a place (甲地—乙地±800千伏|直流工程, 甲地至乙地750千伏|
    // 线路工程).
    const ratedWorks = value.kind === 'Project' && ratedHead(text.slice(start, suffixStart));
    if (
      (value.kind === 'Park' || value.kind === 'Project') &&
      (DASH.test(text[start - 1] ?? '') || (ratedWorks && text[start - 1] === '至')) &&
      start - 1 > floor
    ) {
      const before = nameStart(text, start - 1, floor);
      if (start - 1 - before >= 2 && start - 1 - before <= 6 && (ratedWorks || regionTrie().longestAt(text, before)))
        start = before;
    }
    // A quoted head directly before the suffix belongs to the name: “两院一中心”产学研合作平台; not a quoted
    // sentence (“这是我们的攻关。”该公司…: someone's words).
    if (start > 0 && text[start - 1] === '”') {
      const open = text.lastIndexOf('“', start - 1);
      if (open >= 0 && start - open <= 16 && !CLAUSE_MARK.test(text.slice(open, start))) start = open;
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
    // A park named by a number alone (66小镇): the walk stops at numbers, which here are the name (not a count: 12个小镇,
    // nor a year: 2019小镇). Only a suffix that needs a proper head: 12产业园 is more likely a count.
    const parkNumber =
      value.kind === 'Park' &&
      PROPER_HEAD.has(value.suffix) &&
      start === suffixStart &&
      /(?<![0-9.])[0-9]{2,3}$/.exec(text.slice(floor, start));
    if (parkNumber) start -= parkNumber[0].length;
    // A quote holding the name whole (a data file's field) is where it starts: "和瑞光电股份有限公司".
    const quotedStart = value.kind === 'Company' ? quotedWhole(text, start, end) : undefined;
    start = quotedStart ?? start;
    // A Latin brand after the kind of firm it is (消费品投资基金|ABCD集团, 旗下|XYZ公司) opens the name.
    if (value.kind === 'Company') start = latinBrandStart(text, start, suffixStart);
    const previousFloor = floor;
    floor = end;
    const fullHead = text.slice(start, suffixStart);
    // A zone's own body written with the bare zone word (新区党工委, 实验区管委会, 合作区财政局, 园区安监局): the body,
    // named as written; the zone word inside it refers to no park there.
    if (
      value.kind === 'Organization' &&
      zoneWord?.end === start &&
      zoneWordBody(value.suffix, fullHead, titleFollows)
    ) {
      if (out.at(-1)?.reference !== undefined && out.at(-1)!.start === zoneWord.start) out.pop();
      out.push(candidateAt('Organization', text, sentence, zoneWord.start, end, PRIORITY.suffixName));
      zoneWord = undefined;
      continue;
    }
    // An affiliated body is named by its parent: 某某大学|附属|某某医院 is one name.
    // So is an institute's unit written right after it: 某某科学院|半导体研究所.
    // A school's campus is a facility named by the school: 某某小学|东湖|校区.
    // The fullest body that ends where this name starts (a zone's body and its bureau may both end there).
    const affiliate = out.filter((o) => o.end === start).sort((a, b) => a.start - b.start)[0] ?? out.at(-1);
    const campus =
      value.suffix === '校区' &&
      affiliate?.kind === 'Organization' &&
      affiliate.end === start &&
      /[小中]学$/.test(affiliate.name);
    if (campus) affiliate.kind = 'Project';
    // A numbered subsidiary written right after its group, registered parent or bureau is one company with it:
    // 某某集团|第一工程公司, 某某集团|三分公司, 某某石油管理局|钻井一公司 (the walk stops at the number).
    if (
      /^分?公司$/.test(value.suffix) &&
      affiliate &&
      ((affiliate.kind === 'Company' && namesItsUnits(affiliate.name)) ||
        (affiliate.kind === 'Organization' && affiliate.name.endsWith('局'))) &&
      NUMBERED_SUBSIDIARY.test(text.slice(affiliate.end, suffixStart))
    ) {
      affiliate.kind = 'Company';
      runOn(affiliate, text.slice(affiliate.end, suffixStart) + value.suffix, end);
      continue;
    }
    // A subsidiary written right after its registered parent or its group is one name: 某某工程局有限公司|交通公司,
    // 某某交通集团|运营公司 (not 某某集团|全资子公司: a role, which SUBSIDIARY_OF reads).
    if (
      value.suffix === '公司' &&
      affiliate?.kind === 'Company' &&
      affiliate.end === start &&
      namesItsUnits(affiliate.name) &&
      /^\p{Script=Han}{2,4}$/u.test(fullHead) &&
      !fullHead.endsWith('子')
    ) {
      runOn(affiliate, fullHead + value.suffix, end);
      continue;
    }
    // …and so is a zone committee's or a government's centre written right after it: 某开发区管委会|投资招商中心,
    // 某区政府|政务服务中心 (its unit, a body, not a facility).
    // (The walk may have stopped inside its head, at a verb: 管委会|投资|招商中心.)
    const centreHead = affiliate && affiliate.end <= start ? text.slice(affiliate.end, suffixStart) : '';
    if (
      /中心$/.test(value.suffix) &&
      affiliate?.kind === 'Organization' &&
      /(?:管委会|管理委员会|政府)$/.test(affiliate.name) &&
      /^\p{Script=Han}{2,8}$/u.test(centreHead)
    ) {
      runOn(affiliate, centreHead + value.suffix, end);
      continue;
    }
    const adjoins =
      (value.kind === 'Organization' || campus) && affiliate?.kind === value.kind && affiliate.end === start;
    // A unit written right after the body it belongs to is one nested name (某基金会|学术委员会, 国家税务总局|某市税务局,
    // 某某科学院|研究生院); the body alone is a name of its own where the report writes it alone.
    // …and so is a working group the body sends, with its topic (某省统计局|调研组, 某省政协|某某专题|调研组).
    const group = adjoins && GROUP.has(value.suffix) && /^\p{Script=Han}{0,16}$/u.test(fullHead);
    const unit =
      adjoins &&
      (group ||
        unitOfBody(affiliate.name, fullHead, value.suffix) ||
        (/科学院$/.test(affiliate.name) && fullHead === '' && value.suffix === '研究生院'));
    if (
      adjoins &&
      (unit ||
        campus ||
        fullHead.startsWith('附属') ||
        (/(?:院|大学)$/.test(affiliate.name) && fullHead.length >= 2 && !afterFoundingVerb(fullHead)) ||
        // A government's bureau written right after it: 某市政府|经济发展局, 某特区政府|投资推广署, 某市政府|新闻办.
        (affiliate.name.endsWith('政府') &&
          /(?:局|署|办公室|办公厅|委员会|办事处|办)$/.test(value.suffix) &&
          bodyWordFits(value.suffix, fullHead)) ||
        // A bureau's or department's corps, detachment or branch written right after it: 某市公安局|交通警察支队,
        // 某省公安厅|刑侦总队, and a corps' own detachment (某某总队|某某侦查支队).
        (/(?:局|厅|总队)$/.test(affiliate.name) && /^(?:总队|支队|大队|分局|派出所)$/.test(value.suffix)) ||
        // An association's chapter in a place written right after it: 某某商会|某市分会.
        (/(?:商会|协会|联合会|学会|促进会)$/.test(affiliate.name) && value.suffix === '分会') ||
        // A university's school written right after it: 某某大学|医学院.
        (affiliate.name.endsWith('大学') &&
          fullHead === '' &&
          /^(?:医学院|学院|研究院|研究所|研究生院)$/.test(value.suffix)))
    ) {
      runOn(affiliate, fullHead + value.suffix, end);
      continue;
    }
    // A body of the state opens the name of a unit under it (国务院|发展研究中心, 中国社会科学院|工业经济研究所): the
    // whole is that unit, an organization whatever its suffix.
    const stateBody =
      value.kind === 'Organization' || value.kind === 'Project'
        ? (stateBodyBefore(text, start, previousFloor) ?? stateBodyAcross(text, start, suffixStart, previousFloor))
        : undefined;
    if (stateBody !== undefined && !isGenericHead(text.slice(start, suffixStart))) {
      out.push(candidateAt('Organization', text, sentence, stateBody, end, PRIORITY.suffixName));
      floor = end;
      continue;
    }
    let rawHead = mission || quotedStart !== undefined ? fullHead : stripQualifiers(fullHead);
    // A body founded together names itself after the verb, if at all: 与某大学|共建|研究院 is no name.
    if (value.kind === 'Organization' || value.kind === 'Park') rawHead = rawHead.slice(afterFoundingVerb(rawHead));
    // …and a body's kind after a verb that introduces it (内设机构包括|办公室, “一企一策”制定|党委) names none.
    if (value.kind === 'Organization' && endsWithIntroducingVerb(rawHead)) continue;
    // What kind of company it is opens no name: 区属国有企业|滨江产业发展集团有限公司, 全球500强企业|华辰集团.
    if (value.kind === 'Company' && quotedStart === undefined) rawHead = companyHead(rawHead);
    // A zone's rank before its place is no part of its name: 国家|岚湾高新区 (but 滨江国家农业科技园区 keeps it).
    if (value.kind === 'Park' && rawHead.startsWith('国家') && regionTrie().longestAt(rawHead, 2))
      rawHead = rawHead.slice(2);
    // A Party committee before a zone is the zone's committee, no part of its name: 天津市委|滨海新区|工委委员.
    if (value.kind === 'Park') rawHead = rawHead.slice(afterPartyCommittee(rawHead));
    const head = rawHead.replace(/[“”]/g, '');
    const nameStartAt = suffixStart - rawHead.length;
    // (A product line the rules would read as a company's short name is named as such: 某某高能动力锂离子电池|项目.)
    const productLine = value === PROJECT_WORD && companyBeforeProject && longProductLine(head);
    if (value === PROJECT_WORD && (!companyBeforeProject || productLineHead(head) || productLine)) {
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
      // (睢宁城东|安置|房项目, 白沙村生态|养殖|产业项目), or at a park named right before it (东湖新区|安置房项目).
      const wide = afterComplement(
        text,
        afterLastStopWord(
          text,
          nameStart(text, suffixStart, previousFloor, { verbs: true, coordinated: true }),
          suffixStart,
        ),
        suffixStart,
      );
      const ownHead = previous && text[previous.end] === '的' ? previous.end + 1 : (previous?.end ?? 0);
      const project =
        projectFrom(body, text.slice(body, nameStartAt) + rawHead, productLine) ??
        (wide < nameStartAt ? projectFrom(wide) : undefined) ??
        (previous?.kind === 'Park' &&
        previous.end === Math.min(wide, nameStartAt) &&
        namesWhatIsBuilt(text.slice(previous.end, suffixStart))
          ? projectFrom(previous.start, text.slice(previous.start, suffixStart), true)
          : undefined) ??
        // …or a company written right before it, whose project it names (某某有限公司|青禾海洋牧场项目, 某某有限公司的|
        // 某某基地项目: the project's own name starts after 的), when no word that introduces names stands between
        // (某某集团|重点推动|…项目 is a clause) nor one that closes or joins a list (某某集团|等央企项目).
        (previous?.kind === 'Company' &&
        previous.end <= Math.min(wide, nameStartAt) &&
        afterLastStopWord(text, previous.end, suffixStart) === previous.end &&
        /^的?(?![等和与及的])\p{Script=Han}+$/u.test(text.slice(previous.end, suffixStart))
          ? projectFrom(ownHead, text.slice(ownHead, suffixStart), true)
          : undefined);
      if (project) out.push(previous?.kind === 'Company' ? ownedProject(project, previous, text) : project);
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
    const numberedBody = /^(.{2,}?)第[一二三四五六七八九十0-9]+/u.exec(head)?.[1];
    // …and so is a registered company after its place (滨江县|第一|注塑模具有限公司), and a Party branch after the body
    // it is in (某某印务|第一|党支部).
    const numbered =
      !!numberedBody &&
      (holdsRegion(numberedBody) || PARTY_BRANCH.test(value.suffix)) &&
      !isGenericHead(numberedBody) &&
      (value.kind === 'Organization' || REGISTERED.has(value.suffix));
    if (REFERENCE_ONLY.has(value.suffix)) {
      if (placesInPark(text, suffixStart, end, isGenericHead(head)))
        out.push(parkReference(value, sentence, suffixStart, end));
      if (head === '' && ZONE_WORD.test(value.suffix)) zoneWord = { start: suffixStart, end };
      continue;
    }
    const headed = headedBureau(text, value, head, nameStartAt, end);
    // A park a quote holds whole is named, whatever its head (打造“工业互联网产业基地”“电子信息产业基地”); not a title a
    // place is awarded (“中国模具产业基地”, “世界光谷”) nor a count of parks (“五大产业园区”).
    const quotedPark =
      value.kind === 'Park' &&
      head.length >= 2 &&
      text[nameStartAt - 1] === '“' &&
      text[end] === '”' &&
      !QUOTED_HONOUR.test(head);
    if (isGenericHead(head) && !numbered && !headed && !quotedPark) {
      if (value.kind === 'Park') out.push(parkReference(value, sentence, suffixStart, end));
      if (head === '' && ZONE_WORD.test(value.suffix)) zoneWord = { start: suffixStart, end };
      continue;
    }
    if (!numbered && !acceptsHead(value, head) && !headed && !quotedPark) continue;
    if (
      PLACE_NAMED_PARK.has(value.suffix) &&
      (HONOURED.test(text.slice(Math.max(0, nameStartAt - 4), nameStartAt)) ||
        !(ZONE_BEFORE.test(text.slice(Math.max(0, nameStartAt - 4), nameStartAt)) || ZONE_AFTER.test(text.slice(end))))
    )
      continue;
    if (
      NAMED_PROJECT_SUFFIX.has(value.suffix) &&
      !namedProject(head, rawHead, ratedHead(head)) &&
      routeStart === undefined
    )
      continue;
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
    if (value.kind === 'Project' && (honourTitle(text, nameStartAt, end) || eventInPassing(value.suffix, text, end)))
      continue;
    // A transliterated personal name before a post (我和某某·某某|局长): no body's name holds ·.
    if (value.kind === 'Organization' && head.includes('·')) continue;
    // 成为某某防务|全资子公司: the role a firm has in its parent, which the brand before it names (the parent).
    const subsidiary = value.kind === 'Company' ? SUBSIDIARY_OF.exec(head + value.suffix) : null;
    if (subsidiary) {
      out.push(
        candidateAt('Company', text, sentence, nameStartAt, nameStartAt + subsidiary[1]!.length, PRIORITY.suffixName),
      );
      continue;
    }
    const name = head + value.suffix;
    // The form with its qualifiers still opens where the company's name does (滨江县与|华辰集团 is no form of it).
    const qualified = stripLeadingStopWords(fullHead);
    const withQualifiers =
      (value.kind === 'Company' ? companyHead(qualified) : qualified).replace(/[“”]/g, '') + value.suffix;
    const quoted = /“([^”]+)”/.exec(rawHead)?.[1];
    // A branch of a state body (中国人民银行|某市|分行) is a body of the state, not a company.
    const stateBranch = branch && STATE_BODY_TRIE.longestAt(text, nameStartAt) !== undefined;
    const candidate: Candidate = {
      kind: stateBranch ? 'Organization' : value.kind,
      name,
      aliases: [withQualifiers, ...(quoted ? [quoted] : [])],
      sentence,
      start: nameStartAt,
      end,
      priority: PRIORITY.suffixName,
    };
    // A facility written right after the company that runs it (某某有限公司|烟台基地, 某某集团|研发中心) is named with
    // it, as a project written after its company is.
    const runBy = out.at(-1);
    out.push(
      value.kind === 'Project' && runBy?.kind === 'Company' && runBy.end === nameStartAt
        ? ownedProject(candidate, runBy, text)
        : candidate,
    );
    // A zone's part named right after it is one name: 滨江高新区|南部园区, 滨江经开区|西区分区; so is an airport's
    // runway or terminal built as a project of its own (某某机场|第三跑道, 某某机场|T3航站楼).
    const part =
      value.kind === 'Park'
        ? zonePartAfter(value.suffix, text.slice(end))
        : value.suffix === '机场'
          ? AIRPORT_PART.exec(text.slice(end))
          : null;
    if (part && (part[1] === undefined || (!isGenericHead(part[1]) && !isStopWord(part[1])))) {
      const named = out.at(-1)!;
      named.name += part[0];
      named.aliases = [named.name];
      named.end = end + part[0].length;
      floor = named.end;
    }
    if (value.kind === 'Park' || NOT_BEFORE_TITLE.has(value.suffix)) park = { start: nameStartAt, end: floor };
    // (A unit runs on from the branch it belongs to: 某某集团有限公司南京货运中心|宣城|经营部.)
    parent =
      (value.kind === 'Company' && !branch) || UNIT.test(value.suffix)
        ? { start: nameStartAt, end }
        : branch
          ? undefined
          : parent;
  }
  for (const body of out) withDepartment(body, text);
  // A medium's group is a medium (ONTOLOGY.md: media are organizations): 某某日报传媒集团.
  for (const group of out) if (group.kind === 'Company' && MEDIA_GROUP.test(group.name)) group.kind = 'Organization';
  for (const facility of out) withPlaceBracket(facility, text);
  out.forEach((event, i) => withEdition(event, text, out[i - 1]?.end ?? 0));
  return out;
}

/** What joins a second thing to a facility in one project's name: 及 and a head of Han words, no clause. */
const JOINT_HEAD = /^及[\p{Script=Han}A-Za-z0-9]{2,16}$/u;

/** True when the facility `previous` and the words after it up to 项目 at `suffixStart` name one project
 *  (某某研发中心|及汽车电子生产基地|项目): 及 right after the facility (not after a project or an event: 某某项目及…,
 *  某某论坛及… are two), and no word that ends a name after it. */
function jointProject(previous: Candidate, text: string, suffixStart: number): boolean {
  return (
    previous.kind === 'Project' &&
    !/(?:项目|工程|会|论坛|节)$/.test(previous.name) &&
    JOINT_HEAD.test(text.slice(previous.end, suffixStart)) &&
    nameStart(text, suffixStart, previous.end + 1, { verbs: true, coordinated: true }) === previous.end + 1
  );
}

/** The suffixes written in a sentence, left to right without overlaps, each the longest at its start, unless a
 *  company's is run past by one starting inside it (发展基金|会: the body's 基金会, not a fund's 发展基金). */
function suffixMatches(text: string): ReturnType<typeof SUFFIX_TRIE.findAll> {
  // (Only a company's suffix gives way, and only to a body's: other words chain as they always have.)
  // …and an office's short form to its full one written on (某市口岸|办公室, 某市政府|办公厅: no 口岸办, 政府办).
  return SUFFIX_TRIE.findAll(
    text,
    (match, inner) =>
      (match.value.kind === 'Company' && inner.value.kind === 'Organization') ||
      (match.value.suffix.endsWith('办') && /^办公[室厅]/.test(inner.value.suffix)),
  );
}

/** What opens a quoted title a place is awarded or a count of parks, no park's own name (“中国某某产业基地”, “五大园区”). */
const QUOTED_HONOUR = /^(?:中国|全国|世界|国家|国际|全球)|[一二两三四五六七八九十几多0-9](?:大|个|家|座)/;

/** An airport's runway or terminal named by its number (第三跑道, 二跑道, T3航站楼). */
const AIRPORT_PART = /^(?:第?[一二三四五六七八九十0-9]{1,2}(?:号)?(?:跑道|航站楼)|T[0-9]航站楼)/u;

/** A facility's or a park's name written with the place it serves in brackets after it (某某研究中心（华南）, 国家某某
 *  育种基地（海南）): the bracket is part of the name, the name without it an alias. */
function withPlaceBracket(named: Candidate, text: string): void {
  if (named.kind !== 'Project' && named.kind !== 'Park') return;
  const bracket = placeBracketAt(text, named.end);
  // (Up to six characters in the brackets.)
  if (!bracket || bracket.length > 8 || named.name !== text.slice(named.start, named.end)) return;
  named.aliases = [...new Set([...(named.aliases ?? []), named.name])];
  named.name += text.slice(named.end, named.end + bracket.length);
  named.end += bracket.length;
}

/** Words in 系 that name no department (体系, 关系, 联系). */
const NOT_A_DEPARTMENT = /(?:体|关|联|维|派|直|水|星|语|母|父|谱|世|干)系$/;

/** A university's department written right after it (某某大学|管理系, 某某学院|土木系) is one name with it: the
 *  segmenter reads such a department as one word in 系. */
function withDepartment(body: Candidate, text: string): void {
  if (body.kind !== 'Organization' || !/(?:大学|学院)$/.test(body.name)) return;
  const word = wordStartingAt(text, body.end);
  if (!word || word.length < 3 || word.length > 6 || !word.endsWith('系') || NOT_A_DEPARTMENT.test(word)) return;
  runOn(body, word, body.end + word.length);
}

/** Verbs that join or push what follows them, which no name's head ends with. */
const JOINING_VERB_BEFORE = /(?:参与|融入|助力|推动|推进|加快)$/;

/** A bracketed place right after a group's name, where the walk stopped (某某集团|（吉林）|新能源科技有限公司). */
function bracketedPlaceBetween(text: string, from: number, start: number, suffixStart: number): boolean {
  const bracket = placeBracketAt(text, from);
  return !!bracket && from + bracket.length <= suffixStart && from + bracket.length >= start;
}

/** A company's head without what opens no name of it: its kind (区属国有企业|), the other party of an agreement (滨江县与|)
 *  or a verb before its brand (会见|). */
function companyHead(head: string): string {
  return afterWorksPlace(afterVerbOfBrand(afterOtherParty(afterCompanyKind(head))));
}

/** Administrative levels from the smallest up: a place is written before those inside it (江苏|宿迁|某某有限公司). */
const LEVEL_RANK: Partial<Record<RegionLevel, number>> = { town: 1, county: 2, city: 3, province: 4 };
const ranks = (forms: RegionForm[]) => forms.map((f) => LEVEL_RANK[f.region.level] ?? 0);

/** A place written before a company whose name opens with a place of its level or above is where its works are, no
 *  part of its name: 射阳县|江苏某某有限公司某项目, 江阳区|泸州某某有限公司. */
function afterWorksPlace(head: string): string {
  const place = regionTrie().longestAt(head, 0);
  const next = place && regionTrie().longestAt(head, place.end);
  if (!place || !next || head.length - next.end < 2) return head;
  // (A county's bare short form may open a brand: 东风|某市汽车有限公司 is no works in 东风区.)
  if (!/[县区镇乡旗]$/.test(head.slice(0, place.end))) return head;
  // Each place read at its widest level and the next at its narrowest (河南 is also a town's name): only a sure order.
  const placeRank = Math.max(...ranks(place.value));
  // (Two places of one level are one name's: 甲市|乙镇发展有限公司 may be the city's firm named after a town; a county
  // before a county-level name is where works are only when a higher level follows.)
  return placeRank && Math.min(...ranks(next.value)) > placeRank ? head.slice(place.end) : head;
}

/** A Party committee of a place (市委, 县委, 党工委) inside a head. */
const PARTY_COMMITTEE = /(?:[省市县区]委|党委|工委)/g;

/** Where a head goes on after the last Party committee in it (天津市委|滨海: 4), or 0. */
function afterPartyCommittee(head: string): number {
  let after = 0;
  for (const m of head.matchAll(PARTY_COMMITTEE)) after = m.index + m[0].length;
  return after < head.length ? after : 0;
}
