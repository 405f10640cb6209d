import { readFileSync, readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ReadError, UserError } from '../../src/errors.ts';
import { prepareReport } from '../../src/extract/index.ts';
import { readReport } from '../../src/extract/read.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const encode = (s: string, encoding: string) => new Uint8Array(iconv.encode(s, encoding));

function readError(bytes: Uint8Array, name: string): ReadError {
  try {
    readReport(bytes, name);
  } catch (e) {
    expect(e).toBeInstanceOf(ReadError);
    expect(e).toBeInstanceOf(UserError);
    return e as ReadError;
  }
  throw new Error('expected a ReadError');
}

/** A deterministic byte sequence (xorshift), so failures reproduce. */
function noise(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff || 1;
  }
  return out;
}

const simplified = [
  '园区',
  '张三在上海。',
  '宿城经济开发区位于宿城区。',
  '高新区管委会主任李四主持会议',
  '投资10亿元建设新材料产业园',
  '连云港市赣榆区宋庄镇',
];
const traditional = ['園區', '這是一個測試', '蘇宿工業園區全力構建產業新格局', '臺灣新竹科學園區', '發展動能羽翼漸豐'];

describe('readReport: encodings', () => {
  it('reads UTF-8, with or without BOM, and UTF-16 with BOM', () => {
    expect(readReport(utf8('苏宿工业园区'), 'a.txt')).toBe('苏宿工业园区');
    expect(readReport(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('苏宿工业园区')]), 'a.txt')).toBe('苏宿工业园区');
    expect(readReport(new Uint8Array(iconv.encode('\ufeff苏宿工业园区', 'utf16le')), 'a.txt')).toBe('苏宿工业园区');
    expect(readReport(new Uint8Array(iconv.encode('\ufeff苏宿工业园区', 'utf16be')), 'a.txt')).toBe('苏宿工业园区');
  });

  it.each(simplified)('reads short GBK text: %s', (text) => {
    expect(readReport(encode(text, 'gbk'), 'gbk.txt')).toBe(text);
  });

  it.each(traditional)('reads short Big5 text: %s', (text) => {
    expect(readReport(encode(text, 'big5'), 'big5.txt')).toBe(text);
  });

  it('reads Big5 text and GB18030 characters beyond GBK', () => {
    expect(readReport(encode('𠀀园区€', 'gb18030'), 'x.txt')).toBe('𠀀园区€');
  });

  it('reads the seeds in every encoding', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      for (const encoding of ['gbk', 'gb18030', 'big5']) {
        const bytes = encode(text, encoding);
        expect(readReport(bytes, file)).toBe(iconv.decode(Buffer.from(bytes), encoding));
      }
    }
  });

  it('reads a large GBK input', () => {
    const paragraph = '园区全年新签约项目50个,总投资超百亿元,其中十亿元以上项目12个。\n';
    const bytes = encode(paragraph.repeat(100_000), 'gbk');
    const text = readReport(bytes, 'big.txt');
    expect(text.length).toBe(paragraph.length * 100_000);
    expect(text.startsWith(paragraph)).toBe(true);
  });
});

describe('readReport: HTML', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="gbk"><title>标题 - 某某网</title>
<script>var s = "<p>脚本</p>";</script><style>p { color: red }</style></head>
<body><div class="top-nav"><a href="/">首页</a> | <a>新闻</a></div>
<nav>导航菜单</nav><div id="breadcrumb">首页 &gt; 新闻</div>
<h1>某某经济开发区召开&ldquo;项目推进会&rdquo;</h1>
<div class="info">发布时间：2023-05-06&nbsp;来源：某某日报</div>
<div class="content"><p>5月5日，某某经济开发区召开项目推进会。
会议由管委会主任张三主持。</p><p>会议强调，要加快项目建设<br>推动高质量发展。</p>
<table><tr><td>项目</td><td>投资</td></tr></table></div>
<div class="share-bar">分享到：微信 微博</div><ul class="related-list"><li>其他新闻</li></ul>
<footer>版权所有 © 某某网</footer></body></html>`;
  const expected = [
    '某某经济开发区召开“项目推进会”',
    '发布时间：2023-05-06\u00a0来源：某某日报',
    '5月5日，某某经济开发区召开项目推进会。 会议由管委会主任张三主持。',
    '会议强调，要加快项目建设',
    '推动高质量发展。',
    '项目 投资',
  ].join('\n');

  it('reads a dump whose body is HTML written escaped as that markup, and one escaped tag as text', () => {
    const dump =
      '园区签约\n&lt;section style=&quot;font-size:16px;&quot;&gt;&lt;p style=&quot;text-indent:2em;&quot;&gt;滨江产业园签约项目十个。&lt;/p&gt;&lt;/section&gt;';
    expect(readReport(utf8(dump), 'dump.txt')).toBe(
      '园区签约\n<section style="font-size:16px;"><p style="text-indent:2em;">滨江产业园签约项目十个。</p></section>',
    );
    expect(readReport(utf8('网页用 &lt;p&gt; 标记段落。'), 'note.txt')).toBe('网页用 &lt;p&gt; 标记段落。');
  });
  it('reads a tag of a text’s inline HTML whose attributes run over a line break as one tag', () => {
    const text =
      '滨江产业园签约。\n<img src="http://example.com/a.jpg" alt="图"\n onerror="javascript:errorimg.call(this);" >\n项目开工。';
    const read = readReport(utf8(text), 'news.txt');
    expect(read).toHaveLength(text.length);
    expect(read.split('\n')).toHaveLength(3);
    const sentences = prepareReport({ name: 'news.txt', bytes: utf8(text) }).sentences.map((s) => s.text);
    expect(sentences).toEqual(['滨江产业园签约。', '项目开工。']);
  });
  it('strips markup, scripts, styles and navigation; blocks become lines; entities are decoded', () => {
    expect(readReport(utf8(page), 'page.html')).toBe(expected);
  });

  it('decodes a GBK page by its meta charset', () => {
    expect(readReport(encode(page, 'gbk'), 'page.html')).toBe(expected);
  });

  it('detects the encoding of a Big5 page without a charset', () => {
    const big5 = '<html><body><h1>園區發展</h1><p>蘇宿工業園區全力構建產業新格局。</p></body></html>';
    expect(readReport(encode(big5, 'big5'), 'tw.html')).toBe('園區發展\n蘇宿工業園區全力構建產業新格局。');
  });

  it('treats text with a few angle brackets as text', () => {
    const text = '增速>5%的企业有30家,a<b 的情况不多。';
    expect(readReport(utf8(text), 'a.txt')).toBe(text);
  });
});

describe('readReport: bad input', () => {
  it('rejects an empty file, naming it', () => {
    const e = readError(new Uint8Array(0), 'empty.txt');
    expect(e.message).toBe('empty.txt: the file is empty');
    expect(e.input).toBe('empty.txt');
  });

  it('rejects whitespace and pages without text', () => {
    expect(readError(utf8(' \n\t \r\n'), 'blank.txt').message).toMatch(/^blank\.txt: .*whitespace/);
    expect(readError(utf8('<html><body><script>x()</script></body></html>'), 'p.html').message).toMatch(
      /^p\.html: .*no text/,
    );
  });

  it('rejects binary data', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(readError(png, 'image.png').message).toMatch(/^image\.png: binary/);
    for (let seed = 1; seed <= 5; seed++) {
      const bytes = noise(4096, seed * 7919);
      expect(readError(bytes, 'noise.bin').message).toMatch(/^noise\.bin: /);
      // Only high bytes: decodable as GB18030, but not Chinese.
      const high = bytes.map((b) => 0x81 + (b % 0x7e));
      expect(readError(high, 'high.bin').message).toMatch(/^high\.bin: cannot decode/);
    }
  });

  it('rejects text full of control characters even when it is valid UTF-8', () => {
    const controls = utf8('园区\u0001\u0002\u0003\u0004\u0005\u0006\u0007发展'.repeat(10));
    expect(readError(controls, 'ctl.txt').message).toMatch(/^ctl\.txt: binary/);
  });
});

describe('readReport: a stray invalid byte in a UTF-8 report', () => {
  const seed = readFileSync('seeds/000_6070ca8fc415f084.txt');
  const withStray = (at: number, byte = 0xff) => {
    const bytes = Buffer.from(seed);
    bytes[at] = byte;
    return new Uint8Array(bytes);
  };

  it('reads the rest of the report and warns with the byte offset', () => {
    const at = seed.indexOf('\n', 300) + 1; // the first byte of a line: an ASCII or lead byte
    const warnings: string[] = [];
    const text = readReport(withStray(at), 'stray.txt', (m) => warnings.push(m));
    expect(warnings).toEqual([`invalid UTF-8 at byte offset ${at}; read as U+FFFD (replacement character)`]);
    expect(text).toContain('\uFFFD');
    // Only the damaged character is lost: everything after it reads as before.
    const tail = seed.toString('utf8').slice(-200);
    expect(text.endsWith(tail)).toBe(true);
  });

  it('says how many there are when there are several', () => {
    const bytes = withStray(500);
    bytes[900] = 0xfe;
    const warnings: string[] = [];
    readReport(bytes, 'stray.txt', (m) => warnings.push(m));
    expect(warnings[0]).toMatch(/^invalid UTF-8 at byte offset \d+, \d+/);
  });

  it('still reads GBK as GBK, not as UTF-8 with replacement characters', () => {
    const gbk = iconv.encode(seed.toString('utf8'), 'gbk');
    const warnings: string[] = [];
    expect(readReport(new Uint8Array(gbk), 'gbk.txt', (m) => warnings.push(m))).toBe(seed.toString('utf8'));
    expect(warnings).toEqual([]);
  });
});
