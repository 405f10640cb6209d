// The partnership recognizer alone: numbered schemes and the named schemes of regional policy.
import { describe, expect, it } from 'vitest';
import { recognizePartnerships } from '../../../src/extract/entities/partnerships.ts';

describe('recognizePartnerships', () => {
  it('reads a numbered scheme up to its head, and a named scheme with the pair of places before it', () => {
    const text = '推动“2+4”共建园区联动发展，深化杭州绍兴山海协作。';
    const found = recognizePartnerships(text, 0).map((c) => [c.name, text.slice(c.start, c.end)]);
    expect(found).toEqual([
      ['“2+4”共建园区联动发展', '“2+4”共建园区联动发展'],
      ['山海协作', '杭州绍兴山海协作'],
    ]);
  });
  it('leaves one place before a scheme out of its span: it is the scope, not a partner', () => {
    const text = '浙江省山海协作园区加快建设。';
    const [c] = recognizePartnerships(text, 0);
    expect(text.slice(c!.start, c!.end)).toBe('山海协作');
  });
});
