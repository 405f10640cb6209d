// Industries from the general industry lexicon (list contexts such as …三大主导产业 add more in lists.ts).
import { GENERIC_INDUSTRY_WORDS, HEAD_ONLY_INDUSTRIES, INDUSTRY_SET, INDUSTRY_TRIE } from '../lexicon/industries.ts';
import { regionForms } from '../lexicon/regions.ts';
import { tagOf, wordsWithStarts } from '../lexicon/segmenter.ts';
import { PRIORITY, type Candidate } from './candidate.ts';
import { isStopWord } from './boundary.ts';

/** An industry word the text closes with 产业 or 业 (文化旅游|业, 新一代信息技术|产业): that fuller form is how the
 *  report names it, kept as an alias of the lexicon's term (业务, 业态 and 业绩 are other words). */
const INDUSTRY_HEAD = /^(?:产业|行业|业)(?![务态绩主内界])/;

/** Words that, right after an industry word, make it part of another name or term (渔业示范基地, 软件产业基地,
 *  某某产业投资集团, 产业联盟, 产业化), of an organ's name (大数据发展管理局, 畜牧业发展中心) or a thing of it (储能电站,
 *  大数据平台, 汽车零部件制造企业, 制造业龙头企业, 智能装备制造项目, 海上风电机组, 光伏组件, 光伏板, 储能装置, 5G基站, 大数据算法, 会展中心, 中医药学术论坛, 物流枢纽, 储能项目, 乡村旅游精品
 *  线路, 电子商务培训, 金融服务水平, 新能源客车, 新能源车企), of a ranking or an award (制造业单项冠军, 制造业500强): no industry is named there. A cluster or a chain of an industry (新能源产业集群,
 *  低空经济产业链) names it, and so does a zone for it (智能制造示范区). */
const INSIDE_A_NAME =
  /^(?:(?:发展|促进|服务|管理|监测|执法)*(?:管理局|服务中心|中心|局|委员会|办公室|服务站|站)|(?:制造|生产|加工|研发|销售|装备|运维)?(?:龙头|骨干|领军|头部|优质|链主)?(?:企业|公司|车间|工厂|基地|项目)|开发区|示范(?!区)|联盟|基金|协会|商会|学会|研究院|研究所|投资|项目|电站|场|垃圾|精品|线路|培训|课程|生产线|平台|中心|枢纽|机组|组件|算法|原理|分析|面板|(?:发电)?板(?!块)|玻璃|装置|系统|器件|厂房|基站|信号|设备|产品|展品|展示|试点|论坛|学术|活动|博览会|展会|展销会|下乡|合作|水平|模式|目的地|品牌|重点村|示范村|专业村|聚落|船舶|一体化|专业|学院|化(?!工)|服务(?!业)|单项冠军|[0-9百千]+强|综合体|客车|整车|商用车|乘用车|车企|重卡|(?:实用|适用)?技术(?!产业|服务业)|(?:运营|维修|维护|技术|管理|销售|操作|装调|检修)?(?:专员|技工|技师|工程师|技术员|维修工|操作工|装调工|人才|工人|从业人员))/;
/** A list the term stands in that names what people are trained or examined in (举办电子商务、直播带货等培训班, 开设
 *  智能制造、大数据等专业): a course's subject, not a sector a place develops. */
const COURSE_LIST_AFTER =
  /^(?:[、和及与][^，,；;。、]{1,12})*等[^，,；;。、]{0,6}?(?:培训班|培训|课程|专业|岗位|工种|讲座|技能大赛|技能竞赛)/;

/** What an industry word is the topic of rather than a sector a place develops: a meeting or course about it (人工智能产业
 *  发展座谈会, 电子商务培训班), a policy paper on it (跨境电商发展若干措施), a count of its products (新能源汽车保有量),
 *  or a slogan (“人工智能+”行动). */
const TOPIC_AFTER =
  /^(?:产业|行业)?(?:发展|创新|应用|高质量发展|招商|合作|融合发展|优化提升)?(?:座谈会|研讨会|推介会|洽谈会|对接会|交流会|发布会|培训班|培训会|讲座|讲堂|大会|峰会|年会|大赛|竞赛|沙龙|若干措施|若干政策|实施意见|指导意见|实施方案|行动方案|行动计划|扶持政策|管理办法|保有量|销量|充电桩|充电站|\+(?=[”"行]))/;

/** A meeting or a body named after the term within its phrase (人工智能+制造业推进会, 新能源汽车产业创新联盟): the
 *  term is what the meeting or body is about. */
const EVENT_OR_BODY_AFTER =
  /^[^\s，,；;。、：:“”《》]{0,8}?(?:座谈会|研讨会|推介会|推进会|洽谈会|对接会|交流会|发布会|培训班|培训会|博览会|展览会|交易会|峰会|论坛|创新联盟|产业联盟|促进会|联合会|行业协会|产业协会|商会)/;
/** A company's profile (华辰集团是一家集智能制造、新材料研发于一体的企业; 经营范围包括…): its business, not a sector a
 *  place develops. */
const COMPANY_PROFILE = /是一家|集[^，,；;。]{2,40}于一体|经营范围|主营业务|主要产品/;

/** The clause around a span: between the clause marks before and after it. */
function clauseAround(text: string, start: number, end: number): string {
  const from =
    Math.max(...['，', ',', '；', ';', '。', '！', '？', '\n'].map((c) => text.lastIndexOf(c, start - 1))) + 1;
  const after = text.slice(end).search(/[，,；;。！？\n]/);
  return text.slice(from, after < 0 ? text.length : end + after);
}

/** 业 closing a word that is no sector (旅游业态, 物流业务, 金融业绩). */
const NOT_A_SECTOR_END = /^[务态绩主内界]/;

/** An official's portfolio (分管工业和信息化、文化旅游、林业工作; 负责电子商务工作): the clause names the work
 *  someone oversees, not an industry a place develops. */
const PORTFOLIO_BEFORE = /(?:分管|主管|协管|负责|协助|联系|主持)[^，,；;。：:]*$/;
const PORTFOLIO_AFTER = /^[^，,；;。]*?(?:等)?(?:方面的?)?工作/;

export function inPortfolio(text: string, start: number, end: number): boolean {
  return PORTFOLIO_BEFORE.test(text.slice(0, start)) && PORTFOLIO_AFTER.test(text.slice(end));
}

/** Words right before a term that make it what a company makes or serves (主要生产新能源汽车电机, 广泛应用于光伏), or a
 *  tool someone uses (运用大数据, 借助人工智能, 基于大数据的预测). */
const PRODUCT_BEFORE =
  /(?:基于|生产|制造|销售|主营|经营|应用于|用于|供应|推广应用|推广使用|购买|购置|使用|运用|利用|借助)$/;
/** …and the later items of a list such a word opens (产品广泛应用于新能源汽车、储能等领域). */
const PRODUCT_LIST_BEFORE = /(?:应用于|主要生产|主营|销往)(?:[^，,；;。、]{1,12}[、和及与])+$/;

/** Whether the words before a term or its list make it what a company makes or serves (主要生产…, 应用于…). */
export function productBefore(before: string): boolean {
  return PRODUCT_BEFORE.test(before) || PRODUCT_LIST_BEFORE.test(before);
}

/** A list's first item after a word that makes the list a company's goods or market (主要生产A、…, 应用于A、…). */
const PRODUCTS_OPENING = /(?:应用于|用于|主要生产|主营|销往|供应)[^，,；;。、]{1,12}$/;

export function productsServe(firstItemAndBefore: string): boolean {
  return PRODUCTS_OPENING.test(firstItemAndBefore);
}

/** A list the term stands in, closed by what its items are when that is no sector: tools (大数据、云计算等技术手段),
 *  things (机器人等先进医疗设备), labels (绿色食品、地理标志产品等品牌), facilities (充电桩、储能等设施) or what
 *  people buy (新能源汽车、家电等大宗消费; 智能家居、预制菜等新的消费增长点). A technology's industry (激光技术产业)
 *  and a technology firm (…等高新技术企业) are other words. */
const TOOLS_OR_THINGS_AFTER =
  /^(?:[、和及与][^，,；;。、]{1,12})*等[^，,；;。、]{0,6}?(?:技术|手段|工具|设备|装备|产品|展品|品牌|认证|设施|消费)(?![产企])/;
/** A list of trades a clause regulates (船舶制造、印染等行业挥发性有机物治理, 等重点行业安全检查): trades policed, not
 *  sectors developed. */
const REGULATED_AFTER =
  /^(?:[、和及与][^，,；;。、]{1,12})*等(?:重点|相关)?行业[^，,；;。]{0,12}?(?:治理|整治|监管|执法|检查|污染|排放|安全)/;
/** A mode or scheme the term opens the name of (跨境电商分布式仓储模式, “线上跨境电商+一般贸易进口”模式). */
const MODE_AFTER = /^[^，,；;。、]{0,14}?模式/;

/** An industry another is to merge with or to serve (推动A同B深度融合, 金融对B的支撑): B is a partner there, not a sector
 *  the text develops. */
const PARTNER_BEFORE = /(?:[与同]|对)$/;
const PARTNER_AFTER = /^(?:产业|行业)?(?:的)?(?:深度|加速|协同|互动)?(?:融合|的?支撑|的?支持)/;

/** …and the items of a list of such partners (加强与A、B、C等深度融合). */
const PARTNER_LIST_BEFORE = /[与同](?:[^，,；;。、]{1,12}[、和及])*$/;
const PARTNER_LIST_AFTER =
  /^[^，,；;。、]{0,4}?(?:[、和及与][^，,；;。、]{1,12})*等?(?:产业|行业)?(?:的)?(?:深度|加速|协同|互动)?融合/;

export function mergePartner(text: string, start: number, end: number): boolean {
  return (
    (PARTNER_BEFORE.test(text.slice(0, start)) && PARTNER_AFTER.test(text.slice(end))) ||
    (PARTNER_LIST_BEFORE.test(text.slice(0, start)) && PARTNER_LIST_AFTER.test(text.slice(end)))
  );
}

/** What after a term says it is to be merged with another (促进A与B融合发展). */
const MERGES_WITH = /^(?:产业|行业)?[与同和][^，,；;。、]{2,12}?(?:的)?(?:深度|加速|协同|互动)?融合/;

/** Terms a merge names only as the side the other is merged into (数字技术和实体经济深度融合, 实体经济与数字经济融合):
 *  the real economy as a whole, not a sector. Developed on its own (做强实体经济) it stays one. */
const MERGED_INTO = new Set(['实体经济']);
const JOINED_BEFORE = /[与同和]$/;

function mergedInto(text: string, start: number, end: number): boolean {
  return (
    MERGED_INTO.has(text.slice(start, end)) &&
    ((JOINED_BEFORE.test(text.slice(0, start)) && PARTNER_AFTER.test(text.slice(end))) ||
      MERGES_WITH.test(text.slice(end)))
  );
}

/** Words before the real economy that make it what finance or technology serves (更好服务实体经济, 数字技术赋能实体经济,
 *  金融对实体经济的支撑): the economy as a whole a sector serves, no sector itself. */
const SERVED_BEFORE = /(?:服务|赋能|助力|支持|支撑|对|促进)$/;

function servedEconomy(text: string, start: number, end: number): boolean {
  return MERGED_INTO.has(text.slice(start, end)) && SERVED_BEFORE.test(text.slice(0, start));
}

/** Whether the term stands inside a title in 《》 (a course, a book, a policy document: 《电子商务实务》). */
function inTitle(text: string, start: number): boolean {
  const open = text.lastIndexOf('《', start);
  return open >= 0 && text.lastIndexOf('》', start) < open;
}

/** A park's head after the term: a brand before it may fuse with the term's first character (智联新|能源产业园). */
const PARK_HEAD_AFTER = /^(?:产业)?(?:园|基地|小镇|谷|港|城)/;

/** Whether a term starts inside a word of the sentence (油|茶业, 胃镜机|器人): it is part of another word. */
function startsMidWord(text: string, start: number): boolean {
  const { words, starts } = wordsWithStarts(text);
  for (let i = 0; i < words.length; i++) {
    if (starts[i]! >= start) return false;
    if (starts[i]! + words[i]!.length > start) return /^[\p{Script=Han}]+$/u.test(words[i]!);
  }
  return false;
}

/** Whether a term opens a longer word of the sentence (锂电池, 5GW): it is part of a product's or a unit's name, unless
 *  the rest of that word is the sector's head (信息产业). A word that only starts inside the term (新能源|汽车产量) is
 *  no such name. */
function opensLongerWord(text: string, start: number, end: number): boolean {
  const { words, starts } = wordsWithStarts(text);
  const i = starts.indexOf(start);
  if (i < 0) return false;
  const wordEnd = start + words[i]!.length;
  return wordEnd > end && !/^(?:产业|行业|业)/.test(text.slice(end, wordEnd));
}

/** A stage of an industry's chain written after it as one word (光伏|制造, 绿色食品|加工, 海上风电|运维, 清洁能源|装备),
 *  ending the item or closed by 产业 or 业态: the report names that stage as its industry. */
const STAGE_AFTER =
  /^(?:精深加工|深加工|加工|装备制造|制造|装备|运维)(?=[、，,；;。和及与等为]|产业|业态|业(?![务态绩主内界])|$)/;

/** Words that qualify an industry as the report writes it (现代特色农业, 热带高效农业, 农村电子商务): the written form
 *  with them is how the report may name it, kept as an alias. */
const QUALIFIER_BEFORE =
  /(?:现代|特色|高效|优势|热带|农村|乡村|海洋|生态|休闲|绿色|智慧|数字|高端|新型|精品|都市|临港|县域)+$/;

function qualifiedForm(text: string, start: number, end: number): string | undefined {
  const q = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 8), start));
  return q ? q[0] + text.slice(start, end) : undefined;
}

/** Farming sectors named by what they grow or raise (葡萄|种植业, 生猪|养殖业, 种植|养殖业): the crop or the other
 *  activity before the sector word is part of the industry's name. */
const FARMING_SECTOR = /^(?:种植业|养殖业|种养业)$/;
const FARMING_ACTIVITY = /^(?:种植|养殖|种养)$/;
/** A farming sector that names an industry only with what it farms (稻渔|种养业; 高附加值的种养业 is any farming). */
const NEEDS_PRODUCT = new Set(['种养业']);
/** Nouns before a farming sector that qualify or scope it rather than name a product (特色|种植业, 全县|养殖业). */
const NOT_A_PRODUCT =
  /^(?:特色|传统|现代|优势|生态|绿色|高效|规模|设施|农业|畜牧|本地|当地|农村|乡村|全[县市区省镇乡村]|[县市区省镇乡村])$/;
const MAX_PRODUCT_WORDS = 2;

/** The products or activity written right before a farming sector word that starts at `start` (葡萄, 稻渔): '' when
 *  none. */
function farmedBefore(text: string, start: number): string {
  const { words, starts } = wordsWithStarts(text.slice(0, start));
  let from = start;
  for (let i = words.length - 1, n = 0; i >= 0 && n < MAX_PRODUCT_WORDS; i--, n++) {
    const word = words[i]!;
    const product = tagOf(word) === 'n' && /^\p{Script=Han}{1,4}$/u.test(word);
    if ((!product && !FARMING_ACTIVITY.test(word)) || NOT_A_PRODUCT.test(word) || regionForms().has(word)) break;
    from = starts[i]!;
  }
  return text.slice(from, start);
}

/** Whether a term stands in a list beside another industry term (物联网、|5G|、人工智能). */
function listedWithSectors(text: string, start: number, end: number): boolean {
  const next = text[end] === '、' ? INDUSTRY_TRIE.longestAt(text, end + 1) : undefined;
  const previous = text[start - 1] === '、' ? INDUSTRY_TRIE.longestEndingAt(text, start - 1, 8) : undefined;
  return (
    (next !== undefined && !HEAD_ONLY_INDUSTRIES.has(text.slice(next.start, next.end))) ||
    (previous !== undefined && !HEAD_ONLY_INDUSTRIES.has(text.slice(previous.start, previous.end)))
  );
}

export function recognizeIndustries(text: string, sentence: number): Candidate[] {
  return INDUSTRY_TRIE.findAll(text).flatMap(({ start: termStart, end: termEnd }) => {
    let start = termStart;
    const end = termEnd + (STAGE_AFTER.exec(text.slice(termEnd))?.[0].length ?? 0);
    if (inPortfolio(text, start, end) || inTitle(text, start)) return [];
    if (productBefore(text.slice(0, start))) return [];
    if (
      [TOOLS_OR_THINGS_AFTER, MODE_AFTER, REGULATED_AFTER, COURSE_LIST_AFTER].some((after) =>
        after.test(text.slice(end)),
      )
    )
      return [];
    if (mergePartner(text, start, end) || mergedInto(text, start, end) || servedEconomy(text, start, end)) return [];
    if (startsMidWord(text, start) && !PARK_HEAD_AFTER.test(text.slice(end))) return [];
    if (opensLongerWord(text, start, end)) return [];
    const farmed = FARMING_SECTOR.test(text.slice(start, end)) ? farmedBefore(text, start) : '';
    if (!farmed && NEEDS_PRODUCT.has(text.slice(start, end))) return [];
    start -= farmed.length;
    const name = text.slice(start, end);
    const head = INDUSTRY_HEAD.exec(text.slice(end, end + 3));
    const fuller = head && !name.endsWith('业') ? name + head[0] : undefined;
    // A product or a technology (芯片, 无人机照片, 5G网络) names a sector only with the sector's head (芯片产业) or
    // listed beside another sector (推进5G、物联网、人工智能等).
    if (HEAD_ONLY_INDUSTRIES.has(name) && !(head && /^[产行]/.test(head[0])) && !listedWithSectors(text, start, end))
      return [];
    // A sector named with 业 is also named without it (旅游业, 餐饮业: 旅游, 餐饮).
    // Not for words whose 业 closes a two-character word (特色|农业, 休闲|渔业): 特色农 names nothing.
    const bare = /^[\p{Script=Han}]{2,}(?<![产行农工商林渔])业$/u.test(name) ? name.slice(0, -1) : undefined;
    if (INSIDE_A_NAME.test(text.slice(fuller ? end + head![0].length : end))) return [];
    if (TOPIC_AFTER.test(text.slice(end)) || EVENT_OR_BODY_AFTER.test(text.slice(end))) return [];
    if (COMPANY_PROFILE.test(clauseAround(text, start, end))) return [];
    if (name.endsWith('业') && NOT_A_SECTOR_END.test(text.slice(end))) return [];
    const qualified = qualifiedForm(text, start, end);
    return {
      kind: 'Industry' as const,
      name,
      sentence,
      start,
      end: fuller ? end + head![0].length : end,
      priority: PRIORITY.industry,
      ...((fuller || bare || qualified) && {
        aliases: [fuller ?? bare, qualified, qualified && fuller && qualified + head![0]].filter(
          (a): a is string => !!a,
        ),
      }),
    };
  });
}

/** Parts of speech of the words that name an industry before 产业: nouns, unknown words (never a place: 某省|芯片产业). */
const CONTENT_TAGS = new Set(['n', 'nz', 'nr', 'j', 'x', 'eng']);
/** Activities the segmenter tags as verbal nouns that name a sector before 产业 (旅游|产业, 养殖|产业). */
const ACTIVITY_SECTORS = new Set([
  '旅游',
  '养殖',
  '种植',
  '设计',
  '检测',
  '销售',
  '会展',
  '物流',
  '康养',
  '研发',
  '餐饮',
  '电商',
]);
/** Parts of speech that may open the name without naming anything alone (新一代, 非|煤). */
const OPENING_TAGS = new Set(['t', 'h', 'b']);
const MAX_INDUSTRY_NAME = 8;
/** How a place's name ends (…实验区, …片区, …镇): before 产业 it names whose industries they are. */
const PLACE_END = /(?:区|县|市|省|镇|乡|村|园|州)$/;
/** Place words after a stem elsewhere in the sentence that make the stem a place's name (金湾|新城). */
const PLACE_AFTER = '新城|新区|片区|园区|开发区|镇|乡|村|县|市|区';
/** Verbs and scopes the segmenter may tag as nouns (大力发展, 全县): the name starts after them. */
const ACTION =
  /致力|探索|^当$|发展|培育|壮大|打造|推动|推进|加快|做强|做大|引进|建设|支持|提升|优化|重构|重塑|构建|夯实|巩固|赋能|布局|聚焦|瞄准|抢占|利用|依托|制约|阻碍|影响|^[全本该各]/;
/** Words that name an industry only with another before them (激光|技术产业, not 技术产业 alone). */
const NO_NAME_ALONE = new Set(['技术', '科技', '信息']);
/** Nouns that qualify 产业 without naming one (农业产业, 乡村产业, 富民产业, 科技产业, 县域产业, 新质生产力产业). */
const NOT_INDUSTRY = new Set([
  '农业',
  '乡村',
  '富民',
  '有关',
  '区域',
  '现有',
  '南北',
  '现代化',
  '绿色',
  '高端',
  '成熟期',
  '群众',
  '农民',
  '经济',
  // (…and the economy and society that are developed with them: 经济社会和|文旅产业.)
  '经济社会',
  '第一',
  '第二',
  '第三',
  '科技',
  '高新',
  '工业',
  '服务',
  '县域',
  '集体',
  '村集体',
  '民营',
  '生产力',
  '新质生产力',
  '经济圈',
  '战略',
  '地区',
  '细分',
  '和',
  '及',
  // Which round, not which industry (新一轮产业).
  '新一轮',
  // A scope, a rank or a figure of speech, not which industry (国际产业转移, 世界一流|集成电路产业, 优质产业空间,
  // 百亿级规模产业, 全链条产业, 新赛道产业, 拳头产业, 新时代, 都市型产业升级).
  '国际',
  '全球',
  '世界',
  '一流',
  '优质',
  '规模',
  '链条',
  '赛道',
  '拳头',
  '链接',
  '时代',
  '都市型',
  // Whose industries, not which (两地产业, 当地产业).
  '两地',
  '三地',
  '双方',
  '当地',
  '本地',
  '各地',
]);

/**
 * Industries the lexicon does not list, named by the head 产业 (石斛|产业, 农家乐|产业, 新一代|信息技术|产业): up to three
 * noun words before it, at least one of them not a qualifier (三大|主导产业 names none). The segmenter may fuse the
 * head with the word before it (信息产业), which then counts as that word. 产业园, 产业链 are other words.
 */
/** One adjective character the segmenter cut from a longer word before 产业 (超|硬, 冷|链, 高|纯); not a verb's complement
 *  (做|强, 做|大), which ends a phrase before the name. */
const CUT_OFF_QUALITY = /^[^强大优好实精新快全]$/u;
/** Qualities and tiers a thing's industry is written with before 产业 (葡萄特色产业, 辣椒主导产业). */
const QUALITY = /^(?:特色|优势|特色优势|主导|支柱|首位)$/;
/** Tiers among them: a property of the place's focus (FOCUSES_ON's tier), no part of the industry's name. */
const TIER_QUALITY = /^(?:主导|支柱|首位)$/;
export const INDUSTRY_HEAD_TRIGGERS: readonly string[] = ['产业'];

export function recognizeIndustryHeads(text: string, sentence: number): Candidate[] {
  if (!text.includes('产业')) return [];
  const { words, starts } = wordsWithStarts(text);
  const out: Candidate[] = [];
  words.forEach((word, i) => {
    if (!word.endsWith('产业') || word === '房地产业') return;
    const headWord = '产业';
    const end = starts[i]! + word.length;
    if (INSIDE_A_NAME.test(text.slice(end)) || inPortfolio(text, starts[i]!, end) || inTitle(text, starts[i]!)) return;
    let stem = word.slice(0, -headWord.length);
    // 特色 or 优势 between the thing and 产业 (黄花|特色产业) qualifies the industry the thing names.
    const quality = QUALITY.test(stem) ? stem : '';
    if (quality) stem = '';
    if (GENERIC_INDUSTRY_WORDS.has(stem) || NOT_INDUSTRY.has(stem)) return;
    let content = stem !== '';
    let start = starts[i]!;
    let cut = false;
    for (let j = i - 1, n = 0; j >= 0 && n < 3; j--, n++) {
      const w = words[j]!;
      if (!/^[\p{Script=Han}A-Za-z0-9]+$/u.test(w) || end - starts[j]! > MAX_INDUSTRY_NAME + 2) break;
      const tag = tagOf(w);
      // A lone quality character the segmenter split off (超|硬|材料产业, 冷|链物流产业) belongs to the name: the
      // words after it are the name's tail, no industry's name.
      cut = CUT_OFF_QUALITY.test(w) && tag === 'a';
      if (cut) break;
      if (GENERIC_INDUSTRY_WORDS.has(w) || NOT_INDUSTRY.has(w) || ACTION.test(w) || regionForms().has(w)) break;
      // Firms of a kind (中小企业|特色产业集群) say whose industries, not which.
      if (w.endsWith('企业')) break;
      // A place (某某高新区|电子信息产业) or its suffix the segmenter left alone (某某|区|海洋生物|技术产业) ends the
      // place, not opens the name; so does a scale (世界级, 千亿级).
      // (…and so does an organ: 某某管理局|产业招商部.)
      if (/[区县市省镇乡村园级局]$/.test(w) || /(?:基地|园区)$/.test(w)) break;
      // …and a verb that introduces names (积极助力|产业升级) is no part of one.
      if (isStopWord(w)) break;
      // …and a count (六大|主导产业) says how many, not which.
      if (/^[0-9一二两三四五六七八九十]+[大个类项]$/.test(w)) break;
      if (CONTENT_TAGS.has(tag) || ACTIVITY_SECTORS.has(w)) content = true;
      else if (!OPENING_TAGS.has(tag)) break;
      start = starts[j]!;
    }
    // A conjunction the segmenter joined to the first word opens no name (和|文旅产业).
    if (/^[和及与]/.test(text.slice(start, end - headWord.length)) && end - headWord.length - start > 2) start++;
    const named = text.slice(start, end - headWord.length - quality.length);
    // 工业和信息化 is an organ's portfolio (工业和信息化产业转型升级资金): 信息化 names no industry there.
    if (named === '信息化' && text.slice(0, start).endsWith('工业和')) return;
    // A place's industry is no industry's name (实验区产业, 金湾产业 beside 金湾新城): the place is named elsewhere.
    if (PLACE_END.test(named) || new RegExp(`${named}(?:${PLACE_AFTER})`).test(text)) return;
    if (
      cut ||
      !content ||
      named.length < 2 ||
      INDUSTRY_SET.has(named) ||
      NOT_INDUSTRY.has(named) ||
      NO_NAME_ALONE.has(named) ||
      /换/.test(named)
    )
      return;
    const kept = TIER_QUALITY.test(quality) ? '' : quality;
    const name = named + kept + headWord;
    // The report may name it without the head elsewhere (激光广电): both forms are the industry's.
    out.push({
      kind: 'Industry',
      name,
      aliases: kept ? [named + headWord, named] : [named],
      sentence,
      start,
      end,
      priority: PRIORITY.industry,
    });
  });
  return out;
}

/** A park at the head of its clause (某某新能源产业园位于…): the sentence is about the park, whose name says its industry. */
const PARK_AS_SUBJECT = /(?:^|[，,；;。：:])[“"‘]?$/;

/** Whether a park's name in its sentence tells an industry the report speaks of: the park is its clause's subject, is
 *  listed with other parks (一区三园：新能源产业园、生物医药产业园: a zone's parks split by industry), or the sentence
 *  speaks of industries besides (培育新兴产业，某某新材料产业园强势崛起). */
function parkNamesItsIndustry(park: Candidate, parksInSentence: Candidate[], text: string): boolean {
  if (PARK_AS_SUBJECT.test(text.slice(0, park.start))) return true;
  const listed = parksInSentence.some(
    (o) => /^[、和与及]$/.test(text.slice(o.end, park.start)) || /^[、和与及]$/.test(text.slice(park.end, o.start)),
  );
  const outsideParks = [...parksInSentence]
    .sort((a, b) => b.start - a.start)
    .reduce((t, o) => t.slice(0, o.start) + '|' + t.slice(o.end), text);
  return listed || outsideParks.includes('产业');
}

/** Industries the report names only inside parks' names (调研某某大数据产业园): the park's name, not an industry the
 *  report speaks of; measured on the corpus's train and dev splits, such industries are mostly not annotated. One the
 *  report also names elsewhere keeps its mentions inside names too (they give the park's focus), and so does one whose
 *  park's sentence tells it (parkNamesItsIndustry). */
export function dropIndustriesOnlyInParkNames(kept: Candidate[], texts: readonly string[]): Candidate[] {
  const parks = kept.filter((p) => p.kind === 'Park');
  const parksIn = (sentence: number) => parks.filter((p) => p.sentence === sentence);
  const told = (c: Candidate) => {
    const park = parksIn(c.sentence).find((p) => p.start <= c.start && c.end <= p.end);
    return park === undefined || parkNamesItsIndustry(park, parksIn(c.sentence), texts[c.sentence]!);
  };
  const formsOf = (c: Candidate) => [c.name, ...(c.aliases ?? [])];
  const named = new Set(kept.filter((c) => c.kind === 'Industry' && told(c)).flatMap(formsOf));
  return kept.filter((c) => c.kind !== 'Industry' || formsOf(c).some((f) => named.has(f)));
}
