// Word segmentation from jieba (@node-rs/jieba ships its binary and dictionary): used only on short
// windows to find where a name begins, so its cost stays small.
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

const require = createRequire(import.meta.url);
let jieba: Jieba | undefined;

function instance(): Jieba {
  if (!jieba) {
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    jieba = Jieba.withDict(dict);
  }
  return jieba;
}

export interface TaggedWord {
  word: string;
  /** jieba's part-of-speech tag: n noun, v verb, p preposition, m numeral, ... */
  tag: string;
}

/** Words of `text` with their part of speech, in order; their concatenation is `text`. */
export function tagWords(text: string): TaggedWord[] {
  return text ? instance().tag(text, false) : [];
}
