// The decision model on disk: one JSON file of two weight tables (entity candidates, relation candidates) and the
// score each must pass. The shipped model (model.json beside this module, written by `npm run train`) is read once,
// on first use; `kg extract --model FILE` reads another. A file that is not such a model is a clear error naming it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../../errors.ts';
import type { Weights } from './perceptron.ts';

export const MODEL_FORMAT = 'park-graph/decision-model';
export const MODEL_VERSION = 1;

/** Where the shipped model lives: the same path from src/extract/learn/ and from its build, dist/extract/learn/. */
export const SHIPPED_MODEL_PATH = fileURLToPath(new URL('../../../src/extract/learn/model.json', import.meta.url));

/** The score a candidate must pass: one for what the rules proposed, one for the proposer's broader candidates. */
export interface Thresholds {
  rule: number;
  proposed: number;
}

/** Beyond any score: a rule threshold this low keeps every rule candidate, a proposal threshold this high adds none. */
export const BEYOND_ANY_SCORE = 1e6;
/** The rules alone: the model decides nothing. */
export const RULES_ALONE: Thresholds = { rule: -BEYOND_ANY_SCORE, proposed: BEYOND_ANY_SCORE };

/** Whether thresholds keep every rule candidate as it is and add no proposal, so that no candidate need be scored. */
export const decidesNothing = (t: Thresholds) => t.rule <= RULES_ALONE.rule && t.proposed >= RULES_ALONE.proposed;

export interface Decider {
  threshold: Thresholds;
  weights: Weights;
}

export interface DecisionModel {
  entity: Decider;
  relation: Decider;
}

interface DeciderFile {
  threshold: Thresholds;
  weights: Record<string, number>;
}

function parseDecider(value: unknown, part: string, label: string): Decider {
  const d = value as Partial<DeciderFile> | null;
  if (typeof d !== 'object' || d === null) throw new UserError(`${label}: "${part}" is missing or not an object`);
  const t = d.threshold as Partial<Thresholds> | undefined;
  const finite = (x: unknown) => typeof x === 'number' && Number.isFinite(x);
  if (typeof t !== 'object' || t === null || !finite(t.rule) || !finite(t.proposed))
    throw new UserError(`${label}: "${part}.threshold" must hold numbers "rule" and "proposed"`);
  if (typeof d.weights !== 'object' || d.weights === null || Array.isArray(d.weights))
    throw new UserError(`${label}: "${part}.weights" must be an object of feature weights`);
  const weights = new Map<string, number>();
  for (const [feature, weight] of Object.entries(d.weights)) {
    if (typeof weight !== 'number' || !Number.isFinite(weight))
      throw new UserError(`${label}: "${part}.weights" has a weight that is not a number (${feature})`);
    weights.set(feature, weight);
  }
  return { threshold: { rule: t.rule!, proposed: t.proposed! }, weights };
}

/** Reads a model from its JSON text; `label` names the file in errors. */
export function parseModel(text: string, label: string): DecisionModel {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${label}: not a decision model: not valid JSON (${(error as Error).message})`);
  }
  const m = value as { format?: unknown; version?: unknown; entity?: unknown; relation?: unknown } | null;
  if (typeof m !== 'object' || m === null || m.format !== MODEL_FORMAT)
    throw new UserError(
      `${label}: not a decision model (expected "format": "${MODEL_FORMAT}", as \`kg train\` writes)`,
    );
  if (m.version !== MODEL_VERSION)
    throw new UserError(
      `${label}: decision model version ${String(m.version)} is not supported (expected ${MODEL_VERSION})`,
    );
  return { entity: parseDecider(m.entity, 'entity', label), relation: parseDecider(m.relation, 'relation', label) };
}

export function loadModel(path: string): DecisionModel {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new UserError(`${path}: cannot read the decision model: ${reason}`);
  }
  return parseModel(text, path);
}

let shipped: DecisionModel | undefined;

/** The shipped model, read on first use and kept. */
export function shippedModel(): DecisionModel {
  shipped ??= loadModel(SHIPPED_MODEL_PATH);
  return shipped;
}

/** Weights as the file stores them: rounded to 4 decimals, zeros dropped, features sorted (the same model always
 *  writes the same bytes, and scores the same read back). */
export function roundWeights(weights: Weights): Map<string, number> {
  return new Map(
    [...weights]
      .map(([f, w]) => [f, Math.round(w * 1e4) / 1e4] as const)
      .filter(([, w]) => w !== 0)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

export function serializeModel(model: DecisionModel): string {
  const part = (d: Decider) => ({
    threshold: { rule: d.threshold.rule, proposed: d.threshold.proposed },
    weights: Object.fromEntries(roundWeights(d.weights)),
  });
  return `${JSON.stringify({ format: MODEL_FORMAT, version: MODEL_VERSION, entity: part(model.entity), relation: part(model.relation) }, null, 2)}\n`;
}
