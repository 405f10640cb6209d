// A report as the upsert statements' parameter rows: grouped per label and type, offsets as Neo4j integers, claims
// only for properties a relation states, data passed through untouched (it is never spliced into Cypher).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.ts';
import { entityId } from '../../../src/ontology/model.ts';
import type { ExtractedReport } from '../../../src/ontology/model.ts';
import { reportRows } from '../../../src/graph/neo4j/report-rows.ts';

const TRICKY = `O'Brien "\\" '}) DETACH DELETE n //`;
const PARK = entityId('Park', '苏宿工业园区');
const REGION = entityId('Region', '苏州');
const COMPANY = entityId('Company', TRICKY);

function report(): ExtractedReport {
  const evidence = [
    { index: 0, text: '苏宿工业园区由苏州共建。', original: '蘇宿工業園區由蘇州共建。', start: 10, end: 22 },
    { index: 3, text: `${TRICKY}投资苏宿工业园区10亿元。`, original: '', start: 40, end: 80 },
  ];
  return {
    doc: { id: 'abc123', name: 'a.txt', title: '标题', authors: ['徐杰'] },
    entities: [
      {
        id: PARK,
        kind: 'Park',
        name: '苏宿工业园区',
        aliases: ['苏宿园区'],
        mentions: [
          { surface: '苏宿工业园区', start: 10, end: 16, sentence: 0 },
          { surface: '苏宿工业园区', start: 60, end: 66, sentence: 3 },
        ],
      },
      {
        id: REGION,
        kind: 'Region',
        name: '苏州',
        aliases: [],
        mentions: [{ surface: '苏州', start: 17, end: 19, sentence: 0 }],
      },
      {
        id: COMPANY,
        kind: 'Company',
        name: TRICKY,
        aliases: [],
        mentions: [{ surface: TRICKY, start: 40, end: 60, sentence: 3 }],
      },
    ],
    relations: [
      { type: 'CO_BUILT_BY', from: PARK, to: REGION, evidence: [0] },
      { type: 'INVESTS_IN', from: COMPANY, to: PARK, amount: 1_000_000_000, evidence: [3] },
    ],
    evidence,
  };
}

describe('reportRows', () => {
  it('groups entities by kind with their mentions as parallel lists of sentences and integer offsets', () => {
    const rows = reportRows(report());
    expect([...rows.entities.keys()].sort()).toEqual(['Company', 'Park', 'Region']);
    const [park] = rows.entities.get('Park')!;
    expect(park).toMatchObject({ id: PARK, kind: 'Park', name: '苏宿工业园区', aliases: ['苏宿园区'] });
    expect(park!.surfaces).toEqual(['苏宿工业园区', '苏宿工业园区']);
    expect(park!.sentences).toEqual(['苏宿工业园区由苏州共建。', `${TRICKY}投资苏宿工业园区10亿元。`]);
    expect(park!.starts.every((n) => neo4j.isInt(n))).toBe(true);
    expect(park!.starts.map(Number)).toEqual([10, 40]);
    expect(park!.ends.map(Number)).toEqual([22, 80]);
  });

  it('groups relations by type, keyed from|type|to, with their evidence sentences', () => {
    const rows = reportRows(report());
    expect(rows.relations.get('CO_BUILT_BY')).toEqual([
      {
        id: `${PARK}|CO_BUILT_BY|${REGION}`,
        from: PARK,
        to: REGION,
        sentences: ['苏宿工业园区由苏州共建。'],
        starts: [neo4j.int(10)],
        ends: [neo4j.int(22)],
      },
    ]);
  });

  it('claims only the properties a relation states', () => {
    const { claims } = reportRows(report());
    expect(claims).toEqual([
      { type: 'INVESTS_IN', property: 'amount', rows: [{ from: COMPANY, to: PARK, value: 1_000_000_000 }] },
    ]);
  });

  it('keeps names with quotes, backslashes and Cypher fragments as they are', () => {
    const rows = reportRows(report());
    expect(rows.entities.get('Company')![0]!.name).toBe(TRICKY);
    expect(rows.relations.get('INVESTS_IN')![0]!.from).toBe(COMPANY);
  });

  it('carries the report node with integer counts and nulls for what the report lacks', () => {
    const { report: row } = reportRows(report());
    expect(row).toMatchObject({ id: 'abc123', name: 'a.txt', title: '标题', publishedAt: null, source: null });
    expect(row.authors).toEqual(['徐杰']);
    expect([neo4j.isInt(row.entityCount), Number(row.entityCount), Number(row.relationCount)]).toEqual([true, 3, 2]);
  });

  it('refuses a report that breaks the ontology before anything is written', () => {
    const bad = report();
    bad.relations.push({ type: 'FOCUSES_ON', from: COMPANY, to: PARK, evidence: [3] });
    expect(() => reportRows(bad)).toThrow(UserError);
  });
});
