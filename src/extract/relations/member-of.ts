// MEMBER_OF and CO_BUILT_BY. A numbered scheme (“1+3”联动发展) has the parks listed with it as members and
// the report's own park as its lead (the 1); a named scheme (温州丽水山海协作) has the regions written with it,
// and a park called one of its parks (…山海协作园区) is a member that those regions co-build.
import { ONE_CHARACTER_FORMS } from '../lexicon/regions.ts';
import { JOINED_SCHEME_HEADS } from '../entities/partnerships.ts';
import { regionTrie, pickRegion } from '../entities/regions.ts';
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
  for (const member of members)
    out.add({ type: 'MEMBER_OF', from: member, to: partnership, role: 'member', evidence: [p.sentence] });
  const lead = ctx.report.subjectPark;
  if (members.length && lead !== undefined && !members.includes(lead)) {
    out.add({ type: 'MEMBER_OF', from: lead, to: partnership, role: 'lead', evidence: [p.sentence] });
  }
}

/** A name made of one-character forms before its head (川黔|协同发展, 沪滇|扶贫协作): the places they stand for. */
const JOINED = new RegExp(
  `^([^协一扶经合]{2,4}?)(?:[两三四](?:国|地|省))?(?:地方|区域)?(?:${[...JOINED_SCHEME_HEADS, '合作'].join('|')})$`,
);

/** Regions written into a scheme's name or its aliases: 温州丽水山海协作 → 温州市, 丽水市; 川黔协同发展 → 四川省,
 *  贵州省 (the ones the report names). A macro-region's name names no member: its places do. */
function regionsOfScheme(ctx: RelationContext, partnership: number): number[] {
  const regions = new Map(
    ctx.entitiesOfKind('Region').flatMap((r) => [ctx.name(r), ...ctx.report.entities[r]!.aliases].map((f) => [f, r])),
  );
  const found = new Set<number>();
  for (const form of [ctx.name(partnership), ...ctx.report.entities[partnership]!.aliases]) {
    const joined = JOINED.exec(form)?.[1];
    if (joined && [...joined].every((c) => ONE_CHARACTER_FORMS.has(c))) {
      for (const c of joined) {
        const r = regions.get(ONE_CHARACTER_FORMS.get(c)!);
        if (r !== undefined) found.add(r);
      }
      continue;
    }
    for (const { value } of regionTrie().findAll(form)) {
      const region = pickRegion(value).region;
      const r = region.level === 'macro' ? undefined : regions.get(region.name);
      if (r !== undefined) found.add(r);
    }
  }
  return [...found];
}

/** 由滨江区和南湖县共建的光伏产业园, 苏州与宿迁两地合作共建: the regions joined before 共建 co-build the park. */
function statedCoBuilding(ctx: RelationContext, out: RelationSet): void {
  ctx.sentences.forEach((_, i) => {
    const text = ctx.text(i);
    const at = text.search(/(?:两地|双方)?(?:合作|联合|共同)?共建/);
    if (at < 0) return;
    const mentions = ctx.mentionsIn(i);
    const regions: number[] = [];
    const before = mentions.filter((m) => m.end <= at && ctx.kind(m.entity) === 'Region');
    for (let k = before.length - 1, end = at; k >= 0; k--) {
      const gap = text.slice(before[k]!.end, end);
      if (!(regions.length === 0 ? /^(?:两地|双方)?(?:合作|联合|共同)?$/ : /^[和与、及]$/).test(gap)) break;
      regions.push(before[k]!.entity);
      end = before[k]!.start;
    }
    if (regions.length < 2) return;
    const park =
      mentions.find((m) => m.start > at && ctx.kind(m.entity) === 'Park')?.entity ??
      mentions.find((m) => ctx.kind(m.entity) === 'Park')?.entity;
    if (park === undefined) return;
    for (const r of regions) out.add({ type: 'CO_BUILT_BY', from: park, to: r, evidence: [i] });
  });
}

export function memberOf(ctx: RelationContext, out: RelationSet): void {
  statedCoBuilding(ctx, out);
  for (const partnership of ctx.entitiesOfKind('Partnership')) {
    const name = ctx.name(partnership);
    const mentions = ctx.mentionsOf(partnership);
    if (NUMBERED.test(name)) {
      for (const p of mentions) numberedMembers(ctx, out, p, partnership);
      continue;
    }
    const regions = regionsOfScheme(ctx, partnership);
    const evidence = mentions.map((m) => m.sentence);
    for (const r of regions) out.add({ type: 'MEMBER_OF', from: r, to: partnership, role: 'member', evidence });
    // A scheme that names no places (共建“某某”, 对口援某) is one the report's region takes part in.
    const subject = ctx.report.subjectRegion;
    const together = mentions.filter((p) => ctx.mentionsIn(p.sentence).some((o) => o.entity === subject));
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
