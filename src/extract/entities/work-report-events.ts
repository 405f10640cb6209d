// Events a work report names: a government's report on its year names the fairs, forums and festivals it held or
// went to among its other work (举办某某文化节, 组织企业参加某某交易会), in passing, and ONTOLOGY.md annotates events
// only where they are a report's subject.
import type { Candidate } from './candidate.ts';
import { isWorkReport } from './subject.ts';

/** What an event's name ends with: a fair, an exhibition, a meeting, a festival, a forum, a contest (某某博览会, 某某展,
 *  高交会, 某某文化节, 某某论坛, 某某大赛). */
const EVENT_END = /(?:会|展|节|论坛|赛)$/;

/** The candidates without the events a work report names; an item of a list of platforms (依托某中心、某某会等平台) is
 *  a standing venue, not an event. */
export function dropWorkReportEvents(kept: Candidate[], texts: string[]): Candidate[] {
  if (!isWorkReport(texts)) return kept;
  return kept.filter((c) => c.kind !== 'Project' || !EVENT_END.test(c.name) || c.listType === 'platform');
}
