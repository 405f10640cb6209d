// Training the decision model: the rules and the proposer run over annotated reports, every candidate is labelled by
// the scorer's matching rules, an averaged perceptron learns the entity decisions, then (on the entities it decides)
// the relation decisions. Each threshold is the one that scores best on the held-out reports (`dev`), never on the
// reports trained on when held-out ones exist. Deterministic: the same reports and gold give the same weights.
import type { GoldDoc, GoldEntity } from '../../eval/score.ts';
import { score } from '../../eval/score.ts';
import { recognizeEntities, type RecognizedReport } from '../entities/index.ts';
import { prepareReport, type ReportInput } from '../index.ts';
import { extractRelations, type RecognizedRelation } from '../relations/index.ts';
import { dropPlacesOnlyInBodies } from '../relations/places-in-bodies.ts';
import { peopleOutsideTheState } from '../relations/posts-outside-state.ts';
import { entityHypotheses, keepEntities, keepRelations, scoreEntities, type EntityHypotheses } from './decide.ts';
import { entityLabeler, relationLabeler } from './labels.ts';
import { prefixed } from './entity-features.ts';
import {
  BEYOND_ANY_SCORE,
  roundWeights,
  RULES_ALONE,
  decidesNothing,
  type Decider,
  type DecisionModel,
  type Thresholds,
} from './model-file.ts';
import { scoreOf, trainPerceptron, type Example } from './perceptron.ts';
import { proposeRelations, type RelationCandidate } from './relation-features.ts';

export interface TrainingDoc {
  input: ReportInput;
  gold: GoldDoc;
}

export interface TrainingReport {
  model: DecisionModel;
  entityExamples: number;
  relationExamples: number;
  features: { entity: number; relation: number };
  /** Entity and relation F1 on the held-out reports (or on the training reports when none were given). */
  heldOut: { docs: number; entityF1: number; relationF1: number };
}

/** Kinds whose names are specific to a report: no feature of the model may hold one (a hook checks src/). */
const NAMED_KINDS = new Set(['Park', 'Company', 'Official', 'Person', 'Partnership', 'Project']);
/** By default a feature must occur in this many reports to be kept: it describes names in general, not one report's. */
export const MIN_REPORTS = 3;
/** Seeds of the shuffling orders whose perceptrons are averaged (learn). */
const ORDER_SEEDS = [1, 1001, 2001, 3001, 4001];
/** Few passes: on a few dozen reports more passes learn the reports, not the genre (measured on dev). */
const EPOCHS = 5;
const THRESHOLDS = [-BEYOND_ANY_SCORE, ...Array.from({ length: 41 }, (_, i) => (i - 20) / 2), BEYOND_ANY_SCORE];

interface Prepared {
  doc: TrainingDoc;
  texts: string[];
  sentences: ReturnType<typeof prepareReport>['sentences'];
  recognized: RecognizedReport;
  hypotheses: EntityHypotheses[];
}

function prepare(doc: TrainingDoc): Prepared {
  const { sentences, meta } = prepareReport(doc.input);
  const recognized = recognizeEntities(sentences, meta);
  const texts = sentences.map((s) => s.text);
  return { doc, texts, sentences, recognized, hypotheses: entityHypotheses(texts, recognized) };
}

const asGoldEntities = (report: RecognizedReport): GoldEntity[] =>
  report.entities.map((e) => ({ kind: e.kind, name: e.name, aliases: [...e.aliases] }));

/** Features fit to ship: seen in enough reports, and holding no name the gold gives a specific entity. */
function allowedFeatures(
  perDoc: Iterable<string>[],
  gold: GoldDoc[],
  minReports: number,
): (feature: string) => boolean {
  const reports = new Map<string, number>();
  for (const features of perDoc) for (const f of new Set(features)) reports.set(f, (reports.get(f) ?? 0) + 1);
  const names = new Set<string>();
  for (const g of gold)
    for (const e of g.entities ?? [])
      if (NAMED_KINDS.has(e.kind)) for (const n of [e.name, ...(e.aliases ?? [])]) if ([...n].length >= 3) names.add(n);
  const holdsName = (feature: string) => {
    const value = feature.slice(feature.lastIndexOf('=') + 1);
    for (let i = 0; i + 3 <= value.length; i++)
      for (let j = i + 3; j <= value.length; j++) if (names.has(value.slice(i, j))) return true;
    return false;
  };
  return (feature) => (reports.get(feature) ?? 0) >= minReports && !holdsName(feature);
}

function learn(perDoc: Example[][], gold: GoldDoc[], minReports: number): Map<string, number> {
  const allowed = allowedFeatures(
    perDoc.map((examples) => examples.flatMap((e) => e.features)),
    gold,
    minReports,
  );
  const examples = perDoc.flat().map((e) => ({ ...e, features: e.features.filter(allowed) }));
  // One perceptron per shuffling order, their weights averaged: a single order's weights (and the thresholds chosen on
  // them) swing with any change in the examples; the mean of several does much less.
  const runs = ORDER_SEEDS.map((seed) => trainPerceptron(examples, { epochs: EPOCHS, seed }));
  const mean = new Map<string, number>();
  for (const weights of runs) for (const [f, w] of weights) mean.set(f, (mean.get(f) ?? 0) + w / runs.length);
  return roundWeights(mean);
}

/** The thresholds with the best held-out F1 among those that keep the guarded reports' F1 at their floor (when none
 *  does, the best guarded F1): each threshold in turn over the grid, the other held, first of equals. */
/** The held-out gain (mean of entity and relation F1) an entity decider must bring over the rules alone to be kept. */
export const MIN_ENTITY_GAIN = 0.005;

/** The entity thresholds a model ships: the best ones when they beat the rules alone (`rulesAlone`, the same
 *  objective) by MIN_ENTITY_GAIN, else the rules' own decisions. */
export function earnedThreshold(best: { threshold: Thresholds; f1: number }, rulesAlone: number): Thresholds {
  return best.f1 - rulesAlone >= MIN_ENTITY_GAIN ? best.threshold : RULES_ALONE;
}

export function bestThresholds(
  f1At: (threshold: Thresholds) => number,
  guardAt: (threshold: Thresholds) => number,
  floor: number,
): { threshold: Thresholds; f1: number } {
  const objective = (threshold: Thresholds) => {
    const guarded = guardAt(threshold);
    return guarded >= floor ? f1At(threshold) : guarded - floor - 1;
  };
  // The search starts from the rules alone too, so the thresholds it picks never score below them on held-out reports.
  let best = [{ rule: 0, proposed: 0 }, RULES_ALONE]
    .map((threshold) => ({ threshold, value: objective(threshold) }))
    .reduce((a, b) => (b.value > a.value ? b : a));
  for (let round = 0; round < 2; round++) {
    for (const part of ['rule', 'proposed'] as const) {
      for (const value of THRESHOLDS) {
        const threshold = { ...best.threshold, [part]: value };
        const v = objective(threshold);
        if (v > best.value) best = { threshold, value: v };
      }
    }
  }
  return { threshold: best.threshold, f1: f1At(best.threshold) };
}

function relationCandidates(p: Prepared, entity: Decider) {
  const decided = keepEntities(p.recognized, scoreEntities(p.hypotheses, entity.weights), entity.threshold);
  const rules: RecognizedRelation[] = extractRelations(p.sentences, decided);
  return { decided, candidates: proposeRelations(p.texts, decided, rules) };
}

/** What extraction outputs for these entities and relations (with relations, after the steps extractReport runs on
 *  them last: places written only inside bodies' names that no relation needs left out, people whose every post is
 *  outside the state made Persons). */
function predictedDoc(p: Prepared, decided: RecognizedReport, relations?: RecognizedRelation[]): GoldDoc {
  const dropped = relations ? dropPlacesOnlyInBodies(decided, relations) : { report: decided, relations: [] };
  const out = { ...dropped, report: peopleOutsideTheState(dropped.report, dropped.relations) };
  return {
    doc: p.doc.gold.doc,
    entities: asGoldEntities(out.report),
    relations: out.relations.map((r) => ({
      type: r.type,
      from: out.report.entities[r.from]!.name,
      to: out.report.entities[r.to]!.name,
    })),
  };
}

/** The entity decider a model file ships: thresholds that keep the rules' entities as they are use no weight, so
 *  none is written. */
export function entityDecider(threshold: Thresholds, weights: Map<string, number>): Decider {
  return { threshold, weights: decidesNothing(threshold) ? new Map() : weights };
}

/** Reports whose F1 the chosen thresholds must keep at a floor (the reports the rules were written from). */
export interface Guard {
  docs: readonly TrainingDoc[];
  floor: { entity: number; relation: number };
}

export interface TrainingOptions {
  /** A feature must occur in this many training reports to be kept (MIN_REPORTS): more keeps fewer, more general
   *  features. */
  minReports?: number;
}

export function trainModel(
  train: readonly TrainingDoc[],
  dev: readonly TrainingDoc[],
  guard: Guard = { docs: [], floor: { entity: 0, relation: 0 } },
  options: TrainingOptions = {},
): TrainingReport {
  const { minReports = MIN_REPORTS } = options;
  const rulesOnly = (d: TrainingDoc) => prepare({ ...d, input: { ...d.input, model: null } });
  const trainSet = train.map(rulesOnly);
  const heldOut = dev.length ? dev.map(rulesOnly) : trainSet;
  const guarded = guard.docs.map(rulesOnly);
  const allGold = [...train, ...dev, ...guard.docs].map((d) => d.gold);

  // Entities: one example per candidate and kind it may have.
  const entityExamples = trainSet.map((p) => {
    const label = entityLabeler(p.doc.gold);
    return p.hypotheses.flatMap(({ candidate, kinds }) =>
      kinds.map(({ kind, base }) => ({
        features: prefixed(kind, base),
        label: label(kind, [candidate.name, ...candidate.aliases]),
      })),
    );
  });
  const entityWeights = learn(entityExamples, allGold, minReports);
  // Entity thresholds: what the entities score, and (on the held-out reports) what the rules' relations then score
  // on them: dropping an entity drops its relations.
  const entityObjective = (set: Prepared[], withRelations: boolean) => {
    const gold = set.map((p) => p.doc.gold);
    const scored = set.map((p) => scoreEntities(p.hypotheses, entityWeights));
    return (threshold: Thresholds) => {
      if (!set.length) return 1;
      const predicted = set.map((p, i) => {
        const decided = keepEntities(p.recognized, scored[i]!, threshold);
        return predictedDoc(p, decided, withRelations ? extractRelations(p.sentences, decided) : undefined);
      });
      const result = score(gold, predicted);
      return withRelations ? (result.entities.all!.f1 + result.relations.all!.f1) / 2 : result.entities.all!.f1;
    };
  };
  const heldOutObjective = entityObjective(heldOut, true);
  const best = bestThresholds(heldOutObjective, entityObjective(guarded, false), guard.floor.entity);
  // Deciding entities costs extraction a third more CPU and memory (every candidate span scored): a model earns it
  // only by a held-out gain larger than a stray entity or two.
  const entityThreshold = earnedThreshold(best, heldOutObjective(RULES_ALONE));
  const heldOutEntityF1 = entityObjective(heldOut, false)(entityThreshold);
  const entity = entityDecider(entityThreshold, entityWeights);

  // Relations: on the entities the model now decides, one example per candidate pair and type.
  const relationExamples = trainSet.map((p) => {
    const { decided, candidates } = relationCandidates(p, entity);
    const label = relationLabeler(p.doc.gold, asGoldEntities(decided));
    const names = decided.entities.map((e) => e.name);
    return candidates.map((c: RelationCandidate) => ({
      features: c.features,
      label: label(c.type, names[c.from]!, names[c.to]!),
    }));
  });
  const relationWeights = learn(relationExamples, allGold, minReports);
  const relationF1 = (set: Prepared[]) => {
    const gold = set.map((p) => p.doc.gold);
    const cases = set.map((p) => {
      const { decided, candidates } = relationCandidates(p, entity);
      return { p, decided, candidates, scores: candidates.map((c) => scoreOf(relationWeights, c.features)) };
    });
    return (threshold: Thresholds) => {
      if (!set.length) return 1;
      const predicted = cases.map(({ p, decided, candidates, scores }) =>
        predictedDoc(p, decided, keepRelations(p.texts, decided, candidates, scores, threshold)),
      );
      return score(gold, predicted).relations.all!.f1;
    };
  };
  const relationChoice = bestThresholds(relationF1(heldOut), relationF1(guarded), guard.floor.relation);

  return {
    model: { entity, relation: { threshold: relationChoice.threshold, weights: relationWeights } },
    entityExamples: entityExamples.reduce((n, e) => n + e.length, 0),
    relationExamples: relationExamples.reduce((n, e) => n + e.length, 0),
    features: { entity: entity.weights.size, relation: relationWeights.size },
    heldOut: { docs: heldOut.length, entityF1: heldOutEntityF1, relationF1: relationChoice.f1 },
  };
}
