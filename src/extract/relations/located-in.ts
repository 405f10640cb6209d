// LOCATED_IN: a park in the place its name opens with (滨江|高新区 → 滨江区) or in the region a report is
// about; a region in its parent division; a company in the park (or region) whose enterprise it is; a branch where its
// branch word's place says; a work report's projects in the territory it governs; a visit's stops in its city.
import { ancestries, placesInOneName, regionByName, regionForms, regionWithin } from '../lexicon/regions.ts';
import { bracketedRegion, pickRegion, placeOpeningRest, regionTrie } from '../entities/regions.ts';
import { PARK_RANK } from '../entities/suffix-names.ts';
import { UNIT } from '../entities/suffix-table.ts';
import { isHeadingLike } from '../entities/subject.ts';
import type { RecognizedMention } from '../entities/index.ts';
import type { RelationContext, RelationSet } from './context.ts';
import { addressPlaces } from './address-places.ts';
import { implicitBody } from './post-bodies.ts';
import { joinedRun } from './joined-mentions.ts';
import { visitedInEnteredPark, visitedInPark, visitedPlaces } from './visited-places.ts';
import {
  broughtIn,
  builtThere,
  enterpriseLists,
  framedPlaces,
  governedLists,
  regionSubjects,
  signedThere,
  statedLocations,
  statedOfAnaphors,
  subjectClauses,
  writtenInside,
} from './stated-places.ts';

/** The opening sentences a title may stand in. */
const TITLE_SENTENCES = 3;

/** What follows the place of a news agency's dateline (某社湖北某县8月6日电, 本报某市3月2日讯). */
const DATELINE_AFTER = /^[0-9]{1,2}月[0-9]{1,2}日(?:电|讯)/;

/** Does the report speak of a thing as of its region: the title or the dateline names the region, or a sentence
 *  names both? */
function speaksOf(ctx: RelationContext, thing: number, region: number): boolean {
  const sentences = new Set(ctx.mentionsOf(region).map((m) => m.sentence));
  // The title names it, maybe inside a body's name ((某省)某市某区人民政府工作报告).
  const title = ctx.titleRegion();
  if (title === region || [...sentences].some((i) => i < TITLE_SENTENCES && isHeadingLike(ctx.text(i)))) return true;
  // …or the dateline a feature opens with: it is written from there.
  const datelined = (m: { sentence: number; end: number }) =>
    m.sentence < TITLE_SENTENCES && DATELINE_AFTER.test(ctx.text(m.sentence).slice(m.end));
  if (ctx.mentionsOf(region).some(datelined)) return true;
  // …or the dateline the reading cut as metadata (某社江苏滨海8月6日电 for 滨海县).
  const filed = ctx.report.filedFrom;
  const stem = (form: string) => form.replace(/(?:省|市|县|区|自治州|自治县|自治区)$/u, '');
  if (filed && ctx.forms(region).some((form) => stem(form).length >= 2 && filed.endsWith(stem(form)))) return true;
  return ctx.mentionsOf(thing).some((m) => sentences.has(m.sentence));
}

/** The most specific region a name opens with: 江苏|滨海|经济开发区 → 滨海县; a co-built 昆山|睢宁|工业园 → 睢宁县, the
 *  host (the later place, in the same province); 苏州|新建华… → 苏州市 (新建 is a district elsewhere, not a place here). */
export function regionOpeningName(name: string): string | undefined {
  let found: string | undefined;
  let weak = false;
  let at = 0;
  let dashed = false;
  while (at < name.length) {
    // A dash between a builder's place and the host's (江阴—靖江工业园区): the park lies in the later, the host.
    if (found && !dashed && DASH.test(name[at]!)) [at, dashed] = [at + 1, true];
    const m = placeOpeningRest(name, at);
    // Of the divisions a form names, the one within the place before it (江苏|滨海 is 滨海县).
    const form = m && ((found && m.value.find((f) => regionWithin(f.region.name, found!))) || pickRegion(m.value));
    // A short form that is also a common word (运河) opens a name without naming a place.
    if (!m || !form || (form.short && form.shortNeedsFull && at === 0 && m.end - m.start < 2)) break;
    if (form.short && form.shortNeedsFull && !regionByName(form.region.name)) break;
    const next = form.region.name;
    // Two places that cannot share a name: a weak short form before (运河|淮安港…) was a word, not a place. Two cities
    // of different provinces can: a park co-built by partner cities lies in the later, its host (东莞|鞍山|产业园).
    if (found && !placesInOneName(found, next) && !weak && !partnerCities(found, next) && !dashed) break;
    // A later place that names a bay (宁波|杭州湾|新区) names the water the park lies by, not its host.
    if (found && BAY.test(name.slice(m.end))) break;
    found = next;
    weak = form.short && form.shortNeedsFull;
    at = m.end;
  }
  // A route between two places (某市至某县高速公路, 某地到某地铁路) lies in the division that holds both; a 至 that no
  // place follows is a word of the name (某市|至诚科技有限公司).
  const to = found && /^[至到]/.test(name.slice(at)) ? regionOpeningName(name.slice(at + 1)) : undefined;
  if (to) return commonDivision(found!, to);
  return found;
}

const DASH = /[-—－–]/;
const BAY = /^湾/;

/** The report's region a name opens with: the division its opening states (江苏|滨海|经济开发区 → 滨海县, when the report
 *  names 滨海县), else the longest place the report names at its head (某市|人大常委会, 青石村|村委会). */
export function regionOpening(ctx: RelationContext, name: string): number | undefined {
  const forms = ctx.regionByForm();
  const division = regionOpeningName(name);
  const stated = division === undefined ? undefined : forms.get(division);
  if (stated !== undefined) return stated;
  let best: string | undefined;
  for (const form of forms.keys())
    if (form.length >= 2 && form.length < name.length && name.startsWith(form) && form.length > (best?.length ?? 0))
      best = form;
  return best === undefined ? undefined : forms.get(best);
}

/** Two cities, such as partners in a co-built park are (对口合作). */
const partnerCities = (a: string, b: string) => regionByName(a)?.level === 'city' && regionByName(b)?.level === 'city';

/** The nearest division that holds both places (靖西市 and 那坡县: 百色市), if any. */
function commonDivision(a: string, b: string | undefined): string | undefined {
  if (b === undefined) return undefined;
  const up = (name: string) => [name, ...(ancestries(name)[0] ?? [])];
  const around = new Set(up(b));
  return up(a).find((r) => around.has(r));
}

/** What a route's name ends with (高速公路, 铁路, 高铁, 客专, 城际, 快速通道). */
const ROUTE_WORD = /(?:公路|铁路|高铁|高速|客专|城际|通道|快速路|轻轨)/;

/** The places a route's name runs between and by, in order (甲市至乙县高速公路, 甲市经乙县至丙县高速公路, 甲地到乙地客专):
 *  the route lies in each, as the report names them; empty for a name that is no such route. */
export function routePlaces(name: string): string[] {
  const places: string[] = [];
  let at = 0;
  let joined = false;
  for (;;) {
    const m = placeOpeningRest(name, at);
    if (!m) break;
    places.push(pickRegion(m.value).region.name);
    at = m.end;
    if (!/[至到经]/.test(name[at] ?? '')) break;
    joined ||= name[at] !== '经';
    at++;
  }
  return places.length >= 2 && joined && ROUTE_WORD.test(name.slice(at)) ? places : [];
}

/** The regions a name states, most specific first: a place in its brackets (中德（常州）创新产业园 → 常州市), or a place
 *  inside it that lies within the one it opens with (某省自由贸易试验区|某市|某片区 → that city), then what it opens with. */
export function regionsOfName(name: string): string[] {
  const opening = regionOpeningName(name);
  const found: string[] = opening ? [opening] : [];
  const within = (region: string) => !found.length || regionWithin(region, found[0]!);
  // The bracket names the host: within the place the name opens with, or instead of it when that one is the partner
  // that co-builds it (广州（清远）产业转移工业园 lies in 清远).
  const bracket = bracketedRegion(name)?.region;
  if (bracket && within(bracket)) found.unshift(bracket);
  else if (bracket) found.splice(0, found.length, bracket);
  if (opening) {
    for (let at = 0; at < name.length; at++) {
      const m = regionTrie().longestAt(name, at);
      if (!m) continue;
      const form = pickRegion(m.value);
      if (!form.shortNeedsFull && regionWithin(form.region.name, found[0]!)) found.unshift(form.region.name);
      at = m.end - 1;
    }
  }
  // A macro-region (长三角, 东北亚) is never a container (ONTOLOGY.md): 东北亚某某博览会 is not placed by it.
  return found.filter((r) => regionByName(r)?.level !== 'macro');
}

/** The province a region lies in (itself for a province or a foreign country). */
function provinceOf(name: string): string | undefined {
  let entry = regionByName(name);
  while (entry && entry.level !== 'province' && entry.level !== 'country' && entry.parent)
    entry = regionByName(entry.parent);
  return entry?.name;
}

/** The places a name states for a park or project of a park report, without those in another province than the
 *  park's own: in a park's 台湾青禾创业园 or 海西青禾物流中心 the place is a theme or a partner, not where it is. */
function hostedPlaces(ctx: RelationContext, name: string): string[] {
  const named = regionsOfName(name);
  const park = ctx.report.subjectPark;
  if (park === undefined || !named.length) return named;
  const home =
    regionsOfName(ctx.name(park))[0] ??
    (ctx.report.subjectRegion === undefined ? undefined : ctx.name(ctx.report.subjectRegion));
  const province = home === undefined ? undefined : provinceOf(home);
  return province === undefined ? named : named.filter((r) => provinceOf(r) === province);
}

/** The local place a name opens with, of those the report names and the gazetteer does not know (its villages,
 *  islands, 片区: 青石村|党群服务中心, 南湖|公益学堂 with 南湖 short for 南湖片区), or a town or village the report names
 *  by its stem (青石|水稻产业园 in 青石镇): the most specific place it states. */
function localPlaceOpening(ctx: RelationContext, name: string): number | undefined {
  let best: { region: number; length: number } | undefined;
  for (const region of ctx.entitiesOfKind('Region')) {
    for (const form of localForms(ctx, region)) {
      if (form.length < 2 || name.length - form.length < 2 || !name.startsWith(form)) continue;
      if (regionForms().has(form) || (best && best.length >= form.length)) continue;
      best = { region, length: form.length };
    }
  }
  return best?.region;
}

/** A town's or village's name without its division word (青石镇 → 青石), as names of its things open with it. */
const TOWN_WORD = /^(.{2,})(?:镇|乡|街道|村)$/;

/** The forms a local place goes by at the head of a name: its name, aliases, and a town's or village's stem. */
function localForms(ctx: RelationContext, region: number): Set<string> {
  const forms = new Set(ctx.forms(region));
  const stem = TOWN_WORD.exec(ctx.name(region))?.[1];
  if (stem !== undefined) forms.add(stem);
  return forms;
}

/** The park a company's name opens with (某某开发区|华辰科技有限公司, written as the reports write an address): the
 *  longest park form the report names. */
function parkOpening(ctx: RelationContext, thing: number): number | undefined {
  const name = ctx.name(thing);
  let best: { park: number; length: number } | undefined;
  for (const park of ctx.entitiesOfKind('Park')) {
    for (const form of ctx.forms(park)) {
      if (form.length < 4 || name.length - form.length < 2 || !name.startsWith(form)) continue;
      if (!best || form.length > best.length) best = { park, length: form.length };
    }
  }
  return best?.park;
}

/** A firm's plant or base named by the place before its facility word (某某时代|宜宾|基地, 某某太阳能|眉山|基地): a
 *  project lies there, not where the firm's brand is named after. */
const FACILITY_AFTER_PLACE = /(?:生产基地|基地|工厂|总部|研究院|产业园|项目)$/;

/** The place a project's name writes right before its facility word, after a brand, when the report names it. */
function facilityPlace(ctx: RelationContext, kind: 'Company' | 'Project', name: string): number | undefined {
  const facility = kind === 'Project' ? FACILITY_AFTER_PLACE.exec(name) : null;
  if (!facility) return undefined;
  const place = regionTrie().longestEndingAt(name, facility.index, 8);
  if (!place || place.start < 2) return undefined;
  const { region } = pickRegion(place.value);
  return ctx.entitiesOfKind('Region').find((r) => ctx.name(r) === region.name);
}

/** A branch (某银行某市分行, 某公司某省分公司) or a unit (某集团有限公司某市货运中心) lies where the place before its
 *  branch word says, not where the parent's name opens (上海某银行|福州|分行 is in 福州). */
const BRANCH = /(?:分行|支行|分公司|营业部)$/;

/** The last place a branch's name states, when the report names it (by its name or an alias). */
function branchPlace(ctx: RelationContext, name: string): number | undefined {
  const forms = ctx.regionByForm();
  let found: number | undefined;
  for (const m of regionTrie().findAll(name)) {
    const form = pickRegion(m.value);
    if (form.region.level === 'macro') continue;
    found = forms.get(form.region.name) ?? forms.get(name.slice(m.start, m.end));
  }
  return found;
}

/** What a report says of its own enterprises: honours, listings, and that they moved in (成为首批入园企业). */
const ENTERPRISE_CONTEXT = /获评|入选|被评为|认定为|荣获|上市|入[区园驻]企业/;
/** Regions in the nearest containing division the report names, stated or not (ONTOLOGY.md: 昆山市 → 苏州市, or
 *  straight to 江苏省 when the report names no city). Of the divisions that share a name (南山区 of 深圳市 and of
 *  鹤岗市; a town's name recurs across counties), the one nearest a division the report names; none when two are
 *  as near to different ones (城关镇 in a report naming two provinces that each hold one). */
function regionsInRegions(ctx: RelationContext, regionIndex: Map<string, number>, out: RelationSet): void {
  // A tie goes to the region the report is about: a city's report names its 铁西区, not the one of a city it names.
  const { subjectRegion, homeCity } = ctx.report;
  // A province a report names as much as another is no report's own (河南省和湖北省的城关镇).
  const own = new Set(
    [subjectRegion, homeCity]
      .filter((r) => r !== undefined)
      .map((r) => ctx.name(r))
      .filter((name) => ['city', 'county'].includes(regionByName(name)?.level ?? '')),
  );
  for (const [name, child] of regionIndex) {
    let best: { parent: string; hops: number } | undefined;
    let tied = false;
    for (const chain of ancestries(name)) {
      const hops = chain.findIndex((up) => regionIndex.has(up));
      if (hops < 0 || (best && hops > best.hops)) continue;
      if (best && hops === best.hops) {
        if (own.has(chain[hops]!) && !own.has(best.parent)) [best, tied] = [{ parent: chain[hops]!, hops }, false];
        else if (!own.has(best.parent)) tied ||= chain[hops] !== best.parent;
      } else [best, tied] = [{ parent: chain[hops]!, hops }, false];
    }
    const parent = best && !tied ? regionIndex.get(best.parent)! : undefined;
    if (parent !== undefined && parent !== child)
      out.add({ type: 'LOCATED_IN', from: child, to: parent, evidence: ctx.evidenceFor(child, parent) });
  }
}

/** What follows the place in a group's local company, plant or bureau named by its place after the brand: a trade of
 *  up to four characters and the company's word (某某集团|重庆|公司, 某某物流|河南|有限公司, 某某电网|贵州|电网公司), or a
 *  plant after a registered name (某某股份有限公司|高雄|厂). */
const UNIT_AFTER_PLACE = /^\p{Script=Han}{0,4}?(?:有限责任公司|股份有限公司|有限公司|公司|局集团|铁路局)$/u;
const PLANT_AFTER_PLACE = /^(?:分厂|工厂|厂)$/;

/** The place a company's name states after its brand for its local unit, when the report names it. A name that opens
 *  with a place keeps it unless the later one lies within it (重庆|长安汽车… is no company of 长安区). */
function placeBeforeUnit(ctx: RelationContext, name: string): number | undefined {
  const forms = ctx.regionByForm();
  const opening = regionOpeningName(name);
  let found: number | undefined;
  for (const m of regionTrie().findAll(name)) {
    const rest = name.slice(m.end);
    const plant = PLANT_AFTER_PLACE.test(rest) && /有限(?:责任)?公司$/.test(name.slice(0, m.start));
    if (m.start < 2 || (!UNIT_AFTER_PLACE.test(rest) && !plant)) continue;
    const form = pickRegion(m.value);
    if (form.region.level === 'macro' || (opening && !regionWithin(form.region.name, opening))) continue;
    found = forms.get(form.region.name) ?? forms.get(name.slice(m.start, m.end)) ?? found;
  }
  return found;
}

export function locatedIn(ctx: RelationContext, out: RelationSet): void {
  const { report } = ctx;
  const regionIndex = new Map(ctx.entitiesOfKind('Region').map((i) => [ctx.name(i), i]));
  const unplaced: number[] = [];
  for (const park of ctx.entitiesOfKind('Park')) {
    const name = ctx.name(park);
    // A name joined by · (昆山·睢宁科创飞地) names two places, not where the park is.
    // A small park of a park report is hosted there; another zone (some 新区 elsewhere) is a peer, where it says.
    const hosted = park !== report.subjectPark && parkRank(name) < 2;
    const named = name.includes('·') ? [] : hosted ? hostedPlaces(ctx, name) : regionsOfName(name);
    let region = localPlaceOpening(ctx, name) ?? named.map((r) => regionIndex.get(r)).find((r) => r !== undefined);
    if (report.subjectPark === undefined && report.subjectRegion !== undefined) {
      // A report about a region: its parks lie in it unless their names place them elsewhere.
      const subject = ctx.name(report.subjectRegion);
      // A zone its name puts in a province alone (某省自贸区, 某省综合改革示范区) is the province's, not the city's.
      const place = named[0];
      const provincial = place !== undefined && regionByName(place)?.level === 'province';
      // A city's zone in its district's report may well lie in the district; a county's or a county-level city's
      // (some 县, some 市) report names its prefecture's zones as another place's (某市高新区与我市共建…).
      const district = subject.endsWith('区');
      const inside =
        place === subject || (place !== undefined && regionWithin(subject, place) && !provincial && district);
      // A park nothing names a place for (no division, no local place) lies in the report's region only where the
      // report speaks of that region: its title names it, or a sentence names both (a national feature names many).
      if (inside) region = report.subjectRegion;
      else if (place === undefined && region === undefined && speaksOf(ctx, park, report.subjectRegion))
        unplaced.push(park);
    }
    if (region === undefined && park === report.subjectPark && report.homeCity !== undefined) region = report.homeCity;
    // A park of a zone's report that nothing places, of a lower rank than the zone (某综合实验区's 某某物流园区), is in it.
    if (region === undefined && inSubjectZone(ctx, park)) region = report.subjectPark;
    if (region !== undefined)
      out.add({ type: 'LOCATED_IN', from: park, to: region, evidence: ctx.evidenceFor(park, region) });
  }
  regionsInRegions(ctx, regionIndex, out);
  statedLocations(ctx, out);
  writtenInside(ctx, out);
  builtThere(ctx, out);
  broughtIn(ctx, out);
  governedLists(ctx, out);
  statedOfAnaphors(ctx, out);
  subjectClauses(ctx, out);
  regionSubjects(ctx, out);
  framedPlaces(ctx, out);
  signedThere(ctx, out);
  enterpriseLists(ctx, out);
  // A park nothing names a place for lies in the report's region, unless a sentence states where it is (坐落于某县).
  const stated = placed(out);
  for (const park of unplaced) {
    if (!stated.has(park))
      out.add({
        type: 'LOCATED_IN',
        from: park,
        to: report.subjectRegion!,
        evidence: ctx.evidenceFor(park, report.subjectRegion!),
      });
  }
  // Companies and projects in the place their names open with (岳西县|青禾模具有限公司 → 岳西县).
  for (const kind of ['Company', 'Project'] as const) {
    for (const named of ctx.entitiesOfKind(kind)) {
      const name = ctx.name(named);
      // A route lies in each place it runs between, not in the one division that holds them all.
      const ends = kind === 'Project' ? routePlaces(name).flatMap((r) => regionIndex.get(r) ?? []) : [];
      for (const end of ends)
        out.add({ type: 'LOCATED_IN', from: named, to: end, evidence: ctx.evidenceFor(named, end) });
      if (ends.length) continue;
      const region =
        BRANCH.test(name) || UNIT.test(name)
          ? branchPlace(ctx, name)
          : ((kind === 'Company' ? placeBeforeUnit(ctx, name) : undefined) ??
            facilityPlace(ctx, kind, name) ??
            parkOpening(ctx, named) ??
            localPlaceOpening(ctx, name) ??
            (kind === 'Project' ? hostedPlaces(ctx, name) : regionsOfName(name))
              .map((r) => regionIndex.get(r))
              .find((r) => r !== undefined));
      if (region !== undefined)
        out.add({ type: 'LOCATED_IN', from: named, to: region, evidence: ctx.evidenceFor(named, region) });
      const inner = region === undefined ? undefined : innerSubject(ctx, region);
      if (kind === 'Company' && inner !== undefined)
        out.add({ type: 'LOCATED_IN', from: named, to: inner, evidence: ctx.evidenceFor(named, inner) });
    }
  }
  addressPlaces(ctx, out);
  ownAreaInPark(ctx, out);
  localPlaces(ctx, out);
  visitedInPark(ctx, out);
  visitedInEnteredPark(ctx, out);
  visitedPlaces(ctx, out);
  governedPlaces(ctx, out);
  ownCompanies(ctx, out);
  namedEnterprises(ctx, out);
  governedCompanies(ctx, out);
}

/** Companies named as enterprises of the report's park or region. */
function namedEnterprises(ctx: RelationContext, out: RelationSet): void {
  const { report } = ctx;
  const home = report.subjectPark ?? report.subjectRegion;
  if (home === undefined) return;
  const located = out.values().filter((r) => r.type === 'LOCATED_IN');
  // A sentence that places a company (某区引进了甲公司、乙公司等企业) says where it is, not the report's home, unless
  // it only names a place around the home (宁波|某电器有限公司 in a report about 宁海县 or about a zone of 宁波).
  const homeIn = new Set(located.filter((r) => r.from === home).map((r) => r.to));
  const around = (place: number) =>
    regionWithin(ctx.name(home), ctx.name(place)) ||
    homeIn.has(place) ||
    [...homeIn].some((h) => regionWithin(ctx.name(h), ctx.name(place)));
  const placedBySentence = (m: RecognizedMention) =>
    located.some((r) => r.from === m.entity && r.evidence.includes(m.sentence) && !around(r.to));
  for (const m of report.mentions) {
    if (ctx.kind(m.entity) !== 'Company' || placedBySentence(m)) continue;
    const after = ctx.text(m.sentence).slice(m.end, m.end + 20);
    const named =
      (m.listType === 'enterprise' && !COURTING.test(ctx.text(m.sentence))) ||
      (!m.listType && ENTERPRISE_CONTEXT.test(after));
    if (named || inEnterpriseList(ctx, m)) {
      const to = parkTakingIn(ctx, m.sentence) ?? home;
      out.add({ type: 'LOCATED_IN', from: m.entity, to, evidence: [m.sentence] });
    }
  }
}

/** What a clause writes before a firm it deals with as an outside party: a partner (与某公司合作, 加快与甲、乙等…合作)
 *  or a judge (被某集团评为). */
const OUTSIDE_PARTY = /(?:与|同|跟|被)[^，,。；;]*$/;

/** A sentence on investment projects and their stages (甲、乙等项目竣工投产, 丙一期年内投产达效). */
const PROJECT_STAGE = /项目|工程|投产|开工|竣工|达效|[一二三四五六七八九十]期/;

/** The companies of a work report that nothing places lie in the territory it governs (the office's area, else its
 *  park, else its region), as its projects do: a government reports on its own firms (甲公司正式入驻, 乙金投开业运营).
 *  A firm named only as an investment project is its investor (INVESTS_IN), and one named only as an outside party
 *  (与某公司合作, 被某集团评为) is not the report's. */
function governedCompanies(ctx: RelationContext, out: RelationSet): void {
  const { subjectPark, subjectRegion } = ctx.report;
  const home = ctx.ownArea() ?? subjectPark ?? subjectRegion;
  if (home === undefined || !ctx.isWorkReport()) return;
  const has = placed(out);
  const own = (m: RecognizedMention) =>
    !OUTSIDE_PARTY.test(ctx.text(m.sentence).slice(0, m.start)) && !PROJECT_STAGE.test(ctx.text(m.sentence));
  for (const company of ctx.entitiesOfKind('Company')) {
    if (has.has(company) || !ctx.mentionsOf(company).some(own)) continue;
    out.add({ type: 'LOCATED_IN', from: company, to: home, evidence: ctx.evidenceFor(company, home) });
  }
}

/** A sentence that courts or serves the firms it lists rather than hosting them: invited to visit (邀请…等企业到某地
 *  考察), partnered (与…等企业进行对接, …主动对接), served (服务于…), favoured by them (受到…青睐). */
const COURTING = /邀请|与(?![^，,。；;]*?(?:入驻|落户))|服务于|青睐|对接|洽谈|考察/;

/** A county's or district's report names its firms after the city that holds it (宁波|某电器有限公司 in a report about
 *  宁海县): the report's region, when it lies within the place the name opens with. */
function innerSubject(ctx: RelationContext, named: number): number | undefined {
  const { subjectRegion, subjectPark } = ctx.report;
  if (subjectRegion === undefined || subjectPark !== undefined || subjectRegion === named) return undefined;
  const subject = ctx.name(subjectRegion);
  if (regionByName(subject)?.level !== 'county') return undefined;
  // (A province's name, 广东某咨询有限公司, says where the firm is registered, not which of its counties.)
  const city = ctx.name(named);
  return regionByName(city)?.level === 'city' && regionWithin(subject, city) ? subjectRegion : undefined;
}

const LIST_SEPARATOR = /^[、，,和与及]$/;
/** …等知名企业, not …等企业的产品 (what they make, not where they are). */
const ENTERPRISE_TAIL = /^等[^。；;，,]{0,8}?(?:企业|龙头)(?!的)/;
/** What a place does with its enterprises: they grew up or settled there (not 吸引…对接, which they only visit), or
 *  are in it (园区内有). */
const PRESENCE =
  /(?:涌现|拥有|聚集|集聚|培育|孕育|诞生|形成|引进|入驻|落户|[内里]现?有)了?(?:[^。；;，,、]{2,24}[，,、])?$/;

/** A company in a run of companies (joined by 、 or by commas) that …等知名企业 closes and a verb of presence opens
 *  (涌现了A,B,C等知名企业; the first item may be a name the recognizer did not take whole), or that a sentence
 *  which courts no firms names (听取了A、B等六个企业的意见: the home's own firms). */
function inEnterpriseList(ctx: RelationContext, m: RecognizedMention): boolean {
  const text = ctx.text(m.sentence);
  const mentions = ctx.mentionsIn(m.sentence);
  const at = mentions.indexOf(m);
  const run = { accepts: (o: RecognizedMention) => ctx.kind(o.entity) === 'Company', joint: LIST_SEPARATOR };
  const last = joinedRun(text, m, mentions.slice(at + 1), { ...run, before: false }).at(-1) ?? m;
  const first = joinedRun(text, m, mentions.slice(0, at).reverse(), { ...run, before: true }).at(-1) ?? m;
  return (
    ENTERPRISE_TAIL.test(text.slice(last.end)) && (PRESENCE.test(text.slice(0, first.start)) || !COURTING.test(text))
  );
}

/** What a park does with the firms its sentence lists next (某园区已初具规模，引进入驻甲、乙等企业11家; 该基地以甲、乙等
 *  重点企业为龙头). */
const TAKES_IN = /引进|入驻|落户|集聚|聚集|吸引|拥有|培育|以/;

/** The park a sentence names before its first firm, as the subject that takes the firms in: where they lie, rather
 *  than the report's home. */
function parkTakingIn(ctx: RelationContext, sentence: number): number | undefined {
  const mentions = ctx.mentionsIn(sentence);
  const firstFirm = mentions.find((o) => ctx.kind(o.entity) === 'Company');
  if (firstFirm === undefined) return undefined;
  const park = mentions.filter((o) => ctx.kind(o.entity) === 'Park' && !o.nested && o.end <= firstFirm.start).at(-1);
  return park && TAKES_IN.test(ctx.text(sentence).slice(park.end, firstFirm.start)) ? park.entity : undefined;
}

/** The place a report's own units are in: the region its park's name places it in, else the region it is about. */
function homeRegion(ctx: RelationContext): number | undefined {
  const { subjectPark, subjectRegion } = ctx.report;
  if (subjectPark !== undefined) {
    const named = regionsOfName(ctx.name(subjectPark));
    const region = ctx.entitiesOfKind('Region').find((r) => named.includes(ctx.name(r)));
    if (region !== undefined) return region;
  }
  return subjectRegion;
}

const placed = (out: RelationSet) =>
  new Set(
    out
      .values()
      .filter((r) => r.type === 'LOCATED_IN')
      .map((r) => r.from),
  );

/** The area whose office writes the report (某开发区|某某片区|管理局) lies where its park does, in the region the park's
 *  name states: a 片区 is a part of the zone's territory, not of another division. */
function ownAreaInPark(ctx: RelationContext, out: RelationSet): void {
  const area = ctx.ownArea();
  const park = ctx.report.subjectPark;
  if (area === undefined || park === undefined || placed(out).has(area)) return;
  const named = regionsOfName(ctx.name(park));
  const region = ctx.entitiesOfKind('Region').find((r) => r !== area && named.includes(ctx.name(r)));
  if (region !== undefined)
    out.add({ type: 'LOCATED_IN', from: area, to: region, evidence: ctx.evidenceFor(area, region) });
}

/** Villages, communities and sub-areas the gazetteer does not know (某某村, 某某社区, 某某片区) that nothing else places
 *  lie in the report's own region: a report names the villages of the place it governs. So does a county's report
 *  name its towns: one the gazetteer knows only elsewhere (城关镇, a name many counties share) is the county's. */
function localPlaces(ctx: RelationContext, out: RelationSet): void {
  const area = ctx.ownArea();
  const home = area ?? homeRegion(ctx);
  // Only a county or town names the villages it holds; a province-wide report's villages could be anywhere in it.
  const level = home === undefined ? undefined : regionByName(ctx.name(home))?.level;
  if (home === undefined || (area === undefined && level !== 'county' && level !== 'town')) return;
  const has = placed(out);
  for (const region of ctx.entitiesOfKind('Region')) {
    const name = ctx.name(region);
    const known = regionByName(name);
    // (A town named by one character and its 镇, such as 新镇, is as often a word: 新镇区.)
    const townOfCounty = known?.level === 'town' && level === 'county' && name.length >= 3;
    if (has.has(region) || (known && !townOfCounty) || !LOCAL_PLACE.test(name)) continue;
    out.add({ type: 'LOCATED_IN', from: region, to: home, evidence: ctx.evidenceFor(region, home) });
  }
}

/** A project named as one: 某某项目, 某某工程, 某某二期. */
const BUILT_PROJECT = /(?:项目|工程|[一二三四五六七八九十]期)$/;

/** A route between places: 某市至某县铁路, 某地到某地高速. */
const ROUTE = /[至到]/;

/** The projects and smaller parks of a work report that nothing places elsewhere lie in the territory it governs:
 *  the area of the office that writes it, else its park, else its region. (A park report's own projects are its
 *  parts: PART_OF.) */
function governedPlaces(ctx: RelationContext, out: RelationSet): void {
  const { subjectPark, subjectRegion } = ctx.report;
  const home = ctx.ownArea() ?? subjectPark ?? subjectRegion;
  if (home === undefined || !ctx.isWorkReport()) return;
  const located = out.values().filter((r) => r.type === 'LOCATED_IN');
  // The places the zone lies in: a thing its name puts there (某县|国际邮轮中心 in a zone of that county) is the zone's.
  const around = new Set(located.filter((r) => r.from === home).map((r) => r.to));
  // Placed in a place around the zone, or in one that holds it (某省|某医院分院二期项目 in a zone of that province),
  // unless it runs between places (某市至某县铁路 runs beyond the zone).
  const holdsZone = (thing: number, place: number) =>
    around.has(place) ||
    (!ROUTE.test(ctx.name(thing)) && [...around].some((a) => regionWithin(ctx.name(a), ctx.name(place))));
  const placedElsewhere = (thing: number) => located.some((r) => r.from === thing && !holdsZone(thing, r.to));
  // A zone's report names other zones as peers; a region's report names the zones it holds.
  const peers =
    subjectPark === undefined
      ? []
      : ctx.entitiesOfKind('Park').filter((p) => p === subjectPark || parkRank(ctx.name(p)) >= 2);
  // A region's report places what it builds (某某项目, 某某工程) and the facilities it names on their own; a facility
  // named beside a park may be the park's, which the sentence does not say, and a thing its name places outside the
  // region (某省自贸试验区某片区) is not the region's; one named after the city that holds a district (某市政务云中心 in
  // the report of that city's district) is.
  const homeName = ctx.name(home);
  const namedAfter = (place: string) =>
    place === homeName ||
    regionWithin(place, homeName) ||
    (regionWithin(homeName, place) && regionByName(place)?.level === 'city');
  const elsewhereByName = (thing: number) => regionsOfName(ctx.name(thing)).some((r) => !namedAfter(r));
  // (A park listed with it, 推进甲度假城、乙产业园等建设, is its peer, not its host.)
  const besideAPark = (thing: number) =>
    ctx
      .mentionsOf(thing)
      .some((m) => ctx.mentionsIn(m.sentence).some((o) => ctx.kind(o.entity) === 'Park' && !listedTogether(ctx, m, o)));
  const regionOwns = (thing: number) =>
    (ctx.kind(thing) === 'Park' || BUILT_PROJECT.test(ctx.name(thing)) || !besideAPark(thing)) &&
    !elsewhereByName(thing);
  for (const kind of ['Project', 'Park'] as const) {
    for (const thing of ctx.entitiesOfKind(kind)) {
      if (placedElsewhere(thing) || peers.includes(thing) || (subjectPark === undefined && !regionOwns(thing)))
        continue;
      out.add({ type: 'LOCATED_IN', from: thing, to: home, evidence: ctx.evidenceFor(thing, home) });
    }
  }
}

/** Two mentions that are items of one list: in one clause, with a 、 between them. */
function listedTogether(ctx: RelationContext, a: RecognizedMention, b: RecognizedMention): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  const between = ctx.text(a.sentence).slice(first.end, second.start);
  return between.includes('、') && !/[，,；;：:]/.test(between);
}

/** A report's own state-owned groups: 区城发集团 (区 is the report's zone), 城投集团, 文旅集团, 金控集团. */
export const OWN_GROUP = /^(?:[区市县](?!域|级|内|外)|(?:城投|城发|城建|交投|文旅|金控|投促|国投|实发)(?:集团|公司))/;

/** A province's own state-owned group named by the level word alone (省投资集团, 省交通集团). */
const PROVINCE_GROUP = /^省(?!级|内|外|会|属)[^省市县区]{1,6}(?:集团|公司)$/;

/** A company that nothing else places and that the report names as its own (区城发集团, or a name opening with the
 *  park's: 某某开发区某某物流有限公司) lies in the report's park, else its region. */
function ownCompanies(ctx: RelationContext, out: RelationSet): void {
  const { subjectPark } = ctx.report;
  const home = subjectPark ?? ctx.report.subjectRegion;
  if (home === undefined) return;
  const parkForms = subjectPark === undefined ? [] : ctx.forms(subjectPark);
  const has = placed(out);
  for (const company of ctx.entitiesOfKind('Company')) {
    const name = ctx.name(company);
    if (has.has(company) && !parkForms.some((f) => name.startsWith(f))) continue;
    // …and a province's own group (省投资集团, 省旅发集团) lies in the province the report's place is in.
    const province = PROVINCE_GROUP.test(name)
      ? implicitBody(ctx, '省', ctx.mentionsOf(company)[0]!.sentence)
      : undefined;
    if (province !== undefined) {
      out.add({ type: 'LOCATED_IN', from: company, to: province, evidence: ctx.evidenceFor(company, province) });
      continue;
    }
    if (!OWN_GROUP.test(name) && !parkForms.some((f) => name.length > f.length && name.startsWith(f))) continue;
    out.add({ type: 'LOCATED_IN', from: company, to: home, evidence: ctx.evidenceFor(company, home) });
  }
}
const LOCAL_PLACE = /(?:村|社区|片区|街道|镇|乡)$/;

/** An enclave (科创飞地) is a park's part that lies elsewhere, in the partner's place. */
const LIES_ELSEWHERE = /飞地/;

/** A park's parts lie in it (ONTOLOGY.md: a park or project gets the most specific place the report implies): a
 *  sub-park or project PART_OF a park is also LOCATED_IN it, unless it is an enclave. */
export function partsLieInWholes(ctx: RelationContext, out: RelationSet): void {
  for (const r of out.values()) {
    if (r.type !== 'PART_OF' || ctx.kind(r.to) !== 'Park' || LIES_ELSEWHERE.test(ctx.name(r.from))) continue;
    out.add({ type: 'LOCATED_IN', from: r.from, to: r.to, evidence: r.evidence });
  }
}

/** A park of a zone's report, ranked below the zone and above the small parks that are its parts (PART_OF places
 *  those), with no place in its name. */
function inSubjectZone(ctx: RelationContext, park: number): boolean {
  const zone = ctx.report.subjectPark;
  if (zone === undefined || park === zone || regionsOfName(ctx.name(park)).length) return false;
  const rank = parkRank(ctx.name(park));
  return rank >= 2 && rank < parkRank(ctx.name(zone));
}

/** Park size rank by suffix: zones 3, large parks 2, parks 1. */
export function parkRank(name: string): number {
  for (const [suffix, rank] of PARK_RANK) if (name.endsWith(suffix)) return rank;
  return 0;
}
