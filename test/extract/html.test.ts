import { describe, expect, it } from 'vitest';
import { htmlToText, looksLikeHtml, pageHeadings } from '../../src/extract/html.ts';

describe('looksLikeHtml', () => {
  it('recognizes documents and fragments', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('  <html lang="zh">')).toBe(true);
    expect(looksLikeHtml('<div><p>一</p><p>二</p></div>')).toBe(true);
  });

  it('recognizes a page’s source that opens with server-side code (JSP, PHP)', () => {
    expect(looksLikeHtml('<%-- 注释 --%>\n<%@ page contentType="text/html" %>\n<div><p>一</p><p>二</p></div>')).toBe(
      true,
    );
    expect(looksLikeHtml("<?php require_once 'header.php';?>\n<div><p>一</p><span>二</span></div>")).toBe(true);
    expect(
      looksLikeHtml("@extends('web.layouts.main')\n\n@section('content')\n<div><p>一</p><span>二</span></div>"),
    ).toBe(true);
  });

  it('leaves plain text alone', () => {
    expect(looksLikeHtml('园区增速>5%,a<b。')).toBe(false);
    expect(looksLikeHtml('<注>本文数据来自统计局。')).toBe(false);
  });
});

describe('htmlToText', () => {
  it('keeps article text, one block per line, and drops furniture', () => {
    const html =
      '<body><header><h1>标题</h1></header><aside>侧栏</aside><div class="main-nav">菜单</div>' +
      '<article><p>第一段&amp;内容</p><ul><li>甲</li><li>乙</li></ul><pre>保留\n  换行</pre></article>' +
      '<form><select><option>选项</option></select><textarea>评论</textarea></form><img src="x"><br/>尾</body>';
    expect(htmlToText(html)).toBe('标题\n第一段&内容\n甲\n乙\n保留\n换行\n尾');
  });

  it('keeps links written side by side apart: two items, not one run of text', () => {
    const html =
      '<div>友情链接：<a>青禾网</a><a>滨海县人民政府</a></div><ul><li><a>园区签约</a><span>2024-05-12</span></li></ul>';
    expect(htmlToText(html)).toBe('友情链接：青禾网 滨海县人民政府\n园区签约 2024-05-12');
    expect(htmlToText('<p>详见<a>公告</a>的附件。</p>')).toBe('详见公告的附件。');
  });

  it('reads the page a component file keeps in the <template> that opens it, not a template inside a page', () => {
    const component =
      '<template>\n  <div>\n    <div class="main-title">滨江县情简介</div>\n  </div>\n</template>\n<script>x</script>';
    expect(htmlToText(component)).toBe('滨江县情简介');
    expect(htmlToText('<body><p>正文</p><template><p>模板</p></template></body>')).toBe('正文');
  });
  it('reads the data a component file’s script gives its page (a news list’s titles), not its code', () => {
    const component =
      '<template>\n<h5>公司新闻</h5>\n<p v-text="li.title"></p>\n</template>\n<script>\nimport a from \'./a.vue\'\n' +
      "export default { data() { return { list1: [{ title: '华辰科技参加博览会', img: 'a.png' }] } } }\n</script>";
    expect(htmlToText(component)).toBe('公司新闻\n华辰科技参加博览会');
  });

  it('joins Han characters a source file wraps across lines, as a page shows East Asian text', () => {
    expect(htmlToText('<li>\n  滨江县总面\n  积960平方公里，east\n  west\n</li>')).toBe(
      '滨江县总面积960平方公里，east west',
    );
  });

  it('reads no server-side code, and reads a client-side template’s markup as the page it shows, not code', () => {
    const page =
      '<%@ page contentType="text/html" %>\n<script class="template" type="text/x-jquery-tmpl">\n<div><p>滨江工业园区成立于2002年。</p>' +
      '<p>园区坐落于县城北面。</p></div>\n</script>\n<script type="text/javascript">var fnName = "Intro";</script>';
    expect(htmlToText(page)).toBe('滨江工业园区成立于2002年。\n园区坐落于县城北面。');
  });

  it('reads no template engine code: Blade lines and echoes, Jinja and Django tags', () => {
    const blade =
      "@extends('web.layouts.main')\n@section('content')\n<div><p>{{ $title }}滨江产业园签约。</p>{% if x %}<p>正文</p>{% endif %}</div>\n@endsection";
    expect(htmlToText(blade)).toBe('滨江产业园签约。\n正文');
  });

  it('survives unclosed and stray tags', () => {
    expect(htmlToText('<div><p>一<p>二</span></div>三<script>')).toBe('一\n二\n三');
  });

  it('reads a table row as one line though its short cells hold paragraphs', () => {
    const html =
      '<table><tr><td><p>姓名</p></td><td><p>现任职务</p></td></tr>' +
      '<tr><td><p>孙晓东</p></td><td><p>临朐县财政局</p><p>副局长</p></td></tr></table>';
    expect(htmlToText(html)).toBe('姓名   现任职务\n孙晓东   临朐县财政局  副局长');
  });

  it('keeps the paragraphs of a layout table’s cell on their lines', () => {
    const html = '<table><tr><td><p>第一段写了很多内容。</p><p>第二段</p></td></tr></table>';
    expect(htmlToText(html)).toBe('第一段写了很多内容。\n第二段');
  });
});

describe('pageHeadings', () => {
  it('reads the first <h1> and the <title>, markup and entities inside them resolved', () => {
    const html =
      '<html><head><title>某某园区&nbsp;简介</title></head><body><h1 class="t">\n  某某园区<span>召开</span>推进会\n</h1><h1>第二</h1></body></html>';
    expect(pageHeadings(html)).toEqual({ h1: '某某园区 召开 推进会', title: '某某园区 简介' });
  });

  it('leaves out what the page does not have', () => {
    expect(pageHeadings('<p>正文</p><h1>  </h1>')).toEqual({ h1: undefined, title: undefined });
  });
});
