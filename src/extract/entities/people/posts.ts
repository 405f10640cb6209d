// Post titles and the chains and clauses of posts they head (…区委常委、…党工委书记|王某; 任|某局党组书记、局长).
import { MAX_TITLE_LENGTH, TITLE_TRIE, type TitleInfo } from '../../lexicon/people.ts';
import { STATE_BODIES } from '../../lexicon/state-bodies.ts';
import { segment } from '../../lexicon/segmenter.ts';
import { type TrieMatch } from '../../lexicon/trie.ts';
import { regionTrie } from '../regions.ts';

const CHAIN_SEPARATORS = new Set(['、', ',', '，']);

/** A post title ending at `end`; 特|区政府 is the special region's government (特区政府财政司司长), whose 区政府
 *  is no district's: the post is the head after it. */
function titleEndingAt(text: string, end: number): TrieMatch<TitleInfo> | undefined {
  const m = TITLE_TRIE.longestEndingAt(text, end, MAX_TITLE_LENGTH);
  if (!m || text[m.start - 1] !== '特') return m;
  const prefix = /^区(?:政府|委)/.exec(text.slice(m.start, m.end))?.[0].length ?? 0;
  const head = prefix ? TITLE_TRIE.get(text.slice(m.start + prefix, m.end)) : undefined;
  return head ? { start: m.start + prefix, end: m.end, value: head } : m;
}

/** A remark written on a post before the name that holds it (副县长(挂职)王某, 县长(代理)李某, 常务副校长(副厅长级)王某,
 *  四级调研员(某局原局长)王某: a rank or the former post), or the candidacy for it (省长候选人王某). */
const POST_NOTE = String.raw`(?:\((?:挂职|代理|代|兼|兼职|主持工作|[正副][^()]{1,3}级|[^()]{0,4}挂职[^()]{0,4}|试用期[^()]{0,6}|[^()]{2,20}原[^()]{2,20})\)|候选人|提名人选)`;
export const POST_NOTE_AFTER = new RegExp(`^${POST_NOTE}`);

/** The verb a clause of posts held opens with, when 的 then joins the posts to their holder (此前担任某省委常委、宣传部部长
 *  的王某; 时任某县县长的李某). */
const HELD_BY = /(?:^|[，,。；;：:\s])(?:时任|曾任|现任|此前担任|此前任|曾担任|担任|出任)[^，,。；;]{2,40}$/;

/** Where posts a verb says are held end before 的 and their holder's name at `start`, or undefined (…宣传部部长|的|王某). */
export function heldPostsEnd(text: string, start: number): number | undefined {
  return text[start - 1] === '的' && HELD_BY.test(text.slice(0, start - 1)) ? start - 1 : undefined;
}
const POST_NOTE_BEFORE = new RegExp(`${POST_NOTE}$`);

export interface TitleSegment {
  /** Text between the previous separator and the title: the body the post belongs to, or nothing. */
  org: string;
  orgStart: number;
  title: string;
  titleStart: number;
  government: boolean;
  /** Opens a clause of posts of its own (,兼…; 拟任…): a post in it with no body is not in a body of the clause before. */
  fresh?: boolean;
}

/** A single space at `at` where a copied text lost the 、 between two posts (区委常委 常务副区长王某). */
function spaceBetweenPosts(text: string, at: number): boolean {
  return text[at] === ' ' && text[at - 1] !== ' ' && titleEndingAt(text, at) !== undefined;
}

/** Where a body's name starts after another's post, name and 与 or 和 written before it in one run (市长张某与|某集团):
 *  the joiner's end, or undefined when the run holds none. */
function postedNameJoinedBefore(text: string, from: number, to: number): number | undefined {
  for (let at = to - 1; at > from; at--) {
    if (!/[与和]/.test(text[at]!)) continue;
    if ([2, 3].some((name) => titleEndingAt(text, at - name) !== undefined && at - name > from)) return at + 1;
  }
  return undefined;
}

/** A bracket of a few Han characters that a name holds, right before a body's next characters (…矿业|(集团)|有限公司). */
const BRACKET_IN_NAME = /\p{Script=Han}[（(]\p{Script=Han}{1,5}[）)]$/u;
/** A company's legal form or branch word, which a bracket in its name comes right before. */
const LEGAL_FORM_AFTER = /^(?:有限|股份|分公司|公司|集团)/;

/** A few quoted characters inside a body's name, right before its next characters (…区|“两新”|工委, “护薪”|行动支部). */
const QUOTE_IN_NAME = /“[^“”、，,。；;：:\s]{1,8}”$/;

/** The chain of posts directly before position `end` (…区委常委、…党工委书记|周明远), left to right. */
export function titleChainBefore(text: string, end: number): TitleSegment[] {
  const chain: TitleSegment[] = [];
  // A signature's or a byline's spaces between the post and the name (…县长  王某).
  let pos = end - (/(?<! ) {1,3}$/.exec(text.slice(Math.max(0, end - 4), end))?.[0].length ?? 0);
  // A remark on the post between it and the name (副县长(挂职)王某).
  pos -= POST_NOTE_BEFORE.exec(text.slice(Math.max(0, pos - 12), pos))?.[0].length ?? 0;
  for (;;) {
    const m = titleEndingAt(text, pos);
    if (!m) break;
    let segStart = m.start - (ACTING_MARK_BEFORE.exec(text.slice(Math.max(0, m.start - 3), m.start))?.[0].length ?? 0);
    const orgEnd = segStart;
    for (;;) {
      // A bracket inside a company's name before its legal form (某某矿业(集团)有限公司, 某某（中国）有限公司).
      const bracket = BRACKET_IN_NAME.exec(text.slice(Math.max(0, segStart - 8), segStart));
      if (bracket && LEGAL_FORM_AFTER.test(text.slice(segStart))) segStart -= bracket[0].length;
      else if (text[segStart - 1] === '”' && QUOTE_IN_NAME.test(text.slice(Math.max(0, segStart - 10), segStart)))
        segStart -= QUOTE_IN_NAME.exec(text.slice(Math.max(0, segStart - 10), segStart))![0].length;
      else if (
        segStart > 0 &&
        !CHAIN_SEPARATORS.has(text[segStart - 1]!) &&
        !/[。；;：:“”"（(）)\s]/.test(text[segStart - 1]!)
      )
        segStart--;
      else break;
    }
    // Another's post and name joined to the body by 与 or 和 (市长张某与|某集团党组书记): the chain is this name's no
    // further back.
    const partner = postedNameJoinedBefore(text, segStart, orgEnd);
    chain.unshift({
      org: text.slice(partner ?? segStart, orgEnd),
      orgStart: partner ?? segStart,
      title: text.slice(m.start, m.end),
      titleStart: m.start,
      government: m.value.government,
    });
    if (partner !== undefined) break;
    if (segStart === 0 || !(CHAIN_SEPARATORS.has(text[segStart - 1]!) || spaceBetweenPosts(text, segStart - 1))) break;
    pos = segStart - 1;
  }
  // A post with no body of its own is in the body of the one before it (某公司党委书记、董事长: both the company's).
  // …and so is a unit named after it with no place of its own (某某油气田公司副总地质师、某某管理部主任).
  let inCompany = false;
  for (const segment of chain) {
    const org = bodyOfPost(segment.org);
    if (org && !(inCompany && unitOfFirm(org))) inCompany = outsideState(org, segment.title);
    segment.government = !inCompany && governmentPost(TITLE_TRIE.get(segment.title)!, org, segment.title);
  }
  return firmsByTheirPosts(chain);
}

/** A unit a firm's post chain names after the firm: a department, centre, office, team or workshop, with no place or
 *  level word that would make it a state organ's (某某管理部, 调度中心, 运转车间). */
function unitOfFirm(org: string): boolean {
  const opening = segment(org)[0] ?? '';
  return (
    /(?:部|中心|室|处|科|队|车间|分公司)$/.test(org) &&
    !/^[省市县区州]$/.test(opening) &&
    !regionTrie().longestAt(org, 0) &&
    !/[省市县区]委|政府|党组/.test(org)
  );
}

/** Posts only a firm has (董事长, 总经理, 总裁). */
const FIRM_POST = /^(?:董事长|副董事长|(?:常务)?副?总经理|副?总裁|首席执行官)$/;

/**
 * 某某能建党委书记、董事长: the posts of a body whose posts include one only a firm has are no government posts, whatever
 * the body's name (the company is read as one by its posts). A body's posts run from the post that names it to the next.
 */
function firmsByTheirPosts(chain: TitleSegment[]): TitleSegment[] {
  let from = 0;
  for (let i = 0; i <= chain.length; i++) {
    if (i < chain.length && (i === from || !chain[i]!.org.trim())) continue;
    if (chain.slice(from, i).some((s) => FIRM_POST.test(s.title)))
      for (const s of chain.slice(from, i)) s.government = false;
    from = i;
  }
  return chain;
}

/** A body whose posts are not government posts: a company or a unit of one (…有限公司党委书记, …公司施工队队长). */
export const COMPANY_BODY = /(?:公司|集团|银行)|(?:企业|厂)$/;
/** Other bodies outside the state (ONTOLOGY.md): a university, school, hospital, institute, association (or its
 *  chapter: 某商会某市分会, or committee: 某学会某某专业委员会), a trade's federation (某某工业联合会, not the people's
 *  organizations: 妇女联合会, 归国华侨联合会), expert panel or newsroom (融媒体中心, 电视台), whose Party and Youth League
 *  committees' posts too are a Person's (某大学党委书记, 某大学团委副书记, 专家组组长). */
const NON_STATE_BODY =
  /(?:大学|学院|学校|中学|小学|医院|协会|学会|研究会|商会|分会|联谊会|促进会|基金会|研究院|研究所|研究中心|专家组|课题组|评审组|合作社|联盟|智库|友协|融媒体中心|电视台|广播电视台|报社|足协|(?<!妇女|华侨|艺术界|工商业|残疾人|青年|学生)联合会)(?:团委|党委|纪委|工会)?$|(?:学会|协会|联合会)\p{Script=Han}{0,12}委员会$/u;

/** A central state organ of the lexicon is one whatever its name ends with (中国人民银行|行长 is no bank's post). */
const centralOrgan = (org: string) => STATE_BODIES.has(org.trim());

/** An acting mark between a post's body and its title (某协会（代）|秘书长): how the post is held, not where. */
const ACTING_MARK_BEFORE = /[（(]代[)）]$/u;
/** A first post joined to the one after it by 兼 (某学会副理事长兼|秘书长): both are the body's before it. */
const JOINED_POST = /兼(?:任)?$/;

/** The body a post's words before its title name, without an acting mark or a first post joined by 兼. */
function bodyOfPost(org: string): string {
  const body = org.trim().replace(ACTING_MARK_BEFORE, '');
  const joined = JOINED_POST.exec(body);
  const first = joined ? titleEndingAt(body, joined.index) : undefined;
  return first ? body.slice(0, first.start) : body;
}

/** Whether a post in `org` is held outside the state: a company's, or another non-state body's unless it is in
 *  a Party group (党组), which only state organs and the people's organizations they lead have (某协会党组成员). */
function outsideState(org: string, title: string): boolean {
  if (centralOrgan(org)) return false;
  return COMPANY_BODY.test(org) || (NON_STATE_BODY.test(org) && !title.startsWith('党组'));
}
/** State organs whose heads carry titles that are no government posts elsewhere (法院院长, 党校校长, 派出所所长). */
const STATE_ORGAN =
  /(?:法院|高院|中院|检察院|党校|行政学院|派出所|公安局|公安分局|行政院|立法院|监察院|考试院|司法院)$/;

/** A government office's name (县商务局, 市发改委, 县政府办公室), with the words that pick its officers out (相关负责人):
 *  any post in it is a government one (县工信局总工程师, 市发改委有关负责人). */
const STATE_OFFICE = /(?:局|厅|委|办|办公室|政府|人大常委会|政协|工作队)(?:相关|有关|主要)?$/;

const HONOUR_OR_RANK = /^(?:院士|外籍院士|学部委员|研究员|副研究员|教授|副教授|专家)$/;

/** Whether a post is a government one: by its title, unless a company holds it; or by the state organ or government
 *  office it is in. */
export function governmentPost(title: TitleInfo, org: string, name: string): boolean {
  // An honour or an academic rank is no post, whatever body confers it (中国工程院院士, 中国科学院研究员).
  if (HONOUR_OR_RANK.test(name)) return false;
  if (centralOrgan(org)) return true;
  if (outsideState(org, name)) return STATE_ORGAN.test(org);
  return title.government || STATE_ORGAN.test(org) || STATE_OFFICE.test(org);
}

/** Words after a post that are no part of it: a remark in brackets (试用期一年, 挂职, 兼), 候选人 of a nomination, the
 *  paper that proposes it (…局长的议案). */
const POST_REMARK = /(?:\([^)]*\)|候选人|人选)*(?:的(?:议案|请示|决定|通知|报告|建议))?$/;

/** `text` split at `separator` outside brackets (县(市、区)党委书记 is one post). */
function splitOutsideBrackets(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.test(ch)) {
      parts.push(text.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(text.slice(from));
  return parts;
}

/**
 * The posts in text[start, end), split at 、 (and at ， in a removal, which lists posts of several bodies), or
 * undefined when `strict` and a part is no post. A post with no body of its own (党委书记、董事长) is in the body of the
 * one before it, and so a company's post when that one is.
 */
export function postsIn(
  text: string,
  start: number,
  end: number,
  separators: RegExp,
  strict = false,
): TitleSegment[] | undefined {
  const chain: TitleSegment[] = [];
  let segStart = start;
  let inCompany = false;
  for (const part of splitOutsideBrackets(text.slice(start, end), separators)) {
    const post = part.replace(POST_REMARK, '');
    const m = titleEndingAt(text, segStart + post.length);
    if (m && m.start >= segStart) {
      const org = text.slice(segStart, m.start);
      const title = text.slice(m.start, m.end);
      const body = bodyOfPost(org);
      if (body) inCompany = outsideState(body, title);
      chain.push({
        org,
        orgStart: segStart,
        title,
        titleStart: m.start,
        government: !inCompany && governmentPost(m.value, body, title),
      });
      // A body's name holds no space: 王某 某局局长 is a name before a post, not a body.
      if (strict && /\s/.test(org.trim())) return undefined;
    } else if (strict) return undefined;
    // 某公司的董事长 (王某是某公司的董事长): a 的 right before the post joins it to its body.
    if (strict && m && /[曾任是为担当在的了]/.test(text.slice(segStart, m.start).replace(/的$/, ''))) return undefined;
    segStart += part.length + 1;
  }
  if (chain[0]) chain[0].fresh = true;
  return firmsByTheirPosts(chain);
}

/** Where a clause of posts ends: at the next comma or stop, or where a removal begins. */
export function clauseEnd(text: string, start: number): number {
  // A tag left in a text file's body (…局长</p>) ends the clause too; a comma inside a remark in brackets does not
  // (副县长(挂职,时间两年)). So does the 等职 closing a list of posts (任某局局长等职) and the 时 of a clause dated by
  // the post (任某省省长时，…).
  const stop = text
    .slice(start)
    .replace(/\([^()]*\)/g, (m) => '_'.repeat(m.length))
    .search(/[；;。，,<]|免去|等(?:领导)?职务?(?![\p{Script=Han}])|(?:时|期间)(?=[，,])/u);
  return stop < 0 ? text.length : start + stop;
}
