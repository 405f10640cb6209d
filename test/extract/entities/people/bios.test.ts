// Cadre bios before appointment, as the rules read them (every name invented).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('cadre bios before appointment (任前公示)', () => {
  it('reads the posts held now and the one proposed', () => {
    const { people, posts } = extract(
      '张建国，男，汉族，1978年8月生，大学学历，2000年7月参加工作，现任临朐县委常委、组织部部长，拟任临朐县委副书记。',
    );
    expect(people).toEqual(['Official 张建国']);
    expect(posts).toEqual(['张建国 -> 临朐县']);
  });
  it('reads the posts in the sentences after the name, up to the next bio', () => {
    const { people, posts } = extract(
      '张建国，男，汉族，1970年5月生，1991年7月参加工作。现任潍坊市委常委、临朐县委书记。拟任副厅级领导职务。' +
        '李明华，女，1980年1月生。现任华辰实业有限公司副总经理。',
    );
    expect(people).toEqual(['Official 张建国', 'Person 李明华']);
    expect(posts).toEqual(['张建国 -> 临朐县', '张建国 -> 潍坊市', '李明华 -> 华辰实业有限公司']);
  });
  it('ends a bio’s sentences at the next bio whose name is padded to three characters’ width', () => {
    const { posts } = extract(
      '王海涛，男，汉族，1978年8月出生，大学学历。现任临朐县商务局局长，拟任临朐县人民政府副县长。' +
        '刘  敏，女，1982年5月出生，现任临朐县委组织部副部长。',
    );
    expect(posts).toEqual(['刘敏 -> 临朐县委组织部', '王海涛 -> 临朐县人民政府', '王海涛 -> 临朐县商务局']);
  });
  it('reads a row of a table of cadres, and a name of any surname', () => {
    expect(extract('张建国 男 汉族 1978.08 临朐县委常委、组织部部长 拟任临朐县委副书记').posts).toEqual([
      '张建国 -> 临朐县',
    ]);
    expect(extract('扎西拉姆，女，藏族，1980年3月生，现任滨江区文化广电旅游局副局长。').posts).toEqual([
      '扎西拉姆 -> 滨江区文化广电旅游局',
    ]);
  });
});

describe('the other openings of a bio and a form’s fields', () => {
  it('reads a bio whose name a remark in brackets follows before 现任', () => {
    const { people, posts } = extract('王志远（挂职），现任柘城县科技局副局长，拟任柘城县商务局局长。');
    expect(people).toEqual(['Official 王志远']);
    expect(posts).toEqual(['王志远 -> 柘城县商务局', '王志远 -> 柘城县科技局']);
  });
  it('reads a bio that opens with the birth date, in brackets or after 同志', () => {
    expect(extract('王志远（1965年10月—），男，汉族，现任滨江区政协主席。').people).toEqual(['Official 王志远']);
    expect(extract('王志远同志，1972年10月生，中共党员，现任滨江区商务局局长。').people).toEqual(['Official 王志远']);
  });
  it('reads a bio whose birth follows the name (王某生于…) and its posts held before (曾任…等职)', () => {
    const { people, posts } = extract('据公开简历，王志远生于1971年11月，曾任宁海县委副书记、书记等职。');
    expect(people).toEqual(['Official 王志远']);
    expect(posts).toEqual(['王志远 -> 宁海县']);
    // 出 of 出生于 is no part of the name.
    expect(extract('王志远出生于1971年11月，曾任宁海县委书记。').people).toEqual(['Official 王志远']);
  });
  it('reads a form whose fields name the person and the posts', () => {
    const { people, posts } = extract(
      '姓名：王志远 性别：男 出生年月：1975.08 现任职务：滨江区商务局副局长 拟任职务：滨江区发改局局长',
    );
    expect(people).toEqual(['Official 王志远']);
    expect(posts).toEqual(['王志远 -> 滨江区发改局', '王志远 -> 滨江区商务局']);
  });
  it('reads a form written one field a line, up to the next form’s name', () => {
    const { people, posts } = extract(
      '姓名：王志远\n性别：男\n民族：汉族\n出生年月：1975年8月\n学历：大学\n现任职务：滨江区商务局副局长\n' +
        '姓名：李秀兰\n性别：女\n出生年月：1980年2月',
    );
    expect(people).toEqual(['Official 王志远', 'Person 李秀兰']);
    expect(posts).toEqual(['王志远 -> 滨江区商务局']);
  });
  it('reads a bio after a colon, and the posts it holds now without 现任', () => {
    expect(extract('王志远：男，汉族，1975年3月生，滨江区商务局副局长，拟任滨江区发改局局长。').posts).toEqual([
      '王志远 -> 滨江区发改局',
      '王志远 -> 滨江区商务局',
    ]);
    expect(extract('王志远，滨江区商务局副局长，拟任滨江区发改局局长。').posts).toEqual([
      '王志远 -> 滨江区发改局',
      '王志远 -> 滨江区商务局',
    ]);
  });
  it('reads the posts a bio holds now without 现任 or a proposal, not its other clauses', () => {
    expect(extract('王志远，男，1970年生，滨江区商务局局长。').posts).toEqual(['王志远 -> 滨江区商务局']);
    expect(extract('王志远，男，汉族，1970年生，中共党员，研究生学历，高级经济师。').posts).toEqual([]);
  });
  it('reads a row of a removal list, the posts up to 职务', () => {
    expect(extract('二、免去\n王志远 滨江区科技局局长职务').posts).toEqual(['王志远 -> 滨江区科技局']);
  });
  it('reads rare and compound surnames in a bio', () => {
    expect(extract('欧阳明辉，男，1980年3月出生，现任滨江区委办公室副主任。').people).toEqual(['Official 欧阳明辉']);
    expect(extract('司马晓红，女，1982年11月生，现任滨江区妇联副主席。').people).toEqual(['Official 司马晓红']);
  });
});

describe('a résumé’s career lines', () => {
  it('reads every career line, spans of months included, and makes an official of a state career', () => {
    const resume =
      '王海涛简历\n王海涛，男，汉族，1972年6月生，山东临朐人，1994年7月参加工作，中共党员，大学学历。\n' +
      '1990.09-1994.07 山东大学经济系学习\n1994.07-1998.05 临朐县农业局科员\n1998.05-2003.09 临朐县农业局副局长\n' +
      '2016.09—2021.09 临朐县委常委、组织部部长\n2021.09— 临朐县委副书记、县长';
    const { people, posts } = extract(resume);
    expect(people).toEqual(['Official 王海涛']);
    expect(posts).toEqual(['王海涛 -> 临朐县', '王海涛 -> 临朐县农业局']);
  });
  it('reads a career line whose post is a 主任, not taking its 任 for the verb that opens the posts', () => {
    const resume =
      '王海涛，男，1972年6月生。\n1998.05-2003.09 临朐县农业局副主任科员\n2021.09— 临朐经济开发区党工委书记、管委会主任';
    expect(extract(resume).posts).toEqual(['王海涛 -> 临朐县农业局', '王海涛 -> 临朐经济开发区']);
  });
  it('makes a person of a career in a company', () => {
    const resume = '赵东，男，1975年3月生。\n1998.07-2010.05 华辰科技有限公司工程师\n2010.05— 华辰科技有限公司总经理';
    expect(extract(resume).people).toEqual(['Person 赵东']);
  });
  it("reads the posts a charge says were used (利用担任…等职务上的便利), a bracket in a firm's name, a mine's head", () => {
    const { posts } = extract(
      '华辰能源有限公司原副总经理赵东被公诉。检察院指控：被告人赵东利用担任滨江矿业(集团)有限责任公司青石煤矿矿长，' +
        '远帆煤业（集团）有限公司总经理、董事长等职务上的便利，为他人谋取利益。',
    );
    expect(posts).toEqual([
      '赵东 -> 华辰能源有限公司',
      // (The mine is read as the company's works, its head's post as the company's.)
      '赵东 -> 滨江矿业(集团)有限责任公司',
      '赵东 -> 远帆煤业(集团)有限公司',
    ]);
  });
  it('reads a list of past posts whose items a semicolon sets apart, each a sentence of its own', () => {
    const { posts } = extract(
      '赵东，男，1976年1月生，1997年9月参加工作。曾任临朐县委办副主任；青禾市招商办主任助理；东海省政府办公厅调研员；' +
        '青禾市人民政府党组成员、副市长；东海省民政厅党组成员、副厅长。',
    );
    expect(posts).toEqual([
      '赵东 -> 东海省政府办公厅',
      '赵东 -> 东海省民政厅',
      '赵东 -> 临朐县委办',
      '赵东 -> 青禾市人民政府',
    ]);
  });
  it('reads a post in a discipline group a commission stations in a bureau (市纪委驻某委员会纪检组组长)', () => {
    const { posts } = extract('赵东，男，1970年生。现任天津市民政局党委委员、市纪委驻市交通运输委员会纪检组组长。');
    expect(posts).toEqual(['赵东 -> 天津市民政局', '赵东 -> 市纪委驻市交通运输委员会纪检组']);
  });
});
