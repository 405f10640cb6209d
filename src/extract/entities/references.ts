// References (园区, 该科创飞地) → mentions of the park they point at: the last park named with the same suffix,
// or the report's subject park.
import type { Candidate } from './candidate.ts';
import type { RecognizedMention, RecognizedReport } from './report.ts';
import { PARK_RANK } from './suffix-names.ts';

/** Turns a report's references (园区, 该科创飞地) into mentions of the park they point at. */
export function resolveReferences(report: RecognizedReport, references: Candidate[]): RecognizedMention[] {
  const out: RecognizedMention[] = [];
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
    const entity = anaphor ?? report.subjectPark;
    if (entity !== undefined) out.push({ entity, sentence: r.sentence, start: r.start, end: r.end, reference: true });
  }
  return out;
}
