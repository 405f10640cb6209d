// Publications named in 《》: 《求是》杂志 (an organization named with its kind), 《江海论坛》刊发.
import { PRIORITY, type Candidate } from './candidate.ts';

const MEDIA = /《([^《》]{1,12})》(杂志|日报|晚报|报|周刊|期刊)?(?=(刊发|刊登|报道|发表|专访)?)/g;

/** Every publication here is named in 《》. */
export const MEDIA_TRIGGERS: readonly string[] = ['《'];

export function recognizeMedia(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(MEDIA)) {
    const [whole, title, kind] = m;
    const publishes = /^(?:[^，,。；]{0,12})(?:刊发|刊登|报道|发表|专访)/.test(text.slice(m.index + whole.length));
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
