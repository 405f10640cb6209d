// HOLDS_POSITION: the chain of posts before a person's name (滨江区委常委、滨江高新区党工委书记周明远):
// each post belongs to the body named just before it; a post with no body shares the previous one
// (党工委书记、管委会主任), or, opening with 市/区/省 (市委书记), the report's own city, district or province.
// Here: whose posts a sentence gives (before the name, in an appointment, a bio, a resume, after the name);
// post-titles.ts reads each post's body and title.
import {
  appointedPosts,
  BIO_SENTENCES,
  heldPostsEnd,
  bioPostsAfter,
  careerPosts,
  postsInRowCell,
  postsOnLines,
  pronounRemoval,
  SHARED_POST_JOINER,
  titleChainBefore,
  type TitleSegment,
} from '../entities/people.ts';
import { BODY_PREFIXES, TITLE_TRIE } from '../lexicon/people.ts';
import type { RecognizedRelation, RelationContext, RelationSet } from './context.ts';
import {
  BODY_KINDS,
  committeePark,
  committeePlace,
  implicitBody,
  nearestUnit,
  unitNamedBefore,
  namesPlaceLevel,
  UNIT_LEVEL,
  unitOf,
} from './post-bodies.ts';
import { GROUP_ROLE, groupRoles } from './group-roles.ts';
import { continuedPastPosts, pastPosts, pronounPosts, readPosts, type Post } from './post-chains.ts';
import { addPosts } from './post-titles.ts';

/** The body whose General Secretary a 总书记 after a name is (the lexicon of central bodies names it so). */
const PARTY_CENTRE = '中共中央';

/**
 * 某公司董事长王某、总经理李某: a post with no body of its own right after another person's posts and name is in
 * the body that person's last post was, unless it names a unit of its own (县长, 副市长: the nearest such region).
 */
/** A body's titles as one property, each without the body's own name it opens with (某县委政法委: 政法委副书记 →
 *  副书记, 某某第二党支部: 党支部书记 → 书记); a place's or a park's keep theirs (县委常委, 党工委书记). Joined by 、,
 *  or by ， between two that `heldAtOnce` says were not held at once (副处长，处长). */
function titlesIn(
  ctx: RelationContext,
  body: number,
  titles: readonly string[],
  heldAtOnce: (a: string, b: string) => boolean = () => true,
): string {
  const name = ctx.name(body);
  const own = ctx.kind(body) === 'Organization' ? BODY_PREFIXES.find((prefix) => name.endsWith(prefix)) : undefined;
  const written = (title: string) =>
    own && title.startsWith(own) && title.length > own.length ? title.slice(own.length) : title;
  return titles
    .map((title, i) => (i === 0 ? '' : heldAtOnce(titles[i - 1]!, title) ? '、' : '，') + written(title))
    .join('');
}
/** What joins a body's titles (titlesIn). */
const TITLE_SEPARATOR = /[、，]/;

function sharedBody(
  ctx: RelationContext,
  m: { sentence: number },
  chain: readonly Post[],
  lastBodies: Map<string, number>,
): number | undefined {
  const first = chain[0];
  // (…or 和, 与, 及 joining the two: 某公司董事长王某和总经理李某.)
  if (!first || first.org.trim() || !/[、，,和与及]/.test(ctx.text(m.sentence)[first.orgStart - 1] ?? ''))
    return undefined;
  if (UNIT_LEVEL[unitOf(first.title)] || /^[镇乡村]$/.test(unitOf(first.title))) return undefined;
  return lastBodies.get(`${m.sentence}:${first.orgStart - 1}`);
}

/**
 * 选举甲为某县人大常委会主任，乙、丙为副主任: an appointment whose posts name no body, after another appointment
 * earlier in the sentence, is in the body that one's last post was; a place's post (副县长) only when that body is
 * the place's government.
 */
function appointedBefore(
  ctx: RelationContext,
  posts: readonly TitleSegment[],
  earlier: { end: number; body: number } | undefined,
  start: number,
): number | undefined {
  const first = posts[0];
  if (!first || first.org.trim() || !earlier || earlier.end >= start) return undefined;
  const unit = unitOf(first.title);
  const placePost = Boolean(UNIT_LEVEL[unit]) || /^[镇乡村]$/.test(unit);
  return !placePost || /政府$/.test(ctx.name(earlier.body)) ? earlier.body : undefined;
}

/** A clause that names the posts of the person after it (作为某公司董事长，王某…). */
const AS_POSTS = /(?:作为|身为)[^，,。；;]+[，,]$/;

/** A post's field that a name fills (副县长:王某; 县长: 王某、李某), the posts opening the line or a clause. */
const FIELD_COLON = /\s*[:：]\s*$/;

/** A post stated as held by the name after 为 or 是 (某市市长为王某。某部部长是李某，): the name ends its clause. */
const STATED_HOLDER = /[为是]$/;
const STATED_HOLDER_END = /^(?:同志)?(?:[，,。；;）)]|$)/;

/** Where a post stated as held by the name at `start` ends (某市市长|为|王某。), or undefined. */
function statedHolderEnd(text: string, start: number, end: number): number | undefined {
  if (!STATED_HOLDER.test(text.slice(0, start)) || !STATED_HOLDER_END.test(text.slice(end))) return undefined;
  return titleChainBefore(text, start - 1).length ? start - 1 : undefined;
}

/** The posts written before a name: right before it (or before 的 after a verb of posts held: 担任某县县长的|王某, or
 *  before 为 stating who holds them: 某市市长为|王某), as the field it fills, or in a clause of 作为 that ends at it. */
function postsBefore(text: string, start: number, end: number) {
  const held = heldPostsEnd(text, start) ?? statedHolderEnd(text, start, end);
  const chain = titleChainBefore(text, held ?? start);
  const colon = FIELD_COLON.exec(text.slice(0, start));
  if (!chain.length && colon) {
    // A working group's role labelling the row (组长:王某) is the group's, which group-roles.ts reads.
    const field = titleChainBefore(text, colon.index).filter((s) => s.org.trim() || !GROUP_ROLE.test(s.title));
    const opens = field[0] && /(?:^|[\s，,。；;、)])$/.test(text.slice(0, field[0].orgStart));
    return opens ? field : [];
  }
  if (chain.length || !AS_POSTS.test(text.slice(0, start))) return chain;
  const clause = text.slice(0, start - 1).search(/(?:作为|身为)[^，,。；;]*$/) + 2;
  return titleChainBefore(text, start - 1)
    .filter((s) => s.titleStart >= clause)
    .map((s) => (s.orgStart >= clause ? s : { ...s, org: text.slice(clause, s.titleStart), orgStart: clause }));
}

/**
 * 省委书记李某和省长王某: a chain read back over another person's name (书记李某和|省长) holds that person's posts;
 * the name's own start after the name and the conjunction after it.
 */
function afterOtherPeople(ctx: RelationContext, sentence: number, chain: TitleSegment[]): TitleSegment[] {
  const people = ctx.mentionsIn(sentence).filter((o) => ['Official', 'Person'].includes(ctx.kind(o.entity)));
  for (let i = chain.length - 1; i >= 0; i--) {
    const segment = chain[i]!;
    const other = people.filter((o) => o.start >= segment.orgStart && o.end <= segment.titleStart).at(-1);
    if (!other) continue;
    const text = ctx.text(sentence);
    const orgStart = other.end + (/[和与及、]/.test(text[other.end] ?? '') ? 1 : 0);
    return [{ ...segment, org: text.slice(orgStart, segment.titleStart), orgStart }, ...chain.slice(i + 1)];
  }
  return chain;
}

/** Spaces alone, as a row's cells are set apart by. */
const CELL_GAP = /^[ \u3000\t]+$/;

/**
 * 李某  副县长    王某  县政府办公室主任: a later person of a row of people, each with their posts after the name: the
 * posts between two names, set apart from both by spaces, are the first one's (read after that name), not theirs.
 */
function laterInRow(ctx: RelationContext, m: { sentence: number; start: number }, chain: TitleSegment[]): boolean {
  const first = chain[0];
  if (!first) return false;
  const text = ctx.text(m.sentence);
  const lastEnd = chain.at(-1)!.titleStart + chain.at(-1)!.title.length;
  if (!CELL_GAP.test(text.slice(lastEnd, m.start))) return false;
  const previous = ctx
    .mentionsIn(m.sentence)
    .filter((o) => o.end <= first.orgStart && ['Official', 'Person'].includes(ctx.kind(o.entity)))
    .at(-1);
  return previous !== undefined && CELL_GAP.test(text.slice(previous.end, first.orgStart));
}

/** A bracket right after a name that holds its past posts (（曾任…）, （历任…）): what it holds. */
const BRACKETED_BIO = /^\(((?:曾任|历任|曾担任|先后任|先后担任)[^()]{2,80})\)/;
/** A post read from a part of a sentence, placed in the whole sentence (the part starting at `from`). */
const shifted = (p: Post, from: number): Post => ({
  ...p,
  orgStart: p.orgStart + from,
  titleStart: p.titleStart + from,
});

/** A bio opens at a name followed by a comma or a bracket (王某，男，…; 王某，历任…), by the posts it holds now
 *  (王某现任某省委副书记，此前任…) or held before (王某历任…, 王某曾任…，…, 王某曾长期在某系统工作，历任：…). */
const BIO_NAME = /^(?:同志)?(?:[，,(\s]|现任|历任|先后|曾|利用(?:其)?担任)/;
/** What a bio's name may be written with before its posts: 王某|同志|历任…. */
const HONORIFIC = /^同志/;

/**
 * The past posts of the bio a person's name opens (王某，男，1968年生。历任某县县长、某市副市长，现任…): in the name's
 * sentence after it and the next few, up to a sentence that names another person.
 */
function bioPastPosts(ctx: RelationContext, m: { entity: number; sentence: number; end: number }) {
  if (!BIO_NAME.test(ctx.text(m.sentence).slice(m.end))) return [];
  // A bio in brackets right after the name (王某（曾任某市副市长，某县委书记）) is all of it.
  const bracket = BRACKETED_BIO.exec(ctx.text(m.sentence).slice(m.end));
  if (bracket) {
    const posts = pastPosts(bracket[1]!).map((p) => shifted(p, m.end + 1));
    return posts.length ? [{ sentence: m.sentence, posts }] : [];
  }
  const out: { sentence: number; posts: Post[] }[] = [];
  // Whether a list of past posts runs on past the sentence before, which ended it with a semicolon
  // (曾任某市委办副主任；|某市招商办主任助理；|…): its items are sentences of their own.
  let listOpen = false;
  // (Each sentence that adds posts lets the bio run one sentence further: such a list is many sentences.)
  for (let i = m.sentence; i < Math.min(ctx.sentences.length, m.sentence + BIO_SENTENCES + out.length); i++) {
    const from = i === m.sentence ? m.end + (HONORIFIC.exec(ctx.text(i).slice(m.end))?.[0].length ?? 0) : 0;
    const others = ctx
      .mentionsIn(i)
      .some((o) => o.start >= from && o.entity !== m.entity && ['Official', 'Person'].includes(ctx.kind(o.entity)));
    if (others) break;
    const text = ctx.text(i);
    let posts = pastPosts(text.slice(from)).map((p) => shifted(p, from));
    if (!posts.length && listOpen) posts = continuedPastPosts(text);
    if (posts.length) out.push({ sentence: i, posts });
    listOpen = (posts.length > 0 || listOpen) && /[；;]$/.test(text.trimEnd());
  }
  return out;
}

/** How many sentences after a person's name a pronoun may still stand for them. */
const PRONOUN_REACH = 3;

/**
 * The posts later sentences give a pronoun standing for this person (罗某当选…。他曾任某市发改委主任…), and later clauses
 * of the name's own sentence give the person with or without one: the person is the last one named before it, so no
 * other person may be named between the name and the pronoun.
 */
function postsOfPronoun(ctx: RelationContext, m: { entity: number; sentence: number; end: number }) {
  const isPerson = (o: { entity: number }) => ['Official', 'Person'].includes(ctx.kind(o.entity));
  if (ctx.mentionsIn(m.sentence).some((o) => o.start >= m.end && o.entity !== m.entity && isPerson(o))) return [];
  const out: { sentence: number; posts: Post[] }[] = [];
  // The name's own sentence goes on after it (王某被查，他于…任…; 王某离开某市，任…): past the clause the name opens.
  const comma = ctx.text(m.sentence).slice(m.end).search(/[，,]/);
  const own = comma < 0 ? [] : pronounPosts(ctx.text(m.sentence), m.end + comma + 1);
  if (own.length) out.push({ sentence: m.sentence, posts: own });
  for (let i = m.sentence + 1; i < Math.min(ctx.sentences.length, m.sentence + 1 + PRONOUN_REACH); i++) {
    // (A sentence naming anyone, this person too, ends the reach: a later name carries its own posts.)
    if (ctx.mentionsIn(i).some(isPerson)) break;
    const posts = pronounPosts(ctx.text(i));
    if (posts.length) out.push({ sentence: i, posts });
  }
  return out;
}

/** 王某任某局局长；免去其某办副主任职务: the posts the next sentence takes from the last person an appointment named. */
function removedAfter(ctx: RelationContext, m: { entity: number; sentence: number; start: number }) {
  const next = m.sentence + 1;
  if (next >= ctx.sentences.length) return [];
  const isPerson = (o: { entity: number }) => ['Official', 'Person'].includes(ctx.kind(o.entity));
  if (ctx.mentionsIn(m.sentence).some((o) => o.start > m.start && isPerson(o)) || ctx.mentionsIn(next).some(isPerson))
    return [];
  const posts = pronounRemoval(ctx.text(next));
  return posts.length ? [{ sentence: next, posts: readPosts(ctx.text(next), posts) }] : [];
}

/**
 * 李某县长, 王某县委书记, 张某党工委书记: a post written after a name that names its unit is in the nearest region of
 * that level named before it, else the report's own; a park committee's post in the park named before or the
 * report's. 王某书记 names no unit: its body is left to a title before the name elsewhere.
 */
function postAfter(
  ctx: RelationContext,
  m: { sentence: number; start: number; end: number },
): { body: number; title: string } | undefined {
  const text = ctx.text(m.sentence);
  const match = TITLE_TRIE.longestAt(text, m.end);
  if (!match || !match.value.government) return undefined;
  const title = text.slice(m.end, match.end);
  const body = namesPlaceLevel(title)
    ? (nearestUnit(ctx, m.sentence, m.start, title) ??
      unitNamedBefore(ctx, m.sentence, title) ??
      implicitBody(ctx, title, m.sentence))
    : committeePark(ctx, m.sentence, m.start, title);
  if (body === undefined) return bodyRightBefore(ctx, m, title);
  return { body, title };
}

/** 省委王某书记, 某公司李某总经理: the body written right before a name whose post follows it; a place's committee
 *  gives the place the post, written with the committee's level (某市委|王某|书记 → 某市 {市委书记}). */
function bodyRightBefore(ctx: RelationContext, m: { sentence: number; start: number }, title: string) {
  const body = ctx
    .mentionsIn(m.sentence)
    .find((o) => o.end === m.start && ['Organization', 'Company', 'Park'].includes(ctx.kind(o.entity)))?.entity;
  if (body === undefined) return undefined;
  const place = committeePlace(ctx, body);
  if (place === undefined) return { body, title };
  return { body: place, title: (/[省市县区州]委$/.exec(ctx.name(body))?.[0] ?? '') + title };
}

/** The sentences a relation is read from: the name's, and those of a bio's posts after it. */
function evidence(sentence: number, chains: { sentence: number }[]): number[] {
  return [...new Set([sentence, ...chains.map((c) => c.sentence)])];
}

/** The body a career line says the person worked in (在某研究所工作), when the report names it there. */
function workplaceBody(
  ctx: RelationContext,
  sentence: number,
  span: { start: number; end: number },
): number | undefined {
  return ctx
    .mentionsIn(sentence)
    .filter((o) => o.start >= span.start && o.end <= span.end && BODY_KINDS.has(ctx.kind(o.entity)))
    .at(-1)?.entity;
}

/** Whether the text after a person's name opens their resume: any apposition for the first, their sex for later ones. */
function opensResume(afterName: string, first: boolean): boolean {
  // A birth year written right after the name (王某出生于1968年1月，…) opens a bio wherever it stands.
  if (/^出?生于\d{4}年/.test(afterName)) return true;
  return first ? /^(?:同志)?[，,(\s]/.test(afterName) : /^[，,（(]\s*[男女][，,、）)]/.test(afterName);
}

/**
 * A resume: the person a page opens with in apposition or a bio (李某,某中心副主任。), then lines of their career
 * that open with dates and name no one (1982年3月至1986年10月,在某大学工作,任讲师): those posts are that person's.
 */
function careerOf(
  ctx: RelationContext,
  subject: { entity: number; sentence: number },
  until: number,
  out: FullestTitles,
): void {
  const titles = new Map<number, string[]>();
  const evidence = new Map<number, number>();
  /** The lines of the resume that write each title: titles one line writes together were held at once (副校长、校长),
   *  others one after another (副处长，处长). */
  const linesOf = new Map<string, Set<number>>();
  let othersNamed = false;
  for (let i = subject.sentence + 1; i < until; i++) {
    if (
      ctx.mentionsIn(i).some((o) => ['Official', 'Person'].includes(ctx.kind(o.entity)) && o.entity !== subject.entity)
    ) {
      othersNamed = true;
      continue;
    }
    const career = careerPosts(ctx.text(i));
    // A sentence of posts held besides with no dates is the last person's named: the resume's only before another.
    if (!career || (career.held && othersNamed)) continue;
    const before = new Set(titles.keys());
    addPosts(
      ctx,
      i,
      readPosts(ctx.text(i), career.posts),
      titles,
      career.workplace && workplaceBody(ctx, i, career.workplace),
      career.held,
    );
    for (const body of titles.keys()) if (!before.has(body)) evidence.set(body, i);
    for (const title of new Set([...titles.values()].flat()))
      if (ctx.text(i).includes(title)) linesOf.set(title, (linesOf.get(title) ?? new Set()).add(i));
  }
  const atOnce = (a: string, b: string) => [...(linesOf.get(a) ?? [])].some((line) => linesOf.get(b)?.has(line));
  for (const [body, list] of titles)
    out.add({
      type: 'HOLDS_POSITION',
      from: subject.entity,
      to: body,
      title: titlesIn(ctx, body, list, atOnce),
      evidence: [evidence.get(body)!],
    });
}

/**
 * A person's posts in one body as the fullest sentence writes them: a headline's 某市政府原常务副市长 and the text's
 * 市委原常委、市政府原常务副市长 are one relation with the second title, which holds every post of the first.
 */
class FullestTitles {
  private readonly byPair = new Map<string, RecognizedRelation>();

  add(relation: RecognizedRelation): void {
    const key = `${relation.from}|${relation.to}`;
    const existing = this.byPair.get(key);
    if (!existing) {
      this.byPair.set(key, { ...relation, evidence: [...relation.evidence] });
      return;
    }
    existing.evidence.push(...relation.evidence.filter((e) => !existing.evidence.includes(e)));
    const held = new Set(relation.title?.split(TITLE_SEPARATOR));
    const had = existing.title?.split(TITLE_SEPARATOR);
    if (had?.every((t) => held.has(t)) && held.size > had.length) existing.title = relation.title;
  }

  addTo(out: RelationSet): void {
    for (const relation of this.byPair.values()) out.add(relation);
  }
}

export function holdsPosition(ctx: RelationContext, relations: RelationSet): void {
  const out = new FullestTitles();
  // …by whichever form the report writes it (党中央): the lexicon's name is then an alias.
  const partyCentre = ctx.entitiesOfKind('Organization').find((o) => ctx.forms(o).includes(PARTY_CENTRE));
  const texts = ctx.sentences.map((s) => s.text);
  /** The people whose resumes the report gives, in order: each resume runs to the next one's opening. */
  const resumes: { entity: number; sentence: number }[] = [];
  /** The body of the last post read before each person's name, by where the name ends. */
  const lastBodies = new Map<string, number>();
  /** The last post read for each person's name, by where the name ends. */
  const lastPosts = new Map<string, { body: number; title: string }>();
  /** The body of the last appointment read in each sentence, with where its name ends. */
  const lastAppointed = new Map<number, { end: number; body: number }>();
  for (const m of ctx.report.mentions) {
    const kind = ctx.kind(m.entity);
    if (kind !== 'Official' && kind !== 'Person') continue;
    const text = ctx.text(m.sentence);
    // Posts come before the name (…党工委书记周明远), or after it in an appointment (王某同志任…局局长) or a bio,
    // whose posts may be in the next sentences (王某,男,…入党。现任…).
    const appointed = appointedPosts(text, m.start, m.end);
    // Posts written before the name are held too where an appointment or a bio follows it (某市委书记王某曾任…,
    // 某市委书记王某(1965年出生),…).
    const written = afterOtherPeople(ctx, m.sentence, postsBefore(text, m.start, m.end));
    const paired = laterInRow(ctx, m, written);
    const before = paired ? [] : written;
    const inCell = paired ? postsInRowCell(text, m.end) : undefined;
    const after = appointed?.length
      ? [{ sentence: m.sentence, posts: appointed }]
      : inCell
        ? [{ sentence: m.sentence, posts: inCell }]
        : before.length
          ? []
          : appointed === undefined
            ? postsOnLines(texts, m.sentence, m.start, m.end)
            : bioPostsAfter(texts, m.sentence, m.start, m.end);
    const read = [...(before.length ? [{ sentence: m.sentence, posts: before }] : []), ...after];
    const chains = [
      ...bioPastPosts(ctx, m),
      ...read.map(({ sentence, posts }) => ({ sentence, posts: readPosts(ctx.text(sentence), posts) })),
      ...(appointed?.length ? removedAfter(ctx, m) : []),
      ...postsOfPronoun(ctx, m),
    ];
    const titles = new Map<number, string[]>();
    const shared = before.length
      ? sharedBody(ctx, m, readPosts(text, before), lastBodies)
      : appointed?.length
        ? appointedBefore(ctx, appointed, lastAppointed.get(m.sentence), m.start)
        : undefined;
    for (const { sentence, posts } of chains) {
      const last = addPosts(ctx, sentence, posts, titles, shared);
      if (last !== undefined && sentence === m.sentence) lastBodies.set(`${m.sentence}:${m.end}`, last);
      if (last !== undefined && sentence === m.sentence && appointed?.length)
        lastAppointed.set(m.sentence, { end: m.end, body: last });
    }
    // 副县长王某、李某和张某陪同: a name listed right after a titled one with no post of its own shares that one's
    // last post.
    // So is one a row sets apart from it with spaces (审判员 王某  李某).
    const gap = sharedPostGap(text, m.start);
    const listedAfter = gap ? lastPosts.get(`${m.sentence}:${m.start - gap}`) : undefined;
    if (!titles.size && appointed === undefined && listedAfter) titles.set(listedAfter.body, [listedAfter.title]);
    const [lastBody, lastTitles] = [...titles].at(-1) ?? [];
    if (lastBody !== undefined && chains.every((c) => c.sentence === m.sentence))
      lastPosts.set(`${m.sentence}:${m.end}`, {
        body: lastBody,
        title: lastTitles!.at(-1)!.split(TITLE_SEPARATOR).at(-1)!,
      });
    // The first person named in apposition or a bio opens a resume; a later one opens another when the text gives
    // their sex (王某，男，汉族，…): a page of several resumes.
    if (appointed !== undefined && opensResume(text.slice(m.end), resumes.length === 0))
      resumes.push({ entity: m.entity, sentence: m.sentence });
    // 王某总书记: the General Secretary's post is the Party centre's, when the report names it.
    if (text.startsWith('总书记', m.end) && partyCentre !== undefined && !titles.has(partyCentre))
      titles.set(partyCentre, ['总书记']);
    if (!titles.size && appointed === undefined) {
      const after = postAfter(ctx, m);
      if (after) titles.set(after.body, [after.title]);
    }
    for (const [body, list] of titles) {
      out.add({
        type: 'HOLDS_POSITION',
        from: m.entity,
        to: body,
        title: titlesIn(ctx, body, list),
        evidence: evidence(m.sentence, chains),
      });
    }
  }
  resumes.forEach((resume, i) => careerOf(ctx, resume, resumes[i + 1]?.sentence ?? ctx.sentences.length, out));
  for (const role of groupRoles(ctx))
    out.add({
      type: 'HOLDS_POSITION',
      from: role.person,
      to: role.group,
      title: role.title,
      evidence: [role.sentence],
    });
  out.addTo(relations);
}

/** How many characters join a name at `start` to the name before it that it shares a post with: a joiner (、, 和,
 *  及) or the spaces of a row; 0 where nothing does. */
function sharedPostGap(text: string, start: number): number {
  if (SHARED_POST_JOINER.test(text[start - 1] ?? '')) return 1;
  return /[ \u3000]{1,4}$/.exec(text.slice(0, start))?.[0].length ?? 0;
}
