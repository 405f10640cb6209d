// LOCATED_IN from a visit's itinerary (national features): what a visit goes to lies in the city it last arrived in.
import { regionByName, regionWithin } from '../lexicon/regions.ts';
import type { RecognizedMention } from '../entities/index.ts';
import type { RelationContext, RelationSet } from './context.ts';

/** A visit's verbs right before the place visited: 来到某集团, 随后前往某公司考察, 在某公司，. */
const VISIT_BEFORE = /(?:来到|走进|前往|考察了?|参观了?|视察了?|抵达)(?:附近的)?$|(?:^|[，,。])在$/;
/** How far back the visit's city may have been named (a national feature narrates a city over several sentences). */
const VISIT_SENTENCES = 8;
/** How far back an earlier stop of the visit, or its arrival in a place (抵达某市, 来到位于某市的…), may be: the visit
 *  stays in that place until it names another. */
const STOP_SENTENCES = 20;
/** A visit arriving in a place: 抵达某市, 来到设在某市的…, 在某市考察. */
const ARRIVAL_BEFORE = /(?:来到|抵达|前往|到达|走进|在)(?:位于|设在|地处)?$/;
const VISITED_LEVELS = new Set(['city', 'county', 'town']);
/** Regions joined in a list: 先后来到甲市、乙市、丙市等地 names the itinerary, which starts in the first. */
const LISTED = /^[、和与及]$/;

const isVisitedLevel = (ctx: RelationContext, region: number) =>
  VISITED_LEVELS.has(regionByName(ctx.name(region))?.level ?? '');

/** A company or facility a visit goes to lies in the city (or county) the visit last arrived in: 抵达某市，首先考察某公司;
 *  来到某市…。随后，来到某博物馆; a stop after another in a city it names (来到某市某集团。…随后来到某博物馆) is in that
 *  city too. Only where nothing else places it more specifically. */
export function visitedPlaces(ctx: RelationContext, out: RelationSet): void {
  const located = out.values().filter((r) => r.type === 'LOCATED_IN');
  const isVisited = (m: RecognizedMention) =>
    (ctx.kind(m.entity) === 'Company' || ctx.kind(m.entity) === 'Project') && !m.nested && !m.reference;
  /** The visited places each stop lies in, as this rule or another places it, in reading order. */
  const stops: { mention: RecognizedMention; place: number }[] = [];
  let previous: RecognizedMention | undefined;
  for (const m of ctx.report.mentions) {
    const prior = previous;
    previous = m;
    if (!isVisited(m)) continue;
    const text = ctx.text(m.sentence);
    // 前往某集团和某集团: the second is visited too.
    const joined =
      prior?.sentence === m.sentence && isVisited(prior) && /^[和与、及]$/.test(text.slice(prior.end, m.start));
    if (!verbBefore(ctx, m) && !(joined && verbBefore(ctx, prior))) continue;
    const places = located.filter((r) => r.from === m.entity).map((r) => r.to);
    const own = mostSpecific(
      ctx,
      places.filter((p) => isVisitedLevel(ctx, p)),
    );
    const city = lastVisitedRegion(ctx, m, stops);
    if (own !== undefined) stops.push({ mention: m, place: own });
    if (city === undefined) continue;
    // Placed already in a city or in something within it (its name says 某市): nothing to add; placed in its province
    // alone: the city is nearer.
    if (own !== undefined || places.some((p) => !regionWithin(ctx.name(city), ctx.name(p)))) continue;
    out.add({ type: 'LOCATED_IN', from: m.entity, to: city, evidence: [m.sentence] });
    if (own === undefined) stops.push({ mention: m, place: city });
  }
}

/** Whether one of `verbs` comes right before a mention (来到|某公司, 在|某公司，). */
function verbBefore(ctx: RelationContext, m: RecognizedMention, verbs: RegExp = VISIT_BEFORE): boolean {
  return verbs.test(ctx.text(m.sentence).slice(Math.max(0, m.start - 7), m.start));
}

/** Of places, the one within all the others (a county rather than its city), if any. */
function mostSpecific(ctx: RelationContext, places: number[]): number | undefined {
  return places.find((p) => places.every((o) => o === p || regionWithin(ctx.name(p), ctx.name(o))));
}

/** The place a visit is in at a mention: the city, county or town named last before it, or the place of the last stop
 *  before it, whichever comes later. */
function lastVisitedRegion(
  ctx: RelationContext,
  m: RecognizedMention,
  stops: { mention: RecognizedMention; place: number }[],
): number | undefined {
  const stop = stops.findLast((s) => s.mention.sentence >= m.sentence - STOP_SENTENCES);
  for (let i = m.sentence; i >= Math.max(0, m.sentence - STOP_SENTENCES, stop?.mention.sentence ?? 0); i--) {
    const text = ctx.text(i);
    const before = ctx
      .mentionsIn(i)
      .filter((o) => (i < m.sentence || o.end <= m.start) && ctx.kind(o.entity) === 'Region' && !o.reference)
      .filter((o) => isVisitedLevel(ctx, o.entity))
      .filter((o) => !stop || i > stop.mention.sentence || o.start > stop.mention.start)
      .filter((o) => i >= m.sentence - VISIT_SENTENCES || ARRIVAL_BEFORE.test(text.slice(0, o.start)));
    if (before.length) return firstListed(ctx, i, before.at(-1)!);
  }
  return stop?.place;
}

/** The first of the regions listed with one (甲市、乙市、丙市), else itself. */
function firstListed(ctx: RelationContext, sentence: number, region: RecognizedMention): number {
  const text = ctx.text(sentence);
  const mentions = ctx.mentionsIn(sentence);
  let first = region;
  for (let k = mentions.indexOf(region) - 1; k >= 0; k--) {
    const item = mentions[k]!;
    if (ctx.kind(item.entity) !== 'Region' || !LISTED.test(text.slice(item.end, first.start))) break;
    first = item;
  }
  return first.entity;
}

/** A sentence opening in a park (在某产业园，…): the visit is inside it. */
const IN_PARK = /^(?:[^，,。]{0,10}?[，,])?在$/;
/** A verb of looking round right before what is seen: 查看了, 察看, 参观, 走进. */
const SEES_BEFORE = /(?:查看|察看|参观|考察|视察|走进|来到|调研)了?$/;

/** What a visit sees in a park it is in lies in the park: 在某产业园，某某查看了甲公司、乙公司等企业的运营情况. */
export function visitedInPark(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference);
    const park = mentions.find((m) => ctx.kind(m.entity) === 'Park');
    if (!park || !IN_PARK.test(text.slice(0, park.start)) || !/^[，,]/.test(text.slice(park.end))) continue;
    let seeing = false;
    let last: RecognizedMention | undefined;
    for (const m of mentions.filter((o) => o.start > park.end)) {
      const kind = ctx.kind(m.entity);
      if (kind !== 'Company' && kind !== 'Project') {
        if (seeing) break;
        continue;
      }
      const before = text.slice(last?.end ?? park.end, m.start);
      seeing = SEES_BEFORE.test(before) || (seeing && /^[、和与及]$/.test(before));
      if (seeing) out.add({ type: 'LOCATED_IN', from: m.entity, to: park.entity, evidence: [i] });
      last = m;
    }
  }
}

/** A visit entering a park (帮扶团一行深入某开发区, 来到某高新区): the firms it goes to next lie in it. */
const ENTERS_BEFORE = /(?:深入|走进|来到|抵达|前往|进入)了?$/;
/** The park itself is where the visit goes, not a facility its name opens (来到某开发区|某某科创中心): its clause ends
 *  or the visit's verb follows. */
const ENTERED_AFTER = /^(?:[，,。；;]|开展|进行|调研|考察|走访|视察|实地)/;
/** How many sentences after entering a park its stops may be told. */
const PARK_STAY = 6;
/** The verbs of a stop inside it: 首先来到了甲公司, 走访甲公司, 在甲公司，. */
const STOP_BEFORE = /(?:来到|走进|前往|考察|参观|视察|走访|调研)了?$|(?:^|[，,。])在$/;

/** The companies a visit goes to after it entered a park (深入某开发区…。首先来到甲公司…。在乙公司和丙公司，…) lie in the
 *  park, until it enters another place; not those a sentence places in a park already. */
export function visitedInEnteredPark(ctx: RelationContext, out: RelationSet): void {
  const inPark = new Set(
    out
      .values()
      .filter((r) => r.type === 'LOCATED_IN' && ctx.kind(r.to) === 'Park')
      .map((r) => r.from),
  );
  let park: RecognizedMention | undefined;
  let previous: RecognizedMention | undefined;
  for (const m of ctx.report.mentions) {
    if (m.reference || m.nested) continue;
    const prior = previous;
    previous = m;
    const kind = ctx.kind(m.entity);
    const text = ctx.text(m.sentence);
    // Any other place named ends the stay: the visit may have moved on (随后来到某市…).
    if (kind === 'Park' || (kind === 'Region' && isVisitedLevel(ctx, m.entity))) {
      const enters =
        ENTERS_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)) && ENTERED_AFTER.test(text.slice(m.end));
      park = kind === 'Park' && enters ? m : undefined;
      continue;
    }
    if (kind !== 'Company' || !park || m.sentence - park.sentence > PARK_STAY) continue;
    const joined =
      prior?.sentence === m.sentence &&
      ctx.kind(prior.entity) === 'Company' &&
      /^[和与、及]$/.test(text.slice(prior.end, m.start)) &&
      verbBefore(ctx, prior, STOP_BEFORE);
    if ((!verbBefore(ctx, m, STOP_BEFORE) && !joined) || inPark.has(m.entity)) continue;
    out.add({ type: 'LOCATED_IN', from: m.entity, to: park.entity, evidence: [m.sentence] });
  }
}
