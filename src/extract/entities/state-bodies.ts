// The central bodies of the Party and the state (中共中央, 中央军委, 国务院…) by the lexicon's names and short forms.
// A form inside a longer name (国务院发展研究中心) is left to the name rules, which see the whole of it.
import { STATE_BODIES } from '../lexicon/state-bodies.ts';
import { Trie } from '../lexicon/trie.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

const BODY_TRIE = new Trie(STATE_BODIES);

/** After a party's name, 人 or 员 makes a word for its members (中国共产党人), not the body. */
const MEMBER_WORD = /^[人员]/;

export function recognizeStateBodies(text: string, sentence: number): Candidate[] {
  return BODY_TRIE.findAll(text)
    .filter(({ end }) => !MEMBER_WORD.test(text.slice(end, end + 1)))
    .map(({ start, end, value }) => ({
      kind: 'Organization',
      name: value.name,
      aliases: text.slice(start, end) === value.name ? undefined : [text.slice(start, end)],
      sentence,
      start,
      end,
      priority: PRIORITY.suffixName,
    }));
}
