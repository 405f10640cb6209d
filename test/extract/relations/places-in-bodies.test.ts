// Regions written only inside bodies' names: kept where a relation needs them, left out otherwise.
import { describe, expect, it } from 'vitest';
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';

const extracted = (text: string) => toGoldFormat(extractReport({ name: 't.txt', text, model: null }));
const regions = (text: string) =>
  extracted(text)
    .entities.filter((e) => e.kind === 'Region')
    .map((e) => e.name);

describe('dropPlacesOnlyInBodies', () => {
  it('leaves out a place written only inside a body’s name, with the chain that placed it', () => {
    const gold = extracted('安徽省政协副主席韩甲聪、河南省人大常委会副主任李乙接受组织调查。');
    expect(gold.entities.filter((e) => e.kind === 'Region')).toEqual([]);
    expect(gold.relations.filter((r) => r.type === 'LOCATED_IN')).toEqual([]);
    // (The bodies and the posts in them stay.)
    expect(gold.relations.filter((r) => r.type === 'HOLDS_POSITION').map((r) => r.to)).toEqual([
      '安徽省政协',
      '河南省人大常委会',
    ]);
  });
  it('keeps it where the report writes it elsewhere, or a post needs it', () => {
    expect(regions('安徽省政协副主席韩甲聪到安徽省黄山市调研。')).toContain('安徽省');
    // (副县长 names no body: the post is the county's, named only inside 德清县财政局.)
    expect(regions('任命薛立新为德清县财政局局长，汪明为副县长。')).toContain('德清县');
  });
  it('keeps a place opening its own government’s or Party committee’s name, and a zone’s inside a body', () => {
    expect(regions('德清县人民政府与华辰集团签署合作协议。')).toContain('德清县');
    expect(regions('华辰集团与重庆两江新区管理委员会签约。')).toContain('重庆市');
  });
});
