// A place written only in a news dateline (某社成都8月15日电, 某网-首屏新闻成都8月15日讯): where the report was filed
// from, not a place it speaks of (the gold leaves it out; the reading keeps it as metadata: ReportMeta.filedFrom).
import type { Candidate } from './candidate.ts';

/** A dateline's date and 电 or 讯 right after its place. */
const DATELINE_AFTER = /^\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日\s*(?:电|讯)/u;

const inDateline = (c: Candidate, texts: readonly string[]) =>
  c.kind === 'Region' && !c.nested && DATELINE_AFTER.test(texts[c.sentence]!.slice(c.end, c.end + 12));

/** Regions the report names only in datelines. */
export function dropDatelineRegions(kept: Candidate[], texts: readonly string[]): Candidate[] {
  const datelines = kept.filter((c) => inDateline(c, texts));
  if (!datelines.length) return kept;
  const written = new Set(kept.filter((c) => c.kind === 'Region' && !datelines.includes(c)).map((c) => c.name));
  const dropped = new Set(datelines.filter((c) => !written.has(c.name)));
  return dropped.size ? kept.filter((c) => !dropped.has(c)) : kept;
}
