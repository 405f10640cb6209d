// A binary averaged perceptron over sparse string features: small, deterministic and fast enough to train on a
// corpus of reports in seconds. The averaged weights generalize better than the last ones (Collins 2002).
import { seededRandom } from '../../seeded-random.ts';

export interface Example {
  features: readonly string[];
  label: boolean;
}

export type Weights = ReadonlyMap<string, number>;

/** The score of a feature set: the sum of its known features' weights (unknown features weigh nothing). */
export function scoreOf(weights: Weights, features: readonly string[]): number {
  let sum = 0;
  for (const f of features) sum += weights.get(f) ?? 0;
  return sum;
}

export interface TrainOptions {
  epochs?: number;
  seed?: number;
}

/** Trains on the examples in a seeded shuffled order each epoch; returns the averaged weights (zeros left out). */
export function trainPerceptron(examples: readonly Example[], options: TrainOptions = {}): Map<string, number> {
  const { epochs = 10, seed = 1 } = options;
  const weights = new Map<string, number>();
  // Averaging by the lazy trick: `totals` holds sum(step * update); averaged = w - totals / steps.
  const totals = new Map<string, number>();
  const next = seededRandom(seed);
  const order = examples.map((_, i) => i);
  let step = 1;
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const index of order) {
      const { features, label } = examples[index]!;
      const predicted = scoreOf(weights, features) > 0;
      if (predicted !== label) {
        const delta = label ? 1 : -1;
        for (const f of features) {
          weights.set(f, (weights.get(f) ?? 0) + delta);
          totals.set(f, (totals.get(f) ?? 0) + step * delta);
        }
      }
      step++;
    }
  }
  const averaged = new Map<string, number>();
  for (const [f, w] of weights) {
    const value = w - (totals.get(f) ?? 0) / step;
    if (Math.abs(value) > 1e-9) averaged.set(f, value);
  }
  return averaged;
}
