// Names a post, an honour or a profession follows (王某书记强调, 某某院士等), and names after an age (47岁的某某).
import { TITLE_TRIE } from '../../lexicon/people.ts';
import { candidateAt, PRIORITY, type Candidate } from '../candidate.ts';
import {
  BOUNDARY,
  FOLLOWER_TRIE,
  looksLikeAppointee,
  nameAfterWord,
  dottedNameStartBefore,
  nameBeforeWord,
  personAt,
  surnameLed,
  wholeName,
} from './names.ts';
import { governmentPost } from './posts.ts';

/** Posts written after a name in news prose (王某书记, 李某县长, 李某总理). */
const TITLE_AFTER =
  /(?<![总副])(?:副?书记|副?总理|副?(?:省|市|县|区|州|镇|乡|旗)长|副?主任|副?局长|副?部长|副?主席|副?厅长|副?秘书长|副?司长|副?处长|常委)/g;
/** Honours and professions written after a name (某某院士, 某某教授, 某某律师): a person’s, no post. */
const PERSON_TITLE_AFTER =
  /(?:院士|教授|博士|研究员|工程师|总经理|董事长|总裁|行长|院长|校长|所长|会长|理事长|律师|医生)/g;

/** Names a post follows (王某书记强调, 李某县长一行): officials, their body left to a title before the name elsewhere. */
export function namesBeforeTitles(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(TITLE_AFTER)) {
    const titleEnd = m.index + m[0].length;
    if (!BOUNDARY.test(text.slice(titleEnd)) && !FOLLOWER_TRIE.longestAt(text, titleEnd)) continue;
    // A dotted name (买买提·艾力副县长) is read whole; others by their surname.
    const dotted = dottedNameStartBefore(text, m.index);
    const start = dotted ?? nameBeforeWord(text, m.index);
    if (
      start === undefined ||
      (dotted === undefined && (!looksLikeAppointee(text, start, m.index) || !surnameLed(text.slice(start, m.index))))
    )
      continue;
    // As sure as a name after a post: a park's name that would end inside the post (张某|新区|长) yields to it.
    out.push(personAt(text, sentence, start, m.index, PRIORITY.titledPerson, 'government'));
  }
  return out;
}

/** A name after an age (今年47岁的某某是…) or before an honour or a profession (某某院士等, 某某教授说): a person's. */
export function describedPeople(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  const described = [
    ...[...text.matchAll(/\d{1,3}岁的/g)].map((m) => {
      const at = m.index + m[0].length;
      // 今年47岁的某某是…: 是 closes the name there.
      const end =
        nameAfterWord(text, at, true) ??
        [at + 3, at + 2].find((e) => surnameLed(text.slice(at, e)) && text[e] === '是');
      return end === undefined ? undefined : ([at, end] as const);
    }),
    ...[...text.matchAll(PERSON_TITLE_AFTER)].map((m) => {
      const titleEnd = m.index + m[0].length;
      if (!BOUNDARY.test(text.slice(titleEnd)) && !FOLLOWER_TRIE.longestAt(text, titleEnd)) return undefined;
      const start = nameBeforeWord(text, m.index);
      return start !== undefined && surnameLed(text.slice(start, m.index)) && looksLikeAppointee(text, start, m.index)
        ? ([start, m.index] as const)
        : undefined;
    }),
  ];
  for (const span of described) {
    if (!span) continue;
    const [start, end] = span;
    // A post joined to the next by 兼 (董事兼|总经理) is no name, though 董 is a surname.
    if ((TITLE_TRIE.longestAt(text, start)?.end ?? start) > start + 1) continue;
    out.push(candidateAt('Person', text, sentence, start, end, PRIORITY.person));
  }
  return out;
}

/** 王某是某公司的董事长: a clause that says whose post a name holds. */
const NAME_IS = /(?:^|[，,。；;：:])([一-龥]{2,4}?)(?:同志)?是([^，,。；;是的]{2,30})的/g;

/** Names a clause says hold a post (王某是某公司的董事长, 李某是某村的党支部书记). */
export function namesSaidToHoldPosts(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(NAME_IS)) {
    const start = m.index + (/^[，,。；;：:]/.test(m[0]) ? 1 : 0);
    const name = m[1]!;
    if (!wholeName(name)) continue;
    const titleAt = m.index + m[0].length;
    const title = TITLE_TRIE.longestAt(text, titleAt);
    if (!title || !/^(?:$|[，,。；;、])/.test(text.slice(title.end))) continue;
    // The body is all before 的 (某公司的董事长), a post's own body prefix in the title (某村的党支部书记).
    const org = m[2]!;
    if (/[曾任为担当在了]/.test(org)) continue;
    const titled = governmentPost(title.value, org, text.slice(titleAt, title.end)) ? 'government' : 'other';
    out.push(personAt(text, sentence, start, start + name.length, PRIORITY.titledPerson, titled));
  }
  return out;
}
