// Regions from the gazetteer: full names anywhere, short forms (宿迁 for 宿迁市) where they are safe.
import {
  ONE_CHARACTER_FORMS,
  HOME_COUNTRY,
  regionByName,
  regionForms,
  regionWithin,
  type RegionEntry,
  type RegionForm,
} from '../lexicon/regions.ts';
import { tagOf, wordBoundaryAt, wordHolding, wordsWithStarts } from '../lexicon/segmenter.ts';
import { Trie, type TrieMatch } from '../lexicon/trie.ts';
import { bySentence, PRIORITY, type Candidate } from './candidate.ts';

let trie: Trie<RegionForm[]> | undefined;
let preferred: Map<RegionForm[], RegionForm> | undefined;

export function regionTrie(): Trie<RegionForm[]> {
  trie ??= new Trie(regionForms());
  return trie;
}

/** The longest place at `at` that is not the whole rest of the name nor a form of it: some zones are county-level
 *  areas of the gazetteer, and 江苏|宿迁经济技术开发区 opens with 宿迁, not with 宿迁经济技术开发(区). */
export function placeOpeningRest(name: string, at: number): TrieMatch<RegionForm[]> | undefined {
  const rest = regionTrie().longestAt(name, at);
  if (!rest || rest.end < name.length) return rest;
  const whole = new Set(rest.value.map((f) => f.region.name));
  let m = regionTrie().longestAt(name.slice(0, rest.end - 1), at);
  while (m && m.value.some((f) => whole.has(f.region.name))) m = regionTrie().longestAt(name.slice(0, m.end - 1), at);
  return m;
}

/** pickRegion, computed once per surface form. */
function preferredForm(forms: RegionForm[]): RegionForm {
  preferred ??= new Map();
  let form = preferred.get(forms);
  if (!form) preferred.set(forms, (form = pickRegion(forms)));
  return form;
}

/** The region a surface form stands for, preferring the larger division for ambiguous short forms. */
export function pickRegion(forms: RegionForm[]): RegionForm {
  const order = ['country', 'province', 'macro', 'city', 'county', 'town'];
  return [...forms].sort(
    (a, b) => Number(a.short) - Number(b.short) || order.indexOf(a.region.level) - order.indexOf(b.region.level),
  )[0]!;
}

/** The country named in a set phrase or concept is not a place mentioned (中国特色, 中国式现代化, 中国方案), nor as what
 *  people or firms are (中国人, 中国企业“走出去”). */
const COUNTRY_SET_PHRASE =
  /^(?:特色|式|梦|方案|智慧|故事|声音|经验|模式|道路|精神|力量|风格|气派|元素|制造|创造|智造|品牌|标准|人(?!民|大)|军人|企业|区(?!域))/;
/** Nor is it in 新中国, opening an event's name after its ordinal (第十二届中国创新创业大赛), or opening a title in
 *  quotes or book marks (“中国模具产业基地”, 《中华人民共和国监察法》) unless a zone's place follows in brackets
 *  (《中国（山东）自由贸易试验区总体方案》). */
const COUNTRY_SET_PREFIX = /(?:[新届]|数字|美丽|健康|平安|法治|幸福)$/;
const TITLE_OPENING = /[《“]$/;
/** …nor closing a slogan in quotes (“书香中国”, “美好中国”): the slogan's word, no place. */
const SLOGAN_BEFORE = /“[\p{Script=Han}]{1,4}$/u;
/** 发展中国家 (developing countries) holds no 中国. */
const inDevelopingCountries = (text: string, start: number, end: number) =>
  text.slice(Math.max(0, start - 2), start) === '发展' && text[end] === '家';

/** A continent or a country opening an event's name (亚洲杯, 亚洲沙滩排球锦标赛, 欧洲某某博览会) names the event, no
 *  place; the second party of a dashed pair keeps it (中国—东盟博览会 names 东盟). */
const EVENT_OPENED = /^(?:杯|[^，,。；;、的]{0,10}?(?:锦标赛|大赛|运动会|博览会|交易会|论坛|峰会))/;
const opensEventName = (text: string, start: number, end: number, forms: RegionForm[]) =>
  forms.some((f) => f.region.level === 'macro' || f.region.level === 'country') &&
  EVENT_OPENED.test(text.slice(end, end + 14)) &&
  !/[-－—–·]/.test(text[start - 1] ?? '');

/** Nor is any place named in a concept (义乌经验, 某县精神, 某市模式, 深圳速度: ONTOLOGY.md) or a time zone (北京时间). */
const CONCEPT_AFTER = /^(?:经验|精神|模式|速度|时间)/;

/** Places whose short form is also a word of the genre, by what follows it in that sense (年均日照|时数: sunshine). */
const COMMON_SENSES: ReadonlyMap<string, RegExp> = new Map([
  ['日照', /^(?:时|数|发电|充足|条件|资源|小时|强度|辐射|百分率)/],
]);
const inCommonSense = (text: string, start: number, end: number) =>
  COMMON_SENSES.get(text.slice(start, end))?.test(text.slice(end, end + 3)) ?? false;

/** A place word naming a street (南京路, 青海湖路) is no mention of the place. */
const STREET = /^湖?(?:路|街|大道|大街|巷)/;

/** Nor when it opens a body's, an award's, an event's or a paper's name (中国共产党, 中国科学院, 中国人民银行, 中国驰名商标,
 *  中国超级跑车锦标赛, 中国某某研究基金会, 中国某某联合会, 中国某某奖, 中国某某报客户端讯, 中国某某网). */
const COUNTRY_OPENS_NAME =
  /^(?:共产党|科学院|工程院|社会科学院|人民|驰名商标|质量奖|国家强制|政府网|科协|[^，,。；;、的]{0,10}?(?:锦标赛|大赛|博览会|交易会|论坛|峰会|基金会|联合会|协会|学会|研究会|委员会|银行|[^，,。；;、的]奖)|[^，,。；;、的\s]{1,6}?[报网](?:社|客户端|讯|记者|站|[^\p{Script=Han}]|$))/u;

/** Nor in a ranking (中国500强, 中国民营企业500强 beside 世界500强): a list of firms, no place. */
const RANKING_AFTER = /^(?:[^，,。；;、]{0,6}?企业)?[0-9]+强/;

const isSetPhraseCountry = (text: string, start: number, end: number) =>
  COUNTRY_SET_PHRASE.test(text.slice(end, end + 2)) ||
  RANKING_AFTER.test(text.slice(end, end + 12)) ||
  // (A scraped page may set the name's words apart by a space: 中国 驰名商标.)
  COUNTRY_OPENS_NAME.test(text.slice(end, end + 14).replace(/^[ \u3000]/, '')) ||
  COUNTRY_SET_PREFIX.test(text.slice(Math.max(0, start - 2), start)) ||
  (TITLE_OPENING.test(text.slice(Math.max(0, start - 1), start)) && !/[（(]/.test(text[end] ?? '')) ||
  (SLOGAN_BEFORE.test(text.slice(Math.max(0, start - 5), start)) && text[end] === '”') ||
  inDevelopingCountries(text, start, end);

/** The place in a name's brackets (中韩（盐城）产业园 → 盐城市), whatever its form: where the named thing is. */
export function bracketedRegion(name: string): { region: string; start: number; end: number } | undefined {
  const bracket = /[（(]([^（）()]{2,8})[）)]/.exec(name);
  const forms = bracket && regionForms().get(bracket[1]!);
  if (!forms) return undefined;
  const start = bracket.index + 1;
  return { region: pickRegion(forms).region.name, start, end: start + bracket[1]!.length };
}

/** A place in brackets written right at `at` (某某中心|（华南）, 某某集团|（吉林）|…): its region and the bracket's length. */
export function placeBracketAt(text: string, at: number): { region: string; length: number } | undefined {
  const bracket = bracketedRegion(text.slice(at, at + 10));
  return bracket?.start === 1 ? { region: bracket.region, length: bracket.end + 1 } : undefined;
}

/** Divisions whose names are also common words (阳泉市的城区, a town named 街道): never a place standing alone, by
 *  either of its forms. */
const COMMON_WORD_PLACES: ReadonlySet<string> = new Set(['城区', '新城区', '街道', '解放区', '郊区', '矿区']);

/** Districts named by a direction (攀枝花市东区) are also the parts of a park or a town (高新区南区, 开发区东区): a place
 *  only right after the city that holds it. */
const DIRECTION_DISTRICT = /^[东西南北中]区$/;
const partNotDistrict = (text: string, start: number, value: readonly RegionForm[]) =>
  DIRECTION_DISTRICT.test(value[0]!.region.name) &&
  !value.some(({ region: { parent } }) => {
    const before = text.slice(Math.max(0, start - 8), start);
    return !!parent && (before.endsWith(parent) || before.endsWith(parent.replace(/市$/, '')));
  });

/** 两岸 is the two sides of the Strait, but the banks of a river just named (湘江两岸, 汾河治理及两岸) or of one being
 *  built (两岸堤防) are no place. */
const RIVER_BEFORE = /[江河溪渠湖水][^，。；]{0,5}$/;
const riverBanks = (text: string, start: number, end: number) =>
  text.slice(start, end) === '两岸' &&
  (RIVER_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || text.startsWith('堤', end));

const NOT_A_NAME_TAGS = new Set(['v', 'a', 'd', 'p', 'c', 'ad', 'vd']);
function oneCharacterWord(text: string, start: number, end: number): boolean {
  return end - start === 2 && NOT_A_NAME_TAGS.has(tagOf(text[start]!));
}

/** A county of one conjunction and its level word (和县) after a word that is no place or preposition is the
 *  conjunction joining a body of the county (卫生院和|县卫生防疫站), not the county (安徽|和县, 在|和县 are). */
function joinedLevelWord(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || tagOf(text[start]!) !== 'c' || !/\p{Script=Han}/u.test(text[start - 1] ?? '')) return false;
  // (在|和县, 到|和县: a preposition of place leads to the county.)
  if (/[在到赴至于来去往从]/.test(text[start - 1]!)) return false;
  return regionTrie().longestEndingAt(text, start, 12)?.end !== start;
}

/** A township's name before 村 is the word 乡村 (发展|乡村, 振兴|乡村), not the township. */
const inRuralWord = (text: string, end: number) => text[end - 1] === '乡' && text[end] === '村';

/** A one-character place before its level word and 长 is a title: 代县长 (acting county head), 叶县长 (a county head
 *  named 叶), not 代县 or 叶县; that county's head is written 叶县县长. */
const headOfPlace = (text: string, start: number, end: number) =>
  end - start === 2 && /[县市区]/.test(text[end - 1]!) && text[end] === '长';

/** A short form that alone needs its full name is trusted right after a division that holds it: 浙江|海宁, 无锡|江阴
 *  (the way reports write a county by its province or city). */
function trustedAfterParent(candidates: Candidate[], forms: RegionForm[][]): Candidate[] {
  return candidates.map((c, i) => {
    const before = candidates[i - 1];
    if (!before || before.needsFull || before.end !== c.start) return c;
    // Of the divisions a form names, the one within the place before it (江苏|滨海 is 滨海县, not 天津's 滨海新区).
    const within = forms[i]!.find((f) => regionWithin(f.region.name, before.name));
    if (!within) return c;
    return { ...c, name: within.region.name, needsFull: false };
  });
}

/** Parts of speech of a word a short form or a two-character name may sit inside: a place, a body or another proper
 *  name (湖州青禾工业园区, 南京大学); inside any other word it is no place (推广|东 is no 广东, 黑山羊 no 黑山 the country,
 *  延安精神). */
const NAME_WORD_TAGS = new Set(['ns', 'nt', 'nz']);

/** Does a word of the sentence cross the start or the end of a short form, a word that is no name, or hold it as the
 *  tail of a longer place word? */
export function insideWord(text: string, start: number, end: number): boolean {
  const { words, starts } = wordsWithStarts(text);
  // A span that starts inside one word and ends inside another is no word's: 闽台|中医药 holds no 台中.
  let crossedStart = false;
  // Words ending at or before `start` neither cross the span nor hold it: begin at the word holding `start`.
  for (let i = wordHolding(starts, start); i < words.length && starts[i]! < end; i++) {
    const [from, to] = [starts[i]!, starts[i]! + words[i]!.length];
    const crosses = (from < start && start < to) || (from < end && end < to);
    if (crosses && !NAME_WORD_TAGS.has(tagOf(words[i]!))) return true;
    if (from < start && start < to && to < end) crossedStart = true;
    if (crossedStart && from > start && from < end && end < to) return true;
    // The tail of a longer place word is no place of its own: 川沙县 holds no 沙县, 沿海地区 no 海地 (上海|浦东 is two).
    const tail = from < start && start < to && end <= to && tagOf(words[i]!) === 'ns';
    if (tail && !regionForms().has(text.slice(from, start))) return true;
  }
  return false;
}

/** Does a word that is no name cross a full name's start (亚运|城市 holds no 运城市)? */
function crossedAtStart(text: string, start: number): boolean {
  const { words, starts } = wordsWithStarts(text);
  const i = wordHolding(starts, start);
  const [from, word] = [starts[i]!, words[i]!];
  return from < start && start < from + word.length && !NAME_WORD_TAGS.has(tagOf(word));
}

/** The kinds of area a macro-region's full name ends with. */
const MACRO_AREA = /^(?:经济圈|经济带|城市群|都市圈)/;
/** The kinds of area a city's metropolitan area is named with (某市|都市圈, 某市|城市圈). */
const CITY_AREA = /^(?:都市圈|城市圈|经济圈)/;

/** The 国 of a country's full name (蒙古国), or the 市 of a city abroad (乌兰巴托市), written after the gazetteer's
 *  name: not the 国 of 国际 or 国内. */
function writtenAbroadInFull(region: RegionEntry, after: string): string | undefined {
  const abroad = region.level === 'country' && region.name !== HOME_COUNTRY;
  if (abroad && after[0] === '国' && !region.name.endsWith('国') && !/^国[际内家民企有]/.test(after)) return '国';
  const cityAbroad = region.level === 'city' && region.parent !== undefined && region.parent !== HOME_COUNTRY;
  return cityAbroad && regionByName(region.parent!)?.level === 'country' && after[0] === '市' ? '市' : undefined;
}

/** A place form whose end falls inside a longer place word the sentence's words read from inside it (园区|内|江苏:
 *  no 内江 there). */
function runsIntoPlaceWord(text: string, start: number, end: number): boolean {
  // (A short form of two characters, the only kind met so: a longer form ends where its division word does.)
  if (end - start !== 2 || wordBoundaryAt(text, end)) return false;
  for (let at = start + 1; at < end; at++) {
    const next = wordBoundaryAt(text, at) ? regionTrie().longestAt(text, at) : undefined;
    // (…a place word that stands alone: 江苏, not a county's short form such as 南岳.)
    const alone = next?.value.some((f) => !f.shortNeedsFull);
    if (next && alone && next.end > end && wordBoundaryAt(text, next.end)) return true;
  }
  return false;
}

export function recognizeRegions(text: string, sentence: number): Candidate[] {
  const matches = regionTrie()
    .findAllRemembered(text)
    .filter(({ start, end }) => !runsIntoPlaceWord(text, start, end))
    .filter(({ end }) => !STREET.test(text.slice(end, end + 3)))
    .filter(({ start, end }) => !inCommonSense(text, start, end))
    // Nor by its short form (解放 of 解放军).
    .filter(({ value }) => !value.some((f) => COMMON_WORD_PLACES.has(f.region.name)))
    .filter(({ start, end }) => !riverBanks(text, start, end) && !inRuralWord(text, end))
    .filter(({ start, value }) => !partNotDistrict(text, start, value))
    .filter(({ start, end }) => !headOfPlace(text, start, end) && !CONCEPT_AFTER.test(text.slice(end, end + 2)))
    .filter(({ start, end, value }) => value[0]?.region.name !== HOME_COUNTRY || !isSetPhraseCountry(text, start, end))
    .filter(({ start, end, value }) => !opensEventName(text, start, end, value))
    .filter(({ start, end, value }) =>
      !preferredForm(value).short && end - start > 2 ? !crossedAtStart(text, start) : !insideWord(text, start, end),
    )
    // A town's full name is often a run of ordinary characters too (高于|城镇居民: 于城镇): its first character must
    // start a word (a word may cross its end: 某某镇上|某村).
    .filter(({ start, value }) => preferredForm(value).region.level !== 'town' || wordBoundaryAt(text, start))
    // …and a town of one character and its 镇 or 乡 is a word where that character is a verb or a quality (临|镇的,
    // 新|镇区), not a name (马|镇).
    .filter(
      ({ start, end, value }) => preferredForm(value).region.level !== 'town' || !oneCharacterWord(text, start, end),
    )
    .filter(({ start, end }) => !joinedLevelWord(text, start, end));
  const metropolitanCities: Candidate[] = [];
  const candidates = matches.map(({ start, end, value }) => {
    const form = preferredForm(value);
    const candidate = {
      kind: 'Region' as const,
      name: form.region.name,
      sentence,
      start,
      end,
      priority: form.short ? PRIORITY.regionShort : PRIORITY.region,
      needsFull: form.shortNeedsFull,
    };
    // A macro-region named with its kind of area is named so in full (环渤海|经济圈, 长三角|城市群), and so is a
    // country or a city abroad written with its 国 or 市 (蒙古|国, 乌兰巴托|市).
    const area =
      form.region.level === 'macro'
        ? MACRO_AREA.exec(text.slice(end, end + 3))?.[0]
        : writtenAbroadInFull(form.region, text.slice(end, end + 2));
    // A city's metropolitan area (某市|都市圈) is a macro-region of its own, named in full; the city is named in it.
    const metropolis = form.region.level === 'city' ? CITY_AREA.exec(text.slice(end, end + 3))?.[0] : undefined;
    if (metropolis) {
      metropolitanCities.push({ ...candidate, nested: true });
      return {
        ...candidate,
        name: text.slice(start, end) + metropolis,
        end: end + metropolis.length,
        needsFull: undefined,
      };
    }
    return area
      ? {
          ...candidate,
          name: text.slice(start, end) + area,
          end: end + area.length,
          priority: PRIORITY.region,
          needsFull: undefined,
        }
      : candidate;
  });
  return [
    ...trustedAfterParent(
      candidates,
      matches.map((m) => m.value),
    ),
    ...provincesByOneCharacter(text, sentence),
    ...metropolitanCities,
  ];
}

/** A province written by its one character where someone comes to it or is in it (来陕考察, 在黔的工作, 在浙销售): that
 *  province. Characters that are common words too (新, 青, 宁, 甘, 吉, 黑, 港) are left to the policy names that join them. */
const ONE_CHARACTER_PLACE =
  /(?<=[来在赴入回驻返])([京津冀沪渝苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇藏陕蒙辽晋])(?=来|考察|调研|交流|工作|投资|兴业|创业|就业|务工|落户|发展|期间|的|销售|参观|访问)/gu;
function provincesByOneCharacter(text: string, sentence: number): Candidate[] {
  return [...text.matchAll(ONE_CHARACTER_PLACE)].map((m) => ({
    kind: 'Region' as const,
    name: ONE_CHARACTER_FORMS.get(m[1]!)!,
    sentence,
    start: m.index,
    end: m.index + 1,
    priority: PRIORITY.regionShort,
  }));
}

/** The counties and districts written by a short form that alone needs its full name (元朗 for 元朗区, 江阴) in a
 *  report that names the division holding them (香港, 无锡市): the report is about that division, so the short form
 *  is its district there. */
export function countiesOfNamedDivisions(
  candidates: readonly Candidate[],
  texts: readonly string[],
  full: ReadonlySet<string>,
): string[] {
  // The divisions the report names: by their full names, or by a form that stands for them alone.
  const named = new Set([
    ...full,
    ...[...full].flatMap((r) =>
      (regionForms().get(r) ?? []).filter((f) => !f.shortNeedsFull).map((f) => f.region.name),
    ),
  ]);
  return candidates.flatMap((c) => {
    const entry = c.kind === 'Region' && c.needsFull ? regionByName(c.name) : undefined;
    if (entry?.level !== 'county' || !entry.parent || !named.has(heldBy(entry.parent))) return [];
    // A short form that is a common word (资源, 合作) names no place, nor one that names a bay or a sight (象山|港,
    // 胶州|湾, 蓬莱|阁, 云冈|石窟) or is a lake's (巢湖), nor one a division word follows: that is another division's
    // full name (龙南|县, now 龙南市).
    const surface = texts[c.sentence]!.slice(c.start, c.end);
    const tag = tagOf(surface);
    const common = tag !== 'x' && !PROPER_TAGS.has(tag);
    const feature = FEATURE_AFTER.test(texts[c.sentence]!.slice(c.end, c.end + 2)) || surface.endsWith('湖');
    return common || feature ? [] : [c.name];
  });
}

/** The division that holds a county: its city, or the province for a county the province governs directly (the
 *  gazetteer's 某省-省直辖县级行政区划 is no place a report names). */
function heldBy(parent: string): string {
  return DIRECTLY_GOVERNED.test(parent) ? (regionByName(parent)?.parent ?? parent) : parent;
}
const DIRECTLY_GOVERNED = /直辖县级行政区划$/;

/** Parts of speech of a proper name: a place's, a person's (蓬莱, 容城 are tagged so), another proper noun's. */
const PROPER_TAGS = new Set(['ns', 'nr', 'nrt', 'nz']);
/** A bay, a port, a lake or a sight a place's name is given to, or a division's word. */
const FEATURE_AFTER = /^(?:[港湾阁岛湖河峡县市区镇乡]|石窟)/;

/** What joins the places of a list or a route (太原、大同; 郑州和开封; 哈尔滨至黑河). */
const PLACE_JOINER = /^[、和与及至—–-]$/u;

/** The short forms that alone need their full name (大同, 开封, 上高: common words elsewhere) written as an item of a list
 *  or an end of a route beside a place of the same division the report names (太原、大同等地; 郑州、开封主城区), or beside
 *  one so accepted (上高、奉新、樟树): a common word is no item among its division's places. */
export function placesListedWithPlaces(
  candidates: readonly Candidate[],
  texts: readonly string[],
  full: ReadonlySet<string>,
): string[] {
  const accepted = new Set<string>();
  const solid = (c: Candidate) => !c.placeWordOnly && (!c.needsFull || full.has(c.name) || accepted.has(c.name));
  const parentOf = (c: Candidate) => {
    const parent = regionByName(c.name)?.parent;
    return parent && heldBy(parent);
  };
  const regions = candidates.filter((c) => c.kind === 'Region' && parentOf(c));
  // Only regions of one sentence can stand beside each other.
  const inSentence = bySentence(regions);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of regions) {
      if (!c.needsFull || solid(c)) continue;
      const text = texts[c.sentence]!;
      const beside = inSentence
        .get(c.sentence)!
        .some(
          (other) =>
            other.name !== c.name &&
            solid(other) &&
            parentOf(other) === parentOf(c) &&
            ((other.end === c.start - 1 && PLACE_JOINER.test(text[other.end]!)) ||
              (other.start === c.end + 1 && PLACE_JOINER.test(text[c.end]!))),
        );
      if (beside) {
        accepted.add(c.name);
        grew = true;
      }
    }
  }
  return [...accepted];
}

/** The cities that hold a county the report names in full: naming 某县 in full names its city too, so the city's short
 *  form (通化, 大庆: common words elsewhere) is the place there. */
export function citiesHoldingCounties(full: ReadonlySet<string>): string[] {
  return [...full].flatMap((name) => {
    const entry = regionByName(name);
    const parent = entry?.level === 'county' && entry.parent ? regionByName(entry.parent) : undefined;
    return parent?.level === 'city' ? [parent.name] : [];
  });
}
