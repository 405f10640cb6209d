// Publications named in 《》: 《求是》杂志 (an organization named with its kind), 《江海论坛》刊发.
import { PRIORITY, type Candidate } from './candidate.ts';

/** 《某某》报 names a paper, but not where 报 starts a verb (《新闻联播》报道: a programme, and programmes and columns are no
 *  entities). A bare title names a publication before a print verb (刊发, 刊登, 发表), or before 报道 when it names a
 *  medium. */
const MEDIA = /《([^《》]{1,12})》(杂志|日报|晚报|报(?![道告送名批])|周刊|期刊)?/g;

/** Every publication here is named in 《》. */
export const MEDIA_TRIGGERS: readonly string[] = ['《'];

export function recognizeMedia(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MEDIA)) {
    const [whole, title, kind] = m;
    const after = text.slice(m.index + whole.length);
    // 报道 is said of programmes too: a title that names a medium (某某晨报, 某某网) still reports.
    const publishes =
      /^(?:[^，,。；]{0,12})(?:刊发|刊登|发表|专访)/.test(after) ||
      (/^(?:[^，,。；]{0,12})报道/.test(after) && /(?:报|刊|杂志|网|台|社)$/.test(title!));
    if (!kind && !publishes) continue;
    out.push({
      kind: 'Organization',
      name: title! + (kind ?? ''),
      aliases: kind ? [title!] : undefined,
      sentence,
      start: m.index,
      end: m.index + whole.length,
      priority: PRIORITY.quoted,
    });
  }
  return out;
}
