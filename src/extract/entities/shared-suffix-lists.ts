// Facilities listed with their suffix written once (甲、乙口岸; 甲、乙和丙电厂; 甲、乙铁路口岸; 甲、乙等水利枢纽; 甲、乙
// 2座电站): each item is a facility of its own, named with the shared words (the corpus expands lists sharing a
// suffix). The suffix rule reads at most the last item, and cuts or refuses its head where it knows no place in it
// (青禾口岸); the items before it it never sees as facilities.
import { PROJECT_SUFFIXES } from '../lexicon/names.ts';
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { Trie } from '../lexicon/trie.ts';
import { isStopWord, nameStart } from './boundary.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { regionTrie } from './regions.ts';
import { continuesWord, looksProper } from './suffix-table.ts';

/** A list's items are joined by 、: every sentence this recognizer proposes in holds one. */
export const SHARED_SUFFIX_TRIGGERS: readonly string[] = ['、'];

/** Facility suffixes of the project table; events (…博览会, …论坛, …节) are named one by one, and 工程 only after
 *  what is done (…综合整治工程: see WORKS). */
const EVENT_WORD = /(?:会|论坛|峰会|节)$/;
const FACILITY_SUFFIXES = PROJECT_SUFFIXES.filter((suffix) => !EVENT_WORD.test(suffix) && suffix !== '工程');
const FACILITY = new Trie<true>(FACILITY_SUFFIXES.map((suffix) => [suffix, true] as const));
/** Works shared by the items before their 工程 (甲、乙|综合整治工程). */
const WORKS = /(?:综合整治|综合治理|整治|治理|改造|提升|扩建|新建|建设)工程$/;

/** Route and platform words an item may end with (甲乙高铁, 某某云平台): its own name, no item sharing the list's words. */
const OWN_WORD = /(?:高铁|高速|铁路|公路|大道|路|平台|系统|网站)$/;
/** True when an item ends with a facility's or a route's word of its own (某某中心, 甲乙高铁). */
const ownFacilityWord = (item: string) =>
  OWN_WORD.test(item) || FACILITY.longestEndingAt(item, item.length, 8) !== undefined;

/** An item: two to six characters of a name, no clause mark. */
const ITEM = /^[\p{Script=Han}A-Za-z0-9·]{2,6}$/u;
/** A count of the facilities a list names (2座, 三处, 6个). */
const COUNT = '[0-9一二两三四五六七八九十]+[座处个条]';

/** True when an item reads as a name: a place, or a head no common word makes (青禾峡, 云栖), with no verb or
 *  function word that would make it a clause. */
function namesItem(item: string): boolean {
  return ITEM.test(item) && (isPlace(item) || (looksProper(item) && !holdsClauseWords(item)));
}

/** True when a verb or a function word makes `words` a clause (等地|建设), not a name. */
function holdsClauseWords(words: string): boolean {
  return segment(words).some(
    (word) => isStopWord(word) || /^[等的了]$/.test(word) || (word.length > 1 && tagOf(word) === 'v'),
  );
}

/** The facility words that end `text` at `end` and are written once for a list: a suffix of the table, with the
 *  works before 工程. */
function sharedWordsEndingAt(text: string, end: number): string | undefined {
  const works = WORKS.exec(text.slice(Math.max(0, end - 10), end))?.[0];
  if (works) return works;
  const suffix = FACILITY.longestEndingAt(text, end, 8);
  return suffix ? text.slice(suffix.start, end) : undefined;
}

/** The items of the list whose last separator is at `lastSep`, from the first one's start (the first item's head
 *  starts where a name does: after a verb, a mark or a place of the clause). */
function listItems(text: string, lastSep: number): { item: string; start: number }[] {
  const items: { item: string; start: number }[] = [];
  let end = lastSep;
  for (;;) {
    const sep = text.lastIndexOf('、', end - 1);
    const from = sep >= 0 && end - sep - 1 <= 6 && ITEM.test(text.slice(sep + 1, end)) ? sep + 1 : -1;
    if (from < 0) {
      const floor = Math.max(0, end - 8);
      const start = nameStart(text, end, floor);
      // (A first item the walk ran to its limit in is cut from a longer name: no item.)
      const cut = start === floor && /\p{Script=Han}/u.test(text[floor - 1] ?? '');
      items.unshift({ item: cut ? '' : text.slice(start, end), start });
      return items;
    }
    items.unshift({ item: text.slice(from, end), start: from });
    end = sep;
  }
}

/** The last item, then 等 or a count, then the words written once for all (…丙|等|水利枢纽, …丙|2座|电站). */
const CLOSED_LAST = new RegExp(`^(\\p{Script=Han}{2,6}?)(?:等(?:${COUNT})?|${COUNT})(\\p{Script=Han}{2,8})`, 'u');

/** The shortest words at the start of `run` that end with a facility suffix and end a word there. */
function sharedWordsOpening(run: string): string | undefined {
  for (let end = 2; end <= run.length; end++) {
    const shared = sharedWordsEndingAt(run, end);
    if (shared && shared.length === end && !continuesWord(run, end)) return shared;
  }
  return undefined;
}

/** True when the name ends at `end` of `text`, not where the shared words are inside a longer one: a place runs on
 *  from them (甲乙铁路|苏州至…), the items before end with the word that follows (甲立交边坡、乙水库|边坡: the list is
 *  of 边坡), or 等 closes a list whose last item alone has the suffix (甲、乙、丙大厦|等10个项目). */
function endsName(text: string, end: number, items: readonly string[]): boolean {
  if (!/\p{Script=Han}/u.test(text[end] ?? '')) return true;
  const next = segment(text.slice(end, end + 6))[0]!;
  return !/^等/.test(next) && !regionTrie().longestAt(text, end) && !items.some((item) => item.endsWith(next));
}

/** The last item and the words shared, written together (…、丙铁路口岸): the words end at the first facility suffix
 *  and run on over any suffix right after it (常州|铁路|口岸); the last item's head is the place opening it where the
 *  other items are places (苏州、无锡、常州|铁路口岸), else what the shared words leave (青禾|口岸). */
function lastWithShared(after: string, items: readonly string[]): { head: string; end: number } | undefined {
  const placesBefore = items.every(isPlace);
  // (No longer than the items before it by more than a word of two: 上海等地建设|数据中心 ran into a clause.)
  const longest = Math.max(...items.map((item) => item.length)) + 2;
  const run = /^\p{Script=Han}{3,14}/u.exec(after)?.[0] ?? '';
  for (let end = 3; end <= run.length; end++) {
    const shared = sharedWordsEndingAt(run, end);
    if (!shared) continue;
    const start = end - shared.length;
    for (let next = FACILITY.longestAt(run, end); next; next = FACILITY.longestAt(run, end)) end = next.end;
    if (continuesWord(run, end) || !endsName(after, end, items)) return undefined;
    let head = run.slice(0, start);
    const place = regionTrie().longestAt(head, 0);
    if (placesBefore && place && place.end >= 2 && place.end < head.length) head = head.slice(0, place.end);
    // (A head among places may be a common word the list makes a name: 苏州、青禾|口岸.)
    const named = namesItem(head) || (placesBefore && ITEM.test(head) && head.length <= 4 && !holdsClauseWords(head));
    const between = run.slice(head.length, start);
    return head.length <= longest && named && between.length <= 4 && !holdsClauseWords(between)
      ? { head, end }
      : undefined;
  }
  return undefined;
}

const isPlace = (item: string) => regionTrie().longestAt(item, 0)?.end === item.length;

export function recognizeSharedSuffixLists(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  // An item that is a place stays a Region where it is written: its facility lies on it without taking its place.
  const push = (name: string, start: number, end: number, item?: string) =>
    out.push({
      kind: 'Project',
      name,
      sentence,
      start,
      end,
      priority: PRIORITY.suffixName,
      ...(item !== undefined && isPlace(item) && { nested: true }),
    });
  // (Facility words of the sentence, found once: a list shares one only where one follows its last separator.)
  const facilityEnds = FACILITY.findAll(text).map((f) => f.end);
  const worksEnds = [...text.matchAll(/工程/gu)].map((w) => w.index + 2);
  for (const m of text.matchAll(/、/gu)) {
    const lastSep = m.index;
    const near = (end: number) => end > lastSep + 2 && end <= lastSep + 28;
    if (!facilityEnds.some(near) && !worksEnds.some(near)) continue;
    let after = text.slice(lastSep + 1);
    // The list ends at this separator when no further one follows its next item.
    if (/^[^，,。；;：:、！!？?\s]{1,6}、/u.test(after)) continue;
    const items = listItems(text, lastSep);
    // (An item with a facility's word of its own is a name of its own: 某某中心、青禾中心.)
    if (!items.every(({ item }) => namesItem(item) && !ownFacilityWord(item))) continue;
    let last = lastSep + 1;
    // (The last item may be joined by 和 or 及: 甲、乙和丙电厂.)
    const joined = /^(\p{Script=Han}{2,6}?)[和及]/u.exec(after);
    // (…not one with a facility's or a route's word of its own: 甲、乙高铁|和|丙铁路 are two lists.)
    if (joined && namesItem(joined[1]!) && !ownFacilityWord(joined[1]!)) {
      items.push({ item: joined[1]!, start: last });
      last += joined[0].length;
      after = text.slice(last);
    }
    const closed = CLOSED_LAST.exec(after);
    const sharedAfterCloser = closed && namesItem(closed[1]!) ? sharedWordsOpening(closed[2]!) : undefined;
    if (closed && sharedAfterCloser) {
      // Every item, the last too, is written without the words: 甲、乙等|水利枢纽.
      items.push({ item: closed[1]!, start: last });
      for (const { item, start } of items) push(item + sharedAfterCloser, start, start + item.length, item);
      continue;
    }
    const written = lastWithShared(
      after,
      items.map(({ item }) => item),
    );
    if (!written) continue;
    const shared = after.slice(written.head.length, written.end);
    for (const { item, start } of items) push(item + shared, start, start + item.length, item);
    push(after.slice(0, written.end), last, last + written.end);
  }
  return out;
}
