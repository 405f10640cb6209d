// Names inside names: a park's industry and founding body, the places a name opens with or holds in brackets.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { namesInside } from '../../../src/extract/entities/nested.ts';

const named = (kind: Candidate['kind'], text: string): Candidate => ({
  kind,
  name: text,
  sentence: 0,
  start: 0,
  end: text.length,
  priority: 7,
});

describe('namesInside', () => {
  it('finds the industry in a park’s name and the body that founded it', () => {
    const text = '华辰院(杭州)光伏产业园';
    const found = namesInside([named('Park', text)], text).map((c) => [c.kind, c.name]);
    expect(found).toEqual([
      ['Industry', '光伏'],
      ['Organization', '华辰院'],
      ['Region', '杭州市'],
    ]);
  });
  it('takes a run of places opening a name as nested regions', () => {
    const text = '杭州市滨江区华辰科技有限公司';
    const found = namesInside([named('Company', text)], text);
    expect(found.map((c) => [c.name, c.nested])).toEqual([
      ['杭州市', true],
      ['滨江区', true],
    ]);
  });
  it('reads nothing inside a person’s name', () => {
    expect(namesInside([named('Person', '杭州')], '杭州')).toEqual([]);
  });
});
