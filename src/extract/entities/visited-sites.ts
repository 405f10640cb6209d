// Sites a visit names: a facility's suffix right after a verb of visiting (考察|有机黄花标准化种植|基地, 走进|某某艺术|
// 博物馆, 来到|某县某乡某某油|茶园, 来到|某县某某坝|闸), or after 在 when the sentence goes on from the site (在|某某棉花种植|基地，…; 在|某某纪念馆|内). The verb
// bounds the name, so its head may be a common phrase the suffix rule refuses or cuts (有机…: 有 is a verb there):
// the report names one site someone went to, not a kind of site.
import { PRIORITY, type Candidate } from './candidate.ts';
import { DESIGNATED_BASE } from './project-names.ts';

/** The suffixes of sites a visit names; also the recognizer's trigger words. */
export const VISITED_SITE_SUFFIXES: readonly string[] = [
  '基地',
  '种植园',
  '博物馆',
  '纪念馆',
  '文献馆',
  '展览馆',
  '规划馆',
  '艺术馆',
  '茶园',
  '果园',
  '蓄洪区',
  '闸',
];
const VISIT = '来到|走进|步入|步行进|参观了?|考察了?|视察了?|前往';
const SITE = new RegExp(
  // (Not a group named by its verb: 考察团|赴某某基地, 考察团|参观某某基地: the site follows the group's own verb.)
  `(?:(${VISIT})(?![团组队])|在)(\\p{Script=Han}{4,14}?)(${VISITED_SITE_SUFFIXES.join('|')})(?!\\p{Script=Han}{0,2}(?:${VISITED_SITE_SUFFIXES.join('|')}))`,
  'gu',
);
/** After 在, the sentence goes on from the site: a comma, or 内/里 (在某某纪念馆内). */
const GOES_ON_AFTER = /^(?:内|里|[，,])/;
/** Heads that say whose or what kind of site (社区|党群服务中心, 企业|展厅, 科技|创新基地), or hold a clause (的, 了). */
const COMMON_SITE_HEAD = /^(?:社区|村|党群|企业|公司|园区|科技|网上|海上|现代|示范|综合|生产|研发|培训)|[的了和与及]/;

export function recognizeVisitedSites(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SITE)) {
    const [whole, verb, head, suffix] = m as unknown as [string, string | undefined, string, string];
    const end = m.index + whole.length;
    if (COMMON_SITE_HEAD.test(head)) continue;
    // …nor a designation the site is given (某县爱国主义教育基地): the memorial given it is the facility.
    if (DESIGNATED_BASE.test(head + suffix)) continue;
    if (!verb && !GOES_ON_AFTER.test(text.slice(end))) continue;
    const start = end - head.length - suffix.length;
    out.push({ kind: 'Project', name: head + suffix, sentence, start, end, priority: PRIORITY.suffixName });
  }
  return out;
}
