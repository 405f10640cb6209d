// Longest-match lookup of many words in a text, one UTF-16 unit at a time (numeric keys: no substrings,
// no per-character string allocation on the hot path). Nodes are numbers and edges live in one open-addressing
// table of typed arrays (parent, unit → child): a step is a multiply and a probe or two, not a Map lookup per node,
// and the gazetteer's 80,000 nodes are four arrays instead of 80,000 Maps.

export interface TrieMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** Texts findAllRemembered keeps per generation (two generations): a long report's sentences. */
const REMEMBERED_TEXTS = 2048;

/** The root's node number; no edge leads to it, so 0 in the child table also means "no edge". */
const ROOT = 0;

const OPENS_WORD = 1;
const IS_WORD = 2;

export class Trie<T> {
  /** Per node: the value of the word ending there (undefined when none). */
  private readonly values: unknown[] = [undefined];
  /** Per slot of the edge table: the edge's parent node, unit, and child node (0: empty slot). */
  private parents = new Int32Array(16);
  private units = new Uint16Array(16);
  private children = new Int32Array(16);
  private mask = 15;
  private edges = 0;
  /** Per unit: OPENS_WORD when some word starts with it, | IS_WORD when it is a word by itself. Most positions of a
   *  text start no word, and are skipped without a probe. */
  private readonly opens = new Uint8Array(0x10000);
  /** The scans' second test, after `opens` (see `mayStartAt`); made on first use, dropped when a word is added. */
  private starts?: PairFilter;
  /** findAllRemembered's texts, made on first use. */
  private memo?: { current: Map<string, TrieMatch<T>[]>; previous: Map<string, TrieMatch<T>[]> };

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [word, value] of entries) this.set(word, value);
  }

  /** The slot of the edge (parent, unit), or the empty slot where it belongs. */
  private slotOf(parent: number, unit: number): number {
    for (let slot = (Math.imul(parent, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b)) & this.mask; ;) {
      const child = this.children[slot]!;
      if (child === 0 || (this.parents[slot] === parent && this.units[slot] === unit)) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  /** The child of `parent` by `unit`, or 0 (no such edge). */
  private step(parent: number, unit: number): number {
    return this.children[this.slotOf(parent, unit)]!;
  }

  private grow(): void {
    const { parents, units, children } = this;
    const size = children.length * 2;
    this.parents = new Int32Array(size);
    this.units = new Uint16Array(size);
    this.children = new Int32Array(size);
    this.mask = size - 1;
    for (let slot = 0; slot < children.length; slot++) {
      if (children[slot] === 0) continue;
      const to = this.slotOf(parents[slot]!, units[slot]!);
      this.parents[to] = parents[slot]!;
      this.units[to] = units[slot]!;
      this.children[to] = children[slot]!;
    }
  }

  set(word: string, value: T): void {
    this.memo = undefined;
    this.starts = undefined;
    let node = ROOT;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      if (i === 0) this.opens[unit]! |= word.length === 1 ? OPENS_WORD | IS_WORD : OPENS_WORD;
      let slot = this.slotOf(node, unit);
      let child = this.children[slot]!;
      if (child === 0) {
        if ((this.edges + 1) * 2 > this.children.length) {
          this.grow();
          slot = this.slotOf(node, unit);
        }
        child = this.values.push(undefined) - 1;
        this.parents[slot] = node;
        this.units[slot] = unit;
        this.children[slot] = child;
        this.edges++;
      }
      node = child;
    }
    this.values[node] = value;
  }

  /** The node reached by walking text[from, to) from the root, or -1 when the walk leaves the trie. */
  private walk(text: string, from: number, to: number): number {
    let node = ROOT;
    for (let i = from; i < to; i++) {
      node = this.step(node, text.charCodeAt(i));
      if (node === 0) return -1;
    }
    return node;
  }

  get(word: string): T | undefined {
    const node = this.walk(word, 0, word.length);
    return node < 0 ? undefined : (this.values[node] as T | undefined);
  }

  /** The longest word starting at `start`, if any. */
  longestAt(text: string, start: number): TrieMatch<T> | undefined {
    let node = ROOT;
    let bestEnd = -1;
    let bestValue: unknown;
    for (let i = start; i < text.length; i++) {
      node = this.step(node, text.charCodeAt(i));
      if (node === 0) break;
      const value = this.values[node];
      if (value !== undefined) {
        bestEnd = i + 1;
        bestValue = value;
      }
    }
    return bestEnd < 0 ? undefined : { start, end: bestEnd, value: bestValue as T };
  }

  /**
   * Whether some word may start at text[at] (never false where one does). The first unit alone passes most
   * positions of a sentence in a large trie (the gazetteer's words start with some 3,000 characters), and a walk
   * then costs two probes of the edge table to fail; the first two units together pass few.
   */
  private mayStartAt(text: string, at: number): boolean {
    const first = text.charCodeAt(at);
    const opens = this.opens[first]!;
    if (opens !== OPENS_WORD) return opens !== 0;
    if (at + 1 >= text.length) return false;
    this.starts ??= new PairFilter(this.parents, this.units, this.children);
    return this.starts.mayBegin(first, text.charCodeAt(at + 1));
  }

  /**
   * Non-overlapping longest matches, scanning left to right. A match `yieldsTo` a longer one starting inside it and
   * ending past it is dropped, and the scan goes on at its next character.
   */
  findAll(text: string, yieldsTo?: (match: TrieMatch<T>, inner: TrieMatch<T>) => boolean): TrieMatch<T>[] {
    const out: TrieMatch<T>[] = [];
    for (let i = 0; i < text.length;) {
      // Most positions start no word: test the first units before walking.
      if (!this.mayStartAt(text, i)) {
        i++;
        continue;
      }
      const m = this.longestAt(text, i);
      if (m && !(yieldsTo && this.overrun(text, m, yieldsTo))) {
        out.push(m);
        i = m.end;
      } else i++;
    }
    return out;
  }

  /** Whether a word starting inside `match` runs past its end and `match` yields to it. */
  private overrun(
    text: string,
    match: TrieMatch<T>,
    yieldsTo: (match: TrieMatch<T>, inner: TrieMatch<T>) => boolean,
  ): boolean {
    for (let at = match.start + 1; at < match.end; at++) {
      if (!this.mayStartAt(text, at)) continue;
      const inner = this.longestAt(text, at);
      if (inner && inner.end > match.end && yieldsTo(match, inner)) return true;
    }
    return false;
  }

  /**
   * findAll's matches, the same array for the same text while it is among the texts last asked for: a recognizer
   * and the decide step's proposer scan each sentence with the one gazetteer. Callers must not change the matches.
   */
  findAllRemembered(text: string): readonly Readonly<TrieMatch<T>>[] {
    const memo = (this.memo ??= { current: new Map(), previous: new Map() });
    let matches = memo.current.get(text);
    if (matches) return matches;
    matches = memo.previous.get(text) ?? this.findAll(text);
    // Two generations (like the segmenter's cut cache): bounded, and a hit costs one lookup.
    if (memo.current.size >= REMEMBERED_TEXTS) {
      memo.previous = memo.current;
      memo.current = new Map();
    }
    memo.current.set(text, matches);
    return matches;
  }

  /** Every word written in `text`, overlapping ones too (中心 and 研究中心), by where it starts, shorter first. */
  forEachMatch(text: string, visit: (value: T, start: number, end: number) => void): void {
    for (let start = 0; start < text.length; start++) {
      if (!this.mayStartAt(text, start)) continue;
      let node = ROOT;
      for (let i = start; i < text.length; i++) {
        node = this.step(node, text.charCodeAt(i));
        if (node === 0) break;
        const value = this.values[node];
        if (value !== undefined) visit(value as T, start, i + 1);
      }
    }
  }

  /** The longest word ending exactly at `end` (scans back at most `maxLength` characters). */
  longestEndingAt(text: string, end: number, maxLength: number): TrieMatch<T> | undefined {
    for (let start = Math.max(0, end - maxLength); start < end; start++) {
      if (!this.mayStartAt(text, start)) continue;
      const node = this.walk(text, start, end);
      const value = node < 0 ? undefined : this.values[node];
      if (value !== undefined) return { start, end, value: value as T };
    }
    return undefined;
  }
}

/**
 * The pairs of units that begin a word of two units or more, as a bit set of their hashes (a collision only lets a
 * position through to the walk), read from the trie's edge table: the edges from the root's children.
 */
class PairFilter {
  private readonly bits: Uint8Array;
  private readonly shift: number;

  constructor(parents: Int32Array, units: Uint16Array, children: Int32Array) {
    const firstUnitOf = new Map<number, number>();
    for (let slot = 0; slot < children.length; slot++)
      if (children[slot] !== 0 && parents[slot] === ROOT) firstUnitOf.set(children[slot]!, units[slot]!);
    const pairs: [number, number][] = [];
    for (let slot = 0; slot < children.length; slot++) {
      const first = children[slot] === 0 ? undefined : firstUnitOf.get(parents[slot]!);
      if (first !== undefined) pairs.push([first, units[slot]!]);
    }
    // About sixteen bits per pair: one pair in sixteen that begins no word still passes.
    const log2Bits = Math.max(6, Math.ceil(Math.log2(pairs.length * 16 + 1)));
    this.shift = 32 - log2Bits;
    this.bits = new Uint8Array(2 ** (log2Bits - 3));
    for (const [first, second] of pairs) {
      const bit = this.bitOf(first, second);
      this.bits[bit >>> 3]! |= 1 << (bit & 7);
    }
  }

  private bitOf(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) >>> this.shift;
  }

  /** Whether a word of two units or more may begin with `first` and `second`. */
  mayBegin(first: number, second: number): boolean {
    const bit = this.bitOf(first, second);
    return (this.bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  }
}
