// Places below the gazetteer's towns: villages, communities and a zone's sub-districts (某某村, 某某社区,
// 某某片区). No list names them, so the name is read back from the suffix over the segmenter's words: one to three
// characters of name-like words, never a generic modifier (全村, 城乡社区, 美丽乡村).
import { regionForms, type RegionLevel } from '../lexicon/regions.ts';
import { regionTrie } from './regions.ts';
import { segment, tagOf, wordsWithStarts } from '../lexicon/segmenter.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import { FREE_TRADE_ZONE } from './suffix-heads.ts';

/** Suffix → the longest name before it, in characters. */
const SUFFIXES = new Map([
  ['村', 3],
  ['社区', 3],
  ['片区', 2],
  ['街道', 3],
  ['镇', 3],
  ['乡', 3],
  ['区', 3],
]);
export const LOCAL_PLACE_TRIGGERS: readonly string[] = [...SUFFIXES.keys()];
/** Suffixes of a town the gazetteer may not know (a new or renamed one): read only right after its county or city,
 *  written in full (滨海县|青禾镇, 武进区|南湖街道), where 镇 and 乡 cannot be common words (城镇, 家乡). */
const TOWN_SUFFIXES = new Set(['街道', '镇', '乡', '区']);
const COUNTY_OR_CITY: ReadonlySet<RegionLevel> = new Set(['county', 'city']);
const COUNTY_OR_TOWN: ReadonlySet<RegionLevel> = new Set(['county', 'town']);
const TOWN: ReadonlySet<RegionLevel> = new Set(['town']);

/** Does the text before `start` end with the full name of a division of one of `levels` (滨海县, 某某镇)? */
function afterFullPlace(text: string, start: number, levels: ReadonlySet<RegionLevel>): boolean {
  const m = regionTrie().longestEndingAt(text, start, 8);
  return !!m && m.value.some((f) => !f.short && levels.has(f.region.level));
}
/** The bodies and posts only a town has, written right after it (某镇党委书记, 某乡人民政府乡长, 某街道办事处主任). */
const TOWN_POST = /^(?:党委|党工委|人民政府|人大主席团|纪委|办事处|镇长|副镇长|乡长|副乡长)/;

/** A town the gazetteer lacks named by two characters before its own bodies or posts (an appointment's 某镇党委书记). */
function beforeTownPost(text: string, start: number, end: number, suffix: string): boolean {
  return suffix !== '区' && end - start === 2 + suffix.length && TOWN_POST.test(text.slice(end));
}

/** Where a town of two or three characters starts right after its county or city written in full, when its bodies
 *  or posts follow it (某市|望牛墩镇|党委书记), or undefined. */
function townAfterHolder(text: string, suffixStart: number, end: number): number | undefined {
  if (!TOWN_POST.test(text.slice(end))) return undefined;
  return [3, 2]
    .map((length) => suffixStart - length)
    .find(
      (at) =>
        at > 0 &&
        /^\p{Script=Han}+$/u.test(text.slice(at, suffixStart)) &&
        !GENERIC.has(text[at]!) &&
        afterFullPlace(text, at, COUNTY_OR_CITY),
    );
}

/** The characters since a list opened (、 and two or three) or a clause did (two). */
const LIST_ITEM = /(?:、(\p{Script=Han}{2,3})|(?:^|[，,；;：:。“"（(])(\p{Script=Han}{2}))$/u;

/** A town the gazetteer lacks listed beside one it knows (某某镇、孝泉镇入选…; 孝泉镇和某某镇): an item of a list of towns. */
function besideKnownTown(text: string, start: number, end: number): boolean {
  const isTown = (m: ReturnType<ReturnType<typeof regionTrie>['longestAt']>) =>
    !!m && m.value.some((f) => !f.short && f.region.level === 'town');
  const after = /^[、和与及]/.test(text.slice(end)) && isTown(regionTrie().longestAt(text, end + 1));
  const before = /[、和与及]$/.test(text.slice(0, start)) && isTown(regionTrie().longestEndingAt(text, start - 1, 8));
  return after || before;
}

/** Parts of speech a place name's words can have: names, nouns, place and direction words, unknown words. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrfg', 'nrt', 'nz', 'n', 'ng', 'zg', 'x', 'f', 's']);
/** Parts of speech a single character of a name never has: prepositions, conjunctions, particles, pronouns. */
const FUNCTION_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'r', 'd', 'm', 'v']);
/** Words that make the suffix a common noun (全村, 本社区, 城乡社区) or end the name before it (某某镇|某某村). */
const GENERIC = new Set([
  ...[
    '村',
    '社区',
    '全',
    '本',
    '该',
    '各',
    '每',
    '新',
    '老',
    '原',
    '某',
    '此',
    '其',
    '邻',
    '外',
    '后',
    '农',
    '乡',
    '镇',
    '县',
    '区',
    '市',
  ],
  ...['城乡', '农村', '乡村', '城市', '基层', '贫困', '示范', '试点', '重点', '新型', '智慧', '和谐', '美丽', '街道'],
  ...['文明', '幸福', '老旧', '安置', '搬迁', '移民', '社会', '居住', '周边', '所在', '城中', '行政', '自然', '居家'],
  ...['核心', '功能', '产业', '商业', '景区', '开发', '试验', '实验', '改造', '整村', '小区', '民族', '传统', '联系'],
  ...[
    '明星',
    '先进',
    '特色',
    '绿色',
    '生态',
    '宜居',
    '和美',
    '样板',
    '联系点',
    '挂钩',
    '台籍',
    '台胞',
    '帮扶',
    '对口',
    '红色',
    '以上',
    '以下',
    '步入',
    '走入',
    '进入',
    // A subdistrict's 街 (某某街|某某村) ends the name before it.
    '街',
    '当地',
    '本地',
    '外地',
    '落户',
    '入驻',
    '进驻',
    '辖区',
  ],
]);

/** Parts of speech of a whole word that is a place's name (山村/ns, 五星村/nr), or unknown to the dictionary. */
const PLACE_WORD_TAGS = new Set(['ns', 'nr', 'nrfg', 'nrt', 'nz', 'x']);

/** 台湾社区, 浙江村: a province's or a country's name before the suffix says whose community it is, not its name. */
function describesByRegion(name: string): boolean {
  return (regionForms().get(name) ?? []).some((f) => ['province', 'country', 'macro'].includes(f.region.level));
}

/** Can `word` be part of a place's name? */
function nameWord(word: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(word) || GENERIC.has(word) || GENERIC.has(word[0]!)) return false;
  const tag = tagOf(word);
  return word.length === 1 ? !FUNCTION_TAGS.has(tag) : NAME_TAGS.has(tag);
}

/** Where a list or clause opens: the text's start or a punctuation mark. */
const OPENS = /^$|[、，,；;：:。“"（(]$/;

/** The two words before the suffix are single Han characters, not generic, with a list or clause opening before. */
function looseName(words: readonly string[], starts: readonly number[], i: number, text: string): boolean {
  const [a, b] = [words[i - 2]!, words[i - 1]!];
  const single = (w: string) => w.length === 1 && /\p{Script=Han}/u.test(w) && !GENERIC.has(w);
  // Only a village (社区 names are words), and not a preposition or a verb pair (以|景村, 搬到|社区).
  if (words[i] !== '村' || ['p', 'c', 'u', 'uj', 'r'].includes(tagOf(a)) || (tagOf(a) === 'v' && tagOf(b) === 'v'))
    return false;
  return single(a) && single(b) && OPENS.test(text.slice(Math.max(0, starts[i - 2]! - 1), starts[i - 2]!));
}

/** The longest village name: five characters (a transliterated one, 甲乙丙丁村). */
const VILLAGE_SINCE_CLAUSE = 5;
/** First characters of a clause that say which village, not its name (全村, 该村, 本村, 邻村). */
const SCOPE_OPENING = /^[全本该各每某此其邻外农乡镇县区市]/;

/** A village that opens its clause (，后某子村建设…, ，甲乙丙丁村利用…) is named by every character since the clause
 *  opened, where the walk left out only its first: a word that opens common words (后, 老) or one past its length.
 *  Not a place that holds it (某镇|某某村) nor a time or a verb (今年|某某村). */
function villageSinceClause(text: string, start: number, suffixStart: number): number {
  const m = /(?:^|[、，,；;：:。“"（(\s])(\p{Script=Han}{3,5})$/u.exec(text.slice(0, suffixStart));
  const open = m ? suffixStart - m[1]!.length : start;
  if (open !== start - 1 || suffixStart - open > VILLAGE_SINCE_CLAUSE || SCOPE_OPENING.test(m![1]!)) return start;
  if (FUNCTION_TAGS.has(tagOf(text[open]!)) && !GENERIC.has(text[open]!)) return start;
  for (let at = open; at < suffixStart; at++) if (regionTrie().longestAt(text, at)) return start;
  return open;
}

/** Parts of speech of a place name's first word that the walk back from the suffix stops at: numerals, direction and
 *  descriptive words (三|涧溪村, 上流|佳苑社区). */
const NAME_OPENING_TAGS = new Set(['m', 'f', 'b', 's']);

/** Where a county, town or local place ends one or two characters before `start` (the name's first characters the
 *  walk left out), or undefined. */
function placeEndingBefore(text: string, start: number, end: number, found: readonly Candidate[]): number | undefined {
  for (const at of [start - 1, start - 2]) {
    const between = text.slice(at, start);
    if (at <= 0 || !/^\p{Script=Han}+$/u.test(between)) continue;
    // Only a numeral or a descriptive word the walk would not take (三|涧溪村, 上流|佳苑社区), never a verb or a
    // particle that links the place to the next (某镇下辖|某村, 某镇的|某村). Cut apart from the holder: in the
    // sentence's own cut a word may cross into it (棉湖镇上|浦村).
    const first = tagOf(segment(text.slice(at, end))[0] ?? '');
    const opening = NAME_OPENING_TAGS.has(first) && !GENERIC.has(between[0]!);
    const known = afterFullPlace(text, at, COUNTY_OR_TOWN);
    // Right after a county or town written in full, a word of any other kind opens the name too (某镇|老某某村,
    // 某镇|南某某村: 老 and 南 open common words elsewhere).
    if (known && (opening || !FUNCTION_TAGS.has(first))) return at;
    if (opening && found.some((c) => c.end === at)) return at;
  }
  return undefined;
}

export function recognizeLocalPlaces(text: string, sentence: number): Candidate[] {
  if (!/村|社区|区|街道|镇|乡/.test(text)) return [];
  const { words, starts } = wordsWithStarts(text);
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    // The suffix is a word of its own (大坪|村) or ends one the dictionary knows (五星村, 毛竹|山村).
    const suffix = LOCAL_PLACE_TRIGGERS.find((x) => word.endsWith(x));
    if (!suffix) return;
    const stem = word.slice(0, -suffix.length);
    // A dictionary word ending in the suffix is a place only when the dictionary says so (五星村, not 新型农村), or
    // when it is a village written right after the town that holds it (某镇|团结村).
    const villageOfTown = suffix === '村' && stem.length >= 2 && afterFullPlace(text, starts[i]!, TOWN);
    if (stem && !villageOfTown && (!nameWord(stem) || !PLACE_WORD_TAGS.has(tagOf(word)))) return;
    const suffixStart = starts[i]! + stem.length;
    let start = starts[i]!;
    for (let j = i - 1; j >= 0 && nameWord(words[j]!); j--) {
      if (suffixStart - starts[j]! > SUFFIXES.get(suffix)!) break;
      start = starts[j]!;
    }
    // Two single characters the dictionary reads as verbs or prepositions (上攀|村, 东占|村) name a village too where
    // a list or a clause opens right before them (、东占村, ，上攀村).
    if (suffixStart - start < 2 && !stem && i >= 2 && looseName(words, starts, i, text)) start = starts[i - 2]!;
    const end = starts[i]! + word.length;
    // A place written right after the one that holds it (某区|上流佳苑|社区, 某街道|三涧溪|村) is named by every
    // character since, though the walk stopped at a numeral or a direction word.
    const holder = placeEndingBefore(text, start, suffixStart, out);
    if (holder !== undefined && suffixStart - holder <= SUFFIXES.get(suffix)! + 1 && suffixStart - holder >= 2)
      start = holder;
    // A town listed beside one the gazetteer knows is named by all the characters since the list opened (、天元|镇).
    if (suffixStart - start < 2 && TOWN_SUFFIXES.has(suffix) && !stem) {
      const item = LIST_ITEM.exec(text.slice(0, suffixStart))?.slice(1).find(Boolean);
      if (item && !GENERIC.has(item[0]!) && besideKnownTown(text, suffixStart - item.length, end))
        start = suffixStart - item.length;
    }
    // A town the gazetteer lacks whose name the dictionary reads as verbs (某市|望牛墩|镇党委书记) is named by every
    // character since the county or city written in full before it, where its own bodies or posts follow.
    if (suffixStart - start < 2 && TOWN_SUFFIXES.has(suffix) && suffix !== '区' && !stem)
      start = townAfterHolder(text, suffixStart, end) ?? start;
    if (suffix === '村' && !stem) start = villageSinceClause(text, start, suffixStart);
    const name = text.slice(start, suffixStart);
    if (suffixStart - start < 2 || text.startsWith(suffix, end) || describesByRegion(name) || GENERIC.has(name)) return;
    // A name that already ends with the suffix is the place, and the suffix after it opens a word (某某村|村财, 村民).
    if (name.endsWith(suffix)) {
      if (name.length - suffix.length >= 2 && !GENERIC.has(name.slice(0, -suffix.length)))
        out.push(candidateAt('Region', text, sentence, start, suffixStart, PRIORITY.region));
      return;
    }
    if (
      TOWN_SUFFIXES.has(suffix) &&
      !afterFullPlace(text, start, COUNTY_OR_CITY) &&
      !beforeTownPost(text, start, end, suffix) &&
      !besideKnownTown(text, start, end)
    )
      return;
    // A free-trade zone's area listed after its first (某自贸试验区甲片区、乙片区) is a park as the first is (corpus/README.md:
    // an FTZ's 片区 are parks, other zones' are places).
    // Its name is all the item written since the list's 、 (…片区、川南临港|片区), though the walk stopped short.
    const item = suffix === '片区' ? /、(\p{Script=Han}{2,8})$/u.exec(text.slice(0, suffixStart)) : null;
    const itemStart = item ? suffixStart - item[1]!.length : start;
    const ftzArea = suffix === '片区' && FTZ_AREAS.test(text.slice(0, Math.min(start, itemStart)));
    if (ftzArea) start = Math.min(start, itemStart);
    out.push(candidateAt(ftzArea ? 'Park' : 'Region', text, sentence, start, end, PRIORITY.region));
  });
  return out;
}

/** A free-trade zone's area and the areas listed after it (某自由贸易试验区甲片区、乙片区、), up to the next item. */
const FTZ_AREAS = new RegExp(`(?:${FREE_TRADE_ZONE})\\p{Script=Han}{2,8}?片区(?:、\\p{Script=Han}{2,8}?片区)*、$`, 'u');
