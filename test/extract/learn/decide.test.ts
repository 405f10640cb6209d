import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideEntities, keepEntities, type ScoredEntity, sentencesNaming } from '../../../src/extract/learn/decide.ts';
import { RULES_ALONE } from '../../../src/extract/learn/model-file.ts';

/** The count as the features define it: sentences that include the name, counting stops at 6. */
const naive = (texts: readonly string[], name: string) => {
  let n = 0;
  for (const t of texts) if (t.includes(name) && ++n >= 6) break;
  return n;
};

describe('sentencesNaming', () => {
  it('counts the sentences that name a name, up to 6', () => {
    const texts = ['华辰科技有限公司落户滨江。', '华辰科技投产。', '华辰华辰。', '无关。'];
    const naming = sentencesNaming(texts);
    expect(naming('华辰')).toBe(3);
    expect(naming('华辰科技有限公司')).toBe(1);
    expect(naming('落户滨江。')).toBe(1);
    expect(naming('滨江。华辰')).toBe(0); // across two sentences is not a naming
    expect(naming('华')).toBe(3);
    expect(naming('')).toBe(4);
    expect(sentencesNaming(Array(9).fill('华辰科技'))('华辰')).toBe(6);
  });

  it('agrees with searching every sentence', () => {
    const unit = fc.constantFrom('园', '区', '工', '业', '𠀋', '，', '\n');
    const str = (max: number) => fc.array(unit, { maxLength: max }).map((us) => us.join(''));
    fc.assert(
      fc.property(fc.array(str(12), { maxLength: 12 }), fc.array(str(4), { maxLength: 10 }), (texts, names) => {
        const naming = sentencesNaming(texts);
        for (const name of names) expect(naming(name)).toBe(naive(texts, name));
      }),
    );
  });
});

describe('keepEntities', () => {
  const report = {
    entities: [{ kind: 'Park' as const, name: '青禾产业园', aliases: new Set<string>() }],
    mentions: [{ entity: 0, sentence: 0, start: 0, end: 5 }],
  };
  // The model scores the rules' park higher as a project than as a park.
  const decided: ScoredEntity[] = [
    {
      candidate: {
        name: '青禾产业园',
        aliases: [],
        kinds: ['Park', 'Project'],
        proposer: 'rule',
        ruleIndex: 0,
        spans: [],
      },
      kind: 'Project',
      score: 5,
      ownScore: 1,
    },
  ];
  const kept = (rule: number) =>
    keepEntities(report, decided, { rule, proposed: 1e6 }).entities.map((e) => `${e.kind} ${e.name}`);

  it('keeps a rule entity of its own kind where the model accepts it as that, as the rules alone do', () => {
    expect(kept(-1e6)).toEqual(['Park 青禾产业园']);
    expect(kept(0)).toEqual(['Park 青禾产业园']);
  });

  it('re-types it only where its own kind is rejected and another accepted, and drops it where none is', () => {
    expect(kept(2)).toEqual(['Project 青禾产业园']);
    expect(kept(6)).toEqual([]);
  });
});

describe('decideEntities', () => {
  const report = {
    entities: [{ kind: 'Park' as const, name: '青禾产业园', aliases: new Set<string>() }],
    mentions: [{ entity: 0, sentence: 0, start: 0, end: 5 }],
  };
  // Weights that would re-type the park and add a proposal, were any candidate scored.
  const weights = new Map([['Project|bias', 50]]);
  const model = (threshold: { rule: number; proposed: number }) => ({
    entity: { threshold, weights },
    relation: { threshold: RULES_ALONE, weights: new Map() },
  });

  it("returns the rules' entities untouched when the thresholds keep them all and add nothing", () => {
    expect(decideEntities(['青禾产业园落户于此。'], report, model(RULES_ALONE))).toBe(report);
  });

  it('scores the candidates when the thresholds can change something', () => {
    expect(decideEntities(['青禾产业园落户于此。'], report, model({ rule: 0, proposed: 1e6 }))).not.toBe(report);
  });
});
