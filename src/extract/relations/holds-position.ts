// HOLDS_POSITION: the chain of posts before a person's name (滨江区委常委、滨江高新区党工委书记周明远):
// each post belongs to the body named just before it; a post with no body shares the previous one
// (党工委书记、管委会主任), or, opening with 市/区/省 (市委书记), the report's own city, district or province.
import {
  appointedPosts,
  bioPostsAfter,
  careerPosts,
  pronounRemoval,
  TITLE_TRIE,
  titleChainBefore,
} from '../entities/people.ts';
import type { RecognizedRelation, RelationContext, RelationSet } from './context.ts';
import {
  BODY_ENDING,
  BODY_KINDS,
  bracketedBody,
  committeePark,
  committeePlace,
  implicitBody,
  nearestUnit,
  ofUnitLevel,
  onlyTown,
  referredCompany,
  shortenedBody,
  unitNamedBefore,
  UNIT_LEVEL,
  unitOf,
} from './post-bodies.ts';
import { pastPosts, readPosts, type Post } from './post-chains.ts';

/** The body whose General Secretary a 总书记 after a name is (the lexicon of central bodies names it so). */
const PARTY_CENTRE = '中共中央';

/** 县政府副县长 is written as 副县长 where the post names its unit again (the gold's and the reader's form). */
function plainTitle(title: string): string {
  return title.replace(/^([省市县区])(?:人民)?政府((?:常务)?副?\1长)$/, '$2');
}

/** A place's Party committee, government, congress or CPPCC named by its level alone (县政府, 市人民政府, 区政协). */
const LEVEL_BODY = /^(?:[省市县区州旗]|自治区|自治州|自治县)(?:委|政府|人民政府|人大常委会|人大|政协)$/;

/** 某县委常委、县政府副县长: a post of a place named by its level alone is the place the chain's post before was in. */
function placeBefore(ctx: RelationContext, previous: number | undefined, title: string): number | undefined {
  return previous !== undefined && ctx.kind(previous) === 'Region' && ofUnitLevel(ctx, previous, unitOf(title))
    ? previous
    : undefined;
}

/** The committees a title may open with (政协副主席, 人大常委会副委员长). */
const COMMITTEE_PREFIX = /^(?:人大常委会|人大|政协|党工委|管委会|党委|党组|纪委|监委)/;

/** 全国政协|政协副主席: a title's committee that the body's own name ends with is not written twice (副主席). */
function ownTitle(ctx: RelationContext, body: number, title: string): string {
  const prefix = COMMITTEE_PREFIX.exec(title)?.[0];
  return prefix && ctx.kind(body) === 'Organization' && ctx.name(body).endsWith(prefix) && title.length > prefix.length
    ? title.slice(prefix.length)
    : title;
}

/** Honours written like posts. */
const HONOURS = /^(?:院士|外籍院士|学部委员)$/;

/** The body each post of a chain in `sentence` is held in, added to `titles` (body → titles in order). */
function addPosts(
  ctx: RelationContext,
  sentence: number,
  chain: readonly Post[],
  titles: Map<number, string[]>,
  workplace?: number,
  wholeBodies = false,
): number | undefined {
  const text = ctx.text(sentence);
  let previous: number | undefined = workplace;
  for (const segment of chain) {
    if (segment.fresh) previous = workplace;
    // An honour is no post (ONTOLOGY.md): 某院院士 names the academy that elected them, not a body they work in.
    if (HONOURS.test(segment.title)) continue;
    // 某纪工委监察工委|驻某局纪检监察组组长: a post held in a body's office inside another belongs to the first.
    // The post is written from 驻 on (派驻某局纪检组组长, 驻某办纪检监察组组长).
    const stationed = text.slice(segment.orgStart, segment.titleStart).search(/派?驻/);
    const orgEnd = stationed > 0 ? segment.orgStart + stationed : segment.titleStart;
    const namedInOrg = ctx
      .mentionsIn(sentence)
      .filter(
        (o) =>
          o.start >= segment.orgStart &&
          o.start < orgEnd &&
          (stationed <= 0 || o.end <= orgEnd) &&
          BODY_KINDS.has(ctx.kind(o.entity)),
      )
      .at(-1);
    // A list of posts with no dates (担任某某委员会委员、…): a body read only from inside the words before its post was
    // cut short (中国某某|学术委员会): no relation rather than one to a part.
    if (wholeBodies && namedInOrg && text.slice(segment.orgStart, namedInOrg.start).trim()) continue;
    // 某县人力资源和|社会保障局局长: a body read only from after a 和 or 及 inside the name is a part of it, not the
    // body (the whole name was not read): no relation rather than a wrong one.
    // A place (和海南省…) or a body after another person's name (…杜某和国家某委主任) is a body of its own.
    if (
      namedInOrg &&
      namedInOrg.start > segment.orgStart &&
      /[和及]/.test(text[namedInOrg.start - 1]!) &&
      ctx.kind(namedInOrg.entity) !== 'Region' &&
      !ctx
        .mentionsIn(sentence)
        .some((o) => o.end === namedInOrg.start - 1 && ['Official', 'Person'].includes(ctx.kind(o.entity)))
    )
      continue;
    // 某县|旅发委副主任: a region followed by a body no recognizer read; the body it shortens, when the report names it.
    const afterRegion =
      namedInOrg !== undefined && ctx.kind(namedInOrg.entity) === 'Region' && orgEnd - namedInOrg.end >= 2
        ? text.slice(namedInOrg.start, orgEnd)
        : undefined;
    // 该公司|董事长: the company the paragraph named last.
    const referred =
      namedInOrg === undefined ? referredCompany(ctx, segment.org.trim(), sentence, segment.orgStart) : undefined;
    const shortened =
      referred !== undefined
        ? undefined
        : namedInOrg === undefined
          ? shortenedBody(ctx, segment.org.trim())
          : afterRegion === undefined
            ? undefined
            : shortenedBody(ctx, afterRegion, true);
    const namedBody = shortened ? undefined : namedInOrg;
    // 某地|创新科技及工业局局长, 某园|公司总裁: a body no recognizer read after the one named; its post is not the
    // place's or the park's.
    const rest = namedBody ? text.slice(namedBody.end, orgEnd) : '';
    if (
      namedBody &&
      ((afterRegion !== undefined && (BODY_ENDING.test(rest) || SMALLER_PLACE.test(rest))) ||
        // 市委|改革办副主任: an office of a place's committee no recognizer read.
        (LEVEL_BODY.test(ctx.name(namedBody.entity)) && /^[一-龥]{1,8}$/.test(rest)) ||
        (['Park', 'Organization'].includes(ctx.kind(namedBody.entity)) && /(?:公司|集团)$/.test(rest)))
    )
      continue;
    // 某县委常委、县政府|党组副书记: a place's body named by its level alone is the place's, and part of the post.
    const levelBody =
      namedBody !== undefined &&
      ctx.kind(namedBody.entity) === 'Organization' &&
      text.slice(segment.orgStart, orgEnd).trim() === text.slice(namedBody.start, namedBody.end) &&
      LEVEL_BODY.test(ctx.name(namedBody.entity))
        ? ctx.name(namedBody.entity)
        : '';
    // 副秘书长兼|学部联合办公室主任, 常务理事及|学术委员会副主任: a unit with no place of its own joined to a post is
    // inside that post's body, and part of the post (the gold's convention).
    const joinedUnit =
      segment.joiner !== undefined &&
      namedBody !== undefined &&
      ctx.kind(namedBody.entity) === 'Organization' &&
      !ownBody(ctx, ctx.name(namedBody.entity));
    // …of a post whose body is not known: no relation rather than one to the unit alone.
    if (joinedUnit && previous === undefined) continue;
    const bodyNamed = levelBody || joinedUnit ? undefined : (referred ?? shortened?.body ?? namedBody?.entity);
    const named = bodyNamed === undefined ? undefined : (committeePlace(ctx, bodyNamed) ?? bodyNamed);
    // 某局|预算股股长, 某公司|研发部经理: a unit written after the named body and no body of its own is part of the post.
    const inner =
      namedBody !== undefined && stationed <= 0 && ctx.kind(namedBody.entity) !== 'Region'
        ? (/^[一-龥]{1,8}(?:股|科|处|室|(?<!公)司|部|所|中心)$/.exec(text.slice(namedBody.end, orgEnd))?.[0] ?? '')
        : '';
    // 市|人大常委会主任: a bare unit before the post is part of the post and names the report's own unit.
    const unit =
      levelBody || (named === undefined && /^(?:[市区县省镇乡]|自治区)$/.test(segment.org) ? segment.org : '');
    const org = unit ? '' : segment.org.trim();
    // 某片区党工委副书记、开发管理局局长: a unit named by no body of its own is inside the body before it, and its
    // name is part of the post (the gold's convention), as is the office a stationed post is in.
    // A body of a level of its own (市委两新工委, 县(市、区)) is no unit of the body before it.
    const subUnit =
      named === undefined &&
      previous !== undefined &&
      (joinedUnit || (SUB_UNIT.test(org) && !/^[省市县区州乡镇]/.test(org)));
    const title =
      stationed > 0
        ? text.slice(orgEnd, segment.titleStart + segment.title.length)
        : (subUnit ? org : unit || inner || (shortened?.unit ?? '')) + segment.title;
    const body =
      named ??
      (subUnit
        ? previous
        : org || unit
          ? /^[镇乡]$/.test(unit)
            ? (nearestUnit(ctx, sentence, segment.titleStart, title) ?? onlyTown(ctx, unit))
            : (placeBefore(ctx, previous, title) ??
              nearestUnit(ctx, sentence, segment.titleStart, title) ??
              unitNamedBefore(ctx, sentence, title) ??
              implicitBody(ctx, title, sentence))
          : (previous ??
            bracketedBody(ctx, sentence, segment.orgStart) ??
            nearestUnit(ctx, sentence, segment.titleStart, title) ??
            committeePark(ctx, sentence, segment.titleStart, title) ??
            unitNamedBefore(ctx, sentence, title) ??
            implicitBody(ctx, title, sentence)));
    // A place holds only government posts: 某地|同胞联谊会会长 is a post of a body no rule named, not of the place.
    if (body === undefined || (!segment.government && ctx.kind(body) === 'Region')) continue;
    const held = titles.get(body) ?? [];
    const post = ownTitle(ctx, body, plainTitle(title));
    // 董事长兼总经理: a post held concurrently in the same body is written as one (the gold's and the reader's form).
    if (segment.joiner && body === previous && held.length) held[held.length - 1] += segment.joiner + post;
    else if (!held.includes(post)) held.push(post);
    titles.set(body, held);
    previous = body;
  }
  return previous;
}

/**
 * 某公司董事长王某、总经理李某: a post with no body of its own right after another person's posts and name is in
 * the body that person's last post was, unless it names a unit of its own (县长, 副市长: the nearest such region).
 */
function sharedBody(
  ctx: RelationContext,
  m: { sentence: number },
  chain: readonly Post[],
  lastBodies: Map<string, number>,
): number | undefined {
  const first = chain[0];
  if (!first || first.org.trim() || !/[、，,]/.test(ctx.text(m.sentence)[first.orgStart - 1] ?? '')) return undefined;
  if (UNIT_LEVEL[unitOf(first.title)] || /^[镇乡村]$/.test(unitOf(first.title))) return undefined;
  return lastBodies.get(`${m.sentence}:${first.orgStart - 1}`);
}

/** A clause that names the posts of the person after it (作为某公司董事长，王某…). */
const AS_POSTS = /(?:作为|身为)[^，,。；;]+[，,]$/;

/** The posts written before a name: right before it, or in a clause of 作为 that ends at it. */
function postsBefore(text: string, start: number) {
  const chain = titleChainBefore(text, start);
  if (chain.length || !AS_POSTS.test(text.slice(0, start))) return chain;
  const clause = text.slice(0, start - 1).search(/(?:作为|身为)[^，,。；;]*$/) + 2;
  return titleChainBefore(text, start - 1)
    .filter((s) => s.titleStart >= clause)
    .map((s) => (s.orgStart >= clause ? s : { ...s, org: text.slice(clause, s.titleStart), orgStart: clause }));
}

/** A bio opens at a name followed by a comma or a bracket (王某，男，…; 王某，历任…). */
const BIO_NAME = /^(?:同志)?[，,(\s]/;
/** How many sentences after its name a bio may list past posts in. */
const BIO_SENTENCES = 4;

/**
 * The past posts of the bio a person's name opens (王某，男，1968年生。历任某县县长、某市副市长，现任…): in the name's
 * sentence after it and the next few, up to a sentence that names another person.
 */
function bioPastPosts(ctx: RelationContext, m: { entity: number; sentence: number; end: number }) {
  if (!BIO_NAME.test(ctx.text(m.sentence).slice(m.end))) return [];
  const out: { sentence: number; posts: Post[] }[] = [];
  for (let i = m.sentence; i < Math.min(ctx.sentences.length, m.sentence + BIO_SENTENCES); i++) {
    const from = i === m.sentence ? m.end : 0;
    const others = ctx
      .mentionsIn(i)
      .some((o) => o.start >= from && o.entity !== m.entity && ['Official', 'Person'].includes(ctx.kind(o.entity)));
    if (others) break;
    const text = ctx.text(i);
    const posts = pastPosts(text.slice(from)).map((p) => ({
      ...p,
      orgStart: p.orgStart + from,
      titleStart: p.titleStart + from,
    }));
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
  const unit = unitOf(title);
  const body =
    UNIT_LEVEL[unit] || /^[镇乡]$/.test(unit)
      ? (nearestUnit(ctx, m.sentence, m.start, title) ??
        unitNamedBefore(ctx, m.sentence, title) ??
        implicitBody(ctx, title, m.sentence))
      : committeePark(ctx, m.sentence, m.start, title);
  return body === undefined ? undefined : { body, title };
}

/** The sentences a relation is read from: the name's, and those of a bio's posts after it. */
function evidence(sentence: number, chains: { sentence: number }[]): number[] {
  return [...new Set([sentence, ...chains.map((c) => c.sentence)])];
}

/** Whether a body's name makes it a body of its own: it opens with a place the report names or a national mark,
 *  or shortens a longer name the report gives. */
function ownBody(ctx: RelationContext, name: string): boolean {
  return (
    /^(?:中国|中华|国家|中央|全国|国务院|[省市县区州])/.test(name) ||
    ctx.entitiesOfKind('Region').some((r) => name.startsWith(ctx.name(r))) ||
    // 总理办公室 of a report that names 国务院总理办公室: that body written short.
    ctx.entitiesOfKind('Organization').some((o) => ctx.name(o).length > name.length && ctx.name(o).endsWith(name))
  );
}

/** A place below the one named that no recognizer read (某镇|新民村党支部书记): its posts are not the town's. */
const SMALLER_PLACE = /(?:村|社区|嘎查|街道|镇|乡)$/;

/** What a unit inside a body is called (开发管理局, 组织部, 项目建设指挥部); not 国家|主席, whose body is another. */
const SUB_UNIT = /(?:部|局|办|室|处|科|所|组|中心|指挥部|委员会|大队|支队|站)$/;

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

/**
 * A resume: the person a page opens with in apposition or a bio (李某,某中心副主任。), then lines of their career
 * that open with dates and name no one (1982年3月至1986年10月,在某大学工作,任讲师): those posts are that person's.
 */
function careerOf(ctx: RelationContext, subject: { entity: number; sentence: number }, out: FullestTitles): void {
  const titles = new Map<number, string[]>();
  const evidence = new Map<number, number>();
  let othersNamed = false;
  for (let i = subject.sentence + 1; i < ctx.sentences.length; i++) {
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
  }
  for (const [body, list] of titles)
    out.add({
      type: 'HOLDS_POSITION',
      from: subject.entity,
      to: body,
      title: list.join('、'),
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
    const held = new Set(relation.title?.split('、'));
    if (existing.title?.split('、').every((t) => held.has(t)) && held.size > existing.title.split('、').length)
      existing.title = relation.title;
  }

  addTo(out: RelationSet): void {
    for (const relation of this.byPair.values()) out.add(relation);
  }
}

export function holdsPosition(ctx: RelationContext, relations: RelationSet): void {
  const out = new FullestTitles();
  const partyCentre = ctx.entitiesOfKind('Organization').find((o) => ctx.name(o) === PARTY_CENTRE);
  const texts = ctx.sentences.map((s) => s.text);
  let resumeOf: { entity: number; sentence: number } | undefined;
  /** The body of the last post read before each person's name, by where the name ends. */
  const lastBodies = new Map<string, number>();
  for (const m of ctx.report.mentions) {
    const kind = ctx.kind(m.entity);
    if (kind !== 'Official' && kind !== 'Person') continue;
    const text = ctx.text(m.sentence);
    // Posts come before the name (…党工委书记周明远), or after it in an appointment (王某同志任…局局长) or a bio,
    // whose posts may be in the next sentences (王某,男,…入党。现任…).
    const appointed = appointedPosts(text, m.start, m.end);
    const read =
      appointed === undefined
        ? [{ sentence: m.sentence, posts: postsBefore(text, m.start) }]
        : appointed.length
          ? [{ sentence: m.sentence, posts: appointed }]
          : bioPostsAfter(texts, m.sentence, m.start, m.end);
    const chains = [
      ...bioPastPosts(ctx, m),
      ...read.map(({ sentence, posts }) => ({ sentence, posts: readPosts(ctx.text(sentence), posts) })),
      ...(appointed?.length ? removedAfter(ctx, m) : []),
    ];
    const titles = new Map<number, string[]>();
    const shared = appointed === undefined ? sharedBody(ctx, m, chains[0]!.posts, lastBodies) : undefined;
    for (const { sentence, posts } of chains) {
      const last = addPosts(ctx, sentence, posts, titles, shared);
      if (last !== undefined && sentence === m.sentence) lastBodies.set(`${m.sentence}:${m.end}`, last);
    }
    // The first person named in apposition or a bio opens a resume.
    if (resumeOf === undefined && appointed !== undefined && /^(?:同志)?[，,(\s]/.test(text.slice(m.end)))
      resumeOf = { entity: m.entity, sentence: m.sentence };
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
        title: list.join('、'),
        evidence: evidence(m.sentence, chains),
      });
    }
  }
  if (resumeOf) careerOf(ctx, resumeOf, out);
  out.addTo(relations);
}
