import { describe, expect, it } from 'vitest';
import { forEachBlock, looksLikeBBCode, looksLikeMarkdown, stripMarkup } from '../../src/extract/markup.ts';
import { markupOf, normalize } from '../../src/extract/normalize.ts';
import { extractReport } from '../../src/extract/index.ts';
import { toGoldFormat } from '../../src/extract/gold-format.ts';

const MD = { html: true, markdown: true };
const PLAIN = { html: true, markdown: false };

/** The line without its markup (the line itself when it has none). */
const strip = (line: string, markup = MD) => stripMarkup(line, 0, line.length, markup)?.text ?? line;

/** Each normalized line, without the chrome filter's view of it mattering (these lines are all content). */
const textOf = (original: string, markdown?: boolean) =>
  normalize(original, markupOf(original, markdown)).text.split('\n').filter(Boolean);

describe('stripMarkup: HTML in plain text', () => {
  it('removes inline tags, even inside a name, and decodes entities', () => {
    expect(strip('<strong>华辰科技有限公司</strong>在<font color="red">滨江</font>投资', PLAIN)).toBe(
      '华辰科技有限公司在滨江投资',
    );
    expect(strip('<span>华辰</span><span style="font-size:16px">科技</span>有限公司', PLAIN)).toBe('华辰科技有限公司');
    expect(strip('&ldquo;智慧物流&rdquo;项目&amp;平台&#20013;&#x5fc3;', PLAIN)).toBe('“智慧物流”项目&平台中心');
    expect(strip('<o:p></o:p>正文<!-- 注释 --><img src="a.jpg" alt="图为园区">', PLAIN)).toBe('正文');
  });

  it('leaves angle brackets that are not tags', () => {
    for (const text of ['增速<10%', '<人民日报>报道', '<宿迁>', 'x <custom-tag> y', '&nbspx &copy']) {
      expect(strip(text, PLAIN), text).toBe(text);
    }
  });

  it('maps every kept unit to its place in the source', () => {
    const line = '<b>华辰</b>科技&nbsp;公司';
    const stripped = stripMarkup(line, 0, line.length, PLAIN)!;
    expect(stripped.text).toBe('华辰科技\u00a0公司');
    expect([...stripped.map]).toEqual([3, 4, 9, 10, 11, 17, 18]);
  });

  it('splits a line at block-level tags', () => {
    const line = '标题</p><p>第一段。<br/>第二段<BR>第三段</p>';
    const blocks: string[] = [];
    forEachBlock(line, 0, line.length, (a, b) => blocks.push(line.slice(a, b)));
    expect(blocks.filter(Boolean)).toEqual(['标题', '第一段。', '第二段', '第三段']);
  });
});

describe('stripMarkup: Markdown', () => {
  it('removes heading, quote, list and task marks at the start of a line', () => {
    expect(strip('## 滨江睢宁工业园 ##')).toBe('滨江睢宁工业园');
    expect(strip('> > 华辰科技有限公司签约')).toBe('华辰科技有限公司签约');
    expect(strip('- [x] 华辰科技有限公司签约')).toBe('华辰科技有限公司签约');
    expect(strip('* 华辰科技有限公司签约')).toBe('华辰科技有限公司签约');
  });

  it('removes emphasis marks that pair up, even between two names or inside one', () => {
    expect(strip('**华辰科技有限公司**在*滨江*投资')).toBe('华辰科技有限公司在滨江投资');
    expect(strip('*区纪工委***监察工委**负责')).toBe('区纪工委监察工委负责');
    expect(strip('**华辰**科技有限公司与__滨江__~~睢宁~~工业园')).toBe('华辰科技有限公司与滨江睢宁工业园');
    expect(strip('***华辰科技***')).toBe('华辰科技');
    expect(strip('3 * 4 = 12, file_name 与 *注')).toBe('3 * 4 = 12, file_name 与 *注');
  });

  it('keeps a link text and an image caption and drops their addresses; drops footnotes and references', () => {
    expect(strip('由[华辰科技有限公司](https://example.com/a "华辰")投资')).toBe('由华辰科技有限公司投资');
    expect(strip('由[**华辰科技**有限公司][3]投资')).toBe('由华辰科技有限公司投资');
    expect(strip('![滨江睢宁工业园一角](https://example.com/1.jpg "图1")')).toBe('滨江睢宁工业园一角');
    expect(strip('![](https://example.com/1.jpg)园区一角[^1]')).toBe('园区一角');
    expect(strip('![图1](https://example.com/1.jpg)园区一角')).toBe('图1 园区一角');
    expect(strip('详见<https://example.com/a>。')).toBe('详见。');
    expect(strip('[3]: https://example.com/ref')).toBe('');
  });

  it('reads a table row as its cells and drops delimiter rows, rules and fences', () => {
    expect(strip('| 华辰科技有限公司 | 5亿元 |').trim()).toBe('华辰科技有限公司   5亿元');
    for (const line of ['| --- | :---: |', '---', '* * *', '```ts']) expect(strip(line)).toBe('');
  });

  it('removes backslash escapes and code marks', () => {
    expect(strip('\\*华辰\\*与`滨江`')).toBe('*华辰*与滨江');
  });
});

describe('looksLikeMarkdown', () => {
  it('sees headings, strong emphasis, links, tables and fences', () => {
    for (const text of [
      '# 标题\n正文',
      '正文**重点**',
      '见[此处](https://a.b/c)',
      '|a|b|\n|--|--|',
      '```\ncode\n```',
    ]) {
      expect(looksLikeMarkdown(text), text).toBe(true);
    }
  });

  it('does not take plain reports for Markdown', () => {
    for (const text of ['一、总体要求\n1. 加快发展', '#1号厂房', '- 项目一\n> 首页', '3*4=12', '【来源:某某日报】']) {
      expect(looksLikeMarkdown(text), text).toBe(false);
    }
  });
});

describe('forum codes (BBCode)', () => {
  it('knows a report by a line break code or a code closed on its line, not by brackets of plain text', () => {
    for (const text of [
      '正文[br]下一行',
      '图[img]http://a.b/1.jpg[/img]',
      '[b]华辰科技[/b]',
      '[url=http://a.b]链接[/url]',
    ]) {
      expect(looksLikeBBCode(text), text).toBe(true);
    }
    for (const text of ['见[1]和[2]', '[图]园区全景', '【来源:某某日报】', '[b]未闭合']) {
      expect(looksLikeBBCode(text), text).toBe(false);
    }
  });

  it('ends lines at [br], drops images with their address and inline codes, and is not read as Markdown', () => {
    const original =
      '滨江区落马官员名单[br]姓名[br]职位[br]1[img]http://img.example.com/a/1.jpg[/img]张明远[br]' +
      '滨江市[b]副市长[/b][br](6月25日报道)[br][color=red]华辰科技有限公司[/color]';
    const markup = markupOf(original);
    expect(markup).toMatchObject({ markdown: false, bbcode: true });
    expect(normalize(original, markup).text.split('\n').filter(Boolean)).toEqual([
      '滨江区落马官员名单',
      '姓名',
      '职位',
      '1张明远',
      '滨江市副市长',
      '(6月25日报道)',
      '华辰科技有限公司',
    ]);
  });

  it('leaves brackets alone in a report without forum codes', () => {
    expect(textOf('见[b]前文')).toEqual(['见[b]前文']);
    expect(textOf('注[1]:单位为万元')).toEqual(['注[1]:单位为万元']);
  });
});

describe('normalize: markup', () => {
  it('reads a CMS dump: paragraphs in <p>, names in inline tags, entities', () => {
    const original =
      '滨江睢宁工业园举行签约仪式\n<p style="text-indent:2em">&nbsp;&nbsp;<strong>华辰科技有限公司</strong>与' +
      '<span>滨江</span><span>睢宁工业园</span>签约。</p><p>项目投资&ldquo;5亿元&rdquo;。<br />将于年底开工。</p>';
    expect(textOf(original)).toEqual([
      '滨江睢宁工业园举行签约仪式',
      '华辰科技有限公司与滨江睢宁工业园签约。',
      '项目投资“5亿元”。',
      '将于年底开工。',
    ]);
  });

  it('reads Markdown: headings, lists, quotes, emphasis, links and images', () => {
    const original = [
      '# 滨江睢宁工业园举行签约仪式',
      '',
      '![](https://example.com/1.jpg)',
      '',
      '> **华辰科技有限公司**与[滨江睢宁工业园](https://example.com/p)签约。',
      '',
      '- 项目投资*5亿元*。',
    ].join('\n');
    expect(textOf(original)).toEqual([
      '滨江睢宁工业园举行签约仪式',
      '华辰科技有限公司与滨江睢宁工业园签约。',
      '项目投资5亿元。',
    ]);
  });

  it('keeps offsets monotonic and inside the original', () => {
    const original = '<p>**华辰**<b>科技</b>&nbsp;有限公司</p>\n# 标题 #';
    const { text, offsets } = normalize(original, MD);
    expect(text).toBe('华辰科技 有限公司\n标题\n');
    for (let i = 0; i < text.length; i++) expect(offsets[i + 1]!).toBeGreaterThanOrEqual(offsets[i]!);
    expect(original[offsets[0]!]).toBe('华');
    expect(original[offsets[text.indexOf('科')]!]).toBe('科');
    expect(original[offsets[text.indexOf('标')]!]).toBe('标');
  });

  it('leaves plain reports alone: a line starting with - or > and a lone * are text', () => {
    const original = '- 项目一:华辰科技\n> 首页以外\n注*:单位为万元';
    expect(textOf(original)).toEqual(['- 项目一:华辰科技', '> 首页以外', '注*:单位为万元']);
  });
});

describe('extractReport: the same facts whatever the form', () => {
  const plain = [
    '滨江睢宁工业园举行项目集中签约仪式',
    '3月5日,滨江睢宁工业园举行项目集中签约仪式,华辰科技有限公司投资5亿元建设智能装备项目。',
    '滨江睢宁工业园党工委书记王建国出席仪式并致辞。',
  ];
  const facts = (r: ReturnType<typeof extractReport>) => {
    const g = toGoldFormat(r);
    return {
      entities: g.entities.map((e) => `${e.kind} ${e.name}`).sort(),
      relations: g.relations.map((x) => `${x.type} ${x.from} ${x.to}`).sort(),
    };
  };
  const expected = facts(extractReport({ name: 'a.txt', text: plain.join('\n') }));

  it('finds the facts in the plain text', () => {
    expect(expected.entities).toEqual(
      expect.arrayContaining(['Company 华辰科技有限公司', 'Park 滨江睢宁工业园', 'Official 王建国']),
    );
  });

  it('as Markdown with front matter', () => {
    const markdown = [
      '---',
      `title: ${plain[0]}`,
      'date: 2024-03-05',
      'tags: [南湖高新区, 招商]',
      'keywords: 华安电子有限公司',
      '---',
      `# ${plain[0]}`,
      '',
      `> 3月5日,**滨江睢宁工业园**举行项目集中签约仪式,[华辰科技](https://example.com/x)有限公司投资5亿元建设智能装备项目。`,
      '',
      `- *滨江睢宁工业园*党工委书记<strong>王建国</strong>出席仪式并致辞。`,
    ].join('\n');
    expect(facts(extractReport({ name: 'a.md', text: markdown }))).toEqual(expected);
  });

  it('as a CMS dump with inline HTML', () => {
    const cms =
      `${plain[0]}\n<p>&nbsp;&nbsp;3月5日,<font color="red">滨江睢宁</font>工业园举行项目集中签约仪式,` +
      `<span>华辰科技</span><span>有限公司</span>投资5亿元建设智能装备项目。</p><p><b>滨江睢宁工业园</b>党工委书记` +
      `<strong>王建国</strong>出席仪式并致辞。</p>`;
    expect(facts(extractReport({ name: 'a.txt', text: cms }))).toEqual(expected);
  });
});
