// A page kept as a script's source: its words are read, its code is not (every name invented).
import { describe, expect, it } from 'vitest';
import { looksLikeScriptSource, scriptSourceText } from '../../src/extract/script-source.ts';
import { readReport } from '../../src/extract/read.ts';

const react = [
  "import React from 'react';",
  '',
  'function News(props) {',
  '  // 新闻页',
  '  return (',
  '    <div className={styles.title}>',
  '      <h5>青岩科技有限公司新厂区开工</h5>',
  "      <p><strong>一、项目名称：</strong>青岩智能装备项目{' '}</p>",
  '    </div>',
  '  );',
  '}',
].join('\n');

const miniProgram = [
  '//create by: 某某',
  'Page({',
  '\tdata: {',
  '\t\tuserInfo: {},',
  '\t\ttext: `<p style="text-align: center;">滨江开发区</p><p>滨江经济开发区组建于2005年。</p>`,',
  "\t\ttitle: '滨江县\\n医药健康产业',",
  "\t\timage: 'img/a.png',",
  '\t},',
  '});',
].join('\n');

describe('looksLikeScriptSource', () => {
  it('knows a React page and a mini-program page by their opening lines, and prose or markup as neither', () => {
    expect(looksLikeScriptSource(react)).toBe(true);
    expect(looksLikeScriptSource(miniProgram)).toBe(true);
    expect(looksLikeScriptSource('滨江产业园签约十个项目。\nimport 进口商品展示。')).toBe(false);
    expect(looksLikeScriptSource('<div><p>一</p></div>')).toBe(false);
  });
});

describe('scriptSourceText', () => {
  it('keeps the JSX lines and literals that hold Han characters, and drops code, comments and Latin literals', () => {
    expect(scriptSourceText(react)).toBe(
      '<h5>青岩科技有限公司新厂区开工</h5>\n<p><strong>一、项目名称：</strong>青岩智能装备项目</p>',
    );
    expect(scriptSourceText(miniProgram)).toBe(
      '<p style="text-align: center;">滨江开发区</p><p>滨江经济开发区组建于2005年。</p>\n<p>滨江县\n医药健康产业</p>',
    );
  });
});

describe('reading a script source', () => {
  it('refuses a script that shows no Chinese text, saying so', () => {
    const code = "import React from 'react';\nexport default function App() { return null; }\n";
    expect(() => readReport(new TextEncoder().encode(code), 'app.js')).toThrow(
      /app\.js.*script source shows no Chinese text/,
    );
  });
  it('reads the page it shows, markup read as markup', () => {
    const utf8 = (s: string) => new TextEncoder().encode(s);
    // (A line break inside a literal between two Han characters joins them, as in any page.)
    expect(readReport(utf8(miniProgram), 'page.js.txt')).toBe(
      '滨江开发区\n滨江经济开发区组建于2005年。\n滨江县医药健康产业',
    );
    expect(readReport(utf8(react), 'news.jsx.txt')).toBe('青岩科技有限公司新厂区开工\n一、项目名称：青岩智能装备项目');
  });
});
