// Industries listed after a head that says what the list is (六大传统特色产业：模具、汽配、灯具; 主导产业为A、B和C;
// 三大新兴产业，A、B、C): the items need not be in the lexicon. Lists closed by their kind (A、B等产业) are lists.ts's;
// how an item of either splits (A和B, A（B和C）) is here.
import { ACTIVITY_WORDS, GENERIC_INDUSTRY_WORDS, INDUSTRY_SET } from '../lexicon/industries.ts';
import { regionForms } from '../lexicon/regions.ts';
import { PRIORITY, type Candidate } from './candidate.ts';

const COUNT = '(?:[0-9]+|[一二两三四五六七八九十]+)(?:个|大|类)';
const QUALIFIER = '(?:战略性新兴|主导|先导|新兴|传统|特色|优势|支柱|重点|未来|现代|先进|首位|基础)';
/** A head naming the list by its count or tier, and what introduces the items: 为, 有, 包括, a colon; a comma only
 *  after a count (三大新兴产业，A、B、C). */
const HEAD_NOUNS = ['产业', '行业'];
const HEAD = new RegExp(
  `(?:${COUNT}${QUALIFIER}{0,3}|${QUALIFIER}{1,3})(?:${HEAD_NOUNS.join('|')})(?:集群|体系)?(?:主要)?(?:(?:为|是|有|包括|分别为|分别是|即)[：:]?|[：:]|(?<=${COUNT}.{0,12})[，,])`,
  'gu',
);
/** Where a list ends: with its clause. */
const CLAUSE_END = /[，,；;。！!？?]/;
/** Joiners inside one item (电子信息和智能制造, 临港工业（家居和建材业）): each part is an industry. */
const JOINER = /[和及与（）()]/;
const ITEM = /^[\p{Script=Han}A-Za-z0-9]{2,10}$/u;
/** The frame a list may repeat after each item (A产业体系、B产业集群). */
const FRAME_WORD = /(?<=.{2})(?:体系|集群)$/u;
/** Words that say an item is a clause or a figure, not an industry's name. */
const NOT_AN_INDUSTRY = new RegExp(
  `(?:园|区|基地|中心|集团|公司)$|发展|建设|推进|实施|加快|提升|企业|项目|亿元|万元|[0-9]+[%个家]|[了的在着把被将向为]|${COUNT}|${QUALIFIER}$`,
  'u',
);

/** Two parts joined by 和, 及 or 与, no bracket: between two 、 marks such an item is one industry's name
 *  (A、细胞与基因治疗、B), where after the last 、 the joiner closes the list (A、B和C). */
const JOINED_PAIR = /^[^和及与（）()]+[和及与][^和及与（）()]+$/u;

/** The parts of one list item joined by 和, 及, 与 or a parenthesis, each with its offset in the item; two lexicon
 *  industries written as one word (新能源新材料) stay one: a list names it as one of its count (三大主导产业), and so
 *  does a joined pair inside the list (`middle`: 、 on both sides). */
export function industryItemParts(item: string, middle = false): { part: string; offset: number }[] {
  if (middle && JOINED_PAIR.test(item) && isIndustryItem(item)) return [{ part: item, offset: 0 }];
  const out: { part: string; offset: number }[] = [];
  let offset = 0;
  for (const piece of item.split(JOINER)) {
    // A bracket that says what the item holds (电子信息（含软件）) names the part after 含.
    const lead = /^(?:含|包括|包含|其中)/.exec(piece)?.[0].length ?? 0;
    // An item written with its list's frame (四大产业体系：医药健康产业体系、…) names the industry before it.
    const part = piece.slice(lead).replace(FRAME_WORD, '');
    if (part.length) out.push({ part, offset: offset + lead });
    offset += piece.length + 1;
  }
  return out;
}

/** What a part joined to an industry makes of it (超硬材料及制品, 光伏及配套): the industry's own goods, no second one. */
const GOODS_OF_THE_PART_BEFORE = /^(?:制品|产品|配件|配套|器件|部件|设备|应用)$/u;

/** Whether a list item can be an industry's name. */
export function isIndustryItem(item: string): boolean {
  return (
    ITEM.test(item) &&
    !GOODS_OF_THE_PART_BEFORE.test(item) &&
    // An ordinal opens a rank (第一产业), not a generation (第三代半导体).
    !/^(?:[0-9一二两三四五六七八九十]+[个大类项家种是]|第(?![0-9一二三四五六七八九十]+代))/.test(item) &&
    !NOT_AN_INDUSTRY.test(item) &&
    !GENERIC_INDUSTRY_WORDS.has(item.replace(/产业$/, '')) &&
    !ACTIVITY_WORDS.has(item) &&
    !regionForms().has(item)
  );
}

/** The candidate for one industry item: 建材业 is also 建材, 油茶产业 also 油茶. */
function industryCandidate(name: string, sentence: number, start: number): Candidate {
  const bare = /(?<![产行])业$/.test(name) || name.endsWith('产业') ? name.replace(/产?业$/, '') : undefined;
  return {
    kind: 'Industry',
    name,
    sentence,
    start,
    end: start + name.length,
    priority: PRIORITY.industry,
    listType: 'industry',
    ...(bare && bare.length >= 2 && { aliases: [bare] }),
  };
}

/** Every head names its list 产业 or 行业. */
export const INDUSTRY_LIST_TRIGGERS: readonly string[] = HEAD_NOUNS;

/** One industry a clause makes a place's tier (以超硬材料为首位产业, 把纺织服装作为主导产业): lists of several are
 *  lists.ts's. */
const ONE_MADE_TIER = new RegExp(
  `(?:以|把|将)([^、，,；;。：:“”以把将为]{2,10}?)(?:为|作为)${QUALIFIER}{1,3}(?:${HEAD_NOUNS.join('|')})`,
  'gu',
);

function industriesMadeTier(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  for (const made of text.matchAll(ONE_MADE_TIER)) {
    const start = made.index + made[0].indexOf(made[1]!, 1);
    for (const { part, offset } of industryItemParts(made[1]!))
      if (isIndustryItem(part)) out.push(industryCandidate(part, sentence, start + offset));
  }
  return out;
}

export function recognizeHeadedIndustryLists(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = industriesMadeTier(text, sentence);
  for (const head of text.matchAll(HEAD)) {
    // 以重点产业为抓手: 以…为 says what the industries serve as, not what they are.
    if (text[head.index - 1] === '以') continue;
    const from = head.index + head[0].length;
    const byComma = /[，,]$/.test(head[0]);
    // A comma head is a clause of its own (三大新兴产业，A、B、C), not the end of one (围绕三大主导产业，强化…).
    if (byComma && !/(?:^|[，,；;。：:！!？?\n])$/.test(text.slice(0, head.index))) continue;
    const rest = text.slice(from);
    const stop = CLAUSE_END.exec(rest);
    let list = rest.slice(0, stop ? stop.index : rest.length);
    // A list closed by 等 ends there (A、B等，…); a comma-headed one must be a list.
    list = list.replace(/等.*$/u, '');
    if (byComma && !list.includes('、')) continue;
    let at = from;
    const items = list.split('、');
    for (const [i, item] of items.entries()) {
      for (const { part, offset } of industryItemParts(item, i > 0 && i < items.length - 1))
        if (isIndustryItem(part)) out.push(industryCandidate(part, sentence, at + offset));
      at += item.length + 1;
    }
  }
  return out;
}

/** Verbs and frames that open a list of industries (重点发展A、B等产业, 形成A、B三大产业集群, 以A、B为主导的产业,
 *  厚植A、B等产业品牌优势, 促进A、B等传统产业提质升级, 发展成为A、B等产业为主体的…); a verb of forming
 *  bodies after it opens it too (支持成立A、B等行业协会), whose 成 is not the verb's complement; nor is the 至 of where a
 *  verb reaches (拓展至A、B等领域). */
const OPENS_LIST =
  /(?:发展|聚焦|聚力|打造|培育|壮大|做强|做大|做优|做精|主攻|形成|布局|围绕|涵盖|包括|瞄准|引进|招引|集聚|延伸|厚植|巩固|提升|促进|推动|推进|支持|扶持|夯实|拓展|重塑|成为|以)(?:了|起|成为|成(?![立长熟功本果员效就绩])|成立|组建|设立|建立|至|到)?/gu;

/** The items of one 、-separated segment of a list said to be of industries (lists.ts finds the list): the first
 *  segment's item starts after the verb that opens the list, else at `fallback`; each part joined by 和 or 与 is one. */
const SCOPE_OPENING = /^(?:全|本|我|该)[省市区县镇乡]/u;
const MADE_TIER_VERB = /(?:确定|确立|明确|列|定|作)为$/u;
const TIERS_OPENING = new RegExp(`^(?:${QUALIFIER}|前沿)+`, 'u');

export function industryListItems(
  segment: string,
  first: boolean,
  segmentStart: number,
  fallback: number,
  middle = false,
): { item: string; start: number; raw: string; kind: 'Industry' }[] {
  let from = first ? fallback : 0;
  if (first) for (const verb of segment.matchAll(OPENS_LIST)) from = verb.index + verb[0].length;
  // A scope opening the first item (全区|电子信息、…) says whose industries, not which.
  if (first) from += SCOPE_OPENING.exec(segment.slice(from))?.[0].length ?? 0;
  // …and so do tier words before a known industry (前沿新兴|氢能、新材料): they say what kind, the term which.
  const tiers = first ? (TIERS_OPENING.exec(segment.slice(from))?.[0] ?? '') : '';
  if (tiers && !INDUSTRY_SET.has(segment.slice(from)) && INDUSTRY_SET.has(segment.slice(from + tiers.length)))
    from += tiers.length;
  const written = segment.slice(from);
  const lead = written.length - written.replace(/^[‘“]+/u, '').length;
  const quoted = written.replace(/^[‘“]+|[’”]+$/gu, '');
  // A verb that makes the list a place's tier (A、B、C确定为三大主导产业) closes the last item, no part of it.
  const item = quoted.replace(MADE_TIER_VERB, '');
  return industryItemParts(item, middle)
    .filter(({ part }) => isIndustryItem(part))
    .map(({ part, offset }) => ({
      item: part,
      start: segmentStart + from + lead + offset,
      raw: part,
      kind: 'Industry',
    }));
}
