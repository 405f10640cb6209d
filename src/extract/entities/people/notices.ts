// Appointment notices: names an appointment or removal opens (王某任…, 任命王某为…, 免去王某的…职务), names before
// 同志 and 总书记, and names with their posts in brackets after them.
import { PRIORITY, type Candidate } from '../candidate.ts';
import { bioPosts, opensBio } from './bios.ts';
import { wordBoundaryAt } from '../../lexicon/segmenter.ts';
import { regionTrie } from '../regions.ts';
import { dottedNameEnd, looksLikeAppointee, nameBeforeWord, paddedNameAt, personAt, surnameLed } from './names.ts';
import { COMPANY_BODY, type TitleSegment, clauseEnd, postsIn } from './posts.ts';

/** A state body's own name ending: the one whose work 主持…工作 puts someone in charge of is a government post. */
const STATE_BODY = /(?:局|委|办|厅|处|科|委员会|管委会|工委|政府|办公室)$/;

/** 王某同志主持|某局(全面)工作: in charge of a body without its title, the post the notice names 主持工作. */
function actingPost(text: string, start: number, end: number): TitleSegment[] {
  const org = /^(.{2,30}?)(?:全面|日常)?工作$/.exec(text.slice(start, end))?.[1];
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

/** A clause after a person's posts that gives more of them: 兼任…, ，2022年调任…, ，次年任…, ，并同时担任…. */
const MORE_POSTS =
  /^(?:[，,]?(?:兼任|兼|拟任|(?:拟)?(?:提名|推荐)为)|[，,](?:\d{4}年(?:\d{1,2}月)?(?:起)?|次年|同年|翌年|随后|此后|其后|后)?(?:又|再|并|并同时|同时)?(?:调任|升任|转任|改任|后任|出任|担任|任(?![务期何职性])))/;

/** Clauses after the posts that add more (，兼某公司董事长) or take some away (，免去其…职务; ，不再担任…职务). */
function followingPosts(text: string, from: number): TitleSegment[] {
  const out: TitleSegment[] = [];
  for (let at = from; ;) {
    // ，2022年调任…, ，次年任…, ，并同时担任…: a later move in the same sentence adds the post it names.
    const more = MORE_POSTS.exec(text.slice(at));
    if (more) {
      const end = clauseEnd(text, at + more[0].length);
      out.push(...(postsIn(text, at + more[0].length, end, /、/) ?? []));
      at = end;
      continue;
    }
    // 免去其 only: a bare 免去 after someone's posts starts another person's removal.
    const removal = /^[，,；;]?(?:免去其|解聘其|其不再担任|不再担任|不再兼任)/.exec(text.slice(at));
    if (removal) out.push(...removedPosts(text, at + removal[0].length));
    return out;
  }
}

/** A sentence of a notice that takes posts from the person the one before appointed (；免去其某局局长职务。). */
export function pronounRemoval(text: string): TitleSegment[] {
  const removal = /^(?:同时[，,]?)?(?:免去其|解聘其|其不再担任)/.exec(text);
  return removal ? removedPosts(text, removal[0].length) : [];
}

/** Other names sharing one appointment (王某、李某同志任…): where the verb starts after them, or `at` when none. */
function afterSharedNames(text: string, at: number): number {
  for (;;) {
    if (text.startsWith('同志', at)) at += 2;
    // A remark on a listed person (王某(女)、李某为…) stays out of the list, and so does its count (…等7名同志为…).
    at += PERSON_REMARK.exec(text.slice(at))?.[0].length ?? 0;
    at += LIST_COUNT.exec(text.slice(at))?.[0].length ?? 0;
    if (text[at] !== '、') return at;
    const next = [3, 2, 4].find((n) => {
      const after = text
        .slice(at + 1 + n)
        .replace(PERSON_REMARK, '')
        .replace(LIST_COUNT, '');
      return surnameLed(text.slice(at + 1, at + 1 + n)) && /^(?:同志)?(?:、|兼任|担任|任[^务期何职性]|为)/.test(after);
    });
    if (next === undefined) return at;
    at += 1 + next;
  }
}

/** The count that closes a list of the people a notice appoints (王某、李某等7名同志|为…). */
const LIST_COUNT = /^等[0-9一二三四五六七八九十]+名同志/;
/** A remark in brackets right after a listed person's name (女, 挂职, 正处级). */
const PERSON_REMARK = /^\([^()]{1,12}\)/;

/** Words between a name and its appointment's verb: a probation ended, a passive, a reason given, a date (王某于2015年10月|任…). */
const INTERLUDE =
  /^(?:同志)?(?:试用期满[，,]?(?:正式)?|被|因[^，,。；;]{1,10}?(?:[，,]|(?=辞去|辞职))|(?:在|于)[0-9]{4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:起)?[，,]?)/;

/** The verbs of an appointment between the name and its posts (王某已任…, 王某履新…); 为 (任命王某为…) only where every
 *  part is a post. A court's finding lists the posts it abused the same way (被告人王某利用担任某县委书记…等职务上的便利). */
const APPOINT_VERB =
  /^(?:利用(?:其)?担任|(?:现已|已经|已)(?:担任|出任|调任|升任|改任|任(?![务期何职性]))|履新|挂职任|挂任|挂职|兼任|担任|任命为|任(?![务期何职性])|为|是|拟任|拟提名为|拟推荐为|(?:被)?(?:提名|推荐)为|当选为|当选|(?:补选|增补|推选|选举)为|(?:获|被)?委任为|出任|调任|升任|改任|转任|接任|代理|(?:曾|现|历|先后|(?:此前|之前|原)(?:曾)?)(?:担)?任)/;
/** A transfer after a name: from the post it leaves (王某从|…调任…, 王某由|…转任…). */
const TRANSFER = /^(?:同志)?(?:从|由)(?=\p{Script=Han})/u;
/** …to the one it takes: the verb after the post left. */
const TRANSFER_VERB = /(?:调任|转任|升任|改任|提任|交流任|晋升为|调整为)/;
/** A list's separator between a name and its appointment's verb (王某:任…, 王某  任…, 王某同志，任…). */
const NAME_VERB_GAP = /^(?:同志)?(?:\s*[:：，,]\s*|\s{1,3})(?=\S)/;
/** The verbs read after such a separator: not 为 or 是, which there open no appointment (王某:为…). */
const SEPARATED_VERB =
  /^(?:挂职任|挂任|兼任|担任|任命为|任(?![务期何职性])|拟任|(?:被)?(?:提名|推荐)为|当选为?|调任|改任|转任|代理)/;

/** A post read from a text with `gap` characters removed at `at`, put back where it is in the text itself. */
function shifted(post: TitleSegment, at: number, gap: number): TitleSegment {
  const move = (i: number) => (i >= at ? i + gap : i);
  return { ...post, orgStart: move(post.orgStart), titleStart: move(post.titleStart) };
}

/** Verbs that are also ordinary words (王某为企业解决…, 王某是一名党员): an appointment only when all that follows is posts. */
const PLAIN_VERB = new Set(['为', '是']);

/**
 * The posts an appointment notice gives or takes from the person named at text[start, end), or undefined when it
 * is no appointment: 王某(同志)任|平潭某局党组书记、局长(试用期一年), then 免去其|某办副主任职务; 任命王某为|…; 免去王某
 * (同志)(的)|…职务; 王某,男,汉族,…现任|…,拟任|…. The posts a removal takes keep their HOLDS_POSITION (the gold's
 * convention), so they are returned too.
 */
export function appointedPosts(text: string, start: number, end: number): TitleSegment[] | undefined {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end);
  // 王某(女)任…, 王某(女,满族,1978年10月生)任…: a remark on the person between the name and the verb.
  const remark = /^\([^()]{1,24}\)/.exec(after)?.[0].length ?? 0;
  if (remark && APPOINT_VERB.test(text.slice(end + remark).replace(/^同志/, '')))
    return appointedPosts(text, start, end + remark);
  // 聘任王某先生为…, 李某女士任… (a company's announcement): a courtesy title between the name and the verb.
  if (/^(?:先生|女士)/.test(after))
    return appointedPosts(text.slice(0, end) + text.slice(end + 2), start, end)?.map((p) => shifted(p, end, 2));
  // 王某:任…, 王某  任… (a list's separator between the name and its verb): read as if the name touched the verb.
  const gap = NAME_VERB_GAP.exec(after)?.[0].length ?? 0;
  if (
    gap &&
    /^(?:$|[，,。；;：:、\s>)])/.test(text.slice(start - 1, start)) &&
    SEPARATED_VERB.test(text.slice(end + gap))
  )
    return appointedPosts(text.slice(0, end) + text.slice(end + gap), start, end)?.map((p) => shifted(p, end, gap));
  // 任命 王某 为…, 免去 李某 的…职务 (a congress's list that sets names apart with spaces): read without the spaces.
  const spacedBefore =
    /(?:任命|免去|解聘|提名|推荐|聘任|聘请)[:：]?(\s+)$/.exec(text.slice(0, start))?.[1]!.length ?? 0;
  const spacedAfter = spacedBefore ? (/^(\s+)(?:为|的)/.exec(after)?.[1]!.length ?? 0) : 0;
  if (spacedAfter) {
    const joined = text.slice(0, start - spacedBefore) + text.slice(start, end) + text.slice(end + spacedAfter);
    const shift = spacedBefore + spacedAfter;
    return appointedPosts(joined, start - spacedBefore, end - spacedBefore)?.map((p) =>
      shifted(p, end - spacedBefore, shift),
    );
  }
  // 王某(同志)试用期满,正式任命为…; 王某被任命为…; 王某因工作调动,辞去…职务 (因到龄退休,免去其…职务): words on the
  // person before the verb.
  const interlude = INTERLUDE.exec(after)?.[0].length ?? 0;
  if (interlude && /^(?:辞去|不再担任|不再兼任|免去其)/.test(text.slice(end + interlude)))
    return appointedPosts(text, start, end + interlude);
  if (interlude && APPOINT_VERB.test(text.slice(end + interlude))) {
    const from = end + interlude + APPOINT_VERB.exec(text.slice(end + interlude))![0].length;
    const postsEnd = clauseEnd(text, from);
    const posts = postsIn(text, from, postsEnd, /、/);
    return posts?.length ? [...posts, ...followingPosts(text, postsEnd)] : undefined;
  }
  if (/(?:免去|解聘)[:：]?$/.test(before) || /^(?:同志)?(?:辞去|不再担任|不再兼任|免去其)/.test(after)) {
    const at = afterSharedNames(text, end);
    const posts = removedPosts(
      text,
      at + (/^(?:的|辞去|不再担任|不再兼任|免去其)/.exec(text.slice(at))?.[0].length ?? 0),
    );
    return posts.length ? posts : undefined;
  }
  // 王某从某部某局副局长调任某省某局局长, 王某由某处处长转任某市委常委: the post left and the post taken.
  const transfer = TRANSFER.exec(after);
  if (transfer) {
    const from = end + transfer[0].length;
    const verb = TRANSFER_VERB.exec(text.slice(from, clauseEnd(text, from)));
    if (verb) {
      const left = postsIn(text, from, from + verb.index, /、/, true);
      const takenFrom = from + verb.index + verb[0].length;
      const taken = postsIn(text, takenFrom, clauseEnd(text, takenFrom), /、/);
      if (left?.length && taken?.length) return [...left, ...taken];
    }
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
    const posts = postsIn(text, from, postsEnd, /、/, PLAIN_VERB.has(verb[0]));
    if (posts === undefined || !posts.length) return undefined;
    return [...posts, ...followingPosts(text, postsEnd)];
  }
  // A line of a removal list under 免去: (王某的|某局局长职务, or with no 的: 王某|某局局长职务, where a word or a place
  // starts after the name): every part up to 职务 must be a post.
  // (A bio's sentence may end with 职务 too: 王某,男,…,拟任某某领导职务.)
  const listedRemoval =
    text.startsWith('的', verbAt) || (start === 0 && !opensBio(text, start, end) && removalLineBody(text, verbAt));
  if (listedRemoval) {
    const from = verbAt + (text.startsWith('的', verbAt) ? 1 : 0);
    const postsEnd = text.indexOf('职务', from);
    const posts = postsEnd < 0 ? undefined : postsIn(text, from, postsEnd, /[、，,]/, true);
    return posts?.length && /^职务(?:$|[；;。，,<])/.test(text.slice(postsEnd)) ? posts : undefined;
  }
  // A bio names the person whether or not its posts are in this sentence (…入党。现任…: bioPostsAfter reads on).
  if (opensBio(text, start, end)) return bioPosts(text, end);
  // A row of a table of names and posts (王某  某局局长; 1  王某  男  某局副局长  某局局长): the fields that are posts.
  if (/^\s/.test(after) && ROW_OPENING.test(text.slice(0, start))) {
    const posts = bioPosts(text, end);
    return posts.length ? posts : undefined;
  }
  // Posts in brackets after the name (组长:王某(县委书记)): every part inside a post.
  const bracketed = /^(?:同志)?\(([^()]{2,40})\)/.exec(after);
  if (bracketed && !/^(?:同志)?\((?:左|右|中|前排|后排)/.test(after)) {
    const from = end + bracketed[0].length - bracketed[1]!.length - 1;
    const posts = postsIn(text, from, from + bracketed[1]!.length, /[、，,]/, true);
    return posts?.length ? posts : undefined;
  }
  // A name and its posts in apposition (李某,某研究中心党组书记、副主任。; a group's row 组长:王某同志,县委书记;): every
  // part of the clause a post.
  const numbered = /^(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))$/;
  const apposition = /^(?:同志)?[，,:：]/.exec(after)?.[0].length ?? 0;
  if (apposition && (/(?:^|[:：。;；>\s])$/.test(text.slice(0, start)) || numbered.test(text.slice(0, start)))) {
    const postsEnd = clauseEnd(text, end + apposition);
    const posts = postsIn(text, end + apposition, postsEnd, /、/, true);
    return posts?.length ? [...posts, ...followingPosts(text, postsEnd)] : undefined;
  }
  return undefined;
}

/** Whether a line's posts up to its closing 职务 start at `at`, right after a name with nothing between (郑某|某县审计
 *  局局长职务;): a place or a word starts there, and the line ends at 职务. */
function removalLineBody(text: string, at: number): boolean {
  if (!/职务[；;。]?$/.test(text)) return false;
  return (regionTrie().longestAt(text, at)?.start ?? -1) === at || wordBoundaryAt(text, at);
}

/** What may come before a row's name: nothing, its number (1  王某, 1. 王某), a list's colon or semicolon (任命:王某
 *  某局局长;李某 某办主任), or the role a leading group's row gives (组  长 王某 某县县长, 成  员 李某 某局局长). */
const ROW_OPENING =
  /(?:^|[:：;；]\s*|^\s*(?:副?组\s*长|成\s*员|顾\s*问|副?主\s*任|委\s*员)\s*[:：]?\s*)(?:\d{1,3}[.、]?\s*)?$/;

/** A two-character name padded to the width of three in a list (王 五), or a three-character one letter-spaced (许 文
 *  亮): its name is the characters without the spaces. */
function spacedAppointee(text: string, at: number): { end: number; name: string; posts: TitleSegment[] } | undefined {
  const spaced = paddedNameAt(text, at);
  if (!spaced) return undefined;
  const posts = appointedPosts(text, at, spaced.end);
  return posts ? { ...spaced, posts } : undefined;
}

/** Where a name may open an appointment: a clause's start, after a list's 、, after the verb that names it (任命|王某为…,
 *  宣布|王某任…), or after the birth year news of a cadre's move opens with (出生于1972年的|王某由…转任…). */
function appointmentNameStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(
    /[，,。；;：:、\s)>]|(?:任命|提名|免去|解聘|推荐|聘任|聘请|同意|批准|接受|决定|选举|补选|增补|递补|推选|委任|由|宣布了?|宣读了?|被告人)(?![为:：])|(?<!\p{Script=Han})(?:出)?生于\d{4}年(?:\d{1,2}月)?的/gu,
  ))
    starts.push(m.index + m[0].length);
  // A numbered line (1.王某, 一、王某, (一)王某) opens with its number.
  const numbered = /^(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))/.exec(text);
  if (numbered) starts.push(numbered[0].length);
  return [...new Set(starts)].filter((at) => at < text.length);
}
/** Names that an appointment or an honorific follows (王某同志任…, 向王某同志学习, 王某总书记). */
export function honoredNames(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
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
    const titled = bare ? undefined : government ? 'government' : 'other';
    out.push(personAt(text, sentence, start, end, bare ? PRIORITY.person : PRIORITY.titledPerson, titled));
  }
  return out;
}

/** The name of three, two or four characters (the first that fits) an appointment opens at `at`, with its posts. */
function appointeeAt(text: string, at: number): { end: number; name: string; posts: TitleSegment[] } | undefined {
  // A minority name written with an interpunct (某某·某某同志任…), which no surname list covers.
  const dotted = dottedNameEnd(text, at);
  const dottedPosts = dotted === undefined ? undefined : appointedPosts(text, at, dotted);
  if (dotted !== undefined && dottedPosts) return { end: dotted, name: text.slice(at, dotted), posts: dottedPosts };
  for (const n of [3, 2, 4]) {
    // 由王某某同志任…: the preposition before a name of three opens no name of four.
    if (n === 4 && text[at] === '由' && surnameLed(text.slice(at + 1, at + 4))) continue;
    const posts = appointedPosts(text, at, at + n);
    if (posts && looksLikeAppointee(text, at, at + n)) return { end: at + n, name: text.slice(at, at + n), posts };
  }
  return undefined;
}

/** Names an appointment or a cadre's bio opens (；王某任…, 任命王某为…, 免去王某的…职务, 王某,男,汉族,…现任…). */
export function appointees(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const at of appointmentNameStarts(text)) {
    const found = appointeeAt(text, at) ?? spacedAppointee(text, at);
    if (!found) continue;
    const { posts } = found;
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
  return out;
}

/** A name with its posts in brackets after it, wherever it stands (会议由王某(县委副书记、县长)主持). */
export function bracketedPosts(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
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
  return out;
}
