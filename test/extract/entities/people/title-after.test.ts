// Names a post or an honour follows, and officials in local news, as the rules read them (every name invented).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('officials in local news', () => {
  it('reads a dotted name before a post whole (某某·某某副县长), and no places joined by a dot', () => {
    expect(extract('买买提·艾力副县长介绍了情况。').people).toEqual(['Official 买买提·艾力']);
    expect(extract('南疆·喀什书记').people).toEqual([]);
  });
  it('reads leaders named by their level as officials, with no post', () => {
    expect(extract('县领导李明华参加调研。')).toEqual({ people: ['Official 李明华'], posts: [] });
    expect(extract('出席会议的还有县领导李明华、王志强等。').people).toEqual(['Official 李明华', 'Official 王志强']);
  });
  it('reads a name a premier’s post follows, before the instruction he gave (某某总理重要批示)', () => {
    expect(extract('为贯彻落实李明华总理重要批示，各部门研究制订措施。').people).toEqual(['Official 李明华']);
  });
  it('reads a name a post follows, but no place or body before a post', () => {
    expect(extract('张建国书记强调，要抓好项目建设。').people).toEqual(['Official 张建国']);
    expect(extract('李明华县长一行到企业调研。').people).toEqual(['Official 李明华']);
    expect(extract('宁海县长期坚持绿色发展，全县长期向好。').people).toEqual([]);
    expect(extract('县委书记高度重视，亲自部署。').people).toEqual([]);
  });
  it('reads a name of a surname no list holds after a post, up to what the official does', () => {
    expect(extract('县委书记扎西多吉主持会议。').people).toEqual(['Official 扎西多吉']);
    // …or by the 等 that closes a list of leaders.
    expect(extract('中共德清县委副书记希涛等有关领导出席。')).toEqual({
      people: ['Official 希涛'],
      posts: ['希涛 -> 中共德清县委'],
    });
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
  it('reads a fund manager’s controller and founding partner as posts (某某公司的实控人、创始合伙人王某)', () => {
    const text = '本次合作的青禾私募基金管理有限公司的实控人、创始合伙人王晓俊博士曾为投资基金旗下的高管。';
    expect(extract(text).posts).toEqual(['王晓俊 -> 青禾私募基金管理有限公司']);
  });
  it('ends a name before 带着 (董事长某某带着这个项目来到…)', () => {
    expect(extract('青禾创意董事长马晓丽带着这个项目来到了现场。').people).toEqual(['Person 马晓丽']);
  });
  it('reads no name in a post joined to the next by 兼 (董事兼总经理), though 董 is a surname', () => {
    expect(extract('该公司董事长赵海明为青禾苏州有限公司的董事兼总经理。').people).toEqual(['Person 赵海明']);
  });
  it('reads a scholar a team is led by (某某教授领衔的, 某某博士领衔的) and a deputy head written short (常务副总某某)', () => {
    expect(extract('侯海军教授领衔的研发团队和李晓明博士领衔的育种团队落户。').people).toEqual([
      'Person 侯海军',
      'Person 李晓明',
    ]);
    expect(extract('青禾公司董事长王立新、常务副总赵海明等公司领导进行了接待。').people).toEqual([
      'Person 王立新',
      'Person 赵海明',
    ]);
  });
  it('reads a name after an age and before an honour or a home', () => {
    expect(extract('今年47岁的侯海军是土生土长的本地人。').people).toEqual(['Person 侯海军']);
    expect(extract('同袁立平院士等农业科技人员亲切交谈。').people).toEqual(['Person 袁立平']);
    expect(extract('同店主韩光明一家围坐在一起交谈，又到村民王德利家中看望。').people).toEqual([
      'Person 王德利',
      'Person 韩光明',
    ]);
    expect(extract('中国工程院院士等专家出席。').people).toEqual([]);
    // …and before a profession (某某律师, 某某医生).
    expect(extract('董立婉律师携团队成员张艺明律师为项目提供了法律服务。').people).toEqual([
      'Person 张艺明',
      'Person 董立婉',
    ]);
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

describe('a name a post follows after a preposition', () => {
  it('reads the name between a preposition and the post', () => {
    expect(extract('在张立新书记的带领下，园区发展迅速。').people).toEqual(['Official 张立新']);
  });
});

describe('a post after a name that a park’s name would swallow, and quoted speech', () => {
  it('reads 某某区长 as a name and a post, not a new district', () => {
    expect(extract('张立新区长在会上强调，要抓紧推进。').people).toEqual(['Official 张立新']);
    expect(extract('张立新秘书长主持会议。').people).toEqual(['Official 张立新']);
  });
  it('reads the speaker after a quotation', () => {
    expect(extract('“园区发展很快，”刘华说。').people).toEqual(['Person 刘华']);
  });
});

describe('people interviewed and names a clause gives a post', () => {
  it('reads the one who tells a reporter or is interviewed', () => {
    expect(extract('刘华告诉记者，今年订单增长很快。').people).toEqual(['Person 刘华']);
    expect(extract('刘华接受采访时表示，订单增长很快。').people).toEqual(['Person 刘华']);
    expect(extract('刘华对记者说，订单增长很快。').people).toEqual(['Person 刘华']);
  });
  it('reads 某某是某公司的董事长 and 某某是某村的党支部书记, but no place or pronoun', () => {
    expect(extract('刘华是华辰科技有限公司的董事长。').people).toEqual(['Person 刘华']);
    expect(extract('今年，刘华是东湖村的党支部书记。').people).toEqual(['Official 刘华']);
    expect(extract('这是滨江区的主任。').people).toEqual([]);
  });
  it('ends a name before a verb its last character would begin (认为), not before a conjunction', () => {
    expect(extract('滨江大学经济学院院长、教授刘华认为，园区应当转型。').people).toEqual(['Person 刘华']);
    expect(extract('丁立祥和中央有关部门负责同志陪同考察。').people).toEqual(['Official 丁立祥']);
  });
  it('reads no person from a surname and a post that refer back to an official (王书记指出, 沈县长要求)', () => {
    expect(extract('王书记指出，要坚持项目为王。沈县长要求各部门抓好落实。').people).toEqual([]);
  });
  it('reads no name from a preposition whose two characters are both surnames (总书记关于坚持…)', () => {
    expect(extract('学习总书记关于坚持和完善人民代表大会制度的重要思想。').people).toEqual([]);
  });
  it('reads a Taiwan legislator', () => {
    expect(extract('立委王美玲質詢。').people).toEqual(['Official 王美玲']);
  });
});

describe('bylines and a name the segmenter splits as ordinary words', () => {
  it('reads a clause-opening name whose given name is an ordinary word, but no ordinary clause', () => {
    expect(extract('会上，张立新传达学习了全会精神。').people).toEqual(['Person 张立新']);
    expect(extract('全面传达会议精神。').people).toEqual([]);
  });
  it('reads a name before 考察 after a post', () => {
    expect(extract('县委书记张立新考察滨江经济开发区。').people).toEqual(['Official 张立新']);
  });
  it('reads no byline or photo credit', () => {
    expect(extract('（张晓明 摄）').people).toEqual([]);
    expect(extract('本报记者 张晓明 李大伟').people).toEqual([]);
    expect(extract('据新华社电（记者张晓明）').people).toEqual([]);
  });
});

describe('more posts and honours after a name, and foreign heads of government', () => {
  it('reads a name before 常委 as an official’s, and before a bank’s or a hospital’s head as a person’s', () => {
    expect(extract('张立群常委一行来园区调研。').people).toEqual(['Official 张立群']);
    expect(extract('孙海洋行长一行到访。').people).toEqual(['Person 孙海洋']);
    expect(extract('赵立平院长介绍了医院的发展情况。').people).toEqual(['Person 赵立平']);
  });
  it('reads a foreign head of government with a name no surname list holds, up to what officials do', () => {
    expect(extract('柬埔寨副首相孙占托致辞。').people).toEqual(['Official 孙占托']);
    expect(extract('德国总理朔尔茨访华。').people).toEqual(['Official 朔尔茨']);
  });
});

describe('posts in a government office', () => {
  it('makes any post in a government office an official’s, and the same post in a company or university a person’s', () => {
    expect(extract('县商务局相关负责人王海介绍。').people).toEqual(['Official 王海']);
    expect(extract('县工信局总工程师王海说。').people).toEqual(['Official 王海']);
    expect(extract('华辰科技负责人王海说。').people).toEqual(['Person 王海']);
    expect(extract('南方大学负责人王海说。').people).toEqual(['Person 王海']);
  });
});
