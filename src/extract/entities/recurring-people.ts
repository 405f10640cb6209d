// A name once seen with a title or in a list is a person wherever it recurs, where no other name covers it.
import { Trie } from '../lexicon/trie.ts';
import { candidateAt, overlaps, type Candidate } from './candidate.ts';
import { bioPostsAfter, careerPosts, opensBio } from './people/bios.ts';

/** People a cadre's bio names whose posts it gives in the sentences after the name (…入党。现任某县委常委。): titled
 *  by those posts. */
export function titleBios(kept: Candidate[], texts: string[]): Candidate[] {
  return kept.map((c) => {
    if (c.kind !== 'Person' || c.titled) return c;
    const bio = bioPostsAfter(texts, c.sentence, c.start, c.end);
    const posts = bio.length ? bio.flatMap((b) => b.posts) : careerAfter(texts, c);
    if (!posts.length) return c;
    return { ...c, titled: posts.some((p) => p.government) ? 'government' : 'other' };
  });
}

/** How many lines after a bio's opening its career may run. */
const CAREER_LINES = 30;

/** The posts of the latest line of the career a bio's opening heads (王某,男,…。\n1994.07—1998.05 某局科员\n…): the
 *  post the person holds now says which kind of person they are. */
function careerAfter(texts: string[], c: Candidate) {
  if (!opensBio(texts[c.sentence]!, c.start, c.end)) return [];
  let latest: ReturnType<typeof careerPosts>;
  for (let i = c.sentence + 1; i < Math.min(texts.length, c.sentence + CAREER_LINES); i++) {
    const career = careerPosts(texts[i]!);
    if (career && !career.held) latest = career;
  }
  return latest?.posts ?? [];
}

/** The recurrences of the people among `kept` in `texts` that no kept candidate overlaps. */
export function recurringPeople(kept: Candidate[], texts: string[]): Candidate[] {
  const people = new Trie<true>(kept.filter((c) => c.kind === 'Person').map((c) => [c.name, true] as const));
  const keptBySentence = new Map<number, Candidate[]>();
  for (const c of kept) keptBySentence.set(c.sentence, [...(keptBySentence.get(c.sentence) ?? []), c]);
  const out: Candidate[] = [];
  texts.forEach((text, i) => {
    for (const span of people.findAll(text)) {
      if (!(keptBySentence.get(i) ?? []).some((c) => overlaps(c, span))) {
        out.push(candidateAt('Person', text, i, span.start, span.end, 0));
      }
    }
  });
  return out;
}
