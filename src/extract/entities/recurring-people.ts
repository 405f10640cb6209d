// A name once seen with a title or in a list is a person wherever it recurs, where no other name covers it.
import { Trie } from '../lexicon/trie.ts';
import { overlaps, type Candidate } from './candidate.ts';

/** The recurrences of the people among `kept` in `texts` that no kept candidate overlaps. */
export function recurringPeople(kept: Candidate[], texts: string[]): Candidate[] {
  const people = new Trie<true>(kept.filter((c) => c.kind === 'Person').map((c) => [c.name, true] as const));
  const keptBySentence = new Map<number, Candidate[]>();
  for (const c of kept) keptBySentence.set(c.sentence, [...(keptBySentence.get(c.sentence) ?? []), c]);
  const out: Candidate[] = [];
  texts.forEach((text, i) => {
    for (const span of people.findAll(text)) {
      if (!(keptBySentence.get(i) ?? []).some((c) => overlaps(c, span))) {
        out.push({
          kind: 'Person',
          name: text.slice(span.start, span.end),
          sentence: i,
          start: span.start,
          end: span.end,
          priority: 0,
        });
      }
    }
  });
  return out;
}
