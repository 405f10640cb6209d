import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import type { ExtractedReport } from '../../src/ontology/model.ts';
import {
  addClaim,
  claimedProperties,
  claimsWithout,
  evidenceWithout,
  mergeAliases,
  mergeEvidence,
  mergeReports,
  relationId,
  resolveReport,
} from '../../src/graph/resolve.ts';
import { COMPANY, PARK, REGION, reportA, reportB } from '../fixtures/reports.ts';

const sentence = (index: number, text: string) => ({
  index,
  text,
  original: text,
  start: index * 10,
  end: index * 10 + 9,
});

function report(overrides: Partial<ExtractedReport> = {}): ExtractedReport {
  return {
    doc: { id: 'r1', name: 'r1.txt', authors: [] },
    entities: [
      {
        id: 'e1',
        kind: 'Park',
        name: '  “青山园区” ',
        aliases: ['青山园'],
        mentions: [{ surface: '青山园区', start: 0, end: 4, sentence: 0 }],
      },
      {
        id: 'e2',
        kind: 'Region',
        name: '青山区',
        aliases: [],
        mentions: [{ surface: '青山区', start: 6, end: 9, sentence: 0 }],
      },
      {
        id: 'e3',
        kind: 'Park',
        name: '青山园区',
        aliases: ['青山园', '园区'],
        mentions: [{ surface: '园区', start: 10, end: 12, sentence: 1 }],
      },
    ],
    relations: [
      { type: 'LOCATED_IN', from: 'e1', to: 'e2', evidence: [0] },
      { type: 'LOCATED_IN', from: 'e3', to: 'e2', evidence: [1, 0] },
    ],
    evidence: [sentence(0, '青山园区位于青山区。'), sentence(1, '园区很大。')],
    ...overrides,
  };
}

describe('resolveReport', () => {
  it('keys entities by kind and canonical name, merging surface entities that share one', () => {
    const resolved = resolveReport(report());
    expect(resolved.entities.map((e) => e.id)).toEqual(['Park:青山园区', 'Region:青山区']);
    const park = resolved.entities[0]!;
    expect(park.name).toBe('  “青山园区” ');
    expect(park.aliases).toEqual(['青山园', '青山园区', '园区']);
    expect(park.mentions.map((m) => m.sentence)).toEqual([0, 1]);
    expect(resolved.report).toMatchObject({ id: 'r1', name: 'r1.txt', entityCount: 2, relationCount: 1 });
  });

  it('keys relations by from, type and to, with the union of their evidence', () => {
    const resolved = resolveReport(report());
    expect(resolved.relations).toEqual([
      {
        id: 'Park:青山园区|LOCATED_IN|Region:青山区',
        type: 'LOCATED_IN',
        from: 'Park:青山园区',
        to: 'Region:青山区',
        properties: {},
        sentences: [0, 1],
      },
    ]);
    expect(resolved.sentences.map((s) => s.index)).toEqual([0, 1]);
  });

  it('keeps only the properties a relation type carries', () => {
    const resolved = resolveReport(reportA);
    const invests = resolved.relations.find((r) => r.type === 'INVESTS_IN')!;
    expect(invests.properties).toEqual({ amount: 1_000_000_000 });
    const withStray = report({
      relations: [{ type: 'LOCATED_IN', from: 'e1', to: 'e2', evidence: [0], title: '书记', amount: 5 }],
    });
    expect(resolveReport(withStray).relations[0]!.properties).toEqual({});
  });

  it('gives the same ids to the same entity in different reports', () => {
    const a = resolveReport(reportA);
    const b = resolveReport(reportB);
    const shared = a.entities.map((e) => e.id).filter((id) => b.entities.some((e) => e.id === id));
    expect(shared.sort()).toEqual([`Company:${COMPANY}`, `Park:${PARK}`, `Region:${REGION}`].sort());
    expect(relationId(`Park:${PARK}`, 'LOCATED_IN', `Region:${REGION}`)).toBe(
      `Park:${PARK}|LOCATED_IN|Region:${REGION}`,
    );
  });

  describe('one node per real entity', () => {
    const entity = (id: string, kind: 'Park' | 'Company' | 'Organization' | 'Region', name: string, sentence = 0) => ({
      id,
      kind,
      name,
      aliases: [],
      mentions: [{ surface: name, start: 0, end: name.length, sentence }],
    });

    it('merges a short form into the fuller name it shortens, with its relations', () => {
      const resolved = resolveReport(
        report({
          entities: [
            entity('p', 'Park', '滨江综合实验区'),
            entity('full', 'Company', '滨江综合实验区华辰物流有限公司'),
            entity('short', 'Company', '区华辰物流有限公司', 1),
            entity('c1', 'Company', '苏州市甲科技有限公司'),
            entity('c2', 'Company', '苏州市乙电器有限公司'),
          ],
          relations: [
            { type: 'LOCATED_IN', from: 'short', to: 'p', evidence: [1] },
            { type: 'LOCATED_IN', from: 'full', to: 'p', evidence: [0] },
            { type: 'LOCATED_IN', from: 'short', to: 'full', evidence: [1] },
          ],
        }),
      );
      const company = resolved.entities[1]!;
      expect(resolved.entities.map((e) => e.id)).toEqual([
        'Park:滨江综合实验区',
        'Company:滨江综合实验区华辰物流有限公司',
        'Company:苏州市甲科技有限公司',
        'Company:苏州市乙电器有限公司',
      ]);
      expect(company).toMatchObject({ name: '滨江综合实验区华辰物流有限公司', aliases: ['区华辰物流有限公司'] });
      expect(company.mentions.map((m) => m.sentence)).toEqual([0, 1]);
      // The short form's relation joins the full name's; the one between the two forms says nothing.
      expect(resolved.relations).toEqual([
        expect.objectContaining({
          id: 'Company:滨江综合实验区华辰物流有限公司|LOCATED_IN|Park:滨江综合实验区',
          sentences: [1, 0],
        }),
      ]);
    });

    it('gives the abbreviated and the official park name one node across reports, named as first stored', () => {
      const one = report({ entities: [entity('p', 'Park', '滨江高新区')], relations: [] });
      const other = report({
        doc: { id: 'r2', name: 'r2.txt', authors: [] },
        entities: [entity('p', 'Park', '滨江高新技术产业开发区')],
        relations: [],
      });
      const graph = mergeReports([resolveReport(one), resolveReport(other)]);
      expect(graph.entities).toEqual([
        { id: 'Park:滨江高新技术产业开发区', kind: 'Park', name: '滨江高新区', aliases: ['滨江高新技术产业开发区'] },
      ]);
    });

    it('keeps apart the bodies reports name by their level word alone; a full name is keyed across reports', () => {
      const named = (id: string, ...entities: ExtractedReport['entities']) =>
        resolveReport(report({ doc: { id, name: `${id}.txt`, authors: [] }, entities, relations: [] }));
      const full = { ...entity('h', 'Organization', '江南省政府'), aliases: ['省政府'] };
      const graph = mergeReports([
        named('r1', entity('g', 'Organization', '省政府')),
        named('r2', full),
        named('r3', entity('g', 'Organization', '省政府')),
        named('r4', entity('h', 'Organization', '江南省人民政府')),
      ]);
      expect(graph.entities.map((e) => [e.id, e.name])).toEqual([
        ['Organization:省人民政府@r1', '省政府'],
        ['Organization:江南省人民政府', '江南省政府'],
        ['Organization:省人民政府@r3', '省政府'],
      ]);
    });

    it('merges a body named by its level word alone into the one full name of the report it shortens', () => {
      const resolved = resolveReport(
        report({
          entities: [entity('g', 'Organization', '市政府'), entity('h', 'Organization', '青石市人民政府')],
          relations: [],
        }),
      );
      expect(resolved.entities.map((e) => [e.id, e.name, e.aliases])).toEqual([
        ['Organization:青石市人民政府', '青石市人民政府', ['市政府']],
      ]);
    });

    it('names a node by the fullest of the spellings one report gives it', () => {
      const resolved = resolveReport(
        report({
          entities: [entity('a', 'Park', '滨江高新区'), entity('b', 'Park', '滨江高新技术产业开发区')],
          relations: [],
        }),
      );
      expect(resolved.entities).toEqual([
        expect.objectContaining({
          id: 'Park:滨江高新技术产业开发区',
          name: '滨江高新技术产业开发区',
          aliases: ['滨江高新区'],
        }),
      ]);
    });
  });

  it.each([
    [
      'an unknown endpoint',
      { relations: [{ type: 'LOCATED_IN' as const, from: 'e1', to: 'nope', evidence: [0] }] },
      /nope/,
    ],
    [
      'endpoints the ontology does not allow',
      { relations: [{ type: 'LOCATED_IN' as const, from: 'e2', to: 'e1', evidence: [0] }] },
      /does not link Region to Park/,
    ],
    [
      'a relation to itself',
      { relations: [{ type: 'PART_OF' as const, from: 'e1', to: 'e3', evidence: [0] }] },
      /itself/,
    ],
    [
      'no evidence',
      { relations: [{ type: 'LOCATED_IN' as const, from: 'e1', to: 'e2', evidence: [] }] },
      /no evidence/,
    ],
    [
      'a sentence the report lacks',
      { relations: [{ type: 'LOCATED_IN' as const, from: 'e1', to: 'e2', evidence: [7] }] },
      /sentence 7/,
    ],
    ['an invalid report id', { doc: { id: 'a b#1', name: 'x.txt', authors: [] } }, /invalid report id/],
    [
      'an empty name',
      { entities: [{ id: 'x', kind: 'Park' as const, name: ' 「」 ', aliases: [], mentions: [] }], relations: [] },
      /empty name/,
    ],
  ])('refuses a report with %s, naming the report', (_, overrides, message) => {
    expect(() => resolveReport(report(overrides))).toThrow(UserError);
    expect(() => resolveReport(report(overrides))).toThrow(message);
  });

  it('refuses property values outside the ontology', () => {
    const entities = [
      ...report().entities,
      { id: 'c', kind: 'Company' as const, name: '某公司', aliases: [], mentions: [] },
      { id: 'i', kind: 'Industry' as const, name: '激光', aliases: [], mentions: [] },
    ];
    const amount = report({
      entities,
      relations: [{ type: 'INVESTS_IN', from: 'c', to: 'e1', evidence: [1], amount: '十亿' as never }],
    });
    expect(() => resolveReport(amount)).toThrow(/r1\.txt.*invalid amount "十亿"/);
    const tier = report({
      entities,
      relations: [{ type: 'FOCUSES_ON', from: 'e1', to: 'i', evidence: [1], tier: '次要' as never }],
    });
    expect(() => resolveReport(tier)).toThrow(/invalid tier "次要"/);
  });
});

describe('merges', () => {
  it('merges aliases in first-seen order, without the name, blanks or repeats', () => {
    expect(mergeAliases('甲', ['乙', '甲', ''], ['丙', '乙'])).toEqual(['乙', '丙']);
  });

  it('merges and drops evidence by report', () => {
    const a = [{ reportId: 'a', sentence: 1 }];
    const merged = mergeEvidence(a, [
      { reportId: 'a', sentence: 1 },
      { reportId: 'b', sentence: 1 },
      { reportId: 'b', sentence: 1 },
    ]);
    expect(merged).toEqual([
      { reportId: 'a', sentence: 1 },
      { reportId: 'b', sentence: 1 },
    ]);
    expect(evidenceWithout(merged, 'a')).toEqual([{ reportId: 'b', sentence: 1 }]);
  });

  it('shows the latest claim of each property and falls back when a claim is withdrawn', () => {
    let claims = addClaim([], { reportId: 'a', properties: { amount: 1, status: '签约' } });
    claims = addClaim(claims, { reportId: 'b', properties: { amount: 2 } });
    claims = addClaim(claims, { reportId: 'c', properties: {} });
    expect(claims.map((c) => c.reportId)).toEqual(['a', 'b']);
    expect(claimedProperties(claims)).toEqual({ amount: 2, status: '签约' });
    expect(claimedProperties(claimsWithout(claims, 'b'))).toEqual({ amount: 1, status: '签约' });
    expect(claimedProperties(claimsWithout(claims, 'a'))).toEqual({ amount: 2 });
    expect(claimedProperties([])).toEqual({});
  });
});
