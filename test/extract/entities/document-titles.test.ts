// Bodies and places that only issue or scope a document cited by its title in 《》: no entities of the report.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

const names = (text: string) => extractReport({ name: 't.txt', text, model: null }).entities.map((e) => e.name);

describe('dropDocumentIssuers', () => {
  it('reads no body opening a regulation or notice in 《》 (《某党纪律处分条例》, 《某市人民政府关于…的通知》)', () => {
    expect(names('依据《中国共产党纪律处分条例》，给予其开除党籍处分。')).toEqual([]);
    expect(names('会议传达了《杭州市人民政府 湖州市人民政府关于加快发展的通知》。')).toEqual([]);
  });
  it('reads no division whose law or plan a title names (《某省促进中小企业发展条例》)', () => {
    expect(names('依据《吉林省促进中小企业发展条例》，制定本办法。')).toEqual([]);
  });
  it('keeps a body the report names outside the title, and the places a zone in a title opens with', () => {
    expect(names('依据《吉林省促进中小企业发展条例》，吉林省出台措施。')).toEqual(['吉林省']);
    expect(names('国务院印发《中国(山东)自由贸易试验区总体方案》。')).toContain('中国');
    // …and the issuer of a document cited with its number, the basis an official notice acts on.
    expect(names('根据《杭州市发展改革委关于印发评估办法的通知》（杭发改〔2012〕95号）等规定。')).toEqual([
      '杭州市发展改革委',
    ]);
  });
});
