// The body and title of each post of a chain (某县委常委、县政府党组副书记、副县长): a body the text names, a short or
// referred form of one (某科技 for 某科技有限公司, 该公司), a unit of the body before it, or the place a unit word names.
import { PLACE_ORGAN } from '../lexicon/names.ts';
import { LEVEL_WORD } from '../lexicon/regions.ts';
import type { RelationContext } from './context.ts';
import {
  BODY_ENDING,
  BODY_KINDS,
  bracketedBody,
  committeePark,
  committeePlace,
  implicitBody,
  lineBody,
  nearestUnit,
  noticeIssuer,
  ofUnitLevel,
  onlyTown,
  referredCompany,
  shortenedBody,
  unitNamedBefore,
  unitOf,
  namesPlaceLevel,
} from './post-bodies.ts';
import { GROUP_ONLY_ROLE, isGroup } from './group-roles.ts';
import type { Post } from './post-chains.ts';

/** 县政府副县长 is written as 副县长 where the post names its unit again (the gold's and the reader's form). */
function plainTitle(title: string): string {
  return title.replace(/^([省市县区])(?:人民)?政府((?:常务)?副?\1长)$/, '$2');
}

/** A place's Party committee, government, congress or CPPCC named by its level alone (县政府, 市人民政府, 区政协). */
const LEVEL_BODY = new RegExp(`^${LEVEL_WORD.source}(?:委|政府|人民政府|人大常委会|人大|政协)$`);

/** A place's people's congress or CPPCC: a body of its own wherever the recognizers name it. */
const CONGRESS_BODY = /(?:人大常委会|政协)$/;

/** 某县委常委、县政府副县长: a post of a place named by its level alone is the place the chain's post before was in. */
function placeBefore(ctx: RelationContext, previous: number | undefined, title: string): number | undefined {
  return previous !== undefined && ctx.kind(previous) === 'Region' && ofUnitLevel(ctx, previous, unitOf(title))
    ? previous
    : undefined;
}

/** The committees a title may open with (政协副主席, 人大常委会副委员长). */
const COMMITTEE_PREFIX = /^(?:人大常委会|人大|政协|党工委|管委会|党委|党组|纪委|监委)/;
/** A place's committee by its level (县委书记, 市委副书记): written twice only where the body is that word alone (区委). */
const LEVEL_COMMITTEE_PREFIX = /^[省市县区州旗]委/;

/** 全国政协|政协副主席, 共青团某县委|县委书记: a title's committee that the body's own name ends with is not written
 *  twice (副主席, 书记). */
function ownTitle(ctx: RelationContext, body: number, title: string): string {
  const name = ctx.name(body);
  const level = LEVEL_COMMITTEE_PREFIX.exec(title)?.[0];
  const prefix = COMMITTEE_PREFIX.exec(title)?.[0] ?? (level && name.length > level.length ? level : undefined);
  return prefix && ctx.kind(body) === 'Organization' && name.endsWith(prefix) && title.length > prefix.length
    ? title.slice(prefix.length)
    : title;
}

/** 宁夏回族自治区|党委书记: the title read as 自治区党委书记 opens with the end of the region's own name, which the
 *  report names right there: the post is the rest (党委书记). */
function withoutPlaceEnding(ctx: RelationContext, sentence: number, body: number, titleStart: number, title: string) {
  const ending = /^自治[区州县]/.exec(title)?.[0];
  if (!ending || title.length === ending.length || ctx.kind(body) !== 'Region') return title;
  const named = ctx.mentionsIn(sentence).some((o) => o.entity === body && o.end === titleStart + ending.length);
  return named ? title.slice(ending.length) : title;
}

/** Honours and descriptions written like posts. */
const HONOURS = /^(?:院士|外籍院士|学部委员|博士生导师|硕士生导师)$/;

/** The body each post of a chain in `sentence` is held in, added to `titles` (body → titles in order). */
export function addPosts(
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
    // 领导小组下设办公室…，王某兼任办公室主任: a bare office is the group's, which the report names no further.
    if (segment.org.trim() === '办公室' && namesGroupOffice(ctx)) continue;
    const stationedAt = text.slice(segment.orgStart, segment.titleStart).search(/派?驻/);
    // …unless one body is named across 驻 (某市委驻某村工作队|队长, 某市政府驻某地办事处|主任): its post is its own.
    const namedAcross = ctx
      .mentionsIn(sentence)
      .some(
        (o) =>
          o.start <= segment.orgStart + stationedAt &&
          o.end > segment.orgStart + stationedAt + 1 &&
          BODY_KINDS.has(ctx.kind(o.entity)),
      );
    const stationed = namedAcross ? -1 : stationedAt;
    const orgEnd = stationed > 0 ? segment.orgStart + stationed : segment.titleStart;
    const namedInOrg = placeWrittenAfter(
      ctx,
      text,
      orgEnd,
      ctx
        .mentionsIn(sentence)
        .filter(
          (o) =>
            o.start >= segment.orgStart &&
            o.start < orgEnd &&
            (stationed <= 0 || o.end <= orgEnd) &&
            BODY_KINDS.has(ctx.kind(o.entity)),
        )
        .at(-1),
    );
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
    // 某市委常委、|组织部部长: a department of the Party committee whose post came before is that place's, not a short
    // form of another body the report names (某某市委组织部).
    const placeUnit =
      previous !== undefined &&
      ctx.kind(previous) === 'Region' &&
      !segment.fresh &&
      PARTY_DEPARTMENT.test(segment.org.trim()) &&
      LEVEL_COMMITTEE_PREFIX.test(titles.get(previous)?.at(-1) ?? '');
    const shortened =
      referred !== undefined || placeUnit
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
    // 某县委常委、县政府|党组副书记: a place's body named by its level alone is the place's, and part of the post;
    // not a congress or CPPCC the recognizers named as a body before its title (省人大常委会|副主任).
    const levelBody =
      namedBody !== undefined &&
      ctx.kind(namedBody.entity) === 'Organization' &&
      !CONGRESS_BODY.test(ctx.name(namedBody.entity)) &&
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
    const bodyNamed = levelBody || joinedUnit ? undefined : (referred?.body ?? shortened?.body ?? namedBody?.entity);
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
    // 王某同志任办公室主任 in a body's own notice: a post that names no body, or only a unit of one, is the issuer's;
    // not one that names a place's level (市委副书记, 县长 in a government office's notice: the place's), nor a role
    // only a working group has (组长 in the office's notice that sets up a group: the group's, group-roles.ts).
    if (
      previous === undefined &&
      named === undefined &&
      !unit &&
      (org === '' || ownUnit(org)) &&
      !(org === '' && (namesPlaceLevel(segment.title) || GROUP_ONLY_ROLE.test(segment.title)))
    )
      previous = noticeIssuer(ctx) ?? lineBody(ctx, sentence, segment.orgStart);
    // 某片区党工委副书记、开发管理局局长: a unit named by no body of its own is inside the body before it, and its
    // name is part of the post (the gold's convention), as is the office a stationed post is in.
    // A body of a level of its own (市委两新工委, 县(市、区)) is no unit of the body before it.
    const subUnit = named === undefined && previous !== undefined && (joinedUnit || ownUnit(org));
    const title =
      stationed > 0
        ? text.slice(orgEnd, segment.titleStart + segment.title.length)
        : (subUnit ? org : unit || inner || referred?.unit || (shortened?.unit ?? '')) + segment.title;
    const body =
      named ??
      (subUnit
        ? previous
        : org || unit
          ? /^[镇乡]$/.test(unit)
            ? (nearestUnit(ctx, sentence, segment.titleStart, title) ?? onlyTown(ctx, unit))
            : // 区党工委副书记, 区管委会主任: a zone's committee written with the zone word 区 is the park's, not a district's.
              ((unit === '区' ? committeePark(ctx, sentence, segment.titleStart, segment.title) : undefined) ??
              placeBefore(ctx, previous, title) ??
              nearestUnit(ctx, sentence, segment.titleStart, title) ??
              unitNamedBefore(ctx, sentence, title) ??
              implicitBody(ctx, title, sentence))
          : ((previous !== undefined && !placePostAfterBody(ctx, previous, title) ? previous : undefined) ??
            bracketedBody(ctx, sentence, segment.orgStart) ??
            nearestUnit(ctx, sentence, segment.titleStart, title) ??
            committeePark(ctx, sentence, segment.titleStart, title) ??
            unitNamedBefore(ctx, sentence, title) ??
            implicitBody(ctx, title, sentence)));
    // 省政府|督察专员 in a report that names no province: the body named by its level holds the post.
    const levelOrgan =
      body === undefined ? levelOrganOfPost(ctx, sentence, segment, levelBody ? namedBody : undefined) : undefined;
    if (levelOrgan) {
      addPost(
        titles,
        levelOrgan.entity,
        levelOrgan.post,
        segment.joiner !== undefined && levelOrgan.entity === previous,
        segment.joiner,
      );
      previous = levelOrgan.entity;
      continue;
    }
    // A place holds only government posts: 某地|同胞联谊会会长 is a post of a body no rule named, not of the place.
    if (body === undefined || (!segment.government && ctx.kind(body) === 'Region')) continue;
    const post = ownTitle(ctx, body, withoutPlaceEnding(ctx, sentence, body, segment.titleStart, plainTitle(title)));
    addPost(titles, body, post, segment.joiner !== undefined && body === previous, segment.joiner);
    previous = body;
  }
  return previous;
}

/** The body named by its level alone (省政府, 县人民政府) that a post is written in, before it (县政府|副县长) or opening
 *  its title (省政府督察专员), and the post without it. */
function levelOrganOfPost(
  ctx: RelationContext,
  sentence: number,
  segment: Post,
  before: { entity: number } | undefined,
): { entity: number; post: string } | undefined {
  if (before) return { entity: before.entity, post: segment.title };
  const opening = ctx
    .mentionsIn(sentence)
    .find(
      (o) =>
        o.start === segment.titleStart &&
        o.end < segment.titleStart + segment.title.length &&
        ctx.kind(o.entity) === 'Organization' &&
        LEVEL_BODY.test(ctx.name(o.entity)),
    );
  return opening && { entity: opening.entity, post: segment.title.slice(opening.end - opening.start) };
}

/** Adds a post to those a body holds; a post held concurrently in the same body (董事长兼总经理) is written as one
 *  with the one before (the gold's and the reader's form). */
function addPost(titles: Map<number, string[]>, body: number, post: string, joined: boolean, joiner = '') {
  const held = titles.get(body) ?? [];
  if (joined && held.length) held[held.length - 1] += joiner + post;
  else if (!held.includes(post)) held.push(post);
  titles.set(body, held);
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

/** 某县|某镇党委副书记 where the town is no mention here but a place the report names: that place holds the post. */
function placeWrittenAfter<M extends { entity: number; start: number; end: number }>(
  ctx: RelationContext,
  text: string,
  orgEnd: number,
  named: M | undefined,
): M | undefined {
  if (named === undefined || ctx.kind(named.entity) !== 'Region') return named;
  const rest = text.slice(named.end, orgEnd);
  const place = SMALLER_PLACE.test(rest) ? ctx.entitiesOfKind('Region').find((r) => ctx.name(r) === rest) : undefined;
  return place === undefined ? named : { ...named, entity: place, start: named.end, end: orgEnd };
}

/** 某市某某领导小组组长、|市委书记, 某县财政局局长、|县委常委: a place's post after a post in a working group or any other
 *  body is the place's, not that body's (a place's own government or Party committee keeps it: 县人民政府|副县长). */
function placePostAfterBody(ctx: RelationContext, previous: number, title: string): boolean {
  return (
    namesPlaceLevel(title) &&
    (isGroup(ctx, previous) || (ctx.kind(previous) === 'Organization' && !PLACE_ORGAN.test(ctx.name(previous))))
  );
}

/** A place below the one named that no recognizer read (某镇|新民村党支部书记): its posts are not the town's. */
const SMALLER_PLACE = /(?:村|社区|嘎查|街道|镇|乡)$/;

/** A department of a place's Party committee, written alone after a post in that committee. */
const PARTY_DEPARTMENT = /^(?:组织部|宣传部|统战部|政法委|纪委|政研室|办公室)$/;

/** What a unit inside a body is called (开发管理局, 组织部, 项目建设指挥部); not 国家|主席, whose body is another. */
const SUB_UNIT = /(?:部|局|办|室|处|科|股|所|组|中心|指挥部|委员会|大队|支队|站)$/;

/** A unit written with no place of its own (办公室, 预算股), which is inside some body. */
/** A working group's office (领导小组办公室, 指挥部下设办公室). */
const GROUP_OFFICE = /(?:小组|指挥部|委员会)(?:下设)?办公室/;

/** Whether the report names a working group's office, which a bare 办公室 may then be. */
const namesGroupOffice = (ctx: RelationContext) => ctx.sentences.some((s) => GROUP_OFFICE.test(s.text));

function ownUnit(org: string): boolean {
  return SUB_UNIT.test(org) && !/^[省市县区州乡镇]/.test(org);
}
