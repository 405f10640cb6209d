// Abuse: each of these is refused with a clear error code, and the server keeps serving.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/store.ts';
import { MAX_QUERY_DEPTH } from '../../src/api/limits.ts';
import { seededEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

let temp: TempStore;
let api: RunningApi;

beforeAll(async () => {
  temp = await seededEmbeddedStore();
  api = await startApi({ store: temp.store, apiKey: 'the-right-key-0123' });
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await temp?.close();
});

async function stillServing() {
  const { status, data } = await api.gql('{ stats { reports } }');
  expect(status).toBe(200);
  expect(data.stats.reports).toBe(5);
}

/** A query nested `levels` fields deep: entity → relations → edges → node → from → relations → ... */
function deepQuery(levels: number): string {
  let selection = 'id';
  let depth = 1;
  while (depth + 4 <= levels) {
    selection = `relations(first: 1) { edges { node { from { ${selection} } } } }`;
    depth += 4;
  }
  return `{ entity(id: "Park:苏宿工业园区") { ${selection} } }`;
}

describe('refused requests', () => {
  it('refuses a 50-level deep query with QUERY_TOO_DEEP', async () => {
    const { status, errors, data } = await api.gql(deepQuery(50));
    expect(status).toBe(400);
    expect(data).toBeUndefined();
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(errors?.[0]?.message).toMatch(new RegExp(`depth limit of ${MAX_QUERY_DEPTH} exceeded`));
    await stillServing();
  });

  it('accepts a query just within the depth limit', async () => {
    const { errors } = await api.gql(deepQuery(MAX_QUERY_DEPTH - 2));
    expect(errors).toBeUndefined();
  });

  it('refuses a query asking for 10,000 items with BAD_USER_INPUT', async () => {
    for (const query of [
      '{ parks(first: 10000) { totalCount } }',
      '{ search(text: "园", first: 10000) { id } }',
      '{ neighborhood(of: "Park:苏宿工业园区", limit: 10000) { nodes { id } } }',
      '{ relations(of: "Park:苏宿工业园区", first: 10000) { totalCount } }',
    ]) {
      const { errors, data } = await api.gql(query);
      expect(errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(errors?.[0]?.message, query).toMatch(/(first|limit) must be an integer from \d+ to \d+, got 10000/);
      expect(data, query).toBeNull();
    }
    await stillServing();
  });

  it('refuses a query whose nested lists multiply past the cost limit with QUERY_TOO_COSTLY', async () => {
    const query = `{ parks(first: 100) { edges { node {
      relations(first: 100) { edges { node { from { relations(first: 100) { totalCount } } } } } } } } }`;
    const { status, errors } = await api.gql(query);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(errors?.[0]?.message).toMatch(/Query cost \d+ exceeds the limit/);
    await stillServing();
  });

  it('refuses a query with thousands of fields with QUERY_TOO_COSTLY', async () => {
    const fields = Array.from({ length: 12_000 }, (_, i) => `a${i}: stats { reports }`).join(' ');
    const { status, errors } = await api.gql(`{ ${fields} }`);
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    await stillServing();
  });

  it('refuses variables that do not fit their types with BAD_USER_INPUT', async () => {
    // Costs are remembered per document and shape of variables: a valid request first must not let a wrong one by.
    const valid = await api.gql('query($f: Int) { parks(first: $f) { totalCount } }', { f: 5 });
    expect(valid.errors).toBeUndefined();
    const wrong = await api.gql('query($f: Int) { parks(first: $f) { totalCount } }', { f: 'many' });
    expect(wrong.status).toBe(400);
    expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.errors?.[0]?.message).toContain('$f');
    const missing = await api.gql('query($f: Int!) { parks(first: $f) { totalCount } }');
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a malformed query with GRAPHQL_PARSE_FAILED', async () => {
    const { status, errors } = await api.gql('{ parks(first: 5 { totalCount }');
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(errors?.[0]?.message).toMatch(/Syntax Error/);
    await stillServing();
  });

  it('refuses a query against fields the schema lacks with GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, errors } = await api.gql('{ parks { nonsense } }');
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a mutation with a wrong API key with UNAUTHENTICATED', async () => {
    const { status, errors } = await api.gql('mutation { deleteReport(id: "x") }', {}, { 'x-api-key': 'wrong' });
    expect(status).toBe(401);
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errors?.[0]?.message).toBe('The API key is not valid.');
    await stillServing();
  });

  it('refuses a body that is not JSON, or too large, with 400 and 413', async () => {
    const bad = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":',
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/not valid JSON/);
    const huge = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ stats { reports } } # ${'x'.repeat(10_000_000)}` }),
    }).catch((error: Error) => error);
    expect(huge instanceof Error ? huge.message : huge.status).toBe(413);
    await stillServing();
  });

  it('never shows a stack trace', async () => {
    const { errors } = await api.gql('{ relations(of: "Park:没有这个园区") { totalCount } }');
    expect(errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });
});

describe('a store that fails or hangs', () => {
  function storeWith(overrides: Partial<GraphStore>): GraphStore {
    return new Proxy(temp.store, {
      get: (target, property, receiver) =>
        property in overrides ? overrides[property as keyof GraphStore] : Reflect.get(target, property, receiver),
    });
  }

  it('answers an unexpected failure with INTERNAL_SERVER_ERROR and no detail', async () => {
    const failing = await startApi({
      store: storeWith({
        stats: async () => {
          throw new Error('disk on fire at /secret/path');
        },
      }),
    });
    try {
      const { errors } = await failing.gql('{ stats { reports } }');
      expect(errors?.[0]).toMatchObject({
        message: 'internal server error',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      });
      expect(JSON.stringify(errors)).not.toContain('/secret/path');
      const health = await fetch(`${failing.url}/health`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'error', error: 'disk on fire at /secret/path' });
    } finally {
      await failing.stop();
    }
  });

  it('answers a request that takes too long with TIMEOUT, and keeps serving', async () => {
    const slow = await startApi({
      store: storeWith({ stats: () => new Promise((resolve) => setTimeout(() => resolve(temp.store.stats()), 1_000)) }),
      timeoutMs: 200,
    });
    try {
      const started = Date.now();
      const { status, errors } = await slow.gql('{ stats { reports } }');
      expect(status).toBe(503);
      expect(errors?.[0]?.extensions?.code).toBe('TIMEOUT');
      expect(Date.now() - started).toBeLessThan(1_000);
      const { data } = await slow.gql('{ entity(id: "Park:苏宿工业园区") { name } }');
      expect(data.entity.name).toBe('苏宿工业园区');
    } finally {
      await slow.stop();
    }
  });

  it('never starts a request that ran out of time waiting for its turn', async () => {
    let calls = 0;
    const slow = await startApi({
      store: storeWith({
        stats: () => (calls++, new Promise((resolve) => setTimeout(() => resolve(temp.store.stats()), 600))),
      }),
      timeoutMs: 300,
      maxConcurrent: 1,
    });
    try {
      const answers = await Promise.all([1, 2, 3].map(() => slow.gql('{ stats { reports } }')));
      expect(answers.map((a) => a.errors?.[0]?.extensions?.code)).toEqual(['TIMEOUT', 'TIMEOUT', 'TIMEOUT']);
      expect(calls).toBe(1);
    } finally {
      await slow.stop();
    }
  });
});
