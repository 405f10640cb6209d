// Parks and projects a report only counts (建成3个数字经济产业园, 新建现代农业产业园5个): a kind of thing it has several
// of, not a name. A work report counts its parks and platforms far more than it names them.
import type { Candidate } from './candidate.ts';

/** A count of things: 3个, 五家, 两座, 一批, optionally of a level (3个省级). */
const COUNT = '(?:[0-9]+|[一二两三四五六七八九十百千几多]+)(?:个|家|座|处|所|条|项|批)';
const COUNTED_BEFORE = new RegExp(`${COUNT}(?:国家级|省级|市级|县级)?(?:以上)?$`);
const COUNTED_AFTER = new RegExp(`^${COUNT}`);

/** The kinds a count makes a kind of thing rather than a name. */
const COUNTABLE = new Set<Candidate['kind']>(['Park', 'Project']);

/** Is this mention of a name counted: a count right before it or right after it? */
export function isCounted(text: string, start: number, end: number): boolean {
  return COUNTED_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || COUNTED_AFTER.test(text.slice(end));
}

/** Drops the parks and projects every mention of which is counted. */
export function dropCountedNames(kept: Candidate[], texts: readonly string[]): Candidate[] {
  const named = new Set<string>();
  const counted = new Set<string>();
  for (const c of kept) {
    if (!COUNTABLE.has(c.kind) || c.nested || c.reference) continue;
    const key = `${c.kind}|${c.name}`;
    (isCounted(texts[c.sentence]!, c.start, c.end) ? counted : named).add(key);
  }
  return kept.filter((c) => !counted.has(`${c.kind}|${c.name}`) || named.has(`${c.kind}|${c.name}`));
}
