// Where a suffix name's head starts when the walk over words is not the whole story: a branch runs on from its bank,
// an appointment or a verb's complement opens the clause, a state body opens its unit's name, a place opens a
// facility's head across a verb.
import { WEAK_COMPANY_SUFFIXES } from '../lexicon/names.ts';
import { regionForms } from '../lexicon/regions.ts';
import { segment, tagOf, wordBoundaryAt, wordHolding, wordsWithStarts } from '../lexicon/segmenter.ts';
import { STATE_BODIES } from '../lexicon/state-bodies.ts';
import { Trie } from '../lexicon/trie.ts';
import { RULES } from '../rules/index.ts';
import { isShortPlaceForm, isStopWord, nameStart } from './boundary.ts';
import { surnameLength } from './people/names.ts';
import { regionTrie } from './regions.ts';
import { PLANT } from './suffix-table.ts';

export const BRANCH = new Set(RULES.suffixes.company.entries.filter((e) => e.branch).map((e) => e.word));
const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』', "'": "'" };
/** The most characters the walk may have left between an opening quote and the name (和|瑞光电…, 三|青气体…). */
const QUOTED_OVERHANG = 2;
/** A branch or plant after a registered name, inside the quote (…股份有限公司|滨海厂). */
const BRANCH_AFTER = new RegExp(`^(?:\\p{Script=Han}{0,6}?(?:${[...BRANCH].join('|')}))?`, 'u');

/** Where a name ending at `end` starts when a quote holds it whole (a data file's field: "和瑞光电股份有限公司", or
 *  with its plant or branch: "某某股份有限公司滨海厂"): just after the quote, also over the one or two characters the
 *  walk read as a conjunction or a count; else undefined. */
export function quotedWhole(text: string, start: number, end: number): number | undefined {
  for (let q = start - 1; q >= Math.max(0, start - QUOTED_OVERHANG - 1); q--) {
    const closing = CLOSING_QUOTE[text[q]!];
    if (closing === undefined) {
      if (!/\p{Script=Han}/u.test(text[q]!)) return undefined;
      continue;
    }
    const rest = BRANCH_AFTER.exec(text.slice(end))![0];
    return text[end + rest.length] === closing ? q + 1 : undefined;
  }
  return undefined;
}

/** A bank's name (…银行) that a branch may follow: 华辰银行|东海省分行. */
const BANK = /[\p{Script=Han}]{2,12}?银行(?=[\p{Script=Han}（）()]{0,16}$)/u;

/** Where the company a branch belongs to starts: the registered company seen last when only a place lies between
 *  (…股份有限公司|滨海片区|分行), else a bank named just before (华辰银行|东海省|分行). */
export function parentOf(
  text: string,
  parent: { start: number; end: number } | undefined,
  suffixStart: number,
  floor: number,
  suffix = '',
) {
  // Only a place lies between: no punctuation, no other bank or branch.
  const between = (from: number) =>
    /^[\p{Script=Han}（）()]{0,16}$/u.test(text.slice(from, suffixStart)) &&
    !/银行|分行|支行/.test(text.slice(from, suffixStart));
  // A plant is the company's only right after it, named by a short place word (…有限公司|滨海|厂): a clause may end in
  // 厂 too (…有限公司投资新建的工厂).
  if (PLANT.test(suffix))
    return parent && parent.end <= suffixStart && plantPlace(text.slice(parent.end, suffixStart)) ? parent : undefined;
  if (parent && parent.end <= suffixStart && between(parent.end)) return parent;
  const window = Math.max(floor, suffixStart - 30);
  const bank = BANK.exec(text.slice(window, suffixStart));
  if (!bank) return undefined;
  const bankEnd = window + bank.index + bank[0].length;
  return { start: nameStart(text, bankEnd - 2, floor, { strong: true }), end: bankEnd };
}
/** The place word naming a company's plant: one to four characters, no verb or particle (滨海, 东区, 二). */
function plantPlace(between: string): boolean {
  return (
    /^\p{Script=Han}{1,4}$/u.test(between) &&
    segment(between).every((w) => !['v', 'vn', 'uj', 'p', 'c', 'd'].includes(tagOf(w)))
  );
}
/** Where a facility's name starts when the walk stopped at a verb inside it and a place opens the wider head
 *  (溧阳|抽水|蓄能电站): at that place; else where it stopped. */
export function placeBeforeVerbs(text: string, start: number, suffixStart: number, floor: number): number {
  const wide = afterLastStopWord(text, nameStart(text, suffixStart, floor, { verbs: true }), suffixStart);
  if (wide >= start) return start;
  const place = regionTrie().longestAt(text, wide);
  return place && place.end <= start && place.value.some((f) => !f.short || f.region.level !== 'town') ? wide : start;
}

/** The level word or Party committee that forms a working group (市委, 县, 省政府): what opens its name. */
const FORMING_LEVEL = /^(?:[省市县区州]委?|自治区|中央|国务院|[省市县区]政府)/;
/** The most characters a working group's head holds (市委全面深化改革|领导小组, 某市优化营商环境工作|领导小组). */
const GROUP_HEAD = 16;
/** Words that end the clause before a group's name rather than state its mission (成立|某市…领导小组, 王某任|…组长). */
const BEFORE_GROUP =
  /^(?:任|担任|兼任|出任|成立|组建|设立|调整|召开|参加|出席|由|经|在|对|向|和|与|及|为|是|了|的|等)$/;

/** Where a working group's name starts when the walk stopped at a verb of its mission (某市|优化营商环境工作|领导小组,
 *  市委|全面深化改革|领导小组): at the place or the level that forms it, the first one after the clause's last word
 *  that introduces it; else where the walk stopped. */
export function formerBeforeMission(text: string, start: number, suffixStart: number, floor: number): number {
  for (let at = Math.max(floor, suffixStart - GROUP_HEAD); at < start; at++) {
    if (!wordBoundaryAt(text, at) || !/^\p{Script=Han}+$/u.test(text.slice(at, suffixStart))) continue;
    if (!regionTrie().longestAt(text, at) && !FORMING_LEVEL.test(text.slice(at))) continue;
    const words = segment(text.slice(at, start));
    if (words.some((w) => BEFORE_GROUP.test(w) || tagOf(w) === 'nr')) continue;
    return at;
  }
  return start;
}

/** Whether a stop word at `at` is a verb of its own: it starts a word, or ends one after an adverb (大力|发展), not
 *  after a noun (城乡|规划设计研究院, 火炬|计划). */
function startsVerb(text: string, at: number): boolean {
  if (wordBoundaryAt(text, at)) return true;
  const { words, starts } = wordsWithStarts(text);
  const w = wordHolding(starts, at);
  const before = words[w]!.slice(0, at - starts[w]!);
  return isStopWord(before) || MANNER.test(before) || ['d', 'ad'].includes(tagOf(before));
}
/** Adverbs of manner the dictionary joins to the verb after them (大力发展, 着力打造), whatever it tags them. */
const MANNER = /^(?:大力|积极|全面|着力|努力|持续|不断|深入|稳步|加快|加速|重点)$/;

/** Where a head really starts when it still holds a verb that introduces names (园区获批|省级…): just after the
 *  last such word, unless that word is the one right before the suffix (人力资源服务|产业园). */
export function afterLastStopWord(text: string, start: number, suffixStart: number): number {
  for (let end = suffixStart - 1; end > start; end--) {
    // …a word of its own: 服务 ends no word in 现代服务业|集聚区.
    if (!wordBoundaryAt(text, end)) continue;
    for (let len = 2; len <= 4 && end - len >= start; len++) {
      if (isStopWord(text.slice(end - len, end)) && startsVerb(text, end - len)) return end;
    }
  }
  return start;
}

/** Where a name starts when a verb's complement 好 opens it: 发挥|好|某某演艺中心, 服务|好|某某码头. */
export function afterComplement(text: string, start: number, end: number): number {
  if (text[start] === '好' && /[做抓办建用管务进挥守实护讲走]/.test(text[start - 1] ?? '') && end - start > 2)
    return start + 1;
  // …also where the walk took the verb in (种好|某某自贸区, 办好|某某开发区).
  return text[start + 1] === '好' && /[做抓办建用管种育守]/.test(text[start] ?? '') && end - start > 3
    ? start + 2
    : start;
}

/** Where a zone's name starts when the walk took in the verbs acting on it before its place (推介|某市新区, 要运营好|
 *  某某新区): at the place, as zones are named after theirs. A place's name the segmenter tags as a verb (包头) is no
 *  verb. */
export function afterVerbBeforeZone(text: string, start: number, suffixStart: number): number {
  let at = start;
  for (const word of segment(text.slice(start, suffixStart))) {
    if (!VERB_BEFORE_ZONE.has(tagOf(word)) || regionForms().has(word)) break;
    at += word.length;
    if (text[at] === '好') at++;
    if (word.length >= 2 && at < suffixStart && regionTrie().longestAt(text, at)) return at;
  }
  return start;
}
const VERB_BEFORE_ZONE = new Set(['v', 'vn', 'd', 'ad']);

/** Verbs of appointment between a person and the body of the post (王某某|任|某某集团有限公司董事长), and the words
 *  that may open such a clause (提名|李某|为…). */
const APPOINTED = /^(?:同志)?(?:兼任|担任|出任|拟任|任|为)/;
const APPOINTING = /(?:提名|任命|推荐|决定|同意|聘任|聘请|建议|拟)$/;

/** Where a registered name starts when its head opens with an appointment (王某某任|某某投资集团有限公司, 提名李某为|…):
 *  just after the verb. A registered name runs over verbs, and the segmenter joins 新任 or 华为 across the cut. */
export function afterAppointment(text: string, start: number, suffixStart: number): number {
  for (let at = start; at < suffixStart - 4; at++) {
    if (at > start && !APPOINTING.test(text.slice(start, at))) continue;
    const surname = surnameLength(text, at);
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

/** A body's name starts after an appointment of a person to a post in it (任命王某华为|某市财政局局长, 提请…任命为|某局局长)
 *  where a place or a level word opens it: the segmenter joins a name's last character to 为 (华为), and the walk
 *  runs over it. */
export function afterAppointedName(text: string, start: number, suffixStart: number): number {
  const head = text.slice(start, suffixStart);
  // 王某同志|任县某局局长: the gazetteer's 任县 is the verb 任 before a county's body where a person precedes it.
  if (/^任[省市县区州旗]/.test(head) && personBefore(text, start)) return start + 1;
  const verb = /(?:任命|提名|推荐|聘任)为/.exec(head) ?? appointedPerson(head);
  if (!verb) return start;
  const from = start + verb.index + verb[0].length;
  // 王某代表|国资委: a person speaking for a body is no part of its name, whatever the name opens with.
  if (verb[0].endsWith('代表')) return from;
  const opensWithPlace = regionTrie().longestAt(text, from) !== undefined || /^[省市县区州镇乡]/.test(text[from] ?? '');
  return from < suffixStart && opensWithPlace ? from : start;
}

/** Whether a person is named right before `at`: 同志, or a surname-led name of two or three characters opening a
 *  clause. */
function personBefore(text: string, at: number): boolean {
  if (text.endsWith('同志', at)) return true;
  const name = /(?:^|[，,。；;：:、\s])(\p{Script=Han}{2,3})$/u.exec(text.slice(Math.max(0, at - 4), at))?.[1];
  return !!name && surnameLength(name, 0) > 0;
}

/** A surname-led name of two or three characters and the verb that appoints it (任命|王某某为, 王某同志任), opening `head`
 *  or after the word that opens an appointment. */
function appointedPerson(head: string): RegExpExecArray | null {
  const m = /^(?:任命|提名|推荐|聘任|决定|同意)?(\p{Script=Han}{2,3}?)(?:同志)?(?:担任|任|为|代表)/u.exec(head);
  const name = m?.[1];
  return name && surnameLength(name, 0) > 0 ? m : null;
}

/** A removal names the person and then the body of the post taken, with no verb between (免去|王某某|某区商务局局长
 *  职务): where the body's name starts, after a surname-led name of three or two characters that a place follows. */
export function afterRemovedName(text: string, start: number, suffixStart: number): number {
  if (!/(?:免去|解聘)$/.test(text.slice(0, start))) return start;
  for (const length of [3, 2]) {
    const name = text.slice(start, start + length);
    const surname = surnameLength(name, 0);
    const place = regionTrie().longestAt(text, start + length);
    if (surname && length > surname && /^\p{Script=Han}+$/u.test(name) && place && place.end <= suffixStart)
      return start + length;
  }
  return start;
}

export const STATE_BODY_TRIE = new Trie(STATE_BODIES);

/** Where a state body's name starts when it ends at `start` or one or two characters before it (国务院|发展|研究中心),
 *  not before `floor`. */
export function stateBodyBefore(text: string, start: number, floor: number): number | undefined {
  for (let gap = 0; gap <= 2 && start - gap > floor; gap++) {
    if (gap && !/^\p{Script=Han}+$/u.test(text.slice(start - gap, start))) return undefined;
    const body = STATE_BODY_TRIE.longestEndingAt(text, start - gap, 12);
    if (body && body.start >= floor) return body.start;
  }
  return undefined;
}

/** A description of a company's kind before its name (区属国有企业, 龙头企业, 上市公司, 500强企业: the walk stops at
 *  the number), and what is left after it: at least two characters. */
const COMPANY_KIND =
  /^(?:(?:区属|市属|县属|省属|国有|民营|外资|合资|港资|台资|日资|韩资|美资|欧资|独资|台商|港商|外商|侨商|外商投资|中外合资|全球|国内|国际|世界|行业|龙头|领军|链主|骨干|头部|知名|重点|规上|规模以上|上市|国家级?|省级|市级|高新技术|高新科技|高新|科技|科技型|专精特新|园区|区内|辖区|本地|当地|入园|入驻|签约|优质|外贸|出口|实体|配套|投资|金融|[0-9]*强)*(?:企业|国企|公司|机构)|(?:区属|市属|县属|省属)?(?:央企|国企|民企|外企)|(?:全资|控股)?子公司|(?:国家级|省级|市级)?绿色工厂)(?=\p{Script=Han}{2}|[A-Za-z]{2})/u;
/** A described kind that ends with 企业 before a name that opens with its place: 生产企业|山东某某集团, 区内企业|某县…,
 *  某县农业产业化龙头企业|河南某某…; or with 巨头 before any name (某国海工行业巨头|某某公司). */
const DESCRIBED_KIND = /^[\p{Script=Han}A-Za-z0-9]{1,14}?(企业|巨头)(?=\p{Script=Han}{4})/u;
export function afterCompanyKind(head: string): string {
  const rest = head.replace(COMPANY_KIND, '');
  if (rest !== head) return rest;
  const described = DESCRIBED_KIND.exec(head);
  if (!described) return head;
  return described[1] === '巨头' || regionTrie().longestAt(head, described[0].length)
    ? head.slice(described[0].length)
    : head;
}

/** The other party of an agreement before a company's name: 滨江县与|华辰集团, 睿达公司同|华辰集团. A brand may hold
 *  和 (和信, 中和), so 和 parts only a place written in full from the name. */
export function afterOtherParty(head: string): string {
  // A conjunction left at the head's start once an adverb before it was stripped (分别|与|华辰集团) joins no party.
  if (/^[与跟](?=\p{Script=Han}{2})/u.test(head)) return head.slice(1);
  // …and so does a place named by its level word alone (我县与|华辰集团).
  if (/^[省市县区乡镇][与同跟](?=\p{Script=Han}{2})/u.test(head)) return head.slice(2);
  const party = /^(\p{Script=Han}{2,12}?)([与同跟和])(?=\p{Script=Han}{2})/u.exec(head);
  // …and only a place written in full: a short form before 和 opens a brand (厦门|和瑞花卉科技有限公司).
  if (!party || (party[2] === '和' && (!regionForms().has(party[1]!) || isShortPlaceForm(party[1])))) return head;
  return head.slice(party[0].length);
}

/** Verbs, adverbs, prepositions and time words, after which a proper brand opens a company's name. */
const BEFORE_BRAND_TAGS = new Set(['v', 'vd', 'vn', 'p', 't', 'd', 'ad', 'c']);
const BRAND_TAGS = new Set(['nr', 'nrt', 'nz', 'ns']);

/** Trades written after 投资 inside a company's name (投资顾问, 投资管理, 投资控股): its line of business, not a verb
 *  before a brand, though the segmenter may tag the trade as a name (顾问/nr). */
const INVESTMENT_TRADES = /^(?:顾问|管理|咨询|控股|担保|基金|合伙)/;

/** A company's name as the object of a verb the walk ran over (registered names may hold verbs): 帮助|华辰科技有限公司,
 *  会见|华辰集团, 截至目前|华辰…: the name starts at the last proper word (a brand or a place) right after such a
 *  word. A verb inside the name is kept: 华辰|投资发展有限公司 has no proper word after its verb. */
export function afterVerbOfBrand(head: string): string {
  const words = segment(head);
  // An adverb or a verb right after the place that opens the name is the brand's (甲省|高速/d|某某运营有限公司: the
  // province's highway group; 某省|修成/v|某某私募基金管理有限公司), not a word before it.
  const placeOpens = regionTrie().longestAt(head, 0)?.end === words[0]?.length;
  let at = head.length;
  for (let w = words.length - 1, end = head.length; w >= 1; w--) {
    const start = end - words[w]!.length;
    const previous = words[w - 1]!;
    // (…but no verb that introduces names: 某县|携手|某某集团有限公司.)
    const brandAfterPlace =
      w === 2 &&
      placeOpens &&
      (['d', 'ad'].includes(tagOf(previous)) || (tagOf(previous) === 'v' && !isStopWord(previous)));
    if (
      !brandAfterPlace &&
      BEFORE_BRAND_TAGS.has(tagOf(previous)) &&
      previous.length >= 2 &&
      // A trade that ends a brand (华辰重工/vn|某省有限公司) is no verb before it.
      !WEAK_COMPANY_SUFFIXES.includes(previous) &&
      !(previous === '投资' && INVESTMENT_TRADES.test(words[w]!)) &&
      (BRAND_TAGS.has(tagOf(words[w]!)) || regionTrie().longestAt(head, start)) &&
      words[w]!.length >= 2
    ) {
      at = start;
      break;
    }
    end = start;
  }
  return at < head.length ? head.slice(at) : head;
}
