// A county's short form opening a name is that county only where the report's places lie in its province.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

const regions = (text: string) =>
  extractReport({ name: 'namesakes.txt', text, model: null })
    .entities.filter((e) => e.kind === 'Region')
    .map((e) => e.name);

describe('dropNamesakeRegions', () => {
  it('drops a county of another province that a name opens with as a place word (兴庆|校区 in a Xi’an report)', () => {
    const found = regions('华辰纪念馆坐落于西安市碑林区的交通学院兴庆校区。');
    expect(found).toEqual(expect.arrayContaining(['西安市', '碑林区']));
    expect(found).not.toContain('兴庆区');
  });
  it('keeps it where the report’s places lie in its province, or the report names no local place', () => {
    expect(regions('银川市今年新建学校3所，交通学院兴庆校区投用。')).toContain('兴庆区');
    expect(regions('交通学院兴庆校区投用。')).toContain('兴庆区');
  });
});

describe('dropRegionsInPeopleNames', () => {
  it('reads no place inside a person the report names, also where a line names the person untitled', () => {
    const found = regions(
      '关于贺长春等同志职务任免的通知\n\n任命贺长春同志为常州市青禾区区长。区长吴忠致辞。吴忠表示支持。',
    );
    expect(found).toContain('常州市');
    expect(found).not.toContain('长春市');
    expect(found).not.toContain('吴忠市');
  });
  it('keeps the place where the report writes it outside the person’s name', () => {
    expect(regions('区长贺长春到长春市考察青禾集团。')).toContain('长春市');
  });
});

describe('namesakesInContext', () => {
  it('reads a short form divisions share as the one whose city the report names (朝阳 of 北京)', () => {
    const found = regions('服务北京“花园城市”建设。与昌平、朝阳、丰台等区推进合作新路径。');
    expect(found).toContain('朝阳区');
    expect(found).not.toContain('朝阳市');
  });
  it('keeps the larger division where the report names none of the others’ places', () => {
    expect(regions('辽宁省今年与朝阳、锦州等市推进合作。')).toContain('朝阳市');
  });
  it('keeps a city the county of its name lies in: the city anchors no reading but its own (本溪 of 沈阳、本溪)', () => {
    const found = regions('沈阳、本溪、辽阳三市召开会议。');
    expect(found).toEqual(expect.arrayContaining(['沈阳市', '本溪市', '辽阳市']));
    expect(found).not.toContain('本溪满族自治县');
  });
});
