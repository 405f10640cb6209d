// Short forms a report declares for a full name (（以下简称“华辰科技”）), on invented sentences.
import { describe, expect, it } from 'vitest';
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';
import { declaredShortForms } from '../../../src/extract/entities/declared-short-forms.ts';
import { recognizeSentence } from '../../../src/extract/entities/recognizers.ts';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';

const show = (text: string, candidates: Candidate[]) =>
  candidates.map((c) => [c.kind, c.name, text.slice(c.start, c.end)]);
const found = (text: string) => show(text, declaredShortForms(text, 0, recognizeSentence(text, 0)));

describe('declaredShortForms', () => {
  it('reads the declared short form as a mention of the full name before the bracket, quoted or not', () => {
    expect(found('江苏华辰新能源科技有限公司（以下简称“华辰新能源”）投资建设电池项目。')).toEqual([
      ['Company', '江苏华辰新能源科技有限公司', '华辰新能源'],
    ]);
    expect(found('滨江高新技术产业开发区(简称滨江高新区)获批。')).toEqual([
      ['Park', '滨江高新技术产业开发区', '滨江高新区'],
    ]);
    expect(found('恒泰精工有限责任公司（下称：恒泰精工）扩产。')).toEqual([
      ['Company', '恒泰精工有限责任公司', '恒泰精工'],
    ]);
  });
  it('reads each short name of a bracket that declares several, not the word for any company (“公司”或“睿达股份”)', () => {
    expect(found('睿达动物营养科技股份有限公司（以下称“公司”或“睿达股份”）与青禾资本签署协议。')).toEqual([
      ['Company', '睿达动物营养科技股份有限公司', '睿达股份'],
    ]);
  });
  it('reads no declaration after a word that is no name', () => {
    expect(found('该公司（以下简称“公司”）发布公告。')).toEqual([]);
    expect(found('根据协议（以下简称“协议”），双方合作。')).toEqual([]);
  });
  it('reads the full name from the candidates it is given, whichever recognizer proposed them', () => {
    const text = '睿达新材料（以下简称“睿达”）扩产。';
    const company: Candidate = { kind: 'Company', name: '睿达新材料', sentence: 0, start: 0, end: 5, priority: 1 };
    expect(show(text, declaredShortForms(text, 0, [company]))).toEqual([['Company', '睿达新材料', '睿达']]);
    // A place word inside the name or a bare reference is no full name.
    expect(declaredShortForms(text, 0, [{ ...company, nested: true }])).toEqual([]);
    expect(declaredShortForms(text, 0, [{ ...company, reference: '公司' }])).toEqual([]);
    // Of two ending at the bracket, the surer (then the longer) one.
    const region: Candidate = { ...company, kind: 'Region', start: 2, priority: 9 };
    const shorter: Candidate = { ...company, name: '达新材料', start: 1, priority: 1 };
    expect(show(text, declaredShortForms(text, 0, [shorter, region, company]))).toEqual([
      ['Company', '睿达新材料', '睿达'],
    ]);
  });
});

describe('declared short forms in a report', () => {
  const entities = (text: string) =>
    toGoldFormat(extractReport({ name: 't.txt', text, model: null })).entities.filter(
      (e) => e.kind === 'Company' || e.kind === 'Park',
    );
  it('makes the full name and its declared short form one entity, also where the short form recurs', () => {
    const found = entities(
      '新闻\n江苏华辰新能源科技有限公司（以下简称“华辰新能源”）落户滨江高新技术产业开发区（以下简称滨江高新区）。华辰新能源董事长表示，滨江高新区服务高效。',
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'Company', name: '江苏华辰新能源科技有限公司', aliases: ['华辰新能源'] }),
    );
    expect(found).toContainEqual(
      expect.objectContaining({ kind: 'Park', name: '滨江高新技术产业开发区', aliases: ['滨江高新区'] }),
    );
    expect(found.map((e) => e.name)).not.toContain('华辰新能源');
    expect(found.map((e) => e.name)).not.toContain('滨江高新区');
  });
});
