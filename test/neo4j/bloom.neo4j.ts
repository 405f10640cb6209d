// The Bloom perspective (cypher/bloom/park-graph.perspective.json, as a user imports it) against the seeds' graph on
// a real Neo4j: every search phrase's Cypher runs with real parameters and returns the nodes a user would expect
// (checked against the store's own answers), and every label, relationship type and property the perspective
// styles exists in the database with the type it declares.
import { readFileSync } from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Path } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { entityId } from '../../src/ontology/model.ts';
import type { RelationType } from '../../src/ontology/model.ts';
import { openNeo4jStore } from '../../src/graph/neo4j/index.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { buildReport } from '../fixtures/reports.ts';
import { config, driver, wipe } from './support.ts';

interface Template {
  text: string;
  cypher: string;
  params: { name: string; suggestionLabel: string }[];
}
interface Perspective {
  templates: Template[];
  labels: Record<string, { propertyKey: string; dataType: string }[]>;
  relationshipTypes: { name: string; properties: { propertyKey: string; dataType: string }[] }[];
}

const perspective = JSON.parse(
  readFileSync(new URL('../../cypher/bloom/park-graph.perspective.json', import.meta.url), 'utf8'),
) as Perspective;
const SEEDS_DIR = new URL('../../seeds/', import.meta.url).pathname;

/** ATTENDED is optional in the ontology and no seed report has one: this report adds one, as a user's would. */
const attended = buildReport({
  name: 'attended.txt',
  sentences: ['宿迁市副市长李明出席宿迁新能源产业园项目签约仪式。'],
  entities: [
    { kind: 'Official', name: '李明' },
    { kind: 'Project', name: '宿迁新能源产业园项目' },
  ],
  relations: [{ type: 'ATTENDED', from: '李明', to: '宿迁新能源产业园项目' }],
});

/** No seed report states a sum in another currency: this report adds one, as a user's would. */
const foreignInvestment = buildReport({
  name: 'foreign-investment.txt',
  sentences: ['华辰科技有限公司在滨江睢宁工业园签约投资3.3亿美元。'],
  entities: [
    { kind: 'Company', name: '华辰科技有限公司' },
    { kind: 'Park', name: '滨江睢宁工业园' },
  ],
  relations: [
    {
      type: 'INVESTS_IN',
      from: '华辰科技有限公司',
      to: '滨江睢宁工业园',
      amount: 330000000,
      currency: 'USD',
      status: '签约',
    },
  ],
});

let store: GraphStore;

beforeAll(async () => {
  await wipe();
  store = await openNeo4jStore(config);
  for (const file of readdirSync(SEEDS_DIR).sort()) {
    await store.upsertReport(extractReport({ name: file, bytes: readFileSync(join(SEEDS_DIR, file)) }));
  }
  await store.upsertReport(attended);
  await store.upsertReport(foreignInvestment);
}, 300_000);
afterAll(() => store?.close());

function template(text: string): Template {
  const found = perspective.templates.find((t) => t.text === text);
  if (!found) throw new Error(`the perspective has no search phrase "${text}"`);
  return found;
}

/** Runs a phrase as Bloom does (a read transaction, the params by name without `$`): the paths it returns. */
async function phrase(text: string, params: Record<string, string>): Promise<Path[]> {
  const t = template(text);
  expect(t.params.map((p) => p.name.replace(/^\$/, '')).sort()).toEqual(Object.keys(params).sort());
  const session = driver().session({
    defaultAccessMode: neo4j.session.READ,
    ...(config.database ? { database: config.database } : {}),
  });
  try {
    const result = await session.executeRead((tx) => tx.run(t.cypher, params));
    return result.records.map((r) => r.get('path') as Path);
  } finally {
    await session.close();
  }
}

const names = (paths: Path[], label: string) =>
  [
    ...new Set(
      paths
        .flatMap((p) => [p.start, p.end])
        .filter((n) => n.labels.includes(label))
        .map((n) => String(n.properties.name)),
    ),
  ].sort();

/** The names at the other end of an entity's relations of these types, from the store (what the API answers). */
async function neighbours(id: string, types: RelationType[], kind: string, direction: 'IN' | 'OUT' | 'BOTH') {
  const page = await store.relationsOf(id, { types, direction }, { first: 100 });
  const ids = page.items.map((r) => (r.from === id ? r.to : r.from)).filter((other) => other.startsWith(`${kind}:`));
  return (await store.getEntities(ids)).map((e) => e.name).sort();
}

describe('every search phrase, run with real parameters', () => {
  it('园区 $park 的企业: the companies investing in or located in a park', async () => {
    const park = entityId('Park', '江苏赣榆经济开发区');
    const expected = await neighbours(park, ['INVESTS_IN', 'LOCATED_IN'], 'Company', 'IN');
    expect(expected.length).toBeGreaterThan(0);
    const paths = await phrase('园区 $park 的企业', { park: '江苏赣榆经济开发区' });
    expect(names(paths, 'Company')).toEqual(expected);
    expect(names(paths, 'Park')).toEqual(['江苏赣榆经济开发区']);
  });

  it('园区 $park 的领导: the officials and people holding a post in a park', async () => {
    const park = entityId('Park', '宿城经济开发区');
    const expected = [
      ...(await neighbours(park, ['HOLDS_POSITION'], 'Official', 'IN')),
      ...(await neighbours(park, ['HOLDS_POSITION'], 'Person', 'IN')),
    ].sort();
    expect(expected.length).toBeGreaterThan(0);
    const paths = await phrase('园区 $park 的领导', { park: '宿城经济开发区' });
    expect([...names(paths, 'Official'), ...names(paths, 'Person')].sort()).toEqual(expected);
    const titles = paths.flatMap((p) => p.segments.map((s) => s.relationship.properties.title));
    expect(titles.some((t) => typeof t === 'string' && t.length > 0)).toBe(true);
  });

  it('与园区 $park 关联的园区: the parks sharing a partnership, a co-building region or a PART_OF with it', async () => {
    const [partnership] = (await store.findEntities({ kinds: ['Partnership'], nameContains: '1+5' })).items;
    expect(partnership).toBeDefined();
    const members = await neighbours(partnership!.id, ['MEMBER_OF'], 'Park', 'IN');
    expect(members.length).toBeGreaterThanOrEqual(2);
    const park = members[0]!;
    const parkId = entityId('Park', park);
    const expected = new Set(members.filter((m) => m !== park));
    for (const region of await neighbours(parkId, ['CO_BUILT_BY'], 'Region', 'OUT')) {
      for (const other of await neighbours(entityId('Region', region), ['CO_BUILT_BY'], 'Park', 'IN'))
        expected.add(other);
    }
    for (const other of await neighbours(parkId, ['PART_OF'], 'Park', 'BOTH')) expected.add(other);
    expected.delete(park);
    const paths = await phrase('与园区 $park 关联的园区', { park });
    expect(names(paths, 'Park').filter((n) => n !== park)).toEqual([...expected].sort());
  });

  it('聚焦 $industry 产业的园区: the parks focusing on any industry whose name contains the words', async () => {
    const industries = (await store.findEntities({ kinds: ['Industry'] }, { first: 100 })).items;
    const focused = [];
    for (const industry of industries) {
      const parks = await neighbours(industry.id, ['FOCUSES_ON'], 'Park', 'IN');
      if (parks.length > 0) focused.push({ industry, parks });
    }
    expect(focused.length).toBeGreaterThan(0);
    const { industry } = focused[0]!;
    const words = industry.name.slice(0, 2);
    const expected = new Set(
      focused
        .filter((f) => f.industry.name.includes(words) || f.industry.aliases.some((a) => a.includes(words)))
        .flatMap((f) => f.parks),
    );
    const paths = await phrase('聚焦 $industry 产业的园区', { industry: words });
    expect(names(paths, 'Park')).toEqual([...expected].sort());
  });

  it('$from 与 $to 如何关联: a shortest path as long as the store finds, by names or aliases', async () => {
    const from = entityId('Park', '苏宿工业园区');
    const to = entityId('Region', '宿迁市');
    const shortest = await store.shortestPath(from, to);
    expect(shortest).toBeDefined();
    const paths = await phrase('$from 与 $to 如何关联', { from: '苏宿工业园区', to: '宿迁市' });
    expect(paths).toHaveLength(1);
    expect(paths[0]!.length).toBe(shortest!.edges.length);
    expect(shortest!.edges.length).toBeGreaterThan(0);
    expect([paths[0]!.start.properties.name, paths[0]!.end.properties.name]).toEqual(['苏宿工业园区', '宿迁市']);
  });

  it('报告中关于 $entity 的内容: the reports that mention an entity, with the sentences', async () => {
    const park = entityId('Park', '苏宿工业园区');
    const mentions = (await store.mentionsOf([park])).get(park)!;
    const expected = [...new Set(mentions.map((m) => m.reportId))].sort();
    expect(expected.length).toBeGreaterThan(0);
    const paths = await phrase('报告中关于 $entity 的内容', { entity: '苏宿工业园区' });
    const reports = [...new Set(paths.map((p) => String(p.end.properties.id)))].sort();
    expect(reports).toEqual(expected);
    for (const p of paths)
      expect((p.segments[0]!.relationship.properties.sentences as string[]).length).toBeGreaterThan(0);
  });

  it('finds an entity by an alias as by its name', async () => {
    const [withAlias] = (await store.findEntities({ kinds: ['Park'] }, { first: 100 })).items.filter(
      (e) => e.aliases.length > 0,
    );
    expect(withAlias).toBeDefined();
    const byName = await phrase('报告中关于 $entity 的内容', { entity: withAlias!.name });
    const byAlias = await phrase('报告中关于 $entity 的内容', { entity: withAlias!.aliases[0]! });
    expect(byAlias.length).toBeGreaterThan(0);
    expect(byAlias.map((p) => p.end.properties.id).sort()).toEqual(byName.map((p) => p.end.properties.id).sort());
  });

  it('has a test above for each phrase of the perspective', () => {
    expect(perspective.templates.map((t) => t.text).sort()).toEqual(
      [
        '园区 $park 的企业',
        '园区 $park 的领导',
        '与园区 $park 关联的园区',
        '聚焦 $industry 产业的园区',
        '$from 与 $to 如何关联',
        '报告中关于 $entity 的内容',
      ].sort(),
    );
  });
});

/** Neo4j's schema type names for the perspective's data types. */
const NEO4J_TYPES: Record<string, RegExp> = {
  string: /^String$/,
  bigint: /^Long$/,
  number: /^(Double|Long)$/,
  float: /^Double$/,
  array: /Array$/,
  boolean: /^Boolean$/,
};

describe("the perspective's labels, relationship types and properties exist in the database", () => {
  it('every label, with every property it styles, of the type it declares', async () => {
    const rows = await driver().executeQuery(
      'CALL db.schema.nodeTypeProperties() YIELD nodeLabels, propertyName, propertyTypes RETURN *',
    );
    const seen = new Map<string, Set<string>>();
    for (const r of rows.records) {
      for (const label of r.get('nodeLabels') as string[]) {
        for (const type of (r.get('propertyTypes') as string[] | null) ?? []) {
          const key = `${label}.${r.get('propertyName')}`;
          seen.set(key, (seen.get(key) ?? new Set()).add(type));
        }
      }
    }
    const missing: string[] = [];
    for (const [label, properties] of Object.entries(perspective.labels)) {
      for (const { propertyKey, dataType } of properties) {
        const types = seen.get(`${label}.${propertyKey}`);
        if (!types) missing.push(`${label}.${propertyKey}`);
        else for (const t of types) expect(t, `${label}.${propertyKey}`).toMatch(NEO4J_TYPES[dataType]!);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every relationship type, with every property it shows, of the type it declares', async () => {
    const rows = await driver().executeQuery(
      'CALL db.schema.relTypeProperties() YIELD relType, propertyName, propertyTypes RETURN *',
    );
    const seen = new Map<string, Set<string>>();
    for (const r of rows.records) {
      const type = String(r.get('relType')).replace(/^:`?|`$/g, '');
      const key = `${type}.${r.get('propertyName')}`;
      for (const t of (r.get('propertyTypes') as string[] | null) ?? [])
        seen.set(key, (seen.get(key) ?? new Set()).add(t));
    }
    const missing: string[] = [];
    for (const { name, properties } of perspective.relationshipTypes) {
      for (const { propertyKey, dataType } of properties) {
        const types = seen.get(`${name}.${propertyKey}`);
        if (!types) missing.push(`${name}.${propertyKey}`);
        else for (const t of types) expect(t, `${name}.${propertyKey}`).toMatch(NEO4J_TYPES[dataType]!);
      }
    }
    expect(missing).toEqual([]);
  });
});
