// Photo captions that place people (某某(左二)、某某(右一)).
import { PRIORITY, type Candidate } from '../candidate.ts';
import { looksLikeAppointee, personAt, surnameLed } from './names.ts';

/** Where a caption places a person: (左二), (右一), (前排左三), (中). */
const CAPTION_PLACE = /\((?:前排|后排|第一排|第二排)?(?:左|右|中)[一二三四五六七八九十\d]{0,2}\)/g;

/** A name before a caption's place: surname-led, opening the caption or after 、 / 图为 / 和 / 与. */
function looksLikeCaptioned(text: string, start: number, end: number): boolean {
  return (
    surnameLed(text.slice(start, end)) &&
    looksLikeAppointee(text, start, end) &&
    (start === 0 || /[、，,:：[(（>\s和与及]|图为$/.test(text.slice(Math.max(0, start - 2), start)))
  );
}
/** Each name before its place in a caption is a person's, surely so (a list of such names is no list of companies). */
export function captionedPeople(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(CAPTION_PLACE)) {
    const start = [3, 2, 4].map((n) => m.index - n).find((s) => s >= 0 && looksLikeCaptioned(text, s, m.index));
    if (start === undefined) continue;
    out.push(personAt(text, sentence, start, m.index, PRIORITY.titledPerson));
  }
  return out;
}
