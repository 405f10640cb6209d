import { describe, expect, it } from 'vitest';
import { measureIdentity, type PlacedEntity, type PlacedReport } from '../../src/eval/identity.ts';
import type { GoldDoc } from '../../src/eval/score.ts';

const gold: GoldDoc[] = [
  {
    doc: 'a.txt',
    entities: [
      { kind: 'Park', name: '滨江高新技术产业开发区', aliases: ['滨江高新区'] },
      { kind: 'Region', name: '江南省' },
      { kind: 'Company', name: '苏州市甲科技有限公司' },
      { kind: 'Company', name: '苏州市乙电器有限公司' },
    ],
  },
  {
    doc: 'b.txt',
    entities: [
      { kind: 'Park', name: '滨江高新区' },
      { kind: 'Region', name: '江南' },
    ],
  },
  { doc: 'c.txt', entities: [{ kind: 'Company', name: '华辰集团' }] },
];

const at = (node: string, kind: string, name: string, aliases: string[] = []): PlacedEntity => ({
  node,
  kind,
  name,
  aliases,
});

/** The gold entities placed one node each: the park and the province across both reports. */
const oneNodeEach: PlacedReport[] = [
  {
    doc: 'a.txt',
    entities: [
      at('Park:滨江', 'Park', '滨江高新技术产业开发区', ['滨江高新区']),
      at('Region:江南', 'Region', '江南省'),
      at('Company:甲', 'Company', '苏州市甲科技有限公司'),
      at('Company:乙', 'Company', '苏州市乙电器有限公司'),
    ],
  },
  { doc: 'dir/b.txt', entities: [at('Park:滨江', 'Park', '滨江高新区'), at('Region:江南', 'Region', '江南')] },
];

describe('measureIdentity', () => {
  it('counts no split and no merge when every gold entity has its own one node', () => {
    const figures = measureIdentity(gold, oneNodeEach);
    expect(figures).toMatchObject({ reports: 3, goldEntities: 5, sharedEntities: 2, placed: 4, split: 0, merged: 0 });
    expect(figures.nodes).toBe(4);
  });

  it('counts a gold entity two reports put on two nodes as split', () => {
    const placed = structuredClone(oneNodeEach);
    placed[1]!.entities[0]!.node = 'Park:滨江高新区';
    const figures = measureIdentity(gold, placed, () => true, true);
    expect(figures).toMatchObject({ split: 1, merged: 0, nodes: 5 });
    expect(figures.splitExamples).toEqual([
      { entity: 'Park 滨江高新技术产业开发区', nodes: ['Park:滨江', 'Park:滨江高新区'] },
    ]);
  });

  it('counts a split inside one report: a short form left on a node of its own', () => {
    const placed = structuredClone(oneNodeEach);
    placed[0] = { doc: 'a.txt', entities: [...placed[0]!.entities, at('Park:滨江高新区', 'Park', '滨江高新区')] };
    expect(measureIdentity(gold, placed).split).toBe(1);
  });

  it('counts a node holding two gold entities (names sharing only a place prefix) as merged', () => {
    const placed = structuredClone(oneNodeEach);
    placed[0]!.entities[3]!.node = 'Company:甲';
    const figures = measureIdentity(gold, placed, () => true, true);
    expect(figures).toMatchObject({ split: 0, merged: 1 });
    expect(figures.mergedExamples).toEqual([
      { node: 'Company:甲', entities: ['Company 苏州市甲科技有限公司', 'Company 苏州市乙电器有限公司'] },
    ]);
  });

  it('counts only the reports asked for, and lists examples only when asked', () => {
    const placed = structuredClone(oneNodeEach);
    placed[1]!.entities[0]!.node = 'Park:滨江高新区';
    const onlyB = measureIdentity(gold, placed, (doc) => doc === 'b.txt');
    expect(onlyB).toMatchObject({ reports: 1, goldEntities: 2, split: 0, splitExamples: [] });
    expect(measureIdentity(gold, placed, (doc) => doc !== 'c.txt')).toMatchObject({ reports: 2, split: 1 });
  });

  it('never places an extracted entity of another kind or with no shared form', () => {
    const placed: PlacedReport[] = [
      {
        doc: 'c.txt',
        entities: [at('Organization:华辰集团', 'Organization', '华辰集团'), at('Company:x', 'Company', '华辰')],
      },
    ];
    expect(measureIdentity(gold, placed, (doc) => doc === 'c.txt')).toMatchObject({ goldEntities: 1, placed: 0 });
  });

  it('counts a body two reports name by its full name and by its short form as one gold entity', () => {
    const bodies: GoldDoc[] = [
      { doc: 'd.txt', entities: [{ kind: 'Organization', name: '工业和信息化部' }] },
      { doc: 'e.txt', entities: [{ kind: 'Organization', name: '工信部' }] },
    ];
    const placed = (eNode: string): PlacedReport[] => [
      { doc: 'd.txt', entities: [at('Organization:工业和信息化部', 'Organization', '工业和信息化部')] },
      { doc: 'e.txt', entities: [at(eNode, 'Organization', '工信部')] },
    ];
    expect(measureIdentity(bodies, placed('Organization:工业和信息化部'))).toMatchObject({
      goldEntities: 1,
      split: 0,
      merged: 0,
    });
    expect(measureIdentity(bodies, placed('Organization:工信部'))).toMatchObject({ goldEntities: 1, split: 1 });
  });

  it('counts a park or a body two reports write with and without its city or its place’s level as one', () => {
    const both: GoldDoc[] = [
      { doc: 'f.txt', entities: [{ kind: 'Organization', name: '呼伦贝尔市海拉尔区人民政府' }] },
      { doc: 'g.txt', entities: [{ kind: 'Organization', name: '海拉尔区人民政府' }] },
      { doc: 'f.txt', entities: [{ kind: 'Park', name: '宁陵县经济开发区' }] },
      { doc: 'g.txt', entities: [{ kind: 'Park', name: '宁陵经济开发区' }] },
    ];
    expect(measureIdentity(both, [])).toMatchObject({ goldEntities: 2 });
  });

  it('joins no two reports’ bodies or parks through a name by the level or the kind alone: one node of both merged them', () => {
    const provinces: GoldDoc[] = [
      { doc: 'h.txt', entities: [{ kind: 'Organization', name: '江南省委', aliases: ['省委'] }] },
      { doc: 'i.txt', entities: [{ kind: 'Organization', name: '省委' }] },
    ];
    const placed = (iNode: string): PlacedReport[] => [
      { doc: 'h.txt', entities: [at('Organization:省委', 'Organization', '省委')] },
      { doc: 'i.txt', entities: [at(iNode, 'Organization', '省委')] },
    ];
    expect(measureIdentity(provinces, placed('Organization:省委'))).toMatchObject({
      goldEntities: 2,
      split: 0,
      merged: 1,
    });
    expect(measureIdentity(provinces, placed('Organization:省委@i'))).toMatchObject({ split: 0, merged: 0 });
    const parks: GoldDoc[] = [
      { doc: 'h.txt', entities: [{ kind: 'Park', name: '青石经济技术开发区', aliases: ['经济技术开发区'] }] },
      { doc: 'i.txt', entities: [{ kind: 'Park', name: '白沙经济技术开发区', aliases: ['经济技术开发区'] }] },
    ];
    expect(measureIdentity(parks, [])).toMatchObject({ goldEntities: 2 });
  });
});
