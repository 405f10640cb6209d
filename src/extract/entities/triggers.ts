// Which recognizers a sentence can need. A recognizer may declare trigger words, read from its own rule data (a
// suffix table, the markers and heads of its patterns): every sentence it proposes a candidate in holds one of them.
// One pass over the sentence finds every trigger word of every recognizer at once, so a recognizer whose words are
// all absent is never called there: most sentences name no partnership, no publication, no list.
import { Trie } from '../lexicon/trie.ts';

export interface Triggered {
  name: string;
  /** Words one of which every sentence the recognizer proposes in holds; absent: it runs on every sentence. */
  triggers?: readonly string[];
}

export class TriggerError extends Error {
  constructor(name: string, problem: string) {
    super(`recognizer ${name}: ${problem}`);
    this.name = 'TriggerError';
  }
}

export class TriggerFilter {
  /** Per trigger word: the indexes of the recognizers it wakes. */
  private readonly words = new Trie<number[]>();
  /** Per recognizer: 1 when it declares no triggers and always runs. */
  private readonly always: Uint8Array;

  constructor(recognizers: readonly Triggered[]) {
    this.always = new Uint8Array(recognizers.length);
    recognizers.forEach(({ name, triggers }, index) => {
      if (!triggers) {
        this.always[index] = 1;
        return;
      }
      // No words would skip it everywhere: a rule table read empty, not a recognizer that needs nothing.
      if (triggers.length === 0) throw new TriggerError(name, 'declares an empty list of trigger words');
      for (const word of triggers) {
        if (!word) throw new TriggerError(name, 'declares an empty trigger word');
        const woken = this.words.get(word);
        if (!woken) this.words.set(word, [index]);
        else if (!woken.includes(index)) woken.push(index);
      }
    });
  }

  /** Per recognizer, 1 when `text` holds one of its trigger words (or it has none): it must run on `text`. */
  needed(text: string): Uint8Array {
    const needed = this.always.slice();
    this.words.forEachMatch(text, (indexes) => {
      for (const index of indexes) needed[index] = 1;
    });
    return needed;
  }
}
