// Short forms a report declares for a full name (（以下简称“华辰科技”）), on invented sentences.
import { describe, expect, it } from 'vitest';
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';
import { recognizeDeclaredShortForms } from '../../../src/extract/entities/declared-short-forms.ts';

const found = (text: string) =>
  recognizeDeclaredShortForms(text, 0).map((c) => [c.kind, c.name, text.slice(c.start, c.end)]);

describe('recognizeDeclaredShortForms', () => {
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
  it('reads no declaration after a word that is no name', () => {
    expect(found('该公司（以下简称“公司”）发布公告。')).toEqual([]);
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
