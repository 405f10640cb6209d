// Routes named by the short forms of the places they join (京九铁路, 甲乙高铁, 甲乙丙高速, 甲乙一级公路): one
// character of each place before the route word; and roads named by their number (218国道). The suffix rule reads routes written with their ends (甲市至乙县高速
// 公路) and full words (…高速公路); these short names have no head it would take.
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import { regionTrie } from './regions.ts';

/** The route words a short name ends with; with the numbered roads' (218国道), the recognizer's trigger words. */
const SHORT_NAMED_ROUTES = ['高铁', '高速', '铁路', '一级公路', '二级公路'];
const NUMBERED_ROUTES = ['国道', '省道'];
export const ROUTE_WORDS: readonly string[] = [...SHORT_NAMED_ROUTES, ...NUMBERED_ROUTES];
const ROUTE = new RegExp(`(?:${SHORT_NAMED_ROUTES.join('|')})`, 'gu');
/** A national or provincial road named by its number (218国道, G318国道); not the belt of industry along it
 *  (104国道|产业带), which names a zone. */
const NUMBERED_ROUTE = new RegExp(
  `(?<![0-9A-Za-z])[GS]?[0-9]{3}(?:${NUMBERED_ROUTES.join('|')})(?!产业|经济|沿线|发展)`,
  'gu',
);

/** Characters that make a short head a common word or a count, not places' short forms (市域, 普速, 两条, 全省). */
const NOT_A_PLACE_CHAR =
  /[市省县区镇乡村城全各本新老高普速快慢重轻货客两一二三四五六七八九十多条段线路国地环沿跨主干支专]/u;
/** Tags of a one-word head the segmenter knows as an abbreviation or a name (京沪/j, 京九/nz, 阳信/nr). */
const SHORT_NAME_TAGS = new Set(['j', 'nz', 'nr']);
/** Words after which a name starts (建成|甲乙高铁, 东至|甲乙高速): verbs of building and running routes. */
const BEFORE_NAME =
  /(?:建成|开通|通车|推进|加快|开工|启动|完成|新建|建设|续建|实施|推动|谋划|贯通|打通|规划|连接|东至|西至|南至|北至|经|沿)$/u;
/** What may follow the name: a mark, a list word, what happened to the route, or a place on it (甲乙高速|某某出口). */
const AFTER_NAME =
  /^(?:[^\p{Script=Han}]|[等和及与在将已于为是的]|建成|全线|通车|开通|正式|顺利|项目|工程|二期|扩建|改扩建|开工|建设|施工|前期|加快|加速|获批|动工|投运)/u;
/** A line of a corridor named after the places' short forms (甲乙|中线|高铁): its direction is part of the name. */
const LINE_OF_CORRIDOR = /[东西南北中]线$/u;

/** True when `head` reads as places' short forms: single characters the segmenter cannot join, none a common word's
 *  (广/湛, 增/天), or one word it knows as an abbreviation or a name (京九). */
function placesShortForms(head: string): boolean {
  const words = segment(head);
  if (words.length === 1) return SHORT_NAME_TAGS.has(tagOf(words[0]!));
  return words.every((w) => w.length === 1) && !NOT_A_PLACE_CHAR.test(head);
}

/** True when a name may start at `start`: after a mark, a verb of building, or a place (广东|甲乙高铁). */
function startsName(text: string, start: number): boolean {
  if (start === 0 || !/\p{Script=Han}/u.test(text[start - 1]!)) return true;
  const before = text.slice(0, start);
  if (BEFORE_NAME.test(before)) return true;
  const place = regionTrie().longestEndingAt(text, start, 12);
  return !!place && place.end === start;
}

export function recognizeRouteNames(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NUMBERED_ROUTE))
    out.push(candidateAt('Project', text, sentence, m.index, m.index + m[0].length, PRIORITY.suffixName));
  for (const m of text.matchAll(ROUTE)) {
    const end = m.index + m[0].length;
    // 高速 is also high speed (高速发展), 高铁 a kind of transport (高铁站): the name must end there.
    if (!AFTER_NAME.test(text.slice(end)) && !regionTrie().longestAt(text, end)) continue;
    const line = LINE_OF_CORRIDOR.test(text.slice(0, m.index)) ? 2 : 0;
    for (const length of [2, 3]) {
      const start = m.index - line - length;
      const head = text.slice(Math.max(0, start), m.index - line);
      if (start < 0 || !/^\p{Script=Han}+$/u.test(head)) break;
      if (!placesShortForms(head) || !startsName(text, start)) continue;
      out.push(candidateAt('Project', text, sentence, start, end, PRIORITY.suffixName));
      break;
    }
  }
  return out;
}
