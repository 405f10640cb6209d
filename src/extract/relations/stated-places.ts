// LOCATED_IN stated in a sentence: 位于/落户/入驻 and a chain of places after the verb, a region's own (浙江海宁的X公司),
// and a place written right before another (某某镇|某某村).
import { endKinds } from '../../ontology/model.ts';
import { regionByName, regionWithin } from '../lexicon/regions.ts';
import type { RecognizedMention } from '../entities/index.ts';
import type { RelationContext, RelationSet } from './context.ts';
import { joinedRun } from './joined-mentions.ts';

/** What a region's own (某地的X) can be and lie in it. */
const OWNED_KINDS = new Set(['Company', 'Park', 'Project']);
/** The verbs before a place that what follows it (的X) lies in: 位于某县的X, 入驻园区的X, 落户某区的X. */
const STATED_VERB = /(?:位于|地处|坐落于|入驻|进驻|落户[于在到]?|扎根[于在]?)$/;
/** 位于Y的X: the place comes first. */
const LOCATED_BEFORE = /^的$/;
/** 某园区|内的|X, 某综保区|内|X: inside a park. */
const INSIDE = /^(?:[内里中]的|内)$/;
/** 位于Y|邕江之畔的|X, 位于Y|华辰路88号的|X: after 位于, a few words of address before 的. */
const STATED_BEFORE = /^[^，,；;。、]{0,10}的$/;

/** Places stated in so many words: 产业园位于滨江区, 位于滨江区的产业园, 华辰公司入驻光伏产业园; and a chain of places after
 *  the verb, each within the one before (位于某市某区某某产业园内 → the thing in the park, the park in the district). */
export function statedLocations(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    // A reference to a park (入驻园区的X, 园区内的X) places what follows it like the park's name does.
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference || ctx.kind(m.entity) === 'Park');
    const text = ctx.text(i);
    mentions.forEach((thing) => {
      // The next mention after this one (an industry inside a park's name starts within it, not after).
      const k = mentions.findIndex((m) => m.start >= thing.end) - 1;
      const place = mentions[k + 1];
      if (k < -1 || !place) return;
      const gap = text.slice(thing.end, place.start);
      // 位于|Y|的|X, and a region's own: 浙江海宁|的|X公司, 来自江苏江阴|的|X集团, 某镇|的|某某村.
      // After 位于 the chain of places written one after another (位于江苏省|常州市|武进区…的X): the verb opens it.
      let first = mentions.indexOf(thing);
      while (first > 0 && mentions[first - 1]!.end === mentions[first]!.start) first--;
      const stated = STATED_VERB.test(text.slice(0, mentions[first]!.start));
      const regionOwn =
        ctx.kind(thing.entity) === 'Region' &&
        (OWNED_KINDS.has(ctx.kind(place.entity)) ||
          (ctx.kind(place.entity) === 'Region' && !regionByName(ctx.name(place.entity))));
      // 位于某区的某市: a division the gazetteer puts elsewhere is a word of a name the recognizer did not take whole.
      const before =
        (LOCATED_BEFORE.test(gap) && !contradicted(ctx, place.entity, thing.entity)) ||
        (stated && STATED_BEFORE.test(gap) && OWNED_KINDS.has(ctx.kind(place.entity)));
      // 某开发区内的X, 某产业园里的X: what a park holds lies in it.
      const parkOwn = ctx.kind(thing.entity) === 'Park' && OWNED_KINDS.has(ctx.kind(place.entity)) && INSIDE.test(gap);
      if ((parkOwn || (before && (stated || regionOwn))) && !isMacro(ctx, thing.entity)) {
        // 入驻园区的甲公司、乙公司等企业: each listed thing lies there.
        for (const item of [place, ...listed(ctx, i, mentions, place, 1)])
          out.add({ type: 'LOCATED_IN', from: item.entity, to: thing.entity, evidence: [i] });
      }
      // 从上海迁至西安: the place moved from is not where it lies.
      if (/[从由自]$/.test(text.slice(0, thing.start))) return;
      const chain = chainAfter(ctx, i, mentions, thing, k, gap);
      if (!chain.length) return;
      const last = chain.at(-1)!.entity;
      if (!contradicted(ctx, thing.entity, last))
        out.add({ type: 'LOCATED_IN', from: thing.entity, to: last, evidence: [i] });
      // The place is each listed thing's: 华辰公司、华盛公司等企业相继落户某县, 甲公司和乙公司均位于某县.
      if (OWNED_KINDS.has(ctx.kind(thing.entity)))
        for (const item of listed(ctx, i, mentions, thing, -1)) {
          if (item.entity !== last) out.add({ type: 'LOCATED_IN', from: item.entity, to: last, evidence: [i] });
        }
      for (let c = 1; c < chain.length; c++) {
        const [outer, inner] = [chain[c - 1]!.entity, chain[c]!.entity];
        const [outerName, innerName] = [ctx.name(outer), ctx.name(inner)];
        if (outer === inner || (regionByName(outerName) && regionByName(innerName))) continue;
        if (regionWithin(outerName, innerName)) continue;
        out.add({ type: 'LOCATED_IN', from: inner, to: outer, evidence: [i] });
      }
    });
  }
}

/** The things of a place's kinds listed right before (step -1: 甲公司、乙公司|等企业…) or after (step 1: 入驻园区的甲公司|、
 *  乙公司等企业) a mention, joined by 、/和/与/及. */
function listed(
  ctx: RelationContext,
  i: number,
  mentions: RecognizedMention[],
  thing: RecognizedMention,
  step: 1 | -1,
): RecognizedMention[] {
  const at = mentions.indexOf(thing);
  const walk = step < 0 ? mentions.slice(0, Math.max(at, 0)).reverse() : mentions.slice(at + 1);
  return joinedRun(ctx.text(i), thing, walk, {
    before: step < 0,
    accepts: (m) => OWNED_KINDS.has(ctx.kind(m.entity)),
    joint: LIST_JOINT,
  });
}

/** The places a sentence states for a thing after its verb (X|位于|Y Z…, X|由|A|迁至|Y…, X项目|在|Y|开工, X|是|Y|的企业),
 *  read as a chain; none when the words between say nothing of where it lies. */
function chainAfter(
  ctx: RelationContext,
  i: number,
  mentions: RecognizedMention[],
  thing: RecognizedMention,
  k: number,
  gap: string,
): RecognizedMention[] {
  const text = ctx.text(i);
  const kind = ctx.kind(thing.entity);
  const owned = OWNED_KINDS.has(kind);
  if (
    LOCATED_AFTER.test(gap) ||
    (owned && LOCATED_NEXT_CLAUSE.test(gap) && opensClause(text, thing, gap)) ||
    (kind === 'Region' && REGION_AFTER.test(gap))
  )
    return placeChain(ctx, i, mentions, k + 1);
  if (owned && MOVED_FROM.test(gap)) {
    // X由A迁至Y: past the places moved from, the places moved to.
    const from = placeChain(ctx, i, mentions, k + 1);
    const to = mentions.findIndex((m) => m.start >= (from.at(-1)?.end ?? Infinity));
    if (to < 0 || !MOVED_TO.test(text.slice(from.at(-1)!.end, mentions[to]!.start))) return [];
    return placeChain(ctx, i, mentions, to);
  }
  const after = (chain: RecognizedMention[]) => text.slice(chain.at(-1)?.end ?? text.length);
  if ((kind === 'Project' || kind === 'Park') && BUILT_THERE_GAP.test(gap)) {
    const chain = placeChain(ctx, i, mentions, k + 1);
    return BUILT_THERE_VERB.test(after(chain)) ? chain : [];
  }
  if (kind === 'Company' && FOUNDED_THERE_GAP.test(gap)) {
    const chain = placeChain(ctx, i, mentions, k + 1);
    return FOUNDED_THERE_VERB.test(after(chain)) ? chain : [];
  }
  if (owned && IS_GAP.test(gap)) {
    const chain = placeChain(ctx, i, mentions, k + 1);
    return IS_ONE_OF.test(after(chain)) ? chain : [];
  }
  return [];
}

/** Whether a thing is the subject its later clause leaves out: it opens its clause and no noun follows it
 *  (甲园是某高新区|的园中园，位于某区 tells where 甲园 lies, not the 高新区 written as its whole). */
function opensClause(text: string, thing: RecognizedMention, gap: string): boolean {
  const before = text.slice(0, thing.start);
  const clause = before.slice(before.search(/[^，,；;。：:]*$/));
  return !/^的/.test(gap) && !/(?:是|为|系|作为|在|对|把|将|向)/.test(clause);
}

/** The places written one after another from mention `first` on, in its clause: 江苏省|盐城市|亭湖区, 某区|东部|某园. */
function placeChain(
  ctx: RelationContext,
  i: number,
  mentions: RecognizedMention[],
  first: number,
): RecognizedMention[] {
  const text = ctx.text(i);
  const start = mentions[first]?.start;
  if (start === undefined) return [];
  const clauseEnd = text.slice(start).search(/[，,；;。！？!?]|$/) + start;
  const chain: RecognizedMention[] = [];
  for (const next of mentions.slice(first)) {
    const before = chain.at(-1);
    if (before && next.start < before.end) continue; // inside the previous place's name
    // A word for a park (国家级新区, 园区) may stand for the place itself; it is a place only where the chain opens.
    if (before && next.reference) break;
    if (next.end > clauseEnd || !PLACE_KINDS.has(ctx.kind(next.entity)) || isMacro(ctx, next.entity)) break;
    // Between two places only a few words of address (东部, 华府大道四段, a bracket), no move (迁至) between them.
    const between = before ? text.slice(before.end, next.start) : '';
    // A list of places (地处北京、天津、保定腹地) is among them, in none of them.
    if (before && LIST_JOINT.test(between)) return [];
    if (between.length > 12 || /[迁至到往]/.test(between)) break;
    chain.push(next);
  }
  return chain;
}

/** A region placed in another the gazetteer knows it is not in (柯桥区 in 广丰区 of 由柯桥区迁至广丰区): the gazetteer
 *  decides between divisions it knows. */
function contradicted(ctx: RelationContext, thing: number, place: number): boolean {
  if (ctx.kind(thing) !== 'Region') return false;
  const [thingName, placeName] = [ctx.name(thing), ctx.name(place)];
  return Boolean(regionByName(thingName) && regionByName(placeName) && !regionWithin(thingName, placeName));
}

/** A macro-region (长三角, 两岸) is never a container in LOCATED_IN (ONTOLOGY.md), nor inside a local place. */
export function isMacro(ctx: RelationContext, entity: number): boolean {
  return regionByName(ctx.name(entity))?.level === 'macro';
}

/** The gap between a thing and the first place after its verb: 位于, 坐落于, 建设用地位于, 项目选址位于. */
const LOCATED_AFTER = new RegExp(
  `^(?:等[^，,；;。]{0,12}?企业)?[^，,；;。]{0,8}?(?:位于|坐落[于在]|座落[于在]|地处|[入进]驻|落户[于在到]?|落地|设[在于]|` +
    `选址[于在]?|扎根[于在]?|(?:搬)?迁[至往入]|注册[于在]|建[在于]|集聚|聚集(?:在|于)?)` +
    // …and the epithet of the place after the verb (坐落于|素有孔孟之乡美誉的|某省某市).
    `(?:(?:素有|享有|有着|被誉为|号称)[^，,；;。]{1,12}?的)?$`,
);
/** The verb opening the next clause of a thing's sentence, its subject left out: 华辰公司成立于2010年，坐落在某区. */
const LOCATED_NEXT_CLAUSE = new RegExp(
  `^[^，,；;。]{0,24}[，,](?:并|现|目前|已|其|总部|厂区|公司|项目|园区)?(?:位于|坐落[于在]|座落[于在]|地处|` +
    `落户[于在到]?|扎根[于在]?|选址[于在]?|设[在于]|注册[于在])$`,
);
/** A village or a town in the division it belongs to: 某某村隶属于某某镇. */
const REGION_AFTER = /^(?:隶属|归属)于?$/;
/** 由|从 before the places a company moved from, and the verb before those it moved to. */
const MOVED_FROM = /^(?:[^，,；;。]{0,6}?)[由从]$/;
const MOVED_TO = /^(?:整体)?(?:搬迁|迁移|迁|搬)[至往入到]$/;
/** X项目|在|Y|开工: what begins or opens where it is built (开工, 落地, 投产, 揭牌), and an event where it is held
 *  (某论坛|于5月14日至15日在|某市|举行). */
const BUILT_THERE_GAP = /^(?:[^，,；;。]{0,6}?|于[^，,；;。在]{1,14}?)在$/;
const BUILT_THERE_VERB =
  /^(?:正式|顺利|集中|隆重|成功|全面)?(?:开工|动工|奠基|开建|落地|投产|竣工|建成|揭牌|开园|落户|签约落户|举行|举办|召开|开幕)/;
/** X公司|（以下简称…）在|Y|注册成立: where a company is registered or set up. */
const FOUNDED_THERE_GAP = /^(?:[（(][^（）()]{1,24}[）)])?[^，,；;。（(]{0,4}?在$/;
const FOUNDED_THERE_VERB =
  /^(?:正式)?(?:注册成立|注册落户|挂牌成立|成立)(?![^，,；;。]{0,6}(?:分公司|子公司|公司|办事处|中心|基地))/;
/** X|是|Y|的…企业: one of a place's enterprises (是某区的龙头企业, 是某镇的一家民营企业). */
const IS_GAP = /^(?:也|目前|现|已)?是$/;
const IS_ONE_OF = /^的[^，,；;。]{0,10}?(?:企业|公司|集团|工厂|项目|园区|新区|开发区|产业园|工业园|基地)/;
const PLACE_KINDS = new Set(endKinds('LOCATED_IN', 'to'));

const PLACED_KINDS = new Set(endKinds('LOCATED_IN', 'from'));

/** A place written right before another (某某镇|某某村, 某某片区|某某社区) holds it, unless the gazetteer knows both
 *  and does not put the second in the first (深圳市|南山区 says which 南山区), or says the first lies in the second. A town's name recurs across counties and
 *  the gazetteer keeps one of them: a town written right after its county (某某区|石桥镇) lies in that county. */
/** What a park's name written right before it places in the park. */
const PARK_HOLDS = new Set(['Company', 'Project']);

export function writtenInside(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference && !m.nested);
    for (const [k, outer] of mentions.entries()) {
      const inner = mentions[k + 1];
      if (!inner || inner.start !== outer.end || inner.entity === outer.entity) continue;
      // 某开发区|华辰科技有限公司 (来到某开发区某公司, 走进某工业园区某公司): the firm or project is the park's.
      if (ctx.kind(outer.entity) === 'Park' && PARK_HOLDS.has(ctx.kind(inner.entity))) {
        out.add({ type: 'LOCATED_IN', from: inner.entity, to: outer.entity, evidence: [i] });
        continue;
      }
      if (ctx.kind(outer.entity) !== 'Region' || !PLACED_KINDS.has(ctx.kind(inner.entity))) continue;
      if (isMacro(ctx, outer.entity) || isMacro(ctx, inner.entity)) continue;
      const [outerName, innerName] = [ctx.name(outer.entity), ctx.name(inner.entity)];
      const [outerEntry, innerEntry] = [regionByName(outerName), regionByName(innerName)];
      const townOfCounty = innerEntry?.level === 'town' && outerEntry?.level === 'county';
      if (outerEntry && innerEntry && !townOfCounty && !regionWithin(innerName, outerName)) continue;
      if (regionWithin(outerName, innerName)) continue;
      out.add({ type: 'LOCATED_IN', from: inner.entity, to: outer.entity, evidence: [i] });
    }
  }
}

/** 在Y…建设X: what is built, set up or founded in a place (在江苏盐城投资50亿元建设某基地, 在某市设立某研发中心,
 *  在某县投资建设的某项目). */
const BUILT_GAP =
  /^[^，,；;。]{0,14}?(?:建设|设立|建立|兴建|新建|建起|建成|打造|成立|投建|筹建)(?:[了起]?(?:一[个座家批处])?|的)$/;

export function builtThere(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference && !m.nested);
    const text = ctx.text(i);
    for (const [k, first] of mentions.entries()) {
      if (!PLACE_KINDS.has(ctx.kind(first.entity)) || !/在$/.test(text.slice(0, first.start))) continue;
      // The chain of places written one after the other (在江苏|盐城): the thing is in the last.
      let last = first;
      let at = k + 1;
      for (; at < mentions.length && mentions[at]!.start === last.end; at++) {
        if (!PLACE_KINDS.has(ctx.kind(mentions[at]!.entity))) break;
        last = mentions[at]!;
      }
      const thing = mentions[at];
      if (!thing || !OWNED_KINDS.has(ctx.kind(thing.entity)) || isMacro(ctx, last.entity)) continue;
      if (BUILT_GAP.test(text.slice(last.end, thing.start)))
        out.add({ type: 'LOCATED_IN', from: thing.entity, to: last.entity, evidence: [i] });
    }
  }
}

/** A division's list of what it governs: 某镇下辖某村、某村等12个行政村, 某县辖5镇3乡，分别是某镇、某乡. */
const GOVERNS = /^(?:下辖|辖|管辖|辖有|下设)[^，,；;。]{0,12}?(?:[，,：:](?:分别是|分别为|包括|即)?)?$/;
const LIST_JOINT = /^(?:[、，,和与及]|以及)$/;

/** The places a division says it governs lie in it: the villages and 片区 the gazetteer does not list (between
 *  divisions it knows, the gazetteer decides). */
export function governedLists(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference && !m.nested);
    const text = ctx.text(i);
    for (let k = 0; k < mentions.length; k++) {
      const head = mentions[k]!;
      const next = mentions[k + 1];
      if (ctx.kind(head.entity) !== 'Region' || isMacro(ctx, head.entity) || !next) continue;
      if (!GOVERNS.test(text.slice(head.end, next.start))) continue;
      for (let at = k + 1; at < mentions.length; at++) {
        const item = mentions[at]!;
        if (ctx.kind(item.entity) !== 'Region' || item.entity === head.entity) break;
        if (!contradicted(ctx, item.entity, head.entity))
          out.add({ type: 'LOCATED_IN', from: item.entity, to: head.entity, evidence: [i] });
        const after = mentions[at + 1];
        if (!after || !LIST_JOINT.test(text.slice(item.end, after.start))) break;
      }
    }
  }
}

/** A later clause of a sentence whose subject the thing is, opening with a verb of location and its subject left
 *  out: 某开发区成立于2006年，是经省政府批准设立的省级开发区，位于某市某县. */
const SUBJECT_CLAUSE =
  /[，,](?:并|现|目前|已|其|总部|厂区|园区|项目|公司)?(?:位于|坐落[于在]|座落[于在]|地处|落户[于在到]?|选址[于在]?|注册[于在])$/;
/** Clauses a subject may run on over (no new subject, no full stop). */
const SUBJECT_SPAN = 60;

/** The sentence's subject (its first mention, opening it) and the places a later clause states for it, when no
 *  other thing that could lie somewhere is named between. */
export function subjectClauses(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference);
    const subject = mentions[0];
    if (!subject || subject.start > 2 || !OWNED_KINDS.has(ctx.kind(subject.entity))) continue;
    for (let k = 1; k < mentions.length; k++) {
      const place = mentions[k]!;
      if (place.start - subject.end > SUBJECT_SPAN) break;
      const between = text.slice(subject.end, place.start);
      if (/[；;。！？!?]/.test(between) || !/[，,]/.test(between)) continue;
      if (mentions.slice(1, k).some((m) => OWNED_KINDS.has(ctx.kind(m.entity)))) break;
      if (!SUBJECT_CLAUSE.test(between)) continue;
      const chain = placeChain(ctx, i, mentions, k);
      if (chain.length && !chain.some((m) => m.entity === subject.entity))
        out.add({ type: 'LOCATED_IN', from: subject.entity, to: chain.at(-1)!.entity, evidence: [i] });
      break;
    }
  }
}

/** The divisions, a county or smaller, whose clauses place what they name: a work report's clause subject (某县加快推进…
 *  项目, 某区：建成…产业园) or a sentence's frame (在某镇，…); a city or province frames a whole report's worth. */
const LOCAL_LEVELS = new Set(['county', 'town']);

/** A county or town opening a sentence, or a clause after a comma, as the subject of what it does (某县加快推进X项目
 *  建设, 某区：建成X产业园, …，某镇建成X产业园): the projects and parks of its clause, or of its sentence after a heading
 *  colon, lie in it, unless their names place them already. */
export function regionSubjects(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference);
    mentions.forEach((region, k) => {
      if (!opensSentenceOrClause(text, region, k) || region.nested || ctx.kind(region.entity) !== 'Region') return;
      if (!LOCAL_LEVELS.has(regionByName(ctx.name(region.entity))?.level ?? '')) return;
      const next = mentions[k + 1];
      const gap = text.slice(region.end, next?.start ?? text.length);
      const heading = k === 0 && /^[：:]/.test(gap);
      // Not a list of regions (某县、某县), a pair (某县和某县) or a possessive (某县的).
      if (!heading && /^[、，,和与及的等]/.test(gap)) return;
      // The clause it is the subject of: up to a semicolon or full stop after a heading, else up to a comma.
      const end = text.slice(region.end).search(heading ? /[；;。]/ : /[，,；;。]/);
      const until = end < 0 ? text.length : region.end + end;
      for (const m of mentions.slice(k + 1)) {
        if (m.start >= until) break;
        if (!OWNED_KINDS.has(ctx.kind(m.entity)) || ctx.kind(m.entity) === 'Company' || m.nested) continue;
        if (placedByName(ctx, m.entity)) continue;
        out.add({ type: 'LOCATED_IN', from: m.entity, to: region.entity, evidence: [i] });
      }
    });
  }
}

/** A mention that opens its sentence (after a heading's number: （一）某县) or a clause after a comma or semicolon. */
function opensSentenceOrClause(text: string, m: RecognizedMention, k: number): boolean {
  const before = text.slice(0, m.start);
  return (k === 0 && /^[（(]?[一二三四五六七八九十0-9]*[）)、.]?$/.test(before)) || /[，,；;]$/.test(before);
}

/** Does a thing's name open with a place the report names (某县|某某项目)? Then its name says where it is. */
function placedByName(ctx: RelationContext, thing: number): boolean {
  const name = ctx.name(thing);
  const forms = ctx.entitiesOfKind('Region').flatMap((r) => ctx.forms(r));
  return forms.some((f) => name.startsWith(f) && name.length > f.length);
}

/** A clause opening with a word for a thing named before (该项目, 公司, 园区) and a verb of location: 该项目位于某县. */
const ANAPHOR =
  /(?:^|[，,；;。])(?:该|本|此|这个|这一|这家)?(园区|开发区|高新区|项目|公司|企业)(?=[^，,；;。]{0,8}?(?:位于|坐落|座落|地处|落户|选址|注册|设[在于]))/g;
const ANAPHOR_KIND: Record<string, 'Park' | 'Project' | 'Company'> = {
  园区: 'Park',
  开发区: 'Park',
  高新区: 'Park',
  项目: 'Project',
  公司: 'Company',
  企业: 'Company',
};
/** How far back the thing a word stands for may have been named. */
const ANAPHOR_SENTENCES = 2;

/** The thing a word stands for: the last of its kind named before it, in its sentence or the two before (a park: the
 *  report's own park first). */
function antecedent(
  ctx: RelationContext,
  i: number,
  at: number,
  kind: 'Park' | 'Project' | 'Company',
): number | undefined {
  if (kind === 'Park' && ctx.report.subjectPark !== undefined) return ctx.report.subjectPark;
  for (let s = i; s >= Math.max(0, i - ANAPHOR_SENTENCES); s--) {
    const before = ctx
      .mentionsIn(s)
      .filter((m) => (s < i || m.end <= at) && ctx.kind(m.entity) === kind && !namedAsParent(ctx, m));
    if (before.length) return before.at(-1)!.entity;
  }
  return undefined;
}

/** A company named as another's owner (该公司为某集团下属子公司, 隶属于某集团, 某集团旗下): the word that follows stands
 *  for the one owned, which the report is about, not for its parent. */
const PARENT_OF = /^[^，,；;。]{0,6}?(?:下属|旗下|所属|的?(?:全资|控股)?子公司)/;
const OWNED_BY = /(?:隶属|从属|归属)于?$/;
const namedAsParent = (ctx: RelationContext, m: RecognizedMention) => {
  const text = ctx.text(m.sentence);
  return PARENT_OF.test(text.slice(m.end)) || OWNED_BY.test(text.slice(0, m.start));
};

/** 某项目总投资20亿元。该项目位于某县某镇: the place of a thing a word stands for. */
export function statedOfAnaphors(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference);
    for (const word of text.matchAll(ANAPHOR)) {
      const end = word.index + word[0].length;
      const k = mentions.findIndex((m) => m.start >= end);
      if (k < 0 || mentions.some((m) => m.start < end && m.end > word.index)) continue;
      if (!LOCATED_AFTER.test(text.slice(end, mentions[k]!.start))) continue;
      const thing = antecedent(ctx, i, word.index, ANAPHOR_KIND[word[1]!]!);
      const chain = placeChain(ctx, i, mentions, k);
      if (thing === undefined || !chain.length || chain.some((m) => m.entity === thing)) continue;
      out.add({ type: 'LOCATED_IN', from: thing, to: chain.at(-1)!.entity, evidence: [i] });
    }
  }
}

/** A zone bringing things in (某产业园引进甲公司、乙项目; 某小镇开展…，引进“甲馆”、乙馆等项目): what it brings in comes to lie
 *  in it. The zone opens the sentence, or the clause its verb is in. */
const BRINGS_IN = /(?:^|[，,])(?:先后|相继|陆续|成功|累计)?(?:引进|引入|招引)了?[“"]?$/;
/** Between a zone and the verb: its own clause and a few others, no full stop. */
const BRING_SPAN = 40;
const BRINGING_KINDS = new Set(['Park', 'Region']);

export function broughtIn(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference);
    mentions.forEach((opening, k) => {
      if (
        !BRINGING_KINDS.has(ctx.kind(opening.entity)) ||
        isMacro(ctx, opening.entity) ||
        !/^$|[，,。；;：:]$/.test(text.slice(0, opening.start).slice(-1))
      )
        return;
      // The zone is the last of the places written one after another (某市|某区|引进…).
      const chain = placeChain(ctx, i, mentions, k);
      const zone = chain.length ? chain.at(-1)! : opening;
      const at = mentions.indexOf(zone);
      if (!BRINGING_KINDS.has(ctx.kind(zone.entity))) return;
      const first = mentions[at + 1];
      if (!first || !OWNED_KINDS.has(ctx.kind(first.entity)) || first.start - zone.end > BRING_SPAN) return;
      const gap = text.slice(zone.end, first.start);
      if (/[；;。]/.test(gap) || !BRINGS_IN.test(gap)) return;
      let last = first;
      for (const item of mentions.slice(at + 1)) {
        if (item !== first && !QUOTED_JOINT.test(text.slice(last.end, item.start))) break;
        if (!OWNED_KINDS.has(ctx.kind(item.entity))) break;
        out.add({ type: 'LOCATED_IN', from: item.entity, to: zone.entity, evidence: [i] });
        last = item;
      }
    });
  }
}
/** Items of a list, maybe quoted: 、, ”、“, 和. */
const QUOTED_JOINT = /^[”"]?(?:[、，,和与及]|以及)[“"]?$/;

/** What opens a place's frame: 在某镇，…; 走进某产业园，…; 记者在某开发区看到，…; or nothing, the place opening the
 *  sentence alone (a feature's 某市某县，某某公司的新厂…). */
const FRAME_OPENING = /(?:^|[，,])(?:记者)?(?:在|走进|来到|走访|深入)$|^$/;
/** What closes it: the comma of the clause, maybe after 内/里 or what a reporter saw there (看到, 了解到). */
const FRAME_CLOSING = /^(?:内|里|境内)?(?:(?:看到|了解到|获悉|采访时看到)了?)?[，,]/;

/** A place a sentence opens with as its frame (在某镇，…; 走进某产业园，…): the companies, projects and parks of the rest
 *  of the sentence lie in it (在某镇，占地200亩的X产业园已建成; 走进某开发区，X公司的车间里…). */
export function framedPlaces(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i).filter((m) => !m.nested);
    const first = mentions[0];
    if (!first || !FRAME_OPENING.test(text.slice(0, first.start))) continue;
    const chain = placeChain(ctx, i, mentions, 0);
    const place = chain.at(-1);
    const closing = place && FRAME_CLOSING.exec(text.slice(place.end));
    if (!place || !closing || !isFrame(ctx, place.entity)) continue;
    // The clause after the frame's comma is what it tells of; a later one may name what is elsewhere (听取某集团汇报).
    const from = place.end + closing[0].length;
    const until = from + text.slice(from).search(/[，,；;。]|$/);
    for (const m of mentions) {
      if (m.start < from || m.end > until) continue;
      if (!(OWNED_KINDS.has(ctx.kind(m.entity)) || isLocalPlace(ctx, m.entity)) || m.entity === place.entity) continue;
      out.add({ type: 'LOCATED_IN', from: m.entity, to: place.entity, evidence: [i] });
    }
  }
}

/** A village or community the gazetteer does not know (在某街道，某某村的…): it lies in the place that frames it. */
const isLocalPlace = (ctx: RelationContext, entity: number) =>
  ctx.kind(entity) === 'Region' && !regionByName(ctx.name(entity)) && /(?:村|社区)$/.test(ctx.name(entity));

/** A place that frames what a sentence tells of: a park, a local place, a county or a town. */
function isFrame(ctx: RelationContext, entity: number): boolean {
  if (ctx.kind(entity) === 'Park') return true;
  const level = regionByName(ctx.name(entity))?.level;
  return ctx.kind(entity) === 'Region' && (level === undefined || LOCAL_LEVELS.has(level));
}

/** A signing between a company and a place (甲公司与某县签约, 某开发区与甲公司签订投资协议): the verb after them. */
const SIGNED = /^[^，,；;。]{0,8}?(?:正式|成功|集中)?(?:签约|签订|签署|签下)/;
/** The parties' joint: 与, 和, 同. */
const PARTY_JOINT = /^[与和同]$/;
/** What the company comes to build after signing (签约，投资20亿元建设某产业园; 签约某某项目). */
const SIGNED_PART = /^[^；;。]*$/;

/** A place a company signs with (甲公司与某县签约，投资20亿元建设某产业园; 某开发区与甲公司签约某某项目): the parks and
 *  projects the rest of the sentence names come to lie there, unless their names place them already. */
export function signedThere(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i).filter((m) => !m.reference && !m.nested);
    for (let k = 0; k + 1 < mentions.length; k++) {
      const [a, b] = [mentions[k]!, mentions[k + 1]!];
      if (!PARTY_JOINT.test(text.slice(a.end, b.start))) continue;
      const isPlace = (m: RecognizedMention) => PLACE_KINDS.has(ctx.kind(m.entity)) && !isMacro(ctx, m.entity);
      const company = [a, b].find((m) => ctx.kind(m.entity) === 'Company');
      // The place written second may be a chain (与某市|某区签约): the last of it.
      const place = isPlace(a) ? a : isPlace(b) ? placeChain(ctx, i, mentions, k + 1).at(-1) : undefined;
      if (!place || !company) continue;
      const parties = Math.max(b.end, place.end);
      const signed = SIGNED.exec(text.slice(parties));
      if (!signed) continue;
      const from = parties + signed[0].length;
      for (const m of mentions.slice(k + 2)) {
        if (m.start < from) continue;
        if (!SIGNED_PART.test(text.slice(from, m.start))) break;
        if ((ctx.kind(m.entity) !== 'Project' && ctx.kind(m.entity) !== 'Park') || placedByName(ctx, m.entity))
          continue;
        out.add({ type: 'LOCATED_IN', from: m.entity, to: place.entity, evidence: [i] });
      }
    }
  }
}

/** A place's enterprises listed after it (产业园企业包括A；B；C, 某县重点企业有A、B, 园区入驻企业主要有A等): 企业 and a verb
 *  of including right after the place, then the list. */
const ENTERPRISES_LISTED =
  /^(?:的|内的?|里的?)?(?:已?入驻|现有|落户)?的?(?:[^，,；;。、]{0,6}?)企业(?:主要)?(?:包括|有|如|涵盖)了?[：:]?(?![0-9一二三四五六七八九十百千几多近超])/;

/** The companies a list of a place's enterprises names lie in the place: the rest of its sentence, and the sentences
 *  after while each before ends with a semicolon (a list of items split at ；). */
export function enterpriseLists(ctx: RelationContext, out: RelationSet): void {
  for (const [i] of ctx.sentences.entries()) {
    const text = ctx.text(i);
    const mentions = ctx.mentionsIn(i).filter((m) => !m.nested);
    const k = mentions.findIndex(
      (place, k) =>
        PLACE_KINDS.has(ctx.kind(place.entity)) &&
        !isMacro(ctx, place.entity) &&
        ENTERPRISES_LISTED.test(text.slice(place.end, mentions[k + 1]?.start ?? text.length)),
    );
    if (k < 0) continue;
    const place = mentions[k]!.entity;
    const items = mentions.slice(k + 1);
    for (let s = i; /[；;]\s*$/.test(ctx.text(s)) && s + 1 < ctx.sentences.length; s++)
      items.push(...ctx.mentionsIn(s + 1));
    for (const m of items)
      if (ctx.kind(m.entity) === 'Company' && !m.nested)
        out.add({ type: 'LOCATED_IN', from: m.entity, to: place, evidence: [i] });
  }
}
