import DataLoader from 'dataloader';
import { describe, expect, it } from 'vitest';
import { reportDates } from '../../src/api/facts.ts';
import type { Loaders } from '../../src/api/loaders.ts';
import type { StoredRelation, StoredReport } from '../../src/graph/store.ts';
import { DeadlineExceeded } from '../../src/graph/deadline.ts';

const relation = (reportId: string): StoredRelation => ({
  id: `Park:甲|LOCATED_IN|Region:乙`,
  type: 'LOCATED_IN',
  from: 'Park:甲',
  to: 'Region:乙',
  evidence: [{ reportId, sentence: '甲位于乙。', start: 0, end: 5 }],
});

/** Loaders whose report loader answers from `load` (only the loader reportDates reads). */
const loaders = (load: (ids: readonly string[]) => Promise<(StoredReport | undefined | Error)[]>) =>
  ({ report: new DataLoader<string, StoredReport | undefined>(load) }) as unknown as Loaders;

describe('reportDates', () => {
  it('gives the date of each dated report', async () => {
    const report = {
      id: 'r1',
      name: 'r1.txt',
      authors: [],
      entityCount: 1,
      relationCount: 1,
      publishedAt: '2023-05-01',
    };
    const dates = await reportDates(
      loaders(async (ids) => ids.map((id) => (id === 'r1' ? report : undefined))),
      [relation('r1'), relation('r2')],
    );
    expect([...dates]).toEqual([['r1', '2023-05-01']]);
  });

  it('fails when a report could not be read, instead of leaving its facts out unsaid', async () => {
    const failing = loaders(async (ids) => ids.map(() => new DeadlineExceeded()));
    await expect(reportDates(failing, [relation('r1')])).rejects.toThrow(DeadlineExceeded);
  });
});
