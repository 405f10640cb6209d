// A registered company a report names once in full and then by its brand and trade (远帆电子股份有限公司 …
// 远帆电子将…): the brand recurs without a suffix or a context that marks it, so it is read where the full name was.
import { GENERIC_INDUSTRY_WORDS, INDUSTRY_SET } from '../lexicon/industries.ts';
import { regionForms } from '../lexicon/regions.ts';
import { Trie } from '../lexicon/trie.ts';
import { isGenericHead } from './boundary.ts';
import { candidateAt, overlaps, type Candidate } from './candidate.ts';
import { placePrefixLength } from './short-forms.ts';
import { looksProper } from './suffix-table.ts';

/** The suffixes of a registered company or group, longest first. */
const REGISTERED_SUFFIX = /(?:集团股份有限公司|集团有限责任公司|集团有限公司|股份有限公司|有限责任公司|有限公司|集团)$/;
/** A place in brackets inside a name (青禾智能装备（柘城）有限公司). */
const BRACKETED = /[（(][^（()）]*[)）]/g;
/** Trade words a brand's short form may leave out (青禾智能|装备). */
const TRADE_END = /(?:装备|科技|实业|发展|股份|控股|技术|制造|工业)$/;

/** A brand of two characters and the first two of its trade (中汇纳米 of 中汇纳米材料), for a head of six or more:
 *  reports shorten such names so after the first mention. */
function shortTrade(head: string): string[] {
  return head.length >= 6 ? [head.slice(0, 4)] : [];
}

/** The forms a registered name's brand goes by: its head without the places it opens with and its suffix (远帆电子 of 远帆电子股份有限公司,
 *  of four characters or more), that head without a last trade word (青禾智能 of 青禾智能装备（柘城）有限公司) and its
 *  brand with the start of its trade. */
export function brandForms(name: string): string[] {
  if (!REGISTERED_SUFFIX.test(name)) return [];
  // The places it opens with, as the merging of short forms reads them (so the brand merges into this name).
  const written = name.replace(BRACKETED, '').replace(REGISTERED_SUFFIX, '');
  const head = written.slice(placePrefixLength(written));
  // A head too short to stand alone recurs with its place (中国青岩 of 中国青岩集团有限公司).
  // A long head recurs as its brand and the first word of its trade too (华瀚投资 of 华瀚投资控股有限公司).
  const forms = head.length < 4 ? [written] : [head, head.replace(TRADE_END, ''), ...shortTrade(head)];
  return [...new Set(forms)].filter(
    (f) =>
      f.length >= 4 &&
      /^\p{Script=Han}+$/u.test(f) &&
      !regionForms().has(f) &&
      !INDUSTRY_SET.has(f) &&
      !GENERIC_INDUSTRY_WORDS.has(f) &&
      !isGenericHead(f) &&
      looksProper(f),
  );
}

/** The recurrences of the registered companies' brands among `kept` in `texts` that no kept candidate overlaps. */
export function recurringBrands(kept: Candidate[], texts: string[]): Candidate[] {
  const names = [...new Set(kept.filter((c) => c.kind === 'Company').map((c) => c.name))];
  // A brand another body's name opens with too (华辰科技 of 华辰科技有限公司 and 华辰科技研究院) names neither.
  const heads = [
    ...new Set(kept.filter((c) => c.kind === 'Company' || c.kind === 'Organization').map((c) => c.name)),
  ].flatMap((name) => [name, name.slice(placePrefixLength(name))]);
  const forms = names.flatMap((name) =>
    brandForms(name).filter((f) => new Set(heads.filter((h) => h.startsWith(f))).size === 1),
  );
  if (!forms.length) return [];
  const brands = new Trie<true>(forms.map((f) => [f, true] as const));
  const keptBySentence = new Map<number, Candidate[]>();
  for (const c of kept) {
    const inSentence = keptBySentence.get(c.sentence);
    if (inSentence) inSentence.push(c);
    else keptBySentence.set(c.sentence, [c]);
  }
  const out: Candidate[] = [];
  texts.forEach((text, i) => {
    for (const span of brands.findAll(text)) {
      // A place the brand opens with (中国|青岩) is read inside it, as inside the full name.
      const inside = (c: Candidate) => c.kind === 'Region' && c.start >= span.start && c.end <= span.end;
      if (!(keptBySentence.get(i) ?? []).some((c) => overlaps(c, span) && !inside(c)))
        out.push(candidateAt('Company', text, i, span.start, span.end, 0));
    }
  });
  return out;
}
