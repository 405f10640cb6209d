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
    const found = resolveReferences(report, [reference('园区', 0), reference('产业园', 0), reference('产业园', 2)]);
    expect(found.map((m) => [m.entity, m.sentence, m.reference])).toEqual([
      [0, 0, true],
      [0, 0, true],
      [1, 2, true],
    ]);
  });
  it('drops a reference when the report has no subject park to point at', () => {
    expect(resolveReferences({ ...report, subjectPark: undefined }, [reference('园区', 0)])).toEqual([]);
  });
});
