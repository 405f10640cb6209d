import { describe, expect, it } from 'vitest';
import { containsInOrder, normalizeName, shortFormHead } from '../src/names.ts';

describe('names', () => {
  it('folds a query as the names in the graph were folded', () => {
    expect(normalizeName(' 蘇宿工業園區 ')).toBe('苏宿工业园区');
  });

  it('finds the head of a short form, keeping at least two characters', () => {
    expect(shortFormHead('苏宿园区')).toBe('苏宿');
    expect(shortFormHead('苏宿工业园区')).toBe('苏宿');
    expect(shortFormHead('园区')).toBeUndefined();
    expect(shortFormHead('宿迁市')).toBeUndefined();
  });

  it('matches a short form only with its characters in order', () => {
    expect(containsInOrder('苏宿工业园区', '苏宿园区')).toBe(true);
    expect(containsInOrder('苏宿工业园区', '宿苏园区')).toBe(false);
  });
});
