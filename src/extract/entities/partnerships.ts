// Partnerships: numbered schemes (“1+3”联动发展) and the named cooperation schemes of Chinese regional
// policy (山海协作, 对口支援), optionally with the regions they pair (温州丽水山海协作).
import { RULES, wordsOf } from '../rules/index.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { regionTrie } from './regions.ts';

const { schemeHeads, pairedDirections, cooperationVerbs, pairing, aidVerbs } = RULES.partnerships;
/** What a scheme's name ends with, longest first (rules/partnerships.json). */
const SCHEME_HEADS = wordsOf(schemeHeads);
/** The grammar of regional cooperation schemes in Chinese policy: paired directions with a cooperation verb
 *  (南北|共建, 东西部|协作, 山海|协作), and the 对口/结对 forms (对口支援, 结对帮扶). */
const PAIRED_DIRECTIONS = wordsOf(pairedDirections);
const COOPERATION_VERBS = wordsOf(cooperationVerbs);
const PAIRING = wordsOf(pairing);
const AID_VERBS = wordsOf(aidVerbs);
export const SCHEMES = [
  ...PAIRED_DIRECTIONS.flatMap((d) => COOPERATION_VERBS.map((v) => d + v)),
  ...PAIRING.flatMap((p) => AID_VERBS.map((v) => p + v)),
].sort((a, b) => b.length - a.length);

const NUMBERED = /[“"]\d+\+\d+[”"]/g;
const SCHEME = new RegExp(SCHEMES.join('|'), 'g');

export function recognizePartnerships(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBERED)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    const head = SCHEME_HEADS.map((h) => [h, after.indexOf(h)] as const)
      .filter(([h, i]) => i >= 0 && i + h.length <= 10 && !/[，,。、；]/.test(after.slice(0, i)))
      .sort((a, b) => b[1] + b[0].length - (a[1] + a[0].length))[0];
    if (!head) continue;
    const end = m.index + m[0].length + head[1] + head[0].length;
    out.push({
      kind: 'Partnership',
      name: text.slice(m.index, end),
      sentence,
      start: m.index,
      end,
      priority: PRIORITY.quoted,
    });
  }
  for (const m of text.matchAll(SCHEME)) {
    // Regions written just before the scheme name belong to it: 温州丽水山海协作.
    let start = m.index;
    let regions = 0;
    for (let moved = true; moved;) {
      moved = false;
      for (let len = 2; len <= 4 && start - len >= 0; len++) {
        if (regionTrie().get(text.slice(start - len, start))) {
          start -= len;
          regions++;
          moved = true;
          // Partners may be joined: 温州与丽水山海协作.
          if (/[与和、]/.test(text[start - 1] ?? '') && regionTrie().longestEndingAt(text, start - 1, 4)) start--;
          break;
        }
      }
    }
    // One region before a scheme is its scope (浙江省山海协作园区), a pair its partners (温州丽水山海协作).
    if (regions < 2) start = m.index;
    out.push({
      kind: 'Partnership',
      name: m[0],
      sentence,
      start,
      end: m.index + m[0].length,
      priority: PRIORITY.quoted,
    });
  }
  return out;
}
