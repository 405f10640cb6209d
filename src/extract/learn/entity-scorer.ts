// Scores an entity candidate under every kind it may have in one pass over its features, without making a string
// per feature: the model's weights are regrouped once per model, each feature to its weights for all kinds, and the
// features made from the name's edges are looked up by their value. The scores are the sums `scoreOf` gives over
// the feature strings, added in the same order, so the decisions are the same to the last bit.
//
// Most proposed spans score far below the threshold (about 0.5% of the head spans are kept). Such a span is first
// scored without its costliest features (BOUNDED_TEMPLATES), each replaced by its template's largest weight: when
// even that bound does not pass the threshold, the span cannot pass it and its costly features are never made.
import { ENTITY_KINDS, type EntityKind } from '../../ontology/model.ts';
import type { EntityCandidate } from './entity-candidates.ts';
import {
  BOUNDED_TEMPLATES,
  candidateFeatures,
  isPeopleKind,
  OPEN_PREFIXES,
  type FeatureSink,
  type OpenPrefix,
} from './entity-features.ts';
import type { Thresholds } from './model-file.ts';
import type { Weights } from './perceptron.ts';

const KIND_INDEX = new Map(ENTITY_KINDS.map((kind, i) => [kind, i]));

/** The model's entity weights by feature: each feature's weights for every kind, by the kind's index. */
interface KindWeights {
  byFeature: Map<string, Float64Array>;
  /** The features of an open prefix (`e1=`) by their value (`园`). */
  byValue: Map<OpenPrefix, Map<string, Float64Array>>;
  /** By kind: the most the features of BOUNDED_TEMPLATES can add (each template's largest weight, or 0). */
  bound: Float64Array;
}

const templateOf = (feature: string) =>
  BOUNDED_TEMPLATES.find((t) => (t.endsWith('=') ? feature.startsWith(t) : feature === t));

function regroup(weights: Weights): KindWeights {
  const byFeature = new Map<string, Float64Array>();
  const byValue = new Map<OpenPrefix, Map<string, Float64Array>>(OPEN_PREFIXES.map((p) => [p, new Map()]));
  const largest = new Map<string, Float64Array>(
    BOUNDED_TEMPLATES.map((t) => [t, new Float64Array(ENTITY_KINDS.length)]),
  );
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
    const template = templateOf(feature);
    if (template) {
      const most = largest.get(template)!;
      most[kind] = Math.max(most[kind]!, weight);
    }
  }
  const bound = new Float64Array(ENTITY_KINDS.length);
  for (const most of largest.values()) for (let k = 0; k < bound.length; k++) bound[k] = bound[k]! + most[k]!;
  return { byFeature, byValue, bound };
}

const regrouped = new WeakMap<Weights, KindWeights>();

/** Adds each feature's weights to the scores of the kinds being scored. */
class ScoringSink implements FeatureSink {
  readonly scores = new Float64Array(ENTITY_KINDS.length);
  /** The indexes of the kinds being scored. */
  active: number[] = [];
  bounding = false;
  /** The next pass is over the candidate of the last bounding pass, with the same kinds: its contexts are known. */
  replay = false;
  /** The weights of the last bounding pass's context features, in order. */
  private readonly contexts: Float64Array[] = [];
  private recording = false;

  constructor(private readonly weights: KindWeights) {}

  private addAll(all: Float64Array | undefined): void {
    if (!all) return;
    if (this.recording) this.contexts.push(all);
    for (const k of this.active) this.scores[k] = this.scores[k]! + all[k]!;
  }

  beginContexts(): boolean {
    this.recording = false;
    if (this.bounding) {
      this.contexts.length = 0;
      this.recording = true;
      return false;
    }
    if (!this.replay) return false;
    for (const all of this.contexts) this.addAll(all);
    return true;
  }

  /** Ends a pass over a candidate's features. */
  endPass(): void {
    this.recording = false;
    this.replay = false;
  }

  closed(feature: string): void {
    this.addAll(this.weights.byFeature.get(feature));
  }

  open(prefix: OpenPrefix, value: string): void {
    this.addAll(this.weights.byValue.get(prefix)!.get(value));
  }
}

/** Rounding in a bound summed in another order than the score: far below any weight's precision (4 decimals). */
const SLACK = 1e-6;

export class EntityScorer {
  private readonly sink: ScoringSink;
  private readonly weights: KindWeights;

  /** @param threshold what a proposed (not a rule's) candidate must pass; none: every candidate scored in full. */
  constructor(
    weights: Weights,
    private readonly threshold?: Thresholds,
  ) {
    let grouped = regrouped.get(weights);
    if (!grouped) regrouped.set(weights, (grouped = regroup(weights)));
    this.weights = grouped;
    this.sink = new ScoringSink(grouped);
  }

  private scoreGroup(candidate: EntityCandidate, texts: readonly string[], recurs: () => number, people: boolean) {
    const { sink } = this;
    sink.active = [];
    for (const kind of candidate.kinds)
      if (isPeopleKind(kind) === people) {
        const k = KIND_INDEX.get(kind)!;
        sink.active.push(k);
        sink.scores[k] = 0;
      }
    if (sink.active.length) candidateFeatures(sink, candidate, texts, recurs, people);
    sink.endPass();
  }

  /** Whether the candidate gets a bounding pass: a proposed one of no people's kind, when there is a threshold. */
  private bounded(candidate: EntityCandidate): boolean {
    return this.threshold !== undefined && candidate.ruleIndex === undefined && !candidate.kinds.some(isPeopleKind);
  }

  /** Whether a candidate can pass the threshold (see the top of this file). */
  private mayPass(candidate: EntityCandidate, texts: readonly string[]): boolean {
    if (!this.bounded(candidate)) return true;
    this.sink.bounding = true;
    try {
      this.scoreGroup(candidate, texts, () => 0, false);
    } finally {
      this.sink.bounding = false;
    }
    const { bound } = this.weights;
    return this.sink.active.some((k) => this.sink.scores[k]! + bound[k]! > this.threshold!.proposed - SLACK);
  }

  /**
   * The kind the candidate scores best as (the first of its kinds on a tie), and that score; `recurs` tells how many
   * sentences name it. A proposed candidate that cannot pass the threshold scores -Infinity.
   */
  best(candidate: EntityCandidate, texts: readonly string[], recurs: () => number): KindScores {
    if (!this.mayPass(candidate, texts)) return { kind: candidate.kinds[0]!, score: -Infinity, ownScore: -Infinity };
    // After a bounding pass (a proposed candidate of no people's kind: one group), its contexts are replayed.
    this.sink.replay = this.bounded(candidate);
    this.scoreGroup(candidate, texts, recurs, false);
    this.scoreGroup(candidate, texts, recurs, true);
    return bestKind(candidate.kinds, (kind) => this.sink.scores[KIND_INDEX.get(kind)!]!);
  }
}

export interface KindScores {
  /** The kind it scores best as (the first of its kinds on a tie), and that score. */
  kind: EntityKind;
  score: number;
  /** Its score as the first of its kinds: the kind it was proposed as (a rule entity's own kind). */
  ownScore: number;
}

/** How a candidate of these kinds scores, given its score as each (training and deciding score alike). */
export function bestKind(kinds: readonly EntityKind[], scoreAs: (kind: EntityKind, k: number) => number): KindScores {
  let best: KindScores = { kind: kinds[0]!, score: -Infinity, ownScore: -Infinity };
  kinds.forEach((kind, k) => {
    const score = scoreAs(kind, k);
    if (k === 0) best.ownScore = score;
    if (score > best.score) best = { ...best, kind, score };
  });
  return best;
}
