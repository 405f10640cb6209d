// Short forms a report declares for a name it has just written in full: 华辰科技有限公司（以下简称“华辰科技”）,
// 滨江高新技术产业开发区（简称滨江高新区）. The short form is a mention of the full name, so the two are one entity.
import { PRIORITY, type Candidate } from './candidate.ts';
import { recognizeSuffixNames } from './suffix-names.ts';

/** The bracket after a full name that declares its short form: （以下简称“X”）, （简称：X）, （下称X）, (以下称"X"). */
const DECLARATION =
  /[（(](?:以下|下文)?(?:简称|下称|称)(?:为)?[:：]?[“"‘「]?([\p{Script=Han}A-Za-z0-9·]{2,12}?)[”"’」]?[）)]/gu;

/** Every declaration says 称 (简称, 下称). */
export const DECLARED_SHORT_FORM_TRIGGERS: readonly string[] = ['称'];

export function recognizeDeclaredShortForms(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DECLARATION)) {
    // The full name ends right at the bracket.
    const full = recognizeSuffixNames(text.slice(0, m.index), sentence)
      .filter((c) => c.end === m.index && !c.reference)
      .at(-1);
    const short = m[1]!;
    if (!full || short === full.name || short.length >= full.name.length) continue;
    const start = m.index + m[0].indexOf(short);
    out.push({
      kind: full.kind,
      name: full.name,
      aliases: [short],
      sentence,
      start,
      end: start + short.length,
      priority: PRIORITY.quoted,
    });
  }
  return out;
}
