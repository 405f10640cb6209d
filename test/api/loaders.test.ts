// Per-request DataLoaders: listing N parks with their companies and officials costs a fixed number of store
// calls, whatever N, not 1 + 2×N. Runs on the embedded store with a synthetic report, counting the store's calls.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ExtractedEntity, ExtractedRelation, ExtractedReport, EntityKind } from '../../src/ontology/model.ts';
import { entityId } from '../../src/ontology/model.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { emptyEmbeddedStore, startApi, type TempStore } from './support/seeded.ts';

const PARKS = 100;

/** Park i has companies "甲i公司" (invests, 1000·i yuan) and "乙i公司" (located in it), and official "官i" (主任). */
function syntheticReport(): ExtractedReport {
  const entities: ExtractedEntity[] = [];
  const relations: ExtractedRelation[] = [];
  const evidence = [];
  const entity = (kind: EntityKind, name: string, sentence: number) => {
    entities.push({
      id: entityId(kind, name),
      kind,
      name,
      aliases: [],
      mentions: [{ surface: name, start: 0, end: name.length, sentence }],
    });
    return entityId(kind, name);
  };
  for (let i = 0; i < PARKS; i++) {
    const text = `合成${i}园区有甲${i}公司、乙${i}公司,官${i}任主任。`;
    evidence.push({ index: i, text, original: text, start: i * 100, end: i * 100 + text.length });
    const park = entity('Park', `合成${i}园区`, i);
    relations.push(
      { type: 'INVESTS_IN', from: entity('Company', `甲${i}公司`, i), to: park, amount: 1000 * i, evidence: [i] },
      { type: 'LOCATED_IN', from: entity('Company', `乙${i}公司`, i), to: park, evidence: [i] },
      { type: 'HOLDS_POSITION', from: entity('Official', `官${i}`, i), to: park, title: '主任', evidence: [i] },
    );
  }
  const doc = { id: 'synthetic0000001', name: 'synthetic', title: '合成', authors: [] };
  return { doc, entities, relations, evidence };
}

let temp: TempStore;
const calls: string[] = [];

function counting(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.push(String(property));
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

beforeAll(async () => {
  temp = await emptyEmbeddedStore();
  await temp.store.upsertReport(syntheticReport());
}, 60_000);

afterAll(async () => {
  await temp?.close();
});

const QUERY = `query($first: Int) { parks(first: $first) { edges { node { name
  companies { type amount company { name } }
  officials { title holder { name } } } } } }`;

async function storeCallsFor(first: number) {
  const api = await startApi({ store: counting(temp.store) });
  try {
    calls.length = 0;
    const { data, errors } = await api.gql(QUERY, { first });
    expect(errors).toBeUndefined();
    return { data, calls: [...calls] };
  } finally {
    await api.stop();
  }
}

it(`lists ${PARKS} parks with companies and officials in a fixed number of store calls`, async () => {
  const { data, calls: many } = await storeCallsFor(PARKS);
  const parks = data.parks.edges.map((e: { node: unknown }) => e.node);
  expect(parks).toHaveLength(PARKS);
  for (const park of parks) {
    const i = park.name.match(/合成(\d+)园区/)[1];
    expect(park.companies).toHaveLength(2);
    expect(park.companies).toContainEqual({
      type: 'INVESTS_IN',
      amount: 1000 * Number(i),
      company: { name: `甲${i}公司` },
    });
    expect(park.companies).toContainEqual({ type: 'LOCATED_IN', amount: null, company: { name: `乙${i}公司` } });
    expect(park.officials).toEqual([{ title: '主任', holder: { name: `官${i}` } }]);
  }
  // One page of parks, one batch per relationship field, one or two batches of neighbours.
  expect(many.length).toBeLessThanOrEqual(6);
  expect(many.filter((c) => c === 'relationsOf' || c === 'getEntity')).toEqual([]);

  // The same bound for 10 parks: the count does not grow with N (whether the neighbours come in one batch or two
  // depends on which relationship field the store answers first).
  const { calls: few } = await storeCallsFor(10);
  expect(few.length).toBeLessThanOrEqual(6);
  expect(many.length).toBeLessThan(1 + 2 * PARKS);
});
