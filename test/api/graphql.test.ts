// The API over real HTTP against the embedded store built from seeds/.
import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../src/api/examples.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../src/extract/index.ts';
import { resolveReport } from '../../src/graph/resolve.ts';
import { SEEDS_DIR, useSeededApi } from './support/seeded.ts';

const seeded = useSeededApi();

const SEARCH = `query($text: String!, $kinds: [EntityKind!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) { id kind name aliases }
}`;

async function search(text: string, variables: Record<string, unknown> = {}) {
  const { data, errors } = await seeded.api.gql(SEARCH, { text, ...variables });
  expect(errors).toBeUndefined();
  return data.search as { id: string; kind: string; name: string; aliases: string[] }[];
}

describe('search', () => {
  it.each(['苏宿工业园区', '蘇宿工業園區', '苏宿园区', '苏宿'])('finds 苏宿工业园区 from %s', async (text) => {
    const names = (await search(text, { kinds: ['PARK'] })).map((e) => e.name);
    expect(names).toContain('苏宿工业园区');
  });

  it('ranks exact matches of a name before partial ones', async () => {
    const partial = await search('宿城', { first: 50 });
    const contained = partial.find((e) => partial.some((other) => other !== e && other.name.includes(e.name)));
    expect(contained, 'the seeds name an entity whose name is part of another one').toBeDefined();
    const ranked = await search(contained!.name, { first: 50 });
    expect(ranked[0]!.name).toBe(contained!.name);
    expect(ranked.length).toBeGreaterThan(1);
  });

  it('filters by kind and honours first', async () => {
    const regions = await search('宿', { kinds: ['REGION'], first: 3 });
    expect(regions.map((e) => e.name)).toEqual(expect.arrayContaining(['宿城区', '宿迁市']));
    expect(regions.length).toBeLessThanOrEqual(3);
    expect(regions.every((e) => e.kind === 'REGION')).toBe(true);
  });

  it('answers BAD_USER_INPUT for an empty text', async () => {
    const { errors } = await seeded.api.gql(SEARCH, { text: '  ' });
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('entity and typed relationship fields', () => {
  it('returns an entity by id, and null for an unknown id', async () => {
    const { data } = await seeded.api.gql(
      `{ a: entity(id: "Park:苏宿工业园区") { id kind name } b: entity(id: "Park:没有这个园区") { id } }`,
    );
    expect(data.a).toEqual({ id: 'Park:苏宿工业园区', kind: 'PARK', name: '苏宿工业园区' });
    expect(data.b).toBeNull();
  });

  it("reads a park's leaders with their titles and evidence", async () => {
    const { data, errors } = await seeded.api.gql(`{ entity(id: "Park:宿城经济开发区") { ... on Park {
      officials { title holder { id kind name } evidence { edges { node { sentence report { id title } } } } } } } }`);
    expect(errors).toBeUndefined();
    const leader = data.entity.officials.find((p: { holder: { name: string } }) => p.holder.name === '秦永辉');
    expect(leader.title).toContain('党工委书记');
    expect(leader.holder.kind).toBe('OFFICIAL');
    expect(leader.evidence.edges[0].node.sentence).toContain('秦永辉');
    expect(leader.evidence.edges[0].node.report.id).toMatch(/^[0-9a-f]{16}$/);
  });

  it("reads a park's companies with amounts and stages", async () => {
    const { data } = await seeded.api.gql(`{ entity(id: "Park:江苏赣榆经济开发区") { ... on Park {
      companies(first: 50) { type amount status company { name } } } } }`);
    const companies = data.entity.companies as { type: string; amount: number | null; company: { name: string } }[];
    expect(companies.find((c) => c.company.name === '嘉兴四通车轮')).toMatchObject({ type: 'INVESTS_IN', amount: 1e9 });
    expect(companies.filter((c) => c.type === 'INVESTS_IN').length).toBeGreaterThanOrEqual(4);
  });

  it('reads the "1+5" partnership: a lead park and five members', async () => {
    const [partnership] = await search('1+5', { kinds: ['PARTNERSHIP'] });
    const { data } = await seeded.api.gql(
      `query($id: ID!) { entity(id: $id) { ... on Partnership {
      members { role member { kind name } } } } }`,
      { id: partnership!.id },
    );
    const members = data.entity.members as { role: string; member: { name: string } }[];
    expect(members).toHaveLength(6);
    expect(members.filter((m) => m.role === 'lead').map((m) => m.member.name)).toEqual(['苏宿工业园区']);
  });

  it('links the parks of a partnership, and reads regions, industries, parents and sub-parks', async () => {
    const { data, errors } = await seeded.api.gql(`{ entity(id: "Park:苏宿工业园区") { ... on Park {
      linkedParks { park { name } partnership { name } }
      region { region { kind name } }
      industries { tier industry { name } }
      partnerships { role partnership { name } }
      subParks { park { name } }
      coBuiltBy { region { name } } } } }`);
    expect(errors).toBeUndefined();
    const park = data.entity;
    expect(park.linkedParks.map((l: { park: { name: string } }) => l.park.name)).toContain('吴江泗阳工业园');
    expect(park.region.region.kind).toBe('REGION');
    expect(park.industries).toContainEqual({ tier: '主导', industry: { name: '电子信息' } });
    expect(park.partnerships.some((m: { role: string }) => m.role === 'lead')).toBe(true);
    const names = (list: { park?: { name: string }; region?: { name: string } }[]) =>
      list.map((item) => (item.park ?? item.region)!.name);
    // Sub-parks and co-builders the seeds' gold files name (test/fixtures/gold/).
    expect(names(park.subParks)).toEqual(
      expect.arrayContaining(['人力资源服务产业园', '智慧信息产业园', '苏大天宫产业园', '苏州·宿迁科创飞地']),
    );
    expect(names(park.coBuiltBy)).toEqual(expect.arrayContaining(['宿迁市', '苏州市']));
    const child = park.subParks[0].park.name;
    const { data: up } = await seeded.api.gql(
      `query($text: String!) { search(text: $text, kinds: [PARK], first: 1) {
      ... on Park { parent { park { name } } } } }`,
      { text: child },
    );
    expect(up.search[0].parent.park.name).toBe('苏宿工业园区');
  });

  it("reads an official's positions, a region's parks and sub-regions, an industry's parks", async () => {
    const { data, errors } = await seeded.api.gql(`{
      official: entity(id: "Official:秦永辉") { ... on Official { positions { title at { name } } } }
      region: entity(id: "Region:宿城区") { ... on Region { parks { park { name } } parent { region { name } } } }
      industry: entity(id: "Industry:电子信息") { ... on Industry { focusedBy { tier subject { name } } } } }`);
    expect(errors).toBeUndefined();
    expect(data.official.positions.map((p: { at: { name: string } }) => p.at.name)).toContain('宿城经济开发区');
    expect(data.region.parks.map((p: { park: { name: string } }) => p.park.name).sort()).toEqual(
      [
        '中德(宿迁)环保高新产业园',
        '吴宿工业园',
        '吴中宿城工业园',
        '宿城经济开发区',
        '新材料产业园',
        '运河宿迁港产业园',
      ].sort(),
    );
    expect(data.industry.focusedBy.map((f: { subject: { name: string } }) => f.subject.name)).toContain('苏宿工业园区');
  });

  it('lists mentions with their report and sentence', async () => {
    const { data } = await seeded.api.gql(
      `{ entity(id: "Park:苏宿工业园区") { mentions(first: 3) { surface sentence report { id } } } }`,
    );
    expect(data.entity.mentions).toHaveLength(3); // the park is named in every seed report, many times
    for (const m of data.entity.mentions) expect(m.sentence).toContain(m.surface);
  });
});

describe('relations, path and neighborhood', () => {
  const RELATIONS = `query($of: ID!, $first: Int, $after: String, $types: [RelationType!], $direction: Direction) {
    relations(of: $of, first: $first, after: $after, types: $types, direction: $direction) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id type fromId toId from { id } to { id } } } } }`;

  it('pages through all relations of an entity with cursors', async () => {
    const all = await seeded.api.gql(RELATIONS, { of: 'Park:苏宿工业园区', first: 100 });
    const total = all.data.relations.totalCount as number;
    expect(total).toBeGreaterThan(5);
    expect(all.data.relations.edges).toHaveLength(total);
    const seen: string[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const { data } = await seeded.api.gql(RELATIONS, { of: 'Park:苏宿工业园区', first: 3, after });
      seen.push(...data.relations.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!data.relations.pageInfo.hasNextPage) break;
      after = data.relations.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.data.relations.edges.map((e: { node: { id: string } }) => e.node.id));
    // Any edge's cursor resumes right after that edge.
    const middle = all.data.relations.edges[2];
    const { data: resumed } = await seeded.api.gql(RELATIONS, {
      of: 'Park:苏宿工业园区',
      first: 2,
      after: middle.cursor,
    });
    expect(resumed.relations.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(seen.slice(3, 5));
  });

  it('filters relations by type and direction', async () => {
    const { data } = await seeded.api.gql(RELATIONS, {
      of: 'Park:苏宿工业园区',
      types: ['FOCUSES_ON'],
      direction: 'OUT',
    });
    const edges = data.relations.edges as {
      node: { type: string; fromId: string; toId: string; from: { id: string } };
    }[];
    // The park's industries in the seeds' gold files (test/fixtures/gold/).
    expect(edges.map((e) => e.node.toId)).toEqual(
      expect.arrayContaining(['Industry:新能源新材料', 'Industry:电子信息', 'Industry:精密机械']),
    );
    expect(edges.every((e) => e.node.type === 'FOCUSES_ON' && e.node.fromId === 'Park:苏宿工业园区')).toBe(true);
    expect(edges[0]!.node.from.id).toBe('Park:苏宿工业园区');
  });

  it('answers NOT_FOUND for an unknown entity and BAD_USER_INPUT for a bad id or cursor', async () => {
    const unknown = await seeded.api.gql(RELATIONS, { of: 'Park:没有这个园区' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('Park:没有这个园区');
    const badId = await seeded.api.gql(RELATIONS, { of: 'no-kind' });
    expect(badId.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await seeded.api.gql(RELATIONS, { of: 'Park:苏宿工业园区', after: 'nonsense' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds a path between two parks, step by step', async () => {
    const { data, errors } = await seeded.api
      .gql(`{ path(from: "Park:宿城经济开发区", to: "Park:苏宿工业园区", maxHops: 4) {
      nodes { id } edges { fromId toId evidence { totalCount edges { node { sentence } } } } } }`);
    expect(errors).toBeUndefined();
    const ids = data.path.nodes.map((n: { id: string }) => n.id);
    expect(ids[0]).toBe('Park:宿城经济开发区');
    expect(ids.at(-1)).toBe('Park:苏宿工业园区');
    expect(data.path.edges).toHaveLength(ids.length - 1);
    data.path.edges.forEach((e: { fromId: string; toId: string }, i: number) => {
      expect([e.fromId, e.toId].sort()).toEqual([ids[i], ids[i + 1]].sort());
    });
    expect(data.path.edges.every((e: { evidence: { totalCount: number } }) => e.evidence.totalCount > 0)).toBe(true);
  });

  it('answers NOT_FOUND for a path or neighborhood of an unknown entity', async () => {
    const path = await seeded.api.gql(
      '{ path(from: "Park:宿城经济开发区", to: "Park:没有这个园区") { nodes { id } } }',
    );
    expect(path.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(path.errors?.[0]?.message).toBe(
      'to: no entity has the id, name or alias "Park:没有这个园区" (search finds partial names)',
    );
    const near = await seeded.api.gql('{ neighborhood(of: "Region:没有这个地方") { nodes { id } } }');
    expect(near.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers null when no path is short enough, and refuses maxHops over 6', async () => {
    const { data } = await seeded.api.gql(
      `{ path(from: "Park:宿城经济开发区", to: "Park:苏宿工业园区", maxHops: 1) { nodes { id } } }`,
    );
    expect(data.path).toBeNull();
    const { errors } = await seeded.api.gql(
      `{ path(from: "Park:宿城经济开发区", to: "Park:苏宿工业园区", maxHops: 7) { nodes { id } } }`,
    );
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toContain('maxHops');
  });

  it('returns a neighborhood within depth and limit, refusing depth over 3', async () => {
    const one = await seeded.api.gql(
      `{ neighborhood(of: "Park:苏宿工业园区") { nodes { id } edges { fromId toId } } }`,
    );
    const two = await seeded.api.gql(
      `{ neighborhood(of: "Park:苏宿工业园区", depth: 2, limit: 200) { nodes { id } edges { fromId toId } } }`,
    );
    const small = await seeded.api.gql(
      `{ neighborhood(of: "Park:苏宿工业园区", depth: 2, limit: 5) { nodes { id } } }`,
    );
    expect(two.data.neighborhood.nodes.length).toBeGreaterThan(one.data.neighborhood.nodes.length);
    expect(small.data.neighborhood.nodes.length).toBeLessThanOrEqual(5);
    const nodes = new Set(two.data.neighborhood.nodes.map((n: { id: string }) => n.id));
    for (const e of two.data.neighborhood.edges) expect(nodes.has(e.fromId) && nodes.has(e.toId)).toBe(true);
    const { errors } = await seeded.api.gql(`{ neighborhood(of: "Park:苏宿工业园区", depth: 4) { nodes { id } } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers the same relations of an entity whether it asks for their evidence or only their properties', async () => {
    const relations = (node: string) =>
      seeded.api.gql(`{ entity(id: "Park:宿城经济开发区") { relations(first: 30) { edges { node { ${node} } } } } }`);
    const bare = await relations('id title');
    const full = await relations('id title lastSeen evidence { edges { node { sentence } } }');
    const nodes = (answer: typeof bare) =>
      answer.data.entity.relations.edges.map((e: { node: { id: string; title?: string } }) => [
        e.node.id,
        e.node.title,
      ]);
    expect(nodes(bare).length).toBeGreaterThan(5);
    expect(nodes(bare)).toEqual(nodes(full));
    for (const { node } of full.data.entity.relations.edges) expect(node.evidence.edges.length).toBeGreaterThan(0);
  });

  it('answers the same edges whether a neighborhood asks for their evidence or only their ends', async () => {
    const hood = (edge: string) =>
      seeded.api.gql(`fragment Edge on Relation { ${edge} }
        { neighborhood(of: "Park:苏宿工业园区", depth: 2, limit: 60) { edges { ...Edge } } }`);
    const ends = await hood('id type from { id } toId');
    const full = await hood('id title evidence { edges { node { sentence } } }');
    const ids = (answer: typeof ends) => answer.data.neighborhood.edges.map((e: { id: string }) => e.id);
    expect(ids(ends).length).toBeGreaterThan(10);
    expect(ids(ends)).toEqual(ids(full));
    for (const edge of full.data.neighborhood.edges) expect(edge.evidence.edges.length).toBeGreaterThan(0);
  });
});

describe('lists, reports and stats', () => {
  it('lists parks with totalCount, filtered by name, region and industry', async () => {
    const { data, errors } = await seeded.api.gql(`{
      all: parks(first: 100) { totalCount edges { node { id kind } } }
      named: parks(nameContains: "工業園") { totalCount edges { node { name } } }
      inRegion: parks(region: "Region:宿城区") { totalCount }
      byIndustry: parks(industry: "Industry:电子信息") { edges { node { name } } } }`);
    expect(errors).toBeUndefined();
    expect(data.all.totalCount).toBe(data.all.edges.length);
    expect(data.all.edges.every((e: { node: { kind: string } }) => e.node.kind === 'PARK')).toBe(true);
    expect(data.named.totalCount).toBe(data.named.edges.length);
    expect(data.named.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(
      expect.arrayContaining(['苏宿工业园区', '吴江泗阳工业园', '吴宿工业园']),
    );
    expect(data.named.edges.every((e: { node: { name: string } }) => e.node.name.includes('工业园'))).toBe(true);
    // The eight parks the gold files place in 宿城区 (their zone's parts too), one of them also under a second name.
    expect(data.inRegion.totalCount).toBe(9);
    expect(data.byIndustry.edges.map((e: { node: { name: string } }) => e.node.name)).toContain('苏宿工业园区');
  });

  it('refuses a region filter that is not a region id', async () => {
    const { errors } = await seeded.api.gql(`{ parks(region: "Park:苏宿工业园区") { totalCount } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists each kind and the reports, and counts what the graph holds', async () => {
    const { data, errors } = await seeded.api.gql(`{
      companies { totalCount } officials { totalCount } people { totalCount } regions { totalCount }
      organizations { totalCount } industries { totalCount } projects { totalCount } partnerships { totalCount }
      entities(kinds: [PARK, COMPANY]) { totalCount }
      reports { totalCount edges { node { id name title entityCount relationCount } } }
      stats { reports entities relations entitiesByKind { kind count } relationsByType { type count } } }`);
    expect(errors).toBeUndefined();
    const stats = data.stats;
    const byKind = Object.fromEntries(
      stats.entitiesByKind.map((k: { kind: string; count: number }) => [k.kind, k.count]),
    );
    expect(data.companies.totalCount).toBe(byKind.COMPANY);
    expect(data.partnerships.totalCount).toBe(byKind.PARTNERSHIP);
    expect(data.entities.totalCount).toBe(byKind.PARK + byKind.COMPANY);
    expect(stats.reports).toBe(5);
    expect(data.reports.totalCount).toBe(5);
    // Each report's counts are those its resolution gives (what ingesting its seed file stored).
    const resolved = new Map(
      readdirSync(SEEDS_DIR).map((file) => {
        const { report } = resolveReport(extractReport({ name: file, bytes: readFileSync(join(SEEDS_DIR, file)) }));
        return [report.id, report];
      }),
    );
    for (const { node } of data.reports.edges as {
      node: { id: string; entityCount: number; relationCount: number };
    }[]) {
      expect(node, node.id).toMatchObject({
        entityCount: resolved.get(node.id)!.entityCount,
        relationCount: resolved.get(node.id)!.relationCount,
      });
    }
    expect(stats.entities).toBe(Object.values(byKind).reduce((a, b) => (a as number) + (b as number), 0));
  });

  it('finds a report by id', async () => {
    const { data } = await seeded.api.gql(`{ reports(first: 1) { edges { node { id title } } } }`);
    const { id, title } = data.reports.edges[0].node;
    const { data: one } = await seeded.api.gql(`query($id: ID!) { report(id: $id) { title } }`, { id });
    expect(one.report.title).toBe(title);
  });
});

describe('docs/queries', () => {
  it.each(loadExamples().map((e) => [e.file, e.query]))('%s runs without errors and finds data', async (_, query) => {
    const { status, data, errors } = await seeded.api.gql(query);
    expect(errors).toBeUndefined();
    expect(status).toBe(200);
    const empty = (value: unknown): boolean =>
      value === null || (Array.isArray(value) && (value.length === 0 || value.every(empty)));
    expect(Object.values(data ?? {}).some((value) => !empty(value))).toBe(true);
  });
});
