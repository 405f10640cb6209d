// Meetings a report says are held (2023年某某投资合作大会在某市举行, 省长主持召开某某推进会议, 举行的某某新闻发布会上):
// an event the report is about is a Project (ONTOLOGY.md), whatever its head, when the text holds it, opens it or
// attends it. Events with an edition (第三届…) are read by edition-events.ts; this reads those with none.
import { PRIORITY, type Candidate } from './candidate.ts';

/** The verbs that hold an event: every sentence this recognizer proposes in holds one. */
export const HELD_EVENT_TRIGGERS: readonly string[] = [
  '举行',
  '召开',
  '举办',
  '开幕',
  '启幕',
  '闭幕',
  '落幕',
  '出席',
  '参加',
];

/** What a named meeting's name ends with: a congress, a promotion or matchmaking fair, an exchange, a launch. Not
 *  a bare 会议, 座谈会 or 发布会, nor a ceremony (签约仪式): the corpus gold names few of those, most are a body's
 *  routine (全省某某工作会议, 专题新闻发布会, 战略合作签约仪式). */
const MEETING = '(?:大会|推介会|对接会|交流会|见面会|启动会|研讨会|年会)';
/** A meeting's name ends with one of those words (what PART_OF's parts of a park leave out). */
export const MEETING_END = new RegExp(`${MEETING}$`, 'u');
/** A name: no clause mark, space or 的, quotes and brackets allowed, at least four characters before its end word,
 *  none of them a preposition (某某代表省委对|大会). */
const NAME = `[^，,。；;：:！!？?\\s、的)）][^，,。；;：:！!？?\\s、的]{3,43}?(?<![对向在为和与给])${MEETING}`;
/** Held as the subject: the name opens a clause (or follows a date, 当日, 主办的) and the clause holds it
 *  (…在某市举行, …召开, …22日在南宁举行). */
const HELD_SUBJECT = new RegExp(
  `(?:^|[，,。：:\\s]|[0-9]日|主办的|承办的)(?:当日|当天|近日|日前|今天|上午|下午|晚上)?(“?${NAME}”?)` +
    '(?:[0-9]{1,2}日|近日|日前|今天|今日)?(?:在[^，,。；;]{1,24}?)?(?:隆重|成功|顺利|正式|如期)?(?:举行|召开|举办|开幕|启幕|闭幕|落幕)',
  'gu',
);
/** Held as the object: 召开|举行|主持召开|出席 the name, the clause ending there or at 上 (举行的某某发布会上). */
const HELD_OBJECT = new RegExp(`(?:召开|举行|举办|出席|参加)(?:了|的)?(“?${NAME}”?)(?=[，,。；;上并暨时期]|$)`, 'gu');
/** A body's standing meeting, not a named event (县委常委会会议, 市政府常务会议, 党组会议, 全市干部大会, 学习会议). */
const STANDING_MEETING =
  /(?:常委会|常务|党组|党委|办公|全体|扩大|学习|支部|干部|[第0-9][一二三四五六七八九十0-9]*次)(?:会议|大会)$/;
/** A meeting the text points at (本次会议, 此次发布会), or one dated inside its name (于今年9月…大会), is named by no name. */
const NO_NAME = /^(?:本次|此次|这次|该)|[0-9一二三四五六七八九十]月|届/;

/** A name that holds a verb of holding is a clause, not a name (省委召开全省某某大会). */
const HOLDING_VERB = /召开|举行|举办|主持|出席|参加/;

/** A name as the text writes it, without the quotes around it whole (“某某大会”在…举行) or a quote that closes none. */
function unquoted(written: string): string {
  if (written.startsWith('“') && written.endsWith('”') && quotesBalanced(written.slice(1, -1)))
    return written.slice(1, -1);
  if (written.endsWith('”') && !quotesBalanced(written)) return written.slice(0, -1);
  if (written.startsWith('“') && !quotesBalanced(written)) return written.slice(1);
  return written;
}

/** Whether each quote the name opens it closes, and the other way round (no name starts inside a quote). */
function quotesBalanced(name: string): boolean {
  let open = 0;
  for (const ch of name) {
    if (ch === '“') open++;
    else if (ch === '”' && --open < 0) return false;
  }
  return open === 0;
}

export function recognizeHeldEvents(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const pattern of [HELD_SUBJECT, HELD_OBJECT])
    for (const m of text.matchAll(pattern)) {
      const name = unquoted(m[1]!);
      if (STANDING_MEETING.test(name) || HOLDING_VERB.test(name) || NO_NAME.test(name) || !quotesBalanced(name))
        continue;
      const start = m.index + m[0].indexOf(name);
      if (out.some((c) => c.start === start)) continue;
      out.push({ kind: 'Project', name, sentence, start, end: start + name.length, priority: PRIORITY.suffixName });
    }
  return out;
}
