// People: names after post titles (宿城区委常委、…党工委书记周明远), lists of names (王晓明、刘海…等参加),
// and names that open a clause with a speech verb (郑国强主持…).
import { MAX_TITLE_LENGTH, NAME_FOLLOWERS, SURNAMES, TITLES, type TitleInfo } from '../lexicon/people.ts';
import { Trie } from '../lexicon/trie.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

const TITLE_TRIE = new Trie<TitleInfo>(TITLES);
const FOLLOWER_TRIE = new Trie<true>(NAME_FOLLOWERS.map((w) => [w, true] as const));
const SINGLE_FOLLOWERS = new Set(NAME_FOLLOWERS.filter((w) => w.length === 1));
const HAN = /\p{Script=Han}/u;
const BOUNDARY = /^(?:$|[，,。；;：:！!？?、）)”’\s（(])/;
const CHAIN_SEPARATORS = new Set(['、', ',', '，']);
/** Verbs that make a clause-initial name a person even without a title. */
const STRONG_FOLLOWERS = ['主持', '表示', '指出', '强调', '介绍', '要求', '在主持', '说'];
const NAME_LIST = /((?:[一-龥]{2,4}、){2,}[一-龥]{2,4})(?=等)/g;
const LIST_TAILS = /^等(?:[一-龥]{0,4})?(?:参加|出席|陪同|参会|领导|同志|参观|调研|会见|座谈)/;

export interface TitleSegment {
  /** Text between the previous separator and the title: the body the post belongs to, or nothing. */
  org: string;
  orgStart: number;
  title: string;
  titleStart: number;
  government: boolean;
}

/** The chain of posts directly before position `end` (…区委常委、…党工委书记|周明远), left to right. */
export function titleChainBefore(text: string, end: number): TitleSegment[] {
  const chain: TitleSegment[] = [];
  let pos = end;
  for (;;) {
    const m = TITLE_TRIE.longestEndingAt(text, pos, MAX_TITLE_LENGTH);
    if (!m) break;
    let segStart = m.start;
    while (
      segStart > 0 &&
      !CHAIN_SEPARATORS.has(text[segStart - 1]!) &&
      !/[。；;：:“”"（(）)\s]/.test(text[segStart - 1]!)
    )
      segStart--;
    chain.unshift({
      org: text.slice(segStart, m.start),
      orgStart: segStart,
      title: text.slice(m.start, m.end),
      titleStart: m.start,
      government: m.value.government,
    });
    if (segStart === 0 || !CHAIN_SEPARATORS.has(text[segStart - 1]!)) break;
    pos = segStart - 1;
  }
  return chain;
}

/** What follows a name that an appointment or an honorific makes a person's (王某同志任…, 王某同志, 王某总书记). */
const HONORED = /^同志(?:兼任|任|主持)|^(?:同志)?(?:总书记|同志$)/;
/** Where an appointment names the posts after the person (王某同志任…局局长、党组书记；…同志兼任…). */
const APPOINTED = /^同志(?:兼任|任|主持)/;
/** A body whose posts are not government posts: a company (…有限公司党委书记 is a company's Party post). */
const COMPANY_BODY = /(?:公司|集团|银行|企业)$/;

/** The posts after an appointment's 任/兼任 (…同志任|平潭某局党组书记、局长（试用期一年）；), left to right. */
function titleChainAfter(text: string, start: number): TitleSegment[] {
  const chain: TitleSegment[] = [];
  const stop = text.slice(start).search(/[；;。，,]|免去/);
  const end = stop < 0 ? text.length : start + stop;
  let segStart = start;
  for (const part of text.slice(start, end).split('、')) {
    // A trailing remark in brackets (试用期一年, 挂职) is no part of the post.
    const post = part.replace(/[（(][^）)]*[）)]$/, '');
    const m = TITLE_TRIE.longestEndingAt(text, segStart + post.length, MAX_TITLE_LENGTH);
    if (m && m.start >= segStart) {
      const org = text.slice(segStart, m.start);
      chain.push({
        org,
        orgStart: segStart,
        title: text.slice(m.start, m.end),
        titleStart: m.start,
        government: m.value.government && !COMPANY_BODY.test(org),
      });
    }
    segStart += part.length + 1;
  }
  return chain;
}

/** The posts an appointment gives the person named up to `end` (王某|同志任…), or undefined when none follows. */
export function appointedPosts(text: string, end: number): TitleSegment[] | undefined {
  const verb = APPOINTED.exec(text.slice(end));
  return verb ? titleChainAfter(text, end + verb[0].length) : undefined;
}

/** A personal name starting at `start` (surname + one or two characters), judged by what follows it. */
export function nameAt(text: string, start: number): number | undefined {
  const surname = SURNAMES.has(text.slice(start, start + 2)) ? 2 : SURNAMES.has(text[start] ?? '') ? 1 : 0;
  if (!surname) return undefined;
  for (const given of [2, 1]) {
    const end = start + surname + given;
    const name = text.slice(start, end);
    if (name.length !== surname + given || ![...name].every((ch) => HAN.test(ch))) continue;
    if (given === 2 && SINGLE_FOLLOWERS.has(name[name.length - 1]!)) continue;
    const rest = text.slice(end);
    if (BOUNDARY.test(rest) || FOLLOWER_TRIE.longestAt(rest, 0)) return end;
  }
  return undefined;
}

function looksLikeName(item: string): boolean {
  return item.length >= 2 && item.length <= 4 && nameAt(item, 0) === item.length;
}

export function recognizePeople(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  // Names after a title chain.
  for (const { end: titleEnd } of TITLE_TRIE.findAll(text)) {
    const end = nameAt(text, titleEnd);
    if (end === undefined) continue;
    const chain = titleChainBefore(text, titleEnd);
    out.push({
      kind: 'Person',
      name: text.slice(titleEnd, end),
      sentence,
      start: titleEnd,
      end,
      priority: PRIORITY.titledPerson,
      titled: chain.some((s) => s.government) ? 'government' : 'other',
    });
  }
  // Names that an appointment or an honorific follows (王某同志任…, 王某总书记).
  for (const m of text.matchAll(/(?:^|[，,。；;：:、\s（(])([一-龥]{2,4}?)(?=同志|总书记)/g)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = nameAt(text, start);
    if (end !== start + m[1]!.length || !HONORED.test(text.slice(end, end + 4))) continue;
    const chain = appointedPosts(text, end) ?? [];
    const government = text.startsWith('总书记', end) || chain.some((c) => c.government);
    out.push({
      kind: 'Person',
      name: m[1]!,
      sentence,
      start,
      end,
      priority: PRIORITY.titledPerson,
      titled: government ? 'government' : 'other',
    });
  }
  // Lists of names closed by 等参加 and the like.
  const lists = text.includes('、') && text.includes('等') ? text.matchAll(NAME_LIST) : [];
  for (const m of lists) {
    if (!LIST_TAILS.test(text.slice(m.index + m[1]!.length))) continue;
    let offset = m.index;
    for (const item of m[1]!.split('、')) {
      if (looksLikeName(item))
        out.push({
          kind: 'Person',
          name: item,
          sentence,
          start: offset,
          end: offset + item.length,
          priority: PRIORITY.person,
        });
      offset += item.length + 1;
    }
  }
  // A clause that opens with a name and a speech verb.
  for (const m of text.matchAll(
    /(?:^|[，,。；;：:”])([一-龥]{2,4}?)(?=主持|表示|指出|强调|介绍|要求|在主持|说[，,:：])/g,
  )) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = nameAt(text, start);
    if (end !== start + m[1]!.length) continue;
    if (!STRONG_FOLLOWERS.some((f) => text.startsWith(f, end))) continue;
    out.push({ kind: 'Person', name: m[1]!, sentence, start, end, priority: PRIORITY.person });
  }
  return out;
}
