// Industries from the general industry lexicon (list contexts such as …三大主导产业 add more in lists.ts).
import { INDUSTRY_TERMS } from '../lexicon/industries.ts';
import { Trie } from '../lexicon/trie.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

const INDUSTRY_TRIE = new Trie<true>(INDUSTRY_TERMS.map((t) => [t, true] as const));

/** An industry word the text closes with 产业 or 业 (文化旅游|业, 新一代信息技术|产业): that fuller form is how the
 *  report names it, kept as an alias of the lexicon's term (业务, 业态 and 业绩 are other words). */
const INDUSTRY_HEAD = /^(?:产业|行业|业)(?![务态绩主内界])/;

export function recognizeIndustries(text: string, sentence: number): Candidate[] {
  return INDUSTRY_TRIE.findAll(text).map(({ start, end }) => {
    const name = text.slice(start, end);
    const head = INDUSTRY_HEAD.exec(text.slice(end, end + 3));
    const fuller = head && !name.endsWith('业') ? name + head[0] : undefined;
    return {
      kind: 'Industry' as const,
      name,
      sentence,
      start,
      end: fuller ? end + head![0].length : end,
      priority: PRIORITY.industry,
      ...(fuller && { aliases: [fuller] }),
    };
  });
}
