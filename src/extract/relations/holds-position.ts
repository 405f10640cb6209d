// HOLDS_POSITION: the chain of posts before a person's name (滨江区委常委、滨江高新区党工委书记周明远):
// each post belongs to the body named just before it; a post with no body shares the previous one
// (党工委书记、管委会主任), or, opening with 市/区/省 (市委书记), the report's own city, district or province.
import { regionByName } from '../lexicon/regions.ts';
import { appointedPosts, bioPostsAfter, careerPosts, titleChainBefore } from '../entities/people.ts';
import type { RelationContext, RelationSet } from './context.ts';
import { shortenedBody } from './post-bodies.ts';
import { pastPosts, splitConcurrent, type Post } from './post-chains.ts';

const BODY_KINDS = new Set(['Region', 'Park', 'Organization', 'Company']);
/** The body whose General Secretary a 总书记 after a name is (the lexicon of central bodies names it so). */
const PARTY_CENTRE = '中共中央';

/** Posts of Hong Kong's or Macau's own government and legislature (行政长官, 特首, 财政司司长, 立法会议员). */
const SAR_POST = /^(?:行政长官|特首|(?:政务|财政|律政)司司长|立法会|行政会议)/;
const SARS = new Set(['香港', '澳门', '香港特别行政区', '澳门特别行政区', '香港特区', '澳门特区']);

/** The special administrative region a post of its own belongs to: the one the sentence names, else the report. */
function sarOf(ctx: RelationContext, sentence: number): number | undefined {
  const isSar = (r: number) => ctx.kind(r) === 'Region' && SARS.has(ctx.name(r));
  return (
    ctx.mentionsIn(sentence).find((o) => isSar(o.entity))?.entity ??
    ctx.report.mentions.find((o) => isSar(o.entity))?.entity
  );
}

function implicitBody(ctx: RelationContext, title: string, sentence: number): number | undefined {
  const { homeCity, subjectRegion } = ctx.report;
  if (SAR_POST.test(title)) return sarOf(ctx, sentence);
  // 副市长, 常务副县长: the unit past the deputy's mark.
  const unit = unitOf(title);
  if (unit === '市') return homeCity;
  // A county's post goes to the report's own place only when that is a county (not 某市 for 副县长).
  if (unit === '区' || unit === '县') {
    const level = subjectRegion === undefined ? undefined : regionByName(ctx.name(subjectRegion))?.level;
    return level === undefined || level === 'county' ? subjectRegion : undefined;
  }
  if ((unit === '省' || title.startsWith('自治区')) && homeCity !== undefined) {
    const province = regionByName(ctx.name(homeCity))?.parent;
    return ctx.entitiesOfKind('Region').find((r) => ctx.name(r) === province);
  }
  // 自治区主席 in a report with no city of its own (a region's work report): the autonomous region it names.
  if (title.startsWith('自治区'))
    return ctx.report.mentions.find((o) => ctx.kind(o.entity) === 'Region' && ctx.name(o.entity).endsWith('自治区'))
      ?.entity;
  return undefined;
}

/** 县政府副县长 is written as 副县长 where the post names its unit again (the gold's and the reader's form). */
function plainTitle(title: string): string {
  return title.replace(/^([省市县区])政府((?:常务)?副?\1长)$/, '$2');
}

/** A place's Party committee or government written short as one name (某省委, 某市委, 某自治区党委, 某县政府): its
 *  posts are the place's (ONTOLOGY.md: 滨江区委常委 → 滨江区 {title: 区委常委}; 某县政府副县长 → 某县). The formal
 *  某镇人民政府 of a notice is the organ itself. */
const PLACE_COMMITTEE = /^(.+?)(省委|市委|区委|县委|州委|党委|(?<!人民)政府)$/;

/** The region whose committee an Organization named 某省委 is, when the report names that region. */
function committeePlace(ctx: RelationContext, body: number): number | undefined {
  if (ctx.kind(body) !== 'Organization') return undefined;
  const place = PLACE_COMMITTEE.exec(ctx.name(body))?.[1];
  if (!place) return undefined;
  const full = regionByName(place)?.name;
  return ctx.entitiesOfKind('Region').find((r) =>
    [ctx.name(r), ...ctx.report.entities[r]!.aliases].some(
      // 贵州省遵义市政府: the place is the last region the name holds.
      (f) => f === place || f === full || (f.length >= 3 && place.endsWith(f)),
    ),
  );
}

/** The unit a post names by its first character, past a deputy's or an acting head's mark (副县长, 常务副市长: 县, 市). */
function unitOf(title: string): string {
  return title.replace(/^(?:常务副|副|代)/, '')[0] ?? '';
}

const UNIT_LEVEL: Readonly<Record<string, string>> = { 省: 'province', 市: 'city', 区: 'county', 县: 'county' };

/** Whether a region is of the level a post's first character names: by the gazetteer (省长, 市长, 县长), or for
 *  towns and villages, which it mostly lacks, by the name's own ending (镇长 of 某镇, 村委会主任 of 某村). */
function ofUnitLevel(ctx: RelationContext, region: number, unit: string): boolean {
  const name = ctx.name(region);
  if (UNIT_LEVEL[unit]) return regionByName(name)?.level === UNIT_LEVEL[unit];
  return /^[镇乡村]$/.test(unit) && name.length > 2 && name.endsWith(unit);
}

/** 江苏省委书记某某、省长某某: a post that opens with its unit (省长, 市委书记, 镇长) and names no body belongs to the
 *  nearest region of that level the sentence names before it. */
function nearestUnit(ctx: RelationContext, sentence: number, before: number, title: string): number | undefined {
  const unit = unitOf(title);
  if (!UNIT_LEVEL[unit] && !/^[镇乡村]$/.test(unit)) return undefined;
  return ctx
    .mentionsIn(sentence)
    .filter((o) => o.end <= before && ctx.kind(o.entity) === 'Region' && ofUnitLevel(ctx, o.entity, unit))
    .at(-1)?.entity;
}

/** The posts of a park's own committees (党工委书记, 管委会副主任, 工委委员). */
const PARK_COMMITTEE_POST = /^(?:党工委|管委会|工委)/;

/** 某高新区管委会召开会议。党工委书记王某主持: a park committee's post that names no park is the park the sentence
 *  names before it, else the park the report is about. */
function committeePark(ctx: RelationContext, sentence: number, before: number, title: string): number | undefined {
  if (!PARK_COMMITTEE_POST.test(title)) return undefined;
  const named = ctx
    .mentionsIn(sentence)
    .filter((o) => o.end <= before && ctx.kind(o.entity) === 'Park')
    .at(-1)?.entity;
  return named ?? ctx.report.subjectPark;
}

/** How the name of a body ends (局, 委员会, 公司): text ending so between a place and a post is a body of its own. */
const BODY_ENDING = /(?:[局委办厅署处院所队站司]|委员会|公司|集团|中心)$/;

/** 镇党委书记 in a report that names one town: that town. */
function onlyTown(ctx: RelationContext, unit: string): number | undefined {
  const towns = ctx.entitiesOfKind('Region').filter((r) => ofUnitLevel(ctx, r, unit));
  return towns.length === 1 ? towns[0] : undefined;
}

/** 某公司(以下简称某某)总经理: a post right after a bracket is in the body named just before the bracket. */
function bracketedBody(ctx: RelationContext, sentence: number, at: number): number | undefined {
  const text = ctx.text(sentence);
  if (text[at - 1] !== ')') return undefined;
  const open = text.lastIndexOf('(', at - 1);
  if (open < 0) return undefined;
  return ctx
    .mentionsIn(sentence)
    .find((o) => o.end === open && BODY_KINDS.has(ctx.kind(o.entity)) && ctx.kind(o.entity) !== 'Region')?.entity;
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
    const shortened =
      namedInOrg === undefined
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
      ((afterRegion !== undefined && BODY_ENDING.test(rest)) ||
        (['Park', 'Organization'].includes(ctx.kind(namedBody.entity)) && /(?:公司|集团)$/.test(rest)))
    )
      continue;
    const bodyNamed = shortened?.body ?? namedBody?.entity;
    const named = bodyNamed === undefined ? undefined : (committeePlace(ctx, bodyNamed) ?? bodyNamed);
    // 某局|预算股股长, 某公司|研发部经理: a unit written after the named body and no body of its own is part of the post.
    const inner =
      namedBody !== undefined && stationed <= 0 && ctx.kind(namedBody.entity) !== 'Region'
        ? (/^[一-龥]{1,8}(?:股|科|处|室|(?<!公)司|部|所|中心)$/.exec(text.slice(namedBody.end, orgEnd))?.[0] ?? '')
        : '';
    // 市|人大常委会主任: a bare unit before the post is part of the post and names the report's own unit.
    const unit = named === undefined && /^(?:[市区县省镇乡]|自治区)$/.test(segment.org) ? segment.org : '';
    const org = unit ? '' : segment.org.trim();
    // 某片区党工委副书记、开发管理局局长: a unit named by no body of its own is inside the body before it, and its
    // name is part of the post (the gold's convention), as is the office a stationed post is in.
    // A body of a level of its own (市委两新工委, 县(市、区)) is no unit of the body before it.
    const subUnit =
      named === undefined && previous !== undefined && SUB_UNIT.test(org) && !/^[省市县区州乡镇]/.test(org);
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
            : implicitBody(ctx, title, sentence)
          : (previous ??
            bracketedBody(ctx, sentence, segment.orgStart) ??
            nearestUnit(ctx, sentence, segment.titleStart, title) ??
            committeePark(ctx, sentence, segment.titleStart, title) ??
            implicitBody(ctx, title, sentence)));
    // A place holds only government posts: 某地|同胞联谊会会长 is a post of a body no rule named, not of the place.
    if (body === undefined || (!segment.government && ctx.kind(body) === 'Region')) continue;
    const held = titles.get(body) ?? [];
    // 董事长兼总经理: a post held concurrently in the same body is written as one (the gold's and the reader's form).
    if (segment.joiner && body === previous && held.length) held[held.length - 1] += segment.joiner + plainTitle(title);
    else held.push(plainTitle(title));
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

/** The sentences a relation is read from: the name's, and those of a bio's posts after it. */
function evidence(sentence: number, chains: { sentence: number }[]): number[] {
  return [...new Set([sentence, ...chains.map((c) => c.sentence)])];
}

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
function careerOf(ctx: RelationContext, subject: { entity: number; sentence: number }, out: RelationSet): void {
  const titles = new Map<number, string[]>();
  const evidence = new Map<number, number>();
  for (let i = subject.sentence + 1; i < ctx.sentences.length; i++) {
    if (
      ctx.mentionsIn(i).some((o) => ['Official', 'Person'].includes(ctx.kind(o.entity)) && o.entity !== subject.entity)
    )
      continue;
    const career = careerPosts(ctx.text(i));
    if (!career) continue;
    const before = new Set(titles.keys());
    addPosts(
      ctx,
      i,
      splitConcurrent(ctx.text(i), career.posts),
      titles,
      career.workplace && workplaceBody(ctx, i, career.workplace),
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

export function holdsPosition(ctx: RelationContext, out: RelationSet): void {
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
        ? [{ sentence: m.sentence, posts: titleChainBefore(text, m.start) }]
        : appointed.length
          ? [{ sentence: m.sentence, posts: appointed }]
          : bioPostsAfter(texts, m.sentence, m.end);
    const chains = [
      ...bioPastPosts(ctx, m),
      ...read.map(({ sentence, posts }) => ({ sentence, posts: splitConcurrent(ctx.text(sentence), posts) })),
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
}
