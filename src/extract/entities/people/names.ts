// The shape of a personal name: surname + given name, where it ends by what follows, where it starts read back
// over the segmenter's words; shared by every step that finds people.
import { MAX_TITLE_LENGTH, NAME_FOLLOWERS, SINGLE_SURNAMES, SURNAMES, TITLE_TRIE } from '../../lexicon/people.ts';
import { regionByName } from '../../lexicon/regions.ts';
import { segmentSlice, tagOf, wordBoundaryAt, wordStartingAt, wordsWithStarts } from '../../lexicon/segmenter.ts';
import { Trie } from '../../lexicon/trie.ts';
import { HAN } from '../../chinese.ts';
import { candidateAt, type Candidate } from '../candidate.ts';
import { regionTrie } from '../regions.ts';

export const FOLLOWER_TRIE = new Trie<true>(NAME_FOLLOWERS.map((w) => [w, true] as const));
const SINGLE_FOLLOWERS = new Set(NAME_FOLLOWERS.filter((w) => w.length === 1));
/** Particles that end a phrase, never a name (辛苦了). */
const PARTICLES = new Set([...'了着过吗呢啊吧']);
export const BOUNDARY = /^(?:$|[，,。；;：:！!？?、）)”’\s（(])/;

/** A person's name at text[start, end), as sure as its rule (priority), with the kind of post said when one is. */
export function personAt(
  text: string,
  sentence: number,
  start: number,
  end: number,
  priority: number,
  titled?: Candidate['titled'],
): Candidate {
  return { ...candidateAt('Person', text, sentence, start, end, priority), ...(titled ? { titled } : {}) };
}

/** The length of the surname opening text at `start` (a compound one first), 0 when none does. */
export function surnameLength(text: string, start: number): number {
  return SURNAMES.has(text.slice(start, start + 2)) ? 2 : SURNAMES.has(text[start] ?? '') ? 1 : 0;
}

/** 除了…王某外: 外 after a name closes the exception the clause opened, it ends no given name. */
function closesException(text: string, nameStart: number, char: string): boolean {
  return char === '外' && /除[^。；;！!？?]*$/.test(text.slice(0, nameStart));
}

/** Words after a name whose first character a given name could take (出生, 担任, 连任, 以及; two characters each,
 *  so a check reads two). */
const WORD_AFTER_NAME = /^(?:出生|担任|连任|以及)/;

/** Short forms of titles written after a surname in place of a given name (杨总, 王董). */
const TITLE_SHORT = new Set([...'总董']);

/** A personal name starting at `start` (surname + one or two characters), judged by what follows it. */
export function nameAt(text: string, start: number): number | undefined {
  const surname = surnameLength(text, start);
  if (!surname) return undefined;
  for (const given of [2, 1]) {
    const end = start + surname + given;
    const name = text.slice(start, end);
    if (name.length !== surname + given || ![...name].every((ch) => HAN.test(ch))) continue;
    const rest = text.slice(end);
    // A given name may end in a follower's character (孙大为一行): only where what an official does closes it.
    // …and so may one in 和 (包信和|参加): 和 joins names, never a name to a verb.
    const closedByAct =
      given === 2 &&
      ((name.endsWith('为') &&
        (ACTS_AFTER_NAME.test(rest) || POSTS_AFTER_NAME.test(rest) || closesListAfterWei(rest))) ||
        (name.endsWith('和') && (ACTS_AFTER_NAME.test(rest) || /^参加/.test(rest))));
    if (given === 2 && !closedByAct && (SINGLE_FOLLOWERS.has(name.at(-1)!) || PARTICLES.has(name.at(-1)!))) continue;
    if (given === 2 && closesException(text, start, name.at(-1)!)) continue;
    // …nor the first character of a word written after it (某娜出|生于, 曾担|任, 宋某以|及: the segmenter cuts them).
    if (WORD_AFTER_NAME.test(text.slice(end - 1, end + 1))) continue;
    // 杨总, 王董: a surname and a title's short form refer to someone by the title; no given name.
    if (given === 1 && TITLE_SHORT.has(name.at(-1)!)) continue;
    if (BOUNDARY.test(rest)) return end;
    const follower = FOLLOWER_TRIE.longestAt(rest, 0);
    // A follower of one character must not end a verb the name's last character begins (刘某认|为, not 丁某祥|和).
    // 说 before a stop or a colon is said by the name (周某明|说。), whatever verb its last character and 说 make.
    const says = /^说[，,:：。!?]/.test(rest);
    if (follower && (given === 1 || follower.end > 1 || says || !endsInVerb(text, end))) return end;
  }
  // A married woman's name in Hong Kong news puts her husband's surname before her own (林郑某某, 叶刘某某).
  const end = start + 4;
  if (
    surname === 1 &&
    SINGLE_SURNAMES.has(text[start + 1] ?? '') &&
    /^[一-龥]{4}$/.test(text.slice(start, end)) &&
    // …never a function word and what it governs (关于|坚持: 关 and 于 are both surnames).
    !NOT_IN_NAME_TAGS.has(tagOf(text.slice(start, start + 2))) &&
    // …never a name and a passive verb (王宁|被评为).
    !NOT_IN_NAME.test(text.slice(start + 2, end))
  ) {
    const rest = text.slice(end);
    if (BOUNDARY.test(rest) || FOLLOWER_TRIE.longestAt(rest, 0)) return end;
  }
  return undefined;
}

/** The labels of a form's or a table's rows that open with a surname's character (成员, 单位). */
const ROW_LABELS = new Set([
  '成员',
  '顾问',
  '单位',
  '姓名',
  '职务',
  '性别',
  '民族',
  '籍贯',
  '学历',
  '备注',
  '电话',
  '时间',
  '地点',
]);

/** A name of two characters padded to the width of three (县长王 伟讲话, 书记李  强): its end, and the name without
 *  the spaces, when a surname opens it and a boundary or a follower closes it. */
export function paddedNameAt(text: string, at: number): { end: number; name: string } | undefined {
  const spaced = letterSpacedNameAt(text, at);
  if (spaced) return spaced;
  // The given name of one spaced out (许 文 亮) is no name of its own.
  if (/[一-龥][ \u3000]$/.test(text.slice(0, at)) && letterSpacedNameAt(text, at - 2)) return undefined;
  const m = /^([一-龥]) {1,2}([一-龥])/.exec(text.slice(at));
  if (!m || !SINGLE_SURNAMES.has(m[1]!)) return undefined;
  // A table's label padded the same way (成  员, 顾  问, 单  位) is no name.
  if (ROW_LABELS.has(m[1]! + m[2]!) || TITLE_TRIE.get(m[1]! + m[2]!)) return undefined;
  const end = at + m[0].length;
  const rest = text.slice(end);
  return BOUNDARY.test(rest) || FOLLOWER_TRIE.longestAt(rest, 0) ? { end, name: m[1]! + m[2]! } : undefined;
}

/** A whole name as an item of a list starts it (王某、|李某; 王某、|李  某, padded): its end, and the name without
 *  the padding. */
export function listedNameAt(text: string, at: number): { end: number; name: string } | undefined {
  const padded = paddedNameAt(text, at);
  if (padded) return wholeName(padded.name) ? padded : undefined;
  const end = nameAt(text, at);
  return end !== undefined && wholeName(text.slice(at, end)) ? { end, name: text.slice(at, end) } : undefined;
}

/** A name of three characters with a space between each (许 文 亮, as a table letter-spaces it): its end and the name
 *  without the spaces. Not a row of spaced names (王 伟 李 强), where another spaced character follows. */
function letterSpacedNameAt(text: string, at: number): { end: number; name: string } | undefined {
  const m = /^([一-龥])[ \u3000]([一-龥])[ \u3000]([一-龥])/.exec(text.slice(at));
  if (!m || !SINGLE_SURNAMES.has(m[1]!)) return undefined;
  const end = at + m[0].length;
  const rest = text.slice(end);
  if (/^[ \u3000][一-龥](?:[ \u3000]|$)/.test(rest)) return undefined;
  return BOUNDARY.test(rest) || FOLLOWER_TRIE.longestAt(rest, 0) ? { end, name: m[1]! + m[2]! + m[3]! } : undefined;
}

/** What an official does right after the name, which no 为 of a verb before it takes (王某为一行 is never 王某 为). */
const ACTS_AFTER_NAME = /^(?:一行|强调|指出|表示|陪同|出席|讲话|主持会议|主持召开)/;
/** What gives a name its posts right after it, which no 为 before it makes sense of (任命王有为|为…, 王有为|此前任…,
 *  王有为|任…): a given name that ends in 为 (可为, 有为) ends there. */
const POSTS_AFTER_NAME = /^(?:为(?![了何])|此前|之前|曾任|现任|任(?![务期何职性]))/;

/** What no verb 为 takes as its object: a list's separator (某某副主席王有为、…) or 和 and a place (王有为和某省委常委…):
 *  the 为 before it ends a name. */
function closesListAfterWei(rest: string): boolean {
  return /^[、，,。；;]/.test(rest) || (rest.startsWith('和') && regionTrie().longestAt(rest, 1) !== undefined);
}

/** A name of three whose given name ends in 为 (王有为, 李可为), where posts follow it that no 为 before makes sense of. */
function givenEndsInWei(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  return (
    name.length === 3 &&
    name.endsWith('为') &&
    SINGLE_SURNAMES.has(name[0]!) &&
    /^[一-龥]{3}$/.test(name) &&
    !NOT_IN_NAME.test(name) &&
    POSTS_AFTER_NAME.test(text.slice(end))
  );
}

/** 魏凤和|为某部部长, 王永和|任…: a given name may end in a character that also joins names (和, 同), where an
 *  appointment's verb, not a second name, follows it. */
function givenEndsInJoiner(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const surname = surnameLength(name, 0);
  return (
    surname > 0 &&
    name.length - surname === 2 &&
    /^\p{Script=Han}+[和同]$/u.test(name) &&
    /^(?:同志)?(?:为|任(?![务期何职性])|担任)/.test(text.slice(end))
  );
}

/** Whether a verb of two characters spans `at` (刘华|认为: 认为): the name ends before it. */
function endsInVerb(text: string, at: number): boolean {
  const { words, starts } = wordsWithStarts(text);
  const i = starts.findIndex((s, k) => s === at - 1 && words[k]!.length === 2);
  return i >= 0 && tagOf(words[i]!).startsWith('v');
}

/** Characters that never end a given name: particles and prepositions that follow names in prose. */
const NOT_GIVEN = new Set([...SINGLE_FOLLOWERS, ...'是将到从把被让给跟同上下里中式们最驻']);
export const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/**
 * A name after a post title whatever word follows it (主席|习某某近日…, 书记|王某带着…): where the segmenter
 * ends it. A word that starts at the surname and is a person's name in the dictionary is the name; otherwise the
 * given name is the one or two characters the segmenter leaves on their own (or one unknown two-character word)
 * before the next ordinary word.
 */
export function nameByWords(text: string, start: number, afterTitle = false): number | undefined {
  const surname = surnameLength(text, start);
  if (!surname) return undefined;
  const words = segmentSlice(text, start, Math.min(text.length, start + surname + 4));
  const first = words[0] ?? '';
  if (first.length > surname) {
    const whole =
      first.length <= surname + 2 && ['nr', 'nrfg', 'nrt'].includes(tagOf(first)) && !NOT_GIVEN.has(first.at(-1)!);
    if (!whole) return undefined;
    // The dictionary's name may hold one character of a two-character given name (欧阳明|辉): a single character
    // it reads as a name's too completes it.
    const next = words[1] ?? '';
    // …and so does any other the name's end needs: a follower or a stop comes only after it (工人朱德|珍|已在…).
    const after = text.slice(start + first.length + 1);
    const closesAfterNext =
      (BOUNDARY.test(after) || FOLLOWER_TRIE.longestAt(after, 0) !== undefined) &&
      !BOUNDARY.test(next) &&
      !FOLLOWER_TRIE.longestAt(text, start + first.length);
    const completes =
      first.length === surname + 1 &&
      next.length === 1 &&
      (NAME_TAGS.has(tagOf(next)) || closesAfterNext) &&
      !NOT_GIVEN.has(next);
    return start + first.length + (completes && HAN.test(next) ? 1 : 0);
  }
  if (first.length !== surname) return undefined;
  let given = 0;
  for (const word of words.slice(1)) {
    if (!HAN.test(word) || given + word.length > 2 || closesException(text, start, word)) break;
    // 局长赵海|任|办公室主任: 任 after a given name's first character is the verb of a post, not the name's end.
    if (word === '任' && given > 0) break;
    if (word.length === 1 ? NOT_GIVEN.has(word) : given > 0 || !givenWord(word, afterTitle && !PREPOSITIONS.has(first)))
      break;
    given += word.length;
  }
  return given ? start + surname + given : undefined;
}

/** Surnames that are also prepositions or 时 (向记者介绍, 于今年, 组长时狠抓): after a title they open no name unless the dictionary
 *  says the words are one. */
const PREPOSITIONS = new Set([...'向于和与对在把被为从将由同跟让给时']);
/** A name whose surname is also a preposition (书记于洋，, 市长于某某，), read after a title only where a stop or a
 *  list's mark closes it and the characters after the surname are no function word (于是, 对此) nor a time (于今年). */
function prepositionName(text: string, at: number): number | undefined {
  if (!PREPOSITIONS.has(text[at] ?? '') || !SINGLE_SURNAMES.has(text[at]!)) return undefined;
  for (const length of [2, 3]) {
    const name = text.slice(at, at + length);
    if (!/^[一-龥]+$/.test(name) || name.length < length || NOT_GIVEN.has(name[1]!)) return undefined;
    if (!/^[，,、。；;]/.test(text.slice(at + length))) continue;
    // Two characters read as a place (于洋 ns) or not at all may be a name; three, a given name the dictionary
    // reads as a name or a brand (于|海田 nz); as a function word, a verb or a time, it is none.
    const read = length === 2 ? name : name.slice(1);
    const tags = length === 2 ? /^(?:nr|ns|x)/ : /^(?:nr|nz|x)/;
    return tags.test(tagOf(read)) && !regionByName(name) ? at + length : undefined;
  }
  return undefined;
}

/** Tags of an ordinary word that is a name after a title (区长|方舟/n|在, 巡视员|龙舟/nz|、): a noun or a state word, no
 *  function word, verb or time. */
const ORDINARY_NAME_TAGS = new Set(['n', 'nz', 'z']);

/** A name of two characters the dictionary reads as one ordinary word, right after a title, closed by a mark, 在 or
 *  what officials do (市长方舟在…, 巡视员龙舟、): nothing else follows a title so. */
function wordReadAsName(text: string, at: number): number | undefined {
  const name = text.slice(at, at + 2);
  if (!SINGLE_SURNAMES.has(name[0] ?? '') || !ORDINARY_NAME_TAGS.has(tagOf(name)) || regionByName(name))
    return undefined;
  // (方面, 方案 and the like follow a body's name, not a name: 公司方面表示.)
  if (/^方[面案式向法针位]/.test(name)) return undefined;
  if (wordStartingAt(text, at) !== name) return undefined;
  const after = text.slice(at + 2);
  return /^(?:[，,、。；;]|在)/.test(after) || OFFICIAL_ACTS.test(after) ? at + 2 : undefined;
}

/** Parts of speech a given name of two characters never has: function words, numerals, measure words, places. */
const NEVER_GIVEN_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'uz', 'ug', 'uv', 'r', 'm', 'q', 'f', 's']);

/**
 * A word the segmenter reads that may be a given name of two characters: a name in the dictionary, or, right after
 * a post title (`afterTitle`: 党委书记|张|立新|走访), any word but a function word, a time or a body's ending, since
 * given names are ordinary words (立新, 建国, 海峰, 明亮) as often as not.
 */
export function givenWord(word: string, afterTitle: boolean): boolean {
  if (NAME_TAGS.has(tagOf(word))) return true;
  return (
    afterTitle &&
    !NEVER_GIVEN_TAGS.has(tagOf(word)) &&
    !/[年月日天时们]|[市县区省镇乡村委局办部会院所司队组室处厅]$/.test(word)
  );
}

/** A minority name written with an interpunct (艾某·某某), which no surname list covers. */
const DOTTED_NAME = /^[一-龥]{2,6}·[一-龥]{2,8}/;

/** The end of a dotted name at `at`: its second part stops where prose resumes (…·某某陪同下, …·某某家中). */
export function dottedNameEnd(text: string, at: number): number | undefined {
  const m = DOTTED_NAME.exec(text.slice(at));
  if (!m) return undefined;
  const dot = at + m[0].indexOf('·');
  for (let end = dot + 3; end < at + m[0].length; end++)
    if (FOLLOWER_TRIE.longestAt(text, end) || text[end] === '家') return end;
  return at + m[0].length;
}

/** Where a dotted name ending at `end` starts (买买提·艾力|副县长), when a mark or the text's start opens it; places
 *  joined by a dot (南疆·喀什) are none. */
export function dottedNameStartBefore(text: string, end: number): number | undefined {
  const m = /(?:^|[^\p{Script=Han}·])([一-龥]{2,6}·[一-龥]{2,8})$/u.exec(text.slice(0, end));
  if (!m || m[1]!.split('·').some((part) => regionTrie().longestAt(part, 0) !== undefined)) return undefined;
  return end - m[1]!.length;
}

/** Verbs of appointment that open with a surname's character (晋升为, 连任, 任职; two characters each): no name starts
 *  there. */
const SURNAME_LED_VERB = /^(?:晋升|连任|任职|任命|任免)/;

/**
 * A name right after a post title or a role noun ending at `at`: a dotted name, or surname + given name judged by
 * what follows (`lenient`: any known follower, for titles) or by the segmenter's words.
 */
export function nameAfterWord(text: string, at: number, lenient: boolean): number | undefined {
  const dotted = dottedNameEnd(text, at);
  if (dotted) return dotted;
  if (SURNAME_LED_VERB.test(text.slice(at, at + 2))) return undefined;
  if (!wordBoundaryAt(text, at)) return undefined;
  // A surname that is also a preposition (总经理|向记者介绍) opens a name only where the dictionary says so.
  const loose = lenient && !PREPOSITIONS.has(text[at] ?? '');
  const end = (loose ? nameAt(text, at) : undefined) ?? nameByWords(text, at, lenient);
  // 曾, a surname and the adverb "once", before what officials do (负责人|曾表示, 曾介绍) opens no name.
  if (end !== undefined && text[at] === '曾' && OFFICIAL_ACTS.test(text.slice(at + 1))) return undefined;
  // A dictionary word that is no one's name (孩子, 干部) is not a name, whatever its first character.
  if (end !== undefined && NAME_TAGS.has(tagOf(text.slice(at, end)))) return end;
  return lenient ? (prepositionName(text, at) ?? wordReadAsName(text, at)) : undefined;
}

/** Verbs that close an official's name in news prose, whatever the name (县委书记扎西多吉主持会议), and the close of a
 *  list of leaders (市委副书记某某等有关领导). */
const OFFICIAL_ACTS =
  /^(?:主持|强调|指出|表示|出席|参加|陪同|讲话|致辞|一行|带队|率队|介绍|要求|宣读|说[，,:]|会见|会谈|访华|访问|来华|等[^，,。；;]{0,6}?(?:领导|同志))/;
/** Characters no name holds: particles, pronouns and function words (同志们, 等人, 也要). */
export const NOT_IN_NAME = /[们等的了在和与及也都又就要对将把被向从是这那其各全本该此]/;

/**
 * A name of two to four characters whose surname no list holds (Tibetan and Yi names: 扎西多吉, 吉克阿呷), after a
 * government post and closed by what officials do (主持, 强调, 出席): the segmenter must read it as no ordinary words.
 */
export function unlistedNameEnd(text: string, at: number): number | undefined {
  // A name of two written twice by a slip (局长某某某某表示): the name once.
  const twice = text.slice(at, at + 2);
  if (/^\p{Script=Han}{2}$/u.test(twice) && text.startsWith(twice, at + 2) && OFFICIAL_ACTS.test(text.slice(at + 4)))
    return at + 2;
  for (const n of [2, 3, 4]) {
    const name = text.slice(at, at + n);
    if (name.length < n || !/^\p{Script=Han}+$/u.test(name) || NOT_IN_NAME.test(name)) return undefined;
    if (!OFFICIAL_ACTS.test(text.slice(at + n))) continue;
    if (!NAME_TAGS.has(tagOf(name)) || regionByName(name)) return undefined;
    // Parts of such names read as places (扎西 ns), never as ordinary words.
    const words = segmentSlice(text, at, at + n);
    if (words.some((w) => w.length >= 2 && !NAME_TAGS.has(tagOf(w)) && tagOf(w) !== 'ns')) return undefined;
    return at + n;
  }
  return undefined;
}

/**
 * A name whose surname the segmenter joins to the title's last character (主任|何某某 read as 主|任何|某某, 局长|王某
 * as 局|长王): taken when the title itself starts a word (not 地处|长江) and the name is judged by what follows it.
 */
export function nameAcrossWord(text: string, titleStart: number, at: number): number | undefined {
  if (wordBoundaryAt(text, at) || !wordBoundaryAt(text, titleStart)) return undefined;
  const { words, starts } = wordsWithStarts(text);
  const i = starts.findIndex((s, k) => s < at && s + words[k]!.length > at);
  if (i < 0 || starts[i] !== at - 1 || words[i]!.length !== 2) return undefined;
  const end = nameAt(text, at);
  return end !== undefined && NAME_TAGS.has(tagOf(text.slice(at, end))) ? end : undefined;
}

/** Surname + a given name of one or two Han characters. */
export function surnameLed(name: string): boolean {
  const surname = surnameLength(name, 0);
  const given = name.length - surname;
  // A given name never ends in a particle or preposition (高声向|总书记 is 高声 + 向); a table's row label (成员, 单位)
  // is no name either.
  return (
    !ROW_LABELS.has(name) &&
    surname > 0 &&
    given >= 1 &&
    given <= 2 &&
    /^\p{Script=Han}+$/u.test(name) &&
    !NOT_GIVEN.has(name.at(-1)!)
  );
}

/** Parts of speech no word of a name has: prepositions, conjunctions, particles, pronouns, verbs, adverbs,
 *  adjectives, numerals (广大|同志, 免去|王某同志). Read for words of two characters or more only: the dictionary
 *  tags single characters by their commonest use (谢 v, 强 a), which says nothing about a name. */
const NOT_IN_NAME_TAGS = new Set([
  'p',
  'c',
  'u',
  'uj',
  'ul',
  'uz',
  'ug',
  'uv',
  'r',
  'd',
  'v',
  'vn',
  'a',
  'ad',
  'm',
  'l',
  'i',
]);
/** Single characters that end the words before a name (向|王某同志, 和|王某同志). */
const BEFORE_NAME_CHARS = new Set([...'向在和与及对把被给让请的了是为跟同从将由于']);

/**
 * Where a name of two or three characters ends at `end` starts, read back over the segmenter's words (向|林|某|同志 →
 * 林某; 张|桂|某|同志 → 张桂某), or undefined when the words before are no name (广大|同志, 基层|同志).
 */
export function nameBeforeWord(text: string, end: number): number | undefined {
  // Right after punctuation or the text's start (；王某同志任…) the name is all there is: the tags need not judge it.
  // So it is after a preposition the segmenter reads as a word of its own (在|张某某书记的带领下, 向|王某同志).
  const opened = [2, 3, 4].find((n) => {
    const before = text[end - n - 1] ?? '，';
    if (end - n < 0) return false;
    return !/\p{Script=Han}/u.test(before) || (BEFORE_NAME_CHARS.has(before) && wordBoundaryAt(text, end - n - 1));
  });
  const nameLike = (name: string) => surnameLed(name) && /^(?:nr|x)/.test(tagOf(name)); // not 全党, 全体
  if (opened !== undefined && nameLike(text.slice(end - opened, end))) return end - opened;
  const { words, starts } = wordsWithStarts(text);
  let i = starts.indexOf(end);
  if (i <= 0) return undefined;
  let start: number | undefined;
  for (let at = end; i > 0;) {
    const word = words[--i]!;
    if (at - starts[i]! > 3 || !/^\p{Script=Han}+$/u.test(word)) break;
    if (word.length === 1 ? BEFORE_NAME_CHARS.has(word) : NOT_IN_NAME_TAGS.has(tagOf(word))) break;
    at = starts[i]!;
    if (end - at >= 2 && nameLike(text.slice(at, end))) start = at;
  }
  return start;
}

/**
 * Names that open an appointment: surname + given name, no word that ends a place or a body. A clause that opens
 * with a name and 同志任 (；某某某同志任…) names someone whatever the surname, so a rare one no list holds is read too.
 */
export function looksLikeAppointee(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (/[市县区省镇乡村委局办部会院所司队组室处厅副]$/.test(name) || regionByName(name)) return false;
  if (SURNAME_LED_VERB.test(text.slice(start, start + 2))) return false;
  // An ethnic group in a profile (某某，女，苗族，…) is no name, though 苗, 白 and 黎 are surnames.
  if (/^\p{Script=Han}族$/u.test(name)) return false;
  // The start of a place's name is no one's name (免去|江宁|区某局局长职务).
  if ((regionTrie().longestAt(text, start)?.end ?? 0) > end) return false;
  // A post is no one's name (董事长, 主任).
  if (TITLE_TRIE.longestEndingAt(text, end, MAX_TITLE_LENGTH)) return false;
  // 王某|兼任, 李某|接任, 王某|历任: the name ends before a two-character appointment verb, not inside it (升 ends given
  // names).
  if (name.length > 2 && /^[兼接调改转挂担出历现]任/.test(text.slice(end - 1))) return false;
  // …and never holds the first character of 出生, 担任 or 以及 (曾|担任: 曾 is a surname too).
  if (WORD_AFTER_NAME.test(text.slice(end - 1, end + 1))) return false;
  if (surnameLed(name) || givenEndsInWei(text, start, end) || givenEndsInJoiner(text, start, end)) return true;
  const opensClause = start === 0 || /[，,。；;：:\s>]/.test(text[start - 1]!);
  return (
    opensClause &&
    /^\p{Script=Han}+$/u.test(name) &&
    // …not the verb that opens an appointment (任命|李某(女)为…: 任 is a surname too).
    !/^(?:任命|任免|免去|提名|推荐|聘任|聘请|决定|同意)/.test(name) &&
    !NOT_IN_NAME.test(name) &&
    // …or opens a table row whose next cell is the sex (马某某 男 1980.03 …).
    /^(?:同志(?:(?:此前|之前|原|曾|现|已)?(?:兼|担|调|升|转|改)?任|主持)|[，,(](?:男|女)[，,)]|\s+(?:男|女)(?:\s|$))/.test(
      text.slice(end),
    )
  );
}

/** Whether text[start, end) is a place's name or the start of one (镇长 某江镇党委书记: the town, no one after the
 *  post): one the gazetteer reads there, or a town or township whose body or post follows it. */
export function namesPlace(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  const placeEnd = regionTrie().longestAt(text, start)?.end ?? 0;
  if (placeEnd > end || (placeEnd === end && /[省市县区旗镇乡村]$/.test(name))) return true;
  return /[镇乡]$/.test(name) && (/^(?:党委|人民政府|政府)/.test(text.slice(end)) || !!TITLE_TRIE.longestAt(text, end));
}

/** What only a leader does to a body or a place, opening a clause after their name (王某调研某大学, 李某会见某公司总裁,
 *  王某连日来调研…, 李某赴某县督导): the name is an official's, though no title says so. */
export const LEADER_VISIT =
  '(?:连日来|近日|日前|今天|昨天)?(?:调研|会见|会晤|考察|视察|督导|走访|慰问|看望|接见|拜会|拜访|主持召开|率团|率队|赴)';

/** 曾 as "once" before the verb of a bio (曾任某县县长, 曾在某局工作): no surname there. */
const ONCE = /^曾(?:任|经|在|是|为|担任|获|被|于)/;

/** A list item that is wholly a personal name: surname-led, and a name or no word at all to the segmenter, or a
 *  surname and characters it leaves alone (not 王府井, not a place). */
export function wholeName(item: string): boolean {
  if (!surnameLed(item) || NOT_IN_NAME.test(item) || regionByName(item) || ONCE.test(item)) return false;
  return NAME_TAGS.has(tagOf(item)) || nameByWords(`${item}。`, 0) === item.length;
}

export function looksLikeName(item: string): boolean {
  return item.length >= 2 && item.length <= 4 && nameAt(item, 0) === item.length;
}
