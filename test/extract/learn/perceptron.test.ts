import { describe, expect, it } from 'vitest';
import { scoreOf, trainPerceptron, type Example } from '../../../src/extract/learn/perceptron.ts';

// A toy set a line separates: positives carry `good`, negatives `bad`; `noise` is on both sides.
const toy: Example[] = [
  ...Array.from({ length: 20 }, (_, i) => ({ features: ['good', `noise${i % 3}`], label: true })),
  ...Array.from({ length: 20 }, (_, i) => ({ features: ['bad', `noise${i % 3}`], label: false })),
];

describe('averaged perceptron', () => {
  it('learns a separable set: every example on its side', () => {
    const weights = trainPerceptron(toy);
    for (const e of toy) expect(scoreOf(weights, e.features) > 0).toBe(e.label);
    expect(weights.get('good')!).toBeGreaterThan(0);
    expect(weights.get('bad')!).toBeLessThan(0);
  });

  it('trains the same weights from the same examples', () => {
    expect([...trainPerceptron(toy, { seed: 3 })]).toEqual([...trainPerceptron(toy, { seed: 3 })]);
  });

  it('gives unknown features no weight', () => {
    const weights = trainPerceptron(toy);
    expect(scoreOf(weights, ['never-seen'])).toBe(0);
  });
});
