// The gazetteer: divisions that share a name, and the short forms a region is written by.
import { describe, expect, it } from 'vitest';
import {
  ancestries,
  regionByName,
  regionForms,
  regionsNamed,
  regionWithin,
  shortFormsOf,
} from '../../../src/extract/lexicon/regions.ts';

describe('divisions that share a name', () => {
  it('keeps each with its own parent, so 南山区 lies in 深圳市 and in 鹤岗市', () => {
    expect(regionsNamed('南山区').map((r) => r.parent)).toEqual(expect.arrayContaining(['深圳市', '鹤岗市']));
    expect(regionWithin('南山区', '深圳市')).toBe(true);
    expect(regionWithin('南山区', '广东省')).toBe(true);
    expect(regionWithin('南山区', '江苏省')).toBe(false);
  });
  it('writes an autonomous prefecture short without its peoples, and with its 州 (黔东南, 黔东南州, 博尔塔拉州)', () => {
    const of = (form: string) =>
      regionForms()
        .get(form)
        ?.map((f) => f.region.name);
    expect(of('黔东南')).toEqual(['黔东南苗族侗族自治州']);
    expect(of('黔东南州')).toEqual(['黔东南苗族侗族自治州']);
    expect(of('海南州')).toEqual(['海南藏族自治州']);
    expect(of('博尔塔拉州')).toEqual(['博尔塔拉蒙古自治州']);
    expect(of('西双版纳')).toEqual(['西双版纳傣族自治州']);
  });
  it('writes an ethnic township with 乡 alone where the report names it in full (某某苗族乡 → 某某乡)', () => {
    const forms = regionForms()
      .get('鹅公岭乡')
      ?.map((f) => [f.region.name, f.region.level, f.short, f.shortNeedsFull]);
    expect(forms).toEqual([['鹅公岭侗族苗族乡', 'town', true, true]]);
  });
  it('writes a few countries by their short form alone (印尼, 沙特)', () => {
    const of = (form: string) =>
      regionForms()
        .get(form)
        ?.map((f) => [f.region.name, f.region.level, f.short]);
    expect(of('印尼')).toEqual([['印度尼西亚', 'country', true]]);
    expect(of('沙特')).toEqual([['沙特阿拉伯', 'country', true]]);
  });
  it('writes an autonomous county, banner or region with its level word too (富川县, 莫力达瓦旗, 宁夏自治区)', () => {
    const of = (form: string) =>
      regionForms()
        .get(form)
        ?.map((f) => [f.region.name, f.short]);
    expect(of('富川县')).toEqual([['富川瑶族自治县', false]]);
    expect(of('长阳县')).toEqual([['长阳土家族自治县', false]]);
    expect(of('莫力达瓦旗')).toEqual([['莫力达瓦达斡尔族自治旗', false]]);
    expect(of('宁夏自治区')).toEqual([['宁夏回族自治区', false]]);
    expect(of('新疆自治区')).toEqual([['新疆维吾尔自治区', false]]);
  });
  it('places a town in its own county, not in a namesake of that county', () => {
    // 鼓楼区 is a district of 南京市, 福州市, 徐州市 and 开封市; each town under it has one of them above.
    for (const chain of ancestries('宁海路街道')) expect(chain.slice(0, 2)).toEqual(['鼓楼区', '南京市']);
  });
});

describe('shortFormsOf', () => {
  it('gives a province the short form a smaller division shares with it (河南, 吉林)', () => {
    expect(shortFormsOf('河南省')).toEqual(['河南']);
    expect(shortFormsOf('吉林省')).toEqual(['吉林']);
    expect(shortFormsOf('吉林市')).toEqual([]);
    expect(shortFormsOf('湖南省')).toEqual(['湖南']);
  });
});

describe('special administrative regions', () => {
  it('are the regions the press names short, and their districts lie in them', () => {
    expect(
      regionForms()
        .get('香港特别行政区')
        ?.map((f) => f.region.name),
    ).toEqual(['香港']);
    expect(regionByName('元朗区')?.parent).toBe('香港');
    expect(ancestries('花地玛堂区')).toEqual([['澳门', '中国']]);
  });
});

describe('other forms the press writes', () => {
  it('reads 大湾区 and 香港特区 as the regions they stand for', () => {
    expect(
      regionForms()
        .get('大湾区')
        ?.map((f) => f.region.name),
    ).toEqual(['粤港澳大湾区']);
    expect(
      regionForms()
        .get('香港特区')
        ?.map((f) => f.region.name),
    ).toEqual(['香港']);
  });
  it('reads the policy names of the 成渝 region (成渝地区双城经济圈, 成渝经济圈) as that macro-region', () => {
    for (const form of ['成渝地区双城经济圈', '成渝经济圈'])
      expect(
        regionForms()
          .get(form)
          ?.map((f) => f.region.name),
      ).toEqual(['成渝地区']);
  });
  it('reads a macro-region written with 地区 as that region (华东地区), and 中西部地区 as one of its own, not 中西区', () => {
    expect(
      regionForms()
        .get('华东地区')
        ?.map((f) => f.region.name),
    ).toEqual(['华东']);
    expect(
      regionForms()
        .get('中西部地区')
        ?.map((f) => f.region.level),
    ).toEqual(['macro']);
  });
});

describe('cities abroad', () => {
  it('knows major cities in their countries (慕尼黑 in 德国), not common words (汉堡)', () => {
    expect(regionWithin('慕尼黑', '德国')).toBe(true);
    expect(regionWithin('胡志明市', '越南')).toBe(true);
    expect(regionsNamed('汉堡')).toEqual([]);
  });
});

describe('development zones in the statistics code', () => {
  it('are parks, not divisions: no Region and no short form, while their host city stays one', () => {
    expect(regionByName('温州经济技术开发区')).toBeUndefined();
    expect(regionForms().get('温州经济技术开发')).toBeUndefined();
    expect(regionByName('温州市')?.level).toBe('city');
    expect(regionByName('浦东新区')?.level).toBe('county');
    expect(regionByName('梁园区')?.parent).toBe('商丘市');
  });
});

describe('counties renamed or merged since', () => {
  const forms = (name: string) => (regionForms().get(name) ?? []).filter((f) => !f.short).map((f) => f.region);
  it('reads a county renamed to a district or a city by its former name as that division (双流县 is 双流区)', () => {
    expect(forms('双流县').map((r) => r.name)).toEqual(['双流区']);
    expect(forms('靖西县').map((r) => r.name)).toEqual(['靖西市']);
    expect(forms('萧山市').map((r) => r.name)).toEqual(['萧山区']);
    expect(forms('大城市')).toEqual([]);
  });
  it('reads a former county named after its city as a county of that city (宜宾县 in 宜宾市)', () => {
    expect(forms('宜宾县')).toEqual([{ name: '宜宾县', level: 'county', parent: '宜宾市' }]);
  });
  it('reads no name the dictionary does not know as a place (深圳县, 南山县)', () => {
    expect(forms('深圳县')).toEqual([]);
    expect(forms('南山县')).toEqual([]);
  });
});
