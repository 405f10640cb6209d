// Cross-validation of the decision model grouped by source repository: the annotated reports are cut into K folds,
// all reports of one repository in one fold (reports of one site share wording, so a model trained on some of them
// and scored on others measures memory, not generalization). Each fold is scored with the rules alone and with a
// model trained on the other folds (plus the reports always trained on, such as the seeds), its thresholds chosen on
// the same held-out split as `npm run train` uses. Deterministic: the same reports give the same folds and scores.
import { toGoldFormat } from '../gold-format.ts';
import { extractReport } from '../index.ts';
import { score, type GoldDoc } from '../../eval/score.ts';
import { parseModel, serializeModel, type DecisionModel } from './model-file.ts';
import { trainModel, type Guard, type TrainingDoc, type TrainingOptions } from './train.ts';

/**
 * Items cut into `k` folds, every group (repository) whole in one fold: the largest groups first (ties by name), each
 * into the fold holding fewest items so far (the first of equals). Items keep their order within a fold.
 */
export function groupedFolds<T>(items: readonly T[], groupOf: (item: T) => string, k: number): T[][] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`folds: expected a whole number of at least 2, got ${k}`);
  const sizes = new Map<string, number>();
  for (const item of items) sizes.set(groupOf(item), (sizes.get(groupOf(item)) ?? 0) + 1);
  const groups = [...sizes].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0));
  const load = new Array<number>(k).fill(0);
  const foldOf = new Map<string, number>();
  for (const [group, size] of groups) {
    const fold = load.indexOf(Math.min(...load));
    foldOf.set(group, fold);
    load[fold] = load[fold]! + size;
  }
  const folds = Array.from({ length: k }, (): T[] => []);
  for (const item of items) folds[foldOf.get(groupOf(item))!]!.push(item);
  return folds;
}

export interface F1Pair {
  entity: number;
  relation: number;
}

export interface FoldScore {
  docs: number;
  groups: number;
  rules: F1Pair;
  model: F1Pair;
}

export interface CrossValidation {
  folds: FoldScore[];
  /** The folds' F1 averaged. */
  mean: { rules: F1Pair; model: F1Pair };
  /** F1 over every held-out report at once (each scored by the model that did not see it). */
  pooled: { rules: F1Pair; model: F1Pair };
}

function predict(docs: readonly TrainingDoc[], model: DecisionModel | null): GoldDoc[] {
  return docs.map((d) => toGoldFormat(extractReport({ ...d.input, model })));
}

function f1Of(gold: GoldDoc[], predicted: GoldDoc[]): F1Pair {
  const result = score(gold, predicted);
  return { entity: result.entities.all!.f1, relation: result.relations.all!.f1 };
}

const meanOf = (pairs: F1Pair[]): F1Pair => ({
  entity: pairs.reduce((s, p) => s + p.entity, 0) / pairs.length,
  relation: pairs.reduce((s, p) => s + p.relation, 0) / pairs.length,
});

export interface CrossValidationInput {
  /** The reports cut into folds. */
  docs: readonly TrainingDoc[];
  /** The group (repository) of a report: a group never spans two folds. */
  groupOf: (doc: TrainingDoc) => string;
  folds: number;
  /** Reports trained on in every fold, never scored (the seeds). */
  always?: readonly TrainingDoc[];
  /** Reports the thresholds are chosen on (none: on the training reports). */
  dev?: readonly TrainingDoc[];
  guard?: Guard;
  training?: TrainingOptions;
  /** Told when a fold is done (progress on a slow run). */
  onFold?: (index: number, fold: FoldScore) => void;
}

export function crossValidate(input: CrossValidationInput): CrossValidation {
  const { docs, groupOf, always = [], dev = [], guard } = input;
  const folds = groupedFolds(docs, groupOf, input.folds);
  const gold: GoldDoc[] = [];
  const byRules: GoldDoc[] = [];
  const byModel: GoldDoc[] = [];
  const scores = folds.map((heldOut, index) => {
    const training = [...folds.filter((_, i) => i !== index).flat(), ...always];
    // Through the model file, as shipped: the same rounding and parsing.
    const model = parseModel(
      serializeModel(trainModel(training, dev, guard, input.training).model),
      `fold ${index + 1}`,
    );
    const foldGold = heldOut.map((d) => d.gold);
    const rules = predict(heldOut, null);
    const decided = predict(heldOut, model);
    gold.push(...foldGold);
    byRules.push(...rules);
    byModel.push(...decided);
    const fold: FoldScore = {
      docs: heldOut.length,
      groups: new Set(heldOut.map(groupOf)).size,
      rules: f1Of(foldGold, rules),
      model: f1Of(foldGold, decided),
    };
    input.onFold?.(index, fold);
    return fold;
  });
  return {
    folds: scores,
    mean: { rules: meanOf(scores.map((s) => s.rules)), model: meanOf(scores.map((s) => s.model)) },
    pooled: { rules: f1Of(gold, byRules), model: f1Of(gold, byModel) },
  };
}
