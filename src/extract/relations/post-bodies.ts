// Bodies a post names in a form no recognizer read as a name: a short form of a body the report names in full
// (城林科技 for 某城林科技股份有限公司, 某县旅发委 for 某县旅游发展委员会).
import type { RelationContext } from './context.ts';

/** Kinds a short form may stand for: a region's short forms are the gazetteer's business, not this one's. */
const SHORTENED_KINDS = new Set(['Park', 'Organization', 'Company']);
/** The fewest characters a short form has: two match too much by chance (公司, 集团). */
const MIN_SHORT = 3;

/** Whether `short` is `full` with characters left out (旅发委 in 旅游发展委员会), and is not `full` itself. */
function abbreviates(short: string, full: string): boolean {
  if (short.length >= full.length) return false;
  let at = 0;
  for (const ch of short) {
    at = full.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The most characters of a unit inside the body that a post may name between the body and its title (营销总监). */
const MAX_UNIT = 3;

/**
 * The one body the report names that the text before a post (据城林科技|营销总监) holds a short form of, trying the
 * longest form first, and the words after it, which name a unit inside the body and are part of the post (营销); or
 * undefined when no body or several fit. `anchored`: the form starts where `org` does (a place's name opens it).
 */
export function shortenedBody(
  ctx: RelationContext,
  org: string,
  anchored = false,
): { body: number; unit: string } | undefined {
  for (let unit = 0; unit <= MAX_UNIT && unit <= org.length - MIN_SHORT; unit++) {
    const end = org.length - unit;
    if (unit && !/^[一-龥]+$/.test(org.slice(end))) break;
    for (let from = 0; from + MIN_SHORT <= end && !(anchored && from > 0); from++) {
      const short = org.slice(from, end);
      const matches = ctx.report.entities.flatMap((e, i) =>
        SHORTENED_KINDS.has(e.kind) && [e.name, ...e.aliases].some((f) => abbreviates(short, f)) ? [i] : [],
      );
      if (matches.length > 1) return undefined;
      if (matches.length === 1) return { body: matches[0]!, unit: org.slice(end) };
    }
  }
  return undefined;
}
