// Companies named by a brand alone, which the words around it mark as a company: 龙头企业|华辰股份, 央企|华辰建设,
// 华辰智能|创始人, 华辰科技|落户…. A brand has no suffix of its own, so only these contexts make it a name.
import { GENERIC_INDUSTRY_WORDS, INDUSTRY_SET } from '../lexicon/industries.ts';
import { TITLES } from '../lexicon/people.ts';
import { STATE_BODIES } from '../lexicon/state-bodies.ts';
import { regionForms } from '../lexicon/regions.ts';
import { segment, tagOf } from '../lexicon/segmenter.ts';
import { isGenericHead, nameEnd, nameStart } from './boundary.ts';
import { candidateAt, PRIORITY, type Candidate } from './candidate.ts';
import { endsWithCompanyWord, kindBySuffix, looksProper } from './suffix-names.ts';
import { isLatinBrand, WEAK_COMPANY } from './suffix-table.ts';
import { nameByWords } from './people/names.ts';

/** Words that say the name right after them is a company’s (企业|华辰科技, 龙头企业|…, 民企|…, 老字号|…, 子公司|…). */
const MARKERS =
  '龙头企业|领军企业|链主企业|知名企业|上市公司|老字号|央企|国企|民企|外企|台企|港企|企业|旗下的|旗下|子公司';
const MARKER_BEFORE = new RegExp(`(?:${MARKERS})$`, 'u');
/** A marker that opens what follows another (旗下|子公司华辰电子): the brand starts after it, where it is read again. */
const MARKER_OPENS = new RegExp(`^(?:${MARKERS})`, 'u');
/** Visits, after which a brand with a trade word that ends its clause is the firm visited (走进|华辰科技|，). */
const VISITS = '走进|来到|走访|调研|考察|参观|深入|前往|莅临';
const VISIT_BEFORE = new RegExp(`(?:${VISITS})$`, 'u');
/** Roles and moves of a company right after its brand (华辰智能|创始人, 华辰科技|落户): trusted only after a brand
 *  that ends with a trade word (科技, 新材料), which ordinary phrases seldom do before these words. */
const ROLES = '创始人|董事长|总经理|总裁|首席执行官|落户|入驻|签约|投资建设|总部|旗下|负责人|党委书记';
/** A company's own premises and works after its brand (华辰电子|的生产车间, 华辰科技|厂区): read like its roles. */
const PREMISES = '生产车间|车间|厂区|生产线|研发中心';
/** Two posts of a firm's leader joined (党委书记、董事长, 总经理、党委副书记): the body they are held in is a company, whatever
 *  its brand's words (中国某建|党委书记、董事长). */
const EXECUTIVE_POST = '(?:党委(?:副)?书记|董事长|(?:副)?总经理|总裁)';
const EXECUTIVE_POSTS = new RegExp(
  `^(?=${EXECUTIVE_POST}、${EXECUTIVE_POST})(?=[^，,。；;]*?(?:董事长|总经理|总裁))`,
  'u',
);
/** A company's top post and the person holding it, right after a brand that opens a clause or a list item
 *  (，华辰信科|董事长|张三, 、青禾光纤|总裁|李四): only a firm's head holds these posts under a name, so the brand is a
 *  company's whatever its words. */
const FIRM_HEAD_POST = /^(?:执行)?(?:副)?(?:董事长|总裁|总经理|首席执行官)|^合伙人/;
const ITEM_OPENER = /^[，,、；;：:与和同及]?$/;
/** A deputy's or an executive's mark the role's match leaves on the brand (华辰中国|副|首席执行官). */
const POST_PREFIX = /(?:执行)?副$/;
/** Another post before it (中国区总裁兼|首席执行官): the words are a title's, no brand's. */
const POST_INSIDE = /总裁|董事|经理|书记|主任|首席|兼$/;

/** Whether a brand before a firm's head post names a company: it opens its clause or item, and its holder's name
 *  follows the post. A person's own name before a post (张三董事长) is no brand. */
function headedBrand(text: string, start: number, at: number): boolean {
  const post = FIRM_HEAD_POST.exec(text.slice(at, at + 6));
  if (!post || !ITEM_OPENER.test(text.slice(Math.max(0, start - 1), start))) return false;
  if (nameByWords(text, start) === at || POST_INSIDE.test(text.slice(start, at))) return false;
  return nameByWords(text, at + post[0].length, true) !== undefined;
}

/** What only a company is said to be or to have: 华辰精工|是一家…企业, 华辰股份|(600123), 华辰电子|(股票代码：002345):
 *  any proper brand before it is a company's, with or without a trade word. */
const COMPANY_ONLY =
  /^(?:(?:[，,]?(?:成立于|始建于|创立于|创建于|总部位于)[^，,。；;]{2,16}[，,])?是一家[^，,。；;]{0,24}?(?:企业|公司)|[(（](?:股票代码|证券代码)?[:：]?[0-9]{6}(?:\.(?:SH|SZ|BJ))?[)）]|[(（](?:(?:HK|港股)[:：]?[0-9]{4,5}|(?!(?:19|20)[0-9]{2}[)）])[0-9]{4,5})(?:\.HK)?[)）])/;
/** A listed company's stock code in brackets after its name (600123, 00123.HK); a year is none (报告（2024）). */
const STOCK_CODE =
  /^[(（](?:(?:股票代码|证券代码)[:：]?)?(?:[0-9]{6}(?:\.(?:SH|SZ|BJ))?|(?:(?:HK|港股)[:：]?[0-9]{4,5}|(?!(?:19|20)[0-9]{2}[)）])[0-9]{4,5})(?:\.HK)?)[)）]/;
const COMPANY_ONLY_TRIGGERS = [
  '是一家',
  '股票代码',
  '证券代码',
  ...'0123456789'.split('').flatMap((d) => [`(${d}`, `（${d}`]),
];
const LISTED_AS = '等(?:龙头|重点|知名|骨干|头部|链主)?企业';
/** What a company does with a sum or a party (华辰科技|投资5亿元, 华辰重工|与滨江县签订…): read like its roles. */
const DEALS = '投资(?:[0-9]|[一二两三四五六七八九十百千]+[万亿])|与[^，,。；;、]{2,12}?(?:签订|签约|签署)';
const DEAL_TRIGGERS = ['投资', '签订', '签约', '签署'];
const ROLE_AFTER = new RegExp(`^(?:${ROLES}|的?(?:${PREMISES})|${LISTED_AS}|${DEALS})`);
const PREMISES_AFTER = new RegExp(`^的?(?:${PREMISES})`);
/** Verbs that build or buy works: what follows is the works' product (建设|纳米材料|生产线), not a company's premises. */
const BUILDS_WORKS = /(?:建设|新建|扩建|建成|投建|兴建|引进|购置|上马|打造|改造|升级)$/;
/** A visit told as where it happened, at the opening of a clause: 在|华辰精工|，他了解…. */
const VISITED_AT = /(?:^|[，,。；;])在$/;
/** A partner after 与 or 同, with what partners do after it: 与|华辰海工|合作建设, 同|青禾科技|签订…. */
const PARTNER_BEFORE = /[与同]$/;
const PARTNER_AFTER = /合作|共建|联合|携手|签订|签约|签署|达成/;
const PARTNER_TRIGGERS = ['合作', '共建', '联合', '携手', '达成'];
/** What joins the next firm of a list visited (走进华辰科技|、|青禾电子|和|…). */
const NEXT_ITEM = /^[、和及与]$/;
/** Every candidate here follows a marker or precedes a role: a sentence holding neither needs no call. */
export const CONTEXT_COMPANY_TRIGGERS: readonly string[] = [
  ...MARKERS.split('|'),
  ...ROLES.split('|'),
  ...PREMISES.split('|'),
  ...VISITS.split('|'),
  ...COMPANY_ONLY_TRIGGERS,
  ...DEAL_TRIGGERS,
  ...PARTNER_TRIGGERS,
  '在',
];
/** What may follow a brand that ends an item or a clause. */
const ITEM_END = /^[、，,。；;和与及等]?$|^[、，,。；;和与及等]/;
/** What a company named after its kind goes on to do: 上市公司|华辰精工|将在…, 央企|华辰建设|投资…. */
const BRAND_VERB =
  /^(?:将|在|于|已|也|正|是|的|为|以|投资|落户|入驻|签约|计划|拟|今年|去年|近日|日前|目前|近年|近期|成功|率先|总投资|年产|主要|专注|位于|成立|始建|荣获|获评|入选|被|预计|通过|董事长|总经理|负责人|一期|二期|三期|新建|建成|项目)/;
/** Characters that never open a brand: particles, prepositions, conjunctions; nor does a verb of making a business
 *  stronger (做强|能源, 做大做优|…: the policy's aim, not a firm). */
const NOT_FIRST = /^(?:[的和或在从来与及对把将被为是向于了也都并]|做[强大优实精])/;
/** The markers inside a walked-back brand (龙头企业|华辰股份|投资建设): the brand starts after the last. */
const MARKER_INSIDE = new RegExp(`(?:${MARKERS})(?!.*(?:${MARKERS}))`, 'u');
/** Trade words a brand may end with though the walk reads them as verbs, when another item or the clause's end follows. */
const TRADE_AFTER = /^(投资|建设|控股|发展|实业)(?=[、，,。；;和与及]|共同)/;
const TRADE = /^(?:投资|建设|控股|发展|实业)$/;

/** A brand a context may name: a proper word of two to eight characters that is no place, industry or other name. */
function isBrand(name: string): boolean {
  return brandShape(name) && looksProper(name);
}

/** What any brand is: two to eight characters, no place, industry, generic head or name with a suffix of its own. */
function brandShape(name: string): boolean {
  if (name.length < 2 || name.length > 8 || !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(name)) return false;
  if (regionForms().has(name) || INDUSTRY_SET.has(name) || GENERIC_INDUSTRY_WORDS.has(name)) return false;
  return !kindBySuffix(name) && !isGenericHead(name) && !NOT_FIRST.test(name);
}

const PROPER_TAGS = new Set(['nr', 'nrt', 'nz', 'ns']);
const COMMON_TAGS = new Set(['v', 'vn', 'j', 'l', 'i', 'd']);
/** A brand the segmenter reads as a proper name: it opens with one (华辰, 宁德|时代) and holds no common verb or
 *  phrase (混改, 基层|党建, 布局|新兴产业 are not brands). */
function holdsProperWord(brand: string): boolean {
  const words = segment(brand);
  const first = words[0] ?? '';
  return (
    first.length >= 2 &&
    PROPER_TAGS.has(tagOf(first)) &&
    !words.some(
      (word, i) => word.length >= 2 && COMMON_TAGS.has(tagOf(word)) && !(i === words.length - 1 && TRADE.test(word)),
    )
  );
}

/** Ends of places, facilities and events that a list of projects names by themselves (某某南路, 某某馆, 某某博览会,
 *  某某梦之城, 专业楼宇, 生活配套, 某某民族村, 某某福利院), of an industry or a programme (…产业, …一体化) and of works
 *  (…改造, …提升, …深加工, …综合利用). */
const NOT_A_COMPANY_END =
  /(?:[路街馆郡里会室城村院]|楼宇|设施|配套|产业|一体化|工程|改造|提升|龙头企业|机构|深加工|综合利用)$/;
/** Descriptive openings that name a kind of product or firm, not a maker (智能化|深海装备, 新型|材料, 头部|互联网平台). */
const KIND_OPENING = /^(?:智能化|数字化|网络化|信息化|绿色|高端|新型|大型|新兴|头部|知名|优秀|龙头)/;
/** A verb or a set phrase that ends an item makes it a task, not a brand (深海|养殖, 事后|监管)… */
const PHRASE_TAGS = new Set(['v', 'vn', 'l', 'i']);
/** …unless it is a trade that ends companies' names (某某重工, 中国移动, 某某物流). */
const TRADE_END = /^(?:投资|建设|控股|发展|实业|重工|制造|物流|传媒|通信|电信|移动|联通|置业|地产|物产|航运)$/;
/** Function words: two characters holding one are no brand (悦|己). */
const FUNCTION_TAGS = new Set(['r', 'p', 'c', 'u', 'uj', 'd']);

/** Words before a trade word that say what kind of firm it is, not whose (网络科技, 专业物流, 数字科技). */
const FIELD_WORDS = new Set(['网络', '专业', '信息', '数字', '智慧', '现代', '综合', '国际', '互联网', '医药', '健康']);

/** Whether an item is a trade word after a field or another trade word (网络|科技, 生物|科技, 专业|物流): what a
 *  firm does, with no brand to tell whose it is. */
function tradeOfAField(item: string): boolean {
  const trade = WEAK_COMPANY.longestEndingAt(item, item.length, 4)!;
  const stem = item.slice(0, trade.start);
  return (
    FIELD_WORDS.has(stem) ||
    INDUSTRY_SET.has(stem) ||
    GENERIC_INDUSTRY_WORDS.has(stem) ||
    (stem.length >= 2 && WEAK_COMPANY.longestEndingAt(stem, stem.length, 4)?.start === 0)
  );
}

/** Whether a word ends with a post title (省委常委, 县长, 董事长): a role, never a firm's name. */
function endsWithTitle(item: string): boolean {
  for (let at = 0; at < item.length - 1; at++) if (TITLES.has(item.slice(at))) return true;
  return false;
}

/** Direction words that open brands as often as places (东方汽轮机, 南方航空, 北方重工). */
const BRAND_DIRECTIONS = new Set(['东方', '南方', '北方', '西方']);

/** Whether an item of a list said to be of projects or of enterprises (…等项目, …等龙头企业), which shows no
 *  suffix of its own, can be a company's short name: not an industry (物联网), a place or facility (某某南路,
 *  灯笼馆), a phase or a project (种子期创投), a joined phrase or a task (基础设施提升, 深海养殖). Brands themselves
 *  take every shape (小米, 蔚来, 中国移动, 三一重工), so only these are refused. */
export function namesACompanyItem(item: string): boolean {
  if (INDUSTRY_SET.has(item) || GENERIC_INDUSTRY_WORDS.has(item) || regionForms().has(item)) return false;
  // A central body of the state (国土资源部) is no company, whatever list it stands in.
  if (STATE_BODIES.has(item)) return false;
  // A post (省委常委、常务副省长某某宣布开工) is a person's, whatever the clause says of projects.
  if (endsWithTitle(item)) return false;
  if (/期|项目/.test(item) || (item.length >= 6 && /[和及]/.test(item))) return false;
  if (NOT_A_COMPANY_END.test(item) || KIND_OPENING.test(item)) return false;
  // A brand with a trade word is one whatever the segmenter makes of the brand (启明|装备: 启明 reads as a verb),
  // but a trade word after another or after a field names a kind of firm, no brand (网络|科技, 生物|科技, 专业|物流).
  if (endsWithCompanyWord(item)) return !tradeOfAField(item);
  const words = segment(item);
  const last = words.at(-1) ?? '';
  if (last.length >= 2 && PHRASE_TAGS.has(tagOf(last)) && !TRADE_END.test(last) && item.length >= 3) return false;
  // …nor one long common word (生物制药), nor one that opens with a locality (外海|风电, 东部|园区).
  if (words.length === 1 && item.length >= 4 && tagOf(item) === 'n') return false;
  // (东方, 南方, 北方 open brands as often: 东方汽轮机, 南方航空.)
  if (words[0]!.length >= 2 && ['f', 's'].includes(tagOf(words[0]!)) && !BRAND_DIRECTIONS.has(words[0]!)) return false;
  if (readsAsClause(words)) return false;
  return !(item.length === 2 && words.some((w) => FUNCTION_TAGS.has(tagOf(w))));
}

/** Whether an item's words read as a clause, not a name: a pronoun or a negation standing alone among them (人优我特,
 *  质量优不优, 带动力强不强). */
function readsAsClause(words: readonly string[]): boolean {
  return words.length >= 3 && words.some((w) => w.length === 1 && (tagOf(w) === 'r' || /^[不没未]$/.test(w)));
}

export function recognizeContextCompanies(text: string, sentence: number): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number) =>
    out.some((c) => c.start === start && c.end === end) ||
    out.push(candidateAt('Company', text, sentence, start, end, PRIORITY.person));
  /** Where the last firm visited ends: the next item of its list is visited too. */
  let visitedEnd = -1;
  for (let at = 1; at < text.length; at++) {
    const marker = MARKER_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
    // 企业家, 企业集团: the marker ran into a longer word.
    if (marker && !/^[家集]/.test(text.slice(at))) {
      // 龙头企业以|华辰药业、…为代表: the preposition after the marker opens no brand.
      const from = /^[以由](?=\p{Script=Han}{3})/u.test(text.slice(at)) ? at + 1 : at;
      let end = nameEnd(text, from);
      // A trade word the walk stops at ends the brand where the clause goes on to another: 国企|岚湾投资|和….
      const trade = TRADE_AFTER.exec(text.slice(end));
      if (trade) end += trade[1]!.length;
      const brand = text.slice(from, end);
      // A bare 企业 marks only a brand with a trade word (企业|华辰科技); a kind of company (央企, 龙头企业) also one
      // that another item or the clause's end follows (央企|华辰|、…).
      const closed =
        endsWithCompanyWord(brand) ||
        (marker[0] !== '企业' &&
          (ITEM_END.test(text.slice(end, end + 1)) || BRAND_VERB.test(text.slice(end))) &&
          holdsProperWord(brand));
      if (end > from && closed && isBrand(brand) && !MARKER_OPENS.test(brand)) push(from, end);
    }
    // A firm visited, or the next of a list of firms visited: a brand with a trade word that ends its item.
    if (
      VISIT_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ||
      VISITED_AT.test(text.slice(Math.max(0, at - 2), at)) ||
      (visitedEnd === at - 1 && NEXT_ITEM.test(text[at - 1]!))
    ) {
      const end = nameEnd(text, at);
      const brand = text.slice(at, end);
      if (endsWithCompanyWord(brand) && isBrand(brand) && /^[，,。；;、和及与]/.test(text.slice(end))) {
        push(at, end);
        visitedEnd = end;
      }
    }
    // (The walk reads on over 合作 and 共建, which the segmenter tags as nouns: the brand ends where they start.)
    const partnered = PARTNER_BEFORE.test(text[at - 1]!) && PARTNER_AFTER.exec(text.slice(at, at + 12));
    if (partnered && at + partnered.index <= nameEnd(text, at)) {
      const brand = text.slice(at, at + partnered.index);
      if (endsWithCompanyWord(brand) && isBrand(brand)) push(at, at + partnered.index);
    }
    const role = ROLE_AFTER.exec(text.slice(at, at + 20));
    if (role) {
      let start = nameStart(text, at);
      const marked = MARKER_INSIDE.exec(text.slice(start, at));
      if (marked) start += marked.index + marked[0].length;
      // The other party of a signing is no part of the brand: 滨江区与|凌云科技|签约.
      const party = /^.{2,}[与和同跟及]/u.exec(text.slice(start, at));
      if (party) start += party[0].length;
      // A former post's mark is the post's, not the brand's (某某银行|原|董事长).
      const end = text[at - 1] === '原' && at - 1 > start ? at - 1 : at;
      const brand = text.slice(start, end);
      const builtWorks = PREMISES_AFTER.test(role[0]) && BUILDS_WORKS.test(text.slice(Math.max(0, start - 2), start));
      const executive = EXECUTIVE_POSTS.test(text.slice(at, at + 16));
      // (…|副|总裁: the post's mark is the post's, and the brand ends before it.)
      const postAt = end === at ? at - (POST_PREFIX.exec(brand)?.[0].length ?? 0) : -1;
      // (A brand with a trade word is most often a registered name's short form, which short-forms.ts ties to it.)
      const bare = text.slice(start, postAt);
      if (postAt > start && !endsWithCompanyWord(bare) && headedBrand(text, start, postAt) && isBrand(bare))
        push(start, postAt);
      else if (!builtWorks && (((endsWithCompanyWord(brand) || executive) && isBrand(brand)) || isLatinBrand(brand)))
        push(start, end);
    }
    if (COMPANY_ONLY.test(text.slice(at, at + 40))) {
      let start = nameStart(text, at);
      // 港股上市公司|华辰控股（00123.HK）: the brand starts after the kind of company written before it.
      const marked = MARKER_INSIDE.exec(text.slice(start, at));
      if (marked) start += marked.index + marked[0].length;
      // A stock code says a listed company whatever its words (春秋航空(601021)); being 一家…企业 needs a proper brand.
      // Its name is the clause's opening when that is short (；春秋航空(601021): 春秋 is no time word there).
      const listed = STOCK_CODE.test(text.slice(at, at + 20));
      const clause = at - (/[\p{Script=Han}]{2,6}$/u.exec(text.slice(0, at))?.[0].length ?? 0);
      if (listed && clause < start && /^(?:|.*[，,。；;：:、\s>])$/u.test(text.slice(0, clause))) start = clause;
      const brand = text.slice(start, at);
      const shaped = listed ? brandShape(brand) && (brand.length >= 3 || looksProper(brand)) : isBrand(brand);
      if (shaped || isLatinBrand(brand)) push(start, at);
    }
  }
  return out;
}
