// Scores an entity candidate under every kind it may have in one pass over its features, without making a string
// per feature: the model's weights are regrouped once per model, each feature to its weights for all kinds, and the
// features made from the name's edges are looked up by their value. The scores are the sums `scoreOf` gives over
// the feature strings, added in the same order, so the decisions are the same to the last bit.
import { ENTITY_KINDS, type EntityKind } from '../../ontology/model.ts';
import type { EntityCandidate } from './entity-candidates.ts';
import {
  candidateFeatures,
  isPeopleKind,
  OPEN_PREFIXES,
  type FeatureSink,
  type OpenPrefix,
} from './entity-features.ts';
import type { Weights } from './perceptron.ts';

const KIND_INDEX = new Map(ENTITY_KINDS.map((kind, i) => [kind, i]));

/** The model's entity weights by feature: each feature's weights for every kind, by the kind's index. */
interface KindWeights {
  byFeature: Map<string, Float64Array>;
  /** The features of an open prefix (`e1=`) by their value (`园`). */
  byValue: Map<OpenPrefix, Map<string, Float64Array>>;
}

function regroup(weights: Weights): KindWeights {
  const byFeature = new Map<string, Float64Array>();
  const byValue = new Map<OpenPrefix, Map<string, Float64Array>>(OPEN_PREFIXES.map((p) => [p, new Map()]));
  for (const [name, weight] of weights) {
    const bar = name.indexOf('|');
    const kind = KIND_INDEX.get(name.slice(0, bar) as EntityKind);
    if (kind === undefined) continue; // a kind no candidate has: never scored
    const feature = name.slice(bar + 1);
    let all = byFeature.get(feature);
    if (!all) {
      byFeature.set(feature, (all = new Float64Array(ENTITY_KINDS.length)));
      const prefix = OPEN_PREFIXES.find((p) => feature.startsWith(p));
      if (prefix) byValue.get(prefix)!.set(feature.slice(prefix.length), all);
    }
    all[kind] = weight;
  }
  return { byFeature, byValue };
}

const regrouped = new WeakMap<Weights, KindWeights>();

/** Adds each feature's weights to the scores of the kinds being scored. */
class ScoringSink implements FeatureSink {
  readonly scores = new Float64Array(ENTITY_KINDS.length);
  /** The indexes of the kinds being scored. */
  active: number[] = [];

  constructor(private readonly weights: KindWeights) {}

  private addAll(all: Float64Array | undefined): void {
    if (!all) return;
    for (const k of this.active) this.scores[k] = this.scores[k]! + all[k]!;
  }

  closed(feature: string): void {
    this.addAll(this.weights.byFeature.get(feature));
  }

  open(prefix: OpenPrefix, value: string): void {
    this.addAll(this.weights.byValue.get(prefix)!.get(value));
  }
}

export class EntityScorer {
  private readonly sink: ScoringSink;

  constructor(weights: Weights) {
    let grouped = regrouped.get(weights);
    if (!grouped) regrouped.set(weights, (grouped = regroup(weights)));
    this.sink = new ScoringSink(grouped);
  }

  /** The kind the candidate scores best as (the first of its kinds on a tie), and that score. */
  best(candidate: EntityCandidate, texts: readonly string[], recurs: number): { kind: EntityKind; score: number } {
    const { sink } = this;
    for (const people of [false, true]) {
      sink.active = [];
      for (const kind of candidate.kinds)
        if (isPeopleKind(kind) === people) {
          const k = KIND_INDEX.get(kind)!;
          sink.active.push(k);
          sink.scores[k] = 0;
        }
      if (sink.active.length) candidateFeatures(sink, candidate, texts, recurs, people);
    }
    let best = { kind: candidate.kinds[0]!, score: -Infinity };
    for (const kind of candidate.kinds) {
      const score = sink.scores[KIND_INDEX.get(kind)!]!;
      if (score > best.score) best = { kind, score };
    }
    return best;
  }
}
