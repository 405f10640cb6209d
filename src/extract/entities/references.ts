// References (园区, 该科创飞地) → mentions of the park they point at: the last park named with the same suffix,
// or the report's subject park.
import type { Candidate } from './candidate.ts';
import type { RecognizedEntity, RecognizedMention, RecognizedReport } from './report.ts';
import { PARK_RANK } from './suffix-names.ts';

/** A zone written by its kind alone with its own committee's post after it (高新区|管委会主任, 经开区|党工委书记): the
 *  report's zone of that kind, named so where the report names it no fuller (corpus gold: a Park of that name). */
const ZONE_BY_KIND = new Set(['高新区', '经开区', '开发区', '新区', '自贸区', '综保区', '保税区']);
const COMMITTEE_AFTER = /^(?:管委会|管理委员会|党工委)/;
/** …written on its own: not the kind word of a name before it (某某|新区管委会). */
const ALONE_BEFORE = /(?:^|[^\p{Script=Han}]|[在和与及由])$/u;

/** Turns a report's references (园区, 该科创飞地) into mentions of the park they point at: the report's entities (with
 *  a committee's zone that points at no park as a Park of its own) and the references' mentions. */
export function resolveReferences(
  report: RecognizedReport,
  references: Candidate[],
  texts: readonly string[],
): { entities: RecognizedEntity[]; mentions: RecognizedMention[] } {
  const out: RecognizedMention[] = [];
  const entities = [...report.entities];
  const zoneByKind = (kind: string) => {
    const at = entities.findIndex((e) => e.kind === 'Park' && e.name === kind);
    return at >= 0 ? at : entities.push({ kind: 'Park', name: kind, aliases: new Set() }) - 1;
  };
  // Park mentions in reading order; references are in reading order too, so one pointer walks both.
  const parks = report.mentions.filter((m) => report.entities[m.entity]!.kind === 'Park');
  const lastBySuffix = new Map<string, number>();
  let next = 0;
  for (const r of references) {
    for (; next < parks.length; next++) {
      const m = parks[next]!;
      if (m.sentence > r.sentence || (m.sentence === r.sentence && m.end > r.start)) break;
      const name = report.entities[m.entity]!.name;
      for (const suffix of PARK_RANK.keys()) if (name.endsWith(suffix)) lastBySuffix.set(suffix, m.entity);
    }
    const anaphor = r.reference !== '园区' && r.reference !== '开发区' ? lastBySuffix.get(r.reference!) : undefined;
    const committee =
      ZONE_BY_KIND.has(r.reference!) &&
      COMMITTEE_AFTER.test(texts[r.sentence]!.slice(r.end)) &&
      ALONE_BEFORE.test(texts[r.sentence]!.slice(0, r.start))
        ? zoneByKind
        : undefined;
    const entity = anaphor ?? report.subjectPark ?? committee?.(r.reference!);
    if (entity !== undefined) out.push({ entity, sentence: r.sentence, start: r.start, end: r.end, reference: true });
  }
  return { entities, mentions: out };
}
