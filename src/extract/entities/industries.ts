// Industries from the general industry lexicon (list contexts such as …三大主导产业 add more in lists.ts).
import { INDUSTRY_TERMS } from '../lexicon/industries.ts';
import { Trie } from '../lexicon/trie.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

const INDUSTRY_TRIE = new Trie<true>(INDUSTRY_TERMS.map((t) => [t, true] as const));

export function recognizeIndustries(text: string, sentence: number): Candidate[] {
  return INDUSTRY_TRIE.findAll(text).map(({ start, end }) => ({
    kind: 'Industry' as const,
    name: text.slice(start, end),
    sentence,
    start,
    end,
    priority: PRIORITY.industry,
  }));
}
