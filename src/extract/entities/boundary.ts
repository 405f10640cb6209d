// Where a suffix-grammar name begins and ends: walk over words until punctuation, a verb or preposition
// that introduces names, or a quantity.
import { INDUSTRY_TRIE } from '../lexicon/industries.ts';
import { DESCRIPTIVE_WORDS, LEADING_QUALIFIERS, LEFT_STOP_WORDS, VISIT_VERBS } from '../lexicon/names.ts';
import { regionForms } from '../lexicon/regions.ts';
import { segmentSlice, tagOf, wordBoundaryAt, wordStartingAt } from '../lexicon/segmenter.ts';
import { Trie } from '../lexicon/trie.ts';
import { TITLE_TRIE } from '../lexicon/people.ts';
import { regionTrie } from './regions.ts';

const STOP = new Set(LEFT_STOP_WORDS);
const trieOf = (words: readonly string[]) => new Trie<true>(words.map((w) => [w, true] as const));
const STOP_TRIE = trieOf(LEFT_STOP_WORDS);
const QUALIFIERS = trieOf(LEADING_QUALIFIERS);
const DESCRIPTIVE = trieOf([...LEADING_QUALIFIERS, ...DESCRIPTIVE_WORDS]);
const WINDOW = 24;
/** Characters a name may contain: Han, Latin letters and digits, the middle dot. */
const NAME_CHAR = /[\p{Script=Han}A-Za-z0-9·]/u;
/** NAME_CHAR per UTF-16 unit (0 not yet known, 1 a name's, 2 not), filled on first use: the walks test every word. */
const NAME_UNITS = new Uint8Array(0x10000);

/** Whether every character of `word` may stand in a name (a surrogate pair is tested as the character it makes). */
function allNameChars(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return [...word].every((ch) => NAME_CHAR.test(ch));
    let known = NAME_UNITS[unit]!;
    if (known === 0) NAME_UNITS[unit] = known = NAME_CHAR.test(String.fromCharCode(unit)) ? 1 : 2;
    if (known === 2) return false;
  }
  return true;
}
/** Particles, conjunctions and the copula that join phrases: never the last word of a name's head (某某片区|是|小镇). */
const JOINERS = new Set(['的', '和', '与', '及', '或', '等', '是']);
/** The particle that ends an adverb (更好地|发挥): the verb after it opens no name. */
const ADVERB_PARTICLE = '地';
/** Conjunctions that join two actions inside a project's name (制备与储存): the action before them belongs to it. */
const COORDINATORS = new Set(['与', '及']);
const FIELD_JOINERS = new Set(['和', '及']);
/** What joins two parties (甲与乙签约): before a place or level word, the second party's name starts after it. */
const PARTY_JOINERS = new Set(['与', '和', '及', '同']);
/** A word after 和 that opens a body of its own (…证书和|国家知识产权局, …和|湖州市商务局): a level word or a place. */
const opensOwnBody = (word: string) => /^(?:国家|中央|全国|[省市县区])/.test(word) || regionForms().has(word);
/** Date units, which after a number close a date rather than open a name. */
const DATE_UNIT = /^[年月日号]$/;
const NUMERIC = /^[0-9.０-９零一二两三四五六七八九十百千万亿]+$/u;
/** Measure words the segmenter tags otherwise (20|处|文化中心, 25|所|学校, 4|宗|酒店, 6|大|走廊): after a number, a count. */
const MEASURE = /^[处所宗座家项批条栋幢片户大]$/;
/** Whether the word after a number reads it as a count or a date: a measure word, or 年, 月, 日. */
const countOrDateAfter = (next: string) => tagOf(next) === 'q' || DATE_UNIT.test(next);
/** Two digits written as a word and read as one (八一, 三一): a brand or a date's name, not a count, unless a measure
 *  word follows (三四|家). */
const NUMERAL_BRAND = /^[一二三四五六七八九]{2}$/u;
const numeralBrand = (word: string, next: string | undefined) =>
  NUMERAL_BRAND.test(word) && (next === undefined || !countOrDateAfter(next));
/** 百, 千 or 万 cut from the proper word after it (百|益国际鲜花港, 千|禾): a brand's first character, no count. */
const PROPER_TAGS = new Set(['nr', 'nrt', 'nrfg', 'nz', 'ns']);
const numeralOpensBrand = (word: string, next: string | undefined) =>
  /^[百千万]$/u.test(word) && next !== undefined && PROPER_TAGS.has(tagOf(next));
/** 零 read as a count by the segmenter where it opens a term (零|碳产业园, 零|废园区): a name's word, no number. */
const zeroTerm = (word: string, next: string | undefined) =>
  word === '零' && next !== undefined && !NUMERIC.test(next) && !countOrDateAfter(next);
/** A registered name whose head is a numbered unit of one character (中国|五|冶|集团有限公司, 某某|十四|局|集团…): the
 *  number is the unit's name, not a count, when it is written in characters and no measure word follows. */
const numberedUnit = (word: string, next: string | undefined, headLength: number, strong: boolean | undefined) =>
  strong === true &&
  headLength === 1 &&
  /^[一二三四五六七八九十]{1,3}$/u.test(word) &&
  next !== undefined &&
  !countOrDateAfter(next);

/** A place's short form (厦门, not 厦门市 or 某某镇): what a registered brand opening with 和 may follow; written in
 *  full, a place before 和 is a party of its own (厦门市和某某有限公司). */
export const isShortPlaceForm = (word: string | undefined): word is string =>
  word !== undefined && regionForms().has(word) && !/[省市县区州镇乡旗]$/.test(word);

/** A numeral between a place and a name's other words (滨江|三|青浦机场) opens a local name, not a count: a place
 *  comes before it and no measure word after it (滨江三大产业园, 苏州三家企业 are counts). */
const numeralOpensPlaceName = (word: string, before: string | undefined, next: string | undefined) =>
  /^[一二三四五六七八九十]$/u.test(word) &&
  before !== undefined &&
  regionForms().has(before) &&
  next !== undefined &&
  !countOrDateAfter(next) &&
  !MEASURE.test(next) &&
  !/^[个位名种类多余]/.test(next);

/** Parts of speech that end a name when they span two or more characters (破解, 根据, 以及, 全力). */
const STOP_TAGS = new Set(['v', 'vd', 'p', 'c', 'd', 'ad', 'r', 'm', 'q', 't', 'uj', 'ul', 'f', 'l', 'i']);

/** Locality words the segmenter tags like 以后/之间 but that name a place's part inside names (北部滨河廊道,
 *  两岸青年创业基地, 某某东西部协作产业园, 南方某某研究院). */
const PLACE_LOCALITY = /^(?:[东南西北中][部区]|东南|西南|东北|西北|两岸|东西部|南方|北方)$/;
/** A number of 里 the segmenter tags as a count, which opens place names (八里|街, 七里|岗, 三里|湾). */
const PLACE_DISTANCE = /^[一二三四五六七八九十]+里$/;
/** Words the segmenter tags as time or adverb that name a style, a zone or a product inside names (现代|服务业合作区,
 *  某市高新|投资集团, 某某锂电池正极|材料项目). */
const NAME_WORDS = /^(?:现代|当代|高新|正极|负极)$/;

export interface WalkOptions {
  /** Registered names (…有限公司) run long and contain verbs: stop only at punctuation and function words. */
  strong?: boolean;
  /** A project's head runs over the verbs of what it does (城东|安置|房, 生态|养殖|产业): stop only at words that
   *  introduce names. */
  verbs?: boolean;
  /** A facility's head runs over 及 or 与 between two content words (固废处置|及|资源化利用中心): the two things are
   *  done in one facility. */
  coordinated?: boolean;
  /** A department's head runs over 和 between two fields (林业|和|草原局, 农业农村|和|水利局): bureaus are named by
   *  the fields they join. */
  fieldsJoined?: boolean;
  /** A park's head runs over a verb or time word between a proper word and its trade (某某智能|穿戴|设备产业园,
   *  某某湖|夜间|经济集聚区): see verbInsideName. */
  innerVerbs?: boolean;
}

/** Parts of speech of a word before a verb inside a name: nouns, names, places and abbreviations. */
const NOUN_TAGS = new Set(['n', 'nr', 'nz', 'ns', 'nt', 'j']);
/** The state as a clause's subject (国家|赋予|某某新区): no name's proper word. */
const LEVEL_SUBJECT = /^(?:国家|中央|全国|政府)$/;
/** Parts of speech a verb inside a name may have: a verb or a time word (穿戴, 垂钓, 夜间). */
const INNER_TAGS = new Set(['v', 't']);

/** A verb or time word of two characters inside a park's name (某某智能|穿戴|设备产业园, 湖畔|垂钓|服务业集聚区,
 *  某市|夜间|消费科学城): a noun that no role or description is comes before it, a trade's noun after it, and the rest
 *  of the head does not open with a place or a level, which would make the verb the clause's (人深入|某某开发区,
 *  负责人进行|某某经济区, 国家赋予|某某新区). */
function verbInsideName(text: string, words: readonly string[], w: number, after: number): boolean {
  const word = words[w]!;
  const before = words[w - 1];
  if (word.length !== 2 || !INNER_TAGS.has(tagOf(word)) || STOP.has(word) || VISIT.has(word)) return false;
  if (before === undefined || before.length < 2 || !allNameChars(before) || !NOUN_TAGS.has(tagOf(before))) return false;
  if (STOP.has(before) || LEVEL_SUBJECT.test(before) || DESCRIPTIVE.longestAt(before, 0)?.end === before.length)
    return false;
  if (TITLE_TRIE.longestEndingAt(before, before.length, 8) !== undefined) return false;
  // …and a common noun of the trade follows it, not a proper name (领导出席|某某堂…产业园).
  const next = words[w + 1] ?? '';
  if (next.length < 2 || !['n', 'vn'].includes(tagOf(next))) return false;
  return regionTrie().longestAt(text, after) === undefined && QUALIFIERS.longestAt(text, after) === undefined;
}

/** True when words[w] is one of `coordinators` between two words a name may hold (处置|及|资源化). */
function joinsInsideName(words: readonly string[], w: number, coordinators: ReadonlySet<string>): boolean {
  const before = words[w - 1] ?? '';
  const after = words[w + 1] ?? '';
  return (
    coordinators.has(words[w]!) &&
    [before, after].every((word) => word.length >= 2 && allNameChars(word) && !STOP.has(word) && !NUMERIC.test(word))
  );
}

/** A post right before a joiner (常务理事|及|学术委员会): the joiner joins two posts' bodies, not a bureau's fields
 *  (规划|及|发展事务局). */
function postBefore(words: readonly string[], w: number): boolean {
  const before = words[w - 1] ?? '';
  return before !== '' && TITLE_TRIE.longestEndingAt(before, before.length, 8) !== undefined;
}

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

const VISIT = new Set(VISIT_VERBS);

function endsName(word: string, strong: boolean | undefined, verbs?: boolean): boolean {
  if (VISIT.has(word)) return true;
  if (verbs && ['v', 'vn'].includes(tagOf(word)) && !STOP.has(word)) return false;
  if (strong) return STOP.has(word) && (word.length === 1 || ['p', 'c'].includes(tagOf(word)));
  return (
    STOP.has(word) ||
    (word.length > 1 &&
      STOP_TAGS.has(tagOf(word)) &&
      !PLACE_LOCALITY.test(word) &&
      !NAME_WORDS.test(word) &&
      !PLACE_DISTANCE.test(word) &&
      !namesACity(word))
  );
}

const ADVERB_TAGS = new Set(['d', 'ad']);
/** A city's name, or a division's in full, that the segmenter tags as a word of another kind (包头/v|某某高新区,
 *  介休市/v): a place in the name. (A county's short form may be a common word: 振兴, 合作, 通道; but none it tags as
 *  an adverb is one: 大足/d|石刻研究院, 正定/d.) */
const namesACity = (word: string) =>
  regionForms()
    .get(word)
    ?.some((f) => f.region.level === 'city' || f.region.name === word || ADVERB_TAGS.has(tagOf(word))) === true;

/** True when an industry term opens at `at` and runs on past `end` (节能|环保 of 某某节能环保新材料基地): the verb
 *  the segmenter cut is the term's, which names what the works are for. */
function opensIndustryTerm(text: string, at: number, end: number): boolean {
  return (INDUSTRY_TRIE.longestAt(text, at)?.end ?? 0) > end;
}

/** The longest industry term the walk looks back for. */
const MAX_TERM = 8;

/** An industry term of more than one word that ends at `end` with words[w] (抽水|蓄|能), starting where one of the
 *  words does: that word's index and the term's start. */
function termEndingWith(
  text: string,
  words: readonly string[],
  w: number,
  end: number,
  from: number,
): { word: number; start: number } | undefined {
  const term = INDUSTRY_TRIE.longestEndingAt(text, end, Math.min(MAX_TERM, end - from));
  if (!term || term.start >= end - words[w]!.length) return undefined;
  let at = end - words[w]!.length;
  for (let v = w - 1; v >= 0; v--) {
    at -= words[v]!.length;
    if (at === term.start) return { word: v, start: at };
    if (at < term.start) return undefined;
  }
  return undefined;
}

/** A noun the segmenter reads from `start` to the name's end or past it (同程网 in 与|同程网): a word of the name. */
function opensWordOfName(text: string, start: number, end: number): boolean {
  const word = wordStartingAt(text, start);
  return word !== undefined && word.length > 1 && start + word.length >= end && tagOf(word).startsWith('n');
}

/** The start of the name whose suffix begins at `suffixStart` in `text` (never before `floor`). */
export function nameStart(text: string, suffixStart: number, floor = 0, options: WalkOptions = {}): number {
  const from = Math.max(floor, suffixStart - WINDOW);
  const words = segmentSlice(text, from, suffixStart);
  let start = suffixStart;
  let depth = 0; // inside parentheses while walking left
  for (let w = words.length - 1; w >= 0; w--) {
    const word = words[w]!;
    const first = w === words.length - 1;
    if (word === ')' || word === '）') {
      depth++;
    } else if (word === '(' || word === '（') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0) {
      if (!allNameChars(word)) break;
      if (NUMERIC.test(word) && !zeroTerm(word, words[w + 1]) && !numeralOpensBrand(word, words[w + 1])) {
        // Two digits the segmenter cut apart (三|一|集团) read as one brand.
        const pair = (words[w - 1] ?? '') + word;
        if (word.length === 1 && pair.length === 2 && numeralBrand(pair, words[w + 1])) {
          start -= 2;
          w--;
          continue;
        }
        if (
          !numeralBrand(word, words[w + 1]) &&
          !numberedUnit(word, words[w + 1], suffixStart - start, options.strong) &&
          !numeralOpensPlaceName(word, words[w - 1], words[w + 1])
        )
          break;
        start -= word.length;
        continue;
      }
      // A registered name's brand may open with 和 after its place's short form (厦门|和|鸣花卉科技有限公司): a place
      // and a firm joined by 和 would write the place in full (厦门市和某某有限公司).
      if (word === '和' && options.strong && !first && isShortPlaceForm(words[w - 1])) {
        start -= word.length;
        continue;
      }
      // The word just before the suffix belongs to the name even when it is a verb (服务中心, 投资公司).
      // …but never a particle or conjunction (较高知名度的|民宿群, 旅游资源和|景区).
      // …nor a verb coordinated inside the name (制备|与|储存一体化项目, 处置|及|资源化利用中心).
      const coordinated = COORDINATORS.has(words[w + 1] ?? '') && !STOP.has(word) && !VISIT.has(word);
      // …nor a preposition or conjunction (主任对于|产业园区, 以及|研究院), nor a one-character adverb or preposition
      // or verb that introduces names (是否会将|公司落户, 已在|公司任职, 张某到|集团公司调研).
      const functionWord =
        (word.length > 1 && ['p', 'c'].includes(tagOf(word))) ||
        (word.length === 1 && STOP.has(word) && ['d', 'p', 'v'].includes(tagOf(word)));
      if (options.innerVerbs && !first && verbInsideName(text, words, w, start)) {
        start -= word.length;
        continue;
      }
      if (
        (!first || JOINERS.has(word) || functionWord) &&
        !coordinated &&
        !(options.coordinated && !first && joinsInsideName(words, w, COORDINATORS)) &&
        !(
          options.fieldsJoined &&
          !first &&
          joinsInsideName(words, w, FIELD_JOINERS) &&
          !opensOwnBody(words[w + 1]!) &&
          !postBefore(words, w)
        ) &&
        endsName(word, options.strong, options.verbs) &&
        !opensIndustryTerm(text, start - word.length, start)
      ) {
        // …unless the word ends an industry term the segmenter cut (某县|抽水蓄|能|项目: 能 is no modal verb there):
        // the walk takes the term whole and goes on before it.
        const term = termEndingWith(text, words, w, start, from);
        if (term === undefined) break;
        start = term.start;
        w = term.word;
        continue;
      }
      // A conjunction before a place or a level word joins two parties, the second opening this name (某某兄弟|与|某县工业园区管理委员会).
      if (!first && PARTY_JOINERS.has(word) && opensOwnBody(words[w + 1] ?? '')) break;
      // A verb after an adverb's particle (更好地|发挥|产业园区) is the clause's, not the name's.
      if (first && words[w - 1] === ADVERB_PARTICLE && ['v', 'vn'].includes(tagOf(word))) break;
      // A count or a date ends a name: 3|个|园区, 6月30|日|南岭客运专线.
      if (w > 0 && NUMERIC.test(words[w - 1]!) && (tagOf(word) === 'q' || MEASURE.test(word) || DATE_UNIT.test(word)))
        break;
    }
    start -= word.length;
  }
  if (depth !== 0) return suffixStart; // unbalanced: no reliable name
  if (openingCharacterDropped(text, start, suffixStart, floor)) start--;
  else if (options.strong) start = placeOpeningBrand(text, start, suffixStart, floor) ?? start;
  // A verb of visiting never sits inside a name, even where the segmenter cut it apart (入|职).
  start = afterVisitVerb(text, start, suffixStart);
  // A name does not open with a conjunction or a parenthetical (与|昆沭…, 而|某市某中心, (江苏省)|宿迁市…).
  for (let changed = true; changed;) {
    changed = false;
    // (…nor is a conjunction alone a head: 某局与|产业园签署…; but a brand the segmenter reads whole from it is no
    // conjunction: 同程网.)
    if (
      /^[与和及同而]/.test(text.slice(start, suffixStart)) &&
      (suffixStart - start > 2 || suffixStart - start === 1) &&
      !opensWordOfName(text, start, suffixStart)
    ) {
      start++;
      changed = true;
    }
    // …nor with a middle dot: the names a dot joins are each their own (甲高新区·乙县·|乙经济开发区).
    if (text[start] === '·' && text.lastIndexOf('·', suffixStart - 1) >= start) {
      start = text.lastIndexOf('·', suffixStart - 1) + 1;
      changed = true;
    }
    // …nor a byline in brackets ((记者 王某 通讯员 李某)|某某日报): a bracket holding spaces or punctuation.
    const paren = /^[（(](?:[^（()）]{1,8}|[^（()）]*[^\p{Script=Han}A-Za-z0-9·（()）][^（()）]*)[）)]/u.exec(
      text.slice(start, suffixStart),
    );
    if (paren) {
      start += paren[0].length;
      changed = true;
    }
  }
  // …nor a dateline's byline inside it, where a run-on headline hid the lead (…被罚款某某报讯（记者王某）|某市药监局).
  const byline = BYLINE_INSIDE.exec(text.slice(start, suffixStart));
  if (byline) start += byline.index + byline[0].length;
  // …nor a photo's credit before a caption that opens with the name (新华社发(某某摄)|某某有限公司…).
  const credit = PHOTO_CREDIT.exec(text.slice(start, suffixStart));
  if (credit) start += credit.index + credit[0].length;
  return start;
}

/** Characters that open a clause before a name without being its first (，由|某公司承建, 、及|某某园区). */
const CLAUSE_OPENERS = new Set([
  ...'与和及同而在由从对向将把被为让使给经自据按以于至跟等是有又也还就才均皆各每该本其此这那并或且但如若即凡全共',
]);
/** Where a clause opens: the text's start or just after punctuation. */
const CLAUSE_BREAK = /[、，。；：！？,;:!?\s]/u;

/** True when the walk stopped one character after a clause's opening (、|和|合牧业有限公司, ，|九|芝堂股份有限公司):
 *  the character it read as a function word, a count or a verb has nothing in the clause to serve, so it is the name's. */
function openingCharacterDropped(text: string, start: number, suffixStart: number, floor: number): boolean {
  if (start - 1 < floor || start >= suffixStart) return false;
  const ch = text[start - 1]!;
  if (!/\p{Script=Han}/u.test(ch) || CLAUSE_OPENERS.has(ch)) return false;
  return start - 1 === 0 || CLAUSE_BREAK.test(text[start - 2]!);
}

/** Words that put a firm after a place rather than inside its name (某县|与|某某有限公司签约, 某市|在|…): those that open
 *  a clause, and particles; 至 and 和 may be a brand's (合肥|至|微, 瑞|和|钙业; 和 right after a place is below). */
const PLACE_THEN_PARTY = new Set([...CLAUSE_OPENERS, ...'的了着'].filter((ch) => ch !== '至' && ch !== '和'));
/** Where the longest place's name of two to six characters ending at `end` starts, not before `floor`. */
function placeEndingAt(text: string, end: number, floor: number): number | undefined {
  const place = regionTrie().longestEndingAt(text, end, 6);
  return place && place.start >= floor && place.end - place.start >= 2 ? place.start : undefined;
}

/** A registered name's place and brand cut off at a character of the brand the walk read as a function word or a
 *  count (合肥|至|微半导体有限公司, 北京|亿|华通科技…, 某县|泉|都|矿泉水开发有限责任公司): when a place's name ends
 *  at most three characters before that character, the name opens at the place (and at a province before it). */
function placeOpeningBrand(text: string, start: number, suffixStart: number, floor: number): number | undefined {
  if (start - 1 < floor || start >= suffixStart) return undefined;
  const at = start - 1;
  const ch = text[at]!;
  if (!/\p{Script=Han}/u.test(ch) || PLACE_THEN_PARTY.has(ch) || MEASURE.test(ch) || tagOf(ch) === 'q')
    return undefined;
  if (wordStartingAt(text, at) !== ch) return undefined;
  for (let gap = 0; gap <= 3; gap++) {
    const between = text.slice(at - gap, at);
    if (between.length < gap || !/^\p{Script=Han}*$/u.test(between) || NUMERIC.test(between)) return undefined;
    const place = placeEndingAt(text, at - gap, floor);
    if (place === undefined) continue;
    // 和 right after a place joins a party to it (苏州市|和|某某有限公司), and an adverb there is the clause's, the
    // place its subject (某县|正|加快…); nor is a brand made of the clause's adverbs or verbs (某县正在|…).
    if (gap === 0 && (ch === '和' || ADVERB_TAGS.has(tagOf(ch)))) return undefined;
    if (segmentSlice(text, at - gap, at).some((word) => STOP.has(word) || ADVERB_TAGS.has(tagOf(word))))
      return undefined;
    // …and at a province or city written before it (湖南|东安|…).
    let opening = place;
    for (
      let before = placeEndingAt(text, opening, floor);
      before !== undefined;
      before = placeEndingAt(text, opening, floor)
    )
      opening = before;
    return opening;
  }
  return undefined;
}

/** A byline in brackets after a dateline's 讯 or 电: where a name cannot run over. */
const BYLINE_INSIDE = /[讯电][（(][^（()）]*记者[^（()）]*[）)]/u;
/** A photo's credit in brackets (某某摄, 记者某某摄): where a name cannot run over. */
const PHOTO_CREDIT = /[（(][^（()）]{1,12}摄[）)]/u;

/** Just after the last verb of visiting that ends inside text[start, end) (陈列|着 when the walk stopped at 陈列),
 *  or `start` when none does. */
function afterVisitVerb(text: string, start: number, end: number): number {
  let after = start;
  // The last one written at or before end - verb.length (as lastIndexOf finds it), looked for back only to where it
  // would still end after `after`: searching the whole text before cost a scan per verb and candidate.
  for (const verb of VISIT_VERBS)
    for (let at = Math.max(0, end - verb.length); at >= Math.max(0, after - verb.length + 1); at--)
      if (text.startsWith(verb, at)) {
        after = at + verb.length;
        break;
      }
  return after;
}

/** Where a name that starts at `from` ends, walking right over words until a verb, time word or particle. */
export function nameEnd(text: string, from: number): number {
  let end = from;
  for (const [w, word] of segmentSlice(text, from, from + WINDOW).entries()) {
    if (w > 0 && (endsName(word, false) || NUMERIC.test(word))) break;
    if (!allNameChars(word)) break;
    end += word.length;
  }
  return end;
}

/** Strips leading words of a trie, longest first; `keepSome` leaves at least one character. */
function stripWith(words: Trie<true>, head: string, keepSome: boolean, wholeWords = false): string {
  let rest = head;
  for (;;) {
    const m = words.longestAt(rest, 0);
    if (!m || (keepSome && m.end >= rest.length)) return rest;
    if (wholeWords && !wordBoundaryAt(rest, m.end)) return rest;
    rest = rest.slice(m.end);
  }
}

/** Removes leading verbs, determiners and levels (获批|省级, 全市首个, 该) from a name's head; a stop word only where
 *  it is a word of its own (以|科技 but not 共享储能电站's 共). */
export function stripQualifiers(head: string): string {
  return stripWith(QUALIFIERS, stripLeadingStopWords(head), true);
}

/** Removes only the leading verbs and function words of a head (其中|某某有限公司), keeping its levels (省级|某某园):
 *  what is left is still a form of the name as written. */
export function stripLeadingStopWords(head: string): string {
  return stripWith(STOP_TRIE, head, true, true);
}

/** True when a name's head (the part before its suffix) says nothing specific. */
export function isGenericHead(head: string): boolean {
  if (/第[0-9一二三四五六七八九十百]/.test(head)) return true;
  // A place's full name is specific even when made of descriptive words (新|市|镇).
  if (
    regionForms()
      .get(head)
      ?.some((f) => !f.short)
  )
    return false;
  const rest = stripWith(DESCRIPTIVE, head, false);
  return rest.length === 0 || STOP.has(rest);
}
