// Appointment notices, names before 同志 and posts in brackets, as the rules read them (every name invented).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../../src/extract/index.ts';
import { appointedPosts } from '../../../../src/extract/entities/people.ts';
import { extract } from './extract.ts';

describe('names before 同志', () => {
  it('reads the name before 同志 whatever comes before it, and leaves the post to a title', () => {
    expect(extract('全区广泛开展向林晓峰同志学习活动。').people).toEqual(['Person 林晓峰']);
    expect(extract('会议号召向张桂岚同志学习。').people).toEqual(['Person 张桂岚']);
  });
  it('reads no name from a common word before 同志', () => {
    expect(extract('请全体同志积极参与，基层同志反映，广大同志表示支持。').people).toEqual([]);
  });
  it('makes the one put in charge of a state body’s work an official of that body', () => {
    const { people, posts } = extract('林晓峰同志主持滨江区招商局工作；陈立同志主持华辰科技有限公司工作。');
    expect(people).toEqual(['Official 林晓峰', 'Person 陈立']);
    expect(posts).toEqual(['林晓峰 -> 滨江区招商局', '陈立 -> 华辰科技有限公司']);
    expect(extract('林晓峰同志主持滨江区生态环境局全面工作。').people).toEqual(['Official 林晓峰']);
  });
});

describe('appointment notices in their common forms', () => {
  it('reads the rows of a leading group’s members (组  长 王某 某县县长), and no padded label for a name', () => {
    const { people, posts } = extract(
      '组  长 王建国 临朐县委副书记、县长\n成  员 陈卫东 县发改局局长\n       孙  丽 县商务局局长\n顾  问 王  伟 县政协主席',
    );
    expect(people).toEqual(['Official 孙丽', 'Official 王伟', 'Official 王建国', 'Official 陈卫东']);
    expect(posts).toEqual(['孙丽 -> 县商务局', '王伟 -> 县政协', '王建国 -> 临朐县', '陈卫东 -> 县发改局']);
  });
  it('gives each name a notice lists with its count the post after it (递补A、B等2名同志为省委委员)', () => {
    expect(extract('浙江省委全会决定递补张建国、李晓明等2名同志为省委委员。')).toEqual({
      people: ['Official 张建国', 'Official 李晓明'],
      posts: ['张建国 -> 浙江省', '李晓明 -> 浙江省'],
    });
  });
  it('makes the head of a central state organ an official whatever its name ends with (中国人民银行行长)', () => {
    const { people } = extract('任命周立新为中国人民银行行长；任命林燕为华辰银行行长。');
    expect(people).toEqual(['Official 周立新', 'Person 林燕']);
  });
  it('reads no appointment verb into a name followed by a remark (任命|林燕(女)为…)', () => {
    const { people } = extract('任命周立新为滨江区财政局局长；任命林燕(女)为滨江区商务局局长。');
    expect(people).toEqual(['Official 周立新', 'Official 林燕']);
  });
  it('reads a given name ending in 和 or 同 where the appointment’s verb follows it, not a second name', () => {
    const { people, posts } = extract('任命周立新为滨江区财政局局长，林凤和为滨江区商务局局长。');
    expect(people).toEqual(['Official 周立新', 'Official 林凤和']);
    expect(posts).toEqual(['周立新 -> 滨江区财政局', '林凤和 -> 滨江区商务局']);
  });
  it('reads 任命…为, 免去…的…职务 and a name opening 任 without 同志', () => {
    const { people, posts } = extract(
      '经研究，决定任命：张建国为滨江区人民政府副区长；免去王志强的滨江区财政局局长职务。' +
        '刘海燕任滨江经济开发区管委会主任，免去其滨江区商务局局长职务。',
    );
    expect(people).toEqual(['Official 刘海燕', 'Official 张建国', 'Official 王志强']);
    expect(posts).toEqual([
      '刘海燕 -> 滨江区商务局',
      '刘海燕 -> 滨江经济开发区',
      '张建国 -> 滨江区人民政府',
      '王志强 -> 滨江区财政局',
    ]);
  });
  it('gives names that share one appointment the same post, whatever remark follows it', () => {
    const { people, posts } = extract('赵丽、孙伟任滨江区人民政府副区长（试用期一年）。');
    expect(people).toEqual(['Official 孙伟', 'Official 赵丽']);
    expect(posts).toEqual(['孙伟 -> 滨江区人民政府', '赵丽 -> 滨江区人民政府']);
  });
  it('gives names that share one appointment the same post where a remark follows a listed name', () => {
    const { people, posts } = extract('赵丽（女）、孙伟为滨江区商务局副局长。');
    expect(people).toEqual(['Official 孙伟', 'Official 赵丽']);
    expect(posts).toEqual(['孙伟 -> 滨江区商务局', '赵丽 -> 滨江区商务局']);
  });
  it('reads one appointee a line, numbered or not, and a nomination', () => {
    const { people } = extract(
      '任命：\n张建国为滨江区审计局局长；\n1.李明华任滨江区统计局局长\n提名周晓梅为滨江区人民政府区长候选人。',
    );
    expect(people).toEqual(['Official 周晓梅', 'Official 张建国', 'Official 李明华']);
  });
  it('reads a two-character name padded to the width of three', () => {
    expect(extract('任命王　五为滨江区审计局局长。')).toEqual({
      people: ['Official 王五'],
      posts: ['王五 -> 滨江区审计局'],
    });
  });
  it('takes 为 as a preposition when what follows is no post', () => {
    expect(extract('李明为企业解决融资难题。').people).toEqual([]);
  });
  it('reads a line of a removal list under 免去, but no one’s relative', () => {
    expect(extract('二、免去：\n王志强的滨江区教育局局长职务；').posts).toEqual(['王志强 -> 滨江区教育局']);
    expect(extract('张明的父亲曾任县长职务。').people).toEqual([]);
  });
  it('reads a name with a surname no list holds when 同志任 follows it at a clause’s start', () => {
    expect(extract('经研究决定：木呷拉尔同志任滨江区农业农村局副局长。').posts).toEqual([
      '木呷拉尔 -> 滨江区农业农村局',
    ]);
  });
  it('keeps the posts of a company’s Party committee a company’s', () => {
    expect(extract('林芳同志任华辰投资发展有限公司党委委员、纪委书记（试用期一年）。').people).toEqual(['Person 林芳']);
    expect(extract('华辰科技有限公司党委书记、董事长王海峰介绍了企业情况。').people).toEqual(['Person 王海峰']);
  });
  it('reads a notice whose text file keeps its markup', () => {
    expect(extract('<p>张建国同志任滨江区教育局局长</p>').posts).toEqual(['张建国 -> 滨江区教育局']);
  });
});

describe('posts in brackets after a name', () => {
  it('reads the members of a leading group with their posts, but no caption’s place as a post', () => {
    expect(extract('组长：张建国（临朐县委书记）').posts).toEqual(['张建国 -> 临朐县']);
    expect(extract('副组长：李明华（县委副书记、县长）、王志强（县委常委、常务副县长）').people).toEqual([
      'Official 李明华',
      'Official 王志强',
    ]);
  });
});

describe('elections and the forms of a notice', () => {
  it('reads who is elected, by 当选为 or a meeting’s 选举…为', () => {
    expect(extract('孙建华当选为滨江区人民政府区长。').people).toEqual(['Official 孙建华']);
    expect(extract('会议选举孙建华为滨江区人民政府区长。').people).toEqual(['Official 孙建华']);
  });
  it('reads the rows of a table of names and posts, in HTML and Markdown', () => {
    const html =
      '<table><tr><td>姓名</td><td>职务</td></tr><tr><td>王志远</td><td>滨江区商务局局长</td></tr>' +
      '<tr><td>李秀兰</td><td>滨江区商务局副局长</td></tr></table>';
    const report = extractReport({ name: 't.html', text: html, model: null });
    expect(report.entities.filter((e) => e.kind === 'Official').map((e) => e.name)).toEqual(['王志远', '李秀兰']);
    const markdown = '| 姓名 | 职务 |\n| --- | --- |\n| 王志远 | 滨江区商务局局长 |\n| 赵 东 | 滨江区财政局局长 |\n';
    const md = extractReport({ name: 't.md', text: markdown, model: null });
    expect(md.entities.filter((e) => e.kind === 'Official').map((e) => e.name)).toEqual(['王志远', '赵东']);
  });
  it('reads no table row whose fields hold no post', () => {
    expect(extract('王志远  2024年3月1日').people).toEqual([]);
  });
});

describe('other verbs of appointment and remarks after a name', () => {
  it('reads a transfer after a name, from the post left to the post taken (从…调任…, 由…转任…)', () => {
    expect(extract('例如，张明远从青禾部外贸发展局副局长调任滨江省国际经济发展局局长。').posts).toEqual([
      '张明远 -> 滨江省国际经济发展局',
      '张明远 -> 青禾部外贸发展局',
    ]);
    // No post before the verb: no transfer (王某从企业调任…).
    expect(extract('例如，张明远从基层一线调任滨江省国际经济发展局局长。').posts).toEqual([]);
  });
  it('reads 委任/获委任为 (Hong Kong) and 出任, 调任', () => {
    expect(extract('行政長官委任陳大文為創新科技及工業局局長。').people).toEqual(['Official 陈大文']);
    expect(extract('陳大文獲委任為創新科技及工業局局長。').people).toEqual(['Official 陈大文']);
    expect(extract('王志远出任滨江区商务局局长。').people).toEqual(['Official 王志远']);
    expect(extract('王志远调任滨江区商务局局长。').people).toEqual(['Official 王志远']);
  });
  it('reads past a remark on the person before the verb, and posts in brackets after 同志', () => {
    expect(extract('王志远（女）任滨江区商务局局长。').people).toEqual(['Official 王志远']);
    expect(extract('王志远同志（滨江区商务局局长）主持会议。').people).toEqual(['Official 王志远']);
  });
});

describe('words between a name and its appointment, and a name before its posts after a colon', () => {
  it('reads past a probation ended, a passive, a reason, and a remark of any kind in brackets', () => {
    expect(extract('王志远同志试用期满，正式任命为滨江区商务局副局长。').people).toEqual(['Official 王志远']);
    expect(extract('王志远被任命为滨江区商务局局长。').people).toEqual(['Official 王志远']);
    expect(extract('王志远同志因工作调动，辞去滨江区人民政府副区长职务。').people).toEqual(['Official 王志远']);
    expect(extract('赵东（挂职）任滨江区人民政府副区长。').people).toEqual(['Official 赵东']);
  });
  it('reads the later posts a career sentence gives its person (，并同时担任…, ，2014年任…)', () => {
    const { posts } = extract(
      '2012年，王志远调任岳西县委书记，并同时担任岳西经济开发区管委会主任，2014年任安庆市委常委。',
    );
    expect(posts).toEqual(['王志远 -> 安庆市', '王志远 -> 岳西县', '王志远 -> 岳西经济开发区']);
  });
  it('reads past the date of the appointment, but not a surname before 于 and a date', () => {
    expect(extract('王志远于2015年10月任滨江区商务局局长。').people).toEqual(['Official 王志远']);
    expect(extract('王志远在2015年出任滨江区副区长。').people).toEqual(['Official 王志远']);
    expect(extract('王志远曾在此任职。王于2015年任滨江区商务局局长。').people).toEqual([]);
  });
  it('reads posts up to the 等职 that closes them or the 时 that dates a clause by them', () => {
    expect(extract('王志远任滨江区委宣传部部长等职。').people).toEqual(['Official 王志远']);
    expect(extract('王志远历任滨江区商务局局长等职务，现已退休。').people).toEqual(['Official 王志远']);
    expect(extract('王志远任滨江区商务局局长期间，推动了改革。').people).toEqual(['Official 王志远']);
  });
  it('reads a name whose posts follow a colon at the line’s start, but not a sentence that merely says so', () => {
    expect(extract('李秀兰：滨江区委常委、宣传部部长，负责宣传思想工作。').people).toEqual(['Official 李秀兰']);
    expect(extract('会议指出：要抓好落实。').people).toEqual([]);
  });
});

describe('proposals and numbered lines of appointment', () => {
  it('reads a name a proposal appoints, the paper named after the post', () => {
    expect(extract('提请任命王志远为滨江区商务局局长的议案').people).toEqual(['Official 王志远']);
  });
  it('reads a numbered line that gives a name and its posts in apposition', () => {
    expect(extract('1.王志远，滨江区商务局副局长，拟任滨江区商务局局长；').people).toEqual(['Official 王志远']);
  });
});

describe('the variants other places write a notice in', () => {
  it('reads a colon or spaces between a name and its verb, but 为 after them opens no appointment', () => {
    for (const text of [
      '王志远：任滨江区商务局局长；',
      '王志远　任滨江区商务局局长',
      '王志远 任滨江区商务局局长，免去其滨江区科技局局长职务',
    ])
      expect(extract(text).posts).toContain('王志远 -> 滨江区商务局');
    expect(extract('王志远 任滨江区商务局局长，免去其滨江区科技局局长职务').posts).toEqual([
      '王志远 -> 滨江区商务局',
      '王志远 -> 滨江区科技局',
    ]);
    expect(extract('记者：为企业解决融资难题。').people).toEqual([]);
  });
  it('reads a congress’s list that sets each name apart with spaces (任命 王某 为…, 免去 李某 的…职务)', () => {
    expect(extract('任命 张晓峰 为滨江区人民政府副区长；任命 林  伟 为滨江区财政局局长；')).toEqual({
      people: ['Official 张晓峰', 'Official 林伟'],
      posts: ['张晓峰 -> 滨江区人民政府', '林伟 -> 滨江区财政局'],
    });
    expect(extract('免去 赵建军 的滨江区审计局局长职务。').posts).toEqual(['赵建军 -> 滨江区审计局']);
  });
  it('reads past the sex, ethnicity and birth in brackets before the verb', () => {
    expect(extract('王志远（女，满族，1978年10月生）任滨江区商务局局长。')).toEqual({
      people: ['Official 王志远'],
      posts: ['王志远 -> 滨江区商务局'],
    });
  });
  it('reads a remark before 同志, and a minority name written with an interpunct', () => {
    expect(extract('王志远（挂职）同志任滨江区商务局副局长。').people).toEqual(['Official 王志远']);
    expect(extract('阿依古丽·买买提同志任滨江区商务局副局长。')).toEqual({
      people: ['Official 阿依古丽·买买提'],
      posts: ['阿依古丽·买买提 -> 滨江区商务局'],
    });
  });
  it('reads 代理 as an appointment, and 解聘 as a removal like 免去', () => {
    expect(extract('王志远代理江宁区区长。').posts).toEqual(['王志远 -> 江宁区']);
    expect(extract('解聘李秀兰的华辰旅游发展有限公司副总经理职务。')).toEqual({
      people: ['Person 李秀兰'],
      posts: ['李秀兰 -> 华辰旅游发展有限公司'],
    });
  });
  it('reads rows of a name and its posts parted by spaces after a colon or a number, and no verb as a name', () => {
    expect(extract('任命：王志远 滨江区商务局局长；李秀兰 滨江区科技局副局长。')).toEqual({
      people: ['Official 李秀兰', 'Official 王志远'],
      posts: ['李秀兰 -> 滨江区科技局', '王志远 -> 滨江区商务局'],
    });
    expect(extract('1. 王志远 滨江区商务局局长').posts).toEqual(['王志远 -> 滨江区商务局']);
  });
  it('reads no name from the start of a place’s name after 免去', () => {
    expect(extract('王志远同志职务任免：任江宁区商务局局长，免去江宁区科技局局长职务。').people).not.toContain(
      'Official 江宁',
    );
  });
  it('reads a line of a removal list under 免去: with no 的 between the name and its posts', () => {
    const posts = (line: string, n: number) => appointedPosts(line, 0, n)?.map((p) => p.org + p.title);
    expect(posts('王志远江宁区商务局局长职务；', 3)).toEqual(['江宁区商务局局长']);
    expect(posts('王志远江宁区商务局局长', 3)).toBeUndefined();
    // A bio's sentence ending with 职务 is no removal line: its posts are the bio's.
    expect(posts('李青林，男，汉族，1977年9月生，大学，现任市滨江中学副校长，拟任事业单位领导职务。', 3)).toEqual([
      '市滨江中学副校长',
    ]);
  });
  it('reads the body a removal names right after the name, with no 的 or 同志 between', () => {
    expect(extract('免去王志远江宁区商务局局长、党组书记职务；免去李秀兰江宁区科技局副局长职务。').posts).toEqual([
      '李秀兰 -> 江宁区科技局',
      '王志远 -> 江宁区商务局',
    ]);
  });
});

describe('names written spaced out in a notice (session 16)', () => {
  it('reads a three-character name with a space between each character as one name', () => {
    const { people, posts } = extract('许 文 晖同志任湖州市吴兴区人民政府副区长。');
    expect(people).toEqual(['Official 许文晖']);
    expect(posts).toEqual(['许文晖 -> 湖州市吴兴区人民政府']);
  });
  it('still reads a two-character name padded to three characters’ width', () => {
    expect(extract('王  伟同志任湖州市发展和改革委员会主任。').people).toEqual(['Official 王伟']);
  });
});

describe('given names that are also words, and a removal a superior approves (session 16)', () => {
  it('reads a given name that ends in 为 where posts follow it (任命某为为…, 某为此前任…)', () => {
    const { people, posts } = extract('刘有为此前任柘城县委副书记。会议决定任命刘有为为柘城县人民政府副县长。');
    expect(people).toEqual(['Official 刘有为']);
    expect(posts).toEqual(['刘有为 -> 柘城县', '刘有为 -> 柘城县人民政府']);
  });
  it('still ends a name before 为 of a purpose (张立为了…)', () => {
    expect(extract('张立为了企业发展四处奔波。').people).not.toContain('Official 张立为');
  });
  it('reads a removal a superior approves (省委批准某某不再担任…职务)', () => {
    expect(extract('省委批准林秀声不再担任柘城县委书记职务。').posts).toEqual(['林秀声 -> 柘城县']);
  });
});

describe('appointments a meeting announces', () => {
  it('reads the name after 宣布 or 宣读 that an appointment follows (宣布王某任某县委书记)', () => {
    expect(extract('会议宣布了王立新任临朐县委书记的决定。')).toEqual({
      people: ['Official 王立新'],
      posts: ['王立新 -> 临朐县'],
    });
    expect(extract('宣布园区正式开园。').people).toEqual([]);
  });
});

describe('posts a court finds abused', () => {
  it('reads the defendant a finding names before the posts used (被告人王某利用担任…等职务上的便利)', () => {
    const { people, posts } = extract(
      '经审理查明，被告人谢振林利用担任柘城县委书记、商丘市委常委等职务上的便利，为他人谋取利益。',
    );
    expect(people).toEqual(['Official 谢振林']);
    expect(posts).toEqual(['谢振林 -> 商丘市', '谢振林 -> 柘城县']);
  });
});

describe('two-character names before 历任 and 现任', () => {
  it('ends the name before 历任 or 现任, not inside it (某某|历任…)', () => {
    const { people, posts } = extract('2017年起，周涛历任宿迁市委组织部副部长等职。王川现任淮安市委常委。');
    expect(people).toEqual(['Official 周涛', 'Official 王川']);
    expect(posts).toEqual(['周涛 -> 宿迁市委组织部', '王川 -> 淮安市']);
  });
});
