// Page chrome: the lines a scraped news or government page carries around its article (navigation,
// share buttons, counters, disclaimers, copyright/ICP footers, comment boxes, "related content" lists).
// Rules are general (words and shapes of such lines), never strings of particular sites. A line that ends a
// sentence (。!?) is only ever dropped by the explicit disclaimer/copyright rules, so body text stays.
//
// Lines arrive normalized (Simplified, full-width folded) and trimmed.
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './lexicon/people.ts';

/** Single words that are interface labels when a line consists of nothing else. */
const UI_WORDS = new Set(
  (
    '首页 网站首页 返回首页 主页 导航 导航菜单 网站导航 主导航 栏目导航 菜单 主菜单 新闻中心 资讯中心 新闻动态 新闻资讯 ' +
    '要闻 要闻动态 本地要闻 地方频道 频道 栏目 政务公开 信息公开 政务服务 办事服务 互动交流 公众参与 联系我们 关于我们 ' +
    '网站地图 网站声明 隐私政策 使用说明 联系方式 广告服务 投稿 我要投稿 搜索 站内搜索 高级搜索 登录 注册 退出 ' +
    '设为首页 加入收藏 手机版 移动版 电脑版 客户端 无障碍 无障碍浏览 长者模式 关怀版 简体 繁体 繁體 简体中文 English ' +
    '返回顶部 顶部 返回 返回列表 打印 打印本页 打印此页 关闭 关闭窗口 收藏 收藏本页 分享 分享到 一键分享 点赞 赞 ' +
    '评论 举报 纠错 我要纠错 微信 微博 朋友圈 QQ QQ空间 新浪微博 腾讯微博 复制链接 扫一扫 二维码 字号 字体 ' +
    '大 中 小 默认 当前位置 您的位置 你的位置 您现在的位置 位置 正文 阅读全文 展开全文 查看原文 原文'
  ).split(' '),
);

const TOKEN_SEPARATORS = /[\s|/·•>»›【】[\]()<>:,、]+/;

const SENTENCE_END = /[。!?]/;
const ANY_PUNCTUATION = /[。!?;,、:“”"'‘’《》()]/;
const HAS_WORD = /[\p{L}\p{N}]/u;

const NUMBER_ONLY = /^[\d.,\s]+[万千kKwW]?$/;
const COUNTER =
  /^[([【]?(?:阅读|浏览|点击|访问|评论|点赞|收藏|分享|转发)(?:量|数|次数|人数)?[:\s]*[\d,.]+[万千kKwW]?\s*(?:次|人)?[)\]】]?$/;
const IMAGE_LABEL = /^[【[(](?:资料图片?|图片|视频|组图|配图|图文|音频|摄影)[^】\])]{0,10}[】\])]$/;

/** Labelled fields of a page header/footer: 来源: 作者: 发布日期: 本文地址: 关键词: 主办单位: … (not 发布机构:, the body that
 *  issues a work report, which the report names). */
const FIELD_LABEL =
  /^[([【]?\s*(?:来源|来源于|文章来源|信息来源|稿源|出处|作者|编辑|责任编辑|责编|编审|审核|审校|校对|终审|发布(?:日期|时间|者|人)?|发表(?:日期|时间)|更新(?:日期|时间)|浏览(?:次数|量)?|阅读(?:次数|量)?|点击(?:数|量|次数|率)?|访问量|字号|字体|本文地址|原文地址|原文链接|原文连结|原始网址|原始链接|原始连结|原文网址|本文链接|文章链接|文章地址|网址|分享到|关键词|关键字|标签|tags?|主办(?:单位)?|承办(?:单位)?|协办(?:单位)?|技术支持|网站标识码|备案号|联系电话|电话|传真|邮编|邮箱|电子邮件|电子邮箱|电邮|e-?mail)\s*:/i;
/** Time-like labels are only chrome when what follows is a bare date. */
const DATE_FIELD = /^[([【]?\s*(?:时间|日期)\s*:\s*\d{4}\s*[-/.年]/;
/** A dateline: a date (and time) at the start of a short line, optionally followed by a source name; not a
 *  career line's span of months (1990.09-1994.07 某局科员), whose day would be a year's first digits. */
const DATELINE =
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*(?:星期|周)[一二三四五六日天])?/;

const DISCLAIMER_START = /^[([【]?\s*(?:免责声明|版权声明|特别声明|郑重声明|法律声明|本站声明|本网声明|声明)\s*:/;
const SELF_REFERENCE = /本网|本站|本媒体|本平台|本号|本公众号/;
const RIGHTS_TERMS = /版权|知识产权|侵权|转载|摘编|立场|删除|不代表/g;
const RIGHTS_TERM = new RegExp(RIGHTS_TERMS.source);
const OPINION_DISCLAIMER = /^本文(?:仅|只)?(?:代表|系)作者/;
const FOOTER_MARKS = /ICP\s*[备证]|公网安备|Copyright|©|All rights reserved/i;
const COPYRIGHT_OWNER = /版权所有/;

const COMMENT_BOX =
  /^(?:留言与评论|发表评论|我要评论|网友评论|评论列表|最新评论|热门评论|用户评论|全部评论|评论区|文明上网|理性发言|请文明|登录后|已有\d*条评论|共有\s*\d*\s*条评论)/;
const COMMENT_FORM = /验证码|条评论|发表评论|网友评论/;

/** Headings of lists that point at other articles; the short lines after them are the list. */
const RELATED_HEADING =
  /^(?:相关(?:内容|新闻|阅读|文章|资讯|链接|推荐|报道|专题|信息|稿件)|推荐(?:阅读|图文|资讯|新闻|文章|内容)|热门(?:文章|资讯|新闻|推荐|标签|排行)|热点(?:新闻|推荐|资讯)|点击排行|阅读排行|排行榜|最新(?:文章|资讯|新闻|动态)|猜你喜欢|延伸阅读|往期回顾|精彩推荐|友情链接|(?:政府|部门|市县|区县)?网站群|部门直通车|(?:部门|市县|区县|政府)网站|快速通道|便民服务|网上办事|专题专栏|图片新闻|同类资讯|更多.{0,8}|(?:上|下)一(?:篇|条|页)(?:\s*:.*)?)$/;

const SITE_NAME = /(?:网|网站|在线|频道|门户|日报|晚报|时报|商报|新闻)$/;

/** A newspaper, agency or site before a byline's role: 江南日报记者, 新华社记者, 某某网记者. */
export const MEDIA_BEFORE_ROLE = String.raw`(?:本报|本台|本网|本刊|\p{Script=Han}{2,10}?(?:日报|晚报|早报|时报|商报|报|通讯社|社|网|电视台|台))`;
/** A byline's role words; the one-character ones (文/图) need a separator before the names. */
export const BYLINE_ROLES = String.raw`(?:(?:特约记者|见习记者|首席记者|记者|通讯员|实习生|摄影|摄像|撰稿|撰文|作者)\s*[:/]?|(?:文/图|图/文|文|图)\s*(?:[:/]|\s))`;
/**
 * A byline on a line of its own: 记者 张三 通讯员 李四, (江南日报记者 何文斌), 文/图 吴某, 记者 钱某 摄: role words and
 * names (a surname and one to three characters), nothing else.
 */
const BYLINE = new RegExp(
  String.raw`^[(【■●◆▲★\s]*${MEDIA_BEFORE_ROLE}?${BYLINE_ROLES}\s*` +
    String.raw`((?:\p{Script=Han}{2,4}(?:\s*${BYLINE_ROLES})?[\s、,]*){1,6}?)(?:摄)?\s*[)】]?$`,
  'u',
);
const BYLINE_SPLIT = new RegExp(String.raw`[\s、,]+|${BYLINE_ROLES}`, 'u');

const isName = (token: string) =>
  COMPOUND_SURNAMES.some((s) => token.startsWith(s) && token.length >= 3) ||
  (SINGLE_SURNAMES.has(token[0]!) && token.length <= 3);

function isBylineLine(line: string): boolean {
  const m = BYLINE.exec(line);
  if (!m) return false;
  const names = m[1]!.split(BYLINE_SPLIT).filter(Boolean);
  return names.length > 0 && names.every(isName);
}

/** A line that is only a web address or an e-mail address (a page's link or contact line). */
const ADDRESS_ONLY = /^(?:(?:https?|ftp):\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)$/i;

function tokens(line: string): string[] {
  return line.split(TOKEN_SEPARATORS).filter(Boolean);
}

/** A breadcrumb trail: 首页>地方频道>宿迁>要闻, 当前位置: 首页 » 新闻. */
function isBreadcrumb(line: string): boolean {
  if (/^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*:/.test(line)) return true;
  if (SENTENCE_END.test(line)) return false;
  const parts = line.split(/\s*[>»›]\s*/);
  if (parts.length < 2 || parts.some((p) => p.length > 12)) return false;
  return parts.length >= 3 || UI_WORDS.has(parts[0]!);
}

/** A footer of links separated by |: 网站首页 | 关于我们 | 联系方式 | … */
function isLinkBar(line: string): boolean {
  const parts = line.split(/[|｜]/);
  return parts.length >= 3 && !SENTENCE_END.test(line) && parts.every((p) => p.trim().length <= 15);
}

/** A tag cloud or link list: several short words and no punctuation, with a word repeated. */
function isTagCloud(line: string): boolean {
  if (ANY_PUNCTUATION.test(line)) return false;
  const words = line.split(/\s+/);
  if (words.length < 4 || words.some((w) => w.length > 10)) return false;
  return new Set(words).size < words.length;
}

/** Every token is an interface word (收藏 分享, 【打印】【关闭】, 字号:大 中 小), or most are menu entries. */
function isInterfaceLine(line: string): boolean {
  const ts = tokens(line);
  if (ts.length === 0) return false;
  const known = ts.filter((t) => UI_WORDS.has(t)).length;
  if (known === ts.length) return true;
  return ts.length >= 3 && known * 2 >= ts.length && ts.every((t) => t.length <= 6) && !SENTENCE_END.test(line);
}

function isDateline(line: string): boolean {
  const m = DATELINE.exec(line);
  if (!m) return false;
  const rest = line.slice(m[0].length).trim();
  return rest.length <= 30 && !/[。!?;,]/.test(rest);
}

export type ChromeKind =
  | 'symbols'
  | 'counter'
  | 'interface'
  | 'breadcrumb'
  | 'link-bar'
  | 'tag-cloud'
  | 'site-name'
  | 'image-label'
  | 'field'
  | 'dateline'
  | 'disclaimer'
  | 'copyright'
  | 'comments'
  | 'related'
  | 'related-item'
  | 'address'
  | 'byline';

/** A crawled item stored on one line ends with its site's notice (…等职。  如遇作品内容、版权等问题，请…与本网联系): the
 *  line is the article, not a disclaimer, when its sentences that speak of neither the site nor rights run long. */
const PROSE_BEFORE_NOTICE = 120;
function proseBefore(line: string): boolean {
  const prose = line
    .split(/(?<=[。！？!?])/)
    .filter((sentence) => !SELF_REFERENCE.test(sentence) && !RIGHTS_TERM.test(sentence));
  return prose.join('').length > PROSE_BEFORE_NOTICE;
}

/** Why a single line is chrome, looking at the line alone; undefined for content. `nearTop`: among the page's first lines. */
export function chromeKind(line: string, nearTop = false): ChromeKind | undefined {
  if (!HAS_WORD.test(line)) return 'symbols';
  const len = line.length;
  if (DISCLAIMER_START.test(line)) return 'disclaimer';
  if (OPINION_DISCLAIMER.test(line)) return 'disclaimer';
  if (len <= 600 && SELF_REFERENCE.test(line) && new Set(line.match(RIGHTS_TERMS)).size >= 2 && !proseBefore(line))
    return 'disclaimer';
  if (len <= 300 && FOOTER_MARKS.test(line)) return 'copyright';
  if (len <= 80 && COPYRIGHT_OWNER.test(line)) return 'copyright';
  if (len > 200) return undefined;
  if (NUMBER_ONLY.test(line) || COUNTER.test(line)) return 'counter';
  if (ADDRESS_ONLY.test(line)) return 'address';
  if (len <= 40 && isBylineLine(line)) return 'byline';
  if (IMAGE_LABEL.test(line)) return 'image-label';
  if (COMMENT_BOX.test(line) || (len <= 30 && COMMENT_FORM.test(line))) return 'comments';
  const sentence = SENTENCE_END.test(line);
  if (!sentence && len <= 120 && FIELD_LABEL.test(line)) return 'field';
  if (!sentence && len <= 40 && DATE_FIELD.test(line)) return 'field';
  if (len <= 60 && isDateline(line)) return 'dateline';
  if (len > 120) return undefined;
  if (RELATED_HEADING.test(line.replace(/[\s:>»]+$/, ''))) return 'related';
  // …or the heading and its links on one line (友情链接: 甲网 乙网 丙网).
  const labelled = /^([^:]{2,8}):(.+)$/.exec(line);
  if (labelled && RELATED_HEADING.test(labelled[1]!.trim()) && !SENTENCE_END.test(labelled[2]!)) return 'related';
  // The remaining rules describe lines that are not sentences (menus, trails, link lists, names).
  if (sentence)
    return /^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置)\s*:/.test(line) ? 'breadcrumb' : undefined;
  if (isBreadcrumb(line)) return 'breadcrumb';
  if (isLinkBar(line)) return 'link-bar';
  if (isInterfaceLine(line)) return 'interface';
  if (isTagCloud(line)) return 'tag-cloud';
  if (nearTop && len <= 12 && !ANY_PUNCTUATION.test(line) && SITE_NAME.test(line)) return 'site-name';
  if (len <= 20 && /扫一扫|二维码/.test(line)) return 'interface';
  return undefined;
}

/** Where a site's rights notice opens: 本网（平台）所刊载内容之知识产权为…, 本站声明：…. */
const NOTICE_OPENING =
  /(?:本网|本站|本平台|本媒体|本公众号)[^。！？]{0,12}?(?:所刊载|所刊登|所发布|刊载|发布|声明|内容|文章)/g;

/** An editor's credits (责任编辑 某某 责任校对 某某 主编 某某…) that end a page written as one line, up to its end: no
 *  sentence follows them, only the site's links. */
const EDITOR_CREDITS = /(?:责任编辑|责编)\s*[:：]?\s*\p{Script=Han}{2,4}[^。！？!?]{0,100}$/u;

/** Where a rights notice or an editor's credits run into the end of a body line start (a feed that writes its page as
 *  one line: …的新路子。本网（平台）所刊载内容之知识产权为…，禁止转载…; …的好成绩。责任编辑 某某 主编 某某), or 0 when the
 *  line ends in none. */
export function trailingChromeStart(line: string): number {
  for (const m of line.matchAll(NOTICE_OPENING)) {
    if (m.index === 0) return 0;
    if (chromeKind(line.slice(m.index)) === 'disclaimer') return m.index;
  }
  return EDITOR_CREDITS.exec(line)?.index ?? 0;
}

// ---------------------------------------------------------------------------------------------------------------
// A news lead's dateline: 本报讯(记者 张三), 新华社南京3月5日电(记者 李四), 某某日报10月25日讯, 某某网-某某日报北京电,
// 央视网消息(新闻联播):. The agency, the place it files from and the byline are metadata, not the article's text.

const AGENCY = String.raw`[\p{Script=Han}A-Za-z]{1,12}?(?:通讯社|新闻社|社|网|报|电视台|广播电台|台)`;
const PLACE_AND_DATE = String.raw`(?:\s*\p{Script=Han}{2,8}?)?(?:\s*\d{1,2}月\d{1,2}日)?\s*`;
const DATELINE_LEAD = new RegExp(
  String.raw`^【?(?:(?:本报|本刊|本台|本网)${PLACE_AND_DATE}讯` +
    // an agency's lead must stand apart from what follows (电网公司讯息 is no lead)
    String.raw`|${AGENCY}(?:\s*[-—·/]\s*${AGENCY})?${PLACE_AND_DATE}(?:电|讯|消息)(?=[\s(:\d“"】]))】?` +
    String.raw`(?:\s*\([^()]{1,40}\))?\s*(?::\s*)?`,
  'u',
);

/** A crawled item's label for its body, after the time it was crawled at (2023-08-10 17:27:10，正文：): chrome, which
 *  may stand before the dateline; the date is the item's (metadata.ts). */
export const BODY_LABEL = /^(?:(\d{4}-\d{1,2}-\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)?\s*[，,]?\s*正文\s*[:：]\s*/u;

/** The place a dateline files from, between the agency and the date (某社|江苏滨海|8月6日电, 某网|香港|8月10日电). */
const FILED_FROM =
  /(?:通讯社|新闻社|社|网|报|电视台|广播电台|台)\s*(\p{Script=Han}{2,8}?)\s*\d{1,2}月\d{1,2}日(?:电|讯)/u;

/** The place a (normalized) body line's dateline files the report from, if the line opens with one. */
export function datelinePlace(line: string): string | undefined {
  const lead = datelineLeadLength(line);
  return lead ? FILED_FROM.exec(line.slice(0, lead))?.[1] : undefined;
}

/** How many units at the start of a (normalized) body line are a news lead's dateline (and the body label before
 *  it); 0 when there is none. */
export function datelineLeadLength(line: string): number {
  const label = BODY_LABEL.exec(line)?.[0].length ?? 0;
  const lead = label + (DATELINE_LEAD.exec(line.slice(label))?.[0].length ?? 0);
  return lead < line.length ? lead : 0;
}

/** How many non-blank lines count as the top of the page (where site names and mastheads sit). */
const TOP_LINES = 4;

/**
 * Classifies the lines of one page in order. It remembers context: the short lines under a
 * "related content" heading are that list, and site names only count near the top.
 */
export class ChromeFilter {
  private seen = 0;
  private inRelatedList = false;

  /** The chrome kind of the next non-blank line, or undefined when it is content. */
  classify(line: string): ChromeKind | undefined {
    const nearTop = this.seen < TOP_LINES;
    this.seen++;
    if (this.inRelatedList) {
      if (line.length <= 60 && !SENTENCE_END.test(line)) return 'related-item';
      this.inRelatedList = false;
    }
    const kind = chromeKind(line, nearTop);
    if (kind === 'related') this.inRelatedList = true;
    return kind;
  }
}
