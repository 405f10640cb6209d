// Names alone on a line, whose posts the next line (or a row's cells, one to a line) gives (every name invented).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../../src/extract/index.ts';
import { extract } from './extract.ts';

describe('names alone on a line', () => {
  it('reads a leaders’ page: a name, then its posts on the next line', () => {
    const page =
      '领导之窗\n王志远\n滨江区委书记\n主持区委全面工作。\n欧阳秀兰\n滨江区委副书记、区长\n主持区政府全面工作。';
    expect(extract(page).people).toEqual(['Official 欧阳秀兰', 'Official 王志远']);
  });
  it('reads a company’s people as persons', () => {
    expect(extract('管理团队\n赵东\n华辰科技有限公司董事长').people).toEqual(['Person 赵东']);
  });
  it('reads a table of cadres flattened one cell to a line, and a name padded to three characters', () => {
    const table =
      '姓名\n性别\n出生年月\n现任职务\n拟任职务\n王志远\n男\n1978.08\n滨江区商务局副局长\n滨江区商务局局长\n赵 东\n女';
    const rows = `${table}\n1982.03\n滨江区财政局副局长\n滨江区审计局局长`;
    expect(extract(rows).people).toEqual(['Official 王志远', 'Official 赵东']);
  });
  it('reads a name glued to its posts on a page’s line, and a vertical table’s name field', () => {
    expect(extract('李秀兰滨江区委副书记、区长').people).toEqual(['Official 李秀兰']);
    const html =
      '<table><tr><td>姓名</td><td>张海</td><td>性别</td><td>男</td></tr>' +
      '<tr><td>现任职务</td><td>滨江区委办副主任</td></tr></table>';
    const report = extractReport({ name: 't.html', text: html, model: null });
    expect(report.entities.filter((e) => e.kind === 'Official').map((e) => e.name)).toEqual(['张海']);
  });
  it('reads a name of any form that opens a row of a cadre’s data, with its own row’s posts only', () => {
    const rows = '姓名\n性别\n现任职务\n王志远\n男\n滨江区商务局局长\n吉克阿呷\n男\n昭觉县人民政府副县长';
    expect(extract(rows)).toEqual({
      people: ['Official 吉克阿呷', 'Official 王志远'],
      posts: ['吉克阿呷 -> 昭觉县人民政府', '王志远 -> 滨江区商务局'],
    });
    expect(extract('吉克阿呷 男 1980.03 昭觉县人民政府副县长 昭觉县委常委').people).toEqual(['Official 吉克阿呷']);
  });
  it('reads no name alone on a line that no post stands beside, nor a place', () => {
    expect(extract('王志远\n2024年3月1日').people).toEqual([]);
    expect(extract('张家港\n市长热线').people).toEqual([]);
  });
});

describe('the posts of names on lines', () => {
  it('gives a leaders’ page’s names the posts on the line after each', () => {
    const page =
      '临朐县人民政府 领导之窗\n临朐县位于山东省中部。\n张伟明\n县委副书记、县长\n主持县政府全面工作。\n' +
      '李建平\n县委常委、常务副县长\n负责县政府常务工作。';
    expect(extract(page).posts).toEqual(['张伟明 -> 临朐县', '李建平 -> 临朐县']);
  });
  it('gives the names under a post’s label (任免名单) that post', () => {
    const list =
      '临朐县人大常委会任免名单\n任命：\n临朐县人民政府副县长：\n刘晓峰\n王志刚\n临朐县发展和改革局局长：陈立军';
    const { people, posts } = extract(list);
    expect(people).toEqual(['Official 刘晓峰', 'Official 王志刚', 'Official 陈立军']);
    expect(posts).toEqual(['刘晓峰 -> 临朐县人民政府', '王志刚 -> 临朐县人民政府', '陈立军 -> 临朐县发展和改革局']);
  });
  it('reads a post’s field and the names that fill it', () => {
    expect(extract('临朐县位于山东省中部。\n县长：张伟明\n副县长：李建平、王志刚').posts).toEqual([
      '张伟明 -> 临朐县',
      '李建平 -> 临朐县',
      '王志刚 -> 临朐县',
    ]);
  });
  it('gives a name glued to its posts those posts', () => {
    expect(extract('李秀兰临朐县委副书记、县长').posts).toEqual(['李秀兰 -> 临朐县']);
  });
  it('gives no post a line that only labels a list', () => {
    expect(extract('任命：\n王志刚\n2024年3月1日').posts).toEqual([]);
  });
  it('ends a page’s posts where the duties after them begin', () => {
    const page = '王志远 临朐县委副书记、县长，主持县政府全面工作。\n李建平 临朐县副县长，负责工业方面工作。';
    expect(extract(page).posts).toEqual(['李建平 -> 临朐县', '王志远 -> 临朐县']);
  });
  it('gives each name the post before it where the page puts posts first', () => {
    const page = '临朐县领导\n县委书记\n王志远\n县长\n李建平';
    const { relations } = extractReport({ name: 't.txt', text: page, model: null });
    expect(extract(page).posts).toEqual(['李建平 -> 临朐县', '王志远 -> 临朐县']);
    expect(relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.title)).toEqual(['县委书记', '县长']);
  });
});
