// Names after post titles and role nouns, as the rules read them (every name invented).
import { describe, expect, it } from 'vitest';
import { extract } from './extract.ts';

describe('names after post titles', () => {
  it('reads the posts of a name joined by 与 after another’s as this name’s only (市长某某与某集团董事长某某)', () => {
    expect(extract('滨江市委副书记、市长赵启明与青禾集团党组书记、董事长孙振华会谈。').people).toEqual([
      'Official 赵启明',
      'Person 孙振华',
    ]);
  });
  it('reads the head of an association acting in the post as a person (某协会（代）秘书长)', () => {
    expect(extract('青禾台球协会（代）秘书长高振朋出席开幕式。')).toEqual({
      people: ['Person 高振朋'],
      posts: ['高振朋 -> 青禾台球协会'],
    });
  });
  it('ends a name before 已 or 曾, the adverbs of what a profile says next (副司长某某已为…, 某某曾任…)', () => {
    expect(extract('某局某司副司长岳华已为某市副市长提名人选。').people).toEqual(['Official 岳华']);
    expect(extract('市长岳华曾获全国劳动模范称号。').people).toEqual(['Official 岳华']);
  });
  it('ends a name before 出生, whose 出 the segmenter cuts off (委员某娜出|生于…)', () => {
    expect(extract('新任区委委员岳娜出生于1988年10月。').people).toEqual(['Official 岳娜']);
  });
  it('reads no name in 曾担任 that opens a clause (…任职，曾|担任某银行副行长)', () => {
    expect(extract('郑华此前在青禾银行总行任职，曾担任青禾银行股份有限公司滨海分行副行长。').people).not.toContain(
      'Person 曾担',
    );
  });
  it('keeps a given name’s 和 before what officials do (校长某信和|参加, 董事长某江和|出席)', () => {
    expect(extract('青禾大学校长包信和参加有关活动。').people).toEqual(['Person 包信和']);
  });
  it('reads a name after the police’s and a state body’s staff words as an official’s, after a nurse’s as a person’s', () => {
    expect(extract('当地派出所民警王建安“叠加帮扶”。').people).toEqual(['Official 王建安']);
    expect(extract('滨江县委办的工作人员付林英正拉扯着一位老人。').people).toEqual(['Official 付林英']);
    expect(extract('县人民医院主任护师谭群介绍了情况。').people).toEqual(['Person 谭群']);
    expect(extract('华辰公司工作人员赵晓峰介绍了产品。').people).toEqual(['Person 赵晓峰']);
    // A name the dictionary holds shorter (朱德) runs on to the character a follower comes after.
    expect(extract('工人朱德珍已在公司工作多年。').people).toEqual(['Person 朱德珍']);
  });
  it('ends a name before what a notice, an election or a trip says of it (涉嫌, 当选, 委托, 到某县, 提到)', () => {
    expect(extract('滨江省人大常委会秘书长周明远涉嫌严重违纪违法。').people).toEqual(['Official 周明远']);
    expect(extract('受滨江市院检察长李鹏飞委托，赵云带队。').people).toContain('Official 李鹏飞');
    expect(extract('滨江省卫生健康委主任孙发到纳雍县调研。').people).toEqual(['Official 孙发']);
    expect(extract('青禾集团董事长赵文明提到，要加快建设。').people).toEqual(['Person 赵文明']);
    const elected = extract('周明当选为主席团主席，王刚、关海涛、孙兆龙、郭玲当选为副主席。').people;
    expect(elected.map((p) => p.split(' ')[1]).sort()).toEqual(['关海涛', '周明', '孙兆龙', '王刚', '郭玲'].sort());
  });
  it('ends a name before 携, as a delegation’s leader is written (主任某莉|携…)', () => {
    expect(extract('滨江省委台办主任李莉携有关负责人赴青禾考察。').people).toEqual(['Official 李莉']);
  });
  it('ends a name before 即 (省委书记某麟|即作出批示)', () => {
    expect(extract('稿件见报当日，滨江省委书记岳麟即作出批示。').people).toEqual(['Official 岳麟']);
  });
  it('ends a name before 被, as a discipline notice writes it (副主任某明远|被查)', () => {
    expect(extract('青禾新区管委会原副主任王明远被查。').people).toEqual(['Official 王明远']);
  });
  it('reads no name in a verb of appointment a surname opens (市委书记|晋升为…, 晋 is a surname)', () => {
    expect(extract('王建国由青禾市委书记晋升为滨江省委常委。').people).not.toContain('Official 晋升');
    expect(extract('近8个月后，晋升为省委常委。').people).toEqual([]);
  });
  it('reads no ethnic group in a profile as a name (某某，女，苗族，…)', () => {
    expect(extract('公开履历显示，岳红琼，女，苗族，1958年11月出生。').people).toEqual(['Person 岳红琼']);
  });
  it('takes no 连 of 连任 into a given name (由欧阳某|连任…)', () => {
    expect(extract('青禾商会换届，由欧阳明连任商会第二届会长。').people).not.toContain('Person 欧阳明连');
  });
  it('ends a name before 以及, not inside it (总经理岳华峰以及…, 主席宋静|以及…)', () => {
    expect(extract('青禾信息分公司总经理岳华峰以及获奖团队代表出席。').people).toEqual(['Person 岳华峰']);
    expect(extract('青禾公司总经理宋静以及部分委员参加活动。').people).toEqual(['Person 宋静']);
  });
  it('reads no person in a surname and a title’s short form (杨总, 王董)', () => {
    expect(extract('青禾公司总经理杨振国致辞。杨总表示，王董也很支持。').people).toEqual(['Person 杨振国']);
  });
  it('reads a newsroom’s head as a person, not an official (某市融媒体中心副主任某某说)', () => {
    expect(extract('青禾市融媒体中心副主任郑晓霞说，新闻很好。').people).toEqual(['Person 郑晓霞']);
  });
  it('reads a name after a chain of posts whatever word follows, with each post’s central body', () => {
    const { people, posts } = extract('中共中央总书记、国家主席、中央军委主席钱振远近日在某省考察时强调，要抓好落实。');
    expect(people).toEqual(['Official 钱振远']);
    expect(posts).toEqual(['钱振远 -> 中共中央', '钱振远 -> 中央军委']);
  });
  it('reads the head of an association’s chapter as a Person: no state or Party organ (ONTOLOGY.md)', () => {
    expect(extract('青岩远帆商会滨江分会主席王建国说，合作机遇很多。').people).toEqual(['Person 王建国']);
    // …and so is the head of a research centre or a research society.
    expect(extract('华辰大学教授、滨江数字创新研究中心主任张振华表示，要重视营商环境。').people).toEqual([
      'Person 张振华',
    ]);
    expect(extract('滨江经济研究会会长李明远指出，要加强合作。').people).toEqual(['Person 李明远']);
  });
  it('reads a non-state body’s posts joined by 兼, its Youth League committee’s and an alliance’s as a Person’s', () => {
    expect(extract('青禾电子学会副理事长兼秘书长陈立华介绍了筹备情况。').people).toEqual(['Person 陈立华']);
    expect(extract('会上，滨江建筑大学团委副书记杨青青为基地揭牌。').people).toEqual(['Person 杨青青']);
    expect(extract('青禾数字产业合作联盟秘书长庞光明说，企业陆续投产。').people).toEqual(['Person 庞光明']);
    // A state office's posts joined by 兼 stay an official's.
    expect(extract('滨江区商务局副局长兼办公室主任周海涛出席。').people).toEqual(['Official 周海涛']);
  });
  it('ends a given name before 最 and 驻, and reads no surname in 时 after a post (组长时狠抓)', () => {
    expect(extract('华辰生物科技股份有限公司董事长张勇最有感触。').people).toEqual(['Person 张勇']);
    expect(extract('驻村第一书记于波驻村以来，走访农户。').people).toEqual(['Official 于波']);
    expect(extract('段明远沿袭当纪检组长时狠抓作风建设的思路。').people).toEqual([]);
  });
  it('ends a name before 任 and the post it is given (局长赵海|任|办公室主任)', () => {
    expect(extract('宿迁市发改局局长赵海任办公室主任。').people).toEqual(['Official 赵海']);
  });
  it('reads no name where a surname that is also an adverb opens what the officer did (负责人曾表示)', () => {
    expect(extract('此前徐州市发改委相关处室负责人曾表示，按照测算。').people).toEqual([]);
    expect(extract('项目负责人曾明远介绍，园区发展很快。').people).toEqual(['Person 曾明远']);
    expect(extract('项目负责人王强调研时表示，园区发展很快。').people).toEqual(['Person 王强']);
  });
  it('reads the chief specialists of a ministry or bureau as posts (总农艺师, 总规划师)', () => {
    const { people, posts } = extract('农业农村部总农艺师钱振远、自然资源部总规划师周明远出席座谈会。');
    expect(people).toEqual(['Official 周明远', 'Official 钱振远']);
    expect(posts).toEqual(['周明远 -> 自然资源部', '钱振远 -> 农业农村部']);
  });
  it('reads a rare surname that is also a word part (续, 甯) after a post', () => {
    expect(extract('县人大常委会主任续明远，副主任甯晓东出席。').people).toEqual([
      'Official 甯晓东',
      'Official 续明远',
    ]);
    // …and the rare 綦, 鬲 and 戢 of the Hundred Family Surnames.
    expect(extract('县人大常委会主任綦明远，副主任鬲晓东、戢海涛出席。').people).toEqual([
      'Official 戢海涛',
      'Official 綦明远',
      'Official 鬲晓东',
    ]);
  });
  it('reads a hospital’s doctors and nurses by rank and a work team’s leader, and ends a name before 获', () => {
    const { people, posts } = extract('青石镇卫生院医师马立航、县人民医院主任医师潘明获表彰。');
    expect(people).toEqual(['Person 潘明', 'Person 马立航']);
    expect(posts).toEqual(['潘明 -> 县人民医院', '马立航 -> 青石镇卫生院']);
    // A team a government sends out is a state body: its leader is an official.
    expect(extract('滨江市第十批援疆工作队领队周海涛出席。').people).toEqual(['Official 周海涛']);
  });
  it('reads a dotted minority name up to the verb after it', () => {
    expect(extract('自治区政府主席艾力·吐尔洪陪同考察。').people).toEqual(['Official 艾力·吐尔洪']);
  });
  it('reads a signature that puts a space between the post and the name', () => {
    expect(extract('平川经济开发区管委会主任 陈晓岚各位代表，同志们：').people).toEqual(['Official 陈晓岚']);
  });
  it('reads every name a row sets apart with spaces after a post, each holding it', () => {
    const { people, posts } = extract('临朐县人民法院审判员 王海涛  李志刚  赵明远');
    expect(people).toEqual(['Official 李志刚', 'Official 王海涛', 'Official 赵明远']);
    expect(posts).toEqual(['李志刚 -> 临朐县人民法院', '王海涛 -> 临朐县人民法院', '赵明远 -> 临朐县人民法院']);
    expect(extract('临朐县人民法院审判员 王海涛 出席会议').people).toEqual(['Official 王海涛']);
  });
  it('reads a name padded to three characters’ width as its two characters', () => {
    const { people, posts } = extract('临朐县委书记王　伟主持会议，县长李  强讲话。');
    expect(people).toEqual(['Official 李强', 'Official 王伟']);
    expect(posts).toEqual(['李强 -> 临朐县', '王伟 -> 临朐县']);
  });
  it('gives the post to every name of a list after it, a padded one too', () => {
    const { people, posts } = extract('临朐县副县长李晓红、赵　刚、陈卫东参加活动。');
    expect(people).toEqual(['Official 李晓红', 'Official 赵刚', 'Official 陈卫东']);
    expect(posts).toEqual(['李晓红 -> 临朐县', '赵刚 -> 临朐县', '陈卫东 -> 临朐县']);
  });
  it('ends a title in 长 before a surname that makes a compound one with it (副县长|孙某, not 长孙某)', () => {
    const { people, posts } = extract('出席的有临朐县委书记张建华，县委副书记、县长刘洋，副县长孙丽、周敏。');
    expect(people).toEqual(['Official 刘洋', 'Official 周敏', 'Official 孙丽', 'Official 张建华']);
    expect(posts).toEqual(['刘洋 -> 临朐县', '周敏 -> 临朐县', '孙丽 -> 临朐县', '张建华 -> 临朐县']);
  });
  it('reads an academician of a national academy as a person: an honour is no post (中国工程院院士某某)', () => {
    expect(extract('中国工程院院士李明华带队到园区调研。').people).toEqual(['Person 李明华']);
    expect(extract('中国科学院院士、临朐县副县长王立新作报告。').people).toEqual(['Official 王立新']);
  });
  it('reads a post in a court named by its short form as an official’s (某省高院副院长某某)', () => {
    expect(extract('湖南高院副院长杨翔通报情况。')).toEqual({ people: ['Official 杨翔'], posts: ['杨翔 -> 湖南高院'] });
  });
  it('reads a name after a remark on the post in brackets', () => {
    expect(extract('临朐县委常委、副县长（挂职）王海涛出席。').posts).toEqual(['王海涛 -> 临朐县']);
    expect(extract('临朐县县长（代理）李志刚主持会议。').people).toEqual(['Official 李志刚']);
  });
  it('reads a name whose surname is also a preposition where a stop closes it, not a function word', () => {
    expect(extract('临朐县委书记于洋，县长田野出席。').people).toEqual(['Official 于洋', 'Official 田野']);
    expect(extract('县长于是，决定开会。').people).toEqual([]);
    expect(extract('临朐县委副书记、县长于华辰，副县长出席。').people).toEqual(['Official 于华辰']);
    expect(extract('县长于今年，决定开会。').people).toEqual([]);
  });
  it('reads a name the dictionary reads as an ordinary word where a mark, 在 or what officials do closes it', () => {
    expect(extract('临朐县县长方舟在滨江考察。').people).toEqual(['Official 方舟']);
    expect(extract('临朐县副县长马力、林地出席。').people).toEqual(['Official 林地', 'Official 马力']);
    expect(extract('临朐县县长龙舟主持会议。').people).toEqual(['Official 龙舟']);
    expect(extract('县长方面表示支持。').people).toEqual([]);
  });
  it('reads the guest a leader meets by the guest’s own posts (省长某某在某地与某公司董事长某某会谈)', () => {
    expect(extract('省委副书记、省长王立新在临朐与华辰科技股份有限公司董事长李志刚一行会谈。').people).toEqual([
      'Official 王立新',
      'Person 李志刚',
    ]);
  });
  it('reads a customs district’s head, a company’s manager of a field and a chief representative', () => {
    expect(extract('滨江海关副关长王立新出席。').people).toEqual(['Official 王立新']);
    expect(extract('华辰科技有限公司品控主管李志刚说。').people).toEqual(['Person 李志刚']);
  });
  it('reads the people rural news meets by a role noun, and a name a quote closes before 说', () => {
    expect(extract('种粮大户王海涛算了一笔账。').people).toEqual(['Person 王海涛']);
    expect(extract('返乡创业青年李志刚办起了合作社。').people).toEqual(['Person 李志刚']);
    expect(extract('"我们要抓住机遇。"王海涛说。').people).toEqual(['Person 王海涛']);
  });
  it('reads a given name ending in 为 where what an official does closes it, and rare surnames', () => {
    expect(extract('省总工会主席李有为一行视察园区。').people).toEqual(['Official 李有为']);
    expect(extract('县长王海涛为企业解决难题。').people).toEqual(['Official 王海涛']);
    expect(extract('临朐县副县长蹇明辉调研。').people).toEqual(['Official 蹇明辉']);
    expect(extract('临朐县委书记杲明辉调研。').people).toEqual(['Official 杲明辉']);
  });
  it('reads a name a company’s 的 introduces before a speech verb', () => {
    expect(extract('来自华辰科技有限公司的王海涛表示，园区服务很好。').people).toEqual(['Person 王海涛']);
  });
  it('takes no town for a name after a post in a table row, listed or not', () => {
    const row = (town: string) =>
      `序号 姓名 性别 现任职务 拟任职务\n2 李文华 女 ${town}党委副书记、镇长 ${town}党委书记`;
    expect(extract(row('唐江镇')).people).toEqual(['Official 李文华']);
    expect(extract(row('青禾镇')).people).toEqual(['Official 李文华']);
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
  it('reads the last name of a list after a post that 和 or 及 joins, sharing the post', () => {
    const { people, posts } = extract('柘城县副县长张海涛、王丽萍和刘国梁陪同调研。');
    expect(people).toEqual(['Official 刘国梁', 'Official 张海涛', 'Official 王丽萍']);
    expect(posts).toEqual(['刘国梁 -> 柘城县', '张海涛 -> 柘城县', '王丽萍 -> 柘城县']);
    expect(extract('柘城县副县长张海涛和县直有关部门负责人陪同调研。').people).toEqual(['Official 张海涛']);
  });
  it('reads a name after a company’s posts that a profile’s verb follows (毕业于, 出生于)', () => {
    const { people, posts } = extract('青禾科技有限公司创始人、董事长方志远毕业于华辰大学。');
    expect(people).toEqual(['Person 方志远']);
    expect(posts).toEqual(['方志远 -> 青禾科技有限公司']);
  });
  it('reads a name of two written twice by a slip once (局长某某某某表示)', () => {
    expect(extract('滨江新区规划局局长芶立芶立表示，要加快建设。').people).toEqual(['Official 芶立']);
  });
  it('reads a given name ending in 为 before a list’s separator or 和 and a place (张某为和某省…)', () => {
    expect(extract('宁夏自治区政府副主席张可为和云南省委常委李连元出席。').people).toEqual([
      'Official 张可为',
      'Official 李连元',
    ]);
    expect(extract('区政府副区长王有为、李明出席。').people).toContain('Official 王有为');
  });
  it('reads a name after an assistant to a head (院长助理)', () => {
    expect(extract('华辰研究院院长助理孙海波介绍了研发情况。').posts).toEqual(['孙海波 -> 华辰研究院']);
  });
  it('takes no list of places for a list of names', () => {
    expect(extract('深入学校、社区、农村和企业等进行调研。').people).toEqual([]);
  });
});

describe('posts joined by 和', () => {
  it('reads no name from 和 and the post after another post', () => {
    expect(extract('历任副秘书长、某报社社长和总编。').people).toEqual([]);
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

describe('given names that are ordinary words, names in brackets and in fields', () => {
  it('reads a given name the dictionary knows as another word after a post, whatever verb follows', () => {
    expect(extract('镇党委书记张立新走访企业。').people).toEqual(['Official 张立新']);
    expect(extract('政协委员张立新建议，加快园区建设。').people).toEqual(['Official 张立新']);
  });
  it('reads no name from a preposition or a time after a post', () => {
    expect(extract('华辰科技有限公司总经理向记者介绍了情况。').people).toEqual([]);
    expect(extract('滨江区区长于今年三月到任。').people).toEqual([]);
  });
  it('reads a name in brackets right after a post', () => {
    expect(extract('滨江区区长（陈光明）主持会议。').people).toEqual(['Official 陈光明']);
  });
  it('reads a married woman’s name with two surnames in Hong Kong news', () => {
    expect(extract('行政長官林鄭玉娥表示支持。').people).toEqual(['Official 林郑玉娥']);
    // …whatever a press item says she did next (欢迎, 回应).
    expect(extract('行政長官林鄭玉娥歡迎有關方案。').people).toEqual(['Official 林郑玉娥']);
  });
  it('reads no second surname into a name a passive verb follows', () => {
    expect(extract('滨江区委书记王宁被评为优秀县委书记。').people).toEqual(['Official 王宁']);
  });
  it('ends a name before the 外 that closes an exception', () => {
    expect(extract('除了滨江区区长陆昊外，其他人都出席了。').people).toEqual(['Official 陆昊']);
  });
  it('reads a legal representative and a contact, but no form of address', () => {
    expect(extract('华辰科技有限公司法定代表人周海涛介绍说，项目已投产。').people).toEqual(['Person 周海涛']);
    expect(extract('联系人：林锦华 电话：0591-12345678').people).toEqual(['Person 林锦华']);
    expect(extract('联系人：李工 电话：0591-12345678').people).toEqual([]);
  });
  it('reads people named by their trade or calling, and the home after a name', () => {
    expect(extract('实验室钳工周明浩、滨江省委书记刘华先后发言。').people).toEqual(['Official 刘华', 'Person 周明浩']);
    expect(extract('风筝冲浪运动员陈静怡夺得金牌。').people).toEqual(['Person 陈静怡']);
    expect(extract('在搬迁户白高峰家，他察看了厨房。').people).toEqual(['Person 白高峰']);
    expect(extract('带来了游客井喷式的增长。').people).toEqual([]);
  });
});

describe('posts given by 由…担任 and 以…为, and names that share a post', () => {
  it('reads the one a post is given to', () => {
    expect(extract('领导小组组长由张立新担任。').people).toEqual(['Official 张立新']);
    expect(extract('成立以张立新为组长的工作专班。').people).toEqual(['Official 张立新']);
    expect(extract('以人为本，以质量为先。').people).toEqual([]);
  });
  it('reads the names after a post joined by 、 as holding it, but stops at another post', () => {
    expect(extract('园区管委会主任张立新，副主任刘华、王强参加。').people).toEqual([
      'Official 刘华',
      'Official 张立新',
      'Official 王强',
    ]);
    expect(extract('华辰科技有限公司董事长张立新、总经理刘华一行。').people).toEqual(['Person 刘华', 'Person 张立新']);
  });
});

describe('names in a post’s field and after 为', () => {
  it('reads the names of a post’s field, and a post said to be held by a name', () => {
    expect(extract('区长：王志远').people).toEqual(['Official 王志远']);
    expect(extract('副区长：李秀兰、赵东').people).toEqual(['Official 李秀兰', 'Official 赵东']);
    expect(extract('公司法定代表人为郑海波。').people).toEqual(['Person 郑海波']);
  });
  it('reads no field inside a sentence, and no ordinary word after 为', () => {
    expect(extract('区长为企业解决难题。').people).toEqual([]);
    expect(extract('书记是关键。').people).toEqual([]);
  });
  it('reads a compound surname’s given name the dictionary splits, and titles of Taiwan and of a company', () => {
    expect(extract('县长欧阳明辉走进车间。').people).toEqual(['Official 欧阳明辉']);
    expect(extract('高雄市議會議長康志明致詞。').people).toEqual(['Official 康志明']);
    expect(extract('行政院長卓文華今天出席記者會。').people).toEqual(['Official 卓文华']);
    expect(extract('华辰股份副总经理兼董秘许文杰表示，公司将加快布局。').people).toEqual(['Person 许文杰']);
  });
});

describe('people named before their home, by what they say, and in a caption of officials', () => {
  it('reads a name whose last character joins words elsewhere before a home, and a name before 说', () => {
    expect(extract('他走进贫困户陆海和家，详细了解情况。').people).toEqual(['Person 陆海和']);
    expect(extract('“以前种地靠天吃饭。”村民周德明说。').people).toEqual(['Person 周德明']);
    expect(extract('他看望了老战士孙海峰。').people).toEqual(['Person 孙海峰']);
  });
  it('makes the bare names of a caption that places officials officials, unless someone in it holds another post', () => {
    expect(extract('李志明（左二）、王海（左一）、某省委书记陈大文（右二）在签约仪式合照。').people).toEqual([
      'Official 李志明',
      'Official 王海',
      'Official 陈大文',
    ]);
    expect(extract('李志明（左二）、华辰科技董事长王海（左一）、某省委书记陈大文（右二）合照。').people).toEqual([
      'Official 陈大文',
      'Person 李志明',
      'Person 王海',
    ]);
  });
});

describe('leaders named by their level (session 14)', () => {
  it('reads no name from a word 领导 opens (领导班子, 领导干部), as a leaders’ page’s heading writes it', () => {
    expect(extract('德清县领导班子').people).toEqual([]);
    expect(extract('县委领导班子。县领导干部参加学习。').people).toEqual([]);
    expect(extract('县领导李明华参加调研。').people).toEqual(['Official 李明华']);
  });
});

describe('names that open a clause with what only a leader does', () => {
  it('reads an official in a headline that opens with a name and a visit (王某调研…, 李某会见…)', () => {
    expect(extract('王立新调研华辰科技有限公司').people).toEqual(['Official 王立新']);
    expect(extract('李志刚会见青禾集团董事长').people).toContain('Official 李志刚');
  });
  it('reads no name in a group that visits (专家组调研…)', () => {
    expect(extract('专家组调研华辰科技有限公司').people).toEqual([]);
  });
});

describe('posts outside the state', () => {
  it('makes a person of whoever holds a post in a trade federation, a sports association or a society’s committee', () => {
    expect(extract('华辰纺织工业联合会会长王立新、滨江县足协副主席李明远出席。').people).toEqual([
      'Person 李明远',
      'Person 王立新',
    ]);
    expect(extract('浙江省青禾学会信息化专业委员会秘书长周明远致辞。').people).toEqual(['Person 周明远']);
  });
  it('makes a person of whoever holds a firm’s post and one in a unit named after it (某公司副总经理、某某管理部主任)', () => {
    expect(extract('华辰能源有限公司副总经理、市场管理部主任王立新介绍。').people).toEqual(['Person 王立新']);
    expect(extract('滨江县发改委副主任、县委组织部部长王立新介绍。').people).toEqual(['Official 王立新']);
  });
  it('keeps an official of the people’s organizations a federation names (妇女联合会, 归国华侨联合会)', () => {
    expect(extract('滨江县妇女联合会主席王立新出席。').people).toEqual(['Official 王立新']);
  });
});

describe('the police’s ranks of post', () => {
  it('reads a name after a police rank as an official of the unit before it (民警、四级警长某某)', () => {
    const { people, posts } = extract('江苏省宿迁市公安局宿城分局禁毒大队民警、四级警长张立群涉嫌严重违法。');
    expect(people).toEqual(['Official 张立群']);
    expect(posts).toEqual(['张立群 -> 江苏省宿迁市公安局宿城分局禁毒大队']);
    expect(extract('江苏省公安厅刑侦总队原副总队长、二级警务专员周文涛接受审查。').people).toEqual(['Official 周文涛']);
  });
});

describe('a remark on the post between it and the name', () => {
  it('reads the name after a rank or a former post in brackets (常务副校长(副厅长级)某某, 调研员(某局原局长)某某)', () => {
    expect(extract('淮安市委党校常务副校长（副厅长级）周文涛涉嫌严重违纪违法。')).toEqual({
      people: ['Official 周文涛'],
      posts: ['周文涛 -> 淮安市委党校'],
    });
    expect(extract('宿迁市宿城区人民政府四级调研员（宿城区能源局原党组书记、局长）张立群主动投案。').people).toEqual([
      'Official 张立群',
    ]);
  });
});
