// Names that open a clause with a speech verb or what a leader does (郑某主持…, 王某在会上).
import { TITLES } from '../../lexicon/people.ts';
import { segmentSlice, tagOf } from '../../lexicon/segmenter.ts';
import { PRIORITY, type Candidate } from '../candidate.ts';
import { LEADER_VISIT, NAME_TAGS, nameAt, givenWord, surnameLength, wholeName } from './names.ts';

/** Verbs that make a clause-initial name a person even without a title. */
const STRONG_FOLLOWERS = [
  '主持',
  '表示',
  '指出',
  '强调',
  '介绍',
  '要求',
  '在主持',
  '说',
  '一行',
  '带队',
  '率队',
  '在讲话中',
  '在会上',
  '在调研中',
  '在座谈会上',
  '传达',
  '宣读',
  '通报',
  '带领',
  '看望',
  '慰问',
  '听取',
  '称',
  // What one interviewed does (王某告诉记者, 李某接受采访时表示).
  '告诉记者',
  '对记者说',
  '向记者介绍',
  '接受采访时',
  '在接受采访时',
  '坦言',
  '笑着说',
  '说道',
];
/** Verbs that close a name only in one form: 说 before its colon or comma, 称 not in 称号/称为/名称. */
const FOLLOWER_FORMS: Readonly<Record<string, string>> = { 说: '说[，,:：。]', 称: '称(?![号为赞作呼谓:：])' };
/** A clause that opens with a name and one of those verbs (说 only before its colon or comma), or a name a body's
 *  的 introduces (来自某公司的王某表示). */
const CLAUSE_NAME = new RegExp(
  `(?:^|[，,。；;：:”">]|(?<=(?:公司|集团|企业|工厂|银行|大学|学院|研究院|研究所|协会|商会|中心)的))([一-龥]{2,4}?)(?=${STRONG_FOLLOWERS.map((f) => FOLLOWER_FORMS[f] ?? f).join('|')})`,
  'g',
);
/** A headline or a sentence that opens with a name and what only a leader does (LEADER_VISIT). */
const LEADER_OPENING = new RegExp(`(?:^|[|>\\s])([一-龥]{2,3}?)(?=${LEADER_VISIT})`, 'g');

/** A clause that opens with a name and a speech verb or what a leader does (传达, 看望, 在会上). */
export function clauseOpeners(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(LEADER_OPENING)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = nameAt(text, start);
    if (end !== start + m[1]!.length || !wholeName(m[1]!)) continue;
    out.push({ kind: 'Person', name: m[1]!, sentence, start, end, priority: PRIORITY.person, titled: 'government' });
  }
  for (const m of text.matchAll(CLAUSE_NAME)) {
    if (out.some((c) => c.start === m.index + m[0].length - m[1]!.length)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    const end = nameAt(text, start);
    if (end !== start + m[1]!.length) continue;
    // A word of the dictionary that is no name (全面|传达, 项目|名称) opens no clause as a person.
    if (!NAME_TAGS.has(tagOf(m[1]!))) continue;
    // A surname and a post (王书记, 李县长) is how a report refers back to an official, no one's name.
    if (TITLES.has(m[1]!.slice(surnameLength(text, start)))) continue;
    // Nor does one the segmenter reads as ordinary words, unless they are a surname and a given name (张|立新).
    const words = segmentSlice(text, start, end);
    const givenAlone =
      words.length === 2 && words[0]!.length === surnameLength(text, start) && givenWord(words[1]!, true);
    if (!givenAlone && words.some((w) => w.length >= 2 && !NAME_TAGS.has(tagOf(w)) && tagOf(w) !== 'ns')) continue;
    if (!STRONG_FOLLOWERS.some((f) => text.startsWith(f, end))) continue;
    out.push({ kind: 'Person', name: m[1]!, sentence, start, end, priority: PRIORITY.person });
  }
  return out;
}
