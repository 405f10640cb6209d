import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/extract/normalize.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

const split = (original: string) => splitSentences(normalize(original), original);
const texts = (original: string) => split(original).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on 。!? and line breaks; headlines are sentences', () => {
    expect(texts('园区召开推进会\n会议强调加快建设。项目开工了吗?开工了!\n最后一行')).toEqual([
      '园区召开推进会',
      '会议强调加快建设。',
      '项目开工了吗?',
      '开工了!',
      '最后一行',
    ]);
  });

  it('splits on semicolons that end clauses, full-width or not', () => {
    expect(texts('新增企业23家；完成项目6个;推动上云。')).toEqual(['新增企业23家;', '完成项目6个;', '推动上云。']);
  });

  it('keeps a quotation and its attribution together', () => {
    expect(texts('“我们要加快发展。力争年内开工。”管委会主任张三说。随后参观了项目。')).toEqual([
      '“我们要加快发展。力争年内开工。”管委会主任张三说。',
      '随后参观了项目。',
    ]);
    expect(texts('“园区将立足主导产业。”副市长、园区党工委书记李四表示。')).toHaveLength(1);
  });

  it('ends a sentence after a closing quotation when no attribution follows', () => {
    expect(texts('“营商环境很重要。”某公司总经理王五对园区深有感触。')).toEqual([
      '“营商环境很重要。”',
      '某公司总经理王五对园区深有感触。',
    ]);
  });

  it('does not split inside quotes, parentheses or book titles', () => {
    expect(texts('以“不怕苦;不畏难。”的精神推进。')).toEqual(['以“不怕苦;不畏难。”的精神推进。']);
    expect(texts('总投资10亿元(其中一期5亿元。二期5亿元)的项目开工。')).toHaveLength(1);
    expect(texts('出台《办法。细则》等政策。')).toHaveLength(1);
  });

  it('keeps closing marks with the sentence they end', () => {
    expect(texts('加速培育千亿产业。”在前不久闭幕的会上,报告提出要求。')).toEqual([
      '加速培育千亿产业。”',
      '在前不久闭幕的会上,报告提出要求。',
    ]);
    expect(texts('真的吗?!是的。')).toEqual(['真的吗?!', '是的。']);
  });

  it('ends a sentence after a quotation introduced by a colon', () => {
    expect(texts('他说:“我们要加快。”随后参观了项目。')).toEqual(['他说:“我们要加快。”', '随后参观了项目。']);
  });

  it('survives unbalanced quotes', () => {
    expect(texts('“第一句。第二句。\n第三句。”')).toEqual(['“第一句。', '第二句。', '第三句。”']);
  });

  it('gives original offsets and text, in order', () => {
    const original = '  發(fā)布會召開。園區(qū)（宿遷）發展!\n\n第二段。';
    const sentences = split(original);
    expect(sentences.map((s) => s.text)).toEqual(['发布会召开。', '园区(宿迁)发展!', '第二段。']);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.original).toBe(original.slice(s.start, s.end));
    });
    expect(sentences[0]!.original).toBe('發(fā)布會召開。');
    expect(sentences[1]!.original).toBe('園區(qū)（宿遷）發展!');
    expect(sentences[2]!.start).toBe(original.indexOf('第二段'));
  });

  it('drops empty and punctuation-only pieces and chrome lines', () => {
    expect(split('')).toEqual([]);
    expect(split('。。\n   \n收藏\n分享')).toEqual([]);
  });

  it('caps very long sentences, preferring commas', () => {
    const clause = '园区推进项目建设,';
    const long = clause.repeat(200) + '完成。';
    const sentences = split(long);
    expect(sentences.length).toBeGreaterThan(3);
    for (const s of sentences) expect(s.text.length).toBeLessThanOrEqual(500);
    expect(sentences.slice(0, -1).every((s) => s.text.endsWith(','))).toBe(true);
    expect(sentences.map((s) => s.text).join('')).toBe(long);
  });

  it('splits the seeds into sentences whose original matches the text', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const original = readFileSync(new URL(file, dir), 'utf8');
      const sentences = split(original);
      expect(sentences.length).toBeGreaterThan(10);
      for (const s of sentences) expect(original.slice(s.start, s.end)).toBe(s.original);
    }
    const seed000 = readFileSync(
      new URL(
        readdirSync(dir).find((f) => f.startsWith('000'))!,
        dir,
      ),
      'utf8',
    );
    expect(texts(seed000).some((t) => t.startsWith('“我们牢固确立') && t.endsWith('秦永辉说。'))).toBe(true);
  });
});
