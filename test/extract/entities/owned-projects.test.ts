// Projects written right after their registered company, on invented sentences (rules alone).
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

function projects(text: string) {
  return extractReport({ name: 't.txt', text, model: null })
    .entities.filter((e) => e.kind === 'Project')
    .map(({ name, aliases }) => ({ name, aliases }));
}

describe('aliasProjectsWithOwners', () => {
  it('gives a project written right after its registered company the joined form as an alias', () => {
    expect(projects('滨江县项目开工\n青禾科技有限公司年产5万吨负极材料项目今日开工。')).toEqual([
      { name: '年产5万吨负极材料项目', aliases: ['青禾科技有限公司年产5万吨负极材料项目'] },
    ]);
  });
  it('joins nothing across a word between them', () => {
    expect(projects('滨江县项目开工\n青禾科技有限公司投资建设的年产5万吨负极材料项目今日开工。')).toEqual([
      { name: '年产5万吨负极材料项目', aliases: [] },
    ]);
  });
});
