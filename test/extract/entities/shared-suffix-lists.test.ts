// Facilities listed with their suffix written once (甲、乙口岸), on invented sentences.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';
import { recognizeSharedSuffixLists } from '../../../src/extract/entities/shared-suffix-lists.ts';

const facilities = (text: string) => recognizeSharedSuffixLists(text, 0).map((c) => c.name);
const projects = (text: string) =>
  extractReport({ name: 't.txt', text, model: null })
    .entities.filter((e) => e.kind === 'Project')
    .map((e) => e.name)
    .sort();

describe('recognizeSharedSuffixLists', () => {
  it('gives each item the suffix written after the last (甲、乙、丙电厂, 甲、乙和丙电厂)', () => {
    expect(facilities('青禾、云栖、墨溪电厂相继投产。')).toEqual(['青禾电厂', '云栖电厂', '墨溪电厂']);
    expect(facilities('青禾、云栖和墨溪电厂相继投产。')).toEqual(['青禾电厂', '云栖电厂', '墨溪电厂']);
  });
  it('shares the words between a place opening the last item and its suffix when the items are places', () => {
    expect(facilities('发挥苏州、无锡、常州铁路口岸集群优势。')).toEqual([
      '苏州铁路口岸',
      '无锡铁路口岸',
      '常州铁路口岸',
    ]);
  });
  it('shares the works before 工程 (甲、乙综合整治工程)', () => {
    expect(facilities('青禾河、云栖河综合整治工程已开工建设。')).toEqual(['青禾河综合整治工程', '云栖河综合整治工程']);
  });
  it('gives every item the words after 等 or a count (甲、乙等水利枢纽)', () => {
    expect(facilities('江西青禾、湖南云栖等水利枢纽下闸蓄水。')).toEqual(['江西青禾水利枢纽', '湖南云栖水利枢纽']);
  });
  it('reads no list whose items have a suffix of their own or run into a clause', () => {
    expect(facilities('建好青禾创新中心、云栖中心。')).toEqual([]);
    expect(facilities('在北京、上海等地建设数据中心。')).toEqual([]);
    expect(facilities('加快青禾、云栖高铁和墨溪铁路建设。')).toEqual([]);
    expect(facilities('华辰电动车、青禾精密、云栖总部大厦等10个项目开工。')).toEqual([]);
  });
  it('makes the items projects of the report, a place item staying a region too', () => {
    expect(projects('后转由公路从青禾、云栖口岸出境。')).toEqual(['云栖口岸', '青禾口岸']);
  });
});
