import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { normalize } from '../../../src/extract/normalize.ts';
import { recognizeEntities } from '../../../src/extract/entities/index.ts';
import { entityHypotheses, scoreEntities, sentencesNaming } from '../../../src/extract/learn/decide.ts';
import { proposeEntities } from '../../../src/extract/learn/entity-candidates.ts';
import { EntityScorer } from '../../../src/extract/learn/entity-scorer.ts';
import { shippedModel } from '../../../src/extract/learn/model-file.ts';

const REPORT = [
  '滨江睢宁工业园区举行项目签约仪式',
  '副市长周明远出席并致辞。华辰科技有限公司与园区管委会签约，投资5亿元建设新能源电池项目。',
  '园区位于江苏省徐州市睢宁县，重点发展高端装备制造和新材料产业。',
  '华辰科技董事长李华表示，将在“智造谷”建设研发中心，与滨江大学合作共建实验室。',
  '阿某·某某院士、市发改委、县农业农村局、滨江创新创业服务中心等单位负责人参加活动。',
].join('\n');

function report() {
  const sentences = splitSentences(normalize(REPORT), REPORT);
  const texts = sentences.map((s) => s.text);
  return { texts, recognized: recognizeEntities(sentences, { authors: [] }) };
}

describe('EntityScorer', () => {
  const { weights, threshold } = shippedModel().entity;
  const { texts, recognized } = report();
  const expected = scoreEntities(entityHypotheses(texts, recognized), weights);
  const naming = sentencesNaming(texts);
  const candidates = proposeEntities(texts, recognized);

  it('scores every candidate as scoreEntities does over the feature strings, to the bit', () => {
    const scorer = new EntityScorer(weights);
    const got = candidates.map((c) => ({ name: c.name, ...scorer.best(c, texts, () => naming(c.name)) }));
    expect(got.length).toBeGreaterThan(20);
    expect(new Set(got.map((g) => g.kind)).size).toBeGreaterThan(3);
    expect(got).toEqual(
      expected.map((e) => ({ name: e.candidate.name, kind: e.kind, score: e.score, ownScore: e.ownScore })),
    );
  });

  it('skips only proposed candidates that score at most the threshold, and scores the others in full', () => {
    const scorer = new EntityScorer(weights, threshold);
    const got = candidates.map((c) => scorer.best(c, texts, () => naming(c.name)));
    const skipped = got.filter((g) => g.score === -Infinity).length;
    expect(skipped).toBeGreaterThan(got.length / 4);
    got.forEach((g, i) => {
      const { candidate, kind, score, ownScore } = expected[i]!;
      if (g.score !== -Infinity) expect(g).toEqual({ kind, score, ownScore });
      else {
        expect(candidate.ruleIndex).toBeUndefined();
        expect(score).toBeLessThanOrEqual(threshold.proposed);
      }
    });
  });

  it('scores a kind with no weights at zero', () => {
    const texts = ['华辰科技有限公司落户。'];
    const candidate = proposeEntities(texts, { entities: [], mentions: [] }).find((c) => c.proposer === 'head');
    expect(candidate).toBeDefined();
    expect(new EntityScorer(new Map()).best(candidate!, texts, () => 1)).toEqual({
      kind: candidate!.kinds[0],
      score: 0,
      ownScore: 0,
    });
  });
});
