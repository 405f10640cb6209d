// What a report is about: its park (named in the title or far more than any other) and its region.
import { closeLetterSpacing } from '../chinese.ts';
import { regionByName } from '../lexicon/regions.ts';
import type { ReportMeta } from '../metadata.ts';
import type { RecognizedReport } from './report.ts';

/** The sentence that holds the report's title, if any (the first sentence when the page shows no title). */
export function titleSentence(texts: string[], meta: ReportMeta): number | undefined {
  const at = meta.title ? texts.findIndex((t) => t.includes(meta.title!) || meta.title!.includes(t)) : 0;
  return at >= 0 ? at : undefined;
}

/** The park a report is about: named in its title, or named far more than any other park (in a region government's
 *  own report, only one named in its opening lines: it names its largest zone often and is still about the region). */
export function findSubjectPark(
  report: RecognizedReport,
  titleSentence: number | undefined,
  titleOnly = false,
  texts: readonly string[] = [],
): number | undefined {
  const counts = new Map<number, number>();
  let inTitle: number | undefined;
  for (const m of report.mentions) {
    const e = report.entities[m.entity]!;
    if (e.kind !== 'Park') continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (m.sentence === titleSentence && inTitle === undefined) inTitle = m.entity;
  }
  if (inTitle !== undefined) return inTitle;
  // The zone whose committee delivers the report (我代表某新区管理委员会向大会作工作报告) is the report's.
  const deliverer = report.mentions.find((m) => {
    const delivered = m.sentence < ISSUER_LINES ? DELIVERED.exec(texts[m.sentence] ?? '') : null;
    return delivered !== null && report.entities[m.entity]!.kind === 'Park' && m.end <= delivered[0].length;
  });
  if (deliverer) return deliverer.entity;
  // A region government's report is a park's only when the park gives it (某综合实验区管委会工作报告 in its opening
  // lines, which are headings: not a sentence of the text that names the zone it serves, 对接服务某新区).
  const opening = new Set(
    report.mentions
      .filter((m) => m.sentence < ISSUER_LINES && isHeadingLike(texts[m.sentence] ?? ''))
      .map((m) => m.entity),
  );
  const ranked = [...counts].filter(([park]) => !titleOnly || opening.has(park)).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && best[1] >= 3 && (!second || best[1] >= 2 * second[1])) return best[0];
  return undefined;
}

/** A sentence that opens by calling the park by its kind alone (园区规划面积…, 该园区聚焦…). */
const OPENS_WITH_PARK_WORD = /^(?:该|本)?(?:园区|开发区|高新区|经开区)(?![管党])/;

/** The park a page names once and then calls 园区 at the head of its sentences (某高新区成立于…。园区规划面积…。园区聚焦…):
 *  the one park named before the first of at least two such sentences. */
export function parkReferredTo(report: RecognizedReport, texts: readonly string[]): number | undefined {
  const parks = report.mentions.filter((m) => report.entities[m.entity]!.kind === 'Park');
  const named = parks[0]?.sentence;
  if (named === undefined) return undefined;
  // (A heading above the first name, 园区简介, refers to nothing yet.)
  const referring = texts.flatMap((t, i) => (i > named && OPENS_WITH_PARK_WORD.test(t) ? [i] : []));
  const first = referring[0];
  if (first === undefined || referring.length < 2) return undefined;
  const before = new Set(parks.filter((m) => m.sentence < first).map((m) => m.entity));
  return before.size === 1 ? [...before][0] : undefined;
}

/** The title of a government's or an administration's report on its work: 政府工作报告, 某局2023年工作总结及2024年工作
 *  计划, 关于某某工作情况的报告. */
const WORK_REPORT = /工作(?:报告|总结|计划|要点|思路)|工作情况的?报告/;
/** The line under a government work report's title that says where it was given (——在某区第十四届人民代表大会第六次
 *  会议上): an excerpt that lost the title still has it. */
const GIVEN_TO_CONGRESS = /在[^，,。]{2,30}人民代表大会[^，,。]{0,20}会议上$/;
/** The opening words of a report delivered to a congress (现在，我代表某区人民政府向大会报告工作): an excerpt that lost
 *  its title and its 会议上 line still opens so. */
const DELIVERED = /^\s*(?:现在[，,])?我代表[^，,。；;]{2,40}?向(?:大会|本次会议|会议)(?:作|报告)/;
/** Where a report's title stands: among its opening lines (a page's menu may come first), a short line without the
 *  commas of a sentence (宿迁市政府工作报告中明确提出，… quotes a report, it is not one). */
export const TITLE_LINES = 8;
const TITLE_LENGTH = 80;
const SENTENCE_PUNCTUATION = /[，,、；;。]/;

/** Whether a line reads as a heading or a title: short, without the commas of a sentence. */
export const isHeadingLike = (text: string) => text.length <= TITLE_LENGTH && !SENTENCE_PUNCTUATION.test(text);

/** Is the report a government's or an administration's report on its work (its title says so)? */
export function isWorkReport(texts: string[]): boolean {
  return texts
    .slice(0, TITLE_LINES)
    .map(closeLetterSpacing)
    .some(
      (text) =>
        (isHeadingLike(text) && (WORK_REPORT.test(text) || GIVEN_TO_CONGRESS.test(text.trim()))) ||
        DELIVERED.test(text),
    );
}

/** The opening lines where a work report names the government that gives it (发布机构: 某市人民政府, 在某县第十届人民代表
 *  大会第三次会议上, 某市人民政府市长 某某). */
const ISSUER_LINES = 12;
const GOVERNMENT = /(?:政府|国务院|人民代表大会|人大常委会)$/;
const CONGRESS = /^第[一二三四五六七八九十]+届人民代表大会/;

/** The region whose government gives a work report: the place whose people's congress hears it, else the place (the
 *  last of those) opening the first government or people's congress named in its opening lines. A city's report
 *  names its city there and then writes 全市, naming its counties far more often than itself. */
export function issuingRegion(report: RecognizedReport, texts: readonly string[] = []): number | undefined {
  const openers = report.mentions.filter((m) => m.sentence < ISSUER_LINES);
  // The place whose people's congress hears it: 在某市|第十六届人民代表大会第三次会议上.
  const congress = openers.find(
    (m) =>
      !m.nested &&
      report.entities[m.entity]!.kind === 'Region' &&
      CONGRESS.test(texts[m.sentence]?.slice(m.end, m.end + 12) ?? ''),
  );
  if (congress) return congress.entity;
  for (const body of openers) {
    if (body.nested || report.entities[body.entity]!.kind !== 'Organization') continue;
    if (!GOVERNMENT.test(report.entities[body.entity]!.name)) continue;
    // The most specific of the places its name runs through: 某市|某区|人民政府 is the district's.
    const places = openers.filter(
      (m) =>
        m.nested &&
        m.sentence === body.sentence &&
        m.start >= body.start &&
        m.end <= body.end &&
        report.entities[m.entity]!.kind === 'Region',
    );
    if (places.length && places[0]!.start === body.start) return places.at(-1)!.entity;
  }
  return undefined;
}

/** The most specific region the report dwells on, and the city its unnamed 市 refers to; a work report's is the region
 *  whose government gives it. */
export function findRegions(
  report: RecognizedReport,
  titleSentence: number | undefined,
  issuer?: number,
  metaTitle?: string,
) {
  const place = issuer === undefined ? undefined : regionByName(report.entities[issuer]!.name);
  if (issuer !== undefined && place && place.level !== 'macro' && place.level !== 'country') {
    const named = report.entities.findIndex((e) => e.kind === 'Region' && e.name === place.parent);
    const city =
      place.level === 'city'
        ? issuer
        : named >= 0
          ? named
          : findRegionsByCount(report, titleSentence, metaTitle).homeCity;
    return { subjectRegion: issuer, homeCity: city };
  }
  return findRegionsByCount(report, titleSentence, metaTitle);
}

/** A title mention's weight against one in the text. */
const TITLE_WEIGHT = 5;

function findRegionsByCount(report: RecognizedReport, titleSentence: number | undefined, metaTitle?: string) {
  const score = new Map<number, number>();
  for (const m of report.mentions) {
    const e = report.entities[m.entity]!;
    if (e.kind !== 'Region' || m.nested) continue; // a place word inside a name does not make a report about it
    score.set(m.entity, (score.get(m.entity) ?? 0) + (m.sentence === titleSentence ? TITLE_WEIGHT : 1));
  }
  // A title only the front matter holds is no sentence of the text; the places it names count as a title's.
  if (titleSentence === undefined && metaTitle) {
    for (const [i, e] of report.entities.entries()) {
      if (e.kind === 'Region' && [e.name, ...e.aliases].some((form) => metaTitle.includes(form)))
        score.set(i, (score.get(i) ?? 0) + TITLE_WEIGHT);
    }
  }
  // A level's leader must lead it: three counties named once each in a list (其中A、B、C) are not what a city's news
  // dwells on.
  const best = (level: string) => {
    const [first, second] = [...score]
      .filter(([i]) => regionByName(report.entities[i]!.name)?.level === level)
      .sort((a, b) => b[1] - a[1]);
    return first && (!second || first[1] > second[1]) ? first : undefined;
  };
  const [county, city, province] = [best('county'), best('city'), best('province')];
  // The most specific division the report dwells on: a county or city named in passing does not make a report
  // about its province (a national feature on a provincial visit) a report about that county or city.
  const top = Math.max(county?.[1] ?? 0, city?.[1] ?? 0, province?.[1] ?? 0);
  const subject = [county, city, province].find((b) => b && b[1] * 2 >= top);
  return { subjectRegion: subject?.[0], homeCity: city?.[0] };
}
