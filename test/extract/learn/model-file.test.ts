import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decidesNothing,
  loadModel,
  parseModel,
  serializeModel,
  shippedModel,
  type DecisionModel,
} from '../../../src/extract/learn/model-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'kg-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const model: DecisionModel = {
  entity: {
    threshold: { rule: -1, proposed: 2 },
    weights: new Map([
      ['Park|e1=园', 1.23456],
      ['Park|bias', -0.5],
    ]),
  },
  relation: { threshold: { rule: 0, proposed: 1.5 }, weights: new Map([['LOCATED_IN|rule', 3]]) },
};

describe('the model file', () => {
  it('reads back what it writes, with weights rounded and in a stable order', () => {
    const text = serializeModel(model);
    const read = parseModel(text, 'm.json');
    expect(read.entity.threshold).toEqual({ rule: -1, proposed: 2 });
    expect([...read.entity.weights]).toEqual([
      ['Park|bias', -0.5],
      ['Park|e1=园', 1.2346],
    ]);
    expect(serializeModel(read)).toBe(text);
  });

  it('names the file and the problem when it is not a model', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"format": "something else"}');
    expect(() => loadModel(bad)).toThrow(`${bad}: not a decision model`);
    writeFileSync(bad, '{ not json');
    expect(() => loadModel(bad)).toThrow(`${bad}: not a decision model: not valid JSON`);
    expect(() => loadModel(join(dir, 'missing.json'))).toThrow(
      /missing\.json: cannot read the decision model: no such file/,
    );
    const text = serializeModel(model).replace('"LOCATED_IN|rule": 3', '"LOCATED_IN|rule": "high"');
    expect(() => parseModel(text, 'w.json')).toThrow('w.json: "relation.weights" has a weight that is not a number');
  });

  it('ships a model that loads, with entity weights only where its thresholds use them', () => {
    const shipped = shippedModel();
    if (decidesNothing(shipped.entity.threshold)) expect(shipped.entity.weights.size).toBe(0);
    else expect(shipped.entity.weights.size).toBeGreaterThan(100);
    expect(shipped.relation.weights.size).toBeGreaterThan(10);
  });
});
