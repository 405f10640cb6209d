import { describe, expect, it } from 'vitest';
import { ChromeFilter, chromeKind, trailingChromeStart } from '../../src/extract/chrome.ts';

describe('chromeKind', () => {
  it.each([
    ['?', 'symbols'],
    ['11304', 'counter'],
    ['阅读:1.2万', 'counter'],
    ['收藏', 'interface'],
    ['【打印本页】【关闭窗口】', 'interface'],
    ['首页 新闻中心 政务公开 联系我们', 'interface'],
    ['首页>地方频道>宿迁>要闻', 'breadcrumb'],
    ['当前位置:某某网 > 新闻', 'breadcrumb'],
    ['网站首页 | 关于我们 | 联系方式 | 隐私政策', 'link-bar'],
    ['氢能科技 超联科技 园区 园区', 'tag-cloud'],
    ['【资料图】', 'image-label'],
    ['发布日期: 2023-08-09 10:47:17 来源: 某某网', 'field'],
    ['日期:2023-08-09', 'field'],
    ['2023-08-09 10:47', 'dateline'],
    ['声明:本媒体部分图片、文章来源于网络,版权归原作者所有。', 'disclaimer'],
    ['粤ICP备05102027号', 'copyright'],
    ['留言与评论(共有 条评论)', 'comments'],
    ['验证码:', 'comments'],
    ['相关内容', 'related'],
    ['更多>同类资讯', 'related'],
    ['上一篇:园区召开大会', 'related'],
    ['友情链接:青禾网 滨海县人民政府 华辰市商务局', 'related'],
    ['部门直通车:经济发展局 招商局 财政局', 'related'],
    ['原始网址:', 'field'],
    ['原文连结:https://example.com/news/1.htm', 'field'],
    ['电子邮件:', 'field'],
    ['https://example.com/news/1.htm', 'address'],
    ['news@example.com', 'address'],
    ['记者 张三 通讯员 李四', 'byline'],
    ['(江南日报记者 何文斌 通讯员 陆小军)', 'byline'],
    ['文/图 吴海峰', 'byline'],
    ['记者 钱晓东 摄', 'byline'],
  ])('%s is %s', (line, kind) => {
    expect(chromeKind(line)).toBe(kind);
  });

  it('recognizes site names only near the top', () => {
    expect(chromeKind('某某科商网', true)).toBe('site-name');
    expect(chromeKind('某某科商网', false)).toBeUndefined();
  });

  it.each([
    '时间:上午9点,地点:会议室。',
    '园区实现“十三连冠”。',
    '上有部署,下有行动。',
    '电子信息 精密机械 新能源 新材料',
    '来源于企业的反馈显示,营商环境持续改善。',
    '详见https://example.com/a',
    '记者从滨江睢宁工业园了解到,园区今年新增企业30家。',
    '文化产业',
    '记者见面会',
    '记者 滨江园区',
    // A career line's span of months, not a date: 1994 is no day.
    '1990.09-1994.07 滨江大学经济系学习',
    '1994.07-1998.05 滨江县农业局科员',
    // A work report's issuer is a body the report names, not page furniture.
    '发布机构:滨江市人民政府',
    // A crawled item on one line, its site's rights notice run into its end.
    '2023-08-01,正文:据滨江省纪委监委消息,滨江省旅游集团股份有限公司原总工程师周明远涉嫌严重违纪违法,目前正接受纪律审查和监察调查。公开简历显示,周明远,男,1966年生,历任滨江县建设局局长、滨江省旅游集团股份有限公司副总经理、总工程师等职。如遇作品内容、版权等问题,请在相关文章刊发之日起30日内与本网联系。版权侵权联系电话:010-12345678',
  ])('leaves content alone: %s', (line) => {
    expect(chromeKind(line)).toBeUndefined();
  });
});

describe('ChromeFilter', () => {
  it('treats short lines after a related heading as the list, until a sentence', () => {
    const filter = new ChromeFilter();
    const kinds = ['正文第一段讲了园区的发展。', '推荐阅读', '园区召开大会', '某地新签约项目', '正文又继续了。'].map(
      (l) => filter.classify(l),
    );
    expect(kinds).toEqual([undefined, 'related', 'related-item', 'related-item', undefined]);
  });
});

describe('trailingChromeStart', () => {
  it('finds a site’s rights notice run into the end of a body line', () => {
    const body = '园区走绿色低碳发展新路子。';
    const line = `${body}本网(平台)所刊载内容之知识产权为滨江传媒(集团)股份有限公司专属所有。未经许可，禁止进行转载、摘编。`;
    expect(trailingChromeStart(line)).toBe(body.length);
  });
  it('finds an editor’s credits run into the end of a body line, not one a sentence follows', () => {
    const body = '园区走绿色低碳发展新路子。';
    expect(trailingChromeStart(`${body}责任编辑 王明远责任校对 李晓主编 张华终审 刘洋返回滨江网，查看更多`)).toBe(
      body.length,
    );
    expect(trailingChromeStart(`${body}责任编辑王明远表示，园区将继续发展。`)).toBe(0);
  });
  it('finds none in a body that merely names the site, nor in a line that is all notice', () => {
    expect(trailingChromeStart('本网记者从园区获悉，项目已开工。')).toBe(0);
    expect(trailingChromeStart('本网所刊载内容之知识产权为滨江网所有，未经许可禁止转载。')).toBe(0);
  });
});
