// MEMBER_OF and CO_BUILT_BY. A numbered scheme (“1+3”联动发展) has the parks listed with it as members and
// the report's own park as its lead (the 1); a named scheme (温州丽水山海协作) has the regions written with it,
// and a park called one of its parks (…山海协作园区) is a member that those regions co-build.
import { ONE_CHARACTER_FORMS, placesAbbreviated, regionByName, type RegionEntry } from '../lexicon/regions.ts';
import { CITY_PAIR_HEADS, JOINED_SCHEME_HEADS, SCHEMES } from '../entities/partnerships.ts';
import { regionTrie, pickRegion } from '../entities/regions.ts';
import { tagOf, wordBoundaryAt } from '../lexicon/segmenter.ts';
import type { RecognizedMention } from '../entities/index.ts';
import type { RelationContext, RelationSet } from './context.ts';

const NUMBERED = /^[“"]?(\d+)\+(\d+)/;

function numberedMembers(ctx: RelationContext, out: RelationSet, p: RecognizedMention, partnership: number): void {
  const mentions = ctx.mentionsIn(p.sentence);
  // The list right before the scheme's name: parks (or regions) joined by 、 up to the scheme.
  const listed = mentions.filter(
    (o) => o.end <= p.start && (ctx.kind(o.entity) === 'Park' || ctx.kind(o.entity) === 'Region') && !o.reference,
  );
  const text = ctx.text(p.sentence);
  const members: number[] = [];
  for (let i = listed.length - 1; i >= 0; i--) {
    const o = listed[i]!;
    const gap = text.slice(o.end, members.length ? listed[i + 1]!.start : p.start);
    if (!/^[、和与及]?$/.test(gap)) break;
    members.push(o.entity);
  }
  if (!members.length) members.push(...listedAfter(ctx, p));
  for (const member of members)
    out.add({ type: 'MEMBER_OF', from: member, to: partnership, role: 'member', evidence: [p.sentence] });
  const lead = ctx.report.subjectPark;
  if (members.length && lead !== undefined && !members.includes(lead)) {
    out.add({ type: 'MEMBER_OF', from: lead, to: partnership, role: 'lead', evidence: [p.sentence] });
  }
}

/** What leads from a numbered scheme to the members listed after it: “1+3”联动发展格局，带动|甲、乙、丙; “1+3”（|甲…). */
const MEMBERS_AFTER = /^(?:[^。；;]{0,12}?(?:包括|即|带动|联动|辐射|涵盖|覆盖)(?:了)?|[^。；;，,]{0,4}?[（(：:])$/;

/** The parks (or places) listed after a numbered scheme (“1+3”园区联动发展，带动甲、乙、丙协同发展), at most as many as
 *  its second number. */
function listedAfter(ctx: RelationContext, p: RecognizedMention): number[] {
  const text = ctx.text(p.sentence);
  const count = Number(NUMBERED.exec(ctx.name(p.entity))?.[2] ?? 0);
  const places = ctx
    .mentionsIn(p.sentence)
    .filter((o) => o.start >= p.end && !o.reference && !o.nested && ['Park', 'Region'].includes(ctx.kind(o.entity)));
  const first = places[0];
  if (!first || !MEMBERS_AFTER.test(text.slice(p.end, first.start))) return [];
  const members = [first];
  for (const o of places.slice(1)) {
    if (members.length >= count || !/^[、和与及]$/.test(text.slice(members.at(-1)!.end, o.start))) break;
    members.push(o);
  }
  return members.map((o) => o.entity);
}

/** A name made of one-character forms or two cities' first characters before its head (川黔|协同发展, 沪滇|扶贫协作,
 *  琼港|合作备忘录, 沈本|同城化): the places they stand for. */
const JOINED = new RegExp(
  `^([^协一扶经合]{2,4}?)(?:[两三四](?:国|地|省))?(?:地方|区域)?(?:${[...JOINED_SCHEME_HEADS, ...CITY_PAIR_HEADS].join('|')})(?:框架)?(?:协议|备忘录)?$`,
);

const DASH = /[-—－–]/;

/** Regions written into a scheme's name or its aliases: 温州丽水山海协作 → 温州市, 丽水市; 川黔协同发展 → 四川省,
 *  贵州省 (the ones the report names). A macro-region's name names no member: its places do. */
function regionsOfScheme(ctx: RelationContext, partnership: number): number[] {
  const regions = ctx.regionByForm();
  const found = new Set<number>();
  for (const form of ctx.forms(partnership)) {
    const joined = JOINED.exec(form)?.[1];
    const oneCharacterForms = joined !== undefined && [...joined].every((c) => ONE_CHARACTER_FORMS.has(c));
    // Two cities by their first characters (沈本同城化, 京沈对口合作): those of them the report names.
    const abbreviated = joined?.length === 2 ? placesAbbreviated(joined[0]!, joined[1]!) : undefined;
    if (abbreviated && !oneCharacterForms) {
      for (const place of abbreviated) {
        const r = place === 'several' ? undefined : regions.get(place.name);
        if (r !== undefined) found.add(r);
      }
      continue;
    }
    if (joined && oneCharacterForms) {
      // Beside a city's form (深中一体化) a character is a city's too: the nation's 中 is 中山 there.
      const cities = [...joined].some((c) => regionByName(ONE_CHARACTER_FORMS.get(c)!)?.level === 'city');
      for (const c of joined) {
        const full = ONE_CHARACTER_FORMS.get(c)!;
        const r =
          cities && regionByName(full)?.level === 'country'
            ? [...regions].find(([form]) => form.startsWith(c) && regionByName(form)?.level === 'city')?.[1]
            : regions.get(full);
        if (r !== undefined) found.add(r);
      }
      continue;
    }
    // …except a scheme that joins two sides by a dash (中国—东盟开放合作): each side is a member.
    const dashed = DASH.test(form);
    for (const { value } of regionTrie().findAll(form)) {
      const region = pickRegion(value).region;
      const r = region.level === 'macro' && !dashed ? undefined : regions.get(region.name);
      if (r !== undefined) found.add(r);
    }
  }
  return [...found];
}

/** The places listed right before a position: 甲、乙和丙 (joined by 、和与及), each the last of its chain (江苏苏州吴江区 is
 *  吴江区), after an optional lead-in (两地合作). */
function regionsListedBefore(
  ctx: RelationContext,
  sentence: number,
  at: number,
  leadIn: RegExp,
  joiner = /^[和与、及]$/,
): number[] {
  const text = ctx.text(sentence);
  const before = ctx.mentionsIn(sentence).filter((m) => m.end <= at && ctx.kind(m.entity) === 'Region');
  const regions: number[] = [];
  let chained = false;
  for (let k = before.length - 1, end = at; k >= 0; k--) {
    const gap = text.slice(before[k]!.end, end);
    if (regions.length === 0 ? leadIn.test(gap) : joiner.test(gap)) {
      regions.push(before[k]!.entity);
      chained = false;
    } else if (regions.length && gap === '' && !chained) {
      chained = true; // the place before the listed one is where it lies, not a member of its own
    } else if (!(regions.length && gap === '' && chained)) break;
    end = before[k]!.start;
  }
  return regions;
}

/** 由滨江区和南湖县共建的光伏产业园, 苏州与宿迁两地合作共建, 上海青浦区、江苏吴江区和浙江嘉善县联合成立某示范区, 由甲区和乙县
 *  结对共建, 甲市在乙市共建的某产业园, 甲市对口帮扶乙市的共建园区, 甲市与乙市签署协议，合作共建某园: the regions joined
 *  before the verb co-build the park. */
const CO_BUILDS =
  /(?:两地|双方|三地|三方|两市|两县|两区|两国|两省)?(?:(?:合作|联合|共同|携手|结对|挂钩)(?:出资|投资)?(?:共建|成立|设立|建设|打造|开发|兴建|管理|运营)|共建|共管)/;
/** …also after the scheme they build it under (甲市与乙市|山海协作|共建) or the governments of both (两地政府|共同建设), and
 *  in a clause of their own after the pairing (甲市对口帮扶乙市，|两地|共建). */
const CO_BUILD_LEAD_IN = new RegExp(
  `^(?:(?:签署|签订)[^，,。；;]{0,12}(?:协议|备忘录)[，,])?(?:${SCHEMES.join('|')})?` +
    `[，,]?(?:在[^，,。；;]{2,16}?)?(?:(?:两地|双方|三地|三方|两市|两县|两区|两国|两省)(?:政府|人民政府)?)?(?:合作|联合|共同|携手)?的?$`,
);
/** What joins the co-builders: a conjunction, 在 (甲市在乙市共建), or the pairing between them (甲市对口帮扶乙市). */
const CO_BUILDERS_JOINED = /^(?:[和与、及在]|携手|对口帮扶|对口支援|对口合作|结对帮扶)$/;

/** The park a co-building verb at `at` builds: the first named after it in its sentence (…共建的某产业园), else the
 *  one the clause before the builders opens with (某产业园由甲市和乙市共建, 某产业园是甲市与乙市合作共建的). A park in
 *  another clause is no object of the verb. */
function coBuiltPark(ctx: RelationContext, sentence: number, at: number): number | undefined {
  const text = ctx.text(sentence);
  // A bare head read as the report's park (…联合成立某某示范区 read as 示范区) is no park of this verb; 该园区 is.
  const parks = ctx
    .mentionsIn(sentence)
    .filter((m) => ctx.kind(m.entity) === 'Park' && (!m.reference || /^[该本此这]/.test(text.slice(m.start))));
  const after = parks.find((m) => m.start > at && !/[。；;]/.test(text.slice(at, m.start)));
  if (after) return after.entity;
  const before = parks.filter((m) => m.end <= at).at(-1);
  if (!before) return undefined;
  // What follows it is the builders (or the scheme they build under), after nothing but 是/由.
  const next = ctx
    .mentionsIn(sentence)
    .find((m) => m.start >= before.end && ['Region', 'Partnership'].includes(ctx.kind(m.entity)));
  const gap = text.slice(before.end, next?.start ?? at);
  return next && /^[，,]?(?:是|系|为|作为)?(?:由)?$/.test(gap) ? before.entity : undefined;
}

/** A sentence whose subject is left out and that opens with its partner (与某区深化…合作，共建某园): the partner and the
 *  report's own region co-build. */
const PARTNER_OPENS = /^(?:[^，,；;。]{0,6}[，,])?(?:积极|主动|进一步|继续)?(?:与|同|携手)$/;

function partnerOfOmittedSubject(ctx: RelationContext, sentence: number, at: number): number[] {
  const own = ctx.report.subjectRegion;
  const text = ctx.text(sentence);
  const regions = ctx.mentionsIn(sentence).filter((m) => m.end <= at && ctx.kind(m.entity) === 'Region');
  const partner = regions[0];
  if (own === undefined || !partner || partner.entity === own || !PARTNER_OPENS.test(text.slice(0, partner.start)))
    return [];
  // Only the partner is named before the verb, in the same sentence (与某区深化某产业合作，|共建).
  if (regions.some((m) => m.entity !== partner.entity) || /[。；;]/.test(text.slice(partner.end, at))) return [];
  return [partner.entity, own];
}

function statedCoBuilding(ctx: RelationContext, out: RelationSet): void {
  ctx.sentences.forEach((_, i) => {
    const text = ctx.text(i);
    const verb = CO_BUILDS.exec(text);
    if (!verb) return;
    const mentions = ctx.mentionsIn(i);
    let regions = regionsListedBefore(ctx, i, verb.index, CO_BUILD_LEAD_IN, CO_BUILDERS_JOINED);
    if (regions.length < 2) regions = partnerOfOmittedSubject(ctx, i, verb.index);
    // The pair written with the scheme they build under (甲市与乙市山海协作|共建): the scheme's places.
    const scheme = mentions.find(
      (m) =>
        ctx.kind(m.entity) === 'Partnership' &&
        m.end <= verb.index &&
        CO_BUILD_LEAD_IN.test(text.slice(m.end, verb.index)),
    );
    if (regions.length < 2 && scheme) regions = regionsOfScheme(ctx, scheme.entity);
    if (regions.length < 2) return;
    const park = coBuiltPark(ctx, i, verb.index);
    if (park === undefined) return;
    for (const r of regions) out.add({ type: 'CO_BUILT_BY', from: park, to: r, evidence: [i] });
  });
}

/** A co-built zone named by the first characters of its builders, right before its head or before the field it
 *  serves (湛茂|工业园区, 珠汕|特别合作区, 某某粤琼|深度合作区, 某某深港|现代服务业合作区, 港深|创新及科技园, 宁浙|创业园). */
const CO_BUILT_HEAD =
  /(?:深度|特别|经济特别|经济|产业)?(?:合作区|工业园区|工业园|产业园|科技园|创业园|创科园|合作园)$/u;
/** The longest field a pair may be written before (现代服务业, 创新及科技). */
const FIELD_AFTER_PAIR = 8;

/** The builders a zone's name abbreviates: both characters must stand for places, the second read within the
 *  first's province where only that makes it one (or the other way round); one that stays one of several cities
 *  (汕 of 珠汕) names no builder, but still makes the pair a pair. A place's own name (湛江|工业园) is no pair, nor
 *  two characters of places written in full (江苏|盐城: no 苏盐), nor a common word (前海, 现代) or part of one. */
function pairOfBuilders(name: string): RegionEntry[] {
  const head = CO_BUILT_HEAD.exec(name);
  if (!head) return [];
  const inPlace = new Uint8Array(name.length);
  for (const m of regionTrie().findAll(name)) inPlace.fill(1, m.start, m.end);
  for (let at = Math.max(0, head.index - 2 - FIELD_AFTER_PAIR); at + 2 <= head.index; at++) {
    const pair = name.slice(at, at + 2);
    if (inPlace[at] || inPlace[at + 1] || !/^\p{Script=Han}{2}$/u.test(pair) || !PAIR_TAGS.has(tagOf(pair))) continue;
    // (…and no pair a word of the name crosses: 苏|高新 holds no 苏高.)
    if (!wordBoundaryAt(name, at) || !wordBoundaryAt(name, at + 2)) continue;
    const places = placesAbbreviated(pair[0]!, pair[1]!);
    if (!places || places[0] === places[1]) continue;
    // Before a field, both characters must name their places (苏|高新… is no pair), and a pair's own scheme
    // (粤澳合作|中医药…产业园) names the scheme the zone is a member of, not its builders.
    const beforeField = at + 2 < head.index;
    if (beforeField && (places.includes('several') || /^合作(?!区)/.test(name.slice(at + 2)))) continue;
    return places.filter((r) => r !== 'several');
  }
  return [];
}
/** Tags a pair of places' first characters has to the segmenter: none (湛茂), a place (深港) or an abbreviation. */
const PAIR_TAGS = new Set(['x', 'ns', 'j']);

/** A zone named by its builders' first characters is co-built by those of them the report names. */
function pairNamedCoBuilding(ctx: RelationContext, out: RelationSet): void {
  const regions = new Map(ctx.entitiesOfKind('Region').map((r) => [ctx.name(r), r]));
  for (const park of ctx.entitiesOfKind('Park')) {
    const evidence = ctx.mentionsOf(park).map((m) => m.sentence);
    for (const form of ctx.forms(park)) {
      const builders = pairOfBuilders(form)
        .map((r) => regions.get(r.name))
        .filter((r) => r !== undefined);
      for (const r of builders) out.add({ type: 'CO_BUILT_BY', from: park, to: r, evidence });
    }
  }
}

/** 甲省与乙市签署《甲乙合作备忘录》, 甲市、乙市共同签署…: the places that sign a scheme are its members. */
const SIGNS = /^(?:共同|正式)?(?:签署|签订|缔结)了?(?:[^，,；;。]{0,12}?)?[《“"]?$/;

function signatories(ctx: RelationContext, out: RelationSet, partnership: number): void {
  for (const p of ctx.mentionsOf(partnership)) {
    const text = ctx.text(p.sentence);
    const verb = /(?:共同|正式)?(?:签署|签订|缔结)/.exec(text.slice(Math.max(0, p.start - 20), p.start));
    if (!verb) continue;
    const verbAt = Math.max(0, p.start - 20) + verb.index;
    if (!SIGNS.test(text.slice(verbAt, p.start))) continue;
    for (const r of regionsListedBefore(ctx, p.sentence, verbAt, /^$/))
      out.add({ type: 'MEMBER_OF', from: r, to: partnership, role: 'member', evidence: [p.sentence] });
  }
}

/** The text from `from` to the scheme `p`, without the other schemes listed right before it (甲走廊、乙网络和|p). */
function schemesDropped(ctx: RelationContext, p: RecognizedMention, from: number): string {
  const text = ctx.text(p.sentence);
  let end = p.start;
  const schemes = ctx.mentionsIn(p.sentence).filter((o) => !o.nested && o.end <= p.start && o.start >= from);
  for (let k = schemes.length - 1; k >= 0; k--) {
    const o = schemes[k]!;
    if (ctx.kind(o.entity) !== 'Partnership' || !/^[、和与及]$/.test(text.slice(o.end, end))) break;
    end = o.start;
  }
  return text.slice(from, end);
}

/** 某自贸试验区…探索中日韩地方经济合作, 某开发区积极融入长三角一体化发展, 某省正以中国—某国经济走廊…为重点: the park or
 *  place a sentence opens with takes part. */
const TAKES_PART = /融入|参与|加入|探索|对接|服务|共建|深化|推进|推动|借力|依托|促进|正以|作为/;

/** A time word or a linking word a sentence may open with before its place: 目前，某省正以…. */
const OPENING = /^(?:目前|当前|如今|现在|近年来|今年以来|同时|此外)[，,]?$/;

function parkTakingPart(ctx: RelationContext, out: RelationSet, partnership: number): void {
  for (const p of ctx.mentionsOf(partnership)) {
    const mentions = ctx.mentionsIn(p.sentence);
    const first = mentions[0];
    const kind = first && ctx.kind(first.entity);
    const text = ctx.text(p.sentence);
    if (!first || first === p || (kind !== 'Park' && kind !== 'Region') || namesItsPlaces(ctx, p)) continue;
    if (first.start > 2 && !OPENING.test(text.slice(0, first.start))) continue;
    // A place opens a clause about the scheme only where nothing else comes between (某省正以|…经济走廊): a place
    // that opens a longer sentence is its subject, not the scheme's member. Schemes listed before this one
    // (某省正以甲走廊、|乙网络) are no words between.
    if (kind === 'Region' && regionByName(ctx.name(first.entity))?.level === 'macro') continue;
    const between = schemesDropped(ctx, p, first.end);
    if (kind === 'Region' && !/^[^，,；;。]{0,8}$/.test(between)) continue;
    // A park takes part in its own clause: after a comma the sentence goes on to another subject (设立某新区，是党中央
    // 推进…作出的决策).
    if (/[。；;，,]/.test(between) || !TAKES_PART.test(between)) continue;
    if (mentions.some((o) => o.start >= first.end && o.end <= p.start && ctx.kind(o.entity) === 'Park')) continue;
    out.add({ type: 'MEMBER_OF', from: first.entity, to: partnership, role: 'member', evidence: [p.sentence] });
  }
}

/** 某茶园，属于甲乙扶贫协作项目; 某产业园列入山海协作园区: the park the clause names before it is one of the scheme's. */
const BELONGS = /^[，,]?(?:是|系|属于|列入|纳入|作为)(?:了)?$/;

function parkBelonging(ctx: RelationContext, out: RelationSet, partnership: number): void {
  for (const p of ctx.mentionsOf(partnership)) {
    const text = ctx.text(p.sentence);
    const park = ctx
      .mentionsIn(p.sentence)
      .filter((o) => o.end <= p.start && ctx.kind(o.entity) === 'Park')
      .at(-1);
    if (park && BELONGS.test(text.slice(park.end, p.start)))
      out.add({ type: 'MEMBER_OF', from: park.entity, to: partnership, role: 'member', evidence: [p.sentence] });
  }
}

/** 深化与湖州市东西部协作, 加强与某省的对口合作: the partner named after 与 and the report's own region are members. */
function partnersWith(ctx: RelationContext, out: RelationSet, partnership: number, own: number | undefined): void {
  for (const p of ctx.mentionsOf(partnership)) {
    const text = ctx.text(p.sentence);
    const partner = ctx
      .mentionsIn(p.sentence)
      .filter((o) => o.end <= p.start && ctx.kind(o.entity) === 'Region')
      .at(-1);
    if (!partner || text[partner.start - 1] !== '与' || !/^(?:的|之间的?)?$/.test(text.slice(partner.end, p.start)))
      continue;
    for (const member of own === undefined || own === partner.entity ? [partner.entity] : [partner.entity, own])
      out.add({ type: 'MEMBER_OF', from: member, to: partnership, role: 'member', evidence: [p.sentence] });
  }
}

/** 甲市与乙市深化对口合作, 甲市对口帮扶乙市, 甲市与乙州开展东西部协作: the places joined by 与/和 before a scheme (a verb
 *  between), or on both sides of a 对口/结对 scheme, are its members. */
const PAIRED_BEFORE = /^(?:进一步)?(?:深化|加强|开展|建立|推进|深入推进|携手)?(?:了)?$/;

const OTHER_SCHEMES_BEFORE = new RegExp(`(?:(?:${SCHEMES.join('|')})[和与、及])+$`);

function pairedPlaces(ctx: RelationContext, out: RelationSet, partnership: number): void {
  const paired = /^(?:对口|结对)/.test(ctx.name(partnership));
  for (const p of ctx.mentionsOf(partnership)) {
    const text = ctx.text(p.sentence);
    const regions = ctx.mentionsIn(p.sentence).filter((o) => ctx.kind(o.entity) === 'Region');
    const before = regions.filter((o) => o.end <= p.start).at(-1);
    let after = regions.findIndex((o) => o.start >= p.end);
    if (!before) continue;
    const receiver = after >= 0 && regions[after]!.start === p.end;
    // The receiver is the last of the chain written after the scheme (广元市青川县 is 青川县).
    while (after >= 0 && regions[after + 1]?.start === regions[after]!.end) after++;
    // Other schemes the same places run, joined before this one (甲市与乙市深化东西部协作和|对口支援), are no verb.
    const gap = text.slice(before.end, p.start).replace(OTHER_SCHEMES_BEFORE, '');
    const members: number[] = [];
    if (paired && receiver && before.end === p.start) members.push(before.entity, regions[after]!.entity);
    else if (PAIRED_BEFORE.test(gap)) {
      const listed = regionsListedBefore(ctx, p.sentence, before.end, /^$/);
      if (listed.length >= 2) members.push(...listed);
    }
    for (const r of members)
      out.add({ type: 'MEMBER_OF', from: r, to: partnership, role: 'member', evidence: [p.sentence] });
  }
}

/** A national initiative the report's region joins (积极融入共建“一带一路”, 高水平共建某某通道, 促进中国—某某开放合作; not
 *  抓住共建“某某”机遇) in a sentence that names no other place. */
const JOINS = /(?:融入|参与|加入|对接|服务于?|共建|促进|深化)(?:共建)?[“"]?$/;
/** An initiative named as a chance to seize (抓住共建“某某”重大机遇): no joining stated. */
const CHANCE = /^[”"]?(?:[^，,；;。]{0,4}?)(?:机遇|机会|契机)/;

/** “某某”沿线国家, 共建“某某”国家: the countries of a scheme, which a sentence trades or works with; no joining. */
const PLACES_OF_SCHEME = /^[”"’]?(?:沿线|相关|共建)?(?:国家|地区|城市|伙伴)/;

function namesItsPlaces(ctx: RelationContext, p: RecognizedMention): boolean {
  return PLACES_OF_SCHEME.test(ctx.text(p.sentence).slice(p.end));
}

function subjectJoining(ctx: RelationContext, out: RelationSet, partnership: number, subject: number): void {
  for (const p of ctx.mentionsOf(partnership)) {
    const text = ctx.text(p.sentence);
    if (!JOINS.test(text.slice(Math.max(0, p.start - 8), p.start)) || CHANCE.test(text.slice(p.end))) continue;
    if (namesItsPlaces(ctx, p)) continue;
    // Another place (not a macro-region: 促进中部地区崛起) makes the sentence that place's.
    // The places a scheme's name holds (中国—某某开放合作) are the scheme's, not the sentence's.
    const mentions = ctx.mentionsIn(p.sentence);
    const schemes = mentions.filter((o) => ctx.kind(o.entity) === 'Partnership');
    const places = mentions.filter(
      (o) =>
        ((ctx.kind(o.entity) === 'Region' && regionByName(ctx.name(o.entity))?.level !== 'macro') ||
          ctx.kind(o.entity) === 'Park') &&
        !schemes.some((q) => q.start <= o.start && o.end <= q.end),
    );
    if (places.some((o) => o.entity !== subject)) continue;
    out.add({ type: 'MEMBER_OF', from: subject, to: partnership, role: 'member', evidence: [p.sentence] });
  }
}

/** What makes a place a scheme's node (某省“某某”核心区, 某市是“某某”建设的枢纽节点, 某区是某某走廊重要节点). */
const NODE_AFTER = /^[”"’]?[^，,；;。]{0,40}?(?:重要|核心|关键|战略)?(?:节点|核心区|枢纽|桥头堡|支点)/;
/** What stands between the place and the scheme: nothing but a quote, or 是/作为/成为 and a few words. */
const NODE_PLACE_BEFORE = /^(?:[“"]|[^，,；;。]{0,6}?(?:是|作为|成为)[^，,；;。“"]{0,8}[“"]?)$/;

function nodeOfScheme(ctx: RelationContext, out: RelationSet, partnership: number): void {
  for (const p of ctx.mentionsOf(partnership)) {
    const text = ctx.text(p.sentence);
    if (!NODE_AFTER.test(text.slice(p.end))) continue;
    const place = ctx
      .mentionsIn(p.sentence)
      .filter((o) => o.end <= p.start && ['Park', 'Region'].includes(ctx.kind(o.entity)))
      .at(-1);
    if (!place || !NODE_PLACE_BEFORE.test(text.slice(place.end, p.start))) continue;
    if (ctx.kind(place.entity) === 'Region' && regionByName(ctx.name(place.entity))?.level === 'macro') continue;
    out.add({ type: 'MEMBER_OF', from: place.entity, to: partnership, role: 'member', evidence: [p.sentence] });
  }
}

export function memberOf(ctx: RelationContext, out: RelationSet): void {
  statedCoBuilding(ctx, out);
  pairNamedCoBuilding(ctx, out);
  for (const partnership of ctx.entitiesOfKind('Partnership')) {
    const name = ctx.name(partnership);
    const mentions = ctx.mentionsOf(partnership);
    if (NUMBERED.test(name)) {
      for (const p of mentions) numberedMembers(ctx, out, p, partnership);
      continue;
    }
    signatories(ctx, out, partnership);
    nodeOfScheme(ctx, out, partnership);
    pairedPlaces(ctx, out, partnership);
    parkTakingPart(ctx, out, partnership);
    parkBelonging(ctx, out, partnership);
    const regions = regionsOfScheme(ctx, partnership);
    const evidence = mentions.map((m) => m.sentence);
    for (const r of regions) out.add({ type: 'MEMBER_OF', from: r, to: partnership, role: 'member', evidence });
    // A scheme that names no places (共建“某某”, 对口援某) is one the report's region takes part in.
    // The place a report's title names (某某在某省考察时强调) joins it, before the county the visit dwells on.
    const joiner = ctx.titleRegion() ?? ctx.report.subjectRegion;
    // A scheme between a country and a region abroad (中国—某某开放合作) is one the report's region joins too.
    const abroad = regions.every((r) => ['country', 'macro'].includes(regionByName(ctx.name(r))?.level ?? ''));
    if (abroad && joiner !== undefined && !regions.includes(joiner)) subjectJoining(ctx, out, partnership, joiner);
    if (!regions.length) partnersWith(ctx, out, partnership, joiner);
    const subject = ctx.report.subjectRegion;
    const together = mentions.filter(
      (p) => !namesItsPlaces(ctx, p) && ctx.mentionsIn(p.sentence).some((o) => o.entity === subject),
    );
    if (!regions.length && subject !== undefined && together.length)
      out.add({
        type: 'MEMBER_OF',
        from: subject,
        to: partnership,
        role: 'member',
        evidence: together.map((p) => p.sentence),
      });
    // 滨江高新区蝉联浙江省山海协作园区考核: the sentence's park is one of the scheme's parks.
    for (const p of mentions) {
      if (!ctx.text(p.sentence).startsWith('园区', p.end)) continue;
      const park = ctx.mentionsIn(p.sentence).find((o) => ctx.kind(o.entity) === 'Park' && o.start < p.start);
      if (!park) continue;
      out.add({ type: 'MEMBER_OF', from: park.entity, to: partnership, role: 'member', evidence: [p.sentence] });
      if (name.includes('共建')) {
        for (const r of regions)
          out.add({ type: 'CO_BUILT_BY', from: park.entity, to: r, evidence: [p.sentence, ...evidence] });
      }
    }
  }
}
