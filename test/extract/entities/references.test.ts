// References (园区, 该产业园) become mentions of the park they mean.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../src/extract/entities/candidate.ts';
import { resolveReferences } from '../../../src/extract/entities/references.ts';
import type { RecognizedReport } from '../../../src/extract/entities/report.ts';

const reference = (suffix: string, sentence: number): Candidate => ({
  kind: 'Park',
  name: suffix,
  sentence,
  start: 0,
  end: suffix.length,
  priority: 2,
  reference: suffix,
});

describe('resolveReferences', () => {
  const report: RecognizedReport = {
    entities: [
      { kind: 'Park', name: '滨江经济开发区', aliases: new Set() },
      { kind: 'Park', name: '华辰智造产业园', aliases: new Set() },
    ],
    mentions: [{ entity: 1, sentence: 1, start: 0, end: 7 }],
    subjectPark: 0,
  };
  it('points 园区 at the subject park and 该产业园 at the last 产业园 named before it, else the subject', () => {
    const texts = ['园区', '', '产业园'];
    const found = resolveReferences(
      report,
      [reference('园区', 0), reference('产业园', 0), reference('产业园', 2)],
      texts,
    ).mentions;
    expect(found.map((m) => [m.entity, m.sentence, m.reference])).toEqual([
      [0, 0, true],
      [0, 0, true],
      [1, 2, true],
    ]);
  });
  it('drops a reference when the report has no subject park to point at', () => {
    expect(resolveReferences({ ...report, subjectPark: undefined }, [reference('园区', 0)], ['园区']).mentions).toEqual(
      [],
    );
  });
  it('names a zone written by its kind alone before its committee’s post a Park of its own, once', () => {
    const texts = ['高新区管委会主任王某某、高新区党工委副书记李某某出席。'];
    const { entities, mentions } = resolveReferences(
      { ...report, subjectPark: undefined },
      [reference('高新区', 0), { ...reference('高新区', 0), start: 12, end: 15 }],
      texts,
    );
    expect(entities.slice(2)).toEqual([{ kind: 'Park', name: '高新区', aliases: new Set() }]);
    expect(mentions.map((m) => [m.entity, m.start])).toEqual([
      [2, 0],
      [2, 12],
    ]);
    // (Not the kind word of a name before it, 甲乙|新区管委会, nor without the committee: 高新区 alone refers to a
    // zone the report names, or to none.)
    const inName = { ...reference('新区', 0), start: 2, end: 4 };
    expect(
      resolveReferences({ ...report, subjectPark: undefined }, [inName], ['甲乙新区管委会主任王某']).entities,
    ).toHaveLength(2);
    expect(
      resolveReferences({ ...report, subjectPark: undefined }, [reference('高新区', 0)], ['高新区企业']).entities,
    ).toHaveLength(2);
  });
});
