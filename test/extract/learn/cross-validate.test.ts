// Cross-validation grouped by repository, on the tiny invented gold set of train.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonDir } from '../../../src/eval/load.ts';
import { crossValidate, groupedFolds } from '../../../src/extract/learn/cross-validate.ts';

describe('groupedFolds', () => {
  const items = ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'd1', 'e1'];
  const groupOf = (item: string) => item[0]!;

  it('keeps every group whole in one fold', () => {
    const folds = groupedFolds(items, groupOf, 3);
    for (const group of 'abcde') expect(folds.filter((f) => f.some((x) => groupOf(x) === group))).toHaveLength(1);
    expect(folds.flat().sort()).toEqual(items);
  });

  it('balances the folds by size, largest groups first, and is deterministic', () => {
    expect(groupedFolds(items, groupOf, 3)).toEqual([
      ['a1', 'a2', 'a3'],
      ['b1', 'b2', 'e1'],
      ['c1', 'd1'],
    ]);
    expect(groupedFolds([...items].reverse(), groupOf, 3).map((f) => f.length)).toEqual([3, 3, 2]);
  });

  it('refuses fewer than two folds', () => {
    expect(() => groupedFolds(items, groupOf, 1)).toThrow(/at least 2/);
  });
});

describe('crossValidate', () => {
  const dir = 'test/fixtures/train';
  const docs = readJsonDir(`${dir}/gold`).map((gold) => ({
    gold,
    input: { name: gold.doc, bytes: readFileSync(`${dir}/reports/${gold.doc}`) },
  }));

  it('scores every report once, held out from the model that scores it', () => {
    const folded: number[] = [];
    const result = crossValidate({ docs, groupOf: (d) => d.gold.doc, folds: 2, onFold: (i) => folded.push(i) });
    expect(folded).toEqual([0, 1]);
    expect(result.folds.reduce((n, f) => n + f.docs, 0)).toBe(docs.length);
    for (const f of [...result.folds, result.mean, result.pooled])
      for (const x of [f.rules.entity, f.rules.relation, f.model.entity, f.model.relation]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
  });
});
