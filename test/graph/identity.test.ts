import { describe, expect, it } from 'vitest';
import { identityName, isNodeIdOf, nodeId, reportNodeId, shortForms } from '../../src/graph/identity.ts';
import type { EntityKind } from '../../src/ontology/model.ts';

describe('identityName', () => {
  it('keys an abbreviated park ending by the official one', () => {
    expect(identityName('Park', '滨江高新区')).toBe('滨江高新技术产业开发区');
    expect(identityName('Park', '滨江高新技术产业开发区')).toBe('滨江高新技术产业开发区');
    expect(identityName('Park', '滨江经开区')).toBe('滨江经济技术开发区');
    expect(identityName('Park', '江南自贸区')).toBe(identityName('Park', '江南自贸试验区'));
    expect(identityName('Park', '睢宁产业园')).toBe(identityName('Park', '睢宁产业园区'));
  });

  it('drops the country before a bracketed place', () => {
    expect(identityName('Park', '中国（江南）自由贸易试验区')).toBe('江南自由贸易试验区');
    expect(identityName('Park', '中国(江南)自贸区')).toBe('江南自由贸易试验区');
  });

  it('keys a park by its place written short, and without a place above the one that names it', () => {
    expect(identityName('Park', '宁陵县经济开发区')).toBe(identityName('Park', '宁陵经济开发区'));
    expect(identityName('Park', '成都市高新技术产业开发区')).toBe(identityName('Park', '成都高新区'));
    expect(identityName('Park', '南京市江宁经济开发区')).toBe(identityName('Park', '江宁经济开发区'));
    // …but keeps a province opening it (江苏省创业园 may be a kind of park).
    expect(identityName('Park', '江苏省泰兴高新技术产业开发区')).not.toBe(identityName('Park', '泰兴高新区'));
    // A short form that stands for two places is no key of either (吉林: the province and the city).
    expect(identityName('Park', '吉林市经济开发区')).not.toBe(identityName('Park', '吉林经济开发区'));
  });

  it('keys a body without a place above the one that names it, after a Party’s opening too', () => {
    expect(identityName('Organization', '中共河南省周口市委')).toBe(identityName('Organization', '中共周口市委'));
    expect(identityName('Organization', '共青团河南省鹤壁市委')).toBe(identityName('Organization', '共青团鹤壁市委'));
    expect(identityName('Organization', '呼伦贝尔市海拉尔区人民政府')).toBe('海拉尔区人民政府');
    // …but keeps the level of a body's place: 周口市委 is the city's committee.
    expect(identityName('Organization', '中共周口市委')).toBe('周口市委');
  });

  it('keys a central body without the country’s name before it', () => {
    expect(identityName('Organization', '中国商务部')).toBe('商务部');
    expect(identityName('Organization', '中华人民共和国工业和信息化部')).toBe('工业和信息化部');
    expect(identityName('Organization', '中国共产党')).toBe('中国共产党');
    expect(identityName('Organization', '中国科学院')).toBe('中国科学院');
  });

  it('keys a place’s Party committee without the Party’s opening, not the Youth League’s', () => {
    expect(identityName('Organization', '中国共产党周口市委员会')).toBe('周口市委员会');
    expect(identityName('Organization', '中共周口市委宣传部')).toBe(identityName('Organization', '周口市委宣传部'));
    expect(identityName('Organization', '共青团周口市委')).toBe('共青团周口市委');
    expect(identityName('Organization', '中共中央')).toBe('中共中央');
  });

  it('keeps a leading province, and leaves other kinds at their canonical name', () => {
    expect(identityName('Park', '江苏创业园')).toBe('江苏创业园');
    expect(identityName('Company', ' “华辰科技产业园” ')).toBe('华辰科技产业园');
    expect(identityName('Region', '南京')).toBe('南京');
  });

  it('keys a body by its official name: a central body by the lexicon’s, a place’s department by its ending', () => {
    expect(identityName('Organization', '党中央')).toBe('中共中央');
    expect(identityName('Organization', '国家发改委')).toBe(identityName('Organization', '国家发展和改革委员会'));
    expect(identityName('Organization', '滨江县发改委')).toBe('滨江县发展和改革委员会');
    expect(identityName('Organization', '滨江高新区管委会')).toBe('滨江高新区管理委员会');
    expect(identityName('Organization', '滨江县人民政府')).toBe('滨江县人民政府');
    expect(identityName('Organization', '滨江县政府')).toBe('滨江县人民政府');
  });

  it('keys a body named by its level word alone by its official ending too (its node is its report’s own)', () => {
    expect(identityName('Organization', '省发改委')).toBe('省发展和改革委员会');
    expect(identityName('Organization', '区管委会')).toBe('区管理委员会');
    expect(reportNodeId('Organization', '市政府', 'r1')).toBe('Organization:市人民政府@r1');
  });

  it('keys an industry by its words without the ending that names a sector, not a sector word of its own', () => {
    expect(identityName('Industry', '旅游业')).toBe('旅游');
    expect(identityName('Industry', '纺织产业')).toBe('纺织');
    expect(identityName('Industry', '软件行业')).toBe('软件');
    expect(identityName('Industry', '农业')).toBe('农业');
    expect(identityName('Industry', '特色农业')).toBe('特色农业');
  });

  it('keys a group without its legal form, and leaves other companies’ legal forms', () => {
    expect(identityName('Company', '华辰集团有限公司')).toBe('华辰集团');
    expect(identityName('Company', '华辰集团股份有限公司')).toBe('华辰集团');
    expect(identityName('Company', '华辰集团有限责任公司')).toBe('华辰集团');
    expect(identityName('Company', '华辰科技有限公司')).toBe('华辰科技有限公司');
    expect(identityName('Company', '华辰集团宁陵分公司')).toBe('华辰集团宁陵分公司');
  });

  it('keys an expressway without 公路 after 高速, and leaves other roads as written', () => {
    expect(identityName('Project', '青禾至滨江高速公路')).toBe('青禾至滨江高速');
    expect(identityName('Project', '青滨高速')).toBe('青滨高速');
    expect(identityName('Project', '青滨一级公路')).toBe('青滨一级公路');
  });

  it('is idempotent, so a node named by its key keeps its id', () => {
    const names: [EntityKind, string][] = [
      ['Park', '滨江高新区'],
      ['Park', '中国(江南)自贸区'],
      ['Park', '睢宁产业园'],
      ['Park', '华辰工业园区'],
      ['Organization', '党中央'],
      ['Organization', '滨江县发改委'],
      ['Industry', '旅游产业'],
      ['Company', '华辰集团有限公司'],
      ['Project', '青滨高速公路'],
    ];
    for (const [kind, name] of names) {
      const key = identityName(kind, name);
      expect(identityName(kind, key)).toBe(key);
      expect(nodeId(kind, name)).toBe(`${kind}:${key}`);
    }
  });
});

describe('reportNodeId', () => {
  it('gives a body named by its level word alone a node of its report: each report’s place has its own', () => {
    expect(reportNodeId('Organization', '省政府', 'r1')).toBe('Organization:省人民政府@r1');
    expect(reportNodeId('Organization', '市委宣传部', 'r2')).toBe('Organization:市委宣传部@r2');
    expect(reportNodeId('Company', '区文旅集团', 'r1')).toBe('Company:区文旅集团@r1');
    expect(reportNodeId('Park', '高新区', 'r1')).toBe('Park:高新技术产业开发区@r1');
    expect(reportNodeId('Park', '国家级经济技术开发区', 'r1')).toBe('Park:国家级经济技术开发区@r1');
  });

  it('keys every other name across reports: a place before the level, a word opening with a level’s character', () => {
    expect(reportNodeId('Organization', '青石市政府', 'r1')).toBe(nodeId('Organization', '青石市政府'));
    expect(reportNodeId('Organization', '镇江市政府', 'r1')).toBe('Organization:镇江市人民政府');
    expect(reportNodeId('Organization', '市场监管局', 'r1')).toBe(nodeId('Organization', '市场监管局'));
    expect(reportNodeId('Organization', '乡村振兴学院', 'r1')).toBe('Organization:乡村振兴学院');
    expect(reportNodeId('Project', '市民服务中心', 'r1')).toBe('Project:市民服务中心');
    expect(reportNodeId('Park', '青石高新区', 'r1')).toBe('Park:青石高新技术产业开发区');
  });

  it('tells the ids of a name’s nodes: its key, and for a level’s body a report’s node of it', () => {
    expect(isNodeIdOf('Organization:省人民政府@r1', 'Organization', '省政府')).toBe(true);
    expect(isNodeIdOf('Organization:省人民政府', 'Organization', '省政府')).toBe(true);
    expect(isNodeIdOf('Organization:青石市人民政府@r1', 'Organization', '青石市人民政府')).toBe(false);
    expect(isNodeIdOf('Organization:省委@r1', 'Organization', '省政府')).toBe(false);
    expect(isNodeIdOf('Organization:省政府@r1', 'Organization', '省政府')).toBe(false);
  });
});

const merges = (...entities: [EntityKind, string][]) => {
  const into = shortForms(entities.map(([kind, name]) => ({ kind, name })));
  return [...into].map(([short, full]) => `${entities[short]![1]}→${entities[full]![1]}`).sort();
};

describe('shortForms', () => {
  it('merges a short form into the one fuller name it ends', () => {
    expect(
      merges(
        ['Organization', '滨江综合实验区经济发展局'],
        ['Organization', '区经济发展局'],
        ['Company', '区华辰集团'],
        ['Company', '华辰集团'],
      ),
    ).toEqual(['区经济发展局→滨江综合实验区经济发展局', '华辰集团→区华辰集团']);
  });

  it('follows a chain of short forms to the fullest name', () => {
    expect(
      merges(['Organization', '滨江区经济发展局'], ['Organization', '区经济发展局'], ['Organization', '经济发展局']),
    ).toEqual(['区经济发展局→滨江区经济发展局', '经济发展局→滨江区经济发展局']);
  });

  it('merges a region with its full form', () => {
    expect(merges(['Region', '南京市'], ['Region', '南京'], ['Region', '江宁区'])).toEqual(['南京→南京市']);
  });

  it('leaves a short form two names could stand for on its own', () => {
    expect(
      merges(['Organization', '甲市商务局'], ['Organization', '乙市商务局'], ['Organization', '市商务局']),
    ).toEqual([]);
    expect(merges(['Region', '吉林省'], ['Region', '吉林市'], ['Region', '吉林'])).toEqual([]);
  });

  it('never merges names that share only a front, other kinds, or one-character forms', () => {
    expect(merges(['Company', '苏州市甲科技有限公司'], ['Company', '苏州市乙电器有限公司'])).toEqual([]);
    expect(merges(['Company', '滨江华辰集团'], ['Organization', '华辰集团'])).toEqual([]);
    expect(merges(['Person', '王明远'], ['Person', '明远'])).toEqual([]);
    expect(merges(['Company', '华辰集团'], ['Company', '团'])).toEqual([]);
  });
});
