// A name once seen as a person's is a person wherever it recurs, unless another name covers it.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { recurringPeople } from '../../../src/extract/entities/recurring-people.ts';

describe('recurringPeople', () => {
  it('adds later mentions of a person, not inside another kept name', () => {
    const texts = ['区长周明远说。', '周明远强调。', '周明远路改造。'];
    const kept: Candidate[] = [
      { kind: 'Person', name: '周明远', sentence: 0, start: 2, end: 5, priority: 10 },
      { kind: 'Project', name: '周明远路改造', sentence: 2, start: 0, end: 6, priority: 7 },
    ];
    expect(recurringPeople(kept, texts).map((c) => [c.name, c.sentence, c.start])).toEqual([['周明远', 1, 0]]);
  });
});
