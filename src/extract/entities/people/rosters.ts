// A working group's or a committee's roster: a role that labels a row (组  长：, 成  员：) and the names the row lists,
// set apart by spaces or 、, with 同志 or not (成员：王某  李某  张某; 副组长：王某同志、李某同志). Its members hold posts
// of the state (the group's), so they are officials; relations/group-roles.ts gives each the row's role.
import { PRIORITY, type Candidate } from '../candidate.ts';
import { personAt, wholeName } from './names.ts';

/** A role in a working group or a committee, written with a table's padding or not (组  长, 成  员). */
export const ROSTER_ROLE =
  '(?:(?:常务|第一)?副?(?:组\\s{0,3}长|指\\s{0,3}挥\\s{0,3}长|召\\s{0,3}集\\s{0,3}人|主\\s{0,3}任)|成\\s{0,3}员|委\\s{0,3}员|顾\\s{0,3}问|秘\\s{0,3}书\\s{0,3}长)';
/** A row's number (3., 二、). */
const ROW_NUMBER = '(?:[一二三四五六七八九十\\d]{1,3}[、.．]\\s*)?';
/** A role that labels a row: it opens the line (after its number) or a clause after a semicolon, and a colon follows. */
export const ROSTER_LABEL = new RegExp(`(?:^|[；;。])\\s*${ROW_NUMBER}(${ROSTER_ROLE})\\s*[:：]`, 'gu');
/** One name of a row's list and what sets it apart from the next: spaces, 、 or a comma, after 同志 or not. */
const LISTED = /([一-龥]{2,4}?)(?:同志)?(?:[\s、，,]+|[；;。]?$)/uy;

/** The names a roster's labelled rows list, each an official. */
export function rosterNames(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const label of text.matchAll(ROSTER_LABEL)) {
    const names: Candidate[] = [];
    LISTED.lastIndex = label.index + label[0].length;
    while (LISTED.lastIndex < text.length && /\s/.test(text[LISTED.lastIndex]!)) LISTED.lastIndex++;
    for (let m = LISTED.exec(text); m && wholeName(m[1]!); m = LISTED.exec(text)) {
      names.push(personAt(text, sentence, m.index, m.index + m[1]!.length, PRIORITY.titledPerson, 'government'));
      // The list ends where a row's own clause does.
      if (/[；;。]/.test(m[0])) break;
    }
    // A list of one name with posts after it is read by the rules of posts (组长：王某 县委书记); a row of names alone,
    // or of several, is read here.
    const rest = text.slice(names.at(-1)?.end ?? 0).replace(/^(?:同志)?[\s、，,；;。]*/, '');
    if (names.length > 1 || (names.length === 1 && rest === '')) out.push(...names);
  }
  return out;
}
