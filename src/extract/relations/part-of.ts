// PART_OF: a name that opens with another's names a part of it; the smaller parks and the projects a report's
// park builds belong to it; a publication belongs to the organization that issues it (省委政策研究室《江海论坛》).
import type { RelationContext, RelationSet } from './context.ts';
import { MEETING_END } from '../entities/held-events.ts';
import { LEVEL_WORD } from '../lexicon/regions.ts';
import { placeOpeningRest, regionTrie } from '../entities/regions.ts';
import { zoneOpeningSmallerPark } from '../entities/suffix-heads.ts';
import { parkRank } from './located-in.ts';

/** What may be part of what, by kind (ONTOLOGY.md): parks and projects of parks, bodies of bodies. */
const WHOLE_KINDS: Readonly<Record<string, readonly string[]>> = {
  Park: ['Park'],
  Project: ['Park'],
  Organization: ['Organization'],
};

/** A discipline commission's standing committee (某省纪委常委会, 中共某市纪委常委会, 省纪委常委会) sits in the combined
 *  commission the report names (某省纪委监委, 某省某市纪委监委, 某区纪委区监委): that is its whole, the place written
 *  before it or not, rather than the bare 纪委 the committee's name opens with. The combined commission is one body
 *  with its 纪委 (合署办公), no part of it. */
const STANDING_COMMITTEE = /^(?:中共)?(.*纪委)常委会$/;
const COMBINED_COMMISSION = /^(?:中共)?(.*纪委)(?:国家|[省市区县州])?监委$/;

function standingCommitteeWhole(ctx: RelationContext, part: number): number | undefined {
  const commission = STANDING_COMMITTEE.exec(ctx.name(part))?.[1];
  if (!commission) return undefined;
  return ctx.entitiesOfKind('Organization').find((w) => {
    const own = COMBINED_COMMISSION.exec(ctx.name(w))?.[1];
    if (!own?.endsWith(commission)) return false;
    const before = own.slice(0, own.length - commission.length);
    return before === '' || isPlaces(before);
  });
}

function standingCommittees(ctx: RelationContext, out: RelationSet): void {
  for (const part of ctx.entitiesOfKind('Organization')) {
    const whole = standingCommitteeWhole(ctx, part);
    if (whole !== undefined)
      out.add({ type: 'PART_OF', from: part, to: whole, evidence: ctx.evidenceFor(part, whole) });
  }
}

/** A place's Party committee, government, CPPCC or congress, as its level word names it (省委, 县政协, 市政府, 自治区党委). */
const LEVEL_ORGAN = new RegExp(`^${LEVEL_WORD.source}(?:委|党委|政府|政协|人大)$`);
const LEVEL = new RegExp(`${LEVEL_WORD.source}$`);

/** A body's name without 中共 and the places it opens with, the level word of the last place kept (江西省委组织部 →
 *  江西, 省委组织部; 平昌县政协办公室 → 平昌县, 县政协办公室; 县政协 → '', 县政协), 人民政府 read as 政府. */
function organOfPlace(name: string): { places: string; rest: string } {
  const text = name.replace(/^中共/, '').replace('人民政府', '政府');
  let at = 0;
  for (let m = placeOpeningRest(text, 0); m; m = placeOpeningRest(text, at)) at = m.end;
  const places = text.slice(0, at);
  const level = LEVEL.test(places) && !LEVEL.test(text.slice(at, at + 1)) ? LEVEL.exec(places)![0] : '';
  return { places: places.slice(0, places.length - level.length), rest: level + text.slice(at) };
}

/** A unit of a place's organ named with the place or without it (江西省委组织部, 省政协民宗委, 北京市政府办公厅) is part of
 *  the organ the report names by its level word or with its place (省委, 贵州省政协, 市政府), where the places agree. A
 *  unit named after another place (市委某某高新区工委) is that place's, and a Party school an institution of its own. */
function unitOfLevelOrgan(
  part: number,
  organs: readonly { body: number; places: string; rest: string }[],
): number | undefined {
  const own = organs.find((o) => o.body === part);
  if (!own) return undefined;
  return organs.find((whole) => {
    if (whole.body === part) return false;
    const placesAgree =
      !own.places || !whole.places || own.places.endsWith(whole.places) || whole.places.endsWith(own.places);
    return (
      LEVEL_ORGAN.test(whole.rest) &&
      placesAgree &&
      own.rest.startsWith(whole.rest) &&
      own.rest.length - whole.rest.length >= 2 &&
      !placeOpeningRest(own.rest, whole.rest.length)
    );
  })?.body;
}

/** A name that opens with another's whole name names a part of it: 某某高新区南部园区 → 某某高新区, 某某研究院某某研究所
 *  → 某某研究院, 国务院办公厅 → 国务院. The longest such whole is the nearest. */
function partsByName(ctx: RelationContext, out: RelationSet): void {
  // A body's alias that only opens its name is its parent's name (某科学院 for 某科学院某研究所): no form of it as a whole.
  const forms = ctx.report.entities.flatMap((e, i) =>
    [e.name, ...[...e.aliases].filter((a) => !e.name.startsWith(a))].map((form) => ({ form, whole: i })),
  );
  // Each body's places and the organ or unit after them, read once (a Party school is an institution of its own).
  const organs = ctx
    .entitiesOfKind('Organization')
    .filter((body) => !ctx.name(body).endsWith('党校'))
    .map((body) => ({ body, ...organOfPlace(ctx.name(body)) }));
  ctx.report.entities.forEach((part, i) => {
    const wholeKinds = WHOLE_KINDS[part.kind];
    // A meeting named after a park (某开发区投资大会) is no part of it.
    if (!wholeKinds || MEETING_END.test(part.name) || standingCommitteeWhole(ctx, i) !== undefined) return;
    // A longer body that carries this one's name among its forms (某医院平潭分院, written after 某医院) is no whole of it.
    const carriesName = (w: number) => ctx.report.entities[w]!.aliases.has(part.name);
    const ownCommission = COMBINED_COMMISSION.exec(part.name)?.[1];
    const whole =
      forms
        .filter(
          ({ form, whole }) =>
            whole !== i &&
            !carriesName(whole) &&
            form !== ownCommission &&
            wholeKinds.includes(ctx.kind(whole)) &&
            part.name.length - form.length >= 2 &&
            part.name.startsWith(form),
        )
        .sort((a, b) => b.form.length - a.form.length)[0]?.whole ?? unitOfLevelOrgan(i, organs);
    if (whole !== undefined) out.add({ type: 'PART_OF', from: i, to: whole, evidence: ctx.evidenceFor(i, whole) });
  });
}

/** A bureau or office of a park's administration, named after the park (某某高新区经贸发展局), is part of the park's
 *  管委会 when the report names it. */
const BUREAU = /(?:局|办公室|委员会|办)$/;
const ADMINISTRATION = /(?:管委会|管理委员会)$/;

function bureausOfAdministration(ctx: RelationContext, out: RelationSet): void {
  const administrations = ctx.entitiesOfKind('Organization').filter((o) => ADMINISTRATION.test(ctx.name(o)));
  if (!administrations.length) return;
  const parks = ctx.entitiesOfKind('Park').flatMap((p) => ctx.forms(p));
  for (const bureau of ctx.entitiesOfKind('Organization')) {
    const name = ctx.name(bureau);
    if (!BUREAU.test(name) || ADMINISTRATION.test(name)) continue;
    const park = parks.filter((f) => name.startsWith(f)).sort((a, b) => b.length - a.length)[0];
    if (!park || /^(?:管委会|管理委员会|党工委)/.test(name.slice(park.length))) continue;
    const administration = administrations.find(
      (a) => ADMINISTRATION.test(ctx.name(a)) && ctx.name(a).startsWith(park),
    );
    if (administration !== undefined)
      out.add({ type: 'PART_OF', from: bureau, to: administration, evidence: ctx.evidenceFor(bureau, administration) });
  }
}

/** The whole text is one place word (珠海, 江苏江阴 is two and not one). */
function isPlace(text: string): boolean {
  return regionTrie().longestAt(text, 0)?.end === text.length;
}

/** The whole text is places written in a row (云南省, 云南省某市). */
function isPlaces(text: string): boolean {
  for (let at = 0; at < text.length;) {
    const end = regionTrie().longestAt(text, at)?.end;
    if (end === undefined) return false;
    at = end;
  }
  return true;
}

/** A park whose name holds another park's whole name after a place (某市|某新区|某某产业园) is part of it. */
function partsNamedAfterPlace(ctx: RelationContext, out: RelationSet): void {
  const parks = ctx.entitiesOfKind('Park');
  for (const part of parks) {
    const name = ctx.name(part);
    const whole = parks
      .filter((w) => w !== part)
      .flatMap((w) => ctx.forms(w).map((form) => ({ w, form })))
      .filter(({ form }) => {
        const at = name.indexOf(form);
        return at > 0 && form.length >= 4 && name.length - at - form.length >= 2 && isPlace(name.slice(0, at));
      })
      .sort((a, b) => b.form.length - a.form.length)[0];
    if (whole) out.add({ type: 'PART_OF', from: part, to: whole.w, evidence: ctx.evidenceFor(part, whole.w) });
  }
}

/** A park and what its area takes in: 某自贸试验区范围涵盖甲保税区、乙物流园区和丙综合保税区; 某开发区实行“一区多园”
 *  模式，下辖甲园、乙园; 某开发区由甲园、乙园组成. */
const COMPRISES =
  /^(?:[^。；;！？]{0,30}?[，,]|[“"][^”"]{1,10}[”"])?(?:的)?(?:范围|区域|规划范围|总体范围)?(?:涵盖|包括|包含|下辖|托管|管辖|辖|含)了?[：:]?$/;
const MADE_OF = /^(?:由|包括)$/;
const MADE_OF_END = /^(?:等[0-9一二两三四五六七八九十]*(?:个|大)?(?:园区|片区|板块|部分))?(?:共同)?(?:组成|构成)/;
/** 甲园是某开发区的重要组成部分, 甲园隶属于某开发区: the part first, the whole after the verb. */
const IS = /^(?:是|为|作为|系)$/;
const A_PART = /^的(?:重要)?(?:组成部分|一部分|核心区|核心园区|园中园|分园|子园区|专业园区|特色园区)/;
const BELONGS_TO = /^(?:隶属于?|归属于?)$/;
/** Items of a list, joined by 、/和, over an item the recognizer did not take (甲园、乙港区和丙园 without 乙港区). */
const JOINED = /^[、和与及](?:[^、，,。；;：:“”"（）()]{2,12}?[、和与及])?$/;

function statedParts(ctx: RelationContext, out: RelationSet): void {
  ctx.sentences.forEach((_, i) => {
    const text = ctx.text(i);
    // A word for the park (园区包括甲园、乙园) names a whole as its name does; a part is named by its own name.
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference || ctx.kind(m.entity) === 'Park');
    const parks = mentions.filter((m) => ctx.kind(m.entity) === 'Park');
    const partsAfter = mentions.filter(
      (m) => !m.reference && (ctx.kind(m.entity) === 'Park' || ctx.kind(m.entity) === 'Project'),
    );
    parks.forEach((whole) => {
      const k = partsAfter.findIndex((o) => o.start >= whole.end);
      const first = partsAfter[k];
      if (!first) return;
      const gap = text.slice(whole.end, first.start);
      const madeOf = MADE_OF.test(gap);
      // No other park between the whole and its list (the gap may say how the park is run).
      if (!madeOf && !COMPRISES.test(gap)) return;
      if (!madeOf && parks.some((o) => o.start >= whole.end && o.end <= first.start)) return;
      const list = [first];
      for (const part of partsAfter.slice(k + 1)) {
        if (!JOINED.test(text.slice(list.at(-1)!.end, part.start))) break;
        list.push(part);
      }
      // 由…组成 needs its closing verb; 包括 says it alone.
      if (madeOf && !MADE_OF_END.test(text.slice(list.at(-1)!.end)) && !COMPRISES.test(gap)) return;
      for (const part of list) out.add({ type: 'PART_OF', from: part.entity, to: whole.entity, evidence: [i] });
    });
    partsAfter.forEach((part) => {
      const whole = parks.find((o) => o.start >= part.end);
      if (!whole) return;
      const verb = text.slice(part.end, whole.start);
      if ((IS.test(verb) && A_PART.test(text.slice(whole.end))) || BELONGS_TO.test(verb))
        out.add({ type: 'PART_OF', from: part.entity, to: whole.entity, evidence: [i] });
    });
  });
}

/** A park written right after a larger one (某经济开发区|新材料产业园, 某工业园区|某某产业园): a park of that zone. */
function parksWrittenAfterZone(ctx: RelationContext, out: RelationSet): void {
  ctx.sentences.forEach((_, i) => {
    const parks = ctx.mentionsIn(i).filter((m) => ctx.kind(m.entity) === 'Park' && !m.reference && !m.nested);
    parks.forEach((part, k) => {
      const whole = parks[k - 1];
      if (!whole || whole.end !== part.start || whole.entity === part.entity) return;
      if (parkRank(ctx.name(part.entity)) >= parkRank(ctx.name(whole.entity))) return;
      out.add({ type: 'PART_OF', from: part.entity, to: whole.entity, evidence: [i] });
    });
  });
}

/** A career told after the body it was spent in (1994年至今在某某研究中心工作，曾任甲研究所副所长、乙部副部长): the units
 *  held are parts of that body. */
const WORKED_IN = /^工作[，,](?:先后|曾|历)任/;

function unitsOfCareer(ctx: RelationContext, out: RelationSet): void {
  ctx.sentences.forEach((_, i) => {
    const text = ctx.text(i);
    const bodies = ctx.mentionsIn(i).filter((m) => ctx.kind(m.entity) === 'Organization' && !m.reference);
    for (const body of bodies) {
      if (text[body.start - 1] !== '在' || !WORKED_IN.test(text.slice(body.end))) continue;
      const clauseEnd = text.slice(body.end).search(/[。；;]|在[^，,。]{2,20}工作/);
      const end = clauseEnd < 0 ? text.length : body.end + clauseEnd;
      for (const unit of bodies)
        if (unit.start > body.end && unit.end <= end && unit.entity !== body.entity)
          out.add({ type: 'PART_OF', from: unit.entity, to: body.entity, evidence: [i] });
    }
  });
}

/** A unit said to be under a body (甲中心是某市人民政府直属事业单位, 某局作为某市政府的组成部门, 某局下设甲科、乙科,
 *  某局所属的甲研究所): the part first or the whole first. */
const UNDER = /^(?:是|为|系|作为)(?:其)?$/;
const UNDER_AFTER = /^的?(?:直属|下属|所属|派出|组成|工作)(?:事业单位|机构|单位|部门)/;
/** The whole first, then the unit it owns: 某局所属的甲研究所, 某市政府直属甲中心. */
const OWNS = /^(?:所属|下属|直属|属下)的?$/;
const SETS_UP = /^(?:下设|内设|设有|下辖)(?:机构)?[：:]?$/;

function statedUnits(ctx: RelationContext, out: RelationSet): void {
  ctx.sentences.forEach((_, i) => {
    const text = ctx.text(i);
    const bodies = ctx.mentionsIn(i).filter((m) => ctx.kind(m.entity) === 'Organization' && !m.reference);
    bodies.forEach((a, k) => {
      const b = bodies[k + 1];
      if (!b || a.entity === b.entity) return;
      const gap = text.slice(a.end, b.start);
      if ((UNDER.test(gap) && UNDER_AFTER.test(text.slice(b.end))) || BELONGS_TO.test(gap))
        out.add({ type: 'PART_OF', from: a.entity, to: b.entity, evidence: [i] });
      if (OWNS.test(gap)) out.add({ type: 'PART_OF', from: b.entity, to: a.entity, evidence: [i] });
      if (!SETS_UP.test(gap)) return;
      for (let j = k + 1, prev = a; j < bodies.length; j++) {
        const unit = bodies[j]!;
        if (j > k + 1 && !/^[、和及与]$/.test(text.slice(prev.end, unit.start))) break;
        out.add({ type: 'PART_OF', from: unit.entity, to: a.entity, evidence: [i] });
        prev = unit;
      }
    });
  });
}

/** A road, railway, airport or train service a park's profile names as its links (某某高速穿区而过, 距某某机场30公里,
 *  107国道紧邻园区, 某某班列): it serves the park, it is no part of it. */
const TRANSPORT_LINK = /(?:铁路|公路|高速|高铁|城际|机场|国道|省道|号线|班列)$/;

export function partOf(ctx: RelationContext, out: RelationSet, members: Set<number>): void {
  standingCommittees(ctx, out);
  partsByName(ctx, out);
  unitsOfCareer(ctx, out);
  statedUnits(ctx, out);
  statedParts(ctx, out);
  partsNamedAfterPlace(ctx, out);
  parksWrittenAfterZone(ctx, out);
  bureausOfAdministration(ctx, out);
  const subject = ctx.report.subjectPark;
  // A park a sentence makes part of another park, or a thing it places in another park (某项目在某开发区开工), is no
  // part of the report's park besides.
  const stated = new Set(
    out
      .values()
      .filter(
        (r) =>
          (r.type === 'PART_OF' && ctx.kind(r.from) === 'Park') ||
          (r.type === 'LOCATED_IN' && ctx.kind(r.to) === 'Park' && r.to !== subject),
      )
      .map((r) => r.from),
  );
  // A work report's projects and parks lie in the territory it governs (LOCATED_IN gives them it): not parts.
  if (subject !== undefined && !ctx.isWorkReport()) {
    const subjectRank = parkRank(ctx.name(subject));
    for (const park of ctx.entitiesOfKind('Park')) {
      // Peers (other zones, partnership members) are not parts.
      if (park === subject || members.has(park) || stated.has(park)) continue;
      // …nor a park named inside another zone (某开发区|某某产业园), which lies in that zone.
      const zone = zoneOpeningSmallerPark(ctx.name(park));
      if (zone !== undefined && !zone.startsWith(ctx.name(subject))) continue;
      if (parkRank(ctx.name(park)) >= Math.min(2, subjectRank)) continue;
      out.add({ type: 'PART_OF', from: park, to: subject, evidence: ctx.evidenceFor(park, subject) });
    }
    for (const project of ctx.entitiesOfKind('Project')) {
      // …nor its meetings (某新区全球投资合作大会).
      if (TRANSPORT_LINK.test(ctx.name(project)) || MEETING_END.test(ctx.name(project)) || stated.has(project))
        continue;
      out.add({ type: 'PART_OF', from: project, to: subject, evidence: ctx.evidenceFor(project, subject) });
    }
  }
  for (const m of ctx.report.mentions) {
    if (ctx.kind(m.entity) !== 'Organization') continue;
    const next = ctx.mentionsIn(m.sentence).find((o) => o.start === m.end && ctx.kind(o.entity) === 'Organization');
    if (next && ctx.text(m.sentence)[next.start] === '《') {
      out.add({ type: 'PART_OF', from: next.entity, to: m.entity, evidence: [m.sentence] });
    }
  }
}
