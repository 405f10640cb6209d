// Stage 2 (stub, to be replaced): original text → normalized text with an offset map back to the original.

export interface NormalizedText {
  /** Simplified Chinese, pinyin annotations removed, full-width ASCII folded, page chrome dropped. */
  text: string;
  /** offsets[i] is the original offset of text[i]; offsets[text.length] is the original offset just past the end. */
  offsets: Int32Array;
}

export function normalize(original: string): NormalizedText {
  const offsets = new Int32Array(original.length + 1);
  for (let i = 0; i <= original.length; i++) offsets[i] = i;
  return { text: original, offsets };
}

/** Normalizes a short string such as a name or a search query (no chrome removal, no offsets). */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').trim();
}
