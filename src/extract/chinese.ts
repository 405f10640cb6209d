// Character-level rules for Chinese text: full-width folding, pinyin annotations, Traditional → Simplified.
// normalize.ts applies them with an offset map; read.ts uses toSimplified to score candidate encodings.
import { Buffer } from 'node:buffer';
import { Locale, Trie } from 'opencc-js/t2cn';
import { regionForms } from './lexicon/regions.ts';

// ---------------------------------------------------------------------------------------------------------------
// Full-width folding (one UTF-16 unit in, one out, so offsets stay 1:1).
//
// Folded: the full-width ASCII block U+FF01–FF5E (ＡＢＣ１２３（）：，；！？ → ABC123():,;!?), exactly as NFKC
// does (and as canonicalName and the scorer compare names), the half-width CJK marks ｡､, and the
// ideographic space and every other space separator (Unicode Zs) → ' '. Traditional-style quotation marks become
// the Simplified ones (「」 → “”, 『』 → ‘’, and their half-width, vertical and 〝〞 forms), so a rule written
// for “” reads a Taiwan or Hong Kong report the same way. The other interpuncts (•, ・, ‧, ∙) become ·, the one
// names are joined by. Kept as they are: other CJK punctuation
// (。、“”‘’《》【】…—·), which has no ASCII counterpart.

/** The folded unit for `c`, or -1 when `c` is to be deleted (zero-width characters). */
export function foldUnit(c: number): number {
  if (c < 0xa0) return c === 0x09 || c === 0x0b || c === 0x0c ? 0x20 : c;
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0x00a0:
    case 0x1680:
    case 0x3000:
    case 0x202f:
    case 0x205f:
      return 0x20;
    case 0x00ad:
    case 0x200b:
    case 0x200c:
    case 0x200d:
    case 0x2060:
    case 0xfeff:
      return -1;
    case 0xff61:
      return 0x3002; // ｡ → 。
    case 0x300c: // 「
    case 0xff62: // ｢
    case 0xfe41: // ﹁
    case 0x301d: // 〝
      return 0x201c; // “
    case 0x300d: // 」
    case 0xff63: // ｣
    case 0xfe42: // ﹂
    case 0x301e: // 〞
    case 0x301f: // 〟
      return 0x201d; // ”
    case 0x300e: // 『
    case 0xfe43: // ﹃
      return 0x2018; // ‘
    case 0x300f: // 』
    case 0xfe44: // ﹄
      return 0x2019; // ’
    case 0xff64:
      return 0x3001; // ､ → 、
    case 0x4e28: // 丨, a radical no word uses, written as a headline's bar (快讯丨某某)
      return 0x7c; // |
    case 0x2022: // •
    case 0x2027: // ‧
    case 0x2219: // ∙
    case 0x30fb: // ・
    case 0xff65: // ･
      return 0xb7; // ·, the interpunct names are joined by (某某·某某)
  }
  if (c >= 0x2000 && c <= 0x200a) return 0x20;
  return c;
}

/** FOLDED[c] is foldUnit(c), precomputed for the hot loop. */
export const FOLDED = new Int32Array(0x10000);
for (let c = 0; c < 0x10000; c++) FOLDED[c] = foldUnit(c);

// ---------------------------------------------------------------------------------------------------------------
// Han characters.

/** A Han character anywhere in a string (the one test of script the stages share). */
export const HAN = /\p{Script=Han}/u;

/** A Han ideograph (BMP ranges; astral ones are recognized by their surrogate pair in isHanBefore). */
export function isHanUnit(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** A line written letter-spaced, one Han character at a time (政 府 工 作 报 告): a title or heading set out for display. */
const LETTER_SPACED = /^\p{Script=Han}(?:[ \t\u3000\u00a0]+\p{Script=Han}){2,}$/u;

/** The line with its letter spacing closed up (政府工作报告); any other line as it is. */
export function closeLetterSpacing(line: string): string {
  const trimmed = line.trim();
  return LETTER_SPACED.test(trimmed) ? trimmed.replace(/[ \t\u3000\u00a0]+/g, '') : line;
}

/** True when the character ending just before `end` in `s` is a Han ideograph (including CJK extensions B+). */
export function isHanBefore(s: string, end: number): boolean {
  if (end <= 0) return false;
  const c = s.charCodeAt(end - 1);
  if (isHanUnit(c)) return true;
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) {
    const cp = s.codePointAt(end - 2) ?? 0;
    return cp >= 0x20000 && cp <= 0x3ffff;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Pinyin annotations: scraped "dictionary" pages write 業(yè) / 網(wǎng) after characters.
//
// A group counts as an annotation when it directly follows a Han character, holds only lowercase pinyin
// (one or more syllables, tone marks allowed), and either carries a tone mark / ü or (toneless, for the
// neutral tone) the same line has tone-marked annotations too. (CIM), (宿迁), (徐杰 陈娇), (app) never match.

const TONE_BASE: Record<string, string> = {};
for (const [base, marked] of [
  ['a', 'āáǎà'],
  ['e', 'ēéěèê'],
  ['i', 'īíǐì'],
  ['o', 'ōóǒò'],
  ['u', 'ūúǔù'],
  ['v', 'ǖǘǚǜü'],
  ['n', 'ńňǹ'],
  ['m', 'ḿ'],
] as const) {
  for (const ch of marked) TONE_BASE[ch] = base;
}
const COMBINING_TONE = /[\u0300\u0301\u0304\u030c\u0308]/;
const COMBINING_TONES = new RegExp(COMBINING_TONE.source, 'g');
const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|i|u|v|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ueng|ue|ve|van|vn|n|ng|m)$/;
/**
 * Candidate group: opening paren (or the '?' a broken page left in its place), pinyin letters with tone marks
 * (precomposed or combining) and spaces, closing paren.
 */
export const PINYIN_GROUP =
  /[(（?]((?:[a-zāáǎàēéěèêīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ' ]|[\u0300\u0301\u0304\u030c\u0308]){1,24})[)）]/y;

const pinyinKinds = new Map<string, 'toned' | 'plain' | undefined>();

/** Classifies the inside of a parenthesised group: 'toned' or 'plain' pinyin, or undefined when it is not pinyin. */
export function pinyinKind(inner: string): 'toned' | 'plain' | undefined {
  let kind = pinyinKinds.get(inner);
  if (kind === undefined && !pinyinKinds.has(inner)) {
    kind = classifyPinyin(inner);
    if (pinyinKinds.size < 10000) pinyinKinds.set(inner, kind);
  }
  return kind;
}

function classifyPinyin(inner: string): 'toned' | 'plain' | undefined {
  let toned = false;
  let base = '';
  for (const ch of inner.normalize('NFC')) {
    const b = TONE_BASE[ch];
    if (b !== undefined) {
      toned = true;
      base += b;
    } else base += ch;
  }
  if (COMBINING_TONE.test(base)) {
    toned = true;
    base = base.replace(COMBINING_TONES, '');
  }
  const syllables = base.split(/[ ']+/).filter(Boolean);
  if (syllables.length === 0 || syllables.length > 4) return undefined;
  if (!syllables.every((s) => SYLLABLE.test(s))) return undefined;
  if (toned) return 'toned';
  // A single toneless letter is too often a real label: 方案(a).
  return base.length >= 2 ? 'plain' : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Traditional → Simplified, with OpenCC's dictionaries (phrases first, then characters), built once.
//
// OpenCC's converters run several passes and return a plain string; to keep an exact offset map we need every
// replaced span, so we compose the passes into one trie at load time and scan it ourselves.
// Two tables: `mainland` is OpenCC's t2s (safe on text that is already Simplified, which most input is) plus the
// Hong Kong forms that are never Simplified (衞 → 卫, 枱 → 台); `taiwan` adds OpenCC's tw2s and hk2s variant
// tables, which also turn Taiwan-style 著 into 着 (跟著 → 跟着, but 顯著 → 显著). The Taiwan variant tables would
// corrupt Simplified text (显著 → 显着), so they are used only for text that is mostly Traditional (see
// simplifierFor).

type DictLike = string | readonly (readonly string[])[];

function dictEntries(d: DictLike): [string, string][] {
  if (typeof d === 'string') {
    return d
      .split('|')
      .map((e) => e.split(' '))
      .filter((p): p is [string, string] => p.length === 2 && !!p[0] && p[1] !== undefined);
  }
  return d.filter((p): p is [string, string] => typeof p[0] === 'string' && typeof p[1] === 'string') as [
    string,
    string,
  ][];
}

interface OpenCCConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
}

/** A Traditional → Simplified table; see the module comment. */
export class Simplifier {
  private readonly trie = new Trie();
  /** phraseStart[u] = 1 when a key longer than one unit starts with u (a cheap filter before `pairs`). */
  private readonly phraseStart = new Uint8Array(0x10000);
  /** The first two units of every key longer than one unit, as first * 0x10000 + second. */
  private readonly pairs = new Set<number>();
  /** complex[u] = 1 when u's own replacement is not one BMP unit (the trie handles it). */
  private readonly complex = new Uint8Array(0x10000);
  /** single[u]: the one-unit Simplified replacement of u alone (0: none). */
  readonly single = new Uint16Array(0x10000);

  /** `base`: the phrase and character tables; `before`: tables applied first (their output is converted by base). */
  constructor(base: readonly DictLike[], before: readonly DictLike[]) {
    this.trie.loadDictGroup(base as never);
    const keys = new Set<string>();
    for (const d of base) for (const [k] of dictEntries(d)) keys.add(k);
    // loadDictGroup gives earlier tables priority; mirror that for the composed entries.
    const composed = new Map<string, string>();
    for (const d of before) for (const [k, v] of dictEntries(d)) if (!composed.has(k)) composed.set(k, v);
    for (const [k, v] of composed) {
      const value = this.trie.convert(v);
      if (value === k && !keys.has(k)) continue;
      keys.add(k);
      this.trie.addWord(k, value);
    }
    for (const k of keys) {
      if (k.length > 1) {
        this.phraseStart[k.charCodeAt(0)] = 1;
        this.pairs.add(k.charCodeAt(0) * 0x10000 + k.charCodeAt(1));
        continue;
      }
      const value = this.trie.matchPrefix(k, 0)?.value;
      if (value === undefined || value === k) continue;
      if (value.length === 1) this.single[k.charCodeAt(0)] = value.charCodeAt(0);
      else this.complex[k.charCodeAt(0)] = 1;
    }
  }

  /** Leaves each of these characters as it is, whatever the tables say of it. */
  keepCharacters(characters: string): void {
    for (const c of characters) {
      this.trie.addWord(c, c);
      this.single[c.charCodeAt(0)] = 0;
      this.complex[c.charCodeAt(0)] = 0;
    }
  }

  /** Converts each phrase `from` to `to`, whatever the tables say of its characters (phrases of two units or more). */
  keep(phrases: readonly (readonly [string, string])[]): void {
    for (const [from, to] of phrases) {
      this.trie.addWord(from, to);
      this.phraseStart[from.charCodeAt(0)] = 1;
      this.pairs.add(from.charCodeAt(0) * 0x10000 + from.charCodeAt(1));
    }
  }

  /** Whether conversion at s[i] (unit c) needs the trie: a phrase may start here, or the replacement is complex. */
  private needsTrie(s: string, i: number, c: number): boolean {
    if (this.complex[c] === 1) return true;
    return this.phraseStart[c] === 1 && i + 1 < s.length && this.pairs.has(c * 0x10000 + s.charCodeAt(i + 1));
  }

  /**
   * Visits every span of s[from, to) that conversion changes, left to right: `visit(start, end, replacement)`.
   * Text between visited spans is unchanged.
   */
  forEachConversion(s: string, from: number, to: number, visit: (start: number, end: number, value: string) => void) {
    for (let i = from; i < to;) {
      const c = s.charCodeAt(i);
      if (!this.needsTrie(s, i, c)) {
        const r = this.single[c]!;
        if (r !== 0) visit(i, i + 1, String.fromCharCode(r));
        i++;
        continue;
      }
      const m = this.trie.matchPrefix(s, i);
      if (m === null || m.end > to) {
        i++;
        continue;
      }
      if (m.value.length !== m.end - i || !s.startsWith(m.value, i)) visit(i, m.end, m.value);
      i = m.end;
    }
  }

  /**
   * Converts s when no replacement changes the length (the usual case): returns `s` itself when nothing
   * changes, and undefined when some span would change length (then use forEachConversion).
   */
  sameLength(s: string): string | undefined {
    let codes: Uint16Array | undefined;
    const n = s.length;
    for (let i = 0; i < n;) {
      const c = s.charCodeAt(i);
      if (this.needsTrie(s, i, c)) {
        const m = this.trie.matchPrefix(s, i);
        if (m !== null) {
          if (m.value.length !== m.end - i) return undefined;
          if (!s.startsWith(m.value, i)) {
            codes ??= unitsOf(s);
            for (let k = 0; k < m.value.length; k++) codes[i + k] = m.value.charCodeAt(k);
          }
          i = m.end;
          continue;
        }
      }
      const r = this.single[c]!;
      if (r !== 0) {
        codes ??= unitsOf(s);
        codes[i] = r;
      }
      i++;
    }
    return codes ? stringOf(codes) : s;
  }

  /** The whole string converted (no offsets). */
  convert(s: string): string {
    const same = this.sameLength(s);
    if (same !== undefined) return same;
    let out = '';
    let last = 0;
    this.forEachConversion(s, 0, s.length, (start, end, value) => {
      out += s.slice(last, start) + value;
      last = end;
    });
    return out + s.slice(last);
  }
}

function unitsOf(s: string): Uint16Array {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return codes;
}

/** Builds a string from UTF-16 units, lone surrogates included (TextDecoder would replace them; Buffer keeps them). */
function stringOf(codes: Uint16Array): string {
  return Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength).toString('utf16le');
}

const phrasesAndCharacters = (Locale.to.cn?.[0] ?? []) as readonly DictLike[];
const compatibility = (
  (Locale.configs as unknown as Record<string, OpenCCConfig>).t2s?.normalizationChain ?? []
).flat();
const taiwanVariants = (Locale.from.tw ?? []).flat() as readonly DictLike[];
const hongKongVariants = (Locale.from.hk ?? []).flat() as readonly DictLike[];
/** Hong Kong character forms t2s leaves alone and Simplified text never uses (converted in chinese.test.ts). */
const HONG_KONG_ONLY = new Set('敍枱粧糭衞衹');
const hongKongOnly = hongKongVariants.map((d) =>
  dictEntries(d).filter(([k]) => HONG_KONG_ONLY.has(k)),
) as readonly DictLike[];

/** Level words a Traditional text writes its places with (乾縣 for 乾县). */
const TRADITIONAL_LEVEL: Readonly<Record<string, string>> = { 县: '縣', 镇: '鎮', 乡: '鄉', 区: '區' };

export const mainland = new Simplifier(phrasesAndCharacters, [...compatibility, ...hongKongOnly]);
export const taiwan = new Simplifier(phrasesAndCharacters, [...compatibility, ...taiwanVariants, ...hongKongVariants]);

/** Place names the gazetteer writes with a character the tables would change (乾县, 乾安镇, 於潜镇, 濛江乡: t2s
 *  makes them 干县, 于潜镇): kept as the gazetteer writes them, also where a Traditional text writes their level word
 *  (乾縣), so no county is renamed. */
function placeNamesKept(): [string, string][] {
  const kept: [string, string][] = [];
  for (const name of regionForms().keys()) {
    if (name.length < 2 || (mainland.convert(name) === name && taiwan.convert(name) === name)) continue;
    kept.push([name, name]);
    const level = TRADITIONAL_LEVEL[name.at(-1)!];
    if (level) kept.push([name.slice(0, -1) + level, name]);
  }
  return kept;
}
const kept = placeNamesKept();
mainland.keep(kept);
taiwan.keep(kept);
/** Variants the General Standard Chinese Characters table (通用规范汉字表, 2013) made standard again, chiefly for names
 *  (华昇, 青陞): a Simplified text writes them on purpose; a Traditional one's become what t2s makes of them. */
mainland.keepCharacters('昇陞吒');

/** How much of a text to sample when deciding whether it is Traditional. */
const SAMPLE = 4096;

/**
 * The table for a text: `taiwan` when it is Traditional (at least 3 Traditional-only characters, and a fifth
 * of its Han characters, in the first SAMPLE units; Traditional prose runs at about a third), else `mainland`.
 */
export function simplifierFor(text: string): Simplifier {
  let han = 0;
  let traditional = 0;
  const n = Math.min(text.length, SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isHanUnit(c)) continue;
    han++;
    if (mainland.single[c] !== 0) traditional++;
  }
  return traditional >= 3 && traditional * 5 >= han ? taiwan : mainland;
}

/** Traditional → Simplified of a whole string (no offsets), with the table that fits it. */
export function toSimplified(s: string): string {
  return simplifierFor(s).convert(s);
}
