// Longest-match lookup of many words in a text, one character at a time (no per-position substrings).

interface Node {
  next: Map<string, Node>;
  value?: unknown;
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  value: T;
}

export class Trie<T> {
  private readonly root: Node = { next: new Map() };

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [word, value] of entries) this.set(word, value);
  }

  set(word: string, value: T): void {
    let node = this.root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.value = value;
  }

  get(word: string): T | undefined {
    let node: Node | undefined = this.root;
    for (const ch of word) if (!(node = node.next.get(ch))) return undefined;
    return node.value as T | undefined;
  }

  /** The longest word starting at `start`, if any. */
  longestAt(text: string, start: number): TrieMatch<T> | undefined {
    let node: Node | undefined = this.root;
    let best: TrieMatch<T> | undefined;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text[i]!);
      if (!node) break;
      if (node.value !== undefined) best = { start, end: i + 1, value: node.value as T };
    }
    return best;
  }

  /** Non-overlapping longest matches, scanning left to right. */
  findAll(text: string): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    for (let i = 0; i < text.length; ) {
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
      const value = this.get(text.slice(start, end));
      if (value !== undefined) return { start, end, value };
    }
    return undefined;
  }
}
