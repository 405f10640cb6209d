// Stage 1: bytes → text. Detects the encoding (UTF-8 with or without BOM, UTF-16 with BOM, GB18030/GBK,
// Big5), rejects empty and binary input with a ReadError naming the input, and strips HTML markup.
//
// Detection: a strict UTF-8 decode first (valid UTF-8 is unambiguous in practice); then a page's own
// <meta charset>; then chardet's candidates together with GB18030 and Big5, each decoded on a sample and
// scored by how much of it reads as common Chinese (chardet alone is unreliable on short Chinese texts:
// a 6-character GBK text gets confidence 10). Every step is linear in the input; only a sample is scored.
import { Buffer } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { ReadError } from '../errors.ts';
import { isHanUnit, toSimplified } from './chinese.ts';
import { htmlToText, looksLikeHtml, type PageHeadings, pageHeadings } from './html.ts';
import { looksLikeScriptSource, scriptSourceText } from './script-source.ts';

/** Bytes scored per candidate encoding. */
const SAMPLE_BYTES = 64 * 1024;

/** About a thousand of the most frequent Simplified characters (a general lexicon), to recognize real Chinese. */
const COMMON_CHARS = new Set(
  '的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃悲拍丁赵碰园区县镇',
);

/** Encodings we decode Chinese pages with; GB18030 is a superset of GB2312 and GBK. */
const CANDIDATES = ['gb18030', 'big5'];
const ALIASES: Record<string, string> = { gb2312: 'gb18030', gbk: 'gb18030', 'x-gbk': 'gb18030', 'big5-hkscs': 'big5' };

interface Quality {
  /** Share of Han characters that are common (after conversion to Simplified). */
  common: number;
  /** Share of characters that signal a wrong decoding: U+FFFD, C0 controls, private use. */
  bad: number;
  /** Share of characters that are unusual in Chinese text (kana, Hangul, Cyrillic, Greek, box drawing). */
  odd: number;
  han: number;
}

function isOdd(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x0370 && c <= 0x04ff) ||
    (c >= 0x2500 && c <= 0x257f)
  );
}

function quality(text: string): Quality {
  let han = 0;
  let bad = 0;
  let odd = 0;
  let common = 0;
  const simplified = toSimplified(text);
  for (let i = 0; i < simplified.length; i++) {
    const c = simplified.charCodeAt(i);
    if (isHanUnit(c)) {
      han++;
      if (COMMON_CHARS.has(simplified[i]!)) common++;
    } else if (
      c === 0xfffd ||
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0xe000 && c <= 0xf8ff)
    ) {
      bad++;
    } else if (isOdd(c)) odd++;
  }
  const n = simplified.length || 1;
  return { common: han ? common / han : 0, bad: bad / n, odd: odd / n, han };
}

/** The charset a page declares in <meta>, when iconv-lite can decode it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  if (!m) return undefined;
  const name = m[1]!.toLowerCase();
  const encoding = ALIASES[name] ?? name;
  return iconv.encodingExists(encoding) ? encoding : undefined;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
}

/** Picks the legacy encoding whose decoding of a sample reads best; undefined when none reads as text. */
function detectLegacy(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const suggested = chardet
    .analyse(sample)
    .filter((m) => m.confidence >= 50)
    .map((m) => m.name.toLowerCase())
    .map((name) => ALIASES[name] ?? name)
    .filter((name) => iconv.encodingExists(name));
  let best: { encoding: string; score: number } | undefined;
  for (const encoding of new Set([...CANDIDATES, ...suggested])) {
    const q = quality(decodeWith(sample, encoding));
    if (q.bad > 0.02) continue;
    // Chinese candidates must read as Chinese; chardet's own suggestions (e.g. windows-1252) need not.
    const chinese = CANDIDATES.includes(encoding);
    if (chinese && (q.han === 0 || q.common < 0.3)) continue;
    const score = (chinese ? q.common : 0.3) - q.bad * 10 - q.odd;
    if (!best || score > best.score) best = { encoding, score };
  }
  return best?.encoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

interface Utf8Survey {
  /** Byte offsets where an invalid sequence starts (the first few). */
  invalidAt: number[];
  invalid: number;
  /** Valid sequences of two bytes or more: how much of the file reads as non-ASCII UTF-8. */
  multibyte: number;
}

/** Walks the bytes once as UTF-8, counting valid multibyte sequences and invalid ones. */
function surveyUtf8(bytes: Uint8Array, keepOffsets = 3): Utf8Survey {
  const survey: Utf8Survey = { invalidAt: [], invalid: 0, multibyte: 0 };
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      survey.multibyte++;
      i += need + 1;
    } else {
      if (survey.invalidAt.length < keepOffsets) survey.invalidAt.push(i);
      survey.invalid++;
      i++;
    }
  }
  return survey;
}

/** A UTF-8 file with a few stray bytes, not a legacy encoding: the rest of it is plainly UTF-8. */
const MAX_STRAY_BYTES = 16;
const MIN_VALID_PER_STRAY = 50;

function decode(bytes: Uint8Array, name: string, onWarning?: (message: string) => void): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith(bytes.subarray(3), 'utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf16be');
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf(0) >= 0) {
    throw new ReadError(name, 'binary data (contains NUL bytes), not a text report');
  }
  try {
    return strictUtf8.decode(bytes);
  } catch {
    // not UTF-8: a legacy encoding, or UTF-8 with a stray invalid byte
  }
  const declared = declaredCharset(bytes);
  if (!declared || declared === 'utf-8' || declared === 'utf8') {
    const survey = surveyUtf8(bytes);
    if (survey.invalid <= MAX_STRAY_BYTES && survey.multibyte >= survey.invalid * MIN_VALID_PER_STRAY) {
      const more = survey.invalid > survey.invalidAt.length ? ` (${survey.invalid} in all)` : '';
      onWarning?.(
        `invalid UTF-8 at byte offset ${survey.invalidAt.join(', ')}${more}; read as U+FFFD (replacement character)`,
      );
      return lenientUtf8.decode(bytes);
    }
  }
  const encoding = (declared !== 'utf-8' && declared !== 'utf8' ? declared : undefined) ?? detectLegacy(bytes);
  if (!encoding) {
    throw new ReadError(name, 'cannot decode the file: not UTF-8, GB18030/GBK or Big5 text (binary data?)');
  }
  return decodeWith(bytes, encoding);
}

/** Share of C0 control characters (other than tab, line breaks and form feed) above which text is binary. */
const MAX_CONTROLS = 0.01;

function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1b) controls++;
  }
  return n ? controls / n : 0;
}

/** A tag written escaped (&lt;p style=&quot;…&quot;&gt;, &lt;/section&gt;), as dumps of a CMS's table store bodies. */
const ESCAPED_TAG = /&lt;\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*?)?\/?&gt;/g;
/** Escaped tags from which a text's markup is read as markup: a few are a body's, one may be a quoted example. */
const MIN_ESCAPED_TAGS = 3;

/** A text dump whose bodies are HTML written escaped (a CMS table's column): the markup it stands for, which the
 *  normalize stage reads as it reads inline HTML; any other text as it is. */
function withMarkupUnescaped(text: string): string {
  if ((text.match(ESCAPED_TAG)?.length ?? 0) < MIN_ESCAPED_TAGS) return text;
  return text.replace(
    /&(lt|gt|quot|#39|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!,
  );
}

/** A tag of the inline HTML a text holds whose attributes run over a line break (<img src="…" alt="…"\n …>). */
const TAG_OVER_LINES = /<[a-zA-Z][a-zA-Z0-9]*\s[^<>]{0,600}>/g;

/** The text with each tag's line breaks made spaces (as many characters: offsets hold), so that the normalize
 *  stage, which reads markup line by line, reads the tag whole instead of its attributes as text. */
function withTagsOnOneLine(text: string): string {
  return text.replace(TAG_OVER_LINES, (tag) => (/[\r\n]/.test(tag) ? tag.replace(/[\r\n]/g, ' ') : tag));
}

/** A report read: its text, and for an HTML page the headings its markup gave (the text no longer shows them). */
export interface ReadPage {
  text: string;
  headings?: PageHeadings;
}

/**
 * Bytes → text. `onWarning` hears of what was read despite a problem (a few invalid UTF-8 bytes in an otherwise
 * UTF-8 file are read as U+FFFD instead of rejecting the report).
 */
export function readPage(bytes: Uint8Array, name: string, onWarning?: (message: string) => void): ReadPage {
  if (bytes.length === 0) throw new ReadError(name, 'the file is empty');
  const text = decode(bytes, name, onWarning);
  if (controlShare(text) > MAX_CONTROLS)
    throw new ReadError(name, 'binary data (control characters), not a text report');
  // A page kept as a script's source (a React or mini-program page) shows the words of its literals and its JSX.
  const htmlSource = looksLikeHtml(text);
  const script = !htmlSource && looksLikeScriptSource(text);
  const page = script ? scriptSourceText(text) : text;
  const html = script ? looksLikeHtml(page) : htmlSource;
  const plain = html ? htmlToText(page) : withTagsOnOneLine(withMarkupUnescaped(page));
  if (plain.trim() === '') {
    const empty = script ? 'the script source shows no Chinese text' : html ? 'the page has no text' : undefined;
    throw new ReadError(name, empty ?? 'the file has only whitespace');
  }
  return html ? { text: plain, headings: pageHeadings(page) } : { text: plain };
}

export function readReport(bytes: Uint8Array, name: string, onWarning?: (message: string) => void): string {
  return readPage(bytes, name, onWarning).text;
}
