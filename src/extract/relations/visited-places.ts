// LOCATED_IN from a visit's itinerary (national features): what a visit goes to lies in the city it last arrived in.
import { regionByName, regionWithin } from '../lexicon/regions.ts';
import type { RecognizedMention } from '../entities/index.ts';
import type { RelationContext, RelationSet } from './context.ts';

/** A visit's verbs right before the place visited: 来到某集团, 随后前往某公司考察, 在某公司，. */
const VISIT_BEFORE = /(?:来到|走进|前往|考察了?|参观了?|视察了?|抵达)(?:附近的)?$|(?:^|[，,。])在$/;
/** How far back the visit's city may have been named (a national feature narrates a city over several sentences). */
const VISIT_SENTENCES = 8;
const VISITED_LEVELS = new Set(['city', 'county', 'town']);

/** A company or facility a visit goes to lies in the city (or county) the visit last arrived in: 抵达某市，首先考察某公司;
 *  来到某市…。随后，来到某博物馆. Only where nothing else places it more specifically. */
export function visitedPlaces(ctx: RelationContext, out: RelationSet): void {
  const located = out.values().filter((r) => r.type === 'LOCATED_IN');
  const isVisited = (m: RecognizedMention) =>
    (ctx.kind(m.entity) === 'Company' || ctx.kind(m.entity) === 'Project') && !m.nested && !m.reference;
  let previous: RecognizedMention | undefined;
  for (const m of ctx.report.mentions) {
    const prior = previous;
    previous = m;
    if (!isVisited(m)) continue;
    const text = ctx.text(m.sentence);
    // 前往某集团和某集团: the second is visited too.
    const joined =
      prior?.sentence === m.sentence && isVisited(prior) && /^[和与、及]$/.test(text.slice(prior.end, m.start));
    if (!visitedBefore(ctx, m) && !(joined && visitedBefore(ctx, prior))) continue;
    const city = lastVisitedRegion(ctx, m);
    if (city === undefined) continue;
    // Placed already in the city or in something within it: nothing to add; placed in its province: the city is nearer.
    const places = located.filter((r) => r.from === m.entity).map((r) => ctx.name(r.to));
    if (places.some((p) => !regionWithin(ctx.name(city), p))) continue;
    out.add({ type: 'LOCATED_IN', from: m.entity, to: city, evidence: [m.sentence] });
  }
}

function visitedBefore(ctx: RelationContext, m: RecognizedMention): boolean {
  return VISIT_BEFORE.test(ctx.text(m.sentence).slice(Math.max(0, m.start - 7), m.start));
}

function lastVisitedRegion(ctx: RelationContext, m: RecognizedMention): number | undefined {
  for (let i = m.sentence; i >= Math.max(0, m.sentence - VISIT_SENTENCES); i--) {
    const before = ctx
      .mentionsIn(i)
      .filter((o) => (i < m.sentence || o.end <= m.start) && ctx.kind(o.entity) === 'Region' && !o.reference)
      .filter((o) => VISITED_LEVELS.has(regionByName(ctx.name(o.entity))?.level ?? ''));
    if (before.length) return before.at(-1)!.entity;
  }
  return undefined;
}
