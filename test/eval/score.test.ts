import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileURLToPath } from 'node:url';
import { score, norm, type GoldDoc, type GoldEntity, type GoldRelation } from '../../src/eval/score.ts';
import { readJsonDir } from '../../src/eval/load.ts';
import { ENTITY_KINDS } from '../../src/ontology/model.ts';
import * as reference from '../fixtures/score.mjs';

const gold = readJsonDir(fileURLToPath(new URL('../fixtures/gold', import.meta.url)));
const clone = <T>(x: T): T => structuredClone(x);
const mapDocs = (f: (d: GoldDoc, i: number) => GoldDoc) => clone(gold).map(f);
const mapEntities = (f: (e: GoldEntity, i: number) => GoldEntity[]) =>
  mapDocs((d) => ({ ...d, entities: (d.entities ?? []).flatMap(f) }));
const mapRelations = (f: (r: GoldRelation, i: number) => GoldRelation[]) =>
  mapDocs((d) => ({ ...d, relations: (d.relations ?? []).flatMap(f) }));

/** Both scorers, compared on their full output, key order included (the JSON `kg eval --json` prints). */
function agreed(goldDocs: GoldDoc[], predDocs: GoldDoc[]) {
  const ours = score(clone(goldDocs), clone(predDocs));
  expect(JSON.stringify(ours)).toBe(JSON.stringify(reference.score(clone(goldDocs), clone(predDocs))));
  return ours;
}

const entityCount = gold.reduce((n, d) => n + (d.entities ?? []).length, 0);
const relationCount = gold.reduce((n, d) => n + (d.relations ?? []).length, 0);

describe('score agrees with shared/eval/score.mjs', () => {
  it('scores the gold files against themselves as perfect', () => {
    const s = agreed(gold, gold);
    for (const row of [...Object.values(s.entities), ...Object.values(s.relations)]) {
      expect(row).toMatchObject({ precision: 1, recall: 1, f1: 1, fp: 0, fn: 0 });
    }
    expect(s.entities.all!.tp).toBe(entityCount);
    expect(s.relations.all!.tp).toBe(relationCount);
    expect(Object.values(s.properties).every((p) => p.accuracy === 1)).toBe(true);
    expect(Object.keys(s.properties).sort()).toEqual(['amount', 'role', 'status', 'tier', 'title']);
    expect(s.misses).toEqual([]);
  });

  it('counts dropped entities as missed, while relations still resolve through gold names', () => {
    const s = agreed(
      gold,
      mapEntities((e, i) => (i % 3 === 0 ? [] : [e])),
    );
    const dropped = gold.reduce((n, d) => n + Math.ceil((d.entities ?? []).length / 3), 0);
    expect(s.entities.all).toMatchObject({ tp: entityCount - dropped, fp: 0, fn: dropped });
    expect(s.relations.all!.f1).toBe(1);
    expect(s.misses.filter((m) => m.includes('missed entity'))).toHaveLength(dropped);
  });

  it('counts added entities as wrong', () => {
    const s = agreed(
      gold,
      mapDocs((d) => ({
        ...d,
        entities: [
          ...(d.entities ?? []),
          { kind: 'Company', name: '虚构科技有限公司' },
          { kind: 'Region', name: '某县' },
        ],
      })),
    );
    expect(s.entities.all).toMatchObject({ tp: entityCount, fp: 2 * gold.length, fn: 0 });
    expect(s.entities.all!.precision).toBeLessThan(1);
  });

  it('does not match an entity of the wrong kind', () => {
    const s = agreed(
      gold,
      mapEntities((e) => [e.kind === 'Park' ? { ...e, kind: 'Region' } : e]),
    );
    const parks = gold.flatMap((d) => d.entities ?? []).filter((e) => e.kind === 'Park').length;
    expect(s.entities.Park).toMatchObject({ tp: 0, fn: parks });
    expect(s.entities.Region!.fp).toBe(parks);
  });

  it('matches through aliases, in either direction', () => {
    const swapped = mapEntities((e) => [e.aliases?.length ? { ...e, name: e.aliases[0]!, aliases: [e.name] } : e]);
    const aliasOnly = mapEntities((e) => [e.aliases?.length ? { kind: e.kind, name: e.aliases.at(-1)! } : e]);
    expect(agreed(gold, swapped).entities.all!.f1).toBe(1);
    expect(agreed(gold, aliasOnly).entities.all!.f1).toBe(1);
  });

  it('normalizes names before comparing: pinyin, quotes, full-width letters, dots and case', () => {
    expect(norm('蘇宿工業(yè)园区')).toBe(norm('蘇宿工業园区'));
    expect(norm('“1+5”联动发展')).toBe('1+5联动发展');
    expect(norm('ＡＢＣ科技')).toBe('abc科技');
    expect(norm('苏州·宿迁科创飞地')).toBe('苏州宿迁科创飞地');
    const decorated = mapEntities((e) => [{ ...e, name: `“${e.name}”` }]);
    expect(agreed(gold, decorated).entities.all!.f1).toBe(1);
  });

  it('scores properties separately from relations', () => {
    const wrong = mapRelations((r) => [
      {
        ...r,
        ...(r.title !== undefined && { title: '主任' }),
        ...(typeof r.amount === 'number' && { amount: r.amount + 1 }),
        ...(r.tier !== undefined && { tier: r.tier === '主导' ? '先导' : '主导' }),
        ...(r.role !== undefined && { role: r.role === 'lead' ? 'member' : 'lead' }),
      },
    ]);
    const s = agreed(gold, wrong);
    expect(s.relations.all!.f1).toBe(1);
    expect(s.properties.tier!.accuracy).toBe(0);
    expect(s.properties.role!.accuracy).toBe(0);
    expect(s.properties.amount!.accuracy).toBe(0);
    expect(s.properties.status!.accuracy).toBe(1);
    const missing = agreed(
      gold,
      mapRelations(({ type, from, to }) => [{ type, from, to }]),
    );
    expect(Object.values(missing.properties).every((p) => p.right === 0)).toBe(true);
  });

  it('compares properties in normalized form', () => {
    const restyled = mapRelations((r) => [
      {
        ...r,
        ...(r.title !== undefined && { title: ` ${r.title} ` }),
        ...(r.amount !== undefined && { amount: String(r.amount) }),
        ...(r.role !== undefined && { role: String(r.role).toUpperCase() }),
      },
    ]);
    const s = agreed(gold, restyled);
    expect(Object.values(s.properties).every((p) => p.accuracy === 1)).toBe(true);
  });

  it('counts a duplicate relation once, also when it names its endpoints by aliases', () => {
    const s = agreed(
      gold,
      mapDocs((d) => {
        const alias = new Map((d.entities ?? []).map((e) => [e.name, e.aliases?.[0] ?? e.name]));
        const viaAlias = (n: string) => alias.get(n) ?? n;
        const relations = (d.relations ?? []).flatMap((r) => [
          r,
          r,
          { ...r, from: viaAlias(r.from), to: viaAlias(r.to) },
        ]);
        return { ...d, relations };
      }),
    );
    expect(s.relations.all).toMatchObject({ tp: relationCount, fp: 0, fn: 0 });
  });

  it('counts each wrong relation with unresolvable endpoints as its own error', () => {
    const s = agreed(
      gold,
      mapRelations((r, i) => [
        r,
        { type: r.type, from: r.to, to: r.from },
        { type: 'PART_OF', from: `无名园区${i}`, to: '无名县' },
        { type: 'ATTENDED', from: r.from, to: r.to },
      ]),
    );
    expect(s.relations.all!.tp).toBe(relationCount);
    expect(s.relations.ATTENDED).toBeUndefined();
    // Every invented PART_OF is its own error (none collapse); reversed relations are wrong unless
    // a reversed LOCATED_IN happens to be reachable, which no gold file has.
    expect(s.relations.PART_OF!.fp).toBeGreaterThanOrEqual(relationCount);
    expect(s.relations.all!.fp).toBe(2 * relationCount);
  });

  describe('LOCATED_IN by reachability', () => {
    const doc: GoldDoc = {
      doc: 'chain.txt',
      entities: [
        { kind: 'Park', name: '某经济开发区' },
        { kind: 'Region', name: '甲县' },
        { kind: 'Region', name: '乙市' },
        { kind: 'Region', name: '丙省' },
      ],
      relations: [
        { type: 'LOCATED_IN', from: '某经济开发区', to: '甲县' },
        { type: 'LOCATED_IN', from: '甲县', to: '乙市' },
        { type: 'LOCATED_IN', from: '乙市', to: '丙省' },
      ],
    };
    const predicted = (pairs: [string, string][]) => [
      { ...doc, relations: pairs.map(([from, to]) => ({ type: 'LOCATED_IN', from, to })) },
    ];

    it('counts a predicted shortcut as right when the gold chain reaches it', () => {
      const s = agreed([doc], predicted([['某经济开发区', '丙省']]));
      expect(s.relations.LOCATED_IN).toMatchObject({ precision: 1, fp: 0 });
      // The shortcut alone does not reach 甲县 or 乙市, and the regions' own edges are missing.
      expect(s.relations.LOCATED_IN).toMatchObject({ tp: 0, fn: 3, recall: 0 });
    });

    it('finds a gold edge through a predicted chain, and counts precision and recall apart', () => {
      const s = agreed(
        [doc],
        predicted([
          ['某经济开发区', '甲县'],
          ['甲县', '乙市'],
          ['乙市', '丙省'],
          ['某经济开发区', '乙市'],
          ['丙省', '甲县'],
        ]),
      );
      expect(s.relations.LOCATED_IN).toMatchObject({ tp: 3, fp: 1, fn: 0, recall: 1, precision: 0.8 });
    });
  });

  it('matches documents by base name and counts a missing document as all missed', () => {
    const [first, ...rest] = clone(gold);
    const preds = [
      { ...first!, doc: `some/dir/${first!.doc}` },
      ...rest.slice(1),
      { doc: 'unknown.txt', entities: [{ kind: 'Park', name: '某园区' }] },
    ];
    const s = agreed(gold, preds);
    const missedDoc = gold[1]!;
    expect(s.entities.all!.fn).toBe(missedDoc.entities!.length);
    expect(s.entities.all!.fp).toBe(0);
  });

  it('agrees on empty predictions', () => {
    const s = agreed(gold, []);
    expect(s.entities.all).toMatchObject({ tp: 0, fp: 0, fn: entityCount, f1: 0 });
  });

  it('agrees on random perturbations of the gold files', () => {
    const names = gold.flatMap((d) => (d.entities ?? []).flatMap((e) => [e.name, ...(e.aliases ?? [])]));
    const kind = fc.constantFrom(...ENTITY_KINDS);
    const name = fc.oneof(fc.constantFrom(...names), fc.string({ unit: 'grapheme', maxLength: 6 }));
    const entity = fc.record({ kind, name, aliases: fc.array(name, { maxLength: 2 }) });
    const relation = fc.record({
      type: fc.constantFrom('LOCATED_IN', 'HOLDS_POSITION', 'MEMBER_OF', 'INVESTS_IN', 'PART_OF', 'ATTENDED'),
      from: name,
      to: name,
      title: fc.option(fc.constantFrom('党工委书记', '主任'), { nil: undefined }),
    });
    const docPrediction = (d: GoldDoc) =>
      fc
        .record({
          keep: fc.subarray(d.entities ?? []),
          extra: fc.array(entity, { maxLength: 4 }),
          keptRelations: fc.subarray(d.relations ?? []),
          extraRelations: fc.array(relation, { maxLength: 4 }),
          shuffleSeed: fc.integer(),
        })
        .map(({ keep, extra, keptRelations, extraRelations }) => ({
          doc: d.doc,
          entities: [...extra, ...keep],
          relations: [...extraRelations, ...keptRelations, ...keptRelations.slice(0, 2)],
        }));
    fc.assert(
      fc.property(fc.tuple(...gold.map(docPrediction)), fc.subarray(gold.map((_, i) => i)), (preds, shown) => {
        agreed(
          gold,
          shown.map((i) => preds[i]!),
        );
      }),
      { numRuns: 150 },
    );
  });
});
