// Short forms a report declares for a name it has just written in full: 华辰科技有限公司（以下简称“华辰科技”）,
// 滨江高新技术产业开发区（简称滨江高新区）. The short form is a mention of the full name, so the two are one entity.
// A step after recognition: it reads the sentence's candidates for the full name that ends at the bracket, so it
// depends on no recognizer in particular.
import type { EntityKind } from '../../ontology/model.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

/** The bracket after a full name that declares its short form: （以下简称“X”）, （简称：X）, （下称X）, (以下称"X"), and
 *  several at once: (以下称"公司"或"X"). */
const DECLARATION = /[（(](?:以下|下文)?(?:简称|下称|称)(?:为)?[:：]?([^（）()。；;]{2,40}?)[）)]/gu;
/** One quoted form of several (“公司”或“X”), or the bracket's whole text when it quotes none. */
const QUOTED = /[“"‘「]([^”"’」]+)[”"’」]/gu;
const FORM = /^[\p{Script=Han}A-Za-z0-9·]{2,12}$/u;
/** Words a report uses for any company or zone it deals with (“公司”, “本集团”): references, no short names. */
const GENERIC_FORM = /^(?:本|该)?(?:公司|集团|企业|园区|项目|协议|发行人|甲方|乙方|管委会)$/;

/** The short forms a declaration's bracket gives. */
function declaredForms(declared: string): string[] {
  const quoted = [...declared.matchAll(QUOTED)].map((m) => m[1]!);
  const forms = quoted.length > 0 ? quoted : [declared];
  return forms.filter((form) => FORM.test(form) && !GENERIC_FORM.test(form));
}

/** Kinds a report declares short forms for. */
const DECLARED_KINDS: ReadonlySet<EntityKind> = new Set(['Park', 'Company', 'Project', 'Organization']);

/** The full name a declaration at `at` is for: a named candidate of a declared kind that ends right at the bracket;
 *  of several, the one the overlap pass would keep (higher priority, then longer). */
function fullNameBefore(candidates: readonly Candidate[], at: number): Candidate | undefined {
  return candidates
    .filter((c) => c.end === at && DECLARED_KINDS.has(c.kind) && !c.reference && !c.nested)
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start))[0];
}

/** Mentions of full names by the short forms a sentence declares for them, given the sentence's candidates. */
export function declaredShortForms(text: string, sentence: number, candidates: readonly Candidate[]): Candidate[] {
  if (!text.includes('称')) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(DECLARATION)) {
    const full = fullNameBefore(candidates, m.index);
    if (!full) continue;
    for (const short of declaredForms(m[1]!)) {
      if (short === full.name || short.length >= full.name.length) continue;
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
  }
  return out;
}
