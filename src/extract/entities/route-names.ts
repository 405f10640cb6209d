// Routes named by the short forms of the places they join (京九铁路, 甲乙高铁, 甲乙丙高速, 甲乙一级公路): one
// character of each place before the route word; roads and metro lines named by their number (218国道, 地铁3号线);
// and the stations and train services named by places (甲市东站, 乙县站, 甲乙班列). The suffix rule reads routes
// written with their ends (甲市至乙县高速公路) and full words (…高速公路); these short names have no head it would take.
import { segment, tagOf, wordBoundaryAt, wordHolding, wordsWithStarts } from '../lexicon/segmenter.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import { regionTrie } from './regions.ts';
import { looksProper } from './suffix-table.ts';

/** The route words a short name ends with; with the numbered roads' (218国道), the recognizer's trigger words. */
const SHORT_NAMED_ROUTES = ['高铁', '高速', '铁路', '一级公路', '二级公路'];
const NUMBERED_ROUTES = ['国道', '省道'];
/** A station's word (甲市|东站, 乙县|站) and a train service's (甲乙|班列), each after the place it is named by. */
const STATION_WORDS = new Set(['站', '东站', '西站', '南站', '北站']);
const TRAIN_SERVICE = '班列';
/** A port's word, after the place it is named by (甲市|港). */
const PORT_WORD = '港';
export const ROUTE_WORDS: readonly string[] = [
  ...SHORT_NAMED_ROUTES,
  ...NUMBERED_ROUTES,
  '站',
  PORT_WORD,
  TRAIN_SERVICE,
  '联运',
  '号线',
  '路',
  '大道',
  '大街',
];
const ROUTE = new RegExp(`(?:${SHORT_NAMED_ROUTES.join('|')})`, 'gu');
/** A national or provincial road named by its number (218国道, G318国道); not the belt of industry along it
 *  (104国道|产业带), which names a zone. */
const NUMBERED_ROUTE = new RegExp(
  `(?<![0-9A-Za-z])[GS]?[0-9]{3}(?:${NUMBERED_ROUTES.join('|')})(?!产业|经济|沿线|发展)`,
  'gu',
);
/** A metro line named by its number (地铁3号线, 轨道交通6号线). */
const NUMBERED_LINE = /(?:地铁|轨道交通|轨道|轻轨|城轨)[0-9一二三四五六七八九十]{1,3}号线/gu;

/** Characters that make a short head a common word or a count, not places' short forms (市域, 普速, 两条, 全省). */
const NOT_A_PLACE_CHAR =
  /[市省县区镇乡村城全各本新老高普速快慢重轻货客两一二三四五六七八九十多条段线路国地环沿跨主干支专]/u;
/** Tags of a one-word head the segmenter knows as an abbreviation or a name (京沪/j, 京九/nz, 阳信/nr). */
const SHORT_NAME_TAGS = new Set(['j', 'nz', 'nr']);
/** Words after which a name starts (建成|甲乙高铁, 东至|甲乙高速): verbs of building and running routes. */
const BEFORE_NAME =
  /(?:建成|开通|通车|推进|加快|开工|启动|完成|新建|建设|续建|实施|推动|谋划|贯通|打通|规划|连接|连通|衔接|紧邻|毗邻|临近|靠近|邻近|途经|贯穿|东至|西至|南至|北至|经|沿|和|及|与)$/u;
/** What may follow the name: a mark, a list word, what happened to the route, a part or a place on it (甲乙高速|某某
 *  出口, 甲乙高速|终点, 甲乙高速|沿线), or how it runs (甲乙高速|分别从北边…, 与甲乙高速|相接). */
const AFTER_NAME =
  /^(?:[^\p{Script=Han}]|[等和及与在将已于为是的]|建成|全线|通车|开通|正式|顺利|项目|工程|二期|扩建|改扩建|开工|建设|施工|前期|加快|加速|获批|动工|投运|分别|终点|起点|相接|相连|沿线|出口|入口|互通|收费站|服务区)/u;
/** A line of a corridor named after the places' short forms (甲乙|中线|高铁): its direction is part of the name. */
const LINE_OF_CORRIDOR = /[东西南北中]线$/u;

/** True when `head` reads as places' short forms: single characters the segmenter cannot join, none a common word's
 *  (广/湛, 增/天), or one word it knows as an abbreviation or a name (京九). */
function placesShortForms(head: string): boolean {
  const words = segment(head);
  if (words.length === 1) return SHORT_NAME_TAGS.has(tagOf(words[0]!));
  return words.every((w) => w.length === 1) && !NOT_A_PLACE_CHAR.test(head);
}

/** True when a name may start at `start`: after a mark, a verb of building, or a place (广东|甲乙高铁). */
function startsName(text: string, start: number): boolean {
  if (start === 0 || !/\p{Script=Han}/u.test(text[start - 1]!)) return true;
  const before = text.slice(0, start);
  if (BEFORE_NAME.test(before) || afterVerbWord(text, start)) return true;
  const place = regionTrie().longestEndingAt(text, start, 12);
  return !!place && place.end === start;
}

/** True when the word written right before `start` is a verb or a preposition (起于|甲乙高速, 做好|甲乙高速, 力促|甲乙
 *  高速): the name is its object. */
function afterVerbWord(text: string, start: number): boolean {
  if (!wordBoundaryAt(text, start)) return false;
  const word = segment(text.slice(Math.max(0, start - 6), start)).at(-1) ?? '';
  return ['v', 'p'].includes(tagOf(word));
}

/** True for a train service's name (甲乙班列, 甲乙班列（某某号）), which runs between places and lies in none. */
export function isTrainService(name: string): boolean {
  return /班列(?:[(（][^)）]*[)）])?$/u.test(name);
}

/** What may follow a station's name: a mark, a list word, 至/到, or what happened to it; not a verb 站 opens (站在, 站上). */
const AFTER_STATION =
  /^(?:$|[^\p{Script=Han}]|[等和及与至到将已于为是的]|建成|开通|投用|启用|投入|正式|改造|扩建|站房)/u;
/** The longest head of a train service (two or three places' short forms: 甲|欧, 甲乙, 甲乙丙); a longer run holds
 *  a place before the name (甲省|甲乙班列). */
const SERVICE_HEAD_MAX = 3;
/** Tags of the words of a train service's head: places and their abbreviations (闽/j). */
const SERVICE_HEAD_TAGS = new Set(['ns', 'j']);
/** A train service's brand in brackets (甲乙班列（某某号）) is part of its name. */
const SERVICE_BRAND = /^[(（][\p{Script=Han}]{1,4}号[)）]/u;

/** Levels of places no station is named by: 中国站 is a stop of a tour, 甲省站 a newspaper's provincial office. */
const NO_STATION_LEVELS = new Set(['country', 'macro', 'province']);

/** True when the segmenter's word names a place a station is named by: one it tags as a place, or one of the
 *  gazetteer's (林芝 is tagged a name), not of a level no station is named by. */
function namesAStationPlace(word: string): boolean {
  const region = regionTrie().longestAt(word, 0);
  if (region && region.end === word.length) return region.value.some((f) => !NO_STATION_LEVELS.has(f.region.level));
  return tagOf(word) === 'ns';
}

/** A station named by its place's direction (东站, 西站): 站 is no verb there, so whatever follows it (从甲市西站|出发),
 *  and a province-level city names one too (甲市西站 of a municipality). */
const DIRECTION_STATION = /^[东西南北]站$/u;
/** …written as one word with its place (甲市西站/ns), or with 高铁 between them (甲市|高铁|东站). */
const PLACE_DIRECTION_STATION = /^(\p{Script=Han}{2,})[东西南北]站$/u;
const HIGH_SPEED_RAIL = '高铁';
/** Levels of the places a station with a direction is named by: a city or county, a municipality (甲市西站); the
 *  gazetteer's towns include common words (街道). */
const DIRECTION_STATION_LEVELS = new Set(['province', 'city', 'county']);

/** True when `word` names the place of a station with a direction: a city or county of the gazetteer, whole, or a
 *  place the segmenter knows that the gazetteer does not (某某港/ns). */
function namesADirectionStationPlace(word: string): boolean {
  const region = regionTrie().longestAt(word, 0);
  if (region && region.end === word.length)
    return region.value.some((f) => DIRECTION_STATION_LEVELS.has(f.region.level));
  return tagOf(word) === 'ns';
}

/** Where a station named by its place and a direction starts, when the word at `i` ends one (甲市|东站,
 *  甲市|高铁|西站, 甲市西站). */
function directionStationStart(words: readonly string[], starts: readonly number[], i: number): number | undefined {
  const word = words[i]!;
  const place = PLACE_DIRECTION_STATION.exec(word)?.[1];
  if (place) return namesADirectionStationPlace(place) ? starts[i] : undefined;
  if (!DIRECTION_STATION.test(word)) return undefined;
  const at = i > 1 && words[i - 1] === HIGH_SPEED_RAIL ? i - 2 : i - 1;
  return namesADirectionStationPlace(words[at]!) ? starts[at] : undefined;
}

/** Stations (甲市东站, 丙山站) and train services (甲乙班列, 甲欧班列) named by the place words before them. */
function recognizePlaceNamedServices(text: string, sentence: number, out: Candidate[]): void {
  const { words, starts } = wordsWithStarts(text);
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    const end = starts[i]! + word.length;
    const directionStart = directionStationStart(words, starts, i);
    if (directionStart !== undefined && directionStart < starts[i - 1]!) {
      out.push(candidateAt('Project', text, sentence, directionStart, end, PRIORITY.suffixName));
    } else if (directionStart !== undefined || STATION_WORDS.has(word)) {
      if (directionStart === undefined && (!namesAStationPlace(words[i - 1]!) || !AFTER_STATION.test(text.slice(end))))
        continue;
      const place = directionStart === starts[i] ? i : i - 1;
      // A station named with its line (甲乙高铁|丙站) is named so in full.
      const line =
        place > 1 && SHORT_NAMED_ROUTES.includes(words[place - 1]!)
          ? shortRouteNameStart(text, starts[place - 1]!)
          : undefined;
      out.push(candidateAt('Project', text, sentence, line ?? starts[place]!, end, PRIORITY.suffixName));
    } else if (word === TRAIN_SERVICE) {
      const placeForm = (w: number) => SERVICE_HEAD_TAGS.has(tagOf(words[w]!));
      let first = i;
      while (first > 0 && placeForm(first - 1) && starts[i]! - starts[first - 1]! <= SERVICE_HEAD_MAX) first--;
      if (first === i || (first > 0 && placeForm(first - 1))) continue;
      const brand = SERVICE_BRAND.exec(text.slice(end))?.[0].length ?? 0;
      out.push(candidateAt('Project', text, sentence, starts[first]!, end + brand, PRIORITY.suffixName));
    }
  }
}

/** A combined-transport service's word: its modes, maybe its region served, then 班列 or 专列 (铁海联运班列, 国际多式
 *  联运班列, 陆海多式联运南亚班列). Without a head before it, it names a kind of service, not one. */
const COMBINED_SERVICE =
  /(?:国际)?(?:双循环)?(?:铁海|海铁|公铁|海公铁|陆海|江海|铁水)?(?:多式)?联运(?:[东西南北中]亚)?(?:班列|专列)/gu;
/** The head of a combined service: the quoted route it runs (“甲—乙”), the corridor it runs in (某某通道), or the
 *  places' short forms (甲乙丙). */
const QUOTED_ROUTE = /“[^“”，,。；;]{2,24}”$/u;
const ROUTE_IN_QUOTES = /\p{Script=Han}[—\-－–]\p{Script=Han}/u;
const CORRIDOR = /\p{Script=Han}{2,6}通道$/u;
const SERVICE_SHORT_HEAD_MAX = 4;

/** Whether a service's name may start at `start`: at a word's start, after a mark, a date, a verb's word (开行|某某通道)
 *  or where a route's name may. */
function serviceNameStarts(text: string, start: number): boolean {
  // (A date's unit is no name's first character: 2023年|某某通道.)
  if (!wordBoundaryAt(text, start) || /[年月日]/u.test(text[start]!)) return false;
  if (start === 0 || !/\p{Script=Han}/u.test(text[start - 1]!)) return true;
  const { words, starts } = wordsWithStarts(text);
  const before = words[wordHolding(starts, start - 1)]!;
  return tagOf(before) === 'v' || /[年月日]$/u.test(before) || startsName(text, start);
}

/** Where a corridor's name ending at `end` starts (某某通道|公铁联运班列): the longest that may start a name. */
function corridorStart(text: string, end: number): number | undefined {
  const corridor = CORRIDOR.exec(text.slice(0, end));
  if (!corridor) return undefined;
  for (let start = corridor.index; start <= end - 4; start++) if (serviceNameStarts(text, start)) return start;
  return undefined;
}

/** Levels of the places a port is named by: a city or county, a municipality, a gulf (甲湾|港); not a country. */
const PORT_PLACE_LEVELS = new Set(['province', 'city', 'county', 'macro']);
/** What after 港 makes it part of a longer word: an area or a zone of the port (港区, 港域, 港片区, 港经济区), its company
 *  (港集团, 港股份), 港口, or 港 as Hong Kong (港澳, 港企). */
const PORT_WORD_GOES_ON = /^[区域片口务澳湾城集股码航站台企人商产经物保铁]/u;

/** The place a port is named by, ending at `end`: a city, county, municipality or gulf of the gazetteer, of two
 *  characters or more, with the city written before it when the port joins two (甲市乙市|港). */
function portPlaceStart(text: string, end: number): number | undefined {
  const place = regionTrie().longestEndingAt(text, end, 8);
  if (!place || place.end - place.start < 2 || !place.value.some((f) => PORT_PLACE_LEVELS.has(f.region.level)))
    return undefined;
  const before = regionTrie().longestEndingAt(text, place.start, 8);
  const twoCities = [before, place].every((p) => p?.value.some((f) => f.region.level === 'city'));
  return twoCities ? before!.start : place.start;
}

/** True for a port's name that is its place and 港 alone (甲市港, 甲市乙市港): a port parks lie by, in none of them. */
export function isPlaceNamedPort(name: string): boolean {
  return name.endsWith(PORT_WORD) && portPlaceStart(name, name.length - 1) === 0;
}

/** Ports named by their place (甲市港, 甲市乙市港): a facility, not the place; not a place whose own name ends in 港
 *  (甲城港市 is a city), nor a longer word 港 opens (甲市港区, 甲市港集团). */
function recognizePorts(text: string, sentence: number, out: Candidate[]): void {
  for (let at = text.indexOf(PORT_WORD); at >= 0; at = text.indexOf(PORT_WORD, at + 1)) {
    const end = at + 1;
    if (PORT_WORD_GOES_ON.test(text.slice(end))) continue;
    const start = portPlaceStart(text, at);
    if (start === undefined || (regionTrie().longestAt(text, start)?.end ?? 0) > at) continue;
    out.push(candidateAt('Project', text, sentence, start, end, PRIORITY.suffixName));
  }
}

/** Combined-transport services named by their route, corridor or places (“甲—乙”铁海联运班列, 某某通道公铁联运班列,
 *  甲乙丙国际多式联运班列). */
function recognizeCombinedServices(text: string, sentence: number, out: Candidate[]): void {
  for (const m of text.matchAll(COMBINED_SERVICE)) {
    const end = m.index + m[0].length;
    const before = text.slice(0, m.index);
    const quoted = QUOTED_ROUTE.exec(before);
    // A quoted slogan (“量身定制”) is no route: the quote holds places or a dash between two.
    if (quoted && !ROUTE_IN_QUOTES.test(quoted[0]) && !placesShortForms(quoted[0].slice(1, -1))) continue;
    let start = quoted ? quoted.index : corridorStart(text, m.index);
    for (let length = SERVICE_SHORT_HEAD_MAX; start === undefined && length >= 2; length--) {
      const at = m.index - length;
      const head = text.slice(Math.max(0, at), m.index);
      if (at >= 0 && /^\p{Script=Han}+$/u.test(head) && placesShortForms(head) && serviceNameStarts(text, at))
        start = at;
    }
    if (start !== undefined) out.push(candidateAt('Project', text, sentence, start, end, PRIORITY.suffixName));
  }
}

/** Where the short name of a route whose word (高铁, 铁路 …) starts at `at` begins (甲乙|高铁), or undefined when the
 *  characters before it are no places' short forms. */
function shortRouteNameStart(text: string, at: number): number | undefined {
  const line = LINE_OF_CORRIDOR.test(text.slice(0, at)) ? 2 : 0;
  for (const length of [2, 3]) {
    const start = at - line - length;
    const head = text.slice(Math.max(0, start), at - line);
    if (start < 0 || !/^\p{Script=Han}+$/u.test(head)) return undefined;
    if (placesShortForms(head) && startsName(text, start))
      return start - (ROAD_CODE.exec(text.slice(0, start))?.[0].length ?? 0);
  }
  return undefined;
}

/** A national or provincial expressway's code written before its name (G6|甲乙高速): part of the name. */
const ROAD_CODE = /(?<![0-9A-Za-z])[GS][0-9]{1,4}$/u;

/** A street's name: a head of two to four characters, a direction or number, then its word (青石路, 岚湾东二路, 华辰大道,
 *  某某园区12号路). */
const STREET =
  /(\p{Script=Han}{2,4}?)([东西南北中]?(?:[一二三四五六七八九十]|[0-9]{1,3}号)?(?:路|大道|大街))(?=[^\p{Script=Han}]|[、和及与等至全主旧县北南东西一二三竣开建通改贯修整拓征铺新翻提延]|$)/gu;
/** The last character of a head that makes 路 a common word's (道路, 思路, 一带一路, 之路, 出路, 线路, 新路). */
const COMMON_BEFORE_ROAD = /[道公铁线网出思之一丝新老水陆航门活后前心正邪歧马来去归同走上下进生财销]$/u;

/** Whether a name ending in 路 is a common word's (新思路, 发展之路), no street or works. */
export function commonRoadWord(name: string): boolean {
  return name.endsWith('路') && COMMON_BEFORE_ROAD.test(name.slice(0, -1));
}
/** The word a street's name ends with. */
const STREET_WORD = /(?:路|大道|大街)$/u;
/** A preposition a clause may write right before a street (对|保沧路进行铺装). */
const FUNCTION_CHAR = /[对在从向把将与和为及由被给于]/u;
/** Words that make a street's head a kind of road, not one (四好农村路, 城市道路, 乡村路). */
const COMMON_STREET_HEAD = /农村|城市|乡村|城乡|产业|发展|[一二三四五六七八九十]好/u;
/** What a clause does to a street it names: builds, opens or mends it. */
const STREET_WORKS =
  /通车|贯通|建成|建设|改造|修复|整治|开工|竣工|翻新|铺装|拓宽|征拆|修建|新建|改建|提升|延伸|打通|断头路|主干道/;
/** What may stand right before a street's name: a mark, a list word, a verb of building. */
const BEFORE_STREET =
  /(?:^|[^\p{Script=Han}]|[、和及与]|完成了?|实施了?|打通|推进|加快|开工|建成|启动|协调解决|有|沿)$/u;

/** Streets a clause builds or mends, or lists with others (完成了青石路、纬三路一期道路建设, 打通华辰路等11条断头路). */
function recognizeStreets(text: string, sentence: number, out: Candidate[]): void {
  for (const m of text.matchAll(STREET)) {
    const [whole, head] = m as unknown as [string, string];
    // The head starts after the last mark, list word or verb of building it holds (完成了|向阳路, 打通|荷康路).
    let start: number | undefined;
    for (let s = m.index + head.length - 2; s >= m.index && start === undefined; s--)
      if (BEFORE_STREET.test(text.slice(0, s))) start = s;
    if (start === undefined) continue;
    const end = m.index + whole.length;
    const headOf = (from: number) => text.slice(from, end).replace(STREET_WORD, '');
    // (…not at a preposition before it: 对|保沧路; 向阳路 keeps its 向, no head of one character.)
    if (FUNCTION_CHAR.test(text[start]!) && headOf(start + 1).length >= 2) start++;
    const street = headOf(start);
    if (COMMON_BEFORE_ROAD.test(street) || COMMON_STREET_HEAD.test(street) || !looksProper(street)) continue;
    // A verb inside the head says the walk ran into the clause (强化|楼明路).
    if (segment(street).some((word) => word.length > 1 && tagOf(word) === 'v')) continue;
    const clauseStart = Math.max(0, text.slice(0, start).search(/[，,。；;][^，,。；;]*$/) + 1);
    const clauseEnd = end + (text.slice(end).search(/[，,。；;]/) + 1 || text.length - end + 1) - 1;
    if (!STREET_WORKS.test(text.slice(clauseStart, clauseEnd))) continue;
    out.push(candidateAt('Project', text, sentence, start, end, PRIORITY.suffixName));
  }
}

export function recognizeRouteNames(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  recognizeStreets(text, sentence, out);
  for (const m of [...text.matchAll(NUMBERED_ROUTE), ...text.matchAll(NUMBERED_LINE)])
    out.push(candidateAt('Project', text, sentence, m.index, m.index + m[0].length, PRIORITY.suffixName));
  recognizePlaceNamedServices(text, sentence, out);
  recognizePorts(text, sentence, out);
  recognizeCombinedServices(text, sentence, out);
  for (const m of text.matchAll(ROUTE)) {
    const end = m.index + m[0].length;
    // 高速 is also high speed (高速发展), 高铁 a kind of transport (高铁站): the name must end there.
    if (!AFTER_NAME.test(text.slice(end)) && !regionTrie().longestAt(text, end)) continue;
    const start = shortRouteNameStart(text, m.index);
    if (start !== undefined) out.push(candidateAt('Project', text, sentence, start, end, PRIORITY.suffixName));
  }
  return out;
}
