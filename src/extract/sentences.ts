// Stage 3 (stub, to be replaced): normalized text → sentences with original offsets.
import type { Sentence } from '../graph/model.ts';
import type { NormalizedText } from './normalize.ts';

export function splitSentences(normalized: NormalizedText, original: string): Sentence[] {
  const sentences: Sentence[] = [];
  const re = /[^。！？!?\n]+[。！？!?]*/g;
  for (const m of normalized.text.matchAll(re)) {
    const text = m[0].trim();
    if (!text) continue;
    const from = m.index + m[0].indexOf(text);
    const start = normalized.offsets[from]!;
    const end = normalized.offsets[from + text.length]!;
    sentences.push({ index: sentences.length, text, original: original.slice(start, end), start, end });
  }
  return sentences;
}
