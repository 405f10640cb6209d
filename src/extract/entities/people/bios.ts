// Cadre bios before appointment (任前公示: 王某,男,…现任…,拟任…) and career lines (1998年7月至2003年5月,任…).
import { wholeName } from './names.ts';
import { type TitleSegment, clauseEnd, postsIn } from './posts.ts';

/** A bio's birth after the name: 王某同志,1972年10月生; 王某,1968年生; 王某,1968年出生; 王某,出生于1968年. */
const BORN = '[，,](?:\\d{4}(?:年(?:\\d{1,2}月)?|\\.\\d{1,2})(?:出)?生|(?:出)?生于\\d{4}年)';
/** …or written right after the name (王某生于1968年, 王某出生于1968年): not where the name read took 出 of 出生于 in. */
const BORN_AFTER_NAME = /^出?生于\d{4}年/;
/** The bio of a cadre before appointment (王某,男,汉族,1978年8月生,…): its posts follow 现任 and 拟任. */
export const BIO_OPENING = new RegExp(
  '^(?:同志)?(?:[，,(\\s:：](?:男|女)[，,)\\s]|(?:\\([^()]{1,12}\\))?[，,](?:现任|曾任)' +
    // 王某(挂职),现任…; 王某(1975年8月—),男; 姓名:王某 性别:男 (a form's fields).
    `|\\(\\d{4}(?:年|\\.)[^()]{0,12}\\)[，,]|${BORN}|\\s*性别(?:[:：]\\s*|\\s+)(?:男|女))`,
);
/** A form's field that holds a cadre's name (姓名:王某), its posts in a field after it (职务:某县委书记). */
const NAME_FIELD = /姓\s*名[:：]\s*$/;

/** Whether the name at text[start, end) opens a bio: a bio's words after it, or a form's name field before it. */
export function opensBio(text: string, start: number, end: number): boolean {
  return (
    BIO_OPENING.test(text.slice(end)) ||
    (BORN_AFTER_NAME.test(text.slice(end)) && text[end - 1] !== '出') ||
    (NAME_FIELD.test(text.slice(0, start)) && /^\s*(?:$|[，,;；]|\S+[:：])/.test(text.slice(end)))
  );
}

/** What opens the posts held, after the given words for when (现, 曾…) before 任, or heads a form's field (现任职务:
 *  某局副局长, 职务:某县委书记). */
const heldOpening = (when: string) => new RegExp(`(?:${when})任(?:职务)?[:：]?|(?<![拟任])职\\s*务[:：]`);
/** 现任 and 拟任 open the posts. */
const CURRENT = heldOpening('现');
/** …and in the bio's own sentence, 曾任 and 历任 too (posts held before keep theirs); a later sentence's 曾任 may be
 *  another person's (某某曾任…). */
const HELD = heldOpening('现|曾|历|先后');
const PROPOSED = /拟(?:任|提名为|推荐为|任命为|提名|推荐)(?:职务)?[:：]?/;

/** 现任某县委常委、组织部部长,拟任某县委副书记: the posts of a bio in one sentence. */
export function bioPosts(text: string, end: number, tableRow = true, ownSentence = true): TitleSegment[] {
  const sentenceEnd = text.slice(end).search(/[；;。<]/);
  const stop = sentenceEnd < 0 ? text.length : end + sentenceEnd;
  const out: TitleSegment[] = [];
  const current = (ownSentence ? HELD : CURRENT).exec(text.slice(end, stop));
  if (current) {
    const from = end + current.index + current[0].length;
    const upTo = text.slice(from, stop).search(PROPOSED);
    // Posts held now may be in several bodies: split at ， too, up to the proposal.
    let last = upTo < 0 ? stop : from + upTo;
    // A form's field ends at the next one (职务:某县委书记 分工:…).
    const nextField = text.slice(from, last).search(/\s+[^\s:：]{1,6}[:：]/);
    if (nextField >= 0) last = from + nextField;
    while (last > from && /[，,\s]/.test(text[last - 1]!)) last--;
    out.push(...(postsIn(text, from, last, /[、，,]/) ?? []));
  }
  // A row of a table of cadres (王某 男 汉族 1978.08 某县委常委、组织部部长 拟任某县委副书记): the fields that are posts.
  if (tableRow && !current && /^(?:同志)?\s/.test(text.slice(end))) {
    let at = end;
    for (const field of text.slice(end, stop).split(/\s+/)) {
      // The next row's name ends this row (任命:王某 某局局长 李某 某办主任).
      if (out.length && wholeName(field)) break;
      const from = text.indexOf(field, at);
      at = from + field.length;
      const lead = PROPOSED.exec(field)?.index === 0 ? PROPOSED.exec(field)![0].length : 0;
      // A row of a removal list names the posts taken up to 职务 (王某  某局局长职务).
      const tail = /职务$/.test(field) ? 2 : 0;
      if (field.length - lead - tail >= 2) out.push(...(postsIn(text, from + lead, at - tail, /、/, true) ?? []));
    }
    return out;
  }
  const proposed = PROPOSED.exec(text.slice(end, stop));
  // 王某,男,…,某局副局长(,拟任…): without 现任, the posts held now are the bio's clauses that are wholly posts.
  if (!current) out.push(...postsInApposition(text, end, proposed ? end + proposed.index : stop));
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

/** The clauses of text[start, end) that are wholly posts (汉族 or 1975年3月生 are none). */
function postsInApposition(text: string, start: number, end: number): TitleSegment[] {
  const out: TitleSegment[] = [];
  for (let at = start; at < end;) {
    const next = text.slice(at, end).search(/[，,]/);
    const clauseStop = next < 0 ? end : at + next;
    if (clauseStop - at >= 3) out.push(...(postsIn(text, at, clauseStop, /、/, true) ?? []));
    at = clauseStop + 1;
  }
  return out;
}

/** A line of a career (1982年3月至1986年10月,在某大学经济系工作,任讲师、教研室主任): it opens with a date. */
const CAREER_LINE = /^(?:<[^>]*>|&nbsp;|\s)*\d{4}(?:年|\.|-|—|―|－)/;
// 任 ends posts too (副主任, 专任): there it is no verb (某街道办事处副主任、主任 lists two posts).
const CAREER_VERB = /(?:曾任|历任|先后任|担任|(?<![主责信专])任)/;

/**
 * The posts a career line gives the person whose resume it is, and where it names the body they worked in (在某所
 * 工作,任副研究员: the posts with no body of their own are that body's), or undefined when it is no career line.
 */
export function careerPosts(
  text: string,
): { posts: TitleSegment[]; workplace?: { start: number; end: number }; held?: true } | undefined {
  if (!CAREER_LINE.test(text)) return heldPosts(text);
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

/** A resume's sentence of posts held besides (担任中央某委委员; 目前兼任某学会理事、某协会会长等): a verb opens it. */
const HELD_LINE = /^(?:目前|现|同时|另|还|并|此外[，,]?)?(?:兼任|担任|曾兼任|曾担任)/;
/** What closes a list of posts without being one (…理事等, …委员等职). */
const LIST_CLOSE = /(?:等|等职|等职务)$/;

/** The posts a resume's sentence opening with a verb of posts lists, each clause a chain (，兼任… too). */
function heldPosts(text: string): { posts: TitleSegment[]; held: true } | undefined {
  const verb = HELD_LINE.exec(text);
  if (!verb) return undefined;
  const start = verb[0].length;
  const stop = text.slice(start).search(/[；;。<]/);
  const end = stop < 0 ? text.length : start + stop;
  const posts = postsIn(text, start, end - (LIST_CLOSE.exec(text.slice(start, end))?.[0].length ?? 0), /[、，,]/);
  return posts?.length ? { posts, held: true } : undefined;
}

/** How many sentences a bio's posts may follow its name in: the bio's, or a form's lines of one field each. */
export const BIO_SENTENCES = 4;
const FORM_LINES = 10;

/** A sentence that opens another cadre's bio (李某,女,…; a name padded to three characters' width: 李  某,女,…): the one
 *  before has ended. */
const OPENS_BIO = new RegExp(
  '^(?:[^，,。\\s]{2,8}?|[一-龥][ \\u3000]{1,2}[一-龥])(?:同志)?' +
    `(?:[，,(\\s:：](?:男|女)[，,)\\s]|\\(\\d{4}(?:年|\\.)[^()]{0,12}\\)[，,]|${BORN})`,
);

/**
 * The posts of the bio whose name ends at `end` in sentence `sentence`: in that sentence, or in the next few up to
 * another bio (王某,男,…入党。现任某县委常委。拟任某县委副书记。), each with its sentence.
 */
export function bioPostsAfter(
  texts: readonly string[],
  sentence: number,
  start: number,
  end: number,
): { sentence: number; posts: TitleSegment[] }[] {
  if (!opensBio(texts[sentence]!, start, end)) return [];
  const here = bioPosts(texts[sentence]!, end);
  if (here.length) return [{ sentence, posts: here }];
  const out: { sentence: number; posts: TitleSegment[] }[] = [];
  // A form gives each field a line of its own (性别:男 民族:汉族 出生年月:… 现任职务:…): its posts are further on.
  const reach = NAME_FIELD.test(texts[sentence]!.slice(0, start)) ? FORM_LINES : BIO_SENTENCES;
  const opensAnother = (line: string) => OPENS_BIO.test(line) || /姓\s*名[:：]/.test(line);
  for (let i = sentence + 1; i < Math.min(texts.length, sentence + reach) && !opensAnother(texts[i]!); i++) {
    const posts = bioPosts(texts[i]!, 0, false, false);
    if (posts.length) out.push({ sentence: i, posts });
  }
  return out;
}
