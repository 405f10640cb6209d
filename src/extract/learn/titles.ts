// The post a person holds, as written before their name in the sentence that ties them to a body (党工委书记|王某).
import { MAX_TITLE_LENGTH, TITLE_TRIE } from '../lexicon/people.ts';
import type { RecognizedReport } from '../entities/index.ts';

export function titleBefore(
  texts: readonly string[],
  report: RecognizedReport,
  person: number,
  sentences: readonly number[],
): string | undefined {
  for (const sentence of sentences) {
    for (const m of report.mentions) {
      if (m.entity !== person || m.sentence !== sentence) continue;
      const title = TITLE_TRIE.longestEndingAt(texts[sentence]!, m.start, MAX_TITLE_LENGTH);
      if (title) return texts[sentence]!.slice(title.start, title.end);
    }
  }
  return undefined;
}
