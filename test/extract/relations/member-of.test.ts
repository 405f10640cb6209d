// MEMBER_OF and CO_BUILT_BY in the standard forms of cooperation news, on invented sentences (rules alone).
import { describe, expect, it } from 'vitest';
import type { EntityKind } from '../../../src/ontology/model.ts';
import { memberOf } from '../../../src/extract/relations/member-of.ts';
import { rulesAloneRelations, ruleOnSentence } from './support.ts';

/** MEMBER_OF alone on one sentence and the names in it. */
const membersOf = (text: string, names: [EntityKind, string][]) => ruleOnSentence(text, names, memberOf);

const relations = (text: string, ...types: string[]) => rulesAloneRelations(text).filter((r) => types.includes(r.type));

describe('CO_BUILT_BY', () => {
  it('reads the places listed before 联合成立, each the last of its chain', () => {
    const found = relations(
      '滨江高新区：共建园区\n上海青浦区、江苏苏州吴江区和浙江嘉兴嘉善县联合成立青吴嘉合作产业园。',
      'CO_BUILT_BY',
    );
    expect(found.map((r) => r.to).sort()).toEqual(['吴江区', '嘉善县', '青浦区']);
    expect(found.every((r) => r.from === '青吴嘉合作产业园')).toBe(true);
  });
  it('reads 由甲和乙合作共建 after the park', () => {
    const found = relations('滨江高新区：共建园区\n湖安合作产业园由湖州市和安顺市合作共建。', 'CO_BUILT_BY');
    expect(found.map((r) => r.to).sort()).toEqual(['安顺市', '湖州市']);
  });
});

describe('CO_BUILT_BY in the s7 forms table', () => {
  const builders = (text: string) =>
    relations('滨江高新区：共建园区\n' + text, 'CO_BUILT_BY')
      .map((r) => `${r.from} → ${r.to}`)
      .sort();
  it('reads places paired by 结对, by 在 or by a 对口 scheme before the verb', () => {
    expect(builders('湖安工业园由湖州市吴兴区和安顺市普定县结对共建。')).toEqual([
      '湖安工业园 → 吴兴区',
      '湖安工业园 → 普定县',
    ]);
    expect(builders('湖州市在安顺市共建的湖安产业园正式开园。')).toEqual([
      '湖安产业园 → 安顺市',
      '湖安产业园 → 湖州市',
    ]);
    expect(builders('湖安工业园是湖州市对口帮扶安顺市的共建园区。')).toEqual([
      '湖安工业园 → 安顺市',
      '湖安工业园 → 湖州市',
    ]);
  });
  it('reads places that sign an agreement, then co-build', () => {
    expect(builders('湖州市与安顺市签署协议，合作共建湖安工业园。')).toEqual([
      '湖安工业园 → 安顺市',
      '湖安工业园 → 湖州市',
    ]);
    expect(builders('湖州市与安顺市签署协议，推动产业转移，共建湖安工业园。')).toEqual([]);
  });
});

describe('CO_BUILT_BY in the s8 forms table', () => {
  const builders = (text: string) =>
    relations('滨江高新区：共建园区\n' + text, 'CO_BUILT_BY')
      .map((r) => `${r.from} → ${r.to}`)
      .sort();
  it('reads the governments of both places (两地政府) before 共同建设', () => {
    expect(builders('湖安工业园由湖州市和安顺市两地政府共同建设。')).toEqual([
      '湖安工业园 → 安顺市',
      '湖安工业园 → 湖州市',
    ]);
    expect(builders('由湖州市与安顺市两地人民政府合作共建的湖安工业园正式开园。')).toEqual([
      '湖安工业园 → 安顺市',
      '湖安工业园 → 湖州市',
    ]);
  });
  it('reads a pairing clause, then 两地共建 in a clause of its own', () => {
    expect(builders('湖州市对口帮扶安顺市，两地共建湖安产业园。')).toEqual([
      '湖安产业园 → 安顺市',
      '湖安产业园 → 湖州市',
    ]);
  });
  it('reads the places written before the scheme they build under (甲市与乙市山海协作共建), named in the report', () => {
    expect(builders('湖州市和衢州市地处浙江。湖安产业园由湖州市与衢州市山海协作共建。')).toEqual([
      '湖安产业园 → 湖州市',
      '湖安产业园 → 衢州市',
    ]);
  });
  it('reads three districts of three provinces that build a park together', () => {
    expect(builders('上海市青浦区、江苏省苏州市吴江区和浙江省嘉善县共同建设青吴嘉一体化产业园。')).toEqual([
      '青吴嘉一体化产业园 → 吴江区',
      '青吴嘉一体化产业园 → 嘉善县',
      '青吴嘉一体化产业园 → 青浦区',
    ]);
  });
  it('reads no co-builders where one place alone builds or the other is a park', () => {
    expect(builders('湖州市共同建设湖安产业园。')).toEqual([]);
    expect(builders('湖安产业园由滨江高新区与安顺市共同开发建设。')).toEqual([]);
  });
});

describe('MEMBER_OF', () => {
  it('reads the cities a scheme joins by their one-character forms, 中 beside a city being a city (深中一体化)', () => {
    expect(relations('推动深中一体化。深圳市、中山市和中国其他城市合作。', 'MEMBER_OF')).toEqual([
      { type: 'MEMBER_OF', from: '深圳市', to: '深中一体化', role: 'member' },
      { type: 'MEMBER_OF', from: '中山市', to: '深中一体化', role: 'member' },
    ]);
  });
  it('makes the region a report’s title names a member of the initiative it joins', () => {
    const found = relations(
      '安顺市：开放合作\n会议指出，要积极融入共建“一带一路”，加快打造内陆开放高地。',
      'MEMBER_OF',
    );
    expect(found).toEqual([{ type: 'MEMBER_OF', from: '安顺市', to: '一带一路', role: 'member' }]);
  });
  it('does not give the initiative to the title’s region in a sentence about another place', () => {
    const found = relations('安顺市：开放合作\n铜仁市积极融入共建“一带一路”。', 'MEMBER_OF');
    expect(found.some((r) => r.from === '安顺市')).toBe(false);
  });
  it('makes no member of a region that trades or works with the countries of an initiative (沿线国家)', () => {
    const trade = relations('安顺市：开放合作\n安顺市对共建“一带一路”国家进出口增长18%。', 'MEMBER_OF');
    expect(trade).toEqual([]);
    const partners = relations('安顺市：开放合作\n安顺市扩大与“一带一路”沿线国家的合作。', 'MEMBER_OF');
    expect(partners).toEqual([]);
  });
  it('makes the park a sentence opens with a member of the scheme it takes part in', () => {
    const found = relations('滨江高新区：开放合作\n滨江高新区积极探索中日韩地方经济合作。', 'MEMBER_OF');
    expect(found).toContainEqual({ type: 'MEMBER_OF', from: '滨江高新区', to: '中日韩地方经济合作', role: 'member' });
  });
});

describe('MEMBER_OF in the s8 forms table', () => {
  const members = (text: string) =>
    relations('安顺市：开放合作\n' + text, 'MEMBER_OF')
      .map((r) => `${r.from} → ${r.to}`)
      .sort();
  it('makes both places that carry out a scheme together its members (甲市与乙市开展东西部协作)', () => {
    expect(members('宁波市与遵义市开展东西部协作以来，两地合作不断深化。')).toEqual([
      '宁波市 → 东西部协作',
      '遵义市 → 东西部协作',
    ]);
    expect(members('湖州市与衢州市深化山海协作。')).toEqual(['湖州市 → 山海协作', '衢州市 → 山海协作']);
  });
  it('gives a scheme only to the place that carries it out, not to one in another clause', () => {
    expect(members('湖州市积极推进山海协作，衢州市表示欢迎。')).toEqual(['湖州市 → 山海协作']);
  });
  it('makes a place that serves as an initiative’s node a member of it', () => {
    expect(members('铜仁市作为“一带一路”重要节点城市，积极扩大开放。')).toEqual(['铜仁市 → 一带一路']);
  });
});

describe('signatories', () => {
  it('makes the places that sign a scheme its members', () => {
    const names: [EntityKind, string][] = [
      ['Region', '海南省'],
      ['Region', '香港'],
      ['Partnership', '琼港合作备忘录'],
    ];
    expect(membersOf('海南省与香港共同签署《琼港合作备忘录》。', names).sort()).toEqual([
      '海南省 → 琼港合作备忘录',
      '香港 → 琼港合作备忘录',
    ]);
    const memo: [EntityKind, string][] = [...names.slice(0, 2), ['Partnership', '经贸合作备忘录']];
    expect(membersOf('海南省与香港的企业代表见证《经贸合作备忘录》发布。', memo)).toEqual([]);
  });
  it('reads the places a memorandum’s name joins by their one-character forms', () => {
    const names: [EntityKind, string][] = [
      ['Region', '海南省'],
      ['Region', '香港'],
      ['Partnership', '琼港合作备忘录'],
    ];
    expect(membersOf('海南省与香港的企业代表见证《琼港合作备忘录》发布。', names)).toHaveLength(2);
  });
});

describe('a scheme with a partner named after 与', () => {
  it('makes the partner and the report’s own region members', () => {
    const text = [
      '2024年安顺市人民政府工作报告',
      '过去一年，安顺市经济运行稳中向好，安顺市人民生活持续改善。',
      '深化与湖州市东西部协作，新引进东部企业23家。',
    ].join('\n');
    const found = relations(text, 'MEMBER_OF').map((r) => r.from);
    expect(found.sort()).toEqual(['安顺市', '湖州市']);
  });
});

describe('schemes of the s7 forms table', () => {
  it('makes two places paired before a 对口 scheme, a verb between, its members', () => {
    const names: [EntityKind, string][] = [
      ['Region', '湖州市'],
      ['Region', '安顺市'],
      ['Partnership', '对口合作'],
    ];
    expect(membersOf('湖州市与安顺市深化对口合作，共建产业园区。', names).sort()).toEqual([
      '安顺市 → 对口合作',
      '湖州市 → 对口合作',
    ]);
    expect(membersOf('湖州市与安顺市签约后，推进对口合作。', names)).toEqual([]);
  });
  it('makes the places on both sides of 对口帮扶 its members', () => {
    const names: [EntityKind, string][] = [
      ['Region', '苏州市'],
      ['Region', '铜仁市'],
      ['Partnership', '对口帮扶'],
    ];
    expect(membersOf('苏州市对口帮扶铜仁市，两地共建产业园。', names).sort()).toEqual([
      '苏州市 → 对口帮扶',
      '铜仁市 → 对口帮扶',
    ]);
  });
  it('makes both sides of a dashed scheme members, a macro-region too, and the place that opens the clause', () => {
    const names: [EntityKind, string][] = [
      ['Region', '广西'],
      ['Region', '中国'],
      ['Region', '东盟'],
      ['Partnership', '中国—东盟开放合作'],
    ];
    const text = '广西积极促进中国—东盟开放合作。';
    expect(membersOf(text, names).sort()).toEqual([
      '东盟 → 中国—东盟开放合作',
      '中国 → 中国—东盟开放合作',
      '广西 → 中国—东盟开放合作',
    ]);
    // A place that opens a longer sentence is its subject, not the scheme's member.
    const long = '广西要扎实推进开放，深化改革，促进中国—东盟开放合作。';
    expect(membersOf(long, names)).not.toContain('广西 → 中国—东盟开放合作');
  });
  it('makes the place after an opening time word a member of each scheme it lists (目前，某省正以甲、乙…)', () => {
    const names: [EntityKind, string][] = [
      ['Region', '云南'],
      ['Partnership', '中国—南亚经济走廊'],
      ['Partnership', '中国—东盟港口合作网络'],
    ];
    const text = '目前，云南正以中国—南亚经济走廊、中国—东盟港口合作网络构建国际通道。';
    expect(membersOf(text, names).sort()).toEqual(['云南 → 中国—东盟港口合作网络', '云南 → 中国—南亚经济走廊']);
  });
});

describe('MEMBER_OF in the s9 forms table', () => {
  const members = (text: string) =>
    relations(text, 'MEMBER_OF')
      .map((r) => `${r.from} → ${r.to}`)
      .sort();
  it('reads the giver and the last of the receiver’s chain around a pairing', () => {
    expect(members('湖州市吴兴区对口帮扶广元市青川县。')).toEqual(['吴兴区 → 对口帮扶', '青川县 → 对口帮扶']);
  });
  it('reads the places before a scheme joined to another the same places run', () => {
    expect(members('湖州市与广元市深化东西部协作和对口支援。')).toEqual([
      '广元市 → 东西部协作',
      '广元市 → 对口支援',
      '湖州市 → 东西部协作',
      '湖州市 → 对口支援',
    ]);
  });
  it('reads the places that sign an agreement as its members', () => {
    expect(members('香港与海南省签署《合作备忘录》。')).toEqual(['海南省 → 合作备忘录', '香港 → 合作备忘录']);
  });
});

describe('CO_BUILT_BY in the s9 forms table', () => {
  const builders = (text: string) =>
    relations('滨江高新区：共建园区\n' + text, 'CO_BUILT_BY')
      .map((r) => `${r.from} → ${r.to}`)
      .sort();
  it('reads a park jointly built (合作兴建), jointly run (共同管理) or built by two countries', () => {
    expect(builders('该园区由湖州市与安顺市两地政府合作兴建，名为湖安科技创新合作区。')).toEqual([
      '湖安科技创新合作区 → 安顺市',
      '湖安科技创新合作区 → 湖州市',
    ]);
    expect(builders('湖安特别合作区由湖州市、安顺市两市共同管理。')).toEqual([
      '湖安特别合作区 → 安顺市',
      '湖安特别合作区 → 湖州市',
    ]);
  });
  it('reads the signing clause, then where they build it (在某开发区内合作共建)', () => {
    expect(builders('湖州市与安顺市签订协议，在滨江经济开发区内合作共建湖安工业园区。')).toEqual([
      '湖安工业园区 → 安顺市',
      '湖安工业园区 → 湖州市',
    ]);
  });
  it('reads no co-building of a park by one place and a company: that is the company’s investment', () => {
    const found = relations(
      '滨江高新区：共建园区\n华辰产业园由华辰集团与滨江区合作建设。',
      'CO_BUILT_BY',
      'INVESTS_IN',
    );
    expect(found.map((r) => `${r.type} ${r.from} → ${r.to}`)).toEqual(['INVESTS_IN 华辰集团 → 华辰产业园']);
  });
});

describe('CO_BUILT_BY: which park', () => {
  const builders = (text: string) =>
    relations('滨江高新区：共建园区\n' + text, 'CO_BUILT_BY')
      .map((r) => `${r.from} → ${r.to}`)
      .sort();
  it('reads the park the clause opens with, before 是…合作共建的园区', () => {
    expect(builders('湖安工业园是湖州市与安顺市合作共建的园区。')).toEqual([
      '湖安工业园 → 安顺市',
      '湖安工业园 → 湖州市',
    ]);
  });
  it('reads places that put money in together (共同出资建设, 两地政府共同投资建设)', () => {
    expect(builders('湖州市与安顺市共同出资建设湖安产业园。')).toEqual(['湖安产业园 → 安顺市', '湖安产业园 → 湖州市']);
    expect(builders('湖安产业园由湖州市、安顺市两地政府共同投资建设。')).toEqual([
      '湖安产业园 → 安顺市',
      '湖安产业园 → 湖州市',
    ]);
  });
  it('gives no co-building to the report’s park where the built zone is no name the report knows', () => {
    expect(builders('上海青浦区、江苏吴江区和浙江嘉善县联合成立某某绿色发展示范区。')).toEqual([]);
  });
});

describe('MEMBER_OF: parks of a scheme and initiatives a region builds', () => {
  const members = (text: string) =>
    relations('安顺市：开放合作\n' + text, 'MEMBER_OF')
      .map((r) => `${r.from} → ${r.to}`)
      .sort();
  it('gives no scheme to a park that opens a sentence whose next clause has another subject', () => {
    expect(members('设立湖安新区，是党中央深入推进京津冀协同发展作出的重大决策。')).toEqual([]);
  });
  it('makes a park said to belong to a scheme (属于某某扶贫协作项目) its member', () => {
    expect(members('位于新桥镇的青禾茶业示范园区，属于苏陕扶贫协作项目，带动农户增收。')).toContain(
      '青禾茶业示范园区 → 苏陕扶贫协作',
    );
  });
  it('makes the region that co-builds an initiative (高水平共建某某通道) a member', () => {
    expect(members('安顺市要高水平共建西部陆海新通道，扩大对外开放。')).toEqual(['安顺市 → 西部陆海新通道']);
  });
  it('makes the region that promotes a scheme between its country and a region abroad a member too', () => {
    expect(members('安顺市将促进中国—东盟开放合作。')).toEqual([
      '东盟 → 中国—东盟开放合作',
      '中国 → 中国—东盟开放合作',
      '安顺市 → 中国—东盟开放合作',
    ]);
  });
  it('gives no initiative named only as a chance to seize (抓住共建“一带一路”重大机遇)', () => {
    expect(members('要抓住共建“一带一路”重大机遇，以开放促发展。')).toEqual([]);
  });
});

describe('MEMBER_OF: a numbered scheme’s members listed after it', () => {
  it('reads the parks after 带动, at most as many as its number, with the report’s park as its lead', () => {
    const found = relations(
      '滨江高新区：园区联动\n滨江高新区构建“1+2”园区联动发展格局，带动宿豫产业园、泗阳产业园、沭阳产业园协同发展。',
      'MEMBER_OF',
    );
    expect(found.map((r) => `${r.from} → ${r.role}`).sort()).toEqual([
      '宿豫产业园 → member',
      '泗阳产业园 → member',
      '滨江高新区 → lead',
    ]);
  });
});

describe('CO_BUILT_BY in the s14 forms', () => {
  const builders = (text: string) =>
    relations(text, 'CO_BUILT_BY')
      .map((r) => `${r.from} → ${r.to}`)
      .sort();
  it('reads places joined by 携手 before the verb', () => {
    expect(builders('滨江高新区：共建园区\n柘城县携手宁陵县共建长青产业园。')).toEqual([
      '长青产业园 → 宁陵县',
      '长青产业园 → 柘城县',
    ]);
  });
  it('reads the partner of a sentence that leaves out its subject, with the report’s own region', () => {
    expect(
      builders('柘城县召开全县工作会议\n柘城县今年经济平稳增长。\n与梁园区深化新能源产业合作，共建青禾氢能产业园。'),
    ).toEqual(['青禾氢能产业园 → 柘城县', '青禾氢能产业园 → 梁园区']);
    // A sentence that names its own subject is read as it is written.
    expect(builders('柘城县召开全县工作会议\n睢县与梁园区深化合作，推动产业转移，共建青禾氢能产业园。')).toEqual([]);
  });
  it('reads the builders a zone’s name abbreviates, where the report names them', () => {
    expect(builders('广州市召开会议\n广州市支持广梅经济特别合作区建设，梅州市积极参与。')).toEqual([
      '广梅经济特别合作区 → 广州市',
      '广梅经济特别合作区 → 梅州市',
    ]);
    // 汕 stands for two cities of the province: only 珠 names a builder.
    expect(builders('珠海市召开会议\n珠海市推进珠汕特别合作区建设，汕头市协同发展。')).toEqual([
      '珠汕特别合作区 → 珠海市',
    ]);
    // A place's own name is no pair.
    expect(builders('湛江市召开会议\n湛江市推进湛江工业园建设。')).toEqual([]);
  });
  it('reads the pair before the field a zone serves (某某深港|数字服务合作区), not a word of the name (苏|高新)', () => {
    expect(builders('深圳市召开会议\n深圳市与香港推进青禾深港数字服务合作区建设。')).toEqual([
      '青禾深港数字服务合作区 → 深圳市',
      '青禾深港数字服务合作区 → 香港',
    ]);
    expect(builders('苏州市召开会议\n苏州市推进苏高新青禾科技产业园建设。')).toEqual([]);
  });
});

describe('MEMBER_OF: two cities paired by their first characters', () => {
  it('makes the cities the report names members, one scheme whether written with 对口 or not', () => {
    const found = relations(
      '沈阳、本溪、北京三地召开会议。印发沈本同城化行动计划。京沈合作向纵深推进，签约京沈对口合作新项目53个。',
      'MEMBER_OF',
    ).map((r) => `${r.from} → ${r.to}`);
    expect(found.sort()).toEqual([
      '北京市 → 京沈对口合作',
      '本溪市 → 沈本同城化',
      '沈阳市 → 京沈对口合作',
      '沈阳市 → 沈本同城化',
    ]);
  });
});

describe('MEMBER_OF of a scheme’s node', () => {
  it('makes the place said to be a scheme’s node or core area a member, not a macro-region', () => {
    const scheme: [EntityKind, string] = ['Partnership', '一带一路'];
    expect(membersOf('青禾高新区是“一带一路”建设的重要枢纽节点。', [['Park', '青禾高新区'], scheme])).toEqual([
      '青禾高新区 → 一带一路',
    ]);
    expect(membersOf('立足宁夏“一带一路”核心区建设的战略地位。', [['Region', '宁夏'], scheme])).toEqual([
      '宁夏 → 一带一路',
    ]);
    expect(membersOf('长三角是“一带一路”的重要支点。', [['Region', '长三角'], scheme])).toEqual([]);
    expect(membersOf('青禾高新区赴新加坡考察，了解“一带一路”项目。', [['Park', '青禾高新区'], scheme])).toEqual([]);
  });
});
