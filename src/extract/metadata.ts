// Report metadata: headline, publication date, source and reporters' bylines.
//
// It reads the page's head and tail in the original text (normalized line by line, chrome included: a
// dateline or a 来源: field is chrome for the body but metadata for us), and the body's last lines in the
// normalized text for bylines. Only those parts are read, so cost does not grow with the report.
import { BODY_LABEL, type ChromeKind, ChromeFilter, datelinePlace, MEDIA_BEFORE_ROLE } from './chrome.ts';
import { closeLetterSpacing, type Simplifier, simplifierFor } from './chinese.ts';
import type { PageHeadings } from './html.ts';
import type { Markup } from './markup.ts';
import { forEachTextLine, markupOf, normalizeLine, type NormalizedText } from './normalize.ts';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './lexicon/people.ts';
import { CJK_DIGITS } from './lexicon/numerals.ts';

export interface ReportMeta {
  title?: string;
  /** YYYY-MM-DD */
  publishedAt?: string;
  source?: string;
  /** Reporters named in bylines; they are not entities. */
  authors: string[];
  /** The place a news agency's dateline files the report from (某社江苏滨海8月6日电): metadata, not text, but the
   *  place the report is written from. */
  filedFrom?: string;
}

/** How much of the page counts as its head and its tail. */
const HEAD_LINES = 20;
const TAIL_LINES = 12;
const EDGE_CHARS = 8000;
/** Metadata sits in short lines or at the start of a paragraph (本报讯(记者 …)): paragraphs are read in part. */
const SHORT_LINE = 120;
const PARAGRAPH_PREFIX = 48;
/** The headline is among the first lines of the page. */
const TITLE_WITHIN = 12;

interface PageLine {
  text: string;
  chrome: ChromeKind | undefined;
  /** The date of a 发布日期:-style field on this line. */
  labelledDate: string | undefined;
  /** The line as a dateline (it starts with a date). */
  dateline: { iso: string; rest: string } | undefined;
  /** Only the start of a long line was read. */
  partial: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const NUMERIC_DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/;
const CJK_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/** 十二 → 12, 三十一 → 31, 二〇二三 (digit by digit) → 2023. */
function cjkNumber(s: string): number {
  if (!s.includes('十')) return Number([...s].map((c) => CJK_DIGITS[c] ?? 0).join(''));
  const [tens, ones] = s.split('十');
  return (tens ? (CJK_DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (CJK_DIGITS[ones] ?? 0) : 0);
}

function isoDate(y: number, m: number, d: number): string | undefined {
  if (y < 1950 || y > 2100) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

/** The first full date (year, month and day) in s: 2023-08-09, 2023/8/9, 2023年1月3日, 二〇二三年一月三日. */
export function findDate(s: string): FoundDate | undefined {
  const n = NUMERIC_DATE.exec(s);
  const c = s.includes('年') ? CJK_DATE.exec(s) : null;
  const numeric = n && isoDate(Number(n[1]), Number(n[2]), Number(n[3]));
  const cjk = c && isoDate(cjkNumber(c[1]!), cjkNumber(c[2]!), cjkNumber(c[3]!));
  const a = numeric && n ? { iso: numeric, index: n.index, length: n[0].length } : undefined;
  const b = cjk && c ? { iso: cjk, index: c.index, length: c[0].length } : undefined;
  if (a && b) return a.index <= b.index ? a : b;
  return a ?? b;
}

const DATE_LABEL = /(?:发布|发表|更新|上传|刊发|发稿|稿件)?(?:日期|时间)\s*:\s*/g;

/** A date given in a labelled field: 发布日期: 2023-08-09 10:47:17. */
function labelledDate(line: string): string | undefined {
  DATE_LABEL.lastIndex = 0;
  for (let m = DATE_LABEL.exec(line); m; m = DATE_LABEL.exec(line)) {
    const found = findDate(line.slice(m.index + m[0].length));
    if (found && found.index === 0) return found.iso;
  }
  return undefined;
}

/** The date of a crawled item's stamp before its body label (2023-08-10 17:27:10，正文：…), however long its line: a
 *  dateline with nothing after it. */
function crawlStamp(line: string): { iso: string; rest: string } | undefined {
  const found = findDate(BODY_LABEL.exec(line)?.[1] ?? '');
  return found ? { iso: found.iso, rest: '' } : undefined;
}

/** A dateline: the line starts with a date (and time); `rest` is what follows, often the source. */
function dateline(line: string): { iso: string; rest: string } | undefined {
  const stamp = crawlStamp(line);
  if (stamp) return stamp;
  const found = findDate(line);
  if (!found || found.index !== 0) return undefined;
  const rest = line
    .slice(found.length)
    .replace(/^\s*\d{1,2}:\d{2}(?::\d{2})?/, '')
    .replace(/^\s*(?:星期|周)[一二三四五六日天]/, '')
    .trim();
  if (rest.length > 30 || /[。!?;,]/.test(rest)) return undefined;
  return { iso: found.iso, rest };
}

// ---------------------------------------------------------------------------------------------------------------
// Title

/** A line wholly in parentheses is a note under or above a headline: (2023年2月10日在…会议上). */
const PARENTHESISED = /^[（(][^()（）]*[)）]$/;

/** A labelled title field, as a CMS export heads its text: 标题: 某某. */
const TITLE_FIELD = /^(?:标题|题目|文章标题|新闻标题)\s*:\s*(.{4,100})$/;
/** Fields of an official document's header (发布机构: 索引号: …): metadata, never a headline. */
const DOCUMENT_FIELD =
  /^(?:发布机构|发文机关|发文单位|发文字号|文号|索引号|主题分类|成文日期|发文时间|公开方式|所属机构|来源URL|正文)\s*:/i;
/** Template code and comments a scraped page keeps (<%@ page %>, @extends(…), ${user.name}, // create by): not text. */
const CODE = /^(?:<%|@[a-z]+\(|\/\/|\{\{|\{%)|\$\{|%>/i;
/** A video or photo-story mark before a headline: [视频] 【图文】. */
const MEDIA_MARK = /^[【[](?:视频|图文|组图|图集|音频|直播|快讯)[】\]]\s*/;

/** Text that can be a headline: says something in Chinese, not a paragraph, not a field or a line of code. A page's
 *  own heading may be short (基地介绍); a line of text must say more to be taken for one. */
function isHeadlineText(t: string, shortest = 6): boolean {
  const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
  return (
    t.length >= shortest &&
    t.length <= 100 &&
    han >= Math.min(4, shortest) &&
    han >= 0.4 * t.replace(/\s/g, '').length &&
    !t.includes('。') &&
    // A sentence of a paragraph, or the lead-in of a list: 开发区全面实施四大战略:
    (t.match(/,/g)?.length ?? 0) < 3 &&
    !/:$/.test(t) &&
    !PARENTHESISED.test(t) &&
    !DOCUMENT_FIELD.test(t) &&
    !CODE.test(t)
  );
}

/** A line that can be a headline: content (not chrome) and headline-like text. */
function isHeadlineLike(line: PageLine): boolean {
  return !line.partial && line.chrome === undefined && isHeadlineText(line.text);
}

const SITE_SUFFIX = /\s*[-_|–—]\s*[^-_|–—\s]{2,16}(?:网|网站|频道|门户)$/;

function cleanTitle(t: string): string {
  return closeLetterSpacing(t)
    .replace(/^原标题\s*:\s*/, '')
    .replace(MEDIA_MARK, '')
    .replace(SITE_SUFFIX, '')
    .trim();
}

interface FoundTitle {
  title: string;
  /** Its line in the head; -1 when only the page's markup gave it. */
  index: number;
}

/** A heading the markup gave, normalized like the page's lines, and where the head shows it. */
function headingTitle(heading: string | undefined, head: PageLine[], simplifier: Simplifier): FoundTitle | undefined {
  if (!heading) return undefined;
  const title = cleanTitle(normalizeLine(heading, simplifier, { html: false, markdown: false }));
  if (!isHeadlineText(title, 2)) return undefined;
  return { title, index: head.findIndex((l) => l.text.includes(title)) };
}

function findTitle(
  head: PageLine[],
  headings: PageHeadings,
  simplifier: Simplifier,
  text: string,
): FoundTitle | undefined {
  const limit = Math.min(head.length, TITLE_WITHIN);
  for (let i = 0; i < limit; i++) {
    const labelled = TITLE_FIELD.exec(head[i]!.text);
    if (labelled) return { title: cleanTitle(labelled[1]!), index: i };
  }
  // A headline sits right above its dateline (发布日期: …, 2020-05-09 …).
  const dated = head.findIndex((l, i) => i < limit && (l.labelledDate || l.dateline || isSourceLine(l)));
  if (dated > 0) {
    for (let i = dated - 1; i >= 0; i--) {
      if (isHeadlineLike(head[i]!)) return { title: cleanTitle(head[i]!.text), index: i };
    }
  }
  // Else an HTML page's <title> when the page also shows it (its headline repeated), its <h1> (which some pages give
  // to a column's name), its <title> (a park's 基地介绍 page names itself there), the first headline-like line.
  const named = headingTitle(headings.title, head, simplifier);
  if (named && text.includes(named.title)) return named;
  const h1 = headingTitle(headings.h1, head, simplifier);
  if (h1) return h1;
  if (named) return named;
  for (let i = 0; i < limit; i++) if (isHeadlineLike(head[i]!)) return { title: cleanTitle(head[i]!.text), index: i };
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Source

const SOURCE_FIELD = /(?:来源|来源于|文章来源|信息来源|稿源|出处)\s*:\s*([^\s|:,;]{2,40})/;
const NEXT_FIELD = /(?:作者|编辑|责任编辑|责编|发布|时间|日期|浏览|点击|字号|阅读).*$/;
const SITE_IN_NOTICE =
  /(?:凡注明(?:为|是|来源)?\s*["“]?|版权所有\s*:?\s*|©\s*(?:\d{4}(?:-\d{4})?\s*)?|Copyright\s*(?:©|\(c\))?\s*(?:\d{4}(?:-\d{4})?\s*)?)([\p{Script=Han}A-Za-z0-9]{2,20}?(?:网站|网|报社|日报|晚报|杂志社|电视台|广播电台|在线|新闻中心))/iu;

function isSourceLine(line: PageLine): boolean {
  return line.chrome === 'field' && SOURCE_FIELD.test(line.text);
}

function sourceField(line: string): string | undefined {
  const m = SOURCE_FIELD.exec(line);
  if (!m) return undefined;
  const value = m[1]!.replace(NEXT_FIELD, '').replace(/^[《“"([【]+|[》”")\]】]+$/g, '');
  return value.length >= 2 ? value : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Authors

/** Common Chinese surnames (a general lexicon): a byline token must start with one. */

/** Words of bylines that are roles, not names: a token of their own, or a prefix (记者张三). */
const ROLE_PREFIX = new RegExp(
  `^${MEDIA_BEFORE_ROLE}?(?:特约记者|见习记者|首席记者|记者|通讯员|实习生|摄影|撰稿|撰文|作者)`,
  'u',
);
const ROLE_WORDS = new Set(['文', '图', '摄', '本报', '本台', '本网', '本刊']);
/** Names that are places or bodies: (宿迁) (江苏省) (园区) are not bylines. */
const NOT_A_NAME = /[省市区县镇乡村园局委办厅部院所司网报社台站]$/;
const EDITORIAL = /编辑|责编|审核|审校|校对|终审/;

function isPersonName(token: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(token) || NOT_A_NAME.test(token)) return false;
  if (COMPOUND_SURNAMES.some((s) => token.startsWith(s))) return token.length >= 3;
  return SINGLE_SURNAMES.has(token[0]!) && token.length <= 3;
}

/** The reporters in a byline's text (徐杰 陈娇, 记者 张三 通讯员 李四); empty unless every part is a name. */
export function bylineNames(inner: string): string[] {
  if (EDITORIAL.test(inner)) return [];
  const tokens = inner
    .split(/[\s、,/|·:]+/)
    .map((t) =>
      t
        .replace(ROLE_PREFIX, '')
        .replace(/^[(【■●◆▲★]+|[)】]$/g, '')
        .replace(/(?<=^\p{Script=Han}{2,4})摄$/u, ''),
    )
    .filter((t) => t && !ROLE_WORDS.has(t));
  return tokens.length > 0 && tokens.length <= 6 && tokens.every(isPersonName) ? tokens : [];
}

/** A parenthesised byline closing a paragraph: …新担当。 (徐杰 陈娇), or alone on its line. */
const TRAILING_BYLINE = /(?:^|[。!?”」』…])\s*\(([^()]{2,40})\)\s*$/;
/** A byline line: 记者 张三 通讯员 李四, 文/张三, 本报记者 张三, (江南日报记者 何某). */
const BYLINE_LINE = new RegExp(
  String.raw`^[(【■●◆▲★\s]*${MEDIA_BEFORE_ROLE}?(?:特约记者|见习记者|首席记者|记者|通讯员|实习生|撰稿|撰文|作者|文)\s*[:/]?\s*\p{Script=Han}`,
  'u',
);
/** A byline inside a dateline lead: 本报讯(记者 张三 通讯员 李四)…, 新华社北京1月3日电(记者 张三). */
const LEAD_BYLINE = /^.{0,30}?(?:讯|电)\s*\(([^()]{2,40})\)/;

function authorsIn(lines: string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const trailing = TRAILING_BYLINE.exec(line);
    const lead = LEAD_BYLINE.exec(line);
    if (trailing) names.push(...bylineNames(trailing[1]!));
    if (lead) names.push(...bylineNames(lead[1]!));
    if (BYLINE_LINE.test(line) && line.length <= 40) names.push(...bylineNames(line));
  }
  return [...new Set(names)];
}

// ---------------------------------------------------------------------------------------------------------------

/** Lines of a part of the page, normalized (paragraphs only in part) and classified in order. */
function pageLines(part: string, simplifier: Simplifier, markup: Markup): PageLine[] {
  const lines: PageLine[] = [];
  const filter = new ChromeFilter();
  forEachTextLine(
    part,
    (from, to) => {
      // Markup can make a short line long in the original: cut after normalizing (the head is bounded anyway).
      const whole = normalizeLine(part.slice(from, to), simplifier, markup);
      const partial = whole.length > SHORT_LINE * 2;
      const text = partial ? whole.slice(0, PARAGRAPH_PREFIX) : whole;
      if (!text) return;
      const short = !partial && text.length <= SHORT_LINE;
      lines.push({
        text,
        partial,
        chrome: partial ? undefined : filter.classify(text),
        labelledDate: short ? labelledDate(text) : undefined,
        dateline: short ? dateline(text) : crawlStamp(text),
      });
    },
    markup.bbcode,
  );
  return lines;
}

/** The first and last lines of the original. */
function pageEdges(original: string, markup: Markup): { head: PageLine[]; tail: PageLine[]; simplifier: Simplifier } {
  let headEnd = Math.min(original.length, EDGE_CHARS);
  let count = 0;
  for (let i = original.indexOf('\n'); i >= 0 && i < headEnd; i = original.indexOf('\n', i + 1)) {
    if (++count >= HEAD_LINES) headEnd = i;
  }
  let tailStart = Math.max(headEnd, original.length - EDGE_CHARS);
  count = 0;
  for (let i = original.lastIndexOf('\n'); i > tailStart; i = original.lastIndexOf('\n', i - 1)) {
    if (++count >= TAIL_LINES) tailStart = i;
  }
  const simplifier = simplifierFor(original);
  return {
    head: pageLines(original.slice(0, headEnd), simplifier, markup),
    tail: pageLines(original.slice(tailStart), simplifier, markup),
    simplifier,
  };
}

export function extractMetadata(
  original: string,
  normalized: NormalizedText,
  markup: Markup = markupOf(original),
  headings: PageHeadings = {},
): ReportMeta {
  const { head, tail, simplifier } = pageEdges(original, markup);
  const edges = [...head, ...tail];
  const found = findTitle(head, headings, simplifier, normalized.text);
  const title = found?.title;
  const titleLine = found && found.index >= 0 ? found.index : undefined;

  // Date: a labelled field, a dateline near the headline, a date in the headline, a line that is only a date.
  const near =
    titleLine !== undefined ? head.slice(Math.max(0, titleLine - 2), titleLine + 4) : head.slice(0, TITLE_WITHIN);
  const publishedAt =
    edges.find((l) => l.labelledDate)?.labelledDate ??
    near.find((l) => l.dateline)?.dateline?.iso ??
    (title ? findDate(title)?.iso : undefined) ??
    near
      .filter((l) => PARENTHESISED.test(l.text))
      .map((l) => findDate(l.text.slice(1)))
      .find((d) => d?.index === 0)?.iso ??
    edges.find((l) => l.dateline?.rest === '')?.dateline?.iso;

  // Source: a 来源 field, the name after a dateline, the site's name at the top, the site named in its notices.
  const notices = edges.filter((l) => l.chrome !== undefined);
  const source =
    notices.map((l) => sourceField(l.text)).find(Boolean) ??
    near.map((l) => l.dateline?.rest).find((rest) => rest && rest.length >= 2 && !/[\d\s]/.test(rest)) ??
    head.find((l) => l.chrome === 'site-name')?.text ??
    notices.map((l) => SITE_IN_NOTICE.exec(l.text)?.[1]).find(Boolean);

  // Bylines: at the end of the body (the last kept lines), or a byline line / lead at its start.
  const bodyLines = normalized.text.slice(-2000).split('\n').filter(Boolean).slice(-3);
  const headBody = head.filter((l) => !l.chrome || l.chrome === 'byline').map((l) => l.text);
  // Byline lines are chrome to the body (never text to extract from) but metadata here.
  const bylineLines = edges.filter((l) => l.chrome === 'byline').map((l) => l.text);
  const fieldAuthors = notices
    .map((l) => /^作者\s*:\s*([^:]*?)(?:\s{2,}|\s*(?:来源|编辑|发布|时间|日期)|$)/.exec(l.text)?.[1])
    .flatMap((names) => (names ? bylineNames(names) : []));
  const authors = [
    ...new Set([
      ...authorsIn([...bodyLines, ...headBody.slice(0, (titleLine ?? 0) + 3), ...bylineLines]),
      ...fieldAuthors,
    ]),
  ];
  // The place a dateline near the top files from (the normalized body's first lines, where the lead was cut).
  const filedFrom = head
    .slice(0, TITLE_WITHIN)
    .map((l) => datelinePlace(l.text))
    .find(Boolean);
  return { title, publishedAt, source, authors, ...(filedFrom ? { filedFrom } : {}) };
}
