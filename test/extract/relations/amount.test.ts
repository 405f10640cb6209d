import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/extract/relations/amount.ts';

describe('parseAmount', () => {
  it.each([
    ['10亿元', 1_000_000_000],
    ['13亿', 1_300_000_000],
    ['7.9亿元', 790_000_000],
    ['3000万元', 30_000_000],
    ['超百亿', 10_000_000_000],
    ['两亿元', 200_000_000],
  ])('reads %s as %d yuan', (text, yuan) => {
    expect(parseAmount(text)).toBe(yuan);
  });
  it('reads no money in counts or bare units', () => {
    expect(parseAmount('300余家')).toBeUndefined();
    expect(parseAmount('亿元以上')).toBeUndefined();
  });
});
