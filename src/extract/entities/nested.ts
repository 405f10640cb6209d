// Names inside names: a park's industry and founding body, and the places a name opens with or holds in brackets.
import type { EntityKind } from '../../ontology/model.ts';
import { INDUSTRY_SET } from '../lexicon/industries.ts';
import { PLACE_ORGAN } from '../lexicon/names.ts';
import { HOME_COUNTRY, placesInOneName, regionByName } from '../lexicon/regions.ts';
import { tagOf } from '../lexicon/segmenter.ts';
import type { Candidate } from './candidate.ts';
import { recognizeLocalPlaces } from './local-places.ts';
import { bracketedRegion, placeOpeningRest, recognizeRegions } from './regions.ts';
import { GROUP, smallerParkAfter } from './suffix-heads.ts';
import { PARK_RANK, recognizeSuffixNames, zonePartAfter } from './suffix-names.ts';
import { REGISTERED_FORM, ZONE_RANK } from './suffix-table.ts';

/** Entities nested in a park's name: its industry (光伏产业园) and founding body (华工院(无锡)…). */
function nestedInPark(park: Candidate, text: string): Candidate[] {
  const out: Candidate[] = [];
  const surface = text.slice(park.start, park.end);
  const rank = [...PARK_RANK.keys()].find((s) => surface.endsWith(s));
  if (!rank) return out;
  const head = surface.slice(0, surface.length - rank.length);
  for (let i = 0; i < head.length - 1; i++) {
    const tail = head.slice(i);
    if (INDUSTRY_SET.has(tail)) {
      out.push({
        kind: 'Industry',
        name: tail,
        sentence: park.sentence,
        start: park.start + i,
        end: park.start + head.length,
        priority: 0,
      });
      break;
    }
  }
  const body = /^([\p{Script=Han}]{2,8}?(?:院|大学|研究所))[（(]/u.exec(head);
  if (body)
    out.push({
      kind: 'Organization',
      name: body[1]!,
      sentence: park.sentence,
      start: park.start,
      end: park.start + body[1]!.length,
      priority: 0,
    });
  return out;
}

/** Kinds whose names place them: a place word opening one is a Region the report names (ONTOLOGY.md). An
 *  organization's opening place is read too: the ontology does not count it alone, but measured on the seeds and the
 *  corpus's train and dev splits it finds regions the report also names elsewhere, and recall gains more than
 *  precision loses. */
export const PLACED_KINDS: ReadonlySet<EntityKind> = new Set(['Park', 'Company', 'Project']);

/** Institutions named after a place they need not lie in, or a place the report does not otherwise name (东京大学,
 *  华中科技大学, 某某军区, and their departments: 某某大学经济系): the place opening their name is no region
 *  mentioned (ONTOLOGY.md), unlike a government body's (某市科技局 is that city's). */
const NAMESAKE_INSTITUTION = /(?:大学|学院|军区)(?:[\p{Script=Han}]{1,5}系)?$/u;

/** Regions that open a name (无锡市|梁溪区|人民政府, 昆山|睢宁|工业园), and the one in its brackets. A short form that alone would need its full
 *  name elsewhere in the report (睢宁 for 睢宁县) is trusted in a run of two or more places, or opening a name that
 *  places its bearer when the dictionary knows it as a place name (平潭 in 平潭某某园, not 资源 in 资源某某公司). */
function openingRegions(named: Candidate, text: string): Candidate[] {
  const surface = text.slice(named.start, named.end);
  if (named.kind === 'Organization' && NAMESAKE_INSTITUTION.test(surface)) return [];
  const run: Candidate[] = [];
  for (const whole of recognizeRegions(surface, named.sentence)) {
    // The whole name is no place word of itself (some zones are county-level areas of the gazetteer): the place
    // its rest opens with is (江苏|宿迁经济技术开发区 → 宿迁).
    const opening = whole.end === surface.length ? placeOpeningRest(surface, whole.start) : undefined;
    const r = opening
      ? recognizeRegions(surface.slice(0, opening.end), named.sentence).find((c) => c.start === whole.start)
      : whole;
    const previous = run.at(-1);
    if (!r || r.start !== (previous?.end ?? 0) || r.end === surface.length) break;
    if (previous && !placesInOneName(previous.name, r.name)) break;
    run.push(r);
  }
  // …and so is any place form right before a zone's kind (常熟|经济技术开发区, 某某|高新区): zones are named after the
  // division that hosts them.
  const placeWord = (r: Candidate) =>
    PLACED_KINDS.has(named.kind) &&
    (tagOf(surface.slice(r.start, r.end)) === 'ns' ||
      (named.kind === 'Park' && PARK_RANK.get(surface.slice(r.end)) === ZONE_RANK));
  // Any other short form opening a placed thing's name stays, needing its full name (or a county of it) in the report.
  const needsFull = (r: Candidate) => run.length < 2 && r.needsFull === true && !placeWord(r);
  // A town or subdistrict opening a body's name is that body's (某镇人民政府, 某街道办事处), no place the report names:
  // reports name the bodies of towns far more often than the towns.
  const townOfBody = (r: Candidate) => named.kind === 'Organization' && regionByName(r.name)?.level === 'town';
  // …nor is the nation opening a national body's name (中国|社会科学院, 中国|某某协会): the body is the nation's, the
  // report names no place by it.
  const nationOfBody = (r: Candidate) => named.kind === 'Organization' && r.name === HOME_COUNTRY;
  const trusted = run.filter(
    (r) => (!needsFull(r) || PLACED_KINDS.has(named.kind)) && !townOfBody(r) && !nationOfBody(r),
  );
  const bracket = bracketedRegion(surface);
  if (bracket)
    trusted.push({ kind: 'Region', name: bracket.region, sentence: named.sentence, ...bracket, priority: 0 });
  if (named.kind === 'Company') trusted.push(...branchPlace(surface, named.sentence));
  return trusted.map((r) => ({
    ...r,
    start: named.start + r.start,
    end: named.start + r.end,
    priority: 0,
    needsFull: needsFull(r),
    nested: true,
    openingOf: named.kind,
    ...(named.kind === 'Organization' && !PLACE_ORGAN.test(surface) && { insideBody: true }),
    ...(run.length < 2 && r.needsFull && { placeWordOnly: true }),
  }));
}

/** A registered company's branch or plant named by its place (某某股份有限公司|高雄|厂, …有限公司|滨海|分公司). */
const BRANCH_PLACE = new RegExp(`(?<=${REGISTERED_FORM.source})(\\p{Script=Han}{2,4}?)(?:分公司|分厂|工厂|厂)$`, 'u');

/** A bank's branch, a railway's bureau or a group's company named by its place inside the name (某某银行|杭州|分行,
 *  中国铁路|上海|局集团, 某某重工|新疆|有限公司, 某某集团|重庆|公司)… */
const UNIT_AFTER_PLACE = /^(?:分行|支行|局集团|铁路局|(?:有限(?:责任)?)?公司$)/;
/** …and a group's subsidiary named by its place after the group's name (某某集团|云南|能源投资有限公司, 某某局集团|西安|
 *  建设有限公司), not its branch office (某某集团|海南|分公司). */
const PARENT_BEFORE_PLACE = /\p{Script=Han}{2,}(?:集团|局)$/u;

/** The place a company's branch, plant or bureau is named by: where that unit is, a Region the report names. */
function branchPlace(surface: string, sentence: number): Candidate[] {
  const place = BRANCH_PLACE.exec(surface);
  return recognizeRegions(surface, sentence).filter(
    (r) =>
      (place !== null && r.start === place.index && r.end === place.index + place[1]!.length) ||
      (r.start > 0 && UNIT_AFTER_PLACE.test(surface.slice(r.end))) ||
      (PARENT_BEFORE_PLACE.test(surface.slice(0, r.start)) && !surface.startsWith('分', r.end)),
  );
}

/** A village or community a placed thing's name opens with (裕藩村|纪念馆, 某区|青石村|光伏电站): a Region of its own,
 *  read after the divisions the name opens with. */
function localPlaceOpening(named: Candidate, text: string, opening: Candidate[]): Candidate[] {
  if (!PLACED_KINDS.has(named.kind)) return [];
  const surface = text.slice(named.start, named.end);
  const from = Math.max(
    0,
    ...opening.filter((r) => r.start === named.start || r.nested).map((r) => r.end - named.start),
  );
  // …or a village or area whose name opens with a short form of a division (某山|片区, read as 某山区 alone).
  const place = recognizeLocalPlaces(surface, named.sentence)
    .filter((c) => c.end <= surface.length - 2 && /(?:村|社区|片区)$/.test(c.name))
    .find((c) => c.start === from || (c.start === 0 && c.end > from));
  return place
    ? [{ ...place, start: named.start + place.start, end: named.start + place.end, priority: 0, nested: true }]
    : [];
}

/** The zone a body's name opens with (某某开发区|经济发展局): an entity of its own, nested in the body's name. */
function parkOpeningBody(body: Candidate, text: string): Candidate[] {
  // The Party's name opening its committee's is no part of the zone's (中国共产党|某某工业园区|工作委员会).
  const opener = PARTY_OPENER.exec(text.slice(body.start, body.end))?.[0].length ?? 0;
  const surface = text.slice(body.start + opener, body.end);
  const park = recognizeSuffixNames(surface, body.sentence).find(
    (c) => c.kind === 'Park' && !c.reference && c.start === 0 && c.end < surface.length,
  );
  const start = body.start + opener;
  return park ? [{ ...park, start, end: start + park.end, priority: 0, nested: true }] : [];
}

/** The Party's or the Youth League's name opening a committee's. */
const PARTY_OPENER = /^(?:中国共产党|中共|共青团)/;

/** The body a working group is sent by (某省统计局|调研组, 某省政协|某某专题|调研组): an entity of its own, nested in
 *  the group's name. */
function bodyOpeningGroup(group: Candidate, text: string): Candidate[] {
  const surface = text.slice(group.start, group.end);
  const suffix = [...GROUP].find((g) => surface.endsWith(g));
  if (!suffix) return [];
  const body = recognizeSuffixNames(surface.slice(0, -suffix.length), group.sentence)
    .filter((c) => c.kind === 'Organization' && c.start === 0)
    .sort((a, b) => b.end - a.end)[0];
  return body ? [{ ...body, start: group.start, end: group.start + body.end, priority: 0, nested: true }] : [];
}

/** The zone a part of it is named after (滨江高新区|南部园区, 某自贸试验区|某某片区): an entity of its own, nested in the part's name. */
function zoneOpeningPart(part: Candidate, text: string): Candidate[] {
  const surface = text.slice(part.start, part.end);
  for (const [suffix, rank] of PARK_RANK) {
    const at = surface.indexOf(suffix);
    if (rank < 2 || at < 1) continue;
    const zoneEnd = at + suffix.length;
    const rest = zonePartAfter(suffix, surface.slice(zoneEnd));
    if (!rest || zoneEnd + rest[0].length !== surface.length) continue;
    const name = surface.slice(0, zoneEnd);
    const zone = { ...part, name, aliases: undefined, end: part.start + zoneEnd, priority: 0, nested: true };
    // The part is named after the place it lies in (某省自贸试验区|南京|片区): a Region the report names too.
    const area = { ...part, name: surface.slice(zoneEnd), start: part.start + zoneEnd };
    return [zone, ...openingRegions(zone, text), ...openingRegions(area, text)];
  }
  return [];
}

const sameSpan = (a: Candidate, b: Candidate) => a.kind === b.kind && a.start === b.start && a.end === b.end;

const DASH = /[-—－–]/;

/** The places opening each side of a dashed span of a name, written at `at` in the sentence: regions of their own.
 *  With `runs`, also the places written right after a side's opening one (甲—乙丙: 乙 and 丙). */
function sidesOfDashedSpan(span: string, at: number, sentence: number, runs: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const r of recognizeRegions(span, sentence)) {
    const opensSide = r.start === 0 || DASH.test(span[r.start - 1] ?? '');
    if (!opensSide && !(runs && out.at(-1)?.end === at + r.start)) continue;
    out.push({ ...r, start: at + r.start, end: at + r.end, priority: 0, needsFull: false, nested: true });
  }
  return out;
}

/** The places a dashed scheme joins (中国|—|东盟|开放合作): regions of their own, each side's opening place. */
function sidesOfScheme(scheme: Candidate, text: string): Candidate[] {
  const surface = text.slice(scheme.start, scheme.end);
  return DASH.test(surface) ? sidesOfDashedSpan(surface, scheme.start, scheme.sentence, false) : [];
}

/** The places a works or service names its route by, in quotes (“甲—乙丙”海铁联运班列): each side's run of places. */
function routeInQuotes(named: Candidate, text: string): Candidate[] {
  const quote = /“([^“”]+[-—－–][^“”]+)”/u.exec(text.slice(named.start, named.end));
  return quote ? sidesOfDashedSpan(quote[1]!, named.start + quote.index + 1, named.sentence, true) : [];
}

/** The entities inside the kept names of one sentence, in the order the pipeline has always added them. */
export function namesInside(resolved: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of resolved) if (c.kind === 'Park' && !c.reference) out.push(...nestedInPark(c, text));
  for (const c of resolved) if (c.kind === 'Park' && !c.reference) out.push(...zoneOpeningPart(c, text));
  const zones = resolved.flatMap((c) => (c.kind === 'Organization' ? parkOpeningBody(c, text) : []));
  out.push(...zones);
  for (const c of resolved) if (c.kind === 'Organization') out.push(...bodyOpeningGroup(c, text));
  for (const c of resolved) {
    if (c.kind !== 'Organization' && !PLACED_KINDS.has(c.kind)) continue;
    const opening = openingRegions(c, text);
    const local = localPlaceOpening(c, text, opening);
    // A division's short form inside the local place's name is no place of its own (某山|片区 is no 某山区).
    const inLocal = (r: Candidate) => local.some((l) => l.start <= r.start && r.end < l.end);
    out.push(...opening.filter((r) => !inLocal(r)), ...local);
  }
  for (const c of resolved) if (c.kind === 'Partnership') out.push(...sidesOfScheme(c, text));
  for (const c of resolved) if (c.kind === 'Project') out.push(...routeInQuotes(c, text));
  // A co-built park names its host after the dash (江阴—|靖江|工业园区); its opening place is read above.
  for (const c of resolved)
    if (c.kind === 'Park' && !c.reference) out.push(...sidesOfScheme(c, text).filter((r) => r.start > c.start));
  // A zone named inside a body's name places itself like any zone (平潭|某某实验区|管理局 → 平潭): the place is the
  // zone's, a Region of the report, not only a word of the body's name.
  for (const zone of zones)
    for (const r of openingRegions(zone, text)) {
      const read = out.findIndex((o) => sameSpan(o, r));
      if (read < 0) out.push(r);
      else out[read] = { ...out[read]!, insideBody: undefined };
    }
  return out;
}

/** A free-trade zone read only inside its areas' names (某自贸试验区|某某新片区), never written on its own, is no entity
 *  of the report (ONTOLOGY.md: a named body inside a name is a second entity where the report also treats it on its
 *  own); nor is a zone read only inside the name of a smaller park in it (某开发区|大健康产业园区). A zone's park
 *  (某高新区|南部园区) is kept: reports name the zone alone by a short form (某高新区) too. */
export function dropZonesOnlyInPartNames(kept: Candidate[]): Candidate[] {
  const parks = kept.filter((c) => c.kind === 'Park');
  const zoneSuffix = (zone: Candidate) =>
    [...PARK_RANK.keys()].filter((s) => zone.name.endsWith(s)).sort((a, b) => b.length - a.length)[0] ?? '';
  const area = (p: Candidate, zone: Candidate) =>
    !p.nested &&
    (p.name.endsWith('片区') ||
      smallerParkAfter(zoneSuffix(zone), p.name.slice(zone.name.length))?.[0].length ===
        p.name.length - zone.name.length);
  const insidePart = (c: Candidate) =>
    c.nested === true &&
    parks.some((p) => p !== c && p.sentence === c.sentence && p.start === c.start && p.end > c.end && area(p, c));
  const alone = new Set(parks.filter((c) => !insidePart(c)).flatMap((c) => [c.name, ...(c.aliases ?? [])]));
  return kept.filter((c) => c.kind !== 'Park' || !insidePart(c) || alone.has(c.name));
}
