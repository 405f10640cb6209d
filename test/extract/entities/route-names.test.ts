// Routes named by the short forms of the places they join, on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { recognizeRouteNames } from '../../../src/extract/entities/route-names.ts';

const routes = (text: string) => recognizeRouteNames(text, 0).map((c) => c.name);

describe('recognizeRouteNames', () => {
  it('reads a route named after 和 or a verb of joining (甲乙高铁和丙丁铁路, 连通甲乙铁路)', () => {
    expect(routes('加快渝蓉高铁和涞唐铁路建设，改造后连通京沪铁路。')).toEqual(['渝蓉高铁', '涞唐铁路', '京沪铁路']);
  });
  it('reads a metro line named by its number (地铁3号线, 轨道交通12号线)', () => {
    expect(routes('园区位于地铁3号线沿线，轨道交通12号线正在建设。')).toEqual(['地铁3号线', '轨道交通12号线']);
    expect(routes('公交3号线途经园区。')).toEqual([]);
  });
  it('reads a road named by its number (218国道, G318国道), not the belt of industry along it', () => {
    expect(routes('218国道沿厂区通过，G318国道穿城而过。')).toEqual(['218国道', 'G318国道']);
    expect(routes('处于新104国道产业带核心位置。')).toEqual([]);
  });
  it('reads a route named by one character of each place it joins', () => {
    expect(routes('滨湛高铁建成通车，滨汕汕高铁全线贯通。')).toEqual(['滨湛高铁', '滨汕汕高铁']);
    expect(routes('建成岚信高速、增岚高速等项目。')).toEqual(['岚信高速', '增岚高速']);
    expect(routes('四至范围为东至集岚高速。')).toEqual(['集岚高速']);
    expect(routes('滨湛高铁、滨汕高铁开工建设。')).toEqual(['滨湛高铁', '滨汕高铁']);
    expect(routes('通岚一级公路、岚集铁路在区中穿过。')).toEqual(['通岚一级公路', '岚集铁路']);
  });
  it('reads a route after a verb or preposition, before a part of it or how it runs, with its road code', () => {
    expect(routes('线路起于岚信高速终点，与G6滨湛高速相接。')).toEqual(['岚信高速', 'G6滨湛高速']);
    expect(routes('配合做好增岚高速建设，集岚高速分别从北边和东边穿过。')).toEqual(['增岚高速', '集岚高速']);
    expect(routes('经济保持高速增长，实现高速发展。')).toEqual([]);
  });
  it('reads an abbreviation the segmenter knows after a place', () => {
    expect(routes('江苏沪宁高速改扩建。')).toEqual(['沪宁高速']);
  });
  it('reads a corridor’s line (甲乙|中线|高铁) and a route whose building is said to speed up', () => {
    expect(routes('滨岚中线高铁加快建设。')).toEqual(['滨岚中线高铁']);
    expect(routes('西岚高铁加快建设。')).toEqual(['西岚高铁']);
  });
  it('takes no common word, count or scope for a name', () => {
    expect(routes('乘坐高铁到达，市域铁路建设加快。')).toEqual([]);
    expect(routes('两条高铁，全省高速公路，国家铁路。')).toEqual([]);
  });
  it('takes no high speed or a kind of transport for a route', () => {
    expect(routes('经济保持高速增长。')).toEqual([]);
    expect(routes('滨湛高铁站商圈、滨湛高铁路网。')).toEqual([]);
  });
  it('reads a station named by its place (衡水北站, 宜宾站), and by its line before it', () => {
    expect(routes('途经衡水北站、滨州东站和宜宾站。')).toEqual(['衡水北站', '滨州东站', '宜宾站']);
    expect(routes('园区紧邻岚湛高铁宜宾站。')).toEqual(['岚湛高铁宜宾站', '岚湛高铁']);
  });
  it('reads a station named by a direction whatever follows it, with 高铁 between or as one word with its place', () => {
    expect(routes('旅客从衡水西站出发，经由宜宾高铁东站抵达。')).toEqual(['衡水西站', '宜宾高铁东站']);
    expect(routes('列车从广州东站出发。')).toEqual(['广州东站']);
    // A town's name in the gazetteer that is a common word names no station (某某街道|北站社区).
    expect(routes('来到青禾街道北站社区。')).toEqual([]);
  });
  it('reads a port named by its place (甲县港) or two cities (甲市乙市港), not a longer word 港 opens', () => {
    expect(routes('货物从柘城港出发，经宁陵港和商丘开封港中转。')).toEqual(['柘城港', '宁陵港', '商丘开封港']);
    expect(routes('进入柘城港区、宁陵港务集团，乘粤港澳大湾区航班。')).toEqual([]);
  });
  it('takes no station of a country or province, and no 站 that is a verb', () => {
    expect(routes('巡回赛中国站、某某报江苏站。')).toEqual([]);
    expect(routes('宜宾站在新的起点上。')).toEqual([]);
  });
  it('reads a combined-transport service by its quoted route, its corridor or its places (“甲—乙”铁海联运班列)', () => {
    expect(routes('今年“洛阳—连云港”海铁联运班列开行80列。')).toEqual(['“洛阳—连云港”海铁联运班列']);
    expect(routes('2024年岚华通道公铁联运班列首发，开行闽渝韩国际多式联运班列。')).toEqual([
      '岚华通道公铁联运班列',
      '闽渝韩国际多式联运班列',
    ]);
    // Without a head it is a kind of service; a quoted slogan is no route.
    expect(routes('累计开行海铁联运班列300列，“量体裁衣”铁海联运专列。')).toEqual([]);
  });
  it('reads a train service named by places (闽欧班列) with its brand in brackets, not one after another place', () => {
    expect(routes('开行闽欧班列和中亚班列。')).toEqual(['闽欧班列', '中亚班列']);
    expect(routes('由中欧班列（岚海号）运出。')).toEqual(['中欧班列（岚海号）']);
    expect(routes('首趟班列、货运班列，举办福建中欧班列发车活动。')).toEqual([]);
  });
});

describe('streets', () => {
  it('reads the streets a clause builds, opens or mends, and those it lists with them', () => {
    expect(routes('投资1.6亿元，完成了青禾路、经四路一期道路建设。')).toEqual(['青禾路', '经四路']);
    expect(routes('打通华辰路等11条断头路，建成滨江公园。')).toEqual(['华辰路']);
    expect(routes('滨湖大道竣工通车，青禾东二路开工建设。')).toEqual(['滨湖大道', '青禾东二路']);
  });
  it('keeps a head that opens with a preposition’s character, but not a preposition before the street', () => {
    expect(routes('完成了向阳路改造，对青禾路县城段进行了道路铺装。')).toEqual(['向阳路', '青禾路']);
  });
  it('reads no road that is a common word, a kind of road, or a clause', () => {
    expect(routes('坚持走共同富裕之路，推进一带一路建设，走出一条新路。')).toEqual([]);
    expect(routes('全面推进四好农村路建设，强化华辰路改造。')).toEqual([]);
    // …nor a street named where nothing is done to it (an address).
    expect(routes('公司位于青禾路18号，毗邻滨湖大道。')).toEqual([]);
  });
});
