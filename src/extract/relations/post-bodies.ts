// The body a post is held in when the text does not name it as a recognized name: a short form of a body the
// report names in full (城林科技 for 某城林科技股份有限公司, 某县旅发委 for 某县旅游发展委员会), a unit the post opens with
// (市长, 镇党委书记), a park's committee (党工委书记), the place whose committee a body is (某市委 → 某市).
import { endKinds } from '../../ontology/model.ts';
import { regionByName } from '../lexicon/regions.ts';
import type { RelationContext } from './context.ts';
import { regionOpening } from './located-in.ts';

/** The kinds a post may be held in. */
export const BODY_KINDS = new Set(endKinds('HOLDS_POSITION', 'to'));

/** Kinds a short form may stand for: a region's short forms are the gazetteer's business, not this one's. */
const SHORTENED_KINDS = new Set(['Park', 'Organization', 'Company']);
/** The fewest characters a short form has: two match too much by chance (公司, 集团). */
const MIN_SHORT = 3;

/** Whether `short` is `full` with characters left out (旅发委 in 旅游发展委员会), and is not `full` itself. */
function abbreviates(short: string, full: string): boolean {
  if (short.length >= full.length) return false;
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The most characters of a unit inside the body that a post may name between the body and its title (营销总监). */
const MAX_UNIT = 3;

/**
 * The one body the report names that the text before a post (据城林科技|营销总监) holds a short form of, trying the
 * longest form first, and the words after it, which name a unit inside the body and are part of the post (营销); or
 * the body itself where the text is its whole name, read elsewhere but not there (王某|某市某局|局长职务); or
 * undefined when no body or several fit. `anchored`: the form starts where `org` does (a place's name opens it).
 */
export function shortenedBody(
  ctx: RelationContext,
  org: string,
  anchored = false,
): { body: number; unit: string } | undefined {
  for (let unit = 0; unit <= MAX_UNIT && unit <= org.length - MIN_SHORT; unit++) {
    const end = org.length - unit;
    if (unit && !/^[一-龥]+$/.test(org.slice(end))) break;
    for (let from = 0; from + MIN_SHORT <= end && !(anchored && from > 0); from++) {
      const short = org.slice(from, end);
      const matches = ctx.report.entities.flatMap((e, i) =>
        SHORTENED_KINDS.has(e.kind) && ctx.forms(i).some((f) => (unit === 0 && f === short) || abbreviates(short, f))
          ? [i]
          : [],
      );
      if (matches.length > 1) return undefined;
      if (matches.length === 1) return { body: matches[0]!, unit: org.slice(end) };
    }
  }
  return undefined;
}

/** Posts of Hong Kong's or Macau's own government and legislature (行政长官, 特首, 立法会议员); a Secretary's post
 *  (财政司司长) is his department's. */
const SAR_POST = /^(?:行政长官|特首|立法会|行政会议)/;
const SARS = new Set(['香港', '澳门', '香港特别行政区', '澳门特别行政区', '香港特区', '澳门特区']);

/** The special administrative region a post of its own belongs to: the one the sentence names, else the report. */
function sarOf(ctx: RelationContext, sentence: number): number | undefined {
  const isSar = (r: number) => ctx.kind(r) === 'Region' && SARS.has(ctx.name(r));
  return (
    ctx.mentionsIn(sentence).find((o) => isSar(o.entity))?.entity ??
    ctx.report.mentions.find((o) => isSar(o.entity))?.entity
  );
}

/** Posts of the State Council written without it (国务委员, 副总理): its posts, where the report names it. */
const STATE_COUNCIL_POST = /^(?:国务委员|(?:常务)?副?总理)$/;
const STATE_COUNCIL = '国务院';

export function implicitBody(ctx: RelationContext, title: string, sentence: number): number | undefined {
  const { homeCity, subjectRegion } = ctx.report;
  if (SAR_POST.test(title)) return sarOf(ctx, sentence);
  if (STATE_COUNCIL_POST.test(title))
    return ctx.entitiesOfKind('Organization').find((o) => ctx.forms(o).includes(STATE_COUNCIL));
  // 副市长, 常务副县长: the unit past the deputy's mark.
  const unit = unitOf(title);
  // A county-level city's own news calls its leaders 市委书记 and 市长 (射洪市's, not the prefecture's).
  if (unit === '市')
    return (
      (subjectRegion !== undefined && countyCity(ctx, subjectRegion) ? subjectRegion : homeCity) ??
      onlyOfLevel(ctx, unit)
    );
  // A county's post goes to the report's own place only when that is a county (not 某市 for 副县长).
  if (unit === '区' || unit === '县') {
    const level = subjectRegion === undefined ? undefined : regionByName(ctx.name(subjectRegion))?.level;
    return (level === 'county' ? subjectRegion : undefined) ?? onlyOfLevel(ctx, unit);
  }
  if ((unit === '省' || title.startsWith('自治区')) && homeCity !== undefined) {
    const province = regionByName(ctx.name(homeCity))?.parent;
    const found = ctx.entitiesOfKind('Region').find((r) => ctx.name(r) === province);
    if (found !== undefined || unit !== '省') return found;
  }
  // 省委书记 in a report whose city gives no province it names: the one province it names.
  if (unit === '省') return onlyOfLevel(ctx, unit);
  // 自治区主席 in a report with no city of its own (a region's work report): the autonomous region it names.
  if (title.startsWith('自治区'))
    return ctx.report.mentions.find((o) => ctx.kind(o.entity) === 'Region' && ctx.name(o.entity).endsWith('自治区'))
      ?.entity;
  return undefined;
}

/** A city of county level (某县级市), whose leaders are 市委书记 and 市长 as a prefecture's are. */
function countyCity(ctx: RelationContext, region: number): boolean {
  const name = ctx.name(region);
  return name.endsWith('市') && regionByName(name)?.level === 'county';
}

/** The one region of a unit's level the report names, inside another name too (滨江区大数据产业园 → 滨江区): a report
 *  that dwells on no place of that level has its 区长 or 市长 there. */
function onlyOfLevel(ctx: RelationContext, unit: string): number | undefined {
  const found = ctx.entitiesOfKind('Region').filter((r) => ofUnitLevel(ctx, r, unit));
  return found.length === 1 ? found[0] : undefined;
}

/** A place's Party committee or government written short as one name (某省委, 某市委, 某自治区党委, 某县政府): its
 *  posts are the place's (ONTOLOGY.md: 滨江区委常委 → 滨江区 {title: 区委常委}; 某县政府副县长 → 某县). The formal
 *  某镇人民政府 of a notice is the organ itself. */
const PLACE_COMMITTEE = /^(.+?)(省委|市委|区委|县委|州委|党委|(?<!人民)政府)$/;

/** The region whose committee an Organization named 某省委 is, when the report names that region. */
export function committeePlace(ctx: RelationContext, body: number): number | undefined {
  // The Youth League's committee of a place (共青团某市委) is a body of its own, not the place's.
  if (ctx.kind(body) !== 'Organization' || /^(?:共青团|团)/.test(ctx.name(body))) return undefined;
  const place = PLACE_COMMITTEE.exec(ctx.name(body))?.[1];
  if (!place) return undefined;
  const full = regionByName(place)?.name;
  return ctx.entitiesOfKind('Region').find((r) =>
    ctx.forms(r).some(
      // 贵州省遵义市政府: the place is the last region the name holds.
      (f) => f === place || f === full || (f.length >= 3 && place.endsWith(f)),
    ),
  );
}

/** The unit a post names by its first character, past a deputy's or an acting head's mark (副县长, 常务副市长: 县, 市). */
export function unitOf(title: string): string {
  return title.replace(/^(?:常务副|副|代)/, '')[0] ?? '';
}

export const UNIT_LEVEL: Readonly<Record<string, string>> = {
  省: 'province',
  市: 'city',
  州: 'city',
  区: 'county',
  县: 'county',
};

/** Whether a post opens with the level of the place it is held in (市委副书记, 副县长, 镇长). */
export function namesPlaceLevel(title: string): boolean {
  const unit = unitOf(title);
  return Boolean(UNIT_LEVEL[unit]) || /^[镇乡]$/.test(unit);
}

/** The four municipalities: provinces in the gazetteer, whose leaders are 市委书记 and 市长. */
const MUNICIPALITIES = new Set(['北京市', '天津市', '上海市', '重庆市']);

/** Whether a region is of the level a post's first character names: by the gazetteer (省长, 市长, 县长), or for
 *  towns and villages, which it mostly lacks, by the name's own ending (镇长 of 某镇, 村委会主任 of 某村). */
export function ofUnitLevel(ctx: RelationContext, region: number, unit: string): boolean {
  const name = ctx.name(region);
  if (unit === '市' && (countyCity(ctx, region) || MUNICIPALITIES.has(regionByName(name)?.name ?? name))) return true;
  const entry = regionByName(name);
  // 州长, 州委书记: a prefecture named 某某自治州, not a city.
  if (unit === '州') return entry?.level === 'city' && entry.name.endsWith('州');
  if (UNIT_LEVEL[unit]) return entry?.level === UNIT_LEVEL[unit];
  return /^[镇乡村]$/.test(unit) && name.length > 2 && name.endsWith(unit);
}

/** Whether a region named near a post may hold it: one of its unit's level, and for 省长 or 省委常委 a province proper,
 *  not a municipality or an autonomous region of that level (上海市委常委周某，省委常委王某: not 上海's). */
function holdsPostOfUnit(ctx: RelationContext, region: number, unit: string): boolean {
  if (!ofUnitLevel(ctx, region, unit)) return false;
  return unit !== '省' || (regionByName(ctx.name(region))?.name ?? ctx.name(region)).endsWith('省');
}

/** 江苏省委书记某某、省长某某: a post that opens with its unit (省长, 市委书记, 镇长) and names no body belongs to the
 *  nearest region of that level the sentence names before it. */
export function nearestUnit(ctx: RelationContext, sentence: number, before: number, title: string): number | undefined {
  const unit = unitOf(title);
  if (!UNIT_LEVEL[unit] && !/^[镇乡村]$/.test(unit)) return undefined;
  // …also the place a body's name opens with (某市人大常委会主任王某，市委常委李某: the posts after are that city's).
  const placeOf = (entity: number) =>
    ctx.kind(entity) === 'Region'
      ? entity
      : ctx.kind(entity) === 'Organization'
        ? regionOpening(ctx, ctx.name(entity))
        : undefined;
  return ctx
    .mentionsIn(sentence)
    .filter((o) => o.end <= before)
    .map((o) => placeOf(o.entity))
    .filter((r) => r !== undefined && holdsPostOfUnit(ctx, r, unit))
    .at(-1);
}

/** How many sentences back a body named once may give a post its unit (某县召开会议。…县长王某…). */
const UNIT_LOOKBACK = 3;

/** 滨海县召开会议。…县长王某讲话: a post opening with its unit and naming no body is in the last region of that level
 *  the few sentences before name. */
export function unitNamedBefore(ctx: RelationContext, sentence: number, title: string): number | undefined {
  const unit = unitOf(title);
  if (!UNIT_LEVEL[unit] && !/^[镇乡村]$/.test(unit)) return undefined;
  for (let i = sentence - 1; i >= 0 && i >= sentence - UNIT_LOOKBACK; i--) {
    const named = ctx
      .mentionsIn(i)
      .filter((o) => ctx.kind(o.entity) === 'Region' && holdsPostOfUnit(ctx, o.entity, unit))
      .at(-1);
    if (named) return named.entity;
  }
  // 聘任王某为公司总经理 in a company's own announcement: the company that issues it.
  const issuer = noticeIssuer(ctx);
  return issuer !== undefined && ctx.kind(issuer) === 'Company' ? issuer : undefined;
}

/** Issuers that speak for a place or for other bodies, whose posts with no body are no posts in them: a government,
 *  a Party committee or its organization department, a congress or CPPCC (posts there name their own body). */
const GOVERNING_ISSUER = /(?:政府|党委|党工委|党组|[省市县区州旗]委|人大常委会|常务委员会|政协|组织部)$/;

/** The body or company that issues a notice about its own people: the body of the posts in it that name none (王某
 *  同志任办公室主任, 聘任李某为公司副总经理). */
export function noticeIssuer(ctx: RelationContext): number | undefined {
  const issuer = ctx.noticeIssuer();
  return issuer === undefined ? undefined : ownPostsBody(ctx, issuer);
}

/** The body itself where posts that name no body are its own: a company, or a body that speaks for no place. */
function ownPostsBody(ctx: RelationContext, body: number): number | undefined {
  const kind = ctx.kind(body);
  return kind === 'Company' || (kind === 'Organization' && !GOVERNING_ISSUER.test(ctx.name(body))) ? body : undefined;
}

/** What may open a line before the body it names: a list's number. */
const LINE_NUMBER = /^(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\([一二三四五六七八九十\d]{1,3}\))?\s*$/;

/** 县财政局：局长王某，副局长李某: the body that opens a line before a colon, which the posts after it that name no
 *  body (at `at` or later) are held in; also in the clauses after a semicolon (…；副局长李某。), which open sentences of
 *  their own. */
export function lineBody(ctx: RelationContext, sentence: number, at: number): number | undefined {
  const text = ctx.text(sentence);
  const opening = ctx
    .mentionsIn(sentence)
    .find((o) => LINE_NUMBER.test(text.slice(0, o.start)) && /^\s*[:：]/.test(text.slice(o.end)));
  if (opening) return opening.end < at ? ownPostsBody(ctx, opening.entity) : undefined;
  const continues = sentence > 0 && (at === 0 || at === Infinity) && /[；;]$/.test(ctx.text(sentence - 1));
  return continues ? lineBody(ctx, sentence - 1, Infinity) : undefined;
}

/** The posts of a park's own committees (党工委书记, 管委会副主任, 工委委员). */
const PARK_COMMITTEE_POST = /^(?:党工委|管委会|工委)/;

/** 某高新区管委会召开会议。党工委书记王某主持: a park committee's post that names no park is the park the sentence
 *  names before it, else the park the report is about. */
export function committeePark(
  ctx: RelationContext,
  sentence: number,
  before: number,
  title: string,
): number | undefined {
  if (!PARK_COMMITTEE_POST.test(title)) return undefined;
  const named = ctx
    .mentionsIn(sentence)
    .filter((o) => o.end <= before && ctx.kind(o.entity) === 'Park')
    .at(-1)?.entity;
  return named ?? ctx.report.subjectPark;
}

/** How the name of a body ends (局, 委员会, 公司): text ending so between a place and a post is a body of its own. */
export const BODY_ENDING = /(?:[局委办厅署处院所队站司]|委员会|公司|集团|中心)$/;

/** 镇党委书记 in a report that names one town: that town. */
export function onlyTown(ctx: RelationContext, unit: string): number | undefined {
  const towns = ctx.entitiesOfKind('Region').filter((r) => ofUnitLevel(ctx, r, unit));
  return towns.length === 1 ? towns[0] : undefined;
}

/** 某公司(以下简称某某)总经理: a post right after a bracket is in the body named just before the bracket. */
export function bracketedBody(ctx: RelationContext, sentence: number, at: number): number | undefined {
  const text = ctx.text(sentence);
  if (text[at - 1] !== ')') return undefined;
  const open = text.lastIndexOf('(', at - 1);
  if (open < 0) return undefined;
  return ctx
    .mentionsIn(sentence)
    .find((o) => o.end === open && BODY_KINDS.has(ctx.kind(o.entity)) && ctx.kind(o.entity) !== 'Region')?.entity;
}

/** A company named by reference (该公司董事长, 公司总经理, 这家企业负责人, a bank's 该行行长): the post is in the
 *  company last named; also after the preposition that opens the clause (据公司副总经理王某介绍), and in a unit or
 *  line of it (该公司综合部|部长, 公司销售|经理, 公司运营|总监); not 集团公司, the group itself. */
const COMPANY_REFERENCE =
  /^(?:据|由|经|在|对|向|与|和|同|请)?(?:(?:该|这家|此|本)?(?:公司|企业|集团)|该行|本行)(\p{Script=Han}{1,6}?(?:部|处|室|科|中心)|(?!公司|集团|企业)\p{Script=Han}{2})?$/u;
/** How many sentences back a referred company may be named (a paragraph's few sentences). */
const REFERENCE_SENTENCES = 3;

/** The company a reference before a post (该公司|总经理) stands for: the last one named before it in the sentence or
 *  the few before, when the report names one there; and the unit of it the reference names, which is part of the
 *  post (综合部). */
export function referredCompany(
  ctx: RelationContext,
  org: string,
  sentence: number,
  before: number,
): { body: number; unit: string } | undefined {
  const reference = COMPANY_REFERENCE.exec(org);
  if (!reference) return undefined;
  for (let i = sentence; i >= 0 && i > sentence - REFERENCE_SENTENCES; i--) {
    const named = ctx
      .mentionsIn(i)
      .filter((o) => (i < sentence || o.end <= before) && ctx.kind(o.entity) === 'Company')
      .at(-1);
    if (named) return { body: named.entity, unit: reference[1] ?? '' };
  }
  return undefined;
}
