// What a report is about: its park (named in the title or far more than any other) and its region.
import { regionByName } from '../lexicon/regions.ts';
import type { ReportMeta } from '../metadata.ts';
import type { RecognizedReport } from './report.ts';

/** The sentence that holds the report's title, if any (the first sentence when the page shows no title). */
export function titleSentence(texts: string[], meta: ReportMeta): number | undefined {
  const at = meta.title ? texts.findIndex((t) => t.includes(meta.title!) || meta.title!.includes(t)) : 0;
  return at >= 0 ? at : undefined;
}

/** The park a report is about: named in its title, or named far more than any other park. */
export function findSubjectPark(report: RecognizedReport, titleSentence: number | undefined): number | undefined {
  const counts = new Map<number, number>();
  let inTitle: number | undefined;
  for (const m of report.mentions) {
    const e = report.entities[m.entity]!;
    if (e.kind !== 'Park') continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (m.sentence === titleSentence && inTitle === undefined) inTitle = m.entity;
  }
  if (inTitle !== undefined) return inTitle;
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && best[1] >= 3 && (!second || best[1] >= 2 * second[1])) return best[0];
  return undefined;
}

/** The most specific region the report dwells on, and the city its unnamed 市 refers to. */
export function findRegions(report: RecognizedReport, titleSentence: number | undefined) {
  const score = new Map<number, number>();
  for (const m of report.mentions) {
    const e = report.entities[m.entity]!;
    if (e.kind !== 'Region' || m.nested) continue; // a place word inside a name does not make a report about it
    score.set(m.entity, (score.get(m.entity) ?? 0) + (m.sentence === titleSentence ? 5 : 1));
  }
  const best = (level: string) =>
    [...score].filter(([i]) => regionByName(report.entities[i]!.name)?.level === level).sort((a, b) => b[1] - a[1])[0];
  const [county, city, province] = [best('county'), best('city'), best('province')];
  // The most specific division the report dwells on: a county or city named in passing does not make a report
  // about its province (a national feature on a provincial visit) a report about that county or city.
  const top = Math.max(county?.[1] ?? 0, city?.[1] ?? 0, province?.[1] ?? 0);
  const subject = [county, city, province].find((b) => b && b[1] * 2 >= top);
  return { subjectRegion: subject?.[0], homeCity: city?.[0] };
}
