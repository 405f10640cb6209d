// A county's report lists its towns by short forms (正红、八巨两镇): towns of a county it names (滨海县's, from the
// gazetteer), in a list of them.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

const regions = (text: string) =>
  extractReport({ name: 'towns.txt', text, model: null })
    .entities.filter((e) => e.kind === 'Region')
    .map((e) => e.name);

describe('townShortFormMentions', () => {
  it('reads a list of a named county’s towns by their short forms, a common word among them too (界牌)', () => {
    expect(regions('滨海县今年在正红、界牌、八巨等镇新建高标准农田5万亩。')).toEqual(
      expect.arrayContaining(['滨海县', '正红镇', '界牌镇', '八巨镇']),
    );
    expect(regions('滨海县八巨镇、天场镇获评省级生态镇，正红两镇联建。')).toContain('正红镇');
  });
  it('reads no town where the report names no county of it, or a lone common word', () => {
    expect(regions('今年在正红、八巨两镇新建高标准农田。')).toEqual([]);
    expect(regions('滨海县界牌附近新建一座公园。')).toEqual(['滨海县']);
  });
  it('reads a town’s short form opening a project’s name as the town, not one opening a lake’s', () => {
    const found = regions(
      '滨海县政府工作报告\n滨海县实施了蔡桥大道整治提升工程，建成天场华辰农机交易中心，推进陈涛湖景区建设。',
    );
    expect(found).toEqual(expect.arrayContaining(['蔡桥镇', '天场镇']));
    expect(found).not.toContain('陈涛镇');
  });
});
