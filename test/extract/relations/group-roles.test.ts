// HOLDS_POSITION in a working group: the roles a roster gives, with invented names and places (rules alone).
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/extract/html.ts';
import { isRosteredBody } from '../../../src/extract/relations/group-roles.ts';
import { rulesAloneRelations } from './support.ts';

/** The HOLDS_POSITION relations the rules give for a text, as "from → to: title". */
function posts(text: string): string[] {
  return rulesAloneRelations(text)
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.from} → ${r.to}: ${r.title}`);
}

/** Only the roles held in bodies whose name ends so. */
const inGroup = (text: string, ending: string) => posts(text).filter((p) => p.split(':')[0]!.endsWith(ending));

const NOTICE = [
  '扬州市人民政府办公室关于成立扬州市优化营商环境工作领导小组的通知',
  '经市政府研究，决定成立扬州市优化营商环境工作领导小组，组成人员如下：',
  '组　长：周明远（市委副书记、市长）',
  '副组长：李　强（市委常委、常务副市长）',
  '　　　　王海峰（副市长）',
  '成　员：刘建华（市发改委主任）',
  '　　　　陈　静（市财政局局长）',
  '领导小组办公室设在市发改委。',
].join('\n');

describe('HOLDS_POSITION: a working group’s roster', () => {
  it('gives each row’s role in the group, and the rows under a label that label’s', () => {
    expect(inGroup(NOTICE, '领导小组')).toEqual([
      '周明远 → 扬州市优化营商环境工作领导小组: 组长',
      '李强 → 扬州市优化营商环境工作领导小组: 副组长',
      '王海峰 → 扬州市优化营商环境工作领导小组: 副组长',
      '刘建华 → 扬州市优化营商环境工作领导小组: 成员',
      '陈静 → 扬州市优化营商环境工作领导小组: 成员',
    ]);
  });

  it('ends the roster at a sentence that says what a member does', () => {
    const text = NOTICE.replace('领导小组办公室设在市发改委。', '周志刚同志兼任领导小组办公室主任。');
    expect(inGroup(text, '领导小组').filter((p) => p.startsWith('周志刚'))).toEqual([]);
  });

  it('gives the posts in brackets their own bodies: a place’s posts the place, not the issuing office', () => {
    const found = posts(NOTICE);
    expect(found).toContain('周明远 → 扬州市: 市委副书记、市长');
    expect(found).toContain('李强 → 扬州市: 市委常委、常务副市长');
    expect(found).toContain('刘建华 → 市发改委: 主任');
    expect(found.filter((p) => p.includes('人民政府办公室'))).toEqual([]);
  });

  it('reads rows whose posts come before the name, and a row of names joined by 、', () => {
    const text = [
      '关于调整临朐县乡村振兴工作领导小组成员的通知',
      '组　长：县委书记　黄志明',
      '　　　　县委副书记、县长　周文斌',
      '成　员：县财政局局长　冯　丽',
      '副组长：李明华、王芳芳、赵志强',
    ].join('\n');
    expect(inGroup(text, '领导小组').map((p) => p.replace('临朐县乡村振兴工作领导小组', 'G'))).toEqual([
      '黄志明 → G: 组长',
      '周文斌 → G: 组长',
      '冯丽 → G: 成员',
      '李明华 → G: 副组长',
      '王芳芳 → G: 副组长',
      '赵志强 → G: 副组长',
    ]);
  });

  it('gives a label alone on its line to the rows under it', () => {
    const text =
      '关于成立临朐县招商引资工作领导小组的通知\n副组长：\n李明华 县委常委\n成　员：\n王芳芳 县财政局局长\n赵志强 县商务局局长';
    expect(inGroup(text, '领导小组').map((p) => p.replace('临朐县招商引资工作领导小组', 'G'))).toEqual([
      '李明华 → G: 副组长',
      '王芳芳 → G: 成员',
      '赵志强 → G: 成员',
    ]);
  });

  it('reads a row of labels and semicolons: 组长:王某同志,县委书记;副组长:…', () => {
    const text =
      '关于成立临朐县招商引资工作领导小组的通知\n组长：许文军同志，县委书记；副组长：罗志勇同志，县委副书记、县长；成员：卢艳同志，县审计局局长。';
    const found = posts(text);
    expect(found).toEqual(
      expect.arrayContaining([
        '许文军 → 临朐县: 县委书记',
        '罗志勇 → 临朐县: 县委副书记、县长',
        '卢艳 → 县审计局: 局长',
        '许文军 → 临朐县招商引资工作领导小组: 组长',
        '罗志勇 → 临朐县招商引资工作领导小组: 副组长',
        '卢艳 → 临朐县招商引资工作领导小组: 成员',
      ]),
    );
  });

  it('reads a table whose role is a cell of its own', () => {
    const text = htmlToText(
      '<h1>关于成立江宁区安全生产委员会的通知</h1><table><tr><td>职务</td><td>姓名</td><td>单位及职务</td></tr>' +
        '<tr><td>主任</td><td>马国庆</td><td>区委副书记、区长</td></tr>' +
        '<tr><td>成员</td><td>胡志刚</td><td>区应急管理局局长</td></tr></table>',
    );
    expect(inGroup(text, '委员会')).toEqual([
      '马国庆 → 江宁区安全生产委员会: 主任',
      '胡志刚 → 江宁区安全生产委员会: 成员',
    ]);
    // …and the label 成员 is no one's name.
    expect(posts(text).filter((p) => p.startsWith('成员'))).toEqual([]);
  });

  it('gives a table’s rows with an empty role cell the role above, and no role to the issuing office', () => {
    const text = htmlToText(
      '<p>德清县人民政府办公室关于成立德清县信用建设工作领导小组的通知</p><table>' +
        '<tr><td>组长</td><td>马国庆</td><td>县长</td></tr>' +
        '<tr><td>成员</td><td>胡志刚</td><td>县发改局局长</td></tr>' +
        '<tr><td></td><td>沈丽华</td><td>县财政局局长</td></tr></table>',
    );
    expect(inGroup(text, '领导小组').map((p) => p.replace('德清县信用建设工作领导小组', 'G'))).toEqual([
      '马国庆 → G: 组长',
      '胡志刚 → G: 成员',
      '沈丽华 → G: 成员',
    ]);
    expect(posts(text).filter((p) => p.includes('人民政府办公室'))).toEqual([]);
  });

  it('reads a row of two people, each with the posts after their name', () => {
    const text = [
      '德清县人民政府办公室关于成立德清县社会信用体系建设领导小组的通知',
      '副组长：李明华　副县长　　王志强　县政府办公室主任',
      '成　员：赵德胜　县发改局局长　　孙丽华　县财政局局长',
    ].join('\n');
    const found = posts(text);
    expect(found).toEqual(
      expect.arrayContaining([
        '李明华 → 德清县: 副县长',
        '王志强 → 德清县人民政府办公室: 主任',
        '赵德胜 → 县发改局: 局长',
        '孙丽华 → 县财政局: 局长',
      ]),
    );
    // (The posts between two names are the first one's, not the second's.)
    expect(found).not.toContain('王志强 → 德清县: 副县长');
    expect(found).not.toContain('孙丽华 → 县发改局: 局长');
  });

  it('gives a bare 办公室主任 no post in the issuing office where the notice sets up the group’s office', () => {
    const text = NOTICE.replace('领导小组办公室设在市发改委。', '领导小组下设办公室，刘建华同志兼任办公室主任。');
    expect(posts(text).filter((p) => p.startsWith('刘建华') && p.endsWith('主任') && p.includes('办公室'))).toEqual([]);
  });

  it('reads prose that gives the roles (某某任组长, 某某等任副组长), only where the group is named', () => {
    const text =
      '这项工作由滨海网络安全和信息化领导小组负责，省委书记周明远任组长，省长李立新、省委副书记王海峰等任副组长。';
    expect(inGroup(text, '领导小组')).toEqual([
      '周明远 → 滨海网络安全和信息化领导小组: 组长',
      '李立新 → 滨海网络安全和信息化领导小组: 副组长',
      '王海峰 → 滨海网络安全和信息化领导小组: 副组长',
    ]);
    expect(inGroup('临朐县召开会议。县长周明远任组长。', '领导小组')).toEqual([]);
  });

  it('gives a place’s post written after a group’s role to the place (…领导小组组长、市委书记王某)', () => {
    const text = '扬州市召开会议。市委全面深化改革领导小组组长、市委书记许文军主持会议。';
    expect(posts(text)).toEqual(['许文军 → 市委全面深化改革领导小组: 组长', '许文军 → 扬州市: 市委书记']);
  });

  it('knows a group or a committee by its name’s ending', () => {
    expect(isRosteredBody('临朐县防汛抗旱指挥部')).toBe(true);
    expect(isRosteredBody('扬州市安全生产委员会')).toBe(true);
    expect(isRosteredBody('扬州市财政局')).toBe(false);
  });
});
