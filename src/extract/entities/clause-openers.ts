// Where a registered company's name starts when the walk over its words ran back over the clause's own verbs:
// registered names hold verbs (某某建设投资有限公司), so the walk for them stops only at punctuation and particles,
// and takes in the adverbs and verbs a clause opens with (加快|某某科技有限公司, 全力保障|某某电子股份有限公司).
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { isGenericHead, isStopWord, nameStart } from './boundary.ts';
import { regionTrie } from './regions.ts';

/** Tags of the words a clause opens with before its object: adverbs and time words. Verbs only where the genre's
 *  list of words that introduce names holds them (加快, 打造): a brand may be a verb (启航|电池科技有限公司). */
const CLAUSE_TAGS = new Set(['vd', 'd', 'ad', 't']);

/** Nouns the genre uses as adverbs before a verb (重点|服务, 全程|跟踪). */
const ADVERBIAL_NOUNS = new Set(['重点', '全程', '专门', '集中']);

/** A level's own word for itself as a clause's subject (县里|积极协调). */
const LEVEL_SUBJECT = /^[省市县区镇乡村]里$/;

const isClauseWord = (word: string) =>
  isStopWord(word) || CLAUSE_TAGS.has(tagOf(word)) || ADVERBIAL_NOUNS.has(word) || LEVEL_SUBJECT.test(word);
/** …and inside the opening, a one-character modifier (今年|新|落户). */
const isOpeningWord = (word: string, at: number) =>
  isClauseWord(word) || (at > 0 && word.length === 1 && tagOf(word) === 'a');

/** The start of a registered name after the clause words that open its head (`start` is where the walk for
 *  registered names stopped): where the ordinary walk stops, when everything before that is clause words opening
 *  with a word of two characters or more, and what is left is a name of its own (a brand and a trade, 青禾科技; not a
 *  trade alone, 建设|投资). */
export function afterClauseOpening(text: string, start: number, suffixStart: number, floor: number): number {
  const role = afterRole(text, start, suffixStart);
  if (role > start) return role;
  const cut = nameStart(text, suffixStart, Math.max(floor, start));
  if (cut <= start || cut >= suffixStart) return start;
  const opening = segment(text.slice(start, cut));
  if (!opening.length || opening[0]!.length < 2 || !opening.every(isOpeningWord)) return start;
  if (opening.some((word) => regionTrie().longestAt(word, 0)?.end === word.length)) return start;
  const rest = text.slice(cut, suffixStart);
  const place = regionTrie().longestAt(rest, 0);
  const long = rest.length >= 4 || (place !== undefined && rest.length >= 3);
  return long && !isGenericHead(rest) && !isClauseWord(segment(rest)[0]!) ? cut : start;
}

/** A company's role before its name (设备供应商|某某机械有限公司, 投资方|某某集团有限公司, 控股股东|某某集团) or the deal
 *  done with it (收购|某某有限公司, 拟与|某某有限公司): never a name's own words. */
const ROLE =
  /(?:供应商|服务商|运营商|承包商|开发商|经销商|代理商|制造商|建设者|伙伴|投资方|合作方|承建方|施工方|运营方|建设方|出资方|业主方|甲方|乙方|股东|收购|并购|拟与)/g;

/** Where a registered name starts after the last role noun in its head, when a head of its own is left. */
function afterRole(text: string, start: number, suffixStart: number): number {
  let cut = start;
  for (const m of text.slice(start, suffixStart).matchAll(ROLE)) cut = start + m.index + m[0].length;
  return cut > start && suffixStart - cut >= 2 && !isGenericHead(text.slice(cut, suffixStart)) ? cut : start;
}
