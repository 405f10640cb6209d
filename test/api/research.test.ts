// Researchers' questions over time and provenance (issue #12): facts by report and publication date, who held a post
// as of a day, paths between names that avoid generic hubs, and evidence a page at a time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeId } from '../../src/graph/identity.ts';
import { entityId } from '../../src/ontology/model.ts';
import { buildReport } from '../fixtures/reports.ts';
import { emptyEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

const PARK = '滨江睢宁工业园区';
const OTHER_PARK = '东湖光谷产业园区';
const COMPANY = '华辰科技有限公司';
const INDUSTRY = '新能源';
const CITY = '江北市';
const EARLIER = '张立新';
const LATER = '李卫东';
const BOARD = '睢宁园管委会';

const report2022 = buildReport({
  name: '2022.txt',
  publishedAt: '2022-05-10',
  sentences: [`${PARK}党工委书记${EARLIER}主持会议。`, `${PARK}以${INDUSTRY}为主导产业。`, `${COMPANY}落户${PARK}。`],
  entities: [
    { kind: 'Park', name: PARK, aliases: ['睢宁园'] },
    { kind: 'Official', name: EARLIER },
    { kind: 'Industry', name: INDUSTRY },
    { kind: 'Company', name: COMPANY },
  ],
  relations: [
    { type: 'HOLDS_POSITION', from: EARLIER, to: PARK, title: '党工委书记' },
    { type: 'FOCUSES_ON', from: PARK, to: INDUSTRY },
    { type: 'LOCATED_IN', from: COMPANY, to: PARK },
  ],
});

const report2023 = buildReport({
  name: '2023.txt',
  publishedAt: '2023-08-01',
  sentences: [`${PARK}党工委书记${LATER}调研企业。`, `${COMPANY}已落户${PARK}三年。`],
  entities: [
    { kind: 'Park', name: PARK },
    { kind: 'Official', name: LATER },
    { kind: 'Company', name: COMPANY },
  ],
  relations: [
    { type: 'HOLDS_POSITION', from: LATER, to: PARK, title: '党工委书记' },
    { type: 'LOCATED_IN', from: COMPANY, to: PARK },
  ],
});

const report2024 = buildReport({
  name: '2024.txt',
  publishedAt: '2024-02-01',
  sentences: [
    `${OTHER_PARK}以${INDUSTRY}为主导产业。`,
    `${OTHER_PARK}位于${CITY}。`,
    `${PARK}位于${CITY}。`,
    `${BOARD}（睢宁园）发布公告。`,
  ],
  entities: [
    { kind: 'Park', name: OTHER_PARK },
    { kind: 'Park', name: PARK },
    { kind: 'Industry', name: INDUSTRY },
    { kind: 'Region', name: CITY },
    { kind: 'Organization', name: BOARD, aliases: ['睢宁园'] },
  ],
  relations: [
    { type: 'FOCUSES_ON', from: OTHER_PARK, to: INDUSTRY },
    { type: 'LOCATED_IN', from: OTHER_PARK, to: CITY },
    { type: 'LOCATED_IN', from: PARK, to: CITY },
  ],
});

let temp: TempStore;
let api: RunningApi;
beforeAll(async () => {
  temp = await emptyEmbeddedStore();
  for (const report of [report2022, report2023, report2024]) await temp.store.upsertReport(report);
  api = await startApi({ store: temp.store });
}, 60_000);
afterAll(async () => {
  await api?.stop();
  await temp?.close();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function query(text: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { data, errors } = await api.gql(text, variables);
  expect(errors).toBeUndefined();
  return data;
}

async function failure(text: string, variables: Record<string, unknown> = {}) {
  const { errors } = await api.gql(text, variables);
  expect(errors).toBeDefined();
  return errors![0]!;
}

const park = entityId('Park', PARK);
const otherPark = entityId('Park', OTHER_PARK);
const company = entityId('Company', COMPANY);
const city = entityId('Region', CITY);
const located = `${company}|LOCATED_IN|${park}`;

const FACTS = `query($of: ID, $report: ID, $from: Date, $to: Date, $types: [RelationType!], $first: Int, $after: String) {
  relations(of: $of, report: $report, publishedFrom: $from, publishedTo: $to, types: $types, first: $first,
    after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id firstSeen lastSeen } }
  }
}`;

const ids = (data: { relations: { edges: { node: { id: string } }[] } }) => data.relations.edges.map((e) => e.node.id);

describe('facts by report and publication date', () => {
  it('answers the facts stated by reports published in a range, without `of`', async () => {
    const in2023 = await query(FACTS, { from: '2023-01-01', to: '2023-12-31' });
    expect(ids(in2023)).toEqual([located, `${entityId('Official', LATER)}|HOLDS_POSITION|${park}`]);
    expect(in2023.relations.totalCount).toBe(2);
    const until2022 = await query(FACTS, { to: '2022-12-31', types: ['HOLDS_POSITION'] });
    expect(ids(until2022)).toEqual([`${entityId('Official', EARLIER)}|HOLDS_POSITION|${park}`]);
    const ofCompanyIn2024 = await query(FACTS, { of: company, from: '2024-01-01' });
    expect(ids(ofCompanyIn2024)).toEqual([]);
  });

  it('dates a fact stated by several reports by the earliest and the latest', async () => {
    const { relations } = await query(FACTS, { of: company });
    expect(relations.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { id: located, firstSeen: '2022-05-10', lastSeen: '2023-08-01' },
    ]);
  });

  it('answers the facts one report states, also of one entity, a page at a time', async () => {
    const all = await query(FACTS, { report: report2022.doc.id });
    expect(all.relations.totalCount).toBe(3);
    const first = await query(FACTS, { report: report2022.doc.id, first: 2 });
    const rest = await query(FACTS, { report: report2022.doc.id, first: 2, after: first.relations.pageInfo.endCursor });
    expect([...ids(first), ...ids(rest)]).toEqual(ids(all));
    expect(ids(await query(FACTS, { report: report2022.doc.id, of: company }))).toEqual([located]);
  });

  it('refuses a query that nothing narrows, an unknown report and a malformed date, naming the input', async () => {
    const open = await failure(FACTS);
    expect(open.extensions?.code).toBe('BAD_USER_INPUT');
    expect(open.message).toMatch(/`of`, `report`, or a date range/);
    const unknown = await failure(FACTS, { report: 'ffffffffffffffff' });
    expect(unknown.extensions?.code).toBe('NOT_FOUND');
    const badDate = await failure(FACTS, { from: '2023-13-01' });
    expect(badDate.message).toContain('"2023-13-01" is not a date');
    const reversed = await failure(FACTS, { from: '2024-01-01', to: '2023-01-01' });
    expect(reversed.message).toContain('publishedFrom (2024-01-01) is after publishedTo (2023-01-01)');
  });

  it("lists a report's facts and entities as connections", async () => {
    const { report } = await query(
      `query($id: ID!) { report(id: $id) {
        relations(types: [LOCATED_IN]) { totalCount edges { node { id } } }
        entities(kinds: [PARK, REGION]) { totalCount edges { node { id } } } } }`,
      { id: report2024.doc.id },
    );
    expect(report.relations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([
      `${otherPark}|LOCATED_IN|${city}`,
      `${park}|LOCATED_IN|${city}`,
    ]);
    expect(report.entities.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([otherPark, park, city]);
  });
});

describe('post-holders as of a day', () => {
  const OFFICIALS = `query($id: ID!, $asOf: Date) { entity(id: $id) { ... on Park {
    officials(asOf: $asOf) { title holder { name } firstSeen } } } }`;
  const holders = async (asOf?: string) =>
    (await query(OFFICIALS, { id: park, ...(asOf ? { asOf } : {}) })).entity.officials.map(
      (o: { holder: { name: string } }) => o.holder.name,
    );

  it('answers the holders stated by the latest report on or before the day', async () => {
    expect(await holders('2022-12-31')).toEqual([EARLIER]);
    expect(await holders('2023-08-01')).toEqual([LATER]);
    expect(await holders('2030-01-01')).toEqual([LATER]);
    expect(await holders('2021-01-01')).toEqual([]);
    expect((await holders()).sort()).toEqual([EARLIER, LATER].sort());
  });

  it('answers the posts an official held as of a day', async () => {
    const { entity } = await query(
      `query($id: ID!) { entity(id: $id) { ... on Official { positions(asOf: "2023-01-01") { at { id } } } } }`,
      { id: entityId('Official', LATER) },
    );
    expect(entity.positions).toEqual([]);
  });
});

describe('paths between names', () => {
  const PATH = `query($from: ID!, $to: ID!, $avoid: [EntityKind!], $types: [RelationType!]) {
    path(from: $from, to: $to, avoidKinds: $avoid, types: $types) { nodes { id } } }`;
  const nodes = (data: { path: { nodes: { id: string }[] } | null }) => data.path?.nodes.map((n) => n.id);

  it('takes exact names and aliases, Simplified or Traditional, and avoids the kinds asked', async () => {
    const direct = await query(PATH, { from: '濱江睢寧工業園區', to: OTHER_PARK, avoid: ['INDUSTRY'] });
    expect(nodes(direct)).toEqual([park, city, otherPark]);
    const noRegion = await query(PATH, { from: park, to: OTHER_PARK, avoid: ['REGION'] });
    expect(nodes(noRegion)).toEqual([park, entityId('Industry', INDUSTRY), otherPark]);
    const onlyFocus = await query(PATH, { from: PARK, to: city, types: ['FOCUSES_ON'] });
    expect(onlyFocus.path).toBeNull();
  });

  it('answers AMBIGUOUS, listing the candidates, when a name fits several entities', async () => {
    const error = await failure(PATH, { from: '睢宁园', to: OTHER_PARK });
    expect(error.extensions?.code).toBe('AMBIGUOUS');
    expect(error.message).toContain('"睢宁园" names 2 entities');
    expect((error.extensions?.candidates as { id: string }[]).map((c) => c.id).sort()).toEqual(
      [nodeId('Organization', BOARD), park].sort(),
    );
    const none = await failure(PATH, { from: '没有这个园区', to: OTHER_PARK });
    expect(none.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers the k shortest paths, shortest first, each different', async () => {
    const { paths } = await query(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 3) { nodes { id } edges { id } } }`,
      { from: PARK, to: OTHER_PARK },
    );
    const routes = paths.map((p: { edges: { id: string }[] }) => p.edges.map((e) => e.id).join(' > '));
    expect(new Set(routes).size).toBe(paths.length);
    expect(paths.length).toBeGreaterThanOrEqual(2);
    const lengths = paths.map((p: { edges: unknown[] }) => p.edges.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(lengths.slice(0, 2)).toEqual([2, 2]);
    const middles = paths.slice(0, 2).map((p: { nodes: { id: string }[] }) => p.nodes[1]!.id);
    expect(middles.sort()).toEqual([entityId('Industry', INDUSTRY), city]);
  });
});

describe('evidence as a connection', () => {
  const EVIDENCE = `query($of: ID!, $first: Int, $after: String) { relations(of: $of, types: [LOCATED_IN]) {
    edges { node { evidence(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { sentence report { publishedAt } } } } } } } }`;
  const evidence = async (variables: Record<string, unknown>) =>
    (await query(EVIDENCE, { of: company, ...variables })).relations.edges[0].node.evidence;

  it('pages the sentences that state a fact', async () => {
    const first = await evidence({ first: 1 });
    expect(first.totalCount).toBe(2);
    expect(first.edges).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await evidence({ first: 1, after: first.pageInfo.endCursor });
    expect(second.edges).toHaveLength(1);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.edges[0].node.sentence).not.toBe(first.edges[0].node.sentence);
    expect((await evidence({})).edges).toHaveLength(2);
  });

  it('counts evidence pages in the query cost', async () => {
    const wide = `{ relations(of: "${park}", first: 100) { edges { node {
      evidence(first: 100) { edges { node { sentence } } } } } } }`;
    const refused = await api.gql(wide);
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    const narrow = await api.gql(`{ relations(of: "${park}", first: 100) { edges { node {
      evidence { edges { node { sentence } } } } } } }`);
    expect(narrow.errors).toBeUndefined();
  });
});
