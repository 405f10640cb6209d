// Partnerships: numbered schemes (“1+3”联动发展) and the named cooperation schemes of Chinese regional
// policy (山海协作, 对口支援), optionally with the regions they pair (温州丽水山海协作).
import { RULES, wordsOf } from '../rules/index.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import { ONE_CHARACTER_FORMS, placesAbbreviated, regionForms } from '../lexicon/regions.ts';
import { tagOf } from '../lexicon/segmenter.ts';
import { regionTrie } from './regions.ts';

const { schemeHeads, pairedDirections, cooperationVerbs, pairing, aidVerbs } = RULES.partnerships;
/** The head of a named park right after a scheme's name (山海协作|产业园); a generic 园区 stays the scheme's kind of park
 *  (浙江省山海协作园区). */
const NAMED_PARK_AFTER = /^(?:产业园|工业园|产业合作园|合作园|产业城|创新园)/;

/** What a scheme's name ends with, longest first (rules/partnerships.json). */
const SCHEME_HEADS = wordsOf(schemeHeads);
/** The grammar of regional cooperation schemes in Chinese policy: paired directions with a cooperation verb
 *  (南北|共建, 东西部|协作, 山海|协作), and the 对口/结对 forms (对口支援, 结对帮扶). */
const PAIRED_DIRECTIONS = wordsOf(pairedDirections);
const COOPERATION_VERBS = wordsOf(cooperationVerbs);
const PAIRING = wordsOf(pairing);
const AID_VERBS = wordsOf(aidVerbs);
export const SCHEMES = [
  ...PAIRED_DIRECTIONS.flatMap((d) => COOPERATION_VERBS.map((v) => d + v)),
  ...PAIRING.flatMap((p) => AID_VERBS.map((v) => p + v)),
].sort((a, b) => b.length - a.length);

const NUMBERED = /[“"]\d+\+\d+[”"]/g;
const SCHEME = new RegExp(SCHEMES.join('|'), 'g');

const ABBREVIATIONS = [...ONE_CHARACTER_FORMS.keys()].join('');
/** A quoted initiative that others join or build along (共建“某某”, “某某”沿线国家, “某某”国际合作, “某某”倡议), or
 *  one a place joins the building of (融入“某某”建设, 参与“某某”建设; not 推进“某某”建设, a campaign of its own). */
const INITIATIVE_BEFORE = ['共建'];
const INITIATIVE_AFTER = ['沿线', '国际合作', '合作倡议', '倡议', '重要节点', '节点城市', '重要支点', '桥头堡'];
const JOINED_BUILDING = '建设';
const QUOTED_INITIATIVE = new RegExp(
  `(?<=${INITIATIVE_BEFORE.join('|')})[“"]([^“”"]{2,8})[”"]|[“"]([^“”"]{2,8})[”"](?=${INITIATIVE_AFTER.join('|')})` +
    `|(?<=(?:融入|参与|加入|对接|服务于?)(?:共建)?)[“"]([^“”"]{2,8})[”"](?=${JOINED_BUILDING})`,
  'g',
);
/** National cooperation initiatives, named the same way wherever they are written, quoted or not (“一带一路”战略),
 *  in whatever context (general knowledge of the genre, like the gazetteer's macro-regions). */
// (丝绸之路经济带 and the maritime silk road are the two halves of 一带一路, written as places: …核心区建设.)
const INITIATIVES = ['一带一路', '西部陆海新通道', '陆海新通道'];
const INITIATIVE = new RegExp(INITIATIVES.join('|'), 'g');

/** A campaign pairing firms with villages, named by their counts (万企兴万村, 百企结百村, 千企帮千村). */
const FIRMS_WITH_VILLAGES = /[百千万]企(?:兴|帮|结|联|助)[百千万]村/g;
const FIRMS_COUNTED = ['百企', '千企', '万企'];

/** An agreement places sign, by its title in book marks (甲市与乙省签署《合作备忘录》, 《战略合作框架协议》): the scheme it
 *  sets up, named by the title. */
const SIGNED_AGREEMENT =
  /(?:签署|签订|缔结)了?《([^《》]{0,10}(?:合作备忘录|合作协议|合作框架协议|框架协议|备忘录))》/g;
const AGREEMENT_WORDS = ['备忘录', '协议'];

/** Aid to a province named by its one-character form (对口援藏). */
const AID = '对口援';
const AID_TO = new RegExp(`${AID}[${ABBREVIATIONS}]`, 'g');

/** The heads of a scheme named by the places it joins (某某|协同发展). */
export const JOINED_SCHEME_HEADS = [
  '协同发展',
  '一体化发展',
  '扶贫协作',
  '经济合作',
  '一体化(?!示范)',
  // An innovation corridor the places build together (甲乙科技创新走廊).
  '科技创新走廊',
  '科创走廊',
];
/** Heads that name a scheme only after two or more one-character forms (湘赣|合作, 苏浙|协作; and 湘赣|合作备忘录
 *  anywhere), where the phrase ends (punctuation, 的, a conjunction, 框架协议): words that run on make a park's, a facility's or a
 *  cooperative's name (甲乙合作|中医药科技产业园, 某某合作社). A macro-region's 合作 is too loose a phrase. A framework agreement (《甲乙合作框架协议》) is the scheme's document:
 *  the scheme is named 甲乙合作. */
const PAIR_HEADS = ['合作', '协作'];

/** Two cities paired by their first characters, then what they build together (沈本|同城化, 京沈|对口合作, 深中|一体化,
 *  沈大|合作): not a park of the pair (某某合作区), a cooperative (合作社) or a pair of directions (南北合作). */
export const CITY_PAIR_HEADS = [
  '同城化发展',
  '同城化',
  '同城发展',
  '一体化发展',
  '一体化',
  '对口合作',
  '科技创新走廊',
  '科创走廊',
  '合作',
];
/** A park the pair builds, named after the scheme (甲乙合作|中医药科技产业园). */
const PARK_OF_PAIR = /^\p{Script=Han}{0,8}?(?:产业园|工业园|园区|合作区|科技园)/u;
const CITY_PAIR_SCHEME = new RegExp(
  `(\\p{Script=Han})(\\p{Script=Han})(?:${CITY_PAIR_HEADS.join('|')})(?!区|园|社|示范)`,
  'gu',
);

/** Whether two characters pair two places (沈本: 沈阳市 and 本溪市), not a word of their own (南北, 深化). */
function pairsPlaces(first: string, second: string): boolean {
  const pair = first + second;
  if (tagOf(pair) !== 'x' || regionForms().has(pair) || PAIRED_DIRECTIONS.includes(pair)) return false;
  const places = placesAbbreviated(first, second);
  return !!places && places[0] !== places[1];
}

/** Two places joined by a dash, then what they build together: 中国—东盟|开放合作, 中国-某半岛|经济走廊,
 *  中国-东盟港口城市|合作网络. The second side may run on after its place (港口城市). */
const DASHED_SCHEME_HEADS = ['经济走廊', '合作网络', '开放合作', '经贸合作', '全面合作', '合作机制', '合作'];
const DASHED_SCHEME = new RegExp(
  `([\\p{Script=Han}]{2,8})[-—－–]([\\p{Script=Han}]{2,10}?)(${DASHED_SCHEME_HEADS.join('|')})(?![\\p{Script=Han}]*?(?:区|园|港|中心|项目))`,
  'gu',
);

/** A one-to-one pairing named by the two places' one-character forms (甲乙对口支援协作, 甲乙对口合作). */
const PAIRING_BY_PLACES = '对口(?:(?:支援|帮扶)协作|支援|帮扶|合作|协作)';

let joinedScheme: RegExp | undefined;
/** Places joined by their one-character forms, or a macro-region, then a scheme head: 川黔协同发展, 沪滇扶贫协作,
 *  中俄两国地方经济合作, 珠江三角洲区域一体化发展. Built on first use, from the gazetteer's macro-regions. */
function joinedSchemePattern(): RegExp {
  if (!joinedScheme) {
    const macros = [...regionForms()]
      .filter(([form, list]) => list.some((f) => f.region.level === 'macro' && !f.short && f.region.name === form))
      .map(([form]) => form)
      .sort((a, b) => b.length - a.length);
    joinedScheme = new RegExp(
      `(?:[${ABBREVIATIONS}]{2,4}(?:[两三四](?:国|地|省))?|${macros.join('|')})(?:地方|区域)?(?:${JOINED_SCHEME_HEADS.join('|')})` +
        `|[${ABBREVIATIONS}]{2,4}${PAIRING_BY_PLACES}` +
        // An economic corridor of countries named by their one-character forms (中蒙俄经济走廊), not a region's.
        `|(?<![－—-])[${ABBREVIATIONS}]{2,4}经济走廊` +
        `|(?<![${ABBREVIATIONS}])[${ABBREVIATIONS}]{2,3}(?:合作备忘录|(?:${PAIR_HEADS.join('|')})(?=[，。、；：！？,.;:!?\\s》”"]|[的和与及等框]|共建|$))`,
      'gu',
    );
  }
  return joinedScheme;
}

/** A trade agreement between countries (某某经济伙伴关系协定, 某某自由贸易协定, 某某自贸区3.0版升级协定): named from the
 *  clause's or the quote's start, after the verbs that take it (积极推动加入, 签署, 推进…), to its head. */
const AGREEMENT_HEADS = ['伙伴关系协定', '自由贸易协定', '自贸协定', '升级协定'];
const AGREEMENT = new RegExp(`[^，,。、；;：:“”《》（()\\s]{2,24}?(?:${AGREEMENT_HEADS.join('|')})`, 'gu');
const TAKING_VERBS = /^(?:积极|加快|推动|推进|争取|申请|加入|签署|签订|商签|实施|落实|用好|对接)+/u;

function tradeAgreements(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(AGREEMENT)) {
    const taking = TAKING_VERBS.exec(m[0])?.[0].length ?? 0;
    if (m[0].length - taking < 6) continue;
    out.push(candidateAt('Partnership', text, sentence, m.index + taking, m.index + m[0].length, PRIORITY.quoted));
  }
  return out;
}

/** Every pattern here holds one of these words (a numbered scheme is one only with its head). */
export const PARTNERSHIP_TRIGGERS: readonly string[] = [
  ...SCHEME_HEADS,
  ...SCHEMES,
  // A head may carry a lookahead (一体化(?!示范)): its word is the trigger.
  ...JOINED_SCHEME_HEADS.map((head) => head.replace(/\(\?.*\)$/, '')),
  ...PAIR_HEADS,
  ...CITY_PAIR_HEADS,
  ...DASHED_SCHEME_HEADS,
  AID,
  ...INITIATIVES,
  ...FIRMS_COUNTED,
  ...AGREEMENT_WORDS,
  ...AGREEMENT_HEADS,
  ...INITIATIVE_BEFORE,
  ...INITIATIVE_AFTER,
  JOINED_BUILDING,
];

/** Two places joined by a conjunction that end right at `at` (甲县与乙县, 甲市和乙市乙县). */
function placesJoinedBefore(text: string, at: number): boolean {
  let second = regionTrie().longestEndingAt(text, at, 12);
  // A chain of places is one side (广元市|青川县).
  for (let outer = second; outer; outer = regionTrie().longestEndingAt(text, outer.start, 12)) second = outer;
  if (!second || !/[与和同、]/.test(text[second.start - 1] ?? '')) return false;
  return regionTrie().longestEndingAt(text, second.start - 1, 12) !== undefined;
}

export function recognizePartnerships(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  out.push(...tradeAgreements(text, sentence));
  for (const m of text.matchAll(NUMBERED)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    const head = SCHEME_HEADS.map((h) => [h, after.indexOf(h)] as const)
      .filter(([h, i]) => i >= 0 && i + h.length <= 10 && !/[，,。、；]/.test(after.slice(0, i)))
      .sort((a, b) => b[1] + b[0].length - (a[1] + a[0].length))[0];
    if (!head) continue;
    const end = m.index + m[0].length + head[1] + head[0].length;
    out.push(candidateAt('Partnership', text, sentence, m.index, end, PRIORITY.quoted));
  }
  for (const m of [...text.matchAll(joinedSchemePattern()), ...text.matchAll(AID_TO)]) {
    const end = m.index + m[0].length;
    // One place written twice (新疆|合作) is no pair.
    const forms = /^[^协一扶经合地区两三四]+/u.exec(m[0])?.[0] ?? '';
    if (forms.length >= 2 && new Set([...forms].map((c) => ONE_CHARACTER_FORMS.get(c) ?? c)).size < 2) continue;
    out.push({ kind: 'Partnership', name: m[0], sentence, start: m.index, end, priority: PRIORITY.quoted });
  }
  for (const m of text.matchAll(CITY_PAIR_SCHEME)) {
    // (Two one-character forms are read by the joined-scheme pattern, which knows where their phrase ends.)
    const oneCharacterForms = ONE_CHARACTER_FORMS.has(m[1]!) && ONE_CHARACTER_FORMS.has(m[2]!);
    if (oneCharacterForms || !pairsPlaces(m[1]!, m[2]!) || PARK_OF_PAIR.test(text.slice(m.index + m[0].length)))
      continue;
    out.push(candidateAt('Partnership', text, sentence, m.index, m.index + m[0].length, PRIORITY.quoted));
  }
  for (const m of text.matchAll(DASHED_SCHEME)) {
    const [, left, right, head] = m;
    const leftPlace = regionTrie().longestEndingAt(left!, left!.length, 8);
    if (!leftPlace || !regionTrie().longestAt(right!, 0)) continue;
    const start = m.index + leftPlace.start;
    const end = m.index + m[0].length;
    if (head === '合作' && right!.length > 4) continue;
    out.push(candidateAt('Partnership', text, sentence, start, end, PRIORITY.quoted));
  }
  for (const m of text.matchAll(QUOTED_INITIATIVE)) {
    const name = m[1] ?? m[2] ?? m[3]!;
    const start = m.index + m[0].indexOf(name) - 1;
    out.push({
      kind: 'Partnership',
      name,
      sentence,
      start,
      end: start + name.length + 2,
      priority: PRIORITY.quoted,
    });
  }
  for (const m of text.matchAll(INITIATIVE)) {
    // Quoted where others join it, it is read above already.
    if (out.some((c) => c.start <= m.index && c.end >= m.index + m[0].length)) continue;
    // Unquoted, it may open a firm's registered name (某省西部陆海新通道供应链有限公司), which is then the name.
    out.push({
      kind: 'Partnership',
      name: m[0],
      sentence,
      start: m.index,
      end: m.index + m[0].length,
      priority: PRIORITY.person,
    });
  }
  for (const m of text.matchAll(FIRMS_WITH_VILLAGES))
    out.push(candidateAt('Partnership', text, sentence, m.index, m.index + m[0].length, PRIORITY.quoted));
  for (const m of text.matchAll(SIGNED_AGREEMENT)) {
    // Places sign it (a company's agreement is a deal, not a scheme): a place in the clause before the verb.
    const clause = text
      .slice(0, m.index)
      .split(/[，,。；;！？]/)
      .at(-1)!;
    if (!regionTrie().findAll(clause).length) continue;
    const start = m.index + m[0].indexOf('《');
    out.push({
      kind: 'Partnership',
      name: m[1]!,
      sentence,
      start,
      end: m.index + m[0].length,
      priority: PRIORITY.quoted,
    });
  }
  for (const m of text.matchAll(SCHEME)) {
    // A pairing built together (结对共建, 对口共建), and any 结对 (结对帮扶), is a scheme between places only where two
    // places are joined right before it (甲县与乙县|结对共建); party branches, firms and villages pair up all the time.
    if (/^(?:(?:对口|结对).*共建|结对.*)$/.test(m[0]) && !placesJoinedBefore(text, m.index)) continue;
    // A park named after the scheme (青田山海协作产业园, 甲—乙山海协作产业园) is the park's name, not the scheme's.
    if (NAMED_PARK_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // Regions written just before the scheme name belong to it: 温州丽水山海协作.
    let start = m.index;
    let regions = 0;
    for (let moved = true; moved;) {
      moved = false;
      for (let len = 2; len <= 4 && start - len >= 0; len++) {
        if (regionTrie().get(text.slice(start - len, start))) {
          start -= len;
          regions++;
          moved = true;
          // Partners may be joined: 温州与丽水山海协作.
          if (/[与和、]/.test(text[start - 1] ?? '') && regionTrie().longestEndingAt(text, start - 1, 4)) start--;
          break;
        }
      }
    }
    // One region before a scheme is its scope (浙江省山海协作园区), a pair its partners (温州丽水山海协作). A one-to-one
    // pairing's giver is written before it and its receiver after (湖州市吴兴区|对口帮扶|广元市): no partner of its name.
    if (regions < 2 || /^(?:对口|结对)/.test(m[0])) start = m.index;
    out.push({
      kind: 'Partnership',
      name: m[0],
      sentence,
      start,
      end: m.index + m[0].length,
      priority: PRIORITY.quoted,
    });
  }
  return out;
}
