// The overlap pass: priority first, then length, then position.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { resolveOverlaps } from '../../../src/extract/entities/overlaps.ts';

const c = (name: string, start: number, end: number, priority: number): Candidate => ({
  kind: 'Company',
  name,
  sentence: 0,
  start,
  end,
  priority,
});

describe('resolveOverlaps', () => {
  it('keeps the higher priority, then the longer, and returns them in reading order', () => {
    const kept = resolveOverlaps([c('b', 4, 6, 5), c('long', 0, 5, 7), c('short', 0, 3, 7), c('free', 8, 9, 1)]);
    expect(kept.map((k) => k.name)).toEqual(['long', 'free']);
  });
});
