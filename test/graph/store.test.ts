import { describe, expect, it } from 'vitest';
import { reportFromRow, reportRow } from '../../src/graph/store.ts';

describe('report rows', () => {
  const report = {
    id: 'r1',
    name: '001.txt',
    title: '苏宿工业园区',
    authors: ['徐杰'],
    entityCount: 3,
    relationCount: 1,
  };

  it('round-trip through the row every adapter stores (absent properties as null)', () => {
    const row = reportRow(report);
    expect(row).toMatchObject({ publishedAt: null, source: null });
    expect(reportFromRow(row)).toEqual(report);
  });

  it('read an empty optional property as absent, in every store alike', () => {
    expect(reportFromRow({ ...reportRow(report), title: '', source: '' })).toEqual({ ...report, title: undefined });
    expect(reportFromRow({ ...reportRow(report), title: '' })).not.toHaveProperty('title');
  });
});
