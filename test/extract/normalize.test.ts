import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simplifierFor } from '../../src/extract/chinese.ts';
import { normalize, normalizeLine, normalizeName } from '../../src/extract/normalize.ts';

const seedDir = new URL('../../seeds/', import.meta.url);
const seed = (prefix: string) => {
  const file = readdirSync(seedDir).find((f) => f.startsWith(prefix))!;
  return readFileSync(new URL(file, seedDir), 'utf8');
};
const lines = (text: string) => text.split('\n').filter(Boolean);

/** Every normalized unit must come from the original unit its offset names (checked on Han characters). */
function expectOffsetsPointAtSources(original: string) {
  const { text, offsets } = normalize(original);
  const table = simplifierFor(original);
  expect(offsets.length).toBe(text.length + 1);
  expect(offsets[text.length]).toBe(original.length);
  for (let i = 0; i < text.length; i++) {
    expect(offsets[i + 1]!).toBeGreaterThanOrEqual(offsets[i]!);
    // The source is the same character or converts to it (phrases may keep a character: 顯著 → 显著).
    const source = original[offsets[i]!]!;
    if (/\p{Script=Han}/u.test(text[i]!)) expect([source, table.convert(source)]).toContain(text[i]);
  }
}

describe('normalize: Traditional → Simplified', () => {
  it('converts characters and keeps the offsets 1:1', () => {
    const original = '蘇宿工業園區發展產業。';
    const { text, offsets } = normalize(original);
    expect(text).toBe('苏宿工业园区发展产业。\n');
    expect([...offsets.subarray(0, 11)]).toEqual([...Array(11).keys()]);
  });

  it('uses phrases: 乾淨 becomes 干净 but 乾隆 stays', () => {
    expect(normalizeName('乾淨的街道')).toBe('干净的街道');
    expect(normalizeName('乾隆年間')).toBe('乾隆年间');
  });

  it('leaves Simplified text alone, including characters that are also Traditional', () => {
    const simplified = '取得显著进展,著名企业在什么地方落户。';
    expect(normalizeName(simplified)).toBe(simplified);
  });

  it('turns Taiwan-style 著 into 着 in Traditional text, but not in 顯著', () => {
    expect(normalizeName('園區跟著企業走,取得顯著成效')).toBe('园区跟着企业走,取得显著成效');
  });
});

describe('normalize: a report in Hong Kong or Taiwan form reads as the Simplified one', () => {
  const simplified = '华辰科技有限公司在滨江睢宁工业园投资建设“智慧物流”项目,‘北岸’卫生院里线路改造。';
  it.each([
    ['Hong Kong', '華辰科技有限公司在濱江睢寧工業園投資建設「智慧物流」項目,『北岸』衞生院裏綫路改造。'],
    ['Taiwan', '華辰科技有限公司在濱江睢寧工業園投資建設「智慧物流」項目,『北岸』衛生院裡線路改造。'],
  ])('%s', (_, traditional) => {
    expect(normalize(traditional).text).toBe(`${simplified}\n`);
    expectOffsetsPointAtSources(traditional);
  });
});

describe('normalize: a post letter-spaced at a line’s head (leaders’ tables)', () => {
  it('closes up a post the lexicon knows, keeping every offset on its original character', () => {
    const original = '县    长  王建国\n副 县 长  李明远\n李  芳  主任';
    const { text, offsets } = normalize(original);
    expect(text).toBe('县长  王建国\n副县长  李明远\n李  芳  主任\n');
    for (let i = 0; i < text.length; i++) if (text[i] !== '\n') expect(original[offsets[i]!]).toBe(text[i]);
  });
});

describe('normalize: pinyin annotations', () => {
  it('removes pinyin after Han characters', () => {
    expect(normalizeName('蘇宿工業(yè)園區(qū)')).toBe('苏宿工业园区');
    expect(normalizeName('發(fā)布日期')).toBe('发布日期');
    expect(normalizeName('中國科商網(wǎng)')).toBe('中国科商网');
    expect(normalizeName('創(chuàng)新引領(lǐng)')).toBe('创新引领');
  });

  it('removes full-width and multi-syllable annotations', () => {
    expect(normalizeName('產業（chǎn yè）發展')).toBe('产业发展');
    expect(normalizeName('綠(lǜ)色')).toBe('绿色');
  });

  it('removes toneless syllables only on lines that carry tone-marked annotations', () => {
    expect(normalizeName('我們(men)的園區(qū)')).toBe('我们的园区');
    expect(normalizeName('我们(men)的园区')).toBe('我们(men)的园区');
  });

  it('keeps real parentheses', () => {
    for (const kept of [
      '南玻院(宿迁)新材料产业园',
      '新担当。 (徐杰 陈娇)',
      '城市信息模型(CIM)、建筑信息模型(BIM)',
      '方案(a)与方案(b)',
      '软件(app)下载',
      '(江苏省)宿迁市',
      '上(hello)下',
    ]) {
      expect(normalizeName(kept)).toBe(kept);
    }
  });

  it('removes annotations even next to kept parentheses, and maps offsets past them', () => {
    const original = '蘇宿工業(yè)園區(qū)(宿遷)';
    const { text, offsets } = normalize(original);
    expect(text).toBe('苏宿工业园区(宿迁)\n');
    expect(offsets[4]).toBe(original.indexOf('園'));
    expect(original[offsets[text.indexOf('(')]!]).toBe('(');
  });
});

describe('normalize: stock quotes a finance portal writes after a listed name', () => {
  it('removes them, even inside a name, and keeps other figures in brackets', () => {
    expect(normalizeName('与华辰汽车(4.000,-0.07,-1.72%)集团有限公司共同签订')).toBe('与华辰汽车集团有限公司共同签订');
    expect(normalizeName('青禾股份（8.220,-0.26,-3.07%）发布公告')).toBe('青禾股份发布公告');
    for (const kept of ['增长(5.2%)', '投资(3,000万元)', '股票代码(600123)']) expect(normalizeName(kept)).toBe(kept);
  });
});

describe('normalize: photo captions', () => {
  it('keeps position notes after names, which mark them as names for the people rules', () => {
    expect(normalizeName('王建国(左一)、李明（右二）與陳華（前排左三）合照')).toBe(
      '王建国(左一)、李明(右二)与陈华(前排左三)合照',
    );
  });
});

describe('normalize: full-width folding', () => {
  it('folds full-width ASCII and wide spaces, keeps CJK punctuation', () => {
    expect(normalizeName('ＡＢＣ１２３')).toBe('ABC123');
    expect(normalizeName('（宿迁）：总投资１０亿元，签约；开工！竣工？')).toBe('(宿迁):总投资10亿元,签约;开工!竣工?');
    expect(normalizeName('“园区”。、《规划》【图】')).toBe('“园区”。、《规划》【图】');
    expect(normalizeName('园区\u3000发展')).toBe('园区 发展');
  });

  it('reads straight quotes around Chinese words as the curly pair, keeping offsets', () => {
    expect(normalizeLine('实施"千村示范"工程和"暖心"行动')).toBe('实施“千村示范”工程和“暖心”行动');
    expect(normalizeLine('实施＂千村示范＂工程')).toBe('实施“千村示范”工程');
    // …not quotes around Latin text alone, nor one left open.
    expect(normalizeLine('品牌"ABC"上线，他说"好')).toBe('品牌"ABC"上线,他说"好');
    const { text, offsets } = normalize('推进"青禾"项目');
    expect(text).toBe('推进“青禾”项目\n');
    expect([...offsets.subarray(0, 8)]).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('deletes zero-width characters and keeps the offsets of the rest', () => {
    const original = '园\u200b区\ufeff发展';
    const { text, offsets } = normalize(original);
    expect(text).toBe('园区发展\n');
    expect([...offsets.subarray(0, 4)]).toEqual([0, 2, 4, 5]);
  });

  it('trims lines and collapses whitespace in names', () => {
    expect(normalizeName('  苏宿  工业园区 \n')).toBe('苏宿 工业园区');
    expect(normalizeLine('\u3000\u3000园区发展。  ')).toBe('园区发展。');
  });
});

describe('normalize: offsets', () => {
  it('maps every normalized unit back to its source', () => {
    expectOffsetsPointAtSources(
      '首頁>新聞\n\n  蘇宿工業(yè)園區(qū)（宿遷）：ＡＢＣ發展。\r\n第二行\u200b內容\n收藏\n',
    );
    expectOffsetsPointAtSources(seed('001'));
    expectOffsetsPointAtSources(seed('004'));
  });

  it('maps each line break to the end of its line content', () => {
    const original = '  第一行。  \r\n第二行。';
    const { text, offsets } = normalize(original);
    expect(text).toBe('第一行。\n第二行。\n');
    expect(offsets[4]).toBe(original.indexOf('。') + 1);
    expect(offsets[text.length]).toBe(original.length);
  });

  it('handles empty and blank input', () => {
    expect(normalize('')).toEqual({ text: '', offsets: Int32Array.from([0]) });
    const blank = normalize(' \n\t\r\n');
    expect(blank.text).toBe('');
    expect([...blank.offsets]).toEqual([5]);
  });

  it('handles surrogate pairs and lone surrogates', () => {
    const original = '𠀀園區\ud800發展';
    const { text, offsets } = normalize(original);
    expect(text).toBe('𠀀园区\ud800发展\n');
    expect(offsets[2]).toBe(2);
  });
});

describe('normalize: page chrome', () => {
  const body = '园区全年新签约项目50个,总投资超百亿元。';
  const keep = (chrome: string[]) => lines(normalize([...chrome, body].join('\n')).text);

  it.each([
    [
      'navigation',
      ['当前位置：首页 > 新闻中心 > 园区动态', '首页 » 政务公开 » 通知公告', '网站导航', '导航菜单', '新闻中心'],
    ],
    [
      'share and counters',
      ['【打印】【关闭】', '分享到：微信 微博 QQ空间', '收藏', '分享', '阅读：1234', '浏览次数：56次', '1024'],
    ],
    ['font and print tools', ['【字体：大 中 小】', '扫一扫在手机打开当前页', '返回顶部']],
    ['disclaimers', ['免责声明：本站部分内容来自网络，如有侵权请联系删除。', '声明:本网转载内容仅供参考。']],
    ['site disclaimers', ['本网站所刊登的各种新闻、信息，版权归本网所有，未经授权不得转载。']],
    ['opinion notices', ['本文仅代表作者观点，不代表本站立场。']],
    [
      'copyright and ICP',
      [
        '苏ICP备12345678号-1',
        '浙公网安备 33010602000001号',
        'Copyright © 2008-2023 某某网 All Rights Reserved',
        '版权所有：某某市人民政府',
      ],
    ],
    ['comment boxes', ['发表评论', '网友评论', '验证码：', '请文明上网，理性发言', '留言与评论（共有 条评论）']],
    ['link bars', ['首页 | 关于我们 | 联系我们 | 网站地图 | 广告服务']],
    [
      'fields',
      [
        '本文地址：/news/2023/123.html',
        '来源：某某日报 作者：张三',
        '责任编辑：王五',
        '关键词：园区 招商',
        '发布时间：2023-05-06 09:30',
      ],
    ],
    ['datelines', ['2023-05-06 10:47:17', '2020-05-09 某某经济开发区', '2023年1月3日']],
    ['image labels and symbols', ['【资料图】', '[图片]', '?', '| |', '……']],
    ['tag clouds', ['氢能科技 联源科技 园区 园区 园区']],
  ])('drops %s', (_name, chrome) => {
    expect(keep(chrome)).toEqual([body]);
  });

  it('drops a related-content list under its heading, then resumes at the next paragraph', () => {
    const text = [
      body,
      '相关新闻',
      '某区召开招商推介会',
      '2023-05-01 某园区新签约项目5个',
      '更多>>',
      '下一段正文继续说明情况。',
    ];
    expect(lines(normalize(text.join('\n')).text)).toEqual([body, '下一段正文继续说明情况。']);
  });

  it('drops a site name only at the top of the page', () => {
    expect(lines(normalize(['某某新闻网', '园区动态', body].join('\n')).text)).toEqual(['园区动态', body]);
    const late = ['标题行在这里', '第二行', '第三行', '第四行', '工业互联网', body];
    expect(lines(normalize(late.join('\n')).text)).toContain('工业互联网');
  });

  it.each([
    '园区严厉打击侵权行为,保护企业版权,版权登记量增长30%。',
    '首页设计大赛在园区举行。',
    '2023年,园区实现产值100亿元。',
    '2019年5月6日,园区召开项目推进会,管委会主任张三出席。',
    '增速>5%的企业有30家,其中10家>10亿元。',
    '电子信息 精密机械 新能源 新材料',
    '关于2023年工作任务',
    '(徐杰 陈娇)',
    '核心提示:园区获评省级先进开发区。',
    '分享经济成为园区发展新动能。',
    '来源于企业的反馈显示,园区营商环境持续改善。',
    '电网公司讯息平台上线,滨江电视台发电机组投产。',
  ])('keeps body text: %s', (line) => {
    expect(lines(normalize(line).text)).toEqual([line.replace(/\s+$/, '')]);
  });

  it.each([
    ['本报讯 园区开展知识产权宣传,打击侵权行为,保护版权。', '园区开展'],
    ['本报讯(记者 张永明 通讯员 李春华)3月5日,滨江睢宁工业园签约。', '3月5日,'],
    ['新华社南京3月5日电(记者 王明远)3月5日,滨江睢宁工业园签约。', '3月5日,'],
    ['江南日报10月25日讯 滨江睢宁工业园签约。', '滨江'],
    ['江南新闻网-江南日报北京电(记者 杨某)滨江睢宁工业园签约。', '滨江'],
    ['央视网消息(新闻联播):日前,滨江睢宁工业园签约。', '日前'],
    // …after a crawled item's body label and the time it was crawled at.
    ['2023-08-10 17:27:10,正文:中新网香港8月10日电(记者 王明远)滨江代表团走访华辰银行。', '滨江'],
    [',正文:滨江睢宁工业园签约。', '滨江'],
  ])('drops a news lead dateline, agency, place and byline: %s', (line, start) => {
    const { text, offsets } = normalize(line);
    expect(text).toBe(`${line.slice(line.indexOf(start))}\n`);
    expect(offsets[0]).toBe(line.indexOf(start));
  });

  it('drops byline lines', () => {
    const page = [
      '滨江睢宁工业园签约',
      '江南日报记者 何文斌',
      '3月5日,签约。',
      '(江南日报记者 何文斌 通讯员 陆小军)',
      '文/图 吴海峰',
    ];
    expect(lines(normalize(page.join('\n')).text)).toEqual(['滨江睢宁工业园签约', '3月5日,签约。']);
  });
});

describe('normalize: seeds', () => {
  it('seed 001 becomes Simplified without pinyin', () => {
    const { text } = normalize(seed('001'));
    expect(text).toContain('苏宿工业园区——全力构建产业新格局 谱写高质量发展新篇章');
    expect(text).toContain('江苏苏大天宫创业投资管理有限公司总经理袁方');
    expect(text).not.toMatch(/\((?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)/);
    expect(text).not.toMatch(/[業區發產網進與實時]/);
    expect(text).toContain('(CIM)');
  });

  it.each([
    ['000', ['首页>地方频道', '声明:', '11304', '收藏', '分享']],
    ['001', ['中国科商网', '发布日期', '【资料图】', '关键词', '相关内容', '\n?\n']],
    [
      '002',
      [
        '免责声明',
        '更多>同类资讯',
        '推荐图文',
        '推荐资讯',
        '点击排行',
        'ICP',
        '公网安备',
        '园区 园区',
        '2020-05-09',
        '\n30\n',
      ],
    ],
    ['003', ['导航菜单', '本文仅代表', '本文地址', '留言与评论', '验证码']],
    ['004', ['新闻中心']],
  ])('seed %s loses its chrome', (prefix, chrome) => {
    const text = '\n' + normalize(seed(prefix)).text;
    for (const c of chrome) expect(text).not.toContain(c);
  });

  it.each(['000', '001', '002', '003', '004'])('seed %s keeps every body sentence', (prefix) => {
    const original = seed(prefix);
    const { text } = normalize(original);
    const bodyLines = original
      .split('\n')
      .filter((l) => l.includes('。') && !/^\s*(?:免责)?声明|^本文仅代表/.test(l))
      .map((l) => normalizeLine(l));
    expect(bodyLines.length).toBeGreaterThan(3);
    for (const line of bodyLines) expect(text).toContain(line);
  });
});

describe('normalize: a rights notice at the end of a body line', () => {
  it('leaves the notice out and keeps the body', () => {
    const { text } = normalize(
      '园区走绿色低碳发展新路子。本网(平台)所刊载内容之知识产权为滨江网所有。未经许可，禁止转载、摘编。\n',
    );
    expect(text.trim()).toBe('园区走绿色低碳发展新路子。');
  });
});
