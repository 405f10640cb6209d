// LOCATED_IN: a park in the place its name opens with (滨江|高新区 → 滨江区) or in the region a report is
// about; a region in its parent division; a company in the park (or region) whose enterprise it is.
import { placesInOneName, regionByName, regionWithin } from '../lexicon/regions.ts';
import { bracketedRegion, pickRegion, regionTrie } from '../entities/regions.ts';
import { PARK_RANK } from '../entities/suffix-names.ts';
import type { RelationContext, RelationSet } from './context.ts';

/** The most specific region a name opens with: 江苏|滨海|经济开发区 → 滨海县; a co-built 昆山|睢宁|工业园 → 睢宁县, the
 *  host (the later place, in the same province); 苏州|新建华… → 苏州市 (新建 is a district elsewhere, not a place here). */
export function regionOpeningName(name: string): string | undefined {
  let found: string | undefined;
  let weak = false;
  for (let at = 0; at < name.length;) {
    const m = regionTrie().longestAt(name, at);
    const form = m && pickRegion(m.value);
    // A short form that is also a common word (运河) opens a name without naming a place.
    if (!m || !form || (form.short && form.shortNeedsFull && at === 0 && m.end - m.start < 2)) break;
    if (form.short && form.shortNeedsFull && !regionByName(form.region.name)) break;
    if (m.end === name.length) break; // the whole name: some zones are county-level areas of the gazetteer
    const next = form.region.name;
    // Two places that cannot share a name: a weak short form before (运河|淮安港…) was a word, not a place.
    if (found && !placesInOneName(found, next) && !weak) break;
    found = next;
    weak = form.short && form.shortNeedsFull;
    at = m.end;
  }
  return found;
}

/** The regions a name states, most specific first: a place in its brackets (中德（常州）创新产业园 → 常州市), or a place
 *  inside it that lies within the one it opens with (某省自由贸易试验区|某市|某片区 → that city), then what it opens with. */
export function regionsOfName(name: string): string[] {
  const opening = regionOpeningName(name);
  const found: string[] = opening ? [opening] : [];
  const within = (region: string) => !found.length || regionWithin(region, found[0]!);
  const bracket = bracketedRegion(name)?.region;
  if (bracket && within(bracket)) found.unshift(bracket);
  if (opening) {
    for (let at = 0; at < name.length; at++) {
      const m = regionTrie().longestAt(name, at);
      if (!m) continue;
      const form = pickRegion(m.value);
      if (!form.shortNeedsFull && regionWithin(form.region.name, found[0]!)) found.unshift(form.region.name);
      at = m.end - 1;
    }
  }
  return found;
}

const ENTERPRISE_CONTEXT = /获评|入选|被评为|认定为|荣获|上市/;
/** X位于Y, X坐落于Y, X地处Y, X入驻Y: the place follows the verb. */
const LOCATED_VERB = /^(?:位于|坐落于|坐落在|地处|入驻|落户于|设在|设于)$/;
/** 位于Y的X: the place comes first. */
const LOCATED_BEFORE = /^的$/;

/** Places stated in so many words: 产业园位于滨江区, 位于滨江区的产业园, 华辰公司入驻光伏产业园. */
function statedLocations(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference);
    const text = ctx.text(i);
    mentions.forEach((thing) => {
      const place = mentions.find((m) => m.start >= thing.end);
      if (!place) return;
      const gap = text.slice(thing.end, place.start);
      if (LOCATED_VERB.test(gap)) out.add({ type: 'LOCATED_IN', from: thing.entity, to: place.entity, evidence: [i] });
      // 位于|Y|的|X
      if (LOCATED_BEFORE.test(gap) && /(?:位于|地处|坐落于)$/.test(text.slice(0, thing.start))) {
        out.add({ type: 'LOCATED_IN', from: place.entity, to: thing.entity, evidence: [i] });
      }
    });
  }
}

const PLACED_KINDS = new Set(['Region', 'Park', 'Company', 'Project']);

/** A place written right before another (某某镇|某某村, 某某片区|某某社区) holds it, unless the gazetteer knows both
 *  (its own containment decides those) or says the first lies in the second. */
function writtenInside(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference && !m.nested);
    for (const [k, outer] of mentions.entries()) {
      const inner = mentions[k + 1];
      if (!inner || inner.start !== outer.end || ctx.kind(outer.entity) !== 'Region') continue;
      if (!PLACED_KINDS.has(ctx.kind(inner.entity)) || inner.entity === outer.entity) continue;
      const [outerName, innerName] = [ctx.name(outer.entity), ctx.name(inner.entity)];
      if (regionByName(outerName) && regionByName(innerName)) continue;
      if (regionWithin(outerName, innerName)) continue;
      out.add({ type: 'LOCATED_IN', from: inner.entity, to: outer.entity, evidence: [i] });
    }
  }
}

export function locatedIn(ctx: RelationContext, out: RelationSet): void {
  const { report } = ctx;
  const regionIndex = new Map(ctx.entitiesOfKind('Region').map((i) => [ctx.name(i), i]));
  for (const park of ctx.entitiesOfKind('Park')) {
    const name = ctx.name(park);
    // A name joined by · (昆山·睢宁科创飞地) names two places, not where the park is.
    const named = name.includes('·') ? [] : regionsOfName(name);
    let region = named.map((r) => regionIndex.get(r)).find((r) => r !== undefined);
    if (report.subjectPark === undefined && report.subjectRegion !== undefined) {
      // A report about a region: its parks lie in it unless their names place them elsewhere.
      const subject = ctx.name(report.subjectRegion);
      const place = named[0];
      if (!place || place === subject || regionWithin(subject, place)) region = report.subjectRegion;
    }
    if (region === undefined && park === report.subjectPark && report.homeCity !== undefined) region = report.homeCity;
    if (region !== undefined)
      out.add({ type: 'LOCATED_IN', from: park, to: region, evidence: ctx.evidenceFor(park, region) });
  }
  // Regions in the nearest containing division the report names, stated or not (ONTOLOGY.md: 昆山市 → 苏州市, or
  // straight to 江苏省 when the report names no city). A town's name recurs across counties, so a town goes only to the
  // county the gazetteer gives it when the report names that county too.
  for (const [name, child] of regionIndex) {
    const entry = regionByName(name);
    if (!entry?.parent) continue;
    let parent: number | undefined;
    for (let up: string | undefined = entry.parent; up !== undefined && parent === undefined;) {
      if (entry.level === 'town' && up !== entry.parent) break;
      parent = regionIndex.get(up);
      up = regionByName(up)?.parent;
    }
    if (parent !== undefined)
      out.add({ type: 'LOCATED_IN', from: child, to: parent, evidence: ctx.evidenceFor(child, parent) });
  }
  statedLocations(ctx, out);
  writtenInside(ctx, out);
  // Companies and projects in the place their names open with (宁海县|第一注塑模具有限公司 → 宁海县).
  for (const kind of ['Company', 'Project'] as const) {
    for (const named of ctx.entitiesOfKind(kind)) {
      const region = regionsOfName(ctx.name(named))
        .map((r) => regionIndex.get(r))
        .find((r) => r !== undefined);
      if (region !== undefined)
        out.add({ type: 'LOCATED_IN', from: named, to: region, evidence: ctx.evidenceFor(named, region) });
    }
  }
  // Companies named as enterprises of the report's park or region.
  const home = report.subjectPark ?? report.subjectRegion;
  if (home === undefined) return;
  for (const m of report.mentions) {
    if (ctx.kind(m.entity) !== 'Company') continue;
    const after = ctx.text(m.sentence).slice(m.end, m.end + 20);
    if (m.listType === 'enterprise' || (!m.listType && ENTERPRISE_CONTEXT.test(after))) {
      out.add({ type: 'LOCATED_IN', from: m.entity, to: home, evidence: [m.sentence] });
    }
  }
}

/** Park size rank by suffix: zones 3, large parks 2, parks 1. */
export function parkRank(name: string): number {
  for (const [suffix, rank] of PARK_RANK) if (name.endsWith(suffix)) return rank;
  return 0;
}
