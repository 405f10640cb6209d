// People and officials as the rules read them (no model deciding), on sentences written for these tests (every
// name invented).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

function extract(text: string) {
  const report = extractReport({ name: 't.txt', text, model: null });
  const name = (id: string) => report.entities.find((e) => e.id === id)!.name;
  return {
    people: report.entities
      .filter((e) => e.kind === 'Official' || e.kind === 'Person')
      .map((e) => `${e.kind} ${e.name}`)
      .sort(),
    posts: report.relations
      .filter((r) => r.type === 'HOLDS_POSITION')
      .map((r) => `${name(r.from)} -> ${name(r.to)}`)
      .sort(),
  };
}

describe('names after post titles', () => {
  it('reads a name after a chain of posts whatever word follows, with each post’s central body', () => {
    const { people, posts } = extract('中共中央总书记、国家主席、中央军委主席钱振远近日在某省考察时强调，要抓好落实。');
    expect(people).toEqual(['Official 钱振远']);
    expect(posts).toEqual(['钱振远 -> 中共中央', '钱振远 -> 中央军委']);
  });
  it('reads a dotted minority name up to the verb after it', () => {
    expect(extract('自治区政府主席艾力·吐尔洪陪同考察。').people).toEqual(['Official 艾力·吐尔洪']);
  });
  it('reads a signature that puts a space between the post and the name', () => {
    expect(extract('平川经济开发区管委会主任 陈晓岚各位代表，同志们：').people).toEqual(['Official 陈晓岚']);
  });
  it('takes no title inside a longer word, and no ordinary word after a title, for a name', () => {
    expect(extract('薛家湾生态园地处长江岸边。').people).toEqual([]);
    expect(extract('群众高呼“总书记辛苦了！”').people).toEqual([]);
  });
});

describe('names after role nouns and in lists', () => {
  it('reads a person after a role noun, but not an ordinary word', () => {
    expect(extract('随后，他走进村民刘德茂家中看望。').people).toEqual(['Person 刘德茂']);
    expect(extract('既能外出打工，又能照顾老人和孩子。').people).toEqual([]);
  });
  it('reads officials from a bare list that accompanies a visit', () => {
    expect(extract('孙立华、周文、郑海明和中央有关部门负责同志陪同考察。').people).toEqual([
      'Official 周文',
      'Official 孙立华',
      'Official 郑海明',
    ]);
  });
  it('takes no list of places for a list of names', () => {
    expect(extract('深入学校、社区、农村和企业等进行调研。').people).toEqual([]);
  });
});

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
  });
});

describe('appointment notices in their common forms', () => {
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
  it('reads a row of a table of cadres, and a name of any surname', () => {
    expect(extract('张建国 男 汉族 1978.08 临朐县委常委、组织部部长 拟任临朐县委副书记').posts).toEqual([
      '张建国 -> 临朐县',
    ]);
    expect(extract('扎西拉姆，女，藏族，1980年3月生，现任滨江区文化广电旅游局副局长。').posts).toEqual([
      '扎西拉姆 -> 滨江区文化广电旅游局',
    ]);
  });
});

describe('officials in local news', () => {
  it('reads leaders named by their level as officials, with no post', () => {
    expect(extract('县领导李明华参加调研。')).toEqual({ people: ['Official 李明华'], posts: [] });
    expect(extract('出席会议的还有县领导李明华、王志强等。').people).toEqual(['Official 李明华', 'Official 王志强']);
  });
  it('reads a name a post follows, but no place or body before a post', () => {
    expect(extract('张建国书记强调，要抓好项目建设。').people).toEqual(['Official 张建国']);
    expect(extract('李明华县长一行到企业调研。').people).toEqual(['Official 李明华']);
    expect(extract('宁海县长期坚持绿色发展，全县长期向好。').people).toEqual([]);
    expect(extract('县委书记高度重视，亲自部署。').people).toEqual([]);
  });
  it('reads a name of a surname no list holds after a post, up to what the official does', () => {
    expect(extract('县委书记扎西多吉主持会议。').people).toEqual(['Official 扎西多吉']);
  });
  it('reads a clause-opening name that leads a group or passes on a meeting’s spirit, but no word of the dictionary', () => {
    expect(extract('张建国一行深入企业调研。').people).toEqual(['Person 张建国']);
    expect(extract('会上，李明华传达学习了全会精神。').people).toEqual(['Person 李明华']);
    expect(extract('全面传达会议精神。').people).toEqual([]);
  });
  it('reads a list the county’s leaders close as officials', () => {
    expect(extract('张建国、李明华、王志强等县领导参加活动。').people).toEqual([
      'Official 张建国',
      'Official 李明华',
      'Official 王志强',
    ]);
  });
  it('makes the heads of courts officials, and of hospitals not', () => {
    expect(extract('滨江区人民法院院长孙伟出席。').people).toEqual(['Official 孙伟']);
    expect(extract('滨江区人民医院院长孙伟介绍。').people).toEqual(['Person 孙伟']);
  });
  it('reads a village Party branch’s secretary as the village’s official', () => {
    expect(extract('东城村党支部书记李明华带领村民发展产业。').posts).toEqual(['李明华 -> 东城村']);
  });
});

describe('people named by an age, an honour, a home, or as one who accompanies', () => {
  it('reads a name after an age and before an honour or a home', () => {
    expect(extract('今年47岁的侯海军是土生土长的本地人。').people).toEqual(['Person 侯海军']);
    expect(extract('同袁立平院士等农业科技人员亲切交谈。').people).toEqual(['Person 袁立平']);
    expect(extract('同店主韩光明一家围坐在一起交谈，又到村民王德利家中看望。').people).toEqual([
      'Person 王德利',
      'Person 韩光明',
    ]);
    expect(extract('中国工程院院士等专家出席。').people).toEqual([]);
  });
  it('reads one official who accompanies a visit, alone or with others', () => {
    expect(extract('丁立新和中央有关部门负责同志陪同考察。').people).toEqual(['Official 丁立新']);
    expect(extract('张立军陪同接见。').people).toEqual(['Official 张立军']);
  });
  it('reads a name whose surname the segmenter joins to the title before it, but no word inside a place', () => {
    expect(extract('国家发展改革委主任何立新先后发言。').posts).toEqual(['何立新 -> 国家发展改革委']);
    expect(extract('薛家湾生态园地处长江岸边。').people).toEqual([]);
  });
});

describe('posts joined by 和', () => {
  it('reads no name from 和 and the post after another post', () => {
    expect(extract('历任副秘书长、某报社社长和总编。').people).toEqual([]);
  });
});

describe('photo captions and headlines', () => {
  it('reads the people a caption places, though their list looks like one of names with brackets', () => {
    expect(extract('[李家伟(左二)、卓永明(左一)、海南省委书记冯明(右二)在签约仪式合照。').people).toEqual([
      'Official 冯明',
      'Person 卓永明',
      'Person 李家伟',
    ]);
    expect(extract('图为张建国（右一）在车间察看生产情况。').people).toEqual(['Person 张建国']);
  });
  it('reads a headline that opens with a name and 称', () => {
    expect(extract('李家伟称港商乐见合作').people).toEqual(['Person 李家伟']);
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

describe('posts of work teams and village branches', () => {
  it('makes a work team’s leader an official, and a company team’s a person', () => {
    expect(extract('东城村驻村工作队队长王志强介绍。').people).toEqual(['Official 王志强']);
    expect(extract('东城村村支书李明华说。').people).toEqual(['Official 李明华']);
    expect(extract('华辰建设有限公司施工队队长刘海燕说。').people).toEqual(['Person 刘海燕']);
  });
});

describe('officials and people in local and party-building news', () => {
  it('reads a name with its posts in brackets after it, wherever it stands', () => {
    expect(extract('会议由张建华（县委副书记、县长）主持。').people).toEqual(['Official 张建华']);
  });
  it('makes posts in universities, associations and expert panels a Person’s, but a Party group’s an Official’s', () => {
    expect(extract('专家组组长、滨江大学教授刘海峰介绍评审情况。').people).toEqual(['Person 刘海峰']);
    expect(extract('滨江大学党委书记周立平出席。').people).toEqual(['Person 周立平']);
    expect(extract('吴正明任滨江市计划生育协会党组成员。').people).toEqual(['Official 吴正明']);
  });
  it('reads short department heads, spokespeople and Hong Kong posts', () => {
    expect(extract('南充市委常委、组织部长梁红主持会议。').posts).toEqual(['梁红 -> 南充市']);
    expect(extract('外交部发言人汪志明表示，中方欢迎。').people).toEqual(['Official 汪志明']);
    expect(extract('香港特首林志強表示支持。').people).toEqual(['Official 林志强']);
  });
  it('reads a name a time word follows (某某今日率团…)', () => {
    expect(extract('保安局局長鄧志強今日率團訪問。').people).toEqual(['Official 邓志强']);
  });
});

describe('bare lists of names', () => {
  it('reads a caption’s list of names as people, not companies', () => {
    expect(extract('图为张建国、李晓明、王立新、赵海等在签约现场。').people).toEqual([
      'Person 张建国',
      'Person 李晓明',
      'Person 王立新',
      'Person 赵海',
    ]);
    expect(extract('张建国、李晓明、王立新、赵海（从左至右）在签约仪式上合影。').people).toHaveLength(4);
  });
  it('reads those a list says attend as officials, and keeps the title another rule gives a name', () => {
    expect(extract('出席签约仪式的有张建国、李晓明、王立新、赵海。').people).toEqual([
      'Official 张建国',
      'Official 李晓明',
      'Official 王立新',
      'Official 赵海',
    ]);
    expect(extract('市领导张建国、李晓明、王立新在签约现场合影。').people).toEqual([
      'Official 张建国',
      'Official 李晓明',
      'Official 王立新',
    ]);
  });
  it('takes no list of two names outside a caption, and no list of places or words', () => {
    expect(extract('张建国、李晓明在项目现场察看。').people).toEqual([]);
    expect(extract('深入学校、社区、农村和企业等进行调研。').people).toEqual([]);
  });
  it('reads a name before 赴 without the verb', () => {
    expect(extract('南充市委常委、组织部部长梁红赴青川县督导。').people).toEqual(['Official 梁红']);
  });
});
