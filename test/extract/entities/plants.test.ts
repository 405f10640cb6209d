// A firm's plant named by its brand and its place or kind, on invented sentences.
import { describe, expect, it } from 'vitest';
import { recognizePlants } from '../../../src/extract/entities/plants.ts';

const plants = (text: string) => recognizePlants(text, 0).map((c) => `${c.kind} ${c.name}`);

describe('recognizePlants', () => {
  it('reads a brand + place + kind of plant as a Project, its brand as a Company and its place as a Region', () => {
    expect(plants('代表团参观了青禾汽车上海超级工厂。')).toEqual([
      'Project 青禾汽车上海超级工厂',
      'Company 青禾汽车',
      'Region 上海市',
    ]);
    expect(plants('华辰智储房山工厂已投产。').slice(0, 2)).toEqual(['Project 华辰智储房山工厂', 'Company 华辰智储']);
  });
  it('reads a brand with a trade word or a kind of plant, without a place (岚湾电气工厂, 雅达电池工厂)', () => {
    expect(plants('项目依托岚湾电气工厂建设。')).toEqual(['Project 岚湾电气工厂', 'Company 岚湾电气']);
    expect(plants('雅达电池工厂正式投产。')).toEqual(['Project 雅达电池工厂', 'Company 雅达']);
  });
  it('reads no firm in a kind of plant, a grade, a count or a word 工厂 ends (智能工厂, 化工厂, 梦工厂)', () => {
    expect(plants('建设智能工厂和服装工厂，他曾在化工厂工作，参观青年梦工厂。')).toEqual([]);
    expect(plants('获评国家卓越级智能工厂。')).toEqual([]);
    expect(plants('建设了全省第一个绿氢零碳智慧工厂。')).toEqual([]);
  });
  it('leaves a registered company’s plant to the suffix rule (某某有限公司上海工厂)', () => {
    expect(plants('青禾汽车有限公司上海工厂投产。')).toEqual([]);
  });
});
