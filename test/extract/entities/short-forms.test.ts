// Short forms merge into the long name they stand for, within one report.
import { describe, expect, it } from 'vitest';
import type { RecognizedEntity, RecognizedReport } from '../../../src/extract/entities/report.ts';
import { mergeShortForms } from '../../../src/extract/entities/short-forms.ts';

const entity = (kind: RecognizedEntity['kind'], name: string): RecognizedEntity => ({ kind, name, aliases: new Set() });
const report = (...entities: RecognizedEntity[]): RecognizedReport => ({
  entities,
  mentions: entities.map((_, i) => ({ entity: i, sentence: i, start: 0, end: 1 })),
});

describe('mergeShortForms', () => {
  it('merges a name into the longer one that only adds places before it', () => {
    const merged = mergeShortForms(report(entity('Park', '浙江华辰经济开发区'), entity('Park', '华辰经济开发区')));
    expect(merged.entities).toEqual([
      { kind: 'Park', name: '浙江华辰经济开发区', aliases: new Set(['华辰经济开发区']) },
    ]);
    expect(merged.mentions.map((m) => m.entity)).toEqual([0, 0]);
  });
  it('merges a project into the one whose company-opened name was read with it as its own words', () => {
    const owned: RecognizedEntity = {
      kind: 'Project',
      name: '青禾科技有限公司新型建材项目',
      aliases: new Set(['新型建材项目']),
    };
    const merged = mergeShortForms(report(owned, entity('Project', '新型建材项目'), entity('Project', '建材项目')));
    expect(merged.entities.map((e) => e.name)).toEqual(['青禾科技有限公司新型建材项目', '建材项目']);
    const quality: RecognizedEntity = { kind: 'Industry', name: '石斛特色产业', aliases: new Set(['石斛产业']) };
    expect(mergeShortForms(report(quality, entity('Industry', '石斛产业'))).entities.map((e) => e.name)).toEqual([
      '石斛特色产业',
    ]);
  });
  it('merges a pairing’s short form without 对口 and its aid verb into it (甲乙协作 of 甲乙对口支援协作)', () => {
    const merged = mergeShortForms(
      report(entity('Partnership', '鲁琼对口支援协作'), entity('Partnership', '鲁琼协作')),
    );
    expect(merged.entities.map((e) => e.name)).toEqual(['鲁琼对口支援协作']);
  });
  it('merges a sector named by 业 into the one named by 产业 (旅游业, 旅游产业)', () => {
    const merged = mergeShortForms(report(entity('Industry', '旅游产业'), entity('Industry', '旅游业')));
    expect(merged.entities).toEqual([{ kind: 'Industry', name: '旅游产业', aliases: new Set(['旅游业']) }]);
    expect(mergeShortForms(report(entity('Industry', '农产业'), entity('Industry', '渔业'))).entities).toHaveLength(2);
  });
  it('does not merge when what the long form adds is no place, nor across kinds, nor regions', () => {
    const kept = mergeShortForms(
      report(entity('Park', '华辰智造产业园'), entity('Park', '智造产业园'), entity('Company', '华辰经济开发区')),
    );
    expect(kept.entities.map((e) => e.name)).toEqual(['华辰智造产业园', '智造产业园', '华辰经济开发区']);
    expect(mergeShortForms(report(entity('Region', '杭州市'), entity('Region', '市'))).entities).toHaveLength(2);
  });
  it('keeps a group apart from a unit company written after it (某某集团|运营公司)', () => {
    const merged = mergeShortForms(
      report(entity('Company', '青岩交通集团'), entity('Company', '青岩交通集团运营公司')),
    );
    expect(merged.entities.map((e) => e.name)).toEqual(['青岩交通集团', '青岩交通集团运营公司']);
  });
  it('merges a body into its formal name, which opens with 中共 or 国家', () => {
    const merged = mergeShortForms(report(entity('Organization', '中共湖州市委'), entity('Organization', '湖州市委')));
    expect(merged.entities.map((e) => [e.name, [...e.aliases]])).toEqual([['中共湖州市委', ['湖州市委']]]);
    const state = mergeShortForms(
      report(entity('Organization', '国家商务部外贸司'), entity('Organization', '商务部外贸司')),
    );
    expect(state.entities.map((e) => [e.name, [...e.aliases]])).toEqual([['国家商务部外贸司', ['商务部外贸司']]]);
  });
  it('merges a park named with its zone kind written short', () => {
    const merged = mergeShortForms(
      report(
        entity('Park', '湖州高新技术产业开发区南部园区'),
        entity('Park', '湖州高新区南部园区'),
        entity('Park', '青禾新材料产业园区'),
        entity('Park', '青禾新材料产业园'),
      ),
    );
    expect(merged.entities.map((e) => [e.name, [...e.aliases]])).toEqual([
      ['湖州高新技术产业开发区南部园区', ['湖州高新区南部园区']],
      ['青禾新材料产业园区', ['青禾新材料产业园']],
    ]);
  });
  it('merges a park whose forms leave out its rank or write its province first', () => {
    const merged = mergeShortForms(
      report(
        entity('Park', '湖州国家高新技术产业开发区'),
        entity('Park', '湖州高新区'),
        entity('Park', '浙江湖州高新区'),
        entity('Park', '益阳国家级经济技术开发区'),
        entity('Park', '益阳经开区'),
        entity('Park', '浙江益阳高新区'),
      ),
    );
    expect(merged.entities.map((e) => [e.name, [...e.aliases].sort()])).toEqual([
      ['湖州国家高新技术产业开发区', ['浙江湖州高新区', '湖州高新区']],
      ['益阳国家级经济技术开发区', ['益阳经开区']],
      ['浙江益阳高新区', []],
    ]);
  });
  it('merges an economic zone written 经开区 or 开发区 into its full name, of either rank', () => {
    const merged = mergeShortForms(
      report(
        entity('Park', '岳阳县经济开发区'),
        entity('Park', '岳阳县经开区'),
        entity('Park', '益阳经济技术开发区'),
        entity('Park', '益阳开发区'),
        entity('Park', '益阳高新区'),
      ),
    );
    expect(merged.entities.map((e) => [e.name, [...e.aliases]])).toEqual([
      ['岳阳县经济开发区', ['岳阳县经开区']],
      ['益阳经济技术开发区', ['益阳开发区']],
      ['益阳高新区', []],
    ]);
  });
  it('merges a zone’s body named without the zone, not a body named after another body', () => {
    const merged = mergeShortForms(
      report(entity('Organization', '滨江综合实验区青石片区管理局'), entity('Organization', '青石片区管理局')),
    );
    expect(merged.entities.map((e) => [e.name, [...e.aliases]])).toEqual([
      ['滨江综合实验区青石片区管理局', ['青石片区管理局']],
    ]);
    const kept = mergeShortForms(
      report(entity('Organization', '华辰大学青石研究院'), entity('Organization', '青石研究院')),
    );
    expect(kept.entities).toHaveLength(2);
  });
  it('merges a company’s shortened brand and a numbered scheme’s short form', () => {
    const merged = mergeShortForms(
      report(
        entity('Company', '睿达新能源'),
        entity('Company', '睿达新年'),
        entity('Partnership', '“2+4”共建园区联动发展'),
        entity('Partnership', '“2+4”联动发展'),
      ),
    );
    expect(merged.entities.map((e) => [e.name, [...e.aliases]])).toEqual([
      ['睿达新能源', ['睿达新年']],
      ['“2+4”共建园区联动发展', ['“2+4”联动发展']],
    ]);
  });
  it('merges a body named by its level word into the full name and a level-word form into the bare one', () => {
    const merged = mergeShortForms(
      report(
        entity('Organization', '滨江新区经济发展局'),
        entity('Organization', '区经济发展局'),
        entity('Company', '区华辰集团'),
        entity('Company', '华辰集团'),
      ),
    );
    expect(merged.entities.map((e) => [e.name, [...e.aliases]])).toEqual([
      ['滨江新区经济发展局', ['区经济发展局']],
      ['区华辰集团', ['华辰集团']],
    ]);
  });
  it('does not merge a level-word form into a name whose owner ends in another level', () => {
    const kept = mergeShortForms(
      report(entity('Organization', '滨江县经济发展局'), entity('Organization', '区经济发展局')),
    );
    expect(kept.entities).toHaveLength(2);
  });
});

describe('mergeShortForms: companies that share a place', () => {
  it('never merges registered names that share only the place they open with', () => {
    const kept = mergeShortForms(
      report(
        entity('Company', '滨江县华辰农业开发有限公司'),
        entity('Company', '滨江县岚湾建材有限公司'),
        entity('Company', '滨江县东湖物流有限公司'),
      ),
    );
    expect(kept.entities.map((e) => e.name)).toEqual([
      '滨江县华辰农业开发有限公司',
      '滨江县岚湾建材有限公司',
      '滨江县东湖物流有限公司',
    ]);
  });
  it('joins a short name to the one full name it abbreviates, and to none when two fit', () => {
    const one = mergeShortForms(report(entity('Company', '岚湾精工机械有限公司'), entity('Company', '岚湾精工公司')));
    expect(one.entities.map((e) => [e.name, [...e.aliases]])).toEqual([['岚湾精工机械有限公司', ['岚湾精工公司']]]);
    const two = mergeShortForms(
      report(
        entity('Company', '华辰电子有限公司'),
        entity('Company', '华辰物流有限公司'),
        entity('Company', '华辰公司'),
      ),
    );
    expect(two.entities).toHaveLength(3);
  });
  it('joins a company named by its place alone to the one registered name that opens with that place', () => {
    const one = mergeShortForms(report(entity('Company', '东莞华辰科技股份有限公司'), entity('Company', '东莞公司')));
    expect(one.entities.map((e) => [e.name, [...e.aliases]])).toEqual([['东莞华辰科技股份有限公司', ['东莞公司']]]);
  });
  it('joins a brand’s short forms to a name that opens with a place (华辰新能源, 华辰公司 for 江苏华辰…有限公司)', () => {
    const aliasesOf = (...names: string[]) =>
      mergeShortForms(report(...names.map((n) => entity('Company', n)))).entities.map((e) => [e.name, [...e.aliases]]);
    expect(aliasesOf('江苏华辰新能源科技有限公司', '华辰新能源', '华辰公司')).toEqual([
      ['江苏华辰新能源科技有限公司', ['华辰新能源', '华辰公司']],
    ]);
    // A 集团 is a short form of a group only: 睿达集团 for 睿达精工集团股份有限公司, not for 睿达精工有限公司.
    expect(aliasesOf('睿达精工集团股份有限公司', '睿达集团')).toEqual([['睿达精工集团股份有限公司', ['睿达集团']]]);
    expect(aliasesOf('睿达精工有限公司', '睿达集团')).toHaveLength(2);
    // Another brand with the same first character is another company.
    expect(aliasesOf('江苏华辰新能源科技有限公司', '华泰公司')).toHaveLength(2);
  });
  it('joins a name that writes its place short to the one that writes it in full (辽宁 / 辽宁省)', () => {
    const one = mergeShortForms(report(entity('Park', '辽宁岚湾示范区'), entity('Park', '辽宁省岚湾示范区')));
    expect(one.entities.map((e) => [e.name, [...e.aliases]])).toEqual([['辽宁省岚湾示范区', ['辽宁岚湾示范区']]]);
    const two = mergeShortForms(report(entity('Park', '辽宁岚湾示范区'), entity('Park', '吉林省岚湾示范区')));
    expect(two.entities).toHaveLength(2);
  });
});

describe('mergeShortForms: departments by their usual short forms (s8 forms table)', () => {
  const org = (name: string) => entity('Organization', name);
  it('merges a department’s short form after the same place or the place’s level word into its full name', () => {
    const merged = mergeShortForms(
      report(org('湖州市发展和改革委员会'), org('湖州市发改委'), org('湖州市人民政府'), org('市政府')),
    );
    expect(merged.entities.map((e) => [e.name, [...e.aliases].sort()])).toEqual([
      ['湖州市发展和改革委员会', ['湖州市发改委']],
      ['湖州市人民政府', ['市政府']],
    ]);
  });
  it('merges a county’s congress, court and procuratorate written short by its level word (县人大常委会)', () => {
    const merged = mergeShortForms(
      report(org('青河县人民代表大会常务委员会'), org('县人大常委会'), org('青河县人民检察院'), org('县检察院')),
    );
    expect(merged.entities.map((e) => [e.name, [...e.aliases]])).toEqual([
      ['青河县人民代表大会常务委员会', ['县人大常委会']],
      ['青河县人民检察院', ['县检察院']],
    ]);
  });
  it('does not merge another place’s department, nor a level word two places could own', () => {
    const kept = mergeShortForms(report(org('湖州市科学技术局'), org('衢州市科技局')));
    expect(kept.entities).toHaveLength(2);
    const two = mergeShortForms(report(org('湖州市科学技术局'), org('衢州市科学技术局'), org('市科技局')));
    expect(two.entities).toHaveLength(3);
  });
  it('keeps a group apart from its local company named after its place', () => {
    const kept = mergeShortForms(
      report(entity('Company', '青禾药业集团'), entity('Company', '青禾药业集团滨江制药有限公司')),
    );
    expect(kept.entities).toHaveLength(2);
    const merged = mergeShortForms(report(entity('Company', '青禾集团'), entity('Company', '青禾集团股份有限公司')));
    expect(merged.entities).toHaveLength(1);
  });
});
