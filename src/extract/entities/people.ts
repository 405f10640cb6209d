// People: names after post titles (宿城区委常委、…党工委书记周明远), lists of names (王晓明、刘海…等参加),
// and names that open a clause with a speech verb (郑国强主持…).
import {
  MAX_TITLE_LENGTH,
  NAME_FOLLOWERS,
  SINGLE_SURNAMES,
  SURNAMES,
  TITLES,
  type TitleInfo,
} from '../lexicon/people.ts';
import { segmentSlice, tagOf, wordsWithStarts } from '../lexicon/segmenter.ts';
import { regionByName } from '../lexicon/regions.ts';
import { Trie, type TrieMatch } from '../lexicon/trie.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

const TITLE_TRIE = new Trie<TitleInfo>(TITLES);
const FOLLOWER_TRIE = new Trie<true>(NAME_FOLLOWERS.map((w) => [w, true] as const));
const SINGLE_FOLLOWERS = new Set(NAME_FOLLOWERS.filter((w) => w.length === 1));
const HAN = /\p{Script=Han}/u;
/** Particles that end a phrase, never a name (辛苦了). */
const PARTICLES = new Set([...'了着过吗呢啊吧']);
const BOUNDARY = /^(?:$|[，,。；;：:！!？?、）)”’\s（(])/;
const CHAIN_SEPARATORS = new Set(['、', ',', '，']);
/** Verbs that make a clause-initial name a person even without a title. */
const STRONG_FOLLOWERS = [
  '主持',
  '表示',
  '指出',
  '强调',
  '介绍',
  '要求',
  '在主持',
  '说',
  '一行',
  '带队',
  '率队',
  '在讲话中',
  '在会上',
  '在调研中',
  '在座谈会上',
  '传达',
  '宣读',
  '通报',
  '带领',
  '看望',
  '慰问',
  '听取',
  '称',
];
/** Verbs that close a name only in one form: 说 before its colon or comma, 称 not in 称号/称为/名称. */
const FOLLOWER_FORMS: Readonly<Record<string, string>> = { 说: '说[，,:：]', 称: '称(?![号为赞作呼谓:：])' };
/** A clause that opens with a name and one of those verbs (说 only before its colon or comma). */
const CLAUSE_NAME = new RegExp(
  `(?:^|[，,。；;：:”>])([一-龥]{2,4}?)(?=${STRONG_FOLLOWERS.map((f) => FOLLOWER_FORMS[f] ?? f).join('|')})`,
  'g',
);
const NAME_LIST = /((?:[一-龥]{2,4}、){1,}[一-龥]{2,4}?)(?=等|和|及|以及|出席|陪同|参加)/g;
/** What closes a list of names: 等参加 and the like, 和/及 others who take part (…和有关部门负责同志陪同), or the verb. */
const LIST_TAILS =
  /^(?:等(?:[一-龥]{0,4})?|(?:和|及|以及)[^，,。；;：:]{0,16}?)?(?:参加|出席|陪同|参会|领导|同志|参观|调研|会见|座谈)/;
/** A list of people who accompany a visit or stand beside officials is a list of officials. */
const OFFICIALS_TAIL = /^(?:出席|[^，,。；;]{0,18}?(?:陪同|负责同志|领导))/;

/** A post title ending at `end`; 特|区政府 is the special region's government (特区政府财政司司长), whose 区政府
 *  is no district's: the post is the head after it. */
function titleEndingAt(text: string, end: number): TrieMatch<TitleInfo> | undefined {
  const m = TITLE_TRIE.longestEndingAt(text, end, MAX_TITLE_LENGTH);
  if (!m || text[m.start - 1] !== '特') return m;
  const prefix = /^区(?:政府|委)/.exec(text.slice(m.start, m.end))?.[0].length ?? 0;
  const head = prefix ? TITLE_TRIE.get(text.slice(m.start + prefix, m.end)) : undefined;
  return head ? { start: m.start + prefix, end: m.end, value: head } : m;
}

/** A person's name at text[start, end), as sure as its rule (priority), with the kind of post said when one is. */
function personAt(
  text: string,
  sentence: number,
  start: number,
  end: number,
  priority: number,
  titled?: Candidate['titled'],
): Candidate {
  return {
    kind: 'Person',
    name: text.slice(start, end),
    sentence,
    start,
    end,
    priority,
    ...(titled ? { titled } : {}),
  };
}

export interface TitleSegment {
  /** Text between the previous separator and the title: the body the post belongs to, or nothing. */
  org: string;
  orgStart: number;
  title: string;
  titleStart: number;
  government: boolean;
  /** Opens a clause of posts of its own (,兼…; 拟任…): a post in it with no body is not in a body of the clause before. */
  fresh?: boolean;
}

/** The chain of posts directly before position `end` (…区委常委、…党工委书记|周明远), left to right. */
export function titleChainBefore(text: string, end: number): TitleSegment[] {
  const chain: TitleSegment[] = [];
  let pos = text[end - 1] === ' ' ? end - 1 : end;
  for (;;) {
    const m = titleEndingAt(text, pos);
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
  // A post with no body of its own is in the body of the one before it (某公司党委书记、董事长: both the company's).
  let inCompany = false;
  for (const segment of chain) {
    const org = segment.org.trim();
    if (org) inCompany = outsideState(org, segment.title);
    segment.government = !inCompany && governmentPost(TITLE_TRIE.get(segment.title)!, org, segment.title);
  }
  return chain;
}

/** A body whose posts are not government posts: a company or a unit of one (…有限公司党委书记, …公司施工队队长). */
const COMPANY_BODY = /(?:公司|集团|银行)|(?:企业|厂)$/;
/** Other bodies outside the state (ONTOLOGY.md): a university, school, hospital, institute, association or expert
 *  panel, whose Party committee's posts too are a Person's (某大学党委书记, 专家组组长). */
const NON_STATE_BODY =
  /(?:大学|学院|学校|中学|小学|医院|协会|学会|商会|联谊会|促进会|基金会|研究院|研究所|专家组|课题组|评审组|合作社)$/;

/** Whether a post in `org` is held outside the state: a company's, or another non-state body's unless it is in
 *  a Party group (党组), which only state organs and the people's organizations they lead have (某协会党组成员). */
function outsideState(org: string, title: string): boolean {
  return COMPANY_BODY.test(org) || (NON_STATE_BODY.test(org) && !title.startsWith('党组'));
}
/** State organs whose heads carry titles that are no government posts elsewhere (法院院长, 党校校长, 派出所所长). */
const STATE_ORGAN = /(?:法院|检察院|党校|行政学院|派出所|公安局|公安分局)$/;

/** Whether a post is a government one: by its title, unless a company holds it; or by the state organ it is in. */
function governmentPost(title: TitleInfo, org: string, name: string): boolean {
  return (title.government && !outsideState(org, name)) || STATE_ORGAN.test(org);
}

/** Words after a post that are no part of it: a remark in brackets (试用期一年, 挂职, 兼), 候选人 of a nomination. */
const POST_REMARK = /(?:\([^)]*\)|候选人|人选)+$/;

/** `text` split at `separator` outside brackets (县(市、区)党委书记 is one post). */
function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.test(ch)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * The posts in text[start, end), split at 、 (and at ， in a removal, which lists posts of several bodies), or
 * undefined when `strict` and a part is no post. A post with no body of its own (党委书记、董事长) is in the body of the
 * one before it, and so a company's post when that one is.
 */
function postsIn(
  text: string,
  start: number,
  end: number,
  separators: RegExp,
  strict = false,
): TitleSegment[] | undefined {
  const chain: TitleSegment[] = [];
  let segStart = start;
  let inCompany = false;
  for (const part of splitOutsideBrackets(text.slice(start, end), separators)) {
    const post = part.replace(POST_REMARK, '');
    const m = titleEndingAt(text, segStart + post.length);
    if (m && m.start >= segStart) {
      const org = text.slice(segStart, m.start);
      const title = text.slice(m.start, m.end);
      if (org) inCompany = outsideState(org, title);
      chain.push({
        org,
        orgStart: segStart,
        title,
        titleStart: m.start,
        government: !inCompany && governmentPost(m.value, org, title),
      });
    } else if (strict) return undefined;
    if (strict && m && /[曾任是为担当在的了]/.test(text.slice(segStart, m.start))) return undefined;
    segStart += part.length + 1;
  }
  if (chain[0]) chain[0].fresh = true;
  return chain;
}

/** A state body's own name ending: the one whose work 主持…工作 puts someone in charge of is a government post. */
const STATE_BODY = /(?:局|委|办|厅|处|科|委员会|管委会|工委|政府|办公室)$/;

/** 王某同志主持|某局工作: in charge of a body without its title, the post the notice names 主持工作. */
function actingPost(text: string, start: number, end: number): TitleSegment[] {
  const org = /^(.{2,30}?)工作$/.exec(text.slice(start, end))?.[1];
  if (!org) return [];
  const government = STATE_BODY.test(org) && !COMPANY_BODY.test(org);
  return [{ org, orgStart: start, title: '主持工作', titleStart: start + org.length, government }];
}

/** The posts a removal names up to 职务 (免去其|某局副局长职务, 免去王某同志的|某局局长职务), from `start`. */
function removedPosts(text: string, start: number): TitleSegment[] {
  const end = text.indexOf('职务', start);
  const stop = text.slice(start).search(/[；;。<]/);
  if (end < 0 || (stop >= 0 && start + stop < end)) return [];
  return postsIn(text, start, end, /[、，,]/) ?? [];
}

/** Where a clause of posts ends: at the next comma or stop, or where a removal begins. */
function clauseEnd(text: string, start: number): number {
  // A tag left in a text file's body (…局长</p>) ends the clause too.
  const stop = text.slice(start).search(/[；;。，,<]|免去/);
  return stop < 0 ? text.length : start + stop;
}

/** Clauses after the posts that add more (，兼某公司董事长) or take some away (，免去其…职务; ，不再担任…职务). */
function followingPosts(text: string, from: number): TitleSegment[] {
  const out: TitleSegment[] = [];
  for (let at = from; ;) {
    const more = /^[，,]?(?:兼任|兼|(?:提名|推荐)为)/.exec(text.slice(at));
    if (more) {
      const end = clauseEnd(text, at + more[0].length);
      out.push(...(postsIn(text, at + more[0].length, end, /、/) ?? []));
      at = end;
      continue;
    }
    // 免去其 only: a bare 免去 after someone's posts starts another person's removal.
    const removal = /^[，,]?(?:免去其|不再担任|不再兼任)/.exec(text.slice(at));
    if (removal) out.push(...removedPosts(text, at + removal[0].length));
    return out;
  }
}

/** Other names sharing one appointment (王某、李某同志任…): where the verb starts after them, or `at` when none. */
function afterSharedNames(text: string, at: number): number {
  for (;;) {
    if (text.startsWith('同志', at)) at += 2;
    if (text[at] !== '、') return at;
    const next = [3, 2, 4].find((n) => {
      const after = text.slice(at + 1 + n);
      return surnameLed(text.slice(at + 1, at + 1 + n)) && /^(?:同志)?(?:、|兼任|担任|任[^务期何职性]|为)/.test(after);
    });
    if (next === undefined) return at;
    at += 1 + next;
  }
}

/** The verbs of an appointment between the name and its posts; 为 (任命王某为…) only where every part is a post. */
const APPOINT_VERB = /^(?:挂职任|兼任|担任|任(?![务期何职性])|为|拟任|拟提名为|拟推荐为)/;

/** The bio of a cadre before appointment (王某,男,汉族,1978年8月生,…): its posts follow 现任 and 拟任. */
const BIO_OPENING = /^(?:同志)?(?:[，,(\s](?:男|女)[，,)\s]|[，,](?:现任|曾任))/;
const CURRENT = /现任/;
const PROPOSED = /拟(?:任|提名为|推荐为|任命为|提名|推荐)/;

/** 现任某县委常委、组织部部长,拟任某县委副书记: the posts of a bio in one sentence. */
function bioPosts(text: string, end: number, tableRow = true): TitleSegment[] {
  const sentenceEnd = text.slice(end).search(/[；;。<]/);
  const stop = sentenceEnd < 0 ? text.length : end + sentenceEnd;
  const out: TitleSegment[] = [];
  const current = CURRENT.exec(text.slice(end, stop));
  if (current) {
    const from = end + current.index + current[0].length;
    const upTo = text.slice(from, stop).search(PROPOSED);
    // Posts held now may be in several bodies: split at ， too, up to the proposal.
    let last = upTo < 0 ? stop : from + upTo;
    while (last > from && /[，,]/.test(text[last - 1]!)) last--;
    out.push(...(postsIn(text, from, last, /[、，,]/) ?? []));
  }
  // A row of a table of cadres (王某 男 汉族 1978.08 某县委常委、组织部部长 拟任某县委副书记): the fields that are posts.
  if (tableRow && !current && /^(?:同志)?\s/.test(text.slice(end))) {
    let at = end;
    for (const field of text.slice(end, stop).split(/\s+/)) {
      const from = text.indexOf(field, at);
      at = from + field.length;
      const lead = PROPOSED.exec(field)?.index === 0 ? PROPOSED.exec(field)![0].length : 0;
      if (field.length - lead >= 2) out.push(...(postsIn(text, from + lead, at, /、/, true) ?? []));
    }
    return out;
  }
  const proposed = PROPOSED.exec(text.slice(end, stop));
  if (proposed) {
    const from = end + proposed.index + proposed[0].length;
    const postsEnd = clauseEnd(text, from);
    out.push(...(postsIn(text, from, Math.min(postsEnd, stop), /、/) ?? []));
    const nomination = /^[，,](?:提名|推荐)为/.exec(text.slice(postsEnd));
    if (nomination) {
      const next = postsEnd + nomination[0].length;
      out.push(...(postsIn(text, next, Math.min(clauseEnd(text, next), stop), /、/) ?? []));
    }
  }
  return out;
}

/**
 * The posts an appointment notice gives or takes from the person named at text[start, end), or undefined when it
 * is no appointment: 王某(同志)任|平潭某局党组书记、局长(试用期一年), then 免去其|某办副主任职务; 任命王某为|…; 免去王某
 * (同志)(的)|…职务; 王某,男,汉族,…现任|…,拟任|…. The posts a removal takes keep their HOLDS_POSITION (the gold's
 * convention), so they are returned too.
 */
export function appointedPosts(text: string, start: number, end: number): TitleSegment[] | undefined {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end);
  if (/免去[:：]?$/.test(before) || /^(?:同志)?(?:辞去|不再担任|不再兼任)/.test(after)) {
    const at = afterSharedNames(text, end);
    const posts = removedPosts(text, at + (/^(?:的|辞去|不再担任|不再兼任)/.exec(text.slice(at))?.[0].length ?? 0));
    return posts.length ? posts : undefined;
  }
  if (text.startsWith('同志主持', end)) {
    const from = end + '同志主持'.length;
    const postsEnd = clauseEnd(text, from);
    return [...actingPost(text, from, postsEnd), ...followingPosts(text, postsEnd)];
  }
  const verbAt = afterSharedNames(text, end);
  const verb = APPOINT_VERB.exec(text.slice(verbAt));
  if (verb) {
    const from = verbAt + verb[0].length;
    const postsEnd = clauseEnd(text, from);
    // 为 is also an ordinary preposition (王某为企业解决…): an appointment only when what follows is all posts.
    const posts = postsIn(text, from, postsEnd, /、/, verb[0] === '为');
    if (posts === undefined || !posts.length) return undefined;
    return [...posts, ...followingPosts(text, postsEnd)];
  }
  // A line of a removal list under 免去: (王某的|某局局长职务): every part up to 职务 must be a post.
  if (text.startsWith('的', verbAt)) {
    const postsEnd = text.indexOf('职务', verbAt);
    const posts = postsEnd < 0 ? undefined : postsIn(text, verbAt + 1, postsEnd, /[、，,]/, true);
    return posts?.length && /^职务(?:$|[；;。，,<])/.test(text.slice(postsEnd)) ? posts : undefined;
  }
  // A bio names the person whether or not its posts are in this sentence (…入党。现任…: bioPostsAfter reads on).
  if (BIO_OPENING.test(after)) return bioPosts(text, end);
  // Posts in brackets after the name (组长:王某(县委书记)): every part inside a post.
  const bracketed = /^\(([^()]{2,40})\)/.exec(after);
  if (bracketed && !/^\((?:左|右|中|前排|后排)/.test(after)) {
    const posts = postsIn(text, end + 1, end + 1 + bracketed[1]!.length, /[、，,]/, true);
    return posts?.length ? posts : undefined;
  }
  // A name and its posts in apposition (李某,某研究中心党组书记、副主任。): every part of the clause a post.
  if (/^[，,]/.test(after) && /(?:^|[:：。;；>\s])$/.test(text.slice(0, start))) {
    const postsEnd = clauseEnd(text, end + 1);
    const posts = postsIn(text, end + 1, postsEnd, /、/, true);
    return posts?.length ? posts : undefined;
  }
  return undefined;
}

/** A line of a career (1982年3月至1986年10月,在某大学经济系工作,任讲师、教研室主任): it opens with a date. */
const CAREER_LINE = /^(?:<[^>]*>|&nbsp;|\s)*\d{4}(?:年|\.|-|—|―|－)/;
const CAREER_VERB = /(?:曾任|历任|先后任|担任|任)/;

/**
 * The posts a career line gives the person whose resume it is, and where it names the body they worked in (在某所
 * 工作,任副研究员: the posts with no body of their own are that body's), or undefined when it is no career line.
 */
export function careerPosts(
  text: string,
): { posts: TitleSegment[]; workplace?: { start: number; end: number } } | undefined {
  if (!CAREER_LINE.test(text)) return undefined;
  const work = /在([^，,。；;在]{2,30}?)(?:工作|任职)/.exec(text);
  const verb = CAREER_VERB.exec(text.slice(work ? work.index + work[0].length : 0));
  const from = verb ? (work ? work.index + work[0].length : 0) + verb.index + verb[0].length : -1;
  // Without a verb, the posts follow the dates directly (1969—1975年 某公司办事员、组织科副科长).
  const start =
    from >= 0 ? from : (/^(?:<[^>]*>|&nbsp;|\s)*[\d年月日.\-—―－至今~]+[\s，,]*/.exec(text)?.[0].length ?? 0);
  const stop = text.slice(start).search(/[；;。<]/);
  const posts = postsIn(text, start, stop < 0 ? text.length : start + stop, /[、，,]/) ?? [];
  if (!posts.length) return undefined;
  return { posts, ...(work ? { workplace: { start: work.index + 1, end: work.index + 1 + work[1]!.length } } : {}) };
}

/** A sentence that opens another cadre's bio (李某,女,…): the one before has ended. */
const OPENS_BIO = /^[^，,。\s]{2,8}?(?:同志)?[，,(\s](?:男|女)[，,)\s]/;

/**
 * The posts of the bio whose name ends at `end` in sentence `sentence`: in that sentence, or in the next few up to
 * another bio (王某,男,…入党。现任某县委常委。拟任某县委副书记。), each with its sentence.
 */
export function bioPostsAfter(
  texts: readonly string[],
  sentence: number,
  end: number,
): { sentence: number; posts: TitleSegment[] }[] {
  if (!BIO_OPENING.test(texts[sentence]!.slice(end))) return [];
  const here = bioPosts(texts[sentence]!, end);
  if (here.length) return [{ sentence, posts: here }];
  const out: { sentence: number; posts: TitleSegment[] }[] = [];
  for (let i = sentence + 1; i < Math.min(texts.length, sentence + 4) && !OPENS_BIO.test(texts[i]!); i++) {
    const posts = bioPosts(texts[i]!, 0, false);
    if (posts.length) out.push({ sentence: i, posts });
  }
  return out;
}

/** The length of the surname opening text at `start` (a compound one first), 0 when none does. */
function surnameLength(text: string, start: number): number {
  return SURNAMES.has(text.slice(start, start + 2)) ? 2 : SURNAMES.has(text[start] ?? '') ? 1 : 0;
}

/** A personal name starting at `start` (surname + one or two characters), judged by what follows it. */
export function nameAt(text: string, start: number): number | undefined {
  const surname = surnameLength(text, start);
  if (!surname) return undefined;
  for (const given of [2, 1]) {
    const end = start + surname + given;
    const name = text.slice(start, end);
    if (name.length !== surname + given || ![...name].every((ch) => HAN.test(ch))) continue;
    if (given === 2 && (SINGLE_FOLLOWERS.has(name.at(-1)!) || PARTICLES.has(name.at(-1)!))) continue;
    const rest = text.slice(end);
    if (BOUNDARY.test(rest) || FOLLOWER_TRIE.longestAt(rest, 0)) return end;
  }
  return undefined;
}

/** Characters that never end a given name: particles and prepositions that follow names in prose. */
const NOT_GIVEN = new Set([...SINGLE_FOLLOWERS, ...'是将到从把被让给跟同上下里中']);
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'x']);

/**
 * A name after a post title whatever word follows it (主席|习某某近日…, 书记|王某带着…): where the segmenter
 * ends it. A word that starts at the surname and is a person's name in the dictionary is the name; otherwise the
 * given name is the one or two characters the segmenter leaves on their own (or one unknown two-character word)
 * before the next ordinary word.
 */
export function nameByWords(text: string, start: number): number | undefined {
  const surname = surnameLength(text, start);
  if (!surname) return undefined;
  const words = segmentSlice(text, start, Math.min(text.length, start + surname + 4));
  const first = words[0] ?? '';
  if (first.length > surname) {
    const whole = first.length <= surname + 2 && ['nr', 'nrfg', 'nrt'].includes(tagOf(first));
    return whole ? start + first.length : undefined;
  }
  if (first.length !== surname) return undefined;
  let given = 0;
  for (const word of words.slice(1)) {
    if (!HAN.test(word) || given + word.length > 2) break;
    if (word.length === 1 ? NOT_GIVEN.has(word) : given > 0 || !NAME_TAGS.has(tagOf(word))) break;
    given += word.length;
  }
  return given ? start + surname + given : undefined;
}

/** Nouns for what a person is (村民, 创始人) that, right before a name, make it a person's. */
const ROLE_NOUNS = new Trie<true>(
  [
    '村民',
    '农民',
    '居民',
    '市民',
    '牧民',
    '渔民',
    '职工',
    '工人',
    '员工',
    '老党员',
    '党员',
    '老人',
    '老师',
    '教师',
    '医生',
    '护士',
    '学生',
    '游客',
    '创始人',
    '负责人',
    '企业家',
    '技术员',
    '工程师',
    '志愿者',
    '艺人',
    '传承人',
    '带头人',
    '致富带头人',
    '种植户',
    '养殖户',
    '贫困户',
    '搬迁户',
    '店主',
    '退伍军人',
    '后代',
    '脱贫户',
    '村医',
    '大学生',
    '博士',
    '教授',
    '院士',
    '专家',
    '研究员',
  ].map((w) => [w, true] as const),
);

/** A word boundary of the segmenter's at `at`: a title or role noun inside a longer word (地处|长江) names no one. */
function wordBoundaryAt(text: string, at: number): boolean {
  return at === text.length || wordsWithStarts(text).starts.includes(at);
}

/** A minority name written with an interpunct (艾某·某某), which no surname list covers. */
const DOTTED_NAME = /^[一-龥]{2,6}·[一-龥]{2,8}/;

/** The end of a dotted name at `at`: its second part stops where prose resumes (…·某某陪同下, …·某某家中). */
function dottedNameEnd(text: string, at: number): number | undefined {
  const m = DOTTED_NAME.exec(text.slice(at));
  if (!m) return undefined;
  const dot = at + m[0].indexOf('·');
  for (let end = dot + 3; end < at + m[0].length; end++)
    if (FOLLOWER_TRIE.longestAt(text, end) || text[end] === '家') return end;
  return at + m[0].length;
}

/**
 * A name right after a post title or a role noun ending at `at`: a dotted name, or surname + given name judged by
 * what follows (`lenient`: any known follower, for titles) or by the segmenter's words.
 */
function nameAfterWord(text: string, at: number, lenient: boolean): number | undefined {
  const dotted = dottedNameEnd(text, at);
  if (dotted) return dotted;
  if (!wordBoundaryAt(text, at)) return undefined;
  const end = (lenient ? nameAt(text, at) : undefined) ?? nameByWords(text, at);
  // A dictionary word that is no one's name (孩子, 干部) is not a name, whatever its first character.
  return end !== undefined && NAME_TAGS.has(tagOf(text.slice(at, end))) ? end : undefined;
}

/** Verbs that close an official's name in news prose, whatever the name (县委书记扎西多吉主持会议). */
const OFFICIAL_ACTS = /^(?:主持|强调|指出|表示|出席|参加|陪同|讲话|致辞|一行|带队|率队|介绍|要求|宣读|说[，,:])/;
/** Characters no name holds: particles, pronouns and function words (同志们, 等人, 也要). */
const NOT_IN_NAME = /[们等的了在和与及也都又就要对将把被向从是这那其各全本该此]/;

/**
 * A name of two to four characters whose surname no list holds (Tibetan and Yi names: 扎西多吉, 吉克阿呷), after a
 * government post and closed by what officials do (主持, 强调, 出席): the segmenter must read it as no ordinary words.
 */
function unlistedNameEnd(text: string, at: number): number | undefined {
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
function nameAcrossWord(text: string, titleStart: number, at: number): number | undefined {
  if (wordBoundaryAt(text, at) || !wordBoundaryAt(text, titleStart)) return undefined;
  const { words, starts } = wordsWithStarts(text);
  const i = starts.findIndex((s, k) => s < at && s + words[k]!.length > at);
  if (i < 0 || starts[i] !== at - 1 || words[i]!.length !== 2) return undefined;
  const end = nameAt(text, at);
  return end !== undefined && NAME_TAGS.has(tagOf(text.slice(at, end))) ? end : undefined;
}

/** Surname + a given name of one or two Han characters. */
function surnameLed(name: string): boolean {
  const surname = surnameLength(name, 0);
  const given = name.length - surname;
  // A given name never ends in a particle or preposition (高声向|总书记 is 高声 + 向).
  return surname > 0 && given >= 1 && given <= 2 && /^\p{Script=Han}+$/u.test(name) && !NOT_GIVEN.has(name.at(-1)!);
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
function nameBeforeWord(text: string, end: number): number | undefined {
  // Right after punctuation or the text's start (；王某同志任…) the name is all there is: the tags need not judge it.
  const opened = [2, 3, 4].find((n) => end - n >= 0 && !/\p{Script=Han}/u.test(text[end - n - 1] ?? '，'));
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

/** Honours and professions written after a name (某某院士, 某某教授): a person's, no post. */
const PERSON_TITLE_AFTER = /(?:院士|教授|研究员|工程师|总经理|董事长)/g;

/** A name before a home (村民|王某某家中, 店主|韩某某一家), judged by that word when the segmenter has no name. */
function nameBeforeHome(text: string, at: number): number | undefined {
  const end = nameAt(text, at);
  if (end === undefined || !/^(?:家中|一家|家里)/.test(text.slice(end))) return undefined;
  return NAME_TAGS.has(tagOf(text.slice(at, end))) ? end : undefined;
}

/** Where a caption places a person: (左二), (右一), (前排左三), (中). */
const CAPTION_PLACE = /\((?:前排|后排|第一排|第二排)?(?:左|右|中)[一二三四五六七八九十\d]{0,2}\)/g;

/** A name before a caption's place: surname-led, opening the caption or after 、 / 图为 / 和 / 与. */
function looksLikeCaptioned(text: string, start: number, end: number): boolean {
  return (
    surnameLed(text.slice(start, end)) &&
    looksLikeAppointee(text, start, end) &&
    (start === 0 || /[、，,:：[(（>\s和与及]|图为$/.test(text.slice(Math.max(0, start - 2), start)))
  );
}

/** What follows one accompanying official's name: 陪同, or the others who accompany with them. */
const ACCOMPANIES = /^(?:(?:和|及|以及)[^，,。；;:]{0,16}?(?:负责同志|领导同志))?陪同/;

/** A level's leaders (县领导, 市委领导同志) before the names of officials. */
const LEADERS = /(?:省|市|州|县|区|镇|乡|旗|盟|园区|开发区|新区)(?:委|政府)?领导(?:同志)?/g;
/** Posts written after a name in news prose (王某书记, 李某县长). */
const TITLE_AFTER = /(?<![总副])(?:副?书记|副?(?:省|市|县|区|州|镇|乡)长|副?主任|副?局长|副?部长|副?主席|副?厅长)/g;

/** A two-character name padded to the width of three in a list (王 五): its name is the two characters. */
function spacedAppointee(text: string, at: number): { end: number; name: string; posts: TitleSegment[] } | undefined {
  const m = /^([一-龥]) {1,2}([一-龥])/.exec(text.slice(at));
  if (!m || !SINGLE_SURNAMES.has(m[1]!)) return undefined;
  const end = at + m[0].length;
  const posts = appointedPosts(text, at, end);
  return posts ? { end, name: m[1]! + m[2]!, posts } : undefined;
}

/** Where a name may open an appointment: a clause's start, after a list's 、, or after the verb that names it. */
function appointmentNameStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/[，,。；;：:、\s)>]|(?:任命|提名|免去|推荐|聘任|聘请|同意|接受|决定)(?![为:：])/g))
    starts.push(m.index + m[0].length);
  // A numbered line (1.王某, 一、王某, (一)王某) opens with its number.
  const numbered = /^(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))/.exec(text);
  if (numbered) starts.push(numbered[0].length);
  return [...new Set(starts)].filter((at) => at < text.length);
}

/**
 * Names that open an appointment: surname + given name, no word that ends a place or a body. A clause that opens
 * with a name and 同志任 (；某某某同志任…) names someone whatever the surname, so a rare one no list holds is read too.
 */
function looksLikeAppointee(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (/[市县区省镇乡村委局办部会院所司队组室处厅副]$/.test(name) || regionByName(name)) return false;
  // A post is no one's name (董事长, 主任).
  if (TITLE_TRIE.longestEndingAt(text, end, MAX_TITLE_LENGTH)) return false;
  if (surnameLed(name)) return true;
  const opensClause = start === 0 || /[，,。；;：:\s>]/.test(text[start - 1]!);
  return (
    opensClause &&
    /^\p{Script=Han}+$/u.test(name) &&
    !NOT_IN_NAME.test(name) &&
    /^(?:同志(?:兼任|任|主持)|[，,(](?:男|女)[，,)])/.test(text.slice(end))
  );
}

/** A list item that is wholly a personal name: surname-led, and a name or no word at all to the segmenter, or a
 *  surname and characters it leaves alone (not 王府井, not a place). */
function wholeName(item: string): boolean {
  if (!surnameLed(item) || NOT_IN_NAME.test(item) || regionByName(item)) return false;
  return NAME_TAGS.has(tagOf(item)) || nameByWords(`${item}。`, 0) === item.length;
}

/** Where a caption says people stand, or the list is the people present. */
const CAPTION_CONTEXT = /图为|左起|右起|从左至右|从右至左|合影|合照|出席的有|参加的有|出席活动的有/;

/** Runs of names joined by 、: three or more, or two in a caption. */
function nameLists(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(/[一-龥]+(?:、[一-龥]+)+/g)) {
    const parts = m[0].split('、');
    // The first part may carry the words before the list (图为张某), the last the words after it (王某在现场).
    const lead = [3, 2, 4].map((n) => parts[0]!.length - n).find((cut) => cut >= 0 && wholeName(parts[0]!.slice(cut)));
    const lastStart = m.index + m[0].length - parts.at(-1)!.length;
    const lastEnd = nameAt(text, lastStart);
    if (lead === undefined || lastEnd === undefined || !wholeName(text.slice(lastStart, lastEnd))) continue;
    if (!parts.slice(1, -1).every(wholeName)) continue;
    if (parts.length < 3 && !CAPTION_CONTEXT.test(text)) continue;
    // Those who attend or accompany (…出席; 出席活动的领导有…) are officials, as in a list closed by 等出席.
    const attending =
      OFFICIALS_TAIL.test(text.slice(lastEnd)) ||
      /(?:出席|陪同)[^，,。；;]{0,12}的(?:领导)?(?:有|还有)$/.test(text.slice(0, m.index + lead));
    const titled = attending ? ('government' as const) : undefined;
    let at = m.index + lead;
    for (const [i, part] of parts.entries()) {
      const name = i === 0 ? part.slice(lead) : i === parts.length - 1 ? text.slice(lastStart, lastEnd) : part;
      out.push({
        kind: 'Person',
        name,
        sentence,
        start: at,
        end: at + name.length,
        priority: PRIORITY.titledPerson,
        ...(titled ? { titled } : {}),
      });
      at += (i === 0 ? part.length - lead : part.length) + 1;
    }
  }
  return out;
}

function looksLikeName(item: string): boolean {
  return item.length >= 2 && item.length <= 4 && nameAt(item, 0) === item.length;
}

export function recognizePeople(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  // Names after a title chain.
  for (const { start: titleStart, end: titleEnd } of TITLE_TRIE.findAll(text)) {
    // A signature puts a space between the post and the name (…管委会主任 王某某).
    const at = text[titleEnd] === ' ' ? titleEnd + 1 : titleEnd;
    // 社长和总编: after a post, 和/与/及 join another post, they open no name.
    if (/[和与及同]/.test(text[at] ?? '')) continue;
    const chain = titleChainBefore(text, titleEnd);
    const end =
      nameAfterWord(text, at, true) ??
      nameAcrossWord(text, titleStart, at) ??
      (chain.some((s) => s.government) ? unlistedNameEnd(text, at) : undefined);
    if (end === undefined) continue;
    out.push(
      personAt(
        text,
        sentence,
        at,
        end,
        PRIORITY.titledPerson,
        chain.some((s) => s.government) ? 'government' : 'other',
      ),
    );
  }
  // Names after a role noun (村民|王某家, 创始人|李某): people, officials only by a title.
  for (const { end: roleEnd } of ROLE_NOUNS.findAll(text)) {
    if (TITLE_TRIE.longestAt(text, roleEnd)) continue;
    const end = nameAfterWord(text, roleEnd, false) ?? nameBeforeHome(text, roleEnd);
    if (end === undefined) continue;
    out.push(personAt(text, sentence, roleEnd, end, PRIORITY.person));
  }
  // Names that an appointment or an honorific follows (王某同志任…, 向王某同志学习, 王某总书记).
  const honored = [
    ...[...text.matchAll(/同志/g)].flatMap((m) => {
      const start = nameBeforeWord(text, m.index);
      return start === undefined ? [] : [[start, m.index] as const];
    }),
    // 总书记 follows a name wherever it stands (认真贯彻王某某总书记…): the name is the surname-led tail before it.
    ...[...text.matchAll(/总书记/g)].flatMap((m) => {
      const start = [3, 2, 4]
        .map((n) => m.index - n)
        .find((s) => s >= 0 && surnameLed(text.slice(s, m.index)) && wordBoundaryAt(text, s));
      return start === undefined ? [] : [[start, m.index] as const];
    }),
  ];
  for (const [start, end] of honored) {
    if (!surnameLed(text.slice(start, end))) continue;
    const chain = appointedPosts(text, start, end) ?? [];
    const government = text.startsWith('总书记', end) || chain.some((c) => c.government);
    // 同志 alone (向王某同志学习) says someone is named, not what post they hold: a title elsewhere decides.
    const bare = !government && chain.length === 0;
    // Opening a clause, a bare 王某同志 is mostly a leader of the past quoted (，王某同志就…): no reading of the post.
    const opensClause = !/\p{Script=Han}/u.test(text[start - 1] ?? '，');
    if (bare && opensClause && !/^同志(?:的|$)/.test(text.slice(end)) && !text.startsWith('总书记', end)) continue;
    out.push({
      kind: 'Person',
      name: text.slice(start, end),
      sentence,
      start,
      end,
      priority: bare ? PRIORITY.person : PRIORITY.titledPerson,
      ...(bare ? {} : { titled: government ? ('government' as const) : ('other' as const) }),
    });
  }
  // Names an appointment or a cadre's bio opens (；王某任…, 任命王某为…, 免去王某的…职务, 王某,男,汉族,…现任…).
  for (const at of appointmentNameStarts(text)) {
    const found =
      [3, 2, 4]
        .map((n) => ({ end: at + n, name: text.slice(at, at + n), posts: appointedPosts(text, at, at + n) }))
        .find(({ end, posts }) => posts && looksLikeAppointee(text, at, end)) ?? spacedAppointee(text, at);
    if (!found) continue;
    const posts = found.posts!;
    // A bio whose posts follow in the next sentences is titled once they are read (recurring-people.ts).
    const titled = posts.length ? (posts.some((p) => p.government) ? 'government' : 'other') : undefined;
    out.push({
      kind: 'Person',
      name: found.name,
      sentence,
      start: at,
      end: found.end,
      priority: PRIORITY.titledPerson,
      ...(titled ? { titled } : {}),
    });
  }
  // A name with its posts in brackets after it, wherever it stands (会议由王某(县委副书记、县长)主持).
  for (const m of text.matchAll(/\(/g)) {
    const start = [3, 2, 4]
      .map((n) => m.index - n)
      .find((s) => s >= 0 && surnameLed(text.slice(s, m.index)) && looksLikeAppointee(text, s, m.index));
    if (start === undefined) continue;
    const posts = appointedPosts(text, start, m.index);
    if (!posts?.length) continue;
    out.push(
      personAt(
        text,
        sentence,
        start,
        m.index,
        PRIORITY.titledPerson,
        posts.some((p) => p.government) ? 'government' : 'other',
      ),
    );
  }
  // Leaders named by their level, whose posts the text does not say (县领导王某、李某参加): officials.
  for (const m of text.matchAll(LEADERS)) {
    for (let at = m.index + m[0].length; ;) {
      const end = dottedNameEnd(text, at) ?? nameAt(text, at);
      if (end === undefined || !looksLikeAppointee(text, at, end)) break;
      out.push(personAt(text, sentence, at, end, PRIORITY.person, 'government'));
      if (text[end] !== '、') break;
      at = end + 1;
    }
  }
  // Names a post follows (王某书记强调, 李某县长一行): officials, their body left to a title before the name elsewhere.
  for (const m of text.matchAll(TITLE_AFTER)) {
    const titleEnd = m.index + m[0].length;
    if (!BOUNDARY.test(text.slice(titleEnd)) && !FOLLOWER_TRIE.longestAt(text, titleEnd)) continue;
    const start = nameBeforeWord(text, m.index);
    if (start === undefined || !looksLikeAppointee(text, start, m.index) || !surnameLed(text.slice(start, m.index)))
      continue;
    out.push(personAt(text, sentence, start, m.index, PRIORITY.person, 'government'));
  }
  // A name after an age (今年47岁的某某是…) or before an honour or a profession (某某院士等, 某某教授说): a person's.
  const described = [
    ...[...text.matchAll(/\d{1,3}岁的/g)].map((m) => {
      const at = m.index + m[0].length;
      // 今年47岁的某某是…: 是 closes the name there.
      const end =
        nameAfterWord(text, at, true) ??
        [at + 3, at + 2].find((e) => surnameLed(text.slice(at, e)) && text[e] === '是');
      return end === undefined ? undefined : ([at, end] as const);
    }),
    ...[...text.matchAll(PERSON_TITLE_AFTER)].map((m) => {
      const titleEnd = m.index + m[0].length;
      if (!BOUNDARY.test(text.slice(titleEnd)) && !FOLLOWER_TRIE.longestAt(text, titleEnd)) return undefined;
      const start = nameBeforeWord(text, m.index);
      return start !== undefined && surnameLed(text.slice(start, m.index)) && looksLikeAppointee(text, start, m.index)
        ? ([start, m.index] as const)
        : undefined;
    }),
  ];
  for (const span of described) {
    if (!span) continue;
    const [start, end] = span;
    out.push({ kind: 'Person', name: text.slice(start, end), sentence, start, end, priority: PRIORITY.person });
  }
  // A photo caption places people (某某(左二)、某某(右一)…): each name before its place is a person's, surely so
  // (a list of such names is no list of companies).
  for (const m of text.matchAll(CAPTION_PLACE)) {
    const start = [3, 2, 4].map((n) => m.index - n).find((s) => s >= 0 && looksLikeCaptioned(text, s, m.index));
    if (start === undefined) continue;
    out.push(personAt(text, sentence, start, m.index, PRIORITY.titledPerson));
  }
  // One name that accompanies a visit (某某和有关部门负责同志陪同考察, 某某陪同接见): an official.
  for (const m of text.matchAll(/(?:^|[，,。；;：:>])(?=[一-龥])/g)) {
    const at = m.index + m[0].length;
    const end = nameAt(text, at);
    if (end === undefined || !ACCOMPANIES.test(text.slice(end)) || !NAME_TAGS.has(tagOf(text.slice(at, end)))) continue;
    out.push(personAt(text, sentence, at, end, PRIORITY.person, 'government'));
  }
  // Lists of names closed by 等参加 and the like.
  const lists = text.includes('、') ? text.matchAll(NAME_LIST) : [];
  for (const m of lists) {
    const tail = text.slice(m.index + m[1]!.length);
    if (!LIST_TAILS.test(tail)) continue;
    const titled = OFFICIALS_TAIL.test(tail) ? 'government' : undefined;
    const items = m[1]!.split('、');
    // The first item may carry the words before the list (…考察丁某某): its name is its longest tail that is one.
    const lead = [0, 1, 2].find((cut) => looksLikeName(items[0]!.slice(cut))) ?? 0;
    items[0] = items[0]!.slice(lead);
    if (!items.every(looksLikeName)) continue;
    let offset = m.index + lead;
    for (const item of items) {
      if (looksLikeName(item))
        out.push({
          kind: 'Person',
          name: item,
          sentence,
          start: offset,
          end: offset + item.length,
          priority: PRIORITY.person,
          titled,
        });
      offset += item.length + 1;
    }
  }
  // A clause that opens with a name and a speech verb or what a leader does (传达, 看望, 在会上).
  for (const m of text.matchAll(CLAUSE_NAME)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = nameAt(text, start);
    if (end !== start + m[1]!.length) continue;
    // A word of the dictionary that is no name (全面|传达, 项目|名称) opens no clause as a person.
    if (!NAME_TAGS.has(tagOf(m[1]!))) continue;
    if (segmentSlice(text, start, end).some((w) => w.length >= 2 && !NAME_TAGS.has(tagOf(w)) && tagOf(w) !== 'ns'))
      continue;
    if (!STRONG_FOLLOWERS.some((f) => text.startsWith(f, end))) continue;
    out.push({ kind: 'Person', name: m[1]!, sentence, start, end, priority: PRIORITY.person });
  }
  // A bare list of names (a caption's 张某、李某、王某在…, 出席的有张某、李某、王某): people, not the companies a list
  // of unmarked names is otherwise read as; titled as another rule here reads the same name (县领导张某、李某).
  for (const c of nameLists(text, sentence)) {
    const same = out.filter((o) => o.start === c.start && o.end === c.end && o.titled);
    const titled = same.some((o) => o.titled === 'government') ? 'government' : (same[0]?.titled ?? c.titled);
    out.push({ ...c, ...(titled ? { titled } : {}) });
  }
  return out;
}
