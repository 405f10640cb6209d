// Longest-match lookup of many words in a text, one UTF-16 unit at a time (numeric keys: no substrings,
// no per-character string allocation on the hot path).

interface Node {
  next: Map<number, Node>;
  /** undefined when no word ends here; always present, so every node has one shape (monomorphic lookups). */
  value: unknown;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  value: T;
}

export class Trie<T> {
  private readonly root: Node = { next: new Map(), value: undefined };

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [word, value] of entries) this.set(word, value);
  }

  set(word: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map(), value: undefined }));
      node = child;
    }
    node.value = value;
  }

  get(word: string): T | undefined {
    let node: Node | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) node = node.next.get(word.charCodeAt(i));
    return node?.value as T | undefined;
  }

  /** The longest word starting at `start`, if any. */
  longestAt(text: string, start: number): TrieMatch<T> | undefined {
    let node: Node | undefined = this.root;
    let bestEnd = -1;
    let bestValue: unknown;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) break;
      if (node.value !== undefined) {
        bestEnd = i + 1;
        bestValue = node.value;
      }
    }
    return bestEnd < 0 ? undefined : { start, end: bestEnd, value: bestValue as T };
  }

  /** Non-overlapping longest matches, scanning left to right. */
  findAll(text: string): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    for (let i = 0; i < text.length;) {
      // Most positions start no word: test the first unit before walking.
      if (!this.root.next.has(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const m = this.longestAt(text, i);
      if (m) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** The longest word ending exactly at `end` (scans back at most `maxLength` characters). */
  longestEndingAt(text: string, end: number, maxLength: number): TrieMatch<T> | undefined {
    for (let start = Math.max(0, end - maxLength); start < end; start++) {
      // Walk text[start, end) in place: no substring per start.
      let node: Node | undefined = this.root;
      for (let i = start; i < end && node; i++) node = node.next.get(text.charCodeAt(i));
      if (node?.value !== undefined) return { start, end, value: node.value as T };
    }
    return undefined;
  }
}
