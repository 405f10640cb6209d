// Lookup rows as the port's types, paging parameters, and the runner's parameter check.
import neo4j from 'neo4j-driver';
import type { ManagedTransaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.ts';
import { pageQuery, toEntity, toMentions, toRelation, toReport } from '../../../src/graph/neo4j/records.ts';
import { encodeCursor } from '../../../src/graph/paging.ts';
import { runStatement } from '../../../src/graph/neo4j/run.ts';
import { CypherStatements } from '../../../src/graph/neo4j/statements.ts';
import { MAX_PAGE_SIZE } from '../../../src/graph/store.ts';

describe('pageQuery', () => {
  it('asks for one row more than the page, clamped to MAX_PAGE_SIZE, after the cursor key', () => {
    expect(pageQuery({ first: 10 })).toEqual({ size: 10, params: { after: '', limit: neo4j.int(11) } });
    expect(pageQuery({ first: 10_000 }).size).toBe(MAX_PAGE_SIZE);
    expect(pageQuery().size).toBe(MAX_PAGE_SIZE);
    expect(pageQuery({ first: 5, after: encodeCursor('Park:x') }).params.after).toBe('Park:x');
    expect(() => pageQuery({ first: -1 })).toThrow(UserError);
    expect(() => pageQuery({ after: 'not a cursor!' })).toThrow(UserError);
  });
});

describe('rows as stored values', () => {
  it('zips a relation evidence lists and keeps only the properties it has', () => {
    const relation = toRelation({
      id: 'a|INVESTS_IN|b',
      type: 'INVESTS_IN',
      from: 'a',
      to: 'b',
      title: null,
      amount: 1e9,
      status: '签约',
      tier: null,
      role: null,
      evidence: ['s1', 's2'],
      evidenceReports: ['r1', 'r2'],
      evidenceStarts: [0, 10],
      evidenceEnds: [5, 20],
    });
    expect(relation).toEqual({
      id: 'a|INVESTS_IN|b',
      type: 'INVESTS_IN',
      from: 'a',
      to: 'b',
      amount: 1e9,
      status: '签约',
      evidence: [
        { reportId: 'r1', sentence: 's1', start: 0, end: 5 },
        { reportId: 'r2', sentence: 's2', start: 10, end: 20 },
      ],
    });
  });

  it('expands a MENTIONED_IN row into its mentions', () => {
    expect(
      toMentions({ reportId: 'r', surfaces: ['甲', '乙'], sentences: ['s', 't'], starts: [1, 2], ends: [3, 4] }),
    ).toEqual([
      { reportId: 'r', surface: '甲', sentence: 's', start: 1, end: 3 },
      { reportId: 'r', surface: '乙', sentence: 't', start: 2, end: 4 },
    ]);
  });

  it('leaves out what an entity or report does not have', () => {
    expect(toEntity({ id: 'Park:x', kind: 'Park', name: 'x', aliases: null })).toEqual({
      id: 'Park:x',
      kind: 'Park',
      name: 'x',
      aliases: [],
    });
    const row = { id: 'r', name: 'a.txt', title: null, publishedAt: '2024-01-02', source: null, authors: [] };
    expect(toReport({ ...row, entityCount: 3, relationCount: 1 })).toEqual({
      id: 'r',
      name: 'a.txt',
      publishedAt: '2024-01-02',
      authors: [],
      entityCount: 3,
      relationCount: 1,
    });
  });
});

describe('runStatement', () => {
  const statements = CypherStatements.load();
  const recordingTx = () => {
    const sent: Array<[string, unknown]> = [];
    const tx = {
      run: async (text: string, params: unknown) => {
        sent.push([text, params]);
        return { records: [] };
      },
    };
    return { tx: tx as unknown as ManagedTransaction, sent };
  };

  it('sends the rendered text with exactly the declared parameters', async () => {
    const { tx, sent } = recordingTx();
    await runStatement(tx, statements, 'getEntities', { ids: ['Park:x'] });
    expect(sent).toEqual([[statements.render('getEntities').text, { ids: ['Park:x'] }]]);
  });

  it('sends nothing when the parameters differ from the declaration', async () => {
    const { tx, sent } = recordingTx();
    await expect(runStatement(tx, statements, 'getEntities', {})).rejects.toThrow(/takes parameters \(ids\)/);
    await expect(runStatement(tx, statements, 'getEntities', { ids: [], extra: 1 })).rejects.toThrow(
      /not \(ids, extra\)/,
    );
    expect(sent).toEqual([]);
  });
});
