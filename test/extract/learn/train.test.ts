// Training on a tiny invented gold set (test/fixtures/train: co-operatives, a kind of name the rules do not know).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readJsonDir } from '../../../src/eval/load.ts';
import { toGoldFormat } from '../../../src/extract/gold-format.ts';
import { extractReport } from '../../../src/extract/index.ts';
import { entityLabeler, relationLabeler } from '../../../src/extract/learn/labels.ts';
import { parseModel, RULES_ALONE, serializeModel } from '../../../src/extract/learn/model-file.ts';
import type { Thresholds } from '../../../src/extract/learn/model-file.ts';
import {
  bestThresholds,
  earnedThreshold,
  entityDecider,
  MIN_ENTITY_GAIN,
  trainModel,
} from '../../../src/extract/learn/train.ts';

const dir = 'test/fixtures/train';
const docs = readJsonDir(`${dir}/gold`).map((gold) => ({
  gold,
  input: { name: gold.doc, bytes: readFileSync(`${dir}/reports/${gold.doc}`) },
}));
const unseen = '北山菌菇合作社扩建基地。北山菌菇合作社负责人赵强表示，产量翻番。';

describe('labels by the scorer’s matching', () => {
  const gold = docs[0]!.gold;
  it('matches an entity by kind and any normalized form', () => {
    const label = entityLabeler(gold);
    expect(label('Company', ['“华辰果蔬合作社”'])).toBe(true);
    expect(label('Organization', ['华辰果蔬合作社'])).toBe(false);
    expect(label('Company', ['果蔬合作社'])).toBe(false);
  });
  it('matches a relation through the aligned entities', () => {
    const label = relationLabeler(gold, [
      { kind: 'Company', name: '华辰果蔬合作社' },
      { kind: 'Person', name: '王立新' },
    ]);
    expect(label('HOLDS_POSITION', '王立新', '华辰果蔬合作社')).toBe(true);
    expect(label('HOLDS_POSITION', '华辰果蔬合作社', '王立新')).toBe(false);
  });
});

describe('trainModel', () => {
  const result = trainModel(docs, []);

  it('learns what the gold teaches and changes extraction of a report it never saw', () => {
    const before = toGoldFormat(extractReport({ name: 'x.txt', text: unseen, model: null }));
    expect(before.entities.map((e) => e.name)).not.toContain('北山菌菇合作社');
    const model = parseModel(serializeModel(result.model), 'trained.json');
    const after = toGoldFormat(extractReport({ name: 'x.txt', text: unseen, model }));
    expect(after.entities).toContainEqual({ kind: 'Company', name: '北山菌菇合作社', aliases: [] });
    expect(after.relations).toContainEqual(
      expect.objectContaining({ type: 'HOLDS_POSITION', from: '赵强', to: '北山菌菇合作社', title: '负责人' }),
    );
  });

  it('is deterministic: the same reports give the same model file', () => {
    expect(serializeModel(trainModel(docs, []).model)).toBe(serializeModel(result.model));
  });

  it('keeps only features seen in at least minReports training reports', () => {
    expect(result.features.entity).toBeGreaterThan(0);
    const strict = trainModel(docs, [], undefined, { minReports: docs.length + 1 });
    expect(strict.features).toEqual({ entity: 0, relation: 0 });
  });

  it('ships no entity weight when its thresholds keep the rules’ entities as they are', () => {
    const weights = new Map([['suffix=公司', 1.5]]);
    expect(entityDecider(RULES_ALONE, weights).weights.size).toBe(0);
    expect(entityDecider({ rule: 0, proposed: 2 }, weights).weights.size).toBe(1);
  });

  it('keeps the rules’ entities unless deciding them gains at least MIN_ENTITY_GAIN on the held-out reports', () => {
    const best = { threshold: { rule: -2, proposed: 3 }, f1: 0.8 };
    expect(earnedThreshold(best, 0.8 - MIN_ENTITY_GAIN / 2)).toEqual(RULES_ALONE);
    expect(earnedThreshold(best, 0.8 - MIN_ENTITY_GAIN)).toEqual(best.threshold);
  });
  it('starts its threshold search from the rules alone too, so it never picks worse on the held-out reports', () => {
    // Only both thresholds at once reach the rules alone: a search from (0, 0) moving one at a time never would.
    const rulesAlone = (t: Thresholds) => (t.rule < -100 && t.proposed > 100 ? 0.9 : 0.5);
    expect(bestThresholds(rulesAlone, () => 1, 0).f1).toBe(0.9);
  });

  it('keeps no name of the gold in its features', () => {
    const text = serializeModel(result.model);
    for (const doc of docs) for (const e of doc.gold.entities ?? []) expect(text).not.toContain(e.name);
  });
});
