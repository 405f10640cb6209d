// A place with an administrative committee of its own is a zone, whatever its name ends with.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';

const kindOf = (text: string, name: string) =>
  extractReport({ name: 'zones.txt', text, model: null }).entities.find((e) => e.name === name)?.kind;

describe('zonesWithCommittees', () => {
  it('reads a base whose committee the report names as a park, in every sentence', () => {
    const text =
      '华辰微波装备项目开工仪式在滨江航天装备生产基地举行。滨江航天装备生产基地管委会投资招商中心主任周立群出席。';
    expect(kindOf(text, '滨江航天装备生产基地')).toBe('Park');
  });
  it('leaves a base without one a facility', () => {
    expect(kindOf('华辰微波装备项目开工仪式在滨江航天装备生产基地举行。', '滨江航天装备生产基地')).toBe('Project');
  });
});
