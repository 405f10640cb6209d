// Events named with their edition (第五届某某大会, 首届某某节, 某市第三届某某博览会, 2023年第八届某某推介会): the
// edition says the text names one event, whatever its head. The suffix rule reads events only after a proper head
// (某某博览会, 某某论坛) and never ends one at 大会 or 节, words too common alone.
import { PRIORITY, type Candidate } from './candidate.ts';
import { EDITION_ORDINAL, EVENT_YEAR, eventCountedInPassing } from './project-names.ts';
import { regionTrie } from './regions.ts';

export const EDITION_EVENT_TRIGGERS: readonly string[] = ['届'];

const EDITION = `(?:${EDITION_ORDINAL}|首届)`;
/** Words an event's name ends with; 节 not where it ends 环节 or 春节 or opens 节能. */
const EVENT_WORD = '(?:大会|博览会|交易会|洽谈会|展览会|展销会|推介会|论坛|峰会|(?<![环春季细调关礼])节(?![能约水]))';
/** The edition, then the longest head (up to a clause's end, a verb's particle or a quote) that an event word
 *  closes: 第十届某某飞行大会暨某某发展大会 is one event. */
const EDITION_EVENT = new RegExp(`${EDITION}[^，,。；;：:！!？?“”《》\\s的在于将已届]{2,28}${EVENT_WORD}`, 'gu');
/** Bodies elected for a term, not events (第十四届全国人民代表大会, 第十二届委员会): organs, read elsewhere. */
const TERM_BODY = /代表大会|委员会|人大|政协|全会/;
/** What makes the event one the report is about (ONTOLOGY.md: events mentioned in passing are no entities): it
 *  opens, is held or is attended (某某大会2日在某市举行, 出席第五届某某大会, 在第三届某某博览会上). */
const HELD_AFTER = /^[^，,。；;]{0,16}?(?:举行|举办|召开|开幕|闭幕|启幕|启动|开展|落幕|上|期间|现场)/;
const HELD_BEFORE = /(?:举办|举行|召开|出席|参加|参会|亮相|在|于)$/;
/** A year written before the edition (2023年|第八届…): part of the name. */
const YEAR_BEFORE = new RegExp(`${EVENT_YEAR}$`, 'u');

export function recognizeEditionEvents(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(EDITION_EVENT)) {
    const end = m.index + m[0].length;
    if (TERM_BODY.test(m[0]) || eventCountedInPassing(text, end)) continue;
    // The place or year that opens the name (某市|第三届…, 2023年|第八届…).
    const place = regionTrie().longestEndingAt(text, m.index, 12);
    let start = place && place.end === m.index ? place.start : m.index;
    start -= YEAR_BEFORE.exec(text.slice(0, start))?.[0].length ?? 0;
    if (!HELD_AFTER.test(text.slice(end)) && !HELD_BEFORE.test(text.slice(0, start))) continue;
    // Written again without its edition (…文化旅游节), the name stays the event's.
    const bare = text.slice(m.index + m[0].indexOf('届') + 1, end);
    out.push({
      kind: 'Project',
      name: text.slice(start, end),
      aliases: [bare],
      sentence,
      start,
      end,
      priority: PRIORITY.suffixName,
    });
  }
  return out;
}
