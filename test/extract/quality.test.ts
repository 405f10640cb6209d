// The quality bars on the five seed reports and on the corpus's held-out test split, scored like
// shared/eval/score.mjs: floors just under what the rules with the shipped model score, so a change that loses
// quality fails here. Test reports are only scored, never read to write a rule.
import { beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../../src/extract/index.ts';
import { toGoldFormat } from '../../src/extract/gold-format.ts';
import { readJsonDir } from '../../src/eval/load.ts';
import { score, type ScoreResult } from '../../src/eval/score.ts';
import { formatScores } from '../../src/eval/format.ts';
import { loadCorpus } from '../../src/eval/corpus.ts';

/** Just under what the rules with the shipped model score (0.968 / 0.960, Industry lowest at 0.864; issue 10's bar:
 *  0.95 / 0.90). The model no longer lifts the seeds it is trained on: its thresholds are chosen on dev from the rules
 *  alone up, and `npm run train` guards these floors. */
const FLOORS = { entityF1: 0.965, relationF1: 0.96, perKindF1: 0.86 };
/** The corpus test split (23 reports): measured 0.647 / 0.491 (the model keeps the rules' entities as they are and
 *  ships no entity weights); issue 10's bar, not yet reached, is 0.85 / 0.65. */
const TEST_SPLIT_FLOORS = { entityF1: 0.645, relationF1: 0.49 };

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));
const gold = readJsonDir(fileURLToPath(new URL('../fixtures/gold', import.meta.url)));

describe('extraction quality on the seed reports', () => {
  let result: ScoreResult;

  beforeAll(() => {
    const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));
    expect(seeds.sort()).toEqual(gold.map((g) => g.doc).sort());
    const predictions = seeds.map((name) =>
      toGoldFormat(extractReport({ name, bytes: readFileSync(seedsDir + name) })),
    );
    result = score(gold, predictions);
    console.log(formatScores(result, { misses: Boolean(process.env.KG_MISSES) }));
  }, 60_000); // five whole reports through rules and model: seconds on a busy machine

  it(`has an overall entity F1 of at least ${FLOORS.entityF1}`, () => {
    expect(result.entities.all!.f1).toBeGreaterThanOrEqual(FLOORS.entityF1);
  });

  it(`has an overall relation F1 of at least ${FLOORS.relationF1}`, () => {
    expect(result.relations.all!.f1).toBeGreaterThanOrEqual(FLOORS.relationF1);
  });

  it(`has no entity kind below ${FLOORS.perKindF1} F1`, () => {
    const below = Object.entries(result.entities)
      .filter(([kind, row]) => kind !== 'all' && row.f1 < FLOORS.perKindF1)
      .map(([kind, row]) => `${kind} ${row.f1}`);
    expect(below).toEqual([]);
  });
});

describe('extraction quality on the corpus test split', () => {
  it(`keeps entity F1 ≥ ${TEST_SPLIT_FLOORS.entityF1} and relation F1 ≥ ${TEST_SPLIT_FLOORS.relationF1}`, () => {
    const goldDir = fileURLToPath(new URL('../../corpus/gold', import.meta.url));
    const reportsDir = fileURLToPath(new URL('../../corpus/reports/', import.meta.url));
    const { splitOf } = loadCorpus(goldDir);
    const testGold = readJsonDir(goldDir).filter((g) => splitOf.get(g.doc) === 'test');
    expect(testGold.length).toBeGreaterThanOrEqual(20);
    const predictions = testGold.map((g) =>
      toGoldFormat(extractReport({ name: g.doc, bytes: readFileSync(reportsDir + g.doc) })),
    );
    const result = score(testGold, predictions);
    expect(result.entities.all!.f1).toBeGreaterThanOrEqual(TEST_SPLIT_FLOORS.entityF1);
    expect(result.relations.all!.f1).toBeGreaterThanOrEqual(TEST_SPLIT_FLOORS.relationF1);
  }, 120_000); // 23 whole reports through rules and model: seconds, more on a busy machine
});
