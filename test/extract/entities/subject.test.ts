// What a report is about: the park named in its title or far more than any other, and its region.
import { describe, expect, it } from 'vitest';
import type { RecognizedReport } from '../../../src/extract/entities/report.ts';
import { findRegions, findSubjectPark, titleSentence } from '../../../src/extract/entities/subject.ts';

const mentions = (...pairs: Array<[entity: number, sentence: number]>) =>
  pairs.map(([entity, sentence]) => ({ entity, sentence, start: 0, end: 1 }));

describe('findSubjectPark', () => {
  const entities: RecognizedReport['entities'] = [
    { kind: 'Park', name: '华辰智造产业园', aliases: new Set() },
    { kind: 'Park', name: '滨江睢宁工业园', aliases: new Set() },
  ];
  it('takes the park named in the title', () => {
    expect(findSubjectPark({ entities, mentions: mentions([0, 1], [0, 2], [0, 3], [1, 0]) }, 0)).toBe(1);
  });
  it('else the park named at least three times and twice as often as any other', () => {
    expect(findSubjectPark({ entities, mentions: mentions([0, 1], [0, 2], [0, 3], [1, 4]) }, undefined)).toBe(0);
    expect(findSubjectPark({ entities, mentions: mentions([0, 1], [0, 2], [0, 3], [1, 4], [1, 5]) }, 0)).toBe(
      undefined,
    );
  });
});

describe('findRegions', () => {
  it('takes the county named most (the title counting five) as subject, the city as home city', () => {
    const report: RecognizedReport = {
      entities: [
        { kind: 'Region', name: '杭州市', aliases: new Set() },
        { kind: 'Region', name: '滨江区', aliases: new Set() },
      ],
      mentions: mentions([0, 1], [0, 2], [1, 0]),
    };
    expect(findRegions(report, 0)).toEqual({ subjectRegion: 1, homeCity: 0 });
  });
});

describe('titleSentence', () => {
  it('finds the sentence holding the title, the first without one', () => {
    expect(titleSentence(['导语', '华辰智造产业园开园', '正文'], { title: '华辰智造产业园开园', authors: [] })).toBe(1);
    expect(titleSentence(['导语'], { authors: [] })).toBe(0);
    expect(titleSentence(['导语'], { title: '别的标题', authors: [] })).toBe(undefined);
  });
});
