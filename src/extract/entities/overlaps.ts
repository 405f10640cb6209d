// The one overlap pass: of the candidates all recognizers propose in a sentence, keep the best that do not overlap.
import { overlaps, type Candidate } from './candidate.ts';

export /** Keeps the best non-overlapping candidates of one sentence: priority, then length, then position. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  // A name the text implies but does not write (甲省、乙省|两个自贸试验区 → 甲省自贸试验区) lies on the words it is read
  // from without taking their place.
  const ranked = candidates
    .filter((c) => !c.nested)
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  kept.push(...candidates.filter((c) => c.nested));
  return kept.sort((a, b) => a.start - b.start);
}
