import { describe, expect, it } from 'vitest';
import { parseAmount, parseMoney } from '../../../src/extract/relations/amount.ts';

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

describe('parseMoney', () => {
  it('names a currency other than yuan and keeps its number', () => {
    expect(parseMoney('3.3亿美元')).toEqual({ amount: 330_000_000, currency: 'USD' });
    expect(parseMoney('5000万欧元')).toEqual({ amount: 50_000_000, currency: 'EUR' });
  });
  it('gives yuan no currency', () => {
    expect(parseMoney('15亿元')).toEqual({ amount: 1_500_000_000 });
    expect(parseMoney('注册')).toBeUndefined();
  });
});
