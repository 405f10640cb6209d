// Publications named in 《》: 《求是》杂志 (an organization named with its kind), 《江海论坛》刊发; and media named only as a
// page's credit (来源：某某日报, 某某日报记者) and bodies named only by their website (据某某委网站消息), which are no
// entities.
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

/** What names a medium: a paper, a broadcaster, an agency, a news site (某某日报, 某某电视台, 某某社, 某某新闻网). */
export const MEDIUM_WORDS = '日报|晚报|早报|时报|商报|报社|杂志社|电视台|广播电台|卫视|通讯社|新闻社|新华社|网';
const MEDIUM = new RegExp(`(?:${MEDIUM_WORDS})$`);
/** A medium credited as the page's source before its name: 来源：某某日报, （来源：…）, 图片来源：…, 据某某日报消息. */
const CREDIT_BEFORE = /(?:(?:来源|来源于|稿源|出处)\s*[:：]\s*|据)《?\s*$/;
/** …or after it: its reporters (某某日报记者, 《某某日报》记者, 某某晚报、某报全媒体记者, 某某晚报|某某新闻记者, 某某日报|社
 *  全媒体记者, under its app's name: 某某日报天眼新闻记者, 某某晚报-某某新闻记者), its client app (某某日报客户端), the
 *  headline it gives in a list of links (某某日报：某某…), its dateline (某某日报8月7日讯, 某某晚报讯 （记者…）,
 *  某某日报北京8月8日电 记者…, 某某网（某某日报|网）讯), the issue it ran in (《某某日报》（2023年08月14日 10版）). */
const CREDIT_AFTER =
  /^\s*》?\s*[社网]?[）)]?(?:(?:[、|｜\-—]?\s*(?!等)[^，,。；;\s]{1,10}?)?(?:全媒体|融媒体)?(?:特约|见习|首席)?记者|客户端|[:：](?!\s*$)|[（(]\s*\d{4}年\d{1,2}月\d{1,2}日|(?:[-—·]?\p{Script=Han}{0,8}?[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?(?:消息|讯|电)\s*(?:[（(，,：:]|(?:见习)?记者|$))/u;

/** A body's website named after it (据中央某委网站消息, 某县人民政府网站）, 某某网讯): the site is the source credited, not
 *  the body a report speaks of. (A report reading a body's 官网 or 公众号 speaks of the body, the gold has it.) */
const SITE_AFTER = /^(?:网站|门户网站|网(?=讯|消息|$|[<\s，,。:：)]))/;

/** Whether a medium's name at text[start, end) stands as the page's credit (its source, reporters, a headline's
 *  source), chrome that names no body the report speaks of (ONTOLOGY.md: bylines are not entities). */
export function creditedMedium(name: string, text: string, start: number, end: number): boolean {
  if (!MEDIUM.test(name)) return false;
  const before = text.slice(Math.max(0, start - 8), start);
  const after = text.slice(end, end + 16);
  return CREDIT_BEFORE.test(before) || CREDIT_AFTER.test(after);
}

/** Drops the media and bodies every mention of which is a credit or names their site, and the names read inside those
 *  credits (某某|日报). */
export function dropCreditedMedia(kept: Candidate[], texts: readonly string[]): Candidate[] {
  const named = new Set<string>();
  const credits: Candidate[] = [];
  for (const c of kept) {
    if (c.kind !== 'Organization' || c.nested || c.reference) continue;
    const text = texts[c.sentence]!;
    if (creditedMedium(c.name, text, c.start, c.end) || SITE_AFTER.test(text.slice(c.end))) credits.push(c);
    else named.add(c.name);
  }
  const dropped = credits.filter((c) => !named.has(c.name));
  if (!dropped.length) return kept;
  const inside = (c: Candidate) =>
    dropped.some((d) => d.sentence === c.sentence && c.start >= d.start && c.end <= d.end);
  return kept.filter((c) => !inside(c));
}
