// Relation candidates on an invented sentence: every pair whose kinds fit a type, and the rules' relations marked.
import { describe, expect, it } from 'vitest';
import type { RecognizedReport } from '../../../src/extract/entities/index.ts';
import { proposeRelations } from '../../../src/extract/learn/relation-features.ts';

const texts = ['华辰科技有限公司落户滨江高新区，主攻光伏产业。'];
const report: RecognizedReport = {
  entities: [
    { kind: 'Company', name: '华辰科技有限公司', aliases: new Set() },
    { kind: 'Park', name: '滨江高新区', aliases: new Set() },
    { kind: 'Industry', name: '光伏', aliases: new Set() },
  ],
  mentions: [
    { entity: 0, sentence: 0, start: 0, end: 8 },
    { entity: 1, sentence: 0, start: 10, end: 15 },
    { entity: 2, sentence: 0, start: 19, end: 21 },
  ],
};

describe('relation candidates', () => {
  const candidates = proposeRelations(texts, report, [{ type: 'LOCATED_IN', from: 0, to: 1, evidence: [0] }]);
  const find = (type: string, from: number, to: number) =>
    candidates.find((c) => c.type === type && c.from === from && c.to === to);

  it('pairs the entities of a sentence by the ontology’s endpoints', () => {
    expect(find('INVESTS_IN', 0, 1)).toBeDefined();
    expect(find('FOCUSES_ON', 1, 2)).toBeDefined();
    // A company never focuses on an industry, and no pair runs against its type's direction.
    expect(find('FOCUSES_ON', 0, 2)).toBeUndefined();
    expect(find('LOCATED_IN', 1, 0)).toBeUndefined();
  });

  it('marks the rules’ relation and reads the trigger between the names', () => {
    const located = find('LOCATED_IN', 0, 1)!;
    expect(located.rule).toBeDefined();
    expect(located.features).toEqual(
      expect.arrayContaining([
        'LOCATED_IN|rule',
        'LOCATED_IN|trig=落户',
        'LOCATED_IN|order=fwd',
        'LOCATED_IN|one-clause',
      ]),
    );
    const focus = find('FOCUSES_ON', 1, 2)!;
    expect(focus.rule).toBeUndefined();
    expect(focus.features).not.toContain('FOCUSES_ON|one-clause');
    expect(focus.features).toContain('FOCUSES_ON|others=0');
  });

  it('tells a new pair that a rule already gave its entity that type', () => {
    expect(find('INVESTS_IN', 0, 1)!.features).not.toContain('INVESTS_IN|from-has-rule-relation');
    const park = find('LOCATED_IN', 0, 1)!;
    expect(park.features).not.toContain('LOCATED_IN|from-has-rule-relation');
  });
});

describe('a pair read both ways round', () => {
  // Two regions pair in both directions; the sentence's features are read once and shared by the reversed pair.
  const both = proposeRelations(
    ['青州市下辖滨江区，与、和滨江区合作。'],
    {
      entities: [
        { kind: 'Region', name: '青州市', aliases: new Set() },
        { kind: 'Region', name: '滨江区', aliases: new Set() },
      ],
      mentions: [
        { entity: 0, sentence: 0, start: 0, end: 3 },
        { entity: 1, sentence: 0, start: 5, end: 8 },
        { entity: 1, sentence: 0, start: 12, end: 15 },
      ],
    },
    [],
  );

  it('has the same features but the order', () => {
    const forward = both.find((c) => c.from === 0 && c.to === 1)!;
    const back = both.find((c) => c.type === forward.type && c.from === 1 && c.to === 0)!;
    const unprefixed = (c: typeof forward) => c.features.map((f) => f.slice(c.type.length + 1));
    expect(unprefixed(forward)).toContain('order=fwd');
    expect(unprefixed(back)).toContain('order=back');
    expect(unprefixed(back)).not.toContain('order=fwd');
    const rest = (c: typeof forward) => unprefixed(c).filter((f) => !f.startsWith('order=') && !/subject|rule/.test(f));
    expect(rest(back)).toEqual(rest(forward));
  });
});
