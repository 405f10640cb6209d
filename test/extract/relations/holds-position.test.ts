// HOLDS_POSITION on the ways one person's posts are written, with invented names (rules alone).
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../src/extract/html.ts';
import { rulesAloneRelations } from './support.ts';
import { extract } from '../entities/people/extract.ts';

/** The HOLDS_POSITION relations the rules give for a text, as "from → to: title". */
function posts(text: string): string[] {
  return rulesAloneRelations(text)
    .filter((r) => r.type === 'HOLDS_POSITION')
    .map((r) => `${r.from} → ${r.to}: ${r.title}`);
}

describe('HOLDS_POSITION: posts a pronoun takes from the person named before it', () => {
  it('gives the posts of a 他曾任 sentence to the last person named', () => {
    expect(posts('王明远当选岳西县县长。他曾任岳西县发改委主任，后任太湖县副县长。').sort()).toEqual([
      '王明远 → 太湖县: 副县长',
      '王明远 → 岳西县: 县长',
      '王明远 → 岳西县发改委: 主任',
    ]);
  });
  it('gives the posts of a later clause of the name’s own sentence, with or without a pronoun', () => {
    expect(posts('副县长王明远被查，他于2002年到2011年任岳西县公安局局长。')).toContain('王明远 → 岳西县公安局: 局长');
    expect(posts('副县长周文涛离开岳西县，2003年任太湖县委常委。')).toContain('周文涛 → 太湖县: 县委常委');
  });
  it('gives none where another person is named between the name and the pronoun', () => {
    expect(posts('王明远当选岳西县县长。副县长李成出席会议。他曾任岳西县发改委主任。')).not.toContain(
      '王明远 → 岳西县发改委: 主任',
    );
  });
});

describe('HOLDS_POSITION: a league’s or a prefecture’s Party committee (盟委, 地委)', () => {
  it('gives its posts to the league or prefecture, titled with the committee', () => {
    expect(posts('锡林郭勒盟委书记周文涛出席。')).toEqual(['周文涛 → 锡林郭勒盟: 盟委书记']);
    expect(posts('林芝地委书记周文涛出席。')).toEqual(['周文涛 → 林芝市: 地委书记']);
  });
});

describe('HOLDS_POSITION: several posts of one person', () => {
  it('gives a zone committee’s former post the zone, as its present one (某新区党工委|原副书记)', () => {
    expect(posts('青禾新区党工委原副书记、管委会原副主任王明远，男，汉族，1973年12月生。')).toEqual([
      '王明远 → 青禾新区: 党工委原副书记、管委会原副主任',
    ]);
  });
  it('gives a post in a body named with its title’s body word without that word (某县委政法委|副书记), not a place’s', () => {
    expect(posts('滨江县委政法委副书记王明远出席。')).toEqual(['王明远 → 滨江县委政法委: 副书记']);
    expect(posts('射阳县委常委、政法委书记王明远出席。')).toEqual(['王明远 → 射阳县: 县委常委、政法委书记']);
  });
  it('titles a full-time deputy’s and an honorary post as written (专职副主席, 荣誉会长), a zone committee’s the zone’s', () => {
    expect(posts('省记协专职副主席王明远出席。')).toEqual(['王明远 → 省记协: 专职副主席']);
    expect(posts('华辰科技有限公司名誉董事长王明远出席。')).toEqual(['王明远 → 华辰科技有限公司: 名誉董事长']);
    expect(posts('青禾新区党工委专职副书记王明远出席。')).toEqual(['王明远 → 青禾新区: 党工委专职副书记']);
  });
  it('gives a post in a body named across 驻 that body, titled without it (某市委驻某村工作队|队长)', () => {
    expect(posts('市委驻青石村乡村振兴工作队队长王明远说。')).toEqual(['王明远 → 市委驻青石村乡村振兴工作队: 队长']);
    expect(posts('湖州市人民政府驻北京办事处主任王明远出席。')).toEqual(['王明远 → 湖州市人民政府驻北京办事处: 主任']);
  });
  it('gives a corps’ head’s post the corps, titled in full (某省公安厅某总队|副总队长)', () => {
    expect(posts('湖州省公安厅刑侦总队副总队长王明远出席。')).toEqual(['王明远 → 湖州省公安厅刑侦总队: 副总队长']);
  });
  it('gives a firm’s leader’s posts the firm, whatever its brand, and makes the leader a person', () => {
    expect(posts('会议由华辰能建党委书记、董事长汪建平主持。')).toEqual(['汪建平 → 华辰能建: 党委书记、董事长']);
    expect(extract('会议由华辰能建党委书记、董事长汪建平主持。').people).toEqual(['Person 汪建平']);
  });
  it('gives a prefecture’s posts (州委书记, 州长) the autonomous prefecture the report names, not a city', () => {
    expect(posts('海北州召开大会。州委书记周明远出席并致辞，州委副书记、州长李立新主持。')).toEqual([
      '周明远 → 海北藏族自治州: 州委书记',
      '李立新 → 海北藏族自治州: 州委副书记、州长',
    ]);
    expect(posts('杭州市召开会议，州委书记周明远出席。')).toEqual([]);
  });
  it('gives a province’s post the one province the report names where its city lies elsewhere', () => {
    // (运城市 lies in 山西省, which this report does not name.)
    const text = '浙江省召开会议。省委书记周明远强调，要办好运城市对口活动。';
    expect(posts(text)).toEqual(['周明远 → 浙江省: 省委书记']);
  });
  it.each([
    ['江苏省委常委、苏州市委书记周明远出席会议。', ['周明远 → 江苏省: 省委常委', '周明远 → 苏州市: 市委书记']],
    ['苏州市委副书记、市长李立新主持会议。', ['李立新 → 苏州市: 市委副书记、市长']],
    ['滨江高新区党工委书记、管委会主任王海峰介绍情况。', ['王海峰 → 滨江高新区: 党工委书记、管委会主任']],
    [
      '滨江区委副书记、区长刘海涛，区委常委、副区长张建国陪同。',
      ['刘海涛 → 滨江区: 区委副书记、区长', '张建国 → 滨江区: 区委常委、副区长'],
    ],
  ])('%s', (text, expected) => {
    expect(posts(text)).toEqual(expected);
  });

  it('gives the posts after a body named with its city that city, not the one the sentence before named', () => {
    const text = '考察团参观了苏州工业园区。\n扬州市人大常委会主任周明远，市委常委、副市长李立新参加考察。';
    expect(posts(text)).toContain('李立新 → 扬州市: 市委常委、副市长');
  });
  it('gives a Party department after a place’s committee post that place, not another body the report names', () => {
    const text = '彭海涛，现任江阴市委常委、组织部部长，拟任苏州市委组织部副部长。';
    expect(posts(text)).toEqual(['彭海涛 → 江阴市: 市委常委、组织部部长', '彭海涛 → 苏州市委组织部: 副部长']);
  });
  it('gives posts of the State Council written without it (国务委员, 副总理) to 国务院 where the report names it', () => {
    const text = '会议决定：任命周明远为国务院副总理；任命李立新、王海峰为国务委员；任命张建国为国务院秘书长。';
    expect(posts(text)).toEqual([
      '周明远 → 国务院: 副总理',
      '李立新 → 国务院: 国务委员',
      '王海峰 → 国务院: 国务委员',
      '张建国 → 国务院: 秘书长',
    ]);
  });
  it('gives a municipality’s city posts written without it to the municipality named before', () => {
    expect(posts('重庆市委副书记、市长周明远，市委常委、常务副市长李立新，副市长王海峰出席。')).toEqual([
      '周明远 → 重庆市: 市委副书记、市长',
      '李立新 → 重庆市: 市委常委、常务副市长',
      '王海峰 → 重庆市: 副市长',
    ]);
  });
  it('reads two posts a copied text parts by a space instead of 、', () => {
    expect(posts('滨江区委常委 常务副区长张建国陪同调研。')).toEqual(['张建国 → 滨江区: 区委常委、常务副区长']);
  });
  it('writes the post of an autonomous region without the end of the region’s own name', () => {
    expect(posts('宁夏回族自治区党委书记王海峰、自治区政府主席李立新陪同。')).toEqual([
      '王海峰 → 宁夏回族自治区: 党委书记',
      '李立新 → 宁夏回族自治区: 自治区政府主席',
    ]);
  });
  it('reads the posts held before that a name and its present posts open (王某现任…，此前任…)', () => {
    expect(posts('钱振远现任湖南省委副书记，此前任贵州省委专职副书记。')).toContainEqual(
      expect.stringMatching(/^钱振远 → 贵州省/),
    );
  });
  it('splits posts joined by 兼, each in its own body', () => {
    expect(posts('滨江区委书记兼滨江高新区管委会主任王海峰调研企业。')).toEqual([
      '王海峰 → 滨江区: 区委书记',
      '王海峰 → 滨江高新区: 管委会主任',
    ]);
  });
  it('writes posts joined by 兼 in one body as one title', () => {
    expect(posts('华辰集团董事长兼总经理张建国出席签约仪式。')).toEqual(['张建国 → 华辰集团: 董事长兼总经理']);
    expect(posts('张建国（华辰科技有限公司董事长兼总经理）介绍了项目情况。')).toEqual([
      '张建国 → 华辰科技有限公司: 董事长兼总经理',
    ]);
    expect(posts('滨江区委书记兼区长王海峰主持会议。')).toEqual(['王海峰 → 滨江区: 区委书记兼区长']);
  });
});

describe('HOLDS_POSITION: posts in a clause before the name', () => {
  it('reads the posts of a 作为 clause that ends at the name', () => {
    expect(posts('作为华辰科技有限公司董事长，张建国表示将加大投入。')).toEqual(['张建国 → 华辰科技有限公司: 董事长']);
    expect(posts('会上，作为华辰科技有限公司党委书记、董事长，张建国表示将加大投入。')).toEqual([
      '张建国 → 华辰科技有限公司: 党委书记、董事长',
    ]);
  });
});

describe('HOLDS_POSITION: company officers', () => {
  it.each([
    ['华辰科技有限公司副总工程师张建国介绍了技术路线。', '张建国 → 华辰科技有限公司: 副总工程师'],
    ['华辰科技有限公司首席技术官张建国介绍。', '张建国 → 华辰科技有限公司: 首席技术官'],
    ['华辰银行滨江支行副行长张建国出席。', '张建国 → 华辰银行滨江支行: 副行长'],
  ])('%s', (text, expected) => {
    expect(posts(text)).toEqual([expected]);
  });
});

describe('HOLDS_POSITION: the body a post names short or not at all', () => {
  it('gives a post of a unit the one place of its level the report names, inside a name too', () => {
    expect(posts('临朐县华辰产业园运营中心召开会议。县长王海涛，副县长李志刚出席。')).toEqual([
      '王海涛 → 临朐县: 县长',
      '李志刚 → 临朐县: 副县长',
    ]);
  });
  it('gives a post’s field the posts of its label (县长:王某)', () => {
    expect(posts('临朐县位于潍坊市。\n县委副书记、县长：张伟明')).toEqual(['张伟明 → 临朐县: 县委副书记、县长']);
  });
  it('gives a park committee’s post the park the report or sentence names', () => {
    expect(posts('滨江高新区管委会召开会议。党工委书记王海峰主持会议，管委会副主任李海峰通报情况。')).toEqual([
      '王海峰 → 滨江高新区: 党工委书记',
      '李海峰 → 滨江高新区: 管委会副主任',
    ]);
  });
  it('gives a post the body whose name the text shortens', () => {
    expect(posts('哈尔滨华辰科技股份有限公司成立于2001年。华辰科技副总经理牛东风介绍，公司发展很快。')).toEqual([
      '牛东风 → 哈尔滨华辰科技股份有限公司: 副总经理',
    ]);
    expect(posts('临朐县旅游发展委员会发布通知。临朐县旅发委副主任孙晓东说，游客增长很快。')).toEqual([
      '孙晓东 → 临朐县旅游发展委员会: 副主任',
    ]);
  });
  it('keeps a unit between the short form and the title in the title', () => {
    expect(posts('哈尔滨华辰科技股份有限公司成立于2001年。“公司发展很快。”华辰科技营销总监孔繁宇告诉记者。')).toEqual([
      '孔繁宇 → 哈尔滨华辰科技股份有限公司: 营销总监',
    ]);
  });
  it('gives no body a short form two bodies share', () => {
    expect(posts('华辰科技有限公司与华辰科技研究院有限公司签约。华辰科技副总经理牛东风介绍，双方合作很多。')).toEqual(
      [],
    );
  });
  it('gives a post right after a bracket the body named before the bracket', () => {
    expect(posts('华辰科技有限公司（以下简称“华辰科技”）总经理张建国介绍，项目进展顺利。')).toEqual([
      '张建国 → 华辰科技有限公司: 总经理',
    ]);
  });
  it('gives a town’s post written with 镇 alone the town the report names', () => {
    expect(posts('九山镇召开会议。镇党委书记张建国主持会议。')).toEqual(['张建国 → 九山镇: 镇党委书记']);
    expect(posts('九山镇与柳山镇签约。镇党委书记张建国主持会议。')).toEqual([]);
  });
  it('gives a place no post of a body written after it that no rule read', () => {
    expect(posts('临朐县某某服务中心主任孙晓东介绍情况。')).toEqual([]);
  });
  it('gives the post to a Hong Kong bureau the lexicon knows, not to Hong Kong', () => {
    expect(posts('香港創新科技及工業局局長陳志明出席活動。')).toEqual(['陈志明 → 创新科技及工业局: 局长']);
  });
  it('gives a park no post of a company named after it: the company holds it', () => {
    expect(posts('滨江高新区公司总经理张建国介绍情况。')).toEqual(['张建国 → 滨江高新区公司: 总经理']);
  });
  it('gives a Hong Kong secretary’s post to his department (the gold’s convention), in Traditional characters too', () => {
    expect(posts('香港特區政府財政司司長陳志明、政務司司長李家明出席。')).toEqual([
      '陈志明 → 财政司: 司长',
      '李家明 → 政务司: 司长',
    ]);
    expect(posts('香港發展局局長陳志明表示，北部都會區發展順利。')).toEqual(['陈志明 → 香港发展局: 局长']);
  });
  it('gives the place a post of its government (the gold’s convention)', () => {
    expect(posts('苏州市政府副秘书长张建国参加活动。')).toEqual(['张建国 → 苏州市: 市政府副秘书长']);
    expect(posts('苏州市委组织部部长张建国讲话。')).toEqual(['张建国 → 苏州市委组织部: 部长']);
  });
  it('gives a named congress or CPPCC its own posts, unless joined to its holder’s Party post', () => {
    expect(posts('滨江区人大常委会副主任刘志强出席。')).toEqual(['刘志强 → 滨江区人大常委会: 副主任']);
    expect(posts('浙江省政协副主席王海峰调研。')).toEqual(['王海峰 → 浙江省政协: 副主席']);
    expect(posts('滨江区委书记、区人大常委会主任刘志强出席。')).toEqual([
      '刘志强 → 滨江区: 区委书记、区人大常委会主任',
    ]);
  });
  it('gives an office or division of a state organ its own posts (省政府督查室副主任)', () => {
    expect(posts('省政府督查室副主任刘宏达，省发改委评估督导处调研员张建国一行调研。')).toEqual([
      '刘宏达 → 省政府督查室: 副主任',
      '张建国 → 省发改委评估督导处: 调研员',
    ]);
  });
  it('gives a body named by its level the post where the report names no place of that level', () => {
    expect(posts('省政府督察专员王立新出席。')).toEqual(['王立新 → 省政府: 督察专员']);
    expect(posts('浙江省召开会议。省政府督察专员王立新出席。')).toEqual(['王立新 → 浙江省: 省政府督察专员']);
  });
  it('gives a post written after a name the body written right before the name (省委王某书记)', () => {
    expect(posts('会上，全体干部观看了省委李宏达书记的讲话视频。')).toEqual(['李宏达 → 省委: 书记']);
    expect(posts('湖州市委张建国书记出席。')).toEqual(['张建国 → 湖州市: 市委书记']);
  });
  it('gives a name after 和 none of the posts of the person named before it', () => {
    expect(posts('在浙江省委常委、湖州市委书记周明远和市长李立新陪同下考察。')).toEqual([
      '周明远 → 浙江省: 省委常委',
      '周明远 → 湖州市: 市委书记',
      '李立新 → 湖州市: 市长',
    ]);
  });
  it('gives the formal 中共某县委 the posts written after it, without its level again (as the gold writes it)', () => {
    expect(posts('张明远，现任中共梓潼县委常委、县委组织部部长。')).toEqual([
      '张明远 → 中共梓潼县委: 常委',
      '张明远 → 县委组织部: 部长',
    ]);
  });
});

describe('HOLDS_POSITION: former posts', () => {
  it.each([
    ['潍坊市原副市长张建国接受纪律审查和监察调查。', ['张建国 → 潍坊市: 原副市长']],
    ['潍坊市委原常委、市政府原常务副市长张建国被开除党籍。', ['张建国 → 潍坊市: 市委原常委、市政府原常务副市长']],
    ['临朐县商务局原局长张建国接受审查调查。', ['张建国 → 临朐县商务局: 原局长']],
  ])('%s', (text, expected) => {
    expect(posts(text)).toEqual(expected);
  });
  it('keeps the fullest title a report gives a person in one body', () => {
    expect(
      posts('潍坊市政府原常务副市长张建国被开除党籍\n经批准，对潍坊市委原常委、市政府原常务副市长张建国立案审查。'),
    ).toEqual(['张建国 → 潍坊市: 市委原常委、市政府原常务副市长']);
  });
});

describe('HOLDS_POSITION: bios and notices', () => {
  it('reads a bio’s past posts after 历任, each with its body, and the current ones', () => {
    expect(posts('周明远，男，汉族，1968年生。历任临朐县县长、潍坊市副市长，现任潍坊市委副书记。')).toEqual([
      '周明远 → 临朐县: 县长',
      '周明远 → 潍坊市: 副市长、市委副书记',
    ]);
  });
  it('reads the past posts of a name written with 同志 or with what it did before, and after 历任：', () => {
    expect(posts('市长周明远同志历任临朐县县长，昌乐县委书记。')).toEqual([
      '周明远 → 临朐县: 县长',
      '周明远 → 昌乐县: 县委书记',
    ]);
    expect(posts('市长周明远曾长期在交通系统工作，历任：滨江省交通厅副厅长，滨江省港航管理局局长。')).toEqual([
      '周明远 → 滨江省交通厅: 副厅长',
      '周明远 → 滨江省港航管理局: 局长',
    ]);
  });
  it('reads past posts closed by 等职', () => {
    expect(posts('周明远，男，1968年生，曾任华辰科技有限公司总经理、华辰集团副总裁等职。')).toEqual([
      '周明远 → 华辰科技有限公司: 总经理',
      '周明远 → 华辰集团: 副总裁',
    ]);
  });
  it('reads no past posts of someone else’s bio in the next sentences', () => {
    // (李海峰's own former post is his.)
    expect(posts('周明远，男，1968年生。李海峰曾任临朐县县长。')).toEqual(['李海峰 → 临朐县: 县长']);
    // …and in brackets right after the name, whoever the sentence names next.
    expect(posts('潍坊市副市长周明远（曾任临朐县县长，昌乐县委书记）、副市长李海峰出席。')).toEqual([
      '周明远 → 临朐县: 县长',
      '周明远 → 昌乐县: 县委书记',
      '周明远 → 潍坊市: 副市长',
      '李海峰 → 潍坊市: 副市长',
    ]);
    // A bio's 曾任 opening a clause names no one.
    expect(posts('曾任临朐县县长、县委书记，潍坊市委常委、秘书长、潍坊市常务副市长。')).toEqual([]);
  });
  it('keeps the posts an appointment gives and takes', () => {
    expect(posts('张建国同志任临朐县商务局局长，免去其临朐县财政局副局长职务。')).toEqual([
      '张建国 → 临朐县商务局: 局长',
      '张建国 → 临朐县财政局: 副局长',
    ]);
  });
});

describe('HOLDS_POSITION: appointment verbs and remarks', () => {
  it.each([
    ['王海峰兼任滨江高新区党工委书记。', ['王海峰 → 滨江高新区: 党工委书记']],
    ['李立新接任临朐县县长。', ['李立新 → 临朐县: 县长']],
    ['选派张建国同志挂任临朐县副县长。', ['张建国 → 临朐县: 副县长']],
    ['任命张建国为临朐县副县长（挂职，时间两年）。', ['张建国 → 临朐县: 副县长']],
    ['孙晓东是临朐县科技局局长。', ['孙晓东 → 临朐县科技局: 局长']],
    ['张建国同志提名为临朐县人民政府副县长候选人。', ['张建国 → 临朐县人民政府: 副县长']],
    // A given name ending in 华 before 为 (the segmenter's 华为) leaves the body's name to start after 为.
    ['决定任命周建华为临朐县财政局副局长。', ['周建华 → 临朐县财政局: 副局长']],
    ['周建华为临朐县审计局局长。', ['周建华 → 临朐县审计局: 局长']],
    ['决定任命马俊杰为临朐县副县长、代理县长。', ['马俊杰 → 临朐县: 副县长、代理县长']],
    ['郑丽同志因到龄退休，免去其临朐县统计局局长职务。', ['郑丽 → 临朐县统计局: 局长']],
    ['据悉，吴海军已任临朐县委书记。', ['吴海军 → 临朐县: 县委书记']],
    ['郑永明履新临朐县委副书记。', ['郑永明 → 临朐县: 县委副书记']],
    ['经研究，由朱立军同志任临朐县统计局局长。', ['朱立军 → 临朐县统计局: 局长']],
  ])('%s', (text, expected) => {
    expect(posts(text)).toEqual(expected);
  });
  it('reads no appointment where 为 or 是 is followed by more than posts', () => {
    expect(posts('张建国为企业解决难题。孙晓东是一名普通党员。')).toEqual([]);
  });
});

describe('HOLDS_POSITION: bodies named by reference or by their level', () => {
  it('gives a post of 该公司 or 公司 the company the paragraph named last', () => {
    expect(posts('临朐县委书记李立新在华辰科技有限公司调研。该公司董事长张建国陪同。')).toEqual([
      '李立新 → 临朐县: 县委书记',
      '张建国 → 华辰科技有限公司: 董事长',
    ]);
    expect(posts('华辰科技有限公司是一家高新技术企业。公司总经理张建国表示，将加大投入。')).toEqual([
      '张建国 → 华辰科技有限公司: 总经理',
    ]);
    expect(posts('该公司总经理张建国表示，将加大投入。')).toEqual([]);
  });
  it('gives a post in a unit of 该公司 the company, the unit in the post, past a quote of someone’s words', () => {
    expect(posts('我们走进华辰新材料有限公司。“这是对叶片的科研攻关。”该公司综合部部长张建国说。')).toEqual([
      '张建国 → 华辰新材料有限公司: 综合部部长',
    ]);
    expect(posts('我们走进华辰新材料有限公司。“去年我们公司产值达2300万元。”该公司销售经理张建国介绍。')).toEqual([
      '张建国 → 华辰新材料有限公司: 销售经理',
    ]);
    expect(posts('锦旗送至华辰银行西乡县支行。该行行长张建国、行长助理李立新接过锦旗。')).toEqual([
      '张建国 → 华辰银行西乡县支行: 行长',
      '李立新 → 华辰银行西乡县支行: 行长助理',
    ]);
    // 集团公司 is the group itself, not a unit of the company named last.
    expect(posts('我们到华辰新材料有限公司参观。集团公司副总经理张建国陪同。')).toEqual([]);
  });
  it('gives the place a post of its government named by its level alone', () => {
    expect(posts('孙晓东，男，1975年3月出生，现任临朐县委常委、县政府党组副书记、副县长。')).toEqual([
      '孙晓东 → 临朐县: 县委常委、县政府党组副书记、副县长',
    ]);
    expect(posts('孙晓东，男，1975年3月出生，现任临朐县委常委、县人民政府常务副县长。')).toEqual([
      '孙晓东 → 临朐县: 县委常委、常务副县长',
    ]);
  });
});

describe('HOLDS_POSITION: resumes', () => {
  it('keeps a unit joined to a post by 兼 or 及 in the body of that post', () => {
    expect(posts('周明远，男，1950年生。1988年在华辰科学院工作，历任副秘书长兼学部联合办公室主任。')).toEqual([
      '周明远 → 华辰科学院: 副秘书长兼学部联合办公室主任',
    ]);
  });
  it('reads a resume’s sentence of posts held besides, opened by its verb', () => {
    expect(
      posts(
        '周明远，男，1950年生。1994年起在华辰大学工作，任副校长。目前兼任华辰经济联合会常务理事及学术委员会副主任、华辰基金会理事等。',
      ),
    ).toEqual([
      '周明远 → 华辰大学: 副校长',
      '周明远 → 华辰经济联合会: 常务理事及学术委员会副主任',
      '周明远 → 华辰基金会: 理事',
    ]);
  });
  it('reads the posts of a career line that a post ending in 任 opens, not a verb (副主任、主任)', () => {
    expect(
      posts('张明远，男，1968年3月生。\n1995.03—2001.06 商丘市睢阳区古城街道办事处副主任、主任\n2001.06— 柘城县委书记'),
    ).toEqual(['张明远 → 商丘市睢阳区古城街道办事处: 副主任、主任', '张明远 → 柘城县: 县委书记']);
  });
  it('lists a title once per body', () => {
    expect(posts('周明远，男，1950年生。2005年任华辰大学副校长。2010年任华辰大学副校长、校长。')).toEqual([
      '周明远 → 华辰大学: 副校长、校长',
    ]);
  });
  it('joins posts held one after another by ， and those held at once by 、', () => {
    expect(posts('周明远，男，1950年生。2005年任华辰大学副校长。2010年任华辰大学校长、党委副书记。')).toEqual([
      '周明远 → 华辰大学: 副校长，校长、党委副书记',
    ]);
  });
});

describe('HOLDS_POSITION: notices and forms', () => {
  it('reads the posts a removal in the next clause takes from the person appointed (免去其)', () => {
    expect(posts('孙晓东同志任滨江高新区党工委委员、管委会副主任；免去其九山镇党委副书记职务。')).toEqual([
      '孙晓东 → 滨江高新区: 党工委委员、管委会副主任',
      '孙晓东 → 九山镇: 党委副书记',
    ]);
  });
  it('gives no post of an office of a place’s committee no rule read to the committee', () => {
    expect(posts('孙晓东，男，1979年11月生，现任临朐县委办公室副主任、县委督查办副主任。')).toEqual([
      '孙晓东 → 临朐县委办公室: 副主任',
    ]);
  });
  it('reads a form’s post field after its name field, up to the next field', () => {
    expect(posts('领导简介\n姓名：孙晓东\n职务：临朐县委书记\n简历：1968年5月生。')).toEqual([
      '孙晓东 → 临朐县: 县委书记',
    ]);
    expect(posts('姓名：孙晓东 职务：临朐县委书记 分工：主持县委全面工作')).toEqual(['孙晓东 → 临朐县: 县委书记']);
    expect(posts('联系人：孙晓东 电话：12345678')).toEqual([]);
  });
});

describe('HOLDS_POSITION: a notice about its issuer’s own people', () => {
  it('gives a post with no body, or only a unit of one, to the body that issues the notice', () => {
    expect(
      posts(
        '临朐县审计局关于孙晓东等同志任职的通知\n孙晓东同志任办公室主任；周明远同志任局长；免去李立新同志财务股副股长职务。',
      ),
    ).toEqual([
      '孙晓东 → 临朐县审计局: 办公室主任',
      '周明远 → 临朐县审计局: 局长',
      '李立新 → 临朐县审计局: 财务股副股长',
    ]);
  });
  it('gives a government’s or a Party committee’s notice no such posts', () => {
    expect(posts('临朐县人民政府关于孙晓东等同志任职的通知\n孙晓东同志任办公室主任。')).toEqual([]);
  });
  it('reads a company’s announcement: 先生 and 女士 after the name, 公司 for the company itself', () => {
    expect(
      posts(
        '青禾科技股份有限公司关于聘任高级管理人员的公告\n董事会同意聘任孙晓东先生为公司总经理，聘任周丽女士为公司副总经理、财务总监。',
      ),
    ).toEqual(['孙晓东 → 青禾科技股份有限公司: 总经理', '周丽 → 青禾科技股份有限公司: 副总经理、财务总监']);
  });
  it('gives 市委书记 and 市长 of a county-level city’s own news to that city, not to no place', () => {
    expect(
      posts('射洪市召开招商引资工作会议\n射洪市召开招商引资工作会议。市委书记周德明出席，市委副书记、市长孙立强主持。'),
    ).toEqual(['周德明 → 射洪市: 市委书记', '孙立强 → 射洪市: 市委副书记、市长']);
  });
  it('gives a town’s post to the town the report names, written after its county', () => {
    expect(
      posts('临朐县干部任前公示\n陈丽，女，1983年9月出生，现任青禾镇副镇长，拟任临朐县青禾镇党委副书记。'),
    ).toEqual(['陈丽 → 青禾镇: 副镇长、党委副书记']);
  });
  it('reads 任 before a county’s body as the verb, not the county 任县', () => {
    expect(posts('孙晓东同志任县审计局副局长；周明远任县财政局局长。')).toEqual([
      '孙晓东 → 县审计局: 副局长',
      '周明远 → 县财政局: 局长',
    ]);
  });
});

describe('HOLDS_POSITION: news forms', () => {
  it('reads a post written after a name that names its unit', () => {
    expect(posts('临朐县召开会议，周明远书记、李立新县长出席。')).toEqual(['李立新 → 临朐县: 县长']);
  });
  it('reads a post a clause says a person holds (是…的)', () => {
    expect(posts('张建国是华辰科技有限公司的董事长。')).toEqual(['张建国 → 华辰科技有限公司: 董事长']);
  });
  it('gives a town no post of a village written after it that no rule read', () => {
    expect(posts('临朐县九山镇某某村党支部书记、村委会主任刘海涛介绍。')).toEqual([]);
  });
  it('reads a cadre table whose cells are paragraphs, as word processors write it', () => {
    const html =
      '<html><body><p>现将拟任职干部予以公示：</p><table>' +
      '<tr><td><p>姓名</p></td><td><p>性别</p></td><td><p>现任职务</p></td><td><p>拟任职务</p></td></tr>' +
      '<tr><td><p>孙晓东</p></td><td><p>男</p></td><td><p>临朐县财政局副局长</p></td><td><p>临朐县财政局局长</p></td></tr>' +
      '</table></body></html>';
    expect(posts(htmlToText(html))).toEqual(['孙晓东 → 临朐县财政局: 副局长、局长']);
  });
});

describe('HOLDS_POSITION: titles', () => {
  it('writes a committee once when the body’s name ends with it', () => {
    expect(posts('全国政协副主席周明远出席开幕式。')).toEqual(['周明远 → 全国政协: 副主席']);
    expect(posts('华辰大学党委书记周明远出席。')).toEqual(['周明远 → 华辰大学: 党委书记']);
  });
});

describe('HOLDS_POSITION: a body named once, posts later in the paragraph', () => {
  it('gives a post opening with its unit the last region of that level named a few sentences before', () => {
    expect(posts('潍坊市召开全市工作会议。会上，临朐县作交流发言。县长李立新表示，将抓好项目建设。')).toEqual([
      '李立新 → 临朐县: 县长',
    ]);
  });
});

describe('HOLDS_POSITION: a work report’s byline', () => {
  it('reads the post and name a byline aligns with spaces', () => {
    expect(
      posts('政府工作报告\n——2024年1月10日在潍坊市第九届人民代表大会第三次会议上\n潍坊市代市长  李立新\n各位代表：'),
    ).toEqual(['李立新 → 潍坊市: 代市长']);
  });
});

describe('HOLDS_POSITION: resumes of several people', () => {
  it('gives the posts held besides after a second person’s bio that person, not the first resume’s', () => {
    expect(
      posts('周明远，男，1950年生。1994年起在华辰大学工作，任副校长。李立新，男，1960年生。目前兼任华辰基金会理事。'),
    ).toEqual(['周明远 → 华辰大学: 副校长', '李立新 → 华辰基金会: 理事']);
  });
  it('gives each resume of a page its own career lines, up to the next person’s sex and birth', () => {
    expect(
      posts(
        '周明远简历\n周明远，男，1950年生。\n1994.01临朐县委书记\n李立新简历\n李立新，女，1960年生。\n1984.07--1990.05华辰大学讲师\n1990.05--1996.09滨江区副区长',
      ),
    ).toEqual(['周明远 → 临朐县: 县委书记', '李立新 → 华辰大学: 讲师', '李立新 → 滨江区: 副区长']);
  });
});

describe('HOLDS_POSITION: a company referred to after a preposition', () => {
  it('gives a post of 公司 after 据 the company the paragraph named last', () => {
    expect(posts('青禾科技有限公司今年产值突破10亿元。据公司副总经理黄晓明介绍，新项目年底投产。')).toEqual([
      '黄晓明 → 青禾科技有限公司: 副总经理',
    ]);
  });
});

describe('HOLDS_POSITION: names listed after one post', () => {
  it('gives a name listed after a titled one with no post of its own that one’s last post', () => {
    expect(posts('临朐县委书记周明远，县委常委王海峰、李立新出席。')).toEqual([
      '周明远 → 临朐县: 县委书记',
      '王海峰 → 临朐县: 县委常委',
      '李立新 → 临朐县: 县委常委',
    ]);
    expect(posts('临朐县委书记周明远、县长李立新出席。')).toEqual([
      '周明远 → 临朐县: 县委书记',
      '李立新 → 临朐县: 县长',
    ]);
  });
});

describe('HOLDS_POSITION: posts before a name and words on the person after it', () => {
  it('reads the posts before a name that a birth year in brackets follows', () => {
    expect(posts('江苏省委常委、苏州市委书记周明远（1965年出生），出席会议。')).toEqual([
      '周明远 → 江苏省: 省委常委',
      '周明远 → 苏州市: 市委书记',
    ]);
  });
  it('keeps the posts before a name and the former posts a career verb gives after it', () => {
    expect(posts('江苏省委常委、苏州市委书记周明远曾任临朐县委书记。').sort()).toEqual([
      '周明远 → 临朐县: 县委书记',
      '周明远 → 江苏省: 省委常委',
      '周明远 → 苏州市: 市委书记',
    ]);
    expect(posts('周明远先后任临朐县委书记。')).toEqual(['周明远 → 临朐县: 县委书记']);
  });
  it('reads a candidate for a post as its holder', () => {
    expect(posts('江苏省委副书记、省长候选人周明远出席会议。')).toEqual(['周明远 → 江苏省: 省委副书记、省长']);
  });
});

describe('HOLDS_POSITION: forms of appointment notices and leaders’ pages (session 14)', () => {
  it('reads a removal line with no 的 whose body the line names in full but no recognizer read there', () => {
    const text = '任命：\n段明辉为德清县住房和城乡建设局局长；\n免去：\n贾立文德清县住房和城乡建设局局长职务。';
    expect(posts(text)).toContain('贾立文 → 德清县住房和城乡建设局: 局长');
  });
  it('gives a Youth League committee’s posts to the committee, not to its place', () => {
    expect(posts('邓晓梅同志任共青团湖州市委书记。')).toEqual(['邓晓梅 → 共青团湖州市委: 书记']);
    expect(posts('袁立军，男，1972年生。\n1998.03—2003.06 团德清县委副书记\n2003.06— 共青团德清县委干事')).toEqual([
      '袁立军 → 团德清县委: 副书记',
      '袁立军 → 共青团德清县委: 干事',
    ]);
  });
  it('gives the posts of a body’s own leaders’ page that name no body to that body', () => {
    const text = '湖州市发展和改革委员会领导班子\n主任：林远航\n副主任：胡立新、黄秀云';
    expect(posts(text)).toEqual([
      '林远航 → 湖州市发展和改革委员会: 主任',
      '胡立新 → 湖州市发展和改革委员会: 副主任',
      '黄秀云 → 湖州市发展和改革委员会: 副主任',
    ]);
  });
  it('gives the posts after a body opening a line before a colon to that body', () => {
    expect(posts('德清县财政局：局长周立华，副局长钱明、孙卫平。')).toEqual([
      '周立华 → 德清县财政局: 局长',
      '钱明 → 德清县财政局: 副局长',
      '孙卫平 → 德清县财政局: 副局长',
    ]);
  });
  it('leaves a government’s posts on a line it opens to the place they name', () => {
    expect(posts('德清县人民政府：县长高远飞。')).toEqual(['高远飞 → 德清县: 县长']);
  });
  it('reads the resignation a reason for it comes before', () => {
    expect(posts('会议决定：接受范立强因工作变动辞去德清县人民政府副县长职务的请求。')).toEqual([
      '范立强 → 德清县人民政府: 副县长',
    ]);
  });
  it('reads a post in a provincial department of the old names', () => {
    expect(posts('袁立军，男，1972年生。\n2013.12—2018.01 浙江省人事厅副厅长\n2018.01— 浙江省计委副主任')).toEqual([
      '袁立军 → 浙江省人事厅: 副厅长',
      '袁立军 → 浙江省计委: 副主任',
    ]);
  });
});

describe('HOLDS_POSITION: several appointments in one sentence (session 14)', () => {
  it('gives the names a post with no body is given after another appointment that one’s body', () => {
    expect(posts('选举孔立明为德清县人民代表大会常务委员会主任，白雪林、崔海华为副主任。')).toEqual([
      '孔立明 → 德清县人民代表大会常务委员会: 主任',
      '白雪林 → 德清县人民代表大会常务委员会: 副主任',
      '崔海华 → 德清县人民代表大会常务委员会: 副主任',
    ]);
    expect(posts('选举严志新为德清县人民政府县长，金晓辉为副县长。')).toEqual([
      '严志新 → 德清县人民政府: 县长',
      '金晓辉 → 德清县人民政府: 副县长',
    ]);
  });
  it('gives a place’s post after a bureau’s post in one chain the place (某县财政局局长、县委常委)', () => {
    expect(posts('王某某任德清县财政局局长、县委常委。')).toEqual([
      '王某某 → 德清县财政局: 局长',
      '王某某 → 德清县: 县委常委',
    ]);
    // (A place's own government keeps it: 某县人民政府副县长、党组成员.)
    expect(posts('王某某任德清县人民政府副县长、党组成员。')).toEqual(['王某某 → 德清县人民政府: 副县长、党组成员']);
  });
  it('gives a place’s post after a body that is no government the place, not that body', () => {
    expect(posts('任命薛立新为德清县财政局局长，汪明为副县长。')).toEqual([
      '薛立新 → 德清县财政局: 局长',
      '汪明 → 德清县: 副县长',
    ]);
  });
});

describe('HOLDS_POSITION: a line’s body over its semicolons, a comma before the verb (session 14)', () => {
  it('gives the clauses after a semicolon the body that opened the line', () => {
    expect(posts('德清县发展和改革委员会：主任吴立广；副主任郑海云；副主任陈明。')).toEqual([
      '吴立广 → 德清县发展和改革委员会: 主任',
      '郑海云 → 德清县发展和改革委员会: 副主任',
      '陈明 → 德清县发展和改革委员会: 副主任',
    ]);
  });
  it('reads an assistant to a ministry’s or a bureau’s head as a post', () => {
    expect(posts('免去宫立文的商务部部长助理职务。')).toEqual(['宫立文 → 商务部: 部长助理']);
  });
  it('reads an appointment whose verb a comma parts from the name', () => {
    expect(posts('江立斌同志，任德清县水利局局长；')).toEqual(['江立斌 → 德清县水利局: 局长']);
  });
});

describe('HOLDS_POSITION: career histories in prose and a group’s board (session 16)', () => {
  it('reads a bio that gives only the year of birth, its past posts and its dated moves', () => {
    expect(
      posts(
        '徐卫东，1968年生，浙江宁波人。历任北仑区副区长、鄞州区委副书记。2016年任宁波市副市长，2020年起任宁波市委常委、常务副市长。',
      ),
    ).toEqual([
      '徐卫东 → 北仑区: 副区长',
      '徐卫东 → 鄞州区: 区委副书记',
      '徐卫东 → 宁波市: 副市长、市委常委、常务副市长',
    ]);
  });
  it('reads the past posts a pronoun opens in the sentence after a bio', () => {
    expect(posts('翁秀华，女，现任宁海县委书记。此前，她曾任象山县县长。')).toEqual([
      '翁秀华 → 象山县: 县长',
      '翁秀华 → 宁海县: 县委书记',
    ]);
  });
  it('reads a post held before (此前担任) and a later move in the same sentence (，2022年调任)', () => {
    expect(posts('王可为同志此前担任睢阳区委副书记，2022年调任柘城县委书记。')).toEqual([
      '王可为 → 睢阳区: 区委副书记',
      '王可为 → 柘城县: 县委书记',
    ]);
  });
  it('gives a company’s officer a post on a group’s board (董事局主席), no bureau', () => {
    expect(posts('青禾控股集团有限公司创始人、董事局主席吴志远出席。')).toEqual([
      '吴志远 → 青禾控股集团有限公司: 创始人、董事局主席',
    ]);
  });
  it('reads posts a verb says are held and 的 joins to their holder (此前担任…的王某, 时任…的李某)', () => {
    expect(posts('此前担任山东省委常委、宣传部部长的孙守明离开山东赴河南工作。')).toEqual([
      '孙守明 → 山东省: 省委常委、宣传部部长',
    ]);
    expect(posts('时任柘城县县长的王海涛参加了会议。')).toEqual(['王海涛 → 柘城县: 县长']);
    expect(posts('此前任柘城县县长的王海任睢阳区区长。')).toEqual(['王海 → 柘城县: 县长', '王海 → 睢阳区: 区长']);
    expect(posts('柘城县县长的讲话很重要。')).toEqual([]);
  });
});

describe('HOLDS_POSITION: bios that open with a birth year', () => {
  it('gives the career lines after 某某出生于…年 that person, though no comma follows the name', () => {
    expect(
      posts('周文涛出生于1968年1月，江苏宿迁人。2010年任宿迁市文化广电旅游局局长。2018年调任淮安市委常委。').sort(),
    ).toEqual(['周文涛 → 宿迁市文化广电旅游局: 局长', '周文涛 → 淮安市: 市委常委']);
  });
  it('reads the name a birth year introduces where a move follows it (出生于1972年的某某由…转任…)', () => {
    expect(posts('8月7日，出生于1972年的周文涛由宿迁市商务局局长转任淮安市委常委。').sort()).toEqual([
      '周文涛 → 宿迁市商务局: 局长',
      '周文涛 → 淮安市: 市委常委',
    ]);
  });
});

describe('HOLDS_POSITION: a post stated as held by the name after 为 or 是', () => {
  it('gives the post to the name that ends the clause (某市市长为王某。)', () => {
    expect(posts('目前，青州市市长为王明远，他曾获奖。')).toContain('王明远 → 青州市: 市长');
    expect(posts('当时的青州市委书记是周文涛。')).toContain('周文涛 → 青州市: 市委书记');
    expect(posts('华辰集团党委书记、董事长为周文涛。')).toContain('周文涛 → 华辰集团: 党委书记、董事长');
  });
  it('gives none where the name does not end the clause (市长为王某颁奖)', () => {
    expect(posts('青州市市长为周文涛颁发证书。')).not.toContain('周文涛 → 青州市: 市长');
  });
});

describe('HOLDS_POSITION: a post with no body after another person joined by 和, 与 or 及', () => {
  it('is in the body of that person’s last post (某集团董事长王某和总经理李某)', () => {
    expect(posts('华辰集团党委书记、董事长周文涛和总经理王明远一行来访。')).toContain('王明远 → 华辰集团: 总经理');
    expect(posts('华辰集团董事长周文涛与副总经理王明远出席。')).toContain('王明远 → 华辰集团: 副总经理');
  });
});

describe('HOLDS_POSITION: a body whose name holds a few quoted characters', () => {
  it('reads the chain of posts on across the quote (某区委组织部副部长、“两新”工委书记王某)', () => {
    expect(posts('崇川区委组织部副部长、“两新”工委书记周文涛出席。')).toContain('周文涛 → 崇川区委组织部: 副部长');
  });
});

describe('HOLDS_POSITION: a province’s post named after a municipality', () => {
  it('gives 省委常委 the province named before, not the municipality of that level (上海市委…，省委常委王某)', () => {
    const found = posts('四川再次受邀参展。上海市委常委周文涛，省委常委、宣传部部长王明远出席开馆仪式。');
    expect(found).toContain('王明远 → 四川省: 省委常委、宣传部部长');
    expect(found).toContain('周文涛 → 上海市: 市委常委');
  });
});

describe('HOLDS_POSITION: a zone committee’s post written with the zone word 区', () => {
  it('gives 区党工委 posts the park named before, not a district (区党工委委员王某)', () => {
    expect(posts('青禾经济开发区召开座谈会。区党工委委员、纪检监察工委书记王明远参加会议。')).toContain(
      '王明远 → 青禾经济开发区: 区党工委委员',
    );
  });
});
