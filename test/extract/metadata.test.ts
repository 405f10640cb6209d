import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bylineNames, extractMetadata, findDate } from '../../src/extract/metadata.ts';
import { normalize } from '../../src/extract/normalize.ts';
import { prepareReport } from '../../src/extract/index.ts';

const meta = (original: string) => extractMetadata(original, normalize(original));
const page = (...lines: string[]) => lines.join('\n');
const body = '5月5日,某某经济开发区召开项目推进会,管委会主任张三主持会议。会议强调要加快项目建设。';

describe('extractMetadata: title', () => {
  it('takes the line above the dateline, skipping the site name', () => {
    const m = meta(
      page(
        '某某新闻网',
        '首页 > 园区动态',
        '某某高新区召开项目推进会',
        '发布时间：2023-05-06 09:30  来源：某某日报',
        body,
      ),
    );
    expect(m.title).toBe('某某高新区召开项目推进会');
  });

  it('takes the first headline-like line when there is no dateline', () => {
    const m = meta(page('导航', '首页>新闻', '园区', '某某开发区：全力打造先进制造业基地', body));
    expect(m.title).toBe('某某开发区：全力打造先进制造业基地'.replace('：', ':'));
  });

  it('is Simplified, without pinyin or a site suffix', () => {
    expect(meta(page('園區(qū)發(fā)展再上新臺階 - 某某網(wǎng)', body)).title).toBe('园区发展再上新台阶');
  });

  it('reads through markup: a Markdown heading, a CMS dump whose paragraphs share one line', () => {
    expect(meta(page('# 某某高新区召开**项目推进会**', '', body)).title).toBe('某某高新区召开项目推进会');
    const cms = `<p><strong>某某高新区召开项目推进会</strong></p><p>发布时间：2023-05-06&nbsp;09:30</p><p>${body}</p>`;
    expect(meta(cms)).toMatchObject({ title: '某某高新区召开项目推进会', publishedAt: '2023-05-06' });
  });

  it('closes up a letter-spaced title', () => {
    expect(meta(page('政 府 工 作 报 告', '', body)).title).toBe('政府工作报告');
  });

  it('takes a labelled title field, and never a document field or a line of template code', () => {
    expect(meta(page('标题：某某县2024年政府工作报告', '发文单位：某某县人民政府', body)).title).toBe(
      '某某县2024年政府工作报告',
    );
    expect(meta(page('发布机构：某某县人民政府办公室', '某某县召开项目推进会议', body)).title).toBe(
      '某某县召开项目推进会议',
    );
    expect(
      meta(page("@extends('web.layouts.main')", '登录 注册 ${user.name} 注销', '某某县召开项目推进会议', body)).title,
    ).toBe('某某县召开项目推进会议');
  });

  it('drops a video mark before the headline, and takes no sentence or list lead-in for one', () => {
    expect(meta(page('[视频]某某开发区:打造先进制造业基地', body)).title).toBe('某某开发区:打造先进制造业基地');
    expect(meta(page('“十四五”期间，开发区全面实施四大战略：', body)).title).toBeUndefined();
    expect(meta(page('会上，县委组织部、县委宣传部作了发言。', body)).title).toBeUndefined();
  });

  it('is undefined when the page opens with body text', () => {
    expect(meta(body).title).toBeUndefined();
  });
});

describe('extractMetadata: publishedAt', () => {
  it.each([
    [page('标题在这里写着', '发布日期：2023-08-09 10:47:17', body), '2023-08-09'],
    [page('标题在这里写着', '时间:2021/3/4 来源:某某网', body), '2021-03-04'],
    [page('标题在这里写着', '', '   2020-05-09 某某经济开发区', '30', body), '2020-05-09'],
    [page('某某区人民政府工作报告（2023年1月3日）', body), '2023-01-03'],
    [page('某某区人民政府工作报告', body, '某某区人民政府', '二〇二三年一月三日'), '2023-01-03'],
    // A crawled item's stamp before its body label, on a line however long.
    [`2023-07-24 17:25，正文：${body.repeat(4)}`, '2023-07-24'],
  ])('finds the stated date (%#)', (original, expected) => {
    expect(meta(original).publishedAt).toBe(expected);
  });

  it('reads the place a dateline files the report from, as metadata', () => {
    expect(meta(`2023-08-06 12:26:28，正文：某社江苏滨海8月6日电 题：${body}`).filedFrom).toBe('江苏滨海');
    expect(meta(page('标题在这里写着', `某某网香港8月10日电(记者 王明)${body}`)).filedFrom).toBe('香港');
    expect(meta(page('标题在这里写着', body)).filedFrom).toBeUndefined();
  });
  it('ignores dates in the body and impossible dates', () => {
    expect(
      meta(page('某某园区召开大会', '2019年5月6日,园区召开项目推进会,签约项目10个。')).publishedAt,
    ).toBeUndefined();
    expect(meta(page('某某园区召开大会', '发布日期：2023-02-30', body)).publishedAt).toBeUndefined();
  });

  it('parses numeric and Chinese-numeral dates', () => {
    expect(findDate('截至2023年12月31日')?.iso).toBe('2023-12-31');
    expect(findDate('二〇一九年十月二十一日')?.iso).toBe('2019-10-21');
    expect(findDate('2023.7.1')?.iso).toBe('2023-07-01');
    expect(findDate('8月23日至24日')).toBeUndefined();
  });
});

describe('extractMetadata: source', () => {
  it('takes a 来源 note in brackets without them', () => {
    expect(meta(page('标题在这里写着', body, '（来源：江南日报）')).source).toBe('江南日报');
  });

  it('takes a 来源 field, without brackets or following fields', () => {
    expect(meta(page('标题在这里写着', '来源：《某某日报》作者：张三', body)).source).toBe('某某日报');
  });

  it('takes the name after a dateline', () => {
    expect(meta(page('标题在这里写着', '2020-05-09 某某经济开发区', body)).source).toBe('某某经济开发区');
  });

  it('takes the site name at the top of the page', () => {
    expect(meta(page('某某科技网', '标题在这里写着', body)).source).toBe('某某科技网');
  });

  it('takes the site named in a copyright notice', () => {
    expect(meta(page('标题在这里写着', body, 'Copyright © 2023 某某新闻网 All Rights Reserved')).source).toBe(
      '某某新闻网',
    );
  });
});

describe('extractMetadata: authors', () => {
  it.each([
    [page('标题在这里写着', body + ' (王小明 赵丽)'), ['王小明', '赵丽']],
    [page('标题在这里写着', body, '（欧阳明）'), ['欧阳明']],
    [page('标题在这里写着', '本报讯（记者 刘强 通讯员 孙丽）' + body), ['刘强', '孙丽']],
    [page('标题在这里写着', '记者 周杰 通讯员 吴敏', body), ['周杰', '吴敏']],
    [page('标题在这里写着', '作者：郑华', body), ['郑华']],
    [
      page('标题在这里写着', '江南日报记者 何文斌', body, '（江南日报记者 何文斌 通讯员 陆小军）'),
      ['何文斌', '陆小军'],
    ],
    [page('标题在这里写着', body, '■ 本报记者 韩志刚', '文/图 吴海峰'), ['韩志刚', '吴海峰']],
  ])('reads bylines (%#)', (original, expected) => {
    expect(meta(original).authors).toEqual(expected);
  });

  it('does not take places, bodies or editors for reporters', () => {
    expect(meta(page('标题在这里写着', body + '(宿迁)')).authors).toEqual([]);
    expect(meta(page('标题在这里写着', body + '(江苏省)')).authors).toEqual([]);
    expect(meta(page('标题在这里写着', body, '(责任编辑:王五)')).authors).toEqual([]);
    expect(meta(page('标题在这里写着', '城市信息模型(CIM)建设完成。')).authors).toEqual([]);
  });

  it('splits byline text into names', () => {
    expect(bylineNames('记者 张三 通讯员 李四')).toEqual(['张三', '李四']);
    expect(bylineNames('文/张三')).toEqual(['张三']);
    expect(bylineNames('许文')).toEqual(['许文']);
    expect(bylineNames('园区 管委会')).toEqual([]);
  });
});

describe('extractMetadata: seeds', () => {
  const dir = new URL('../../seeds/', import.meta.url);
  const seed = (prefix: string) =>
    readFileSync(
      new URL(
        readdirSync(dir).find((f) => f.startsWith(prefix))!,
        dir,
      ),
      'utf8',
    );

  it.each([
    ['000', { title: '宿迁:在大坐标下领跑“三争三创”新担当', authors: ['徐杰', '陈娇'] }],
    [
      '001',
      {
        title: '苏宿工业园区——全力构建产业新格局 谱写高质量发展新篇章',
        publishedAt: '2023-08-09',
        source: '宿迁网',
        authors: ['孙敏', '许文'],
      },
    ],
    [
      '002',
      {
        title: '江苏赣榆经济开发区:“破茧成蝶” 实现精彩“蜕变”',
        publishedAt: '2020-05-09',
        source: '江苏赣榆经济开发区',
        authors: [],
      },
    ],
    [
      '003',
      {
        title: '(江苏省)宿迁市宿城区人民政府工作报告(2023年1月3日)',
        publishedAt: '2023-01-03',
        source: '博县网',
        authors: [],
      },
    ],
    ['004', { title: '市产业园区项目载体建设现场推进会与会人员来亭观摩', authors: ['吕正龙'] }],
  ])('seed %s', (prefix, expected) => {
    expect(meta(seed(prefix))).toEqual({ publishedAt: undefined, source: undefined, ...expected });
  });
});

describe('a dateline note in parentheses above the headline', () => {
  it('is not taken for the title', async () => {
    const { extractMetadata } = await import('../../src/extract/metadata.ts');
    const { normalize } = await import('../../src/extract/normalize.ts');
    const text =
      '（2023年2月10日在某县第十八届人民代表大会第二次会议上）\n某县人民政府工作报告\n各位代表：\n过去一年，全县经济运行稳中向好。';
    const meta = extractMetadata(text, normalize(text));
    expect(meta.title).toBe('某县人民政府工作报告');
    expect(meta.publishedAt).toBe('2023-02-10');
  });
});

describe("extractMetadata: an HTML page's own headings", () => {
  const html = (head: string, bodyHtml: string) =>
    prepareReport({
      name: 'a.html',
      bytes: new TextEncoder().encode(`<html><head>${head}</head><body>${bodyHtml}</body></html>`),
    }).meta.title;
  const text = `<p>${body}</p>`;

  it("takes a short page name from <title> (a park's 基地介绍 page)", () => {
    expect(html('<title>基地介绍</title>', `<div>首页</div>${text}`)).toBe('基地介绍');
  });

  it("takes the <h1> when the <title> is the site's, and the <title> when the <h1> is a column's", () => {
    expect(html('<title>某某网专栏导航</title>', `<h1>某某开发区召开项目推进会</h1>${text}`)).toBe(
      '某某开发区召开项目推进会',
    );
    expect(
      html('<title>某某开发区召开项目推进会</title>', `<h1>园区新闻</h1><h4>某某开发区召开项目推进会</h4>${text}`),
    ).toBe('某某开发区召开项目推进会');
  });
});
