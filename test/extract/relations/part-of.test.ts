// PART_OF on hand-made recognitions: the rule alone, on the names the recognizer would give it.
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../src/ontology/model.ts';
import { partOf } from '../../../src/extract/relations/part-of.ts';
import { ruleOnSentence, rulesAloneRelations } from './support.ts';
import type { RecognizedReport } from '../../../src/extract/entities/report.ts';
import { RelationContext, RelationSet } from '../../../src/extract/relations/context.ts';

/** PART_OF alone on one sentence and the names in it. */
const partsOf = (text: string, names: [EntityKind, string][]) =>
  ruleOnSentence(text, names, (ctx, out) => partOf(ctx, out, new Set()));

describe('PART_OF by the names a report writes', () => {
  it('makes a bureau named after a park part of the park’s 管委会, not the 管委会 part of itself', () => {
    const parts = partsOf('由滨江高新区管委会主办，滨江高新区经贸发展局、滨江高新区人力资源局承办。', [
      ['Organization', '滨江高新区管委会'],
      ['Organization', '滨江高新区经贸发展局'],
      ['Organization', '滨江高新区人力资源局'],
      ['Park', '滨江高新区'],
    ]);
    expect(parts).toContain('滨江高新区经贸发展局 → 滨江高新区管委会');
    expect(parts).toContain('滨江高新区人力资源局 → 滨江高新区管委会');
    expect(parts).toHaveLength(2);
  });
  it('makes a discipline commission’s standing committee part of the combined commission, not of its bare 纪委', () => {
    const names: [EntityKind, string][] = [
      ['Organization', '青石市纪委监委'],
      ['Organization', '中共青石市纪委常委会'],
      ['Organization', '青石市纪委'],
    ];
    expect(partsOf('据青石市纪委监委消息，经中共青石市纪委常委会会议研究，青石市纪委决定立案。', names)).toEqual([
      '中共青石市纪委常委会 → 青石市纪委监委',
    ]);
    // The place written before the commission's name and left out of the committee's (省纪委常委会) is still its.
    expect(
      partsOf('据江西省纪委监委消息，经省纪委常委会会议研究决定。', [
        ['Organization', '江西省纪委监委'],
        ['Organization', '省纪委常委会'],
      ]),
    ).toEqual(['省纪委常委会 → 江西省纪委监委']);
  });
  it('makes a unit of a place’s organ part of the organ named by its level word or its place, where places agree', () => {
    const parts = partsOf(
      '经省委研究，江西省委组织部、湖南省委宣传部、省政协民宗委和桐庐县政协办公室负责人与贵州省政协、县政协座谈。',
      [
        ['Organization', '省委'],
        ['Organization', '江西省委组织部'],
        ['Organization', '湖南省委宣传部'],
        ['Organization', '省政协民宗委'],
        ['Organization', '桐庐县政协办公室'],
        ['Organization', '贵州省政协'],
        ['Organization', '县政协'],
      ],
    );
    expect(parts.sort()).toEqual(
      [
        '省政协民宗委 → 贵州省政协',
        '桐庐县政协办公室 → 县政协',
        '江西省委组织部 → 省委',
        '湖南省委宣传部 → 省委',
      ].sort(),
    );
    // Not a unit of another place's organ, nor one named after another place, nor a Party school.
    expect(
      partsOf('中共江西省委、中共温州市委、湖南省委宣传部、四川省委党校和市委宁波青禾新区工委。', [
        ['Organization', '中共江西省委'],
        ['Organization', '中共温州市委'],
        ['Organization', '湖南省委宣传部'],
        ['Organization', '四川省委党校'],
        ['Organization', '市委宁波青禾新区工委'],
      ]),
    ).toEqual([]);
  });
  it('makes a park whose name holds another park’s after a place part of it, not one after other words', () => {
    const parts = partsOf('考察了徐州华辰新区苏港合作中医药科技产业园和星河华辰新区产业园。', [
      ['Park', '徐州华辰新区苏港合作中医药科技产业园'],
      ['Park', '华辰新区'],
      ['Park', '星河华辰新区产业园'],
    ]);
    expect(parts).toEqual(['徐州华辰新区苏港合作中医药科技产业园 → 华辰新区']);
  });
});

describe('PART_OF stated in so many words', () => {
  it('makes the parks a zone’s area takes in parts of it', () => {
    const parts = partsOf('设立滨江自由贸易试验区，范围涵盖滨江保税区、南湖物流园区和北湖综合保税区等3个区域。', [
      ['Park', '滨江自由贸易试验区'],
      ['Park', '滨江保税区'],
      ['Park', '南湖物流园区'],
      ['Park', '北湖综合保税区'],
    ]);
    expect(parts).toEqual([
      '滨江保税区 → 滨江自由贸易试验区',
      '南湖物流园区 → 滨江自由贸易试验区',
      '北湖综合保税区 → 滨江自由贸易试验区',
    ]);
  });
  it('reads the list on over an item the recognizer did not take, not over a clause', () => {
    const names: [EntityKind, string][] = [
      ['Park', '滨江自由贸易试验区'],
      ['Park', '滨江保税区'],
      ['Park', '北湖综合保税区'],
    ];
    expect(partsOf('滨江自由贸易试验区范围涵盖滨江保税区、南湖保税港区和北湖综合保税区。', names)).toContain(
      '北湖综合保税区 → 滨江自由贸易试验区',
    );
    expect(partsOf('滨江自由贸易试验区范围涵盖滨江保税区，同时北湖综合保税区加快建设。', names)).toEqual([
      '滨江保税区 → 滨江自由贸易试验区',
    ]);
  });
  it('reads 由A、B和C组成 and 下辖 after the way a zone is run', () => {
    const names: [EntityKind, string][] = [
      ['Park', '滨江经济开发区'],
      ['Park', '湖东工业园'],
      ['Park', '湖西物流园'],
    ];
    expect(partsOf('滨江经济开发区由湖东工业园和湖西物流园组成。', names)).toEqual([
      '湖东工业园 → 滨江经济开发区',
      '湖西物流园 → 滨江经济开发区',
    ]);
    expect(partsOf('滨江经济开发区实行“一区多园”管理模式，下辖湖东工业园、湖西物流园两个园区。', names)).toHaveLength(
      2,
    );
    expect(partsOf('滨江经济开发区“一区两园”包括湖东工业园、湖西物流园。', names)).toHaveLength(2);
    expect(partsOf('滨江经济开发区规划面积138平方公里，托管湖东工业园、湖西物流园等园区。', names)).toHaveLength(2);
  });
  it('needs 组成 after a list that follows 由', () => {
    const parts = partsOf('滨江经济开发区由湖东工业园牵头招商。', [
      ['Park', '滨江经济开发区'],
      ['Park', '湖东工业园'],
    ]);
    expect(parts).toEqual([]);
  });
  it('reads 甲园是某开发区的重要组成部分 and 隶属于, the part first', () => {
    const names: [EntityKind, string][] = [
      ['Park', '湖东工业园'],
      ['Park', '滨江经济开发区'],
    ];
    expect(partsOf('湖东工业园是滨江经济开发区的重要组成部分。', names)).toEqual(['湖东工业园 → 滨江经济开发区']);
    expect(partsOf('湖东工业园隶属于滨江经济开发区。', names)).toEqual(['湖东工业园 → 滨江经济开发区']);
    expect(partsOf('湖东工业园是滨江经济开发区的合作伙伴。', names)).toEqual([]);
    expect(partsOf('湖东工业园是滨江经济开发区的园中园。', names)).toEqual(['湖东工业园 → 滨江经济开发区']);
    expect(partsOf('湖东工业园是滨江经济开发区的特色园区之一。', names)).toEqual(['湖东工业园 → 滨江经济开发区']);
  });
  it('reads a list after 包括 without 组成, and a word for the report’s park (产业园包括…) as the whole', () => {
    expect(
      partsOf('滨江经济开发区包括湖东工业园和南湖物流园区。', [
        ['Park', '滨江经济开发区'],
        ['Park', '湖东工业园'],
        ['Park', '南湖物流园区'],
      ]),
    ).toEqual(['湖东工业园 → 滨江经济开发区', '南湖物流园区 → 滨江经济开发区']);
    const relations = rulesAloneRelations(
      '中欧（柘城）合作产业园建设提速\n中欧（柘城）合作产业园是省级合作园区。产业园包括柘城经济开发区、起台青禾产业园等区域。',
    ).filter((r) => r.type === 'PART_OF');
    expect(relations.map((r) => `${r.from} → ${r.to}`)).toEqual(
      expect.arrayContaining(['柘城经济开发区 → 中欧(柘城)合作产业园', '起台青禾产业园 → 中欧(柘城)合作产业园']),
    );
  });
  it('takes the park nearest before the list as its whole', () => {
    const parts = partsOf('滨江经济开发区与南湖高新区合作，包括湖东工业园。', [
      ['Park', '滨江经济开发区'],
      ['Park', '南湖高新区'],
      ['Park', '湖东工业园'],
    ]);
    expect(parts).toEqual(['湖东工业园 → 南湖高新区']);
  });
});

describe('PART_OF between organizations in the s7 forms table', () => {
  it('makes the units of a career told after 在某某工作 parts of that body, up to the next body worked in', () => {
    const parts = partsOf(
      '1994年至今在华辰发展研究中心工作，曾任市场研究所副所长、宏观研究部副部长。此前在滨江大学工作。',
      [
        ['Organization', '华辰发展研究中心'],
        ['Organization', '市场研究所'],
        ['Organization', '宏观研究部'],
        ['Organization', '滨江大学'],
      ],
    );
    expect(parts.sort()).toEqual(['宏观研究部 → 华辰发展研究中心', '市场研究所 → 华辰发展研究中心']);
  });
  it('makes a unit said to be directly under a body part of it, and the units a body sets up', () => {
    expect(
      partsOf('湖州市投资促进中心是湖州市人民政府直属事业单位。', [
        ['Organization', '湖州市投资促进中心'],
        ['Organization', '湖州市人民政府'],
      ]),
    ).toEqual(['湖州市投资促进中心 → 湖州市人民政府']);
    expect(
      partsOf('湖州市商务局下设湖州市口岸办公室和湖州市商务研究所。', [
        ['Organization', '湖州市商务局'],
        ['Organization', '湖州市口岸办公室'],
        ['Organization', '湖州市商务研究所'],
      ]).sort(),
    ).toEqual(['湖州市口岸办公室 → 湖州市商务局', '湖州市商务研究所 → 湖州市商务局']);
    // Two bodies that only meet in one sentence are no whole and part.
    expect(
      partsOf('湖州市商务局与湖州市口岸办公室联合发文。', [
        ['Organization', '湖州市商务局'],
        ['Organization', '湖州市口岸办公室'],
      ]),
    ).toEqual([]);
  });
  it('reads the s8 forms of a unit under a body: 所属的, 隶属于, 作为…的组成部门', () => {
    const bureau: [EntityKind, string] = ['Organization', '湖州市科技局'];
    expect(
      partsOf('湖州市科技局所属的湖州市科技情报研究所承担相关工作。', [
        bureau,
        ['Organization', '湖州市科技情报研究所'],
      ]),
    ).toEqual(['湖州市科技情报研究所 → 湖州市科技局']);
    expect(
      partsOf('湖州市科技情报研究所隶属于湖州市科技局。', [['Organization', '湖州市科技情报研究所'], bureau]),
    ).toEqual(['湖州市科技情报研究所 → 湖州市科技局']);
    expect(
      partsOf('湖州市科技局作为湖州市人民政府的组成部门，负责全市科技工作。', [
        bureau,
        ['Organization', '湖州市人民政府'],
      ]),
    ).toEqual(['湖州市科技局 → 湖州市人民政府']);
    // A body that only serves another is no part of it.
    expect(partsOf('湖州市科技局服务湖州市人民政府的组成部门。', [bureau, ['Organization', '湖州市人民政府']])).toEqual(
      [],
    );
  });
  it('reads no whole from an alias that only opens a body’s name (its parent’s name)', () => {
    const parts = partsOf('滨江科学院研究生院和滨江科学院工业研究所的专家。', [
      ['Organization', '滨江科学院研究生院'],
      ['Organization', '滨江科学院工业研究所'],
    ]);
    expect(parts).toEqual([]);
  });
  it('makes a department of a place’s Party committee part of the committee when the report names it', () => {
    const parts = partsOf('市委组织部、市委宣传部和市委负责同志参加会议。', [
      ['Organization', '市委组织部'],
      ['Organization', '市委宣传部'],
      ['Organization', '市委'],
    ]);
    expect(parts.sort()).toEqual(['市委宣传部 → 市委', '市委组织部 → 市委']);
  });
  it('makes no body part of a longer one that carries its name as a form (a branch read with its parent)', () => {
    const text = '华辰医科大学附属医院与华辰医科大学附属医院湖州分院签约。';
    const report: RecognizedReport = {
      entities: [
        { kind: 'Organization', name: '华辰医科大学附属医院', aliases: new Set() },
        { kind: 'Organization', name: '华辰医科大学附属医院湖州分院', aliases: new Set(['华辰医科大学附属医院']) },
      ],
      mentions: [
        { entity: 0, sentence: 0, start: 0, end: 10 },
        { entity: 1, sentence: 0, start: 11, end: 25 },
      ],
    };
    const ctx = new RelationContext([{ index: 0, text, original: text, start: 0, end: text.length }], report);
    const out = new RelationSet(ctx);
    partOf(ctx, out, new Set());
    expect(out.values().map((r) => `${ctx.name(r.from)} → ${ctx.name(r.to)}`)).toEqual([
      '华辰医科大学附属医院湖州分院 → 华辰医科大学附属医院',
    ]);
  });
});

describe('the projects of a park’s profile', () => {
  const relations = rulesAloneRelations(
    '华辰经济开发区简介\n华辰经济开发区位于滨海县。开发区区位优势明显，青禾高速公路、青禾铁路在区中穿过，' +
      '107国道紧邻园区。华辰光伏组件项目已经投产。',
  );
  it('are its parts and lie in it', () => {
    expect(relations).toContainEqual({ type: 'PART_OF', from: '华辰光伏组件项目', to: '华辰经济开发区' });
    expect(relations).toContainEqual({ type: 'LOCATED_IN', from: '华辰光伏组件项目', to: '华辰经济开发区' });
  });
  it('leave out the roads and railways that only pass through it', () => {
    expect(relations.filter((r) => r.from === '青禾高速公路' || r.from === '青禾铁路')).toEqual([]);
    expect(relations.filter((r) => r.type === 'PART_OF' && r.from === '107国道')).toEqual([]);
  });
});

describe('a park written right after a larger one', () => {
  const found = rulesAloneRelations(
    '青禾工业园区概况\n青禾工业园区位于滨海县。华辰经济开发区新材料产业园今年引进项目10个，华辰经济开发区税收增长。岚湾工业园区食品产业园建成投用。',
  ).filter((r) => r.type === 'PART_OF');
  // (The fullest name is the park's, ONTOLOGY.md's nested names; the zone is an entity where written alone too.)
  it('is a part of that zone, not of the report’s park', () => {
    expect(found).toContainEqual({ type: 'PART_OF', from: '华辰经济开发区新材料产业园', to: '华辰经济开发区' });
    expect(found).not.toContainEqual({ type: 'PART_OF', from: '华辰经济开发区新材料产业园', to: '青禾工业园区' });
    expect(found).not.toContainEqual({ type: 'PART_OF', from: '岚湾工业园区食品产业园', to: '青禾工业园区' });
  });
});

describe('a project a park report places in another park', () => {
  it('is no part of the report’s park', () => {
    const found = rulesAloneRelations(
      '青禾产业园签约仪式举行\n青禾产业园位于太仓市。华辰光电科技有限公司投资10亿元的光电显示项目在新沂市经济开发区正式开工。',
    );
    expect(found).toContainEqual({ type: 'LOCATED_IN', from: '光电显示项目', to: '新沂市经济开发区' });
    expect(found).not.toContainEqual({ type: 'PART_OF', from: '光电显示项目', to: '青禾产业园' });
  });
});
