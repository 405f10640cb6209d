// Partnerships: numbered schemes (“1+5”联动发展) and the named cooperation schemes of Chinese regional
// policy (南北共建, 对口支援), optionally with the regions they pair (苏州宿迁南北共建).
import { PRIORITY, type Candidate } from './candidate.ts';
import { regionTrie } from './regions.ts';

/** What a scheme's name ends with, longest first. */
const SCHEME_HEADS = [
  '共建园区联动发展',
  '联动发展',
  '协同发展',
  '一体化发展',
  '融合发展',
  '共建园区',
  '合作园区',
  '战略合作',
  '联盟',
  '合作',
  '协作',
  '共建',
  '结对',
  '联动',
];
/** Named cooperation schemes (general policy vocabulary). */
export const SCHEMES = [
  '南北共建',
  '南北挂钩',
  '对口支援',
  '对口帮扶',
  '对口合作',
  '东西部协作',
  '山海协作',
  '结对帮扶',
];

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
    // Regions written just before the scheme name belong to it: 苏州宿迁南北共建.
    let start = m.index;
    let regions = 0;
    for (let moved = true; moved;) {
      moved = false;
      for (let len = 2; len <= 4 && start - len >= 0; len++) {
        if (regionTrie().get(text.slice(start - len, start))) {
          start -= len;
          regions++;
          moved = true;
          // Partners may be joined: 沭阳与昆山南北共建.
          if (/[与和、]/.test(text[start - 1] ?? '') && regionTrie().longestEndingAt(text, start - 1, 4)) start--;
          break;
        }
      }
    }
    // One region before a scheme is its scope (江苏省南北共建园区), a pair its partners (苏州宿迁南北共建).
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
