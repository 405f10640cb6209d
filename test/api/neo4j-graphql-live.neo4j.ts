// /graphql/neo4j (@neo4j/graphql 7) on a real Neo4j 5 with APOC, beside /graphql on the same store: the APOC
// functions and procedure it calls exist and behave, and the docs' example questions get the same answers from both
// APIs. Also the real `KG_STORE=neo4j kg serve` answering on both endpoints.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEO4J_GRAPHQL_PATH } from '../../src/api/neo4j-graphql.ts';
import { root } from '../cli/run-kg.ts';
import { neo4jEnv, query } from '../neo4j/support.ts';
import { useSeededNeo4jApi } from './support/neo4j-seeded.ts';

const seeded = useSeededNeo4jApi();

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function neo4jGql(url: string, text: string, variables: Record<string, unknown> = {}): Promise<any> {
  const response = await fetch(`${url}${NEO4J_GRAPHQL_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(response.status).toBe(200);
  return body.data;
}

describe('the APOC that @neo4j/graphql 7 calls', () => {
  it('has apoc.util.validate, apoc.util.validatePredicate and apoc.date.convertFormat', async () => {
    const functions = await query(
      "SHOW FUNCTIONS YIELD name WHERE name IN ['apoc.util.validatePredicate', 'apoc.date.convertFormat'] RETURN name ORDER BY name",
    );
    expect(functions.map((r) => r.name)).toEqual(['apoc.date.convertFormat', 'apoc.util.validatePredicate']);
    const procedures = await query("SHOW PROCEDURES YIELD name WHERE name = 'apoc.util.validate' RETURN name");
    expect(procedures).toEqual([{ name: 'apoc.util.validate' }]);
  });

  it('runs them: a false predicate passes, a true one fails with its message', async () => {
    const [row] = await query(
      "RETURN apoc.util.validatePredicate(false, 'unused %s', ['x']) AS ok, apoc.date.convertFormat('2024-05-06', 'date', 'basic_date') AS date",
    );
    expect(row).toEqual({ ok: true, date: '20240506' });
    await expect(query("RETURN apoc.util.validatePredicate(true, 'refused: %s', ['limit']) AS x")).rejects.toThrow(
      /refused: limit/,
    );
    await expect(query("CALL apoc.util.validate(true, 'invalid %s', ['input'])")).rejects.toThrow(/invalid input/);
    expect(await query("CALL apoc.util.validate(false, 'invalid', []) RETURN 1 AS ok")).toEqual([{ ok: 1 }]);
  });
});

describe('/graphql/neo4j answers the docs example questions as /graphql does', () => {
  it("a park's leaders (docs/queries/1-park-leaders.graphql)", async () => {
    const typed = await seeded.api.gql(`{ search(text: "宿城经济开发区", kinds: [PARK], first: 1) {
      name ... on Park { officials { title holder { name } evidence(first: 100) { edges { node { sentence } } } } } } }`);
    expect(typed.errors).toBeUndefined();
    const officials = typed.data.search[0].officials as {
      title: string | null;
      holder: { name: string };
      evidence: { edges: { node: { sentence: string } }[] };
    }[];
    expect(officials.length).toBeGreaterThan(0);
    const generated = await neo4jGql(
      seeded.api.url,
      `{ parks(where: { name: { eq: "宿城经济开发区" } }) { name officeHoldersConnection(first: 100) {
        edges { properties { title evidence } node { ... on Official { name } ... on Person { name } } } } } }`,
    );
    expect(generated.parks).toHaveLength(1);
    const edges = generated.parks[0].officeHoldersConnection.edges as {
      properties: { title: string | null; evidence: string[] };
      node: { name: string };
    }[];
    const fromTyped = officials.map(
      (o) => `${o.holder.name}|${o.title}|${o.evidence.edges.map((e) => e.node.sentence).sort()}`,
    );
    const fromGenerated = edges.map((e) => `${e.node.name}|${e.properties.title}|${[...e.properties.evidence].sort()}`);
    expect(fromGenerated.sort()).toEqual(fromTyped.sort());
  });

  it('the companies investing in a park, with amounts and stages (docs/queries/2-park-companies.graphql)', async () => {
    const typed = await seeded.api.gql(`{ search(text: "江苏赣榆经济开发区", kinds: [PARK], first: 1) {
      name ... on Park { companies(first: 50) { type amount status company { name } } } } }`);
    expect(typed.errors).toBeUndefined();
    const companies = typed.data.search[0].companies as {
      type: string;
      amount: number | null;
      status: string | null;
      company: { name: string };
    }[];
    const generated = await neo4jGql(
      seeded.api.url,
      `{ parks(where: { name: { eq: "江苏赣榆经济开发区" } }) {
        investorsConnection(first: 100) { edges { properties { amount status } node { name } } }
        locatedHere(limit: 100) { ... on Company { name } } } }`,
    );
    const park = generated.parks[0];
    const investors = companies
      .filter((c) => c.type === 'INVESTS_IN')
      .map((c) => `${c.company.name}|${c.amount}|${c.status}`);
    expect(investors.length + companies.length).toBeGreaterThan(0);
    expect(
      (
        park.investorsConnection.edges as {
          properties: { amount: number | null; status: string | null };
          node: { name: string };
        }[]
      )
        .map((e) => `${e.node.name}|${e.properties.amount}|${e.properties.status}`)
        .sort(),
    ).toEqual(investors.sort());
    const located = companies.filter((c) => c.type === 'LOCATED_IN').map((c) => c.company.name);
    expect((park.locatedHere as { name?: string }[]).flatMap((c) => (c.name ? [c.name] : [])).sort()).toEqual(
      located.sort(),
    );
  });

  it('the "1+5" partnership and its members (docs/queries/3-partnership-1-5.graphql)', async () => {
    const typed = await seeded.api.gql(`{ search(text: "1+5", kinds: [PARTNERSHIP], first: 1) {
      name ... on Partnership { members { role member { name } } } } }`);
    expect(typed.errors).toBeUndefined();
    const [partnership] = typed.data.search as {
      name: string;
      members: { role: string | null; member: { name: string } }[];
    }[];
    expect(partnership!.members.length).toBeGreaterThanOrEqual(6);
    const generated = await neo4jGql(
      seeded.api.url,
      `query ($name: String!) { partnerships(where: { name: { eq: $name } }) {
        membersConnection(first: 100) { edges { properties { role } node { ... on Park { name } ... on Region { name } } } } } }`,
      { name: partnership!.name },
    );
    const edges = generated.partnerships[0].membersConnection.edges as {
      properties: { role: string | null };
      node: { name: string };
    }[];
    expect(edges.map((e) => `${e.node.name}|${e.properties.role}`).sort()).toEqual(
      partnership!.members.map((m) => `${m.member.name}|${m.role}`).sort(),
    );
  });

  it('counts the same entities and reports', async () => {
    const typed = await seeded.api.gql('{ parks(first: 1) { totalCount } reports(first: 1) { totalCount } }');
    expect(typed.errors).toBeUndefined();
    const generated = await neo4jGql(
      seeded.api.url,
      '{ parksConnection { totalCount } reportsConnection { totalCount } }',
    );
    expect(generated.parksConnection.totalCount).toBe(typed.data.parks.totalCount);
    expect(generated.reportsConnection.totalCount).toBe(typed.data.reports.totalCount);
  });
});

describe('KG_STORE=neo4j kg serve', () => {
  let url = '';
  let stop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const child = spawn(process.execPath, ['bin/kg.js', 'serve'], {
      cwd: root,
      env: { ...neo4jEnv(), PORT: '0', HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    url = await new Promise<string>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`kg serve did not start:\n${output}`)), 120_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          done(match[1]!);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => fail(new Error(`kg serve exited (${code}):\n${output}`)));
    });
    stop = async () => {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    };
  }, 180_000);
  afterAll(() => stop());

  it('serves /health, /graphql and /graphql/neo4j from the Neo4j store', async () => {
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    // The reports the Neo4j store holds (the seeds), not an embedded store's empty ./data.
    expect(await health.json()).toMatchObject({ status: 'ok', store: { reports: 5 } });
    const typed = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ search(text: "蘇宿工業園區") { id } }' }),
    });
    expect(((await typed.json()) as { data: { search: { id: string }[] } }).data.search[0]!.id).toBe(
      'Park:苏宿工业园区',
    );
    const generated = await neo4jGql(url, '{ parks(where: { name: { eq: "苏宿工业园区" } }) { id } }');
    expect(generated.parks).toEqual([{ id: 'Park:苏宿工业园区' }]);
  });
});
