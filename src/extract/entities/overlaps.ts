// The one overlap pass: of the candidates all recognizers propose in a sentence, keep the best that do not overlap.
import { overlaps, type Candidate } from './candidate.ts';

export /** Keeps the best non-overlapping candidates of one sentence: priority, then length, then position. */
function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => overlaps(k, c))) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}
