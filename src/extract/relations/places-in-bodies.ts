// Regions a report writes only inside bodies' names (某省|政协, 某市|科技局): ONTOLOGY.md reads no Region there. They
// are recognized all the same, since relation rules need them (a post after 某县财政局局长 that names no body, 副县长,
// is the county's); once relations are read, those that no relation but a place chain needs are left out.
import type { RecognizedReport } from '../entities/report.ts';
import type { RecognizedRelation } from './context.ts';

/** Relations that only place a region, which an unwritten region needs no more than the report does. */
const PLACING = new Set(['LOCATED_IN']);

export function dropPlacesOnlyInBodies(
  report: RecognizedReport,
  relations: RecognizedRelation[],
): { report: RecognizedReport; relations: RecognizedRelation[] } {
  const written = new Set(report.mentions.filter((m) => !m.insideBody).map((m) => m.entity));
  const needed = new Set(relations.filter((r) => !PLACING.has(r.type)).flatMap((r) => [r.from, r.to]));
  const subjects = [report.subjectPark, report.subjectRegion, report.homeCity];
  const dropped = (i: number) =>
    report.entities[i]!.kind === 'Region' && !written.has(i) && !needed.has(i) && !subjects.includes(i);
  if (!report.entities.some((_, i) => dropped(i))) return { report, relations };

  const renumbered = new Map<number, number>();
  report.entities.forEach((_, i) => dropped(i) || renumbered.set(i, renumbered.size));
  const to = (i: number | undefined) => (i === undefined ? undefined : renumbered.get(i));
  return {
    report: {
      ...report,
      entities: report.entities.filter((_, i) => renumbered.has(i)),
      mentions: report.mentions.flatMap((m) => (renumbered.has(m.entity) ? [{ ...m, entity: to(m.entity)! }] : [])),
      subjectPark: to(report.subjectPark),
      subjectRegion: to(report.subjectRegion),
      homeCity: to(report.homeCity),
    },
    relations: relations.flatMap((r) =>
      renumbered.has(r.from) && renumbered.has(r.to) ? [{ ...r, from: to(r.from)!, to: to(r.to)! }] : [],
    ),
  };
}
