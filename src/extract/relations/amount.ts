// Money from Chinese amounts: 10亿元, 13亿, 7.9亿元, 3000万元, 超百亿 (300余家 is a count, not money); a sum in another
// currency (3.3亿美元) keeps its own number and names its currency.

import { CJK_DIGITS } from '../lexicon/numerals.ts';

const UNITS: Record<string, number> = {
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};
export const AMOUNT =
  /(?:超|逾|近|约)?([0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十])?(万亿|千亿|百亿|十亿|千万|百万|十万|亿|万)(元|人民币|美元|欧元|港元|港币|日元|英镑)?/;

const CURRENCIES: Record<string, string> = {
  美元: 'USD',
  欧元: 'EUR',
  港元: 'HKD',
  港币: 'HKD',
  日元: 'JPY',
  英镑: 'GBP',
};

/** The amount of an amount such as 3.3亿美元, with its currency (ISO 4217) when it is not yuan. */
export function parseMoney(text: string): { amount: number; currency?: string } | undefined {
  const amount = parseAmount(text);
  if (amount === undefined) return undefined;
  const currency = CURRENCIES[AMOUNT.exec(text)![3] ?? ''];
  return currency ? { amount, currency } : { amount };
}

/** Yuan for an amount such as 10亿元; undefined when the text holds no money amount. */
export function parseAmount(text: string): number | undefined {
  const m = AMOUNT.exec(text);
  if (!m) return undefined;
  const [, digits, unit] = m;
  // A bare 亿/万 without a number and without 元 is not an amount (亿元以上 needs a number).
  if (!digits && !/百亿|千亿|十亿|千万|百万|万亿/.test(unit!)) return undefined;
  const count = digits === undefined ? 1 : digits === '十' ? 10 : (CJK_DIGITS[digits] ?? Number(digits));
  return Math.round(count * UNITS[unit!]!);
}
