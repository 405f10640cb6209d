// What a report is about: the park named in its title or far more than any other, and its region.
import { describe, expect, it } from 'vitest';
import type { RecognizedReport } from '../../../src/extract/entities/report.ts';
import {
  findRegions,
  findSubjectPark,
  isWorkReport,
  issuingRegion,
  parkReferredTo,
  titleSentence,
} from '../../../src/extract/entities/subject.ts';

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
  it('takes no county when counties named in a list tie: a city’s news is about the city', () => {
    const report: RecognizedReport = {
      entities: [
        { kind: 'Region', name: '常德市', aliases: new Set() },
        { kind: 'Region', name: '鼎城区', aliases: new Set() },
        { kind: 'Region', name: '桃源县', aliases: new Set() },
      ],
      mentions: mentions([0, 1], [0, 2], [1, 2], [2, 2]),
    };
    expect(findRegions(report, undefined)).toEqual({ subjectRegion: 0, homeCity: 0 });
  });
});

describe('findRegions with a title only the front matter holds', () => {
  it('counts the places that title names as the title’s, over a city the text names more', () => {
    const report: RecognizedReport = {
      entities: [
        { kind: 'Region', name: '泰州市', aliases: new Set() },
        { kind: 'Region', name: '滨江区', aliases: new Set() },
      ],
      mentions: mentions([0, 1], [0, 2], [0, 3], [0, 4], [0, 5], [1, 6]),
    };
    expect(findRegions(report, undefined)).toMatchObject({ subjectRegion: 0 });
    expect(findRegions(report, undefined, undefined, 'The Brochure of Binjiang District 滨江区宣传册')).toMatchObject({
      subjectRegion: 1,
    });
  });
});

describe('titleSentence', () => {
  it('finds the sentence holding the title, the first without one', () => {
    expect(titleSentence(['导语', '华辰智造产业园开园', '正文'], { title: '华辰智造产业园开园', authors: [] })).toBe(1);
    expect(titleSentence(['导语'], { authors: [] })).toBe(0);
    expect(titleSentence(['导语'], { title: '别的标题', authors: [] })).toBe(undefined);
  });
});

describe('issuingRegion and a work report’s regions', () => {
  const report: RecognizedReport = {
    entities: [
      { kind: 'Region', name: '盐城市', aliases: new Set() },
      { kind: 'Region', name: '滨海县', aliases: new Set() },
      { kind: 'Organization', name: '盐城市滨海县人民政府', aliases: new Set() },
      { kind: 'Region', name: '射阳县', aliases: new Set() },
    ],
    mentions: [
      { entity: 2, sentence: 1, start: 0, end: 10 },
      { entity: 0, sentence: 1, start: 0, end: 3, nested: true },
      { entity: 1, sentence: 1, start: 3, end: 6, nested: true },
      ...mentions([3, 4], [3, 5], [3, 6]),
    ],
  };
  it('takes the most specific place of the government named in the opening lines', () => {
    expect(issuingRegion(report)).toBe(1);
  });
  it('makes it the subject, its city the home city, though another county is named more', () => {
    expect(findRegions(report, 0, 1)).toEqual({ subjectRegion: 1, homeCity: 0 });
    expect(findRegions(report, 0)).toEqual({ subjectRegion: 3, homeCity: undefined });
  });
  it('takes the place whose people’s congress hears the report first', () => {
    const heard: RecognizedReport = {
      entities: [...report.entities, { kind: 'Region', name: '射阳县', aliases: new Set() }],
      mentions: [{ entity: 4, sentence: 0, start: 1, end: 4 }, ...report.mentions],
    };
    expect(issuingRegion(heard, ['在射阳县第十届人民代表大会第三次会议上'])).toBe(4);
  });
  it('makes a region government’s report a park’s only when the park is named in its opening lines', () => {
    const entities: RecognizedReport['entities'] = [{ kind: 'Park', name: '华辰经济开发区', aliases: new Set() }];
    const often = mentions([0, 20], [0, 21], [0, 22]);
    expect(findSubjectPark({ entities, mentions: often }, undefined, true)).toBe(undefined);
    expect(findSubjectPark({ entities, mentions: [...mentions([0, 1]), ...often] }, undefined, true)).toBe(0);
    // …as a heading, not in a sentence of the text that serves the zone (对接服务某新区).
    const texts = [
      '标题：某县政府工作报告',
      '抢抓京津冀协同发展和华辰经济开发区规划建设重大历史机遇，全力以赴稳增长。',
    ];
    expect(findSubjectPark({ entities, mentions: [...mentions([0, 1]), ...often] }, undefined, true, texts)).toBe(
      undefined,
    );
  });
  it('finds no work report in a title that only quotes one', () => {
    expect(isWorkReport(['滨海县政府工作报告'])).toBe(true);
    expect(isWorkReport(['滨海县政府工作报告提出，加快发展'])).toBe(false);
  });
  it('knows a work report that lost its title by the line saying which congress it was given to', () => {
    expect(isWorkReport(['——2017年2月11日在射阳县第十四届人民代表大会第六次会议上', '射阳县人民政府县长 王某'])).toBe(
      true,
    );
    expect(isWorkReport(['县长在射阳县第十四届人民代表大会第六次会议上作报告，会议听取了'])).toBe(false);
  });
  it('knows a work report that lost both by its opening words (现在，我代表某新区管委会向大会作工作报告)', () => {
    expect(isWorkReport(['各位代表:', '现在,我代表滨江新区管理委员会向大会作工作报告,请予审议。'])).toBe(true);
    expect(isWorkReport(['王某表示，我代表公司感谢各位来宾。'])).toBe(false);
  });
});

describe('parkReferredTo', () => {
  const entities: RecognizedReport['entities'] = [
    { kind: 'Park', name: '华辰高新技术产业开发区', aliases: new Set() },
    { kind: 'Park', name: '青禾工业园', aliases: new Set() },
  ];
  const texts = ['园区简介', '华辰高新技术产业开发区成立于1992年。', '园区规划面积138平方公里。', '园区聚焦装备制造。'];
  it('makes the one park named before sentences that call it 园区 the subject', () => {
    expect(parkReferredTo({ entities, mentions: mentions([0, 1]) }, texts)).toBe(0);
  });
  it('finds none when two parks were named before, or when only one sentence refers back', () => {
    expect(parkReferredTo({ entities, mentions: mentions([0, 1], [1, 1]) }, texts)).toBe(undefined);
    expect(parkReferredTo({ entities, mentions: mentions([0, 1]) }, texts.slice(0, 3))).toBe(undefined);
  });
});
