// Candidates → one entity per kind and name, each kept candidate a mention of it.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { group } from '../../../src/extract/entities/group.ts';

const at = (c: Partial<Candidate> & Pick<Candidate, 'kind' | 'name' | 'start' | 'end'>): Candidate => ({
  sentence: 0,
  priority: 7,
  ...c,
});

describe('group', () => {
  const texts = ['区长周明远、记者林小溪和周明远在杭州考察华辰科技。'];
  const kept = [
    at({ kind: 'Person', name: '周明远', start: 2, end: 5, titled: 'government' }),
    at({ kind: 'Person', name: '林小溪', start: 8, end: 11 }),
    at({ kind: 'Person', name: '周明远', start: 12, end: 15 }),
    at({ kind: 'Region', name: '杭州市', start: 16, end: 18, needsFull: true }),
    at({ kind: 'Company', name: '华辰科技', start: 20, end: 24 }),
  ];
  it('makes a titled government person an official wherever named, and drops the report’s authors', () => {
    const report = group(kept, texts, new Set(['林小溪']), new Set());
    expect(report.entities.map((e) => [e.kind, e.name])).toEqual([
      ['Official', '周明远'],
      ['Company', '华辰科技'],
    ]);
    expect(report.mentions.map((m) => m.entity)).toEqual([0, 0, 1]);
  });
  it('keeps a short region form only when the report writes its full name', () => {
    const report = group(kept, texts, new Set(), new Set(['杭州市']));
    expect(report.entities.find((e) => e.kind === 'Region')).toEqual({
      kind: 'Region',
      name: '杭州市',
      aliases: new Set(['杭州']),
    });
  });
});
