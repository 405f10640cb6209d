import { describe, expect, it } from 'vitest';
import { recognizePlaceCommittees, recognizeStateBodies } from '../../../src/extract/entities/state-bodies.ts';
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';

/** The organizations the rules alone find in a text, with their aliases. */
const organizations = (text: string) =>
  toGoldFormat(extractReport({ name: 't.txt', text, model: null }))
    .entities.filter((e) => e.kind === 'Organization')
    .map((e) => [e.name, [...(e.aliases ?? [])].sort()]);

describe('recognizeStateBodies', () => {
  it('names a central body by its full name, keeping the short form the text used', () => {
    const found = recognizeStateBodies('要全面落实党中央决策部署，国家发改委会同有关部门推进。', 0);
    expect(found.map((c) => [c.name, c.aliases ?? []])).toEqual([
      ['中共中央', ['党中央']],
      ['国家发展改革委', ['国家发改委']],
    ]);
  });
  it('prefers the longest form (中共中央政治局 over 中共中央)', () => {
    expect(recognizeStateBodies('中共中央政治局常委出席。', 0).map((c) => c.name)).toEqual(['中共中央政治局']);
  });
  it('names former ministries in careers, the joint discipline body as one, and the exchanges companies list on', () => {
    const text = '他曾任建设部副司长，中央纪委国家监委驻某部纪检监察组组长，该公司于2021年在深交所上市。';
    expect(recognizeStateBodies(text, 0).map((c) => c.name)).toEqual(['建设部', '中央纪委国家监委', '深圳证券交易所']);
  });
  it('reads the country written before a body as part of its name (中国商务部), not before one that holds it', () => {
    const found = recognizeStateBodies('中国商务部数据显示，中国国务院日前印发意见，中国科学院发布报告。', 0);
    expect(found.map((c) => [c.name, c.aliases ?? []])).toEqual([
      ['商务部', ['中国商务部']],
      ['国务院', ['中国国务院']],
      ['中国科学院', []],
    ]);
  });
  it('names the national people’s bodies by their short forms, none before a sentence’s first word (中国侨联)', () => {
    const found = recognizeStateBodies('中国侨联副主席出席，全国台联、全国台企联和全国对外友协派员参加。', 0);
    expect(found.map((c) => [c.name, c.aliases ?? [], c.start])).toEqual([
      ['中华全国归国华侨联合会', ['中国侨联'], 0],
      ['中华全国台湾同胞联谊会', ['全国台联'], 10],
      ['全国台湾同胞投资企业联谊会', ['全国台企联'], 15],
      ['中国人民对外友好协会', ['全国对外友协'], 21],
    ]);
  });
  it('reads no body in a word for its members (中国共产党人)', () => {
    expect(recognizeStateBodies('一代代中国共产党人接续奋斗，中国共产党的初心不变。', 0).map((c) => c.start)).toEqual([
      14,
    ]);
  });
});

describe('recognizePlaceCommittees', () => {
  const names = (text: string) => recognizePlaceCommittees(text, 0).map((c) => text.slice(c.start, c.end));
  it('reads the formal name whose county is written in full before its level word (中共某省淇县|县委书记)', () => {
    expect(names('中共河南省淇县县委书记张伟讲话。')).toEqual(['中共河南省淇县县委']);
    expect(names('中共淇县县委常委李明出席。')).toEqual(['中共淇县县委']);
    // A prefecture's committee (地委), the Youth League's too.
    expect(names('曾任共青团南宁地委副书记。')).toEqual(['共青团南宁地委']);
  });
  it('reads a place Party committee by its place or by its level word alone', () => {
    expect(names('浙江省委、省政府出台意见，县委、县政府主要领导带队。')).toEqual(['浙江省委', '县委']);
    expect(names('经湖州市委批准，中共德清县委研究决定。')).toEqual(['湖州市委', '中共德清县委']);
  });
  it('reads 和 before a level word as a conjunction after a body, not as the county 和县', () => {
    expect(names('在市委、市政府和县委的坚强领导下，当好省市和县委决策的执行者。')).toEqual(['市委', '县委', '县委']);
  });
  it('reads no body before a post title, a former post or in another word (委员会, 委托)', () => {
    expect(names('德清县委书记王立新、湖州市委原常委张华、县委员会和市委托单位。')).toEqual([]);
  });
  it('reads the Youth League’s committee of a place before a post title: the League’s organ holds the post', () => {
    expect(names('邓晓梅任共青团湖州市委书记，1998年任团德清县委副书记。')).toEqual(['共青团湖州市委', '团德清县委']);
    expect(names('某集团湖州市委书记')).toEqual([]);
  });
  it('reads the formal 中共某县委 before a post title too: the organ holds the post', () => {
    expect(names('中共德清县委常委王立新、中共湖州市委副书记张华出席。')).toEqual(['中共德清县委', '中共湖州市委']);
  });
  it('reads a bare level word only after punctuation or a conjunction (not 城市委员, 社区委)', () => {
    expect(names('听取了省委和省政府工作汇报，全社区委派人员。')).toEqual(['省委']);
  });
  it('reads a bare committee after a verb, 自治区党委, and the Youth League committee of a place', () => {
    expect(names('落实自治区党委部署，贯彻省委要求，团县委组织活动，建设城市委员会。')).toEqual([
      '自治区党委',
      '省委',
      '团县委',
    ]);
  });
});

describe('recognizePlaceCommittees: the Youth League committee of a place', () => {
  const names = (text: string) => recognizePlaceCommittees(text, 0).map((c) => text.slice(c.start, c.end));
  it('reads 共青团 with the places that name the committee, before a post title too', () => {
    expect(names('2001年任共青团淮安市清江浦区委书记，后任共青团江苏省委副书记。')).toEqual([
      '共青团淮安市清江浦区委',
      '共青团江苏省委',
    ]);
    expect(names('中共淮安市清江浦区委召开全会。')).toEqual(['中共淮安市清江浦区委']);
  });
  it('reads 团市委 before a post title as the league committee, but no 团 ending another word (集团)', () => {
    expect(names('团市委书记张明远出席，青禾集团县委托管项目落地。')).toEqual(['团市委']);
  });
});

describe('recognizePlaceCommittees: a democratic party’s committee of a place', () => {
  const names = (text: string) => recognizePlaceCommittees(text, 0).map((c) => text.slice(c.start, c.end));
  it('reads the party with its place committee, written with 会 too, before a post title as well', () => {
    expect(names('湖州市副市长、民革湖州市委会主委张明远，民进德清县委副主委李国华出席。')).toEqual([
      '民革湖州市委会',
      '民进德清县委',
    ]);
    expect(names('九三学社浙江省委会向灾区捐赠物资。')).toEqual(['九三学社浙江省委会']);
  });
  it('knows the parties’ central committees by their short forms', () => {
    expect(recognizeStateBodies('民建中央和致公党中央联合调研。', 0).map((c) => c.name)).toEqual([
      '民建中央',
      '致公党中央',
    ]);
  });
});

describe('recognizePlaceCommittees: a working committee the Party committee sets up', () => {
  const names = (text: string) => recognizePlaceCommittees(text, 0).map((c) => text.slice(c.start, c.end));
  it('reads the committee with the zone or sector it is for, before a post title too', () => {
    expect(names('李国华任浙江省委青禾新区工委书记，县委教育工委副书记周建国出席。')).toEqual([
      '浙江省委青禾新区工委',
      '县委教育工委',
    ]);
  });
  it('reads no working committee across another body or a clause, nor a zone’s own 党工委', () => {
    expect(names('市委市政府和新区党工委高度重视，市委领导在经开区党工委调研。')).toEqual(['市委', '市委']);
  });
});

describe('central bodies in the s9 forms table', () => {
  it('knows the commissions, armed forces and national bodies of national news', () => {
    const found = recognizeStateBodies(
      '中央金融工委、中央文明委、国家防总、新疆生产建设兵团、中国人民解放军和武警部队、国家税务总局、中国贸促会。',
      0,
    );
    expect(found.map((c) => c.name)).toEqual([
      '中央金融工委',
      '中央文明委',
      '国家防总',
      '新疆生产建设兵团',
      '中国人民解放军',
      '中国人民武装警察部队',
      '国家税务总局',
      '中国贸促会',
    ]);
  });
  it('names a body by the fullest form the report writes, the lexicon’s name an alias', () => {
    expect(organizations('中办主任王某出席。中央办公厅印发通知。')).toEqual([
      ['中央办公厅', ['中共中央办公厅', '中办']],
    ]);
    expect(organizations('人民解放军官兵参加救援。')).toEqual([['人民解放军', ['中国人民解放军']]]);
    expect(organizations('中共中央办公厅印发通知。')).toEqual([['中共中央办公厅', []]]);
  });
});

describe('Hong Kong and Taiwan bodies in Traditional news', () => {
  it('reads councils, bureaus and ministries once normalized, a bracketed short form as the same body', () => {
    const found = recognizeStateBodies('立法会、投资推广署、商务及经济发展局、金管局、行政院、经济部、陆委会。', 0);
    expect(found.map((c) => c.name)).toEqual([
      '立法会',
      '投资推广署',
      '商务及经济发展局',
      '香港金融管理局',
      '行政院',
      '经济部',
      '大陆委员会',
    ]);
    expect(organizations('香港貿易發展局（貿發局）舉辦展覽。')).toEqual([['香港贸易发展局', ['贸发局']]]);
  });
});

describe('recognizePlaceCommittees in the s9 forms table', () => {
  it('reads a committee’s office by its short form (县委办), not a verb in 办 (市委办理)', () => {
    const names = (text: string) => recognizePlaceCommittees(text, 0).map((c) => c.name);
    expect(names('现任三台县委办副主任')).toEqual(['三台县委办']);
    expect(names('市委办理民生实事。')).toEqual(['市委']);
  });
});

describe('recognizeStateBodies: the State Council by its full name', () => {
  it('reads 中华人民共和国国务院 as written, 国务院 an alias', () => {
    expect(organizations('2025年中华人民共和国国务院政府工作报告')).toEqual([['中华人民共和国国务院', ['国务院']]]);
  });
});
