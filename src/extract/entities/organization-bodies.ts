// Where an organization's name begins and what it takes in, beyond the suffix grammar of suffix-names.ts: two bodies
// joined by a conjunction are two names (某大学与某市科技局), a body stationed in another opens after 驻, a founding verb
// before a generic kind names no body (与某市共建研究院), and a unit written right after the body it belongs to is one
// nested name (某基金会学术委员会, 国家税务总局某市税务局).
import { HAN } from '../chinese.ts';
import { SUFFIXES_BY_KIND } from '../lexicon/names.ts';
import { TITLE_TRIE } from '../lexicon/people.ts';
import { tagOf, wordStartingAt } from '../lexicon/segmenter.ts';
import { LEVEL_WORD } from '../lexicon/regions.ts';
import { Trie } from '../lexicon/trie.ts';
import { isStopWord } from './boundary.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import { STATE_BODY_TRIE } from './name-starts.ts';
import { regionTrie } from './regions.ts';

/** Every name suffix of the tables, and 学部 (a university's faculty): what ends a body before a conjunction. */
const NAME_ENDS = new Trie<true>([
  ...SUFFIXES_BY_KIND.flatMap(([, words]) => words.map((w) => [w, true] as const)),
  ['学部', true],
  ['常委会', true],
]);

/** Where an organization's name starts when its head holds another body joined to it by a conjunction
 *  (某大学材料学部|与|某市科技局, 某市商务局|及|某区商务局): just after the last such conjunction. A conjunction inside one
 *  name (科学与技术学院, 自然资源与规划局) follows no name's suffix and stays. */
export function afterJoinedBody(text: string, start: number, suffixStart: number): number {
  // A place named by its level word alone is the other party (县|与|某某设计研究院签订协议).
  if (suffixStart - start > 4 && /^[省市县区乡镇][与和同]/.test(text.slice(start, start + 2))) return start + 2;
  for (let at = suffixStart - 1; at > start + 1; at--) {
    if (/[与和及、]/.test(text[at]!) && NAME_ENDS.longestEndingAt(text, at, 10)) return at + 1;
    // …or a place that is all the head before the conjunction (湖州市|与|滨江大学签约: the place is the other party).
    if (/[与和及、]/.test(text[at]!) && regionTrie().longestEndingAt(text, at, 12)?.start === start) return at + 1;
    // …or a body that opens with its own place after the conjunction (青禾电子|与|湖州师范学院, 某某制药|与|中国某某院):
    // one name never joins a party to a place-named body.
    if (/[与和及]/.test(text[at]!) && at - start >= 2 && opensWithPlace(text, at + 1, suffixStart)) return at + 1;
    // Two bodies written side by side, the second by its level word (某省纪委常委会|省监委, 县人大常委会|县政协).
    if (/[省市县区]/.test(text[at]!) && NAME_ENDS.longestEndingAt(text, at, 10)) return at;
    // A place's Party committee and its government are written side by side (某市委|某市人民政府, 市委|市政府).
    if (
      PARTY_COMMITTEE_END.test(text.slice(start, at)) &&
      (regionTrie().longestAt(text, at) || /[省市县区]/.test(text[at]!))
    )
      return at;
  }
  return start;
}

/** Whether text from `from` opens with a place (or a national level word) before the suffix. */
function opensWithPlace(text: string, from: number, suffixStart: number): boolean {
  const place = regionTrie().longestAt(text, from);
  const end = place?.end ?? (/^(?:国家|中央|全国)/.test(text.slice(from)) ? from + 2 : undefined);
  return end !== undefined && end <= suffixStart;
}

/** A place's Party committee ending a stretch of text (湖州市委, 县委, 党工委). */
const PARTY_COMMITTEE_END = /(?:[省市县区州]委|党委|党工委)$/;

/** 驻 (stationed in): a discipline team's host body opens after it (某市纪委监委|驻|市教育局纪检监察组); an office a
 *  government keeps in another place is named with it (某市人民政府驻上海办事处). */
export function afterStationed(text: string, start: number, suffixStart: number, suffix: string): number {
  if (/(?:办事处|联络处|代表处)$/.test(suffix)) return start;
  const at = text.lastIndexOf('驻', suffixStart - 1);
  return at >= start && suffixStart - at >= 2 ? at + 1 : start;
}

/** One-character verbs the segmenter joins to the place after them (获|中国某某院, 经|某省某厅): a body named after its
 *  place starts at the place. */
const VERB_BEFORE_PLACE = /^[获经受]/;
/** …or a level word standing for the place (经|省纪委). */
const LEVEL_AFTER_VERB = /^[省市县区]/;
/** Parts of speech of a word that opens no body's name: verbs, prepositions, conjunctions, adverbs (请|市政协委员,
 *  查摆出|区国资局, 配合|市场监管局). */
const NO_NAME_TAGS = new Set(['v', 'p', 'c', 'd', 'vd', 'ad']);

/** Whether a one-character verb or preposition stands at `start` as a word of its own before a level word
 *  (请|市政协, 出|区国资局), and no place opens there (和县, 经棚镇 are places). */
function loneVerbBeforeLevel(text: string, start: number): boolean {
  if (!LEVEL_AFTER_VERB.test(text[start + 1] ?? '') || regionTrie().longestAt(text, start)) return false;
  const word = wordStartingAt(text, start);
  return word?.length === 1 && NO_NAME_TAGS.has(tagOf(word));
}

/** Whether the head before a body a level word alone may name (政协, 市场监管局) is one verb or adverb, naming no
 *  place: 配合|市场监管局 is no body of its own. */
export function verbHeadBeforeLevelBody(text: string, start: number, suffixStart: number): boolean {
  if (suffixStart - start < 2) return false;
  const word = wordStartingAt(text, start);
  return word !== undefined && start + word.length === suffixStart && NO_NAME_TAGS.has(tagOf(word));
}

/** Verbs of acting together or on another body, written between two bodies (市发改委|会同|市财政局, 某县|联合|某市商务局):
 *  the second body's name starts after the verb, where a place or a level word follows it. */
const VERB_BETWEEN_BODIES = /(?:会同|协同|配合|联合|督促|指导|责成|委托|邀请|协调)/gu;

export function afterVerbBeforePlace(text: string, start: number, suffixStart = text.length): number {
  if (
    VERB_BEFORE_PLACE.test(text[start] ?? '') &&
    (regionTrie().longestAt(text, start + 1) || LEVEL_AFTER_VERB.test(text[start + 1] ?? ''))
  )
    return start + 1;
  if (loneVerbBeforeLevel(text, start)) return start + 1;
  let after = start;
  for (const m of text.slice(start, suffixStart).matchAll(VERB_BETWEEN_BODIES)) {
    const at = start + m.index;
    // …not a place named with such characters (会同县).
    if ((regionTrie().longestAt(text, at)?.end ?? at) > at + m[0].length) continue;
    const next = at + m[0].length;
    if (next < suffixStart && (/[省市县区镇乡州]/.test(text[next]!) || regionTrie().longestAt(text, next)))
      after = next;
  }
  return after;
}

/** What may open a body's name before a province or a country: the Party's and the Youth League's names, the nation's
 *  (中共|某省委, 共青团|某省委, 中国|某某协会), or a body it is part of (某部|某省监管局, 某科学院|某省分院). */
const OPENS_BEFORE_PROVINCE = /(?:^(?:中共|共青团|中国|中华|全国)|[部局委院会行厅署办团所校社队])$/;

/** The state organs and their units whose names a province or a country opens (某省人民政府, 某省公安厅刑侦总队); an
 *  association or a foundation may be named after its mission first (援助某省发展基金会). */
const STATE_ORGAN_END = /(?:政府|局|厅|部|委|办|委员会|办公室|总队|支队|大队|派出所|法院|检察院)$/;

/** Where a state organ named after a province or a country starts when words that name no body come before the place
 *  (宣判|某省人民政府, 监察调查|某省公安厅, 王某|某省委组织部): at the place. A province or a country opens every
 *  organ it names but for the openers above. */
export function provinceAcross(text: string, start: number, suffixStart: number, suffix: string): number {
  if (!STATE_ORGAN_END.test(suffix)) return start;
  for (let at = start + 1; at < suffixStart - 1; at++) {
    const place = regionTrie().longestAt(text, at);
    if (!place || place.end > suffixStart) continue;
    if (!place.value.some((f) => f.region.level === 'province' || f.region.level === 'country')) continue;
    const before = text.slice(start, at);
    // A place or a level word before it (县|台湾…) is a place's name, not words about the body.
    if (OPENS_BEFORE_PROVINCE.test(before) || regionTrie().longestAt(text, start) || /^[省市县区州]$/.test(before))
      return start;
    return at;
  }
  return start;
}

/** What opens a national body's name (中国|某某基金会, 全国|工商联). */
const NATIONAL_OPENER = /^(?:中国|中华|全国)$/;

/** Where a national body's name starts when the walk stopped at a word its name holds (中国|发展|青禾研究基金会: 发展 is
 *  read as a verb): at the national opener written right before that word, or `start`. */
export function nationalOpenerAcross(text: string, start: number, floor: number): number {
  for (let len = 1; len <= 2; len++) {
    const opener = start - len - 2;
    if (opener < floor) break;
    if (NATIONAL_OPENER.test(text.slice(opener, opener + 2)) && isStopWord(text.slice(start - len, start)))
      return opener;
  }
  return start;
}

/** What opens the name of a body named by its mission: the nation, the State Council or the centre. */
const MISSION_OPENER = /^(?:中国|中华|全国|国家|中央|国务院)/;
/** Words a mission's verb phrase never holds: particles and joiners, and the verbs of a clause about the body
 *  (企业发起成立|某某联盟, 在某部支持下成立). */
const NOT_IN_MISSION =
  /[的是在了把被将与和及等对向从为]|成立|发起|组建|召开|举办|宣布|支持|联合|共同|牵头|参加|出席|主持|指导/;
const MISSION_LENGTH = 14;

/** Where the name of a national body named by its mission starts when the walk stopped at the mission's verbs
 *  (中国|反侵权假冒|创新战略联盟, 全国|打击侵权假冒|工作领导小组): at the nation or centre opening the clause right before
 *  them, or `start`. */
export function missionOpenerBefore(text: string, start: number, floor: number): number {
  for (let at = start - 2; at >= Math.max(floor, start - MISSION_LENGTH); at--) {
    // The opener opens a clause or follows a joiner or a preposition (…和|全国某某领导小组办公室支持下).
    if (at > 0 && at !== floor && HAN.test(text[at - 1]!) && !/[和与及在由经受向对]/.test(text[at - 1]!)) continue;
    const mission = text.slice(at, start);
    if (!MISSION_OPENER.test(mission) || ![...mission].every((c) => HAN.test(c))) continue;
    return NOT_IN_MISSION.test(mission) ? start : at;
  }
  return start;
}

/** Verbs of founding or building together: a body named after them is new and named, or is only a kind
 *  (与某大学|共建|研究院). */
const FOUNDING = /(?:共建|合建|联建|组建|筹建|共同建设|联合成立|合作成立)/g;

/** Where an organization's head starts after a founding verb inside it (某市|共建|研究院: the rest alone names it). */
export function afterFoundingVerb(head: string): number {
  let after = 0;
  for (const m of head.matchAll(FOUNDING)) after = m.index + m[0].length;
  return after;
}

/** Verbs that open a list or an act, never the last word of a body's head (内设机构包括|办公室, 召开|党委会). */
const VERB_BEFORE_BODY = /(?:包括|包含|涵盖|召开|制定|组织|参加|参与|举办|成立|设立|设有|下设|内设)$/;

/** True when a body's head ends with a verb that introduces it (the suffix then names only a kind). */
export function endsWithIntroducingVerb(head: string): boolean {
  return VERB_BEFORE_BODY.test(head);
}

/** Words that end a government's head without naming it: 两地政府, 当地政府, 地方政府, 基层政府. */
const UNNAMED_GOVERNMENT = /(?:[两三多各][地国]|双方|当地|地方|基层|各级|上级|下级)$/;

export function namesNoGovernment(head: string): boolean {
  return UNNAMED_GOVERNMENT.test(head);
}

/** Units of a body written right after it, with a head of their own (某基金会|学术委员会, 某科委|专家委员会). */
const UNIT_SUFFIX = /^(?:委员会|办公室|办事处|分会|秘书处)$/;
/** Bodies of the state or the nation with branches in places (国家税务总局|某市税务局, 中国银行业监督管理委员会|某省监管局). */
const NATIONAL = /^(?:国家|中国|中华|全国)/;
/** Bodies that are no parent of the body after them: a place's Party committee or government is written next to
 *  its peer (市委市政府, 县委县政府). */
const PEER = /(?:[省市县区镇乡]委|政府|党委|党工委|管委会)$/;

/** Whether a body named right after `parent` (no gap) is a unit of it and one name with it. */
export function unitOfBody(parent: string, head: string, suffix: string): boolean {
  if (PEER.test(parent) || !/(?:会|委|局|院|署|厅|部|联|办)$/.test(parent)) return false;
  const placed = regionTrie().longestAt(head, 0) !== undefined;
  // A unit with a head of its own kind (学术委员会) under any body; a unit in a place (某省监管局, 某市办事处)
  // under a national body or a bureau.
  if (UNIT_SUFFIX.test(suffix) && head.length >= 2 && !placed) return true;
  if (placed && (NATIONAL.test(parent) || /局$/.test(parent)) && /(?:局|办事处|分局|委员会)$/.test(suffix)) return true;
  return false;
}

/** Where a unit's name starts when a body of the state runs over the start of its head (科技部|火炬中心, where the walk
 *  began inside the body: 自然资源|部海岛研究中心): at the body, when two or more characters of the unit's own follow. */
export function stateBodyAcross(text: string, start: number, suffixStart: number, floor: number): number | undefined {
  for (let end = start + 1; end <= suffixStart - 2; end++) {
    const body = STATE_BODY_TRIE.longestEndingAt(text, end, 12);
    if (body && body.start >= floor && body.start <= start && /^\p{Script=Han}+$/u.test(text.slice(end, suffixStart)))
      return body.start;
  }
  return undefined;
}

/** Where a body's name starts when the walk stopped inside the place that names it (三台|县委组织部: 三台 read as a
 *  count): at the place, which never splits. A place that starts where the walk stopped wins (共建|湖州…, not 共|建湖). */
export function placeAcross(text: string, start: number, suffixStart: number, floor: number): number {
  if (regionTrie().longestAt(text, start)) return start;
  for (let end = Math.min(suffixStart, start + 3); end > start; end--) {
    const place = regionTrie().longestEndingAt(text, end, 12);
    if (place && place.start < start && place.start >= floor) return place.start;
  }
  return start;
}

/** A place's people's congress or CPPCC (人大常委会, 政协), which a post title may follow. */
export const CONGRESS = /^(?:人大常委会|政协)$/;
/** The level word that stands for the report's own place before such a body (省|人大常委会, 区|政协). */
const LEVEL_BEFORE_CONGRESS = new RegExp(`${LEVEL_WORD.source}$`);

/**
 * Whether a congress or CPPCC written before a post title is a body of its own (某省政协|副主席, 省人大常委会|副主任:
 * the post is the body's, as the corpus gold has it): it is named by its place or level word, and opens its holder's
 * posts; joined after a Party post of the same person (市委书记、市人大常委会主任) it is read as that place's post,
 * unless it names a place that post does not (副省长、某市人大常委会主任).
 */
export function congressBeforeTitle(text: string, suffixStart: number, suffix: string): boolean {
  if (!CONGRESS.test(suffix)) return false;
  const place = regionTrie().longestEndingAt(text, suffixStart, 12);
  const level = LEVEL_BEFORE_CONGRESS.exec(text.slice(Math.max(0, suffixStart - 3), suffixStart));
  const start = place?.start ?? (level ? suffixStart - level[0].length : undefined);
  if (start === undefined) return false;
  const joinedAfterPost = /[、，,\s]/.test(text[start - 1] ?? '') && TITLE_TRIE.longestEndingAt(text, start - 1, 12);
  // …unless it names a place the post before it does not (某省政府副省长、某市人大常委会主任): the body's own.
  const ownPlace =
    place !== undefined && !text.slice(Math.max(0, start - 20), start).includes(text.slice(place.start, place.end));
  return !joinedAfterPost || ownPlace;
}

/** How an organization's name ends, by the suffix tables: what a state organ's name before its unit ends with. */
const ORGAN_ENDS = new Trie(
  SUFFIXES_BY_KIND.filter(([kind]) => kind === 'Organization').flatMap(([, words]) =>
    words.map((w) => [w, true] as const),
  ),
);
/** What a unit inside a state organ is called: an office (督查室), a division (评估督导处), a section (社会事务科), a
 *  court's chamber (行政审判庭, not 家庭), a ministry's department (电子商务司, not 公司). */
const UNIT_END = /[室处科]|(?<![公我])司|(?<!家)庭/g;
export const BODY_UNIT_TRIGGERS: readonly string[] = ['室', '处', '司', '科', '庭'];
/** The fewest and most characters of such a unit's name, its end word included (法规处, 住宅与房地产业司,
 *  城乡统筹与区域合作发展司). */
const UNIT_LENGTH = { min: 3, max: 13 };

/** Where the state organ ending at `end` starts: at the place or the level word that names it (某省|发改委, 省|政府,
 *  国家|商务部), or at a central body of the lexicon (商务部); undefined when no place names it (某大学, 公司). The organ
 *  may itself end with a unit (国家某委|某某司|规划处): `depth` units are looked through. */
function organStart(text: string, end: number, depth = 1): number | undefined {
  const central = STATE_BODY_TRIE.longestEndingAt(text, end, 12);
  const organ = central ?? ORGAN_ENDS.longestEndingAt(text, end, 10);
  if (!organ || organ.start === 0)
    return central?.start ?? (depth > 0 ? unitOrganStart(text, end, depth - 1) : undefined);
  const place = regionTrie().longestEndingAt(text, organ.start, 12);
  if (place) return place.start;
  if (/[省市县区]/.test(text[organ.start - 1]!)) return organ.start - 1;
  if (central) return text.startsWith('国家', central.start - 2) ? central.start - 2 : central.start;
  return headedOrganStart(text, organ.start);
}

/** The most characters an organ's head may hold between its place and its suffix (某省|公路管理|局). */
const ORGAN_HEAD = 6;

/** Where an organ starts whose place, level committee (省委|宣传部) or 国家 is written a head before its suffix
 *  (某省|公路管理|局, 某县|民政|局, 国家|药品监督管理|局); undefined when none is. */
function headedOrganStart(text: string, suffixStart: number): number | undefined {
  let start: number | undefined;
  // The farthest such word: a head may hold a place of its own (某省|数字某省建设领导小组).
  for (let at = suffixStart - 1; at >= Math.max(1, suffixStart - ORGAN_HEAD); at--) {
    if (!HAN.test(text[at]!)) break;
    if (/^[省市县区]委$/.test(text.slice(at - 1, at + 1)))
      start = regionTrie().longestEndingAt(text, at, 12)?.start ?? at - 1;
    else if (text.startsWith('国家', at - 2)) start = at - 2;
    else start = regionTrie().longestEndingAt(text, at, 12)?.start ?? start;
  }
  return start;
}

/** Where the organ of a unit ending at `end` starts (某部|某某司), or undefined when `end` ends no unit of an organ. */
function unitOrganStart(text: string, end: number, depth = 0): number | undefined {
  if (!/[室处司科庭]/.test(text[end - 1] ?? '') || text.endsWith('公司', end)) return undefined;
  for (let unitStart = end - UNIT_LENGTH.min; unitStart >= Math.max(1, end - UNIT_LENGTH.max); unitStart--) {
    if (!/^\p{Script=Han}$/u.test(text[unitStart]!)) return undefined;
    // A unit opening with a place or a place's own body is a body of that place (某县委|县政府督查室), not a unit.
    if (/^[省市县区](?:委|政府|人民政府)/.test(text.slice(unitStart, end)) || regionTrie().longestAt(text, unitStart))
      continue;
    // A unit holds no second post nor a phrase (某县人武部|副部长兼军事科, 某市部分政府职能部门的领导).
    if (/[兼的]/.test(text.slice(unitStart, end))) continue;
    const start = organStart(text, unitStart, depth);
    if (start === undefined) continue;
    // A Hong Kong or Macao government's 司 are its Secretaries' posts (财政司司长: a post of the region).
    return /特区|特别行政区/.test(text.slice(start, unitStart)) ? undefined : start;
  }
  return undefined;
}

/**
 * An office, division or department of a state organ written right after it before a post title (省政府督查室|副主任,
 * 某省发改委评估督导处|调研员, 国家商务部电子商务司|司长): the unit is a body of its own that holds the post, as the
 * corpus gold has it. Only where a place, a level word or the lexicon names the organ, so that a company's or a
 * school's inner units (财务处) are not read.
 */
export function recognizeBodyUnits(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(UNIT_END)) {
    const end = m.index + 1;
    if (end < UNIT_LENGTH.min || !TITLE_TRIE.longestAt(text, end)) continue;
    const start = unitOrganStart(text, end, 1);
    if (start !== undefined) out.push(candidateAt('Organization', text, sentence, start, end, PRIORITY.suffixName));
  }
  return out;
}

/** A numbered middle school by its short form (某县|二中, 县|一中): the school a place numbers, named by its number. */
const NUMBERED_SCHOOL = /[一二三四五六七八九十]{1,2}中/gu;
export const NUMBERED_SCHOOL_TRIGGERS: readonly string[] = [...'一二三四五六七八九十'].map((n) => `${n}中`);
/** Characters that make 中 the first of another word (一中心, 二中全会, 一中原则, 中小, 中东, 中期): no school there. */
const WORD_AFTER_MIDDLE = /^[心全原国华央部间期午旬游东西南北亚等级层小型大长短外内]/u;
/** A level word alone opens it (县|一中), but not one that ends another word (全县, 各市, 城区, 省市). */
const LONE_LEVEL = /(?<![全各本该每城都省州地社郊])[县市区]$/u;

export function recognizeNumberedSchools(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBERED_SCHOOL)) {
    const end = m.index + m[0].length;
    if (WORD_AFTER_MIDDLE.test(text.slice(end, end + 1))) continue;
    const place = regionTrie().longestEndingAt(text, m.index, 12);
    const level = LONE_LEVEL.test(text.slice(Math.max(0, m.index - 2), m.index)) ? m.index - 1 : undefined;
    const start = place?.start ?? level;
    if (start !== undefined) out.push(candidateAt('Organization', text, sentence, start, end, PRIORITY.suffixName));
  }
  return out;
}
