import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../src/extract/front-matter.ts';
import { extractReport } from '../../src/extract/index.ts';

const markdown = [
  '---',
  'title: 某某经济开发区举行项目集中签约',
  'date: 2024-03-05',
  'source: 某某日报',
  'authors: [张三, 李四]',
  'tags: [苏州工业园区, 招商]',
  '---',
  '# 某某经济开发区举行项目集中签约',
  '',
  '3月5日，宿城经济开发区举行项目集中签约仪式。',
].join('\n');

describe('splitFrontMatter', () => {
  it('reads title, date, source and authors, and blanks the block without moving offsets', () => {
    const { frontMatter, text } = splitFrontMatter(markdown);
    expect(frontMatter).toEqual({
      title: '某某经济开发区举行项目集中签约',
      publishedAt: '2024-03-05',
      source: '某某日报',
      authors: ['张三', '李四'],
    });
    expect(text).toHaveLength(markdown.length);
    expect(
      text
        .split('\n')
        .slice(0, 7)
        .every((line) => line.trim() === ''),
    ).toBe(true);
    expect(text.slice(text.indexOf('# '))).toBe(markdown.slice(markdown.indexOf('# ')));
  });

  it('accepts other key spellings, Chinese dates and one author string', () => {
    const { frontMatter } = splitFrontMatter('---\n标题: 標題\n发布时间: 2023年8月9日\nauthor: 王五、赵六\n---\n正文');
    expect(frontMatter).toEqual({
      title: '标题',
      publishedAt: '2023-08-09',
      source: undefined,
      authors: ['王五', '赵六'],
    });
  });

  it('reads a block that is not valid YAML but one field per line, and Hugo TOML', () => {
    const careless =
      '---\ntitle: 华辰科技: 项目签约\ndate: 2024-03-05\ntags: [滨江睢宁工业园, 招商\nkeywords: 华辰科技\n---\n正文';
    const { frontMatter, text } = splitFrontMatter(careless);
    expect(frontMatter).toMatchObject({ title: '华辰科技: 项目签约', publishedAt: '2024-03-05' });
    expect(text.trim()).toBe('正文');
    const toml =
      '+++\ntitle = "华辰科技项目签约"\ndate = 2024-03-05\nauthors = ["张三", "李四"]\ntags = ["滨江"]\n+++\n正文';
    expect(splitFrontMatter(toml)).toEqual({
      frontMatter: {
        title: '华辰科技项目签约',
        publishedAt: '2024-03-05',
        source: undefined,
        authors: ['张三', '李四'],
      },
      text: toml.replace(/^[\s\S]*\+\+\+\n/, (block) => block.replace(/[^\n]/g, ' ')),
    });
  });

  it('reads the bare Key: value lines Pelican and MultiMarkdown open a file with, up to the first blank line', () => {
    const original = 'Title: 滨江区宣传册: 投资载体\nDate: 2018-03-27 12:31:45\nTags: 招商\n\n**一、概况**\n正文';
    const { frontMatter, text } = splitFrontMatter(original);
    expect(frontMatter).toEqual({ title: '滨江区宣传册: 投资载体', publishedAt: '2018-03-27', authors: [] });
    expect(text).toHaveLength(original.length);
    expect(text.slice(text.indexOf('**'))).toBe('**一、概况**\n正文');
    expect(text.slice(0, text.indexOf('**')).trim()).toBe('');
  });

  it('leaves text without front matter, or with a block that is not YAML, as it is', () => {
    for (const original of [
      'Source: 某某日报\n\n正文',
      'title: 标题\n正文紧接其后',
      '来源: 某某日报\n\n正文',
      '正文\n---\ntitle: x\n---\n',
      '---\n: : [\n---\n正文',
      '---\n- a list\n---\n正文',
      '---\n华辰科技有限公司今天签约。\n---\n正文',
    ]) {
      expect(splitFrontMatter(original)).toEqual({ text: original });
    }
  });
});

describe('a Markdown report with front matter', () => {
  const report = extractReport({ name: 'a.md', text: markdown });

  it('takes its metadata from the front matter', () => {
    expect(report.doc).toMatchObject({
      title: '某某经济开发区举行项目集中签约',
      publishedAt: '2024-03-05',
      source: '某某日报',
    });
    expect(report.doc.authors).toEqual(['张三', '李四']);
  });

  it('never extracts from the front matter lines', () => {
    const names = report.entities.map((e) => e.name);
    expect(names).toContain('宿城经济开发区');
    expect(names).not.toContain('苏州工业园区'); // only in the tags line
    for (const e of report.entities)
      for (const m of e.mentions) expect(m.start).toBeGreaterThan(markdown.indexOf('# '));
  });
});
