// `npm run bench:api [-- --entities N --relations M --data DIR --duration S --json --build-only]`: the GraphQL API (`kg serve`,
// in its own process) on the synthetic graph of the ingest benchmark (default 1M entities, 5M relations, built once
// into DIR, default bench/out/api-graph), driven by autocannon over loopback. For each query: p50/p99 latency at
// 1 connection and requests/s at 32 connections, beside a bare Apollo server answering constants of the same shape.
// Targets (issue 4): lookup p99 ≤ 10 ms at 1 connection; path p99 ≤ 50 ms; lookup req/s at 32 connections ≥ 60% of bare.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { bulkLoad } from '../src/graph/embedded/bulk.ts';
import { openEmbeddedStore } from '../src/graph/embedded/index.ts';
import type { GraphStore } from '../src/graph/store.ts';
import { SyntheticGraph, nameOf } from './synthetic.ts';
import { distinctEntities, runWorkload, type Measured, type WorkloadKind } from './workload.ts';

const { values: args } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000000' },
    relations: { type: 'string', default: '5000000' },
    data: { type: 'string', default: new URL('./out/api-graph', import.meta.url).pathname },
    duration: { type: 'string', default: '10' },
    json: { type: 'boolean', default: false },
    'build-only': { type: 'boolean', default: false },
    'workload-only': { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const root = new URL('../', import.meta.url).pathname;

/** What the stored graph depends on: its size and the embedded store's code (its on-disk layout may change). */
function buildKey(): string {
  const hash = createHash('sha256').update(`${args.entities}/${args.relations}`);
  for (const dir of ['src/graph/embedded', 'cypher/embedded', 'bench/synthetic.ts']) {
    const path = join(root, dir);
    const files = statSync(path).isDirectory()
      ? readdirSync(path)
          .sort()
          .map((f) => join(path, f))
      : [path];
    for (const file of files) hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** The synthetic graph in an embedded store under `dir`, built once and rebuilt when the store's code changes. */
async function syntheticStore(dir: string) {
  const key = buildKey();
  const keyFile = join(dir, 'built-with.txt');
  const fresh = !existsSync(keyFile) || readFileSync(keyFile, 'utf8') !== key;
  if (fresh) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const store = await openEmbeddedStore(dir);
  if (fresh) {
    const graph = new SyntheticGraph({ entities: Number(args.entities), relations: Number(args.relations) });
    console.error(`building ${graph.totalEntities} entities, ${graph.totalRelations} relations into ${dir}…`);
    const started = performance.now();
    await bulkLoad(store, graph, { workDir: dirname(dir) });
    writeFileSync(keyFile, key);
    console.error(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return store;
}

/** An entity with 20 to 30 relations (parks first, sampled across the graph), and a park 2 to 4 hops from it. */
async function targets(store: GraphStore) {
  let lookup: { id: string; name: string; relations: number } | undefined;
  search: for (const kind of ['Park', 'Region', 'Project', 'Company'] as const) {
    for (let k = 0; k < 60; k++) {
      const name = nameOf(kind, k * 997);
      const { totalCount } = await store.relationsOf(`${kind}:${name}`, {}, { first: 1 });
      if (totalCount >= 20 && totalCount <= 30) {
        lookup = { id: `${kind}:${name}`, name, relations: totalCount };
        break search;
      }
    }
  }
  if (!lookup) throw new Error('no entity with 20 to 30 relations among those sampled');
  for (let j = 1; j < 200; j++) {
    const to = `Park:${nameOf('Park', j)}`;
    const path = to === lookup.id ? undefined : await store.shortestPath(lookup.id, to, 4);
    if (path && path.edges.length >= 2) return { lookup, path: { from: lookup.id, to, hops: path.edges.length } };
  }
  throw new Error(`no park within 2 to 4 hops of ${lookup.id}`);
}

const RELATION = 'type fromId toId title amount status tier role from { __typename id name } to { __typename id name }';
const QUERIES = {
  lookup: {
    field: 'entity',
    query: `query Lookup($id: ID!) { entity(id: $id) { __typename id kind name aliases
      relations(first: 20) { totalCount edges { node { ${RELATION} } } } } }`,
  },
  search: {
    field: 'search',
    query: `query Search($text: String!) { search(text: $text, first: 1) { __typename id kind name aliases
      relations(first: 20) { totalCount edges { node { ${RELATION} } } } } }`,
  },
  neighborhood: {
    field: 'neighborhood',
    query: `query Hood($id: ID!) { neighborhood(of: $id, depth: 2, limit: 100) {
      nodes { __typename id kind name } edges { type fromId toId } } }`,
  },
  path: {
    field: 'path',
    query: `query Path($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) {
      nodes { __typename id kind name } edges { type fromId toId evidence { edges { node { sentence } } } } } }`,
  },
} as const;
type Scenario = keyof typeof QUERIES;

/** Starts a server process and resolves to its base URL (the first http:// URL it prints). */
function startServer(
  command: string[],
  env: Record<string, string> = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, command, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const listen = (chunk: Buffer) => {
      out += chunk;
      const url = /(http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (!url) return;
      child.stdout!.off('data', listen); // the request log that follows flows on, unread
      resolve({ url, child });
    };
    child.stdout!.on('data', listen);
    child.on('exit', (code) => reject(new Error(`${command.join(' ')} exited with ${code}`)));
  });
}

async function post(url: string, query: string, variables: object) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`${query}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/**
 * Waits until the server answers a trivial query quickly again: requests that timed out on the client may still be
 * running on the server, and the next measurement must not pay for them.
 */
async function settle(url: string, id: string) {
  const started = performance.now();
  for (let quick = 0; quick < 3 && performance.now() - started < 120_000;) {
    const t = performance.now();
    await post(url, 'query($id: ID!) { entity(id: $id) { id } }', { id }).catch(() => undefined);
    quick = performance.now() - t < 50 ? quick + 1 : 0;
  }
}

/** autocannon for `seconds`; failed requests (non-2xx, errors, timeouts after 30 s) are counted, not hidden. */
async function load(url: string, query: string, variables: object, connections: number, seconds = duration) {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
    connections,
    duration: seconds,
    timeout: 30,
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    failed: result.non2xx + result.errors,
  };
}

/** Latency of requests each asking about entities no request asked before: what the read cache cannot help. */
async function firstRequests(url: string, query: string, variables: object[]) {
  const times: number[] = [];
  for (const v of variables) {
    const started = performance.now();
    await post(url, query, v);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
  return { requests: times.length, p50: at(0.5), p99: at(0.99), max: Math.round(times.at(-1)!) };
}

/** Parks far from the measured ones (and from each other), each asked about once. */
const FIRST_REQUESTS = 100;
const freshParks = Array.from({ length: FIRST_REQUESTS }, (_, k) => `Park:${nameOf('Park', 20_000 + k * 211)}`);

const store = await syntheticStore(args.data);
if (args['build-only']) {
  await store.close();
  process.exit(0);
}
const stats = await store.stats();
const picked = await targets(store);
await store.close(); // kg serve opens it next
const variables: Record<Scenario, object> = {
  lookup: { id: picked.lookup.id },
  search: { text: picked.lookup.name },
  neighborhood: { id: picked.lookup.id },
  path: { from: picked.path.from, to: picked.path.to },
};

const api = await startServer(['bin/kg.js', 'serve', '--data-dir', args.data, '--port', '0'], { KG_API_KEY: '' });
const bareAnswers = join(root, 'bench/out/bare-answers.json');
const children: ChildProcess[] = [api.child];
try {
  // The realistic workload first, on the freshly started server: 10,000 distinct entities, Zipf-skewed, each request
  // type alone at 1 connection, then all of them mixed at 1 and 32 connections.
  const graph = new SyntheticGraph({ entities: Number(args.entities), relations: Number(args.relations) });
  const drawn = distinctEntities(graph);
  const workloadQueries: Record<WorkloadKind, string> = {
    lookup: QUERIES.lookup.query,
    'exact search': QUERIES.search.query,
    'partial search': QUERIES.search.query,
    neighborhood: QUERIES.neighborhood.query,
    path: QUERIES.path.query,
  };
  const kinds = Object.keys(workloadQueries) as WorkloadKind[];
  const workload: { kind: string; server: string; connections: number; m: Measured }[] = [];
  for (const [i, kind] of kinds.entries()) {
    const m = await runWorkload(api.url, workloadQueries, [kind], drawn, {
      connections: 1,
      seconds: duration,
      seed: i + 1,
    });
    workload.push({ kind, server: 'park-graph', connections: 1, m });
    console.error(`workload ${kind}: p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.rps} req/s, ${m.failed} failed`);
  }
  for (const connections of [1, 32]) {
    const m = await runWorkload(api.url, workloadQueries, kinds, drawn, { connections, seconds: duration, seed: 99 });
    workload.push({ kind: 'mix', server: 'park-graph', connections, m });
    console.error(
      `workload mix at ${connections}: p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.rps} req/s, ${m.failed} failed`,
    );
    await settle(api.url, picked.lookup.id);
  }

  const answers: Record<string, unknown> = {};
  for (const [scenario, { field, query }] of Object.entries(QUERIES)) {
    answers[field] = (await post(api.url, query, variables[scenario as Scenario]))[field];
  }
  mkdirSync(dirname(bareAnswers), { recursive: true });
  writeFileSync(bareAnswers, JSON.stringify(answers));
  // Both servers run as `kg` runs them: NODE_ENV=production (bin/kg.js), which spares graphql-js its realm checks.
  const bare = await startServer(['--import', 'tsx', 'bench/bare-apollo.ts', bareAnswers], { NODE_ENV: 'production' });
  children.push(bare.child);
  for (const connections of [1, 32]) {
    const m = await runWorkload(bare.url, workloadQueries, kinds, drawn, { connections, seconds: duration, seed: 99 });
    workload.push({ kind: 'mix', server: 'bare Apollo', connections, m });
    console.error(`bare mix at ${connections}: p50 ${m.p50} ms, p99 ${m.p99} ms, ${m.rps} req/s, ${m.failed} failed`);
  }
  const mixAt32 = (server: string) =>
    workload.find((w) => w.kind === 'mix' && w.server === server && w.connections === 32)!.m;
  const at1 = (kind: WorkloadKind) => workload.find((w) => w.kind === kind)!.m;
  const workloadChecks = {
    lookupP99AtMost20ms: at1('lookup').p99 <= 20,
    partialSearchP99AtMost50ms: at1('partial search').p99 <= 50,
    pathP99AtMost100ms: at1('path').p99 <= 100,
    mixThroughputShareOfBare: Number((mixAt32('park-graph').rps / mixAt32('bare Apollo').rps).toFixed(2)),
    errors: workload.filter((w) => w.server === 'park-graph').reduce((sum, w) => sum + w.m.failed, 0),
  };
  console.log(`realistic workload: ${drawn.length} distinct entities, Zipf s=1, ${duration} s per row`);
  console.log('| requests | server | connections | p50 ms | p99 ms | req/s | requests | failed |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const w of workload)
    console.log(
      `| ${w.kind} | ${w.server} | ${w.connections} | ${w.m.p50} | ${w.m.p99} | ${w.m.rps} | ${w.m.requests} | ${w.m.failed} |`,
    );
  console.log(JSON.stringify(workloadChecks));
  if (args['workload-only']) {
    for (const child of children) child.kill('SIGTERM');
    process.exit(0);
  }

  // First: requests about entities nobody asked about yet (the rows below repeat one request, served from memory).
  const half = FIRST_REQUESTS / 2;
  const first = {
    lookup: await firstRequests(
      api.url,
      QUERIES.lookup.query,
      freshParks.slice(0, half).map((id) => ({ id })),
    ),
    path: await firstRequests(
      api.url,
      QUERIES.path.query,
      freshParks.slice(half).map((from, k) => ({ from, to: `Park:${nameOf('Park', 1 + k)}` })),
    ),
  };
  console.error(`first requests: lookup ${JSON.stringify(first.lookup)}, path ${JSON.stringify(first.path)}`);

  const rows: {
    scenario: Scenario;
    server: string;
    p50: number;
    p99: number;
    rps1: number;
    rps32: number;
    p50at32: number;
    failed: number;
  }[] = [];
  for (const scenario of Object.keys(QUERIES) as Scenario[]) {
    const { query } = QUERIES[scenario];
    for (const [server, url] of [
      ['park-graph', api.url],
      ['bare Apollo', bare.url],
    ] as const) {
      await load(url, query, variables[scenario], 1, 3); // warm-up (JIT, caches), not counted
      const one = await load(url, query, variables[scenario], 1);
      await settle(url, picked.lookup.id);
      const many = await load(url, query, variables[scenario], 32);
      await settle(url, picked.lookup.id);
      rows.push({
        scenario,
        server,
        p50: one.p50,
        p99: one.p99,
        rps1: one.rps,
        rps32: many.rps,
        p50at32: many.p50,
        failed: one.failed + many.failed,
      });
      console.error(
        `${scenario} on ${server}: p50 ${one.p50} ms, p99 ${one.p99} ms; 32 connections: ${many.rps} req/s`,
      );
    }
  }
  const row = (scenario: Scenario, server: string) => rows.find((r) => r.scenario === scenario && r.server === server)!;
  const result = {
    date: new Date().toISOString().slice(0, 10),
    cpu: `${availableParallelism()} × ${cpus()[0]?.model ?? 'unknown'}`,
    node: process.version,
    graph: {
      entities: Object.values(stats.entities).reduce((a, b) => a + (b ?? 0), 0),
      relations: Object.values(stats.relations).reduce((a, b) => a + (b ?? 0), 0),
    },
    targets: { lookup: picked.lookup, path: picked.path },
    durationSeconds: duration,
    firstRequests: first,
    rows,
    checks: {
      lookupP99AtMost10ms: row('lookup', 'park-graph').p99 <= 10,
      pathP99AtMost50ms: row('path', 'park-graph').p99 <= 50,
      lookupThroughputShareOfBare: Number(
        (row('lookup', 'park-graph').rps32 / row('lookup', 'bare Apollo').rps32).toFixed(2),
      ),
    },
  };
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(
      `${result.date}, ${result.cpu}, Node ${result.node}; graph: ${result.graph.entities} entities, ` +
        `${result.graph.relations} relations; ${duration} s per measurement`,
    );
    console.log(`lookup: ${picked.lookup.id} (${picked.lookup.relations} relations); path: ${picked.path.hops} hops`);
    console.log(
      '| query | server | p50 ms (1 conn) | p99 ms (1 conn) | req/s (1 conn) | req/s (32 conn) | p50 ms (32 conn) | failed |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const r of rows)
      console.log(
        `| ${r.scenario} | ${r.server} | ${r.p50} | ${r.p99} | ${r.rps1} | ${r.rps32} | ${r.p50at32} | ${r.failed} |`,
      );
    for (const [scenario, f] of Object.entries(first))
      console.log(
        `${scenario}, first request about an entity (${f.requests}): p50 ${f.p50} ms, p99 ${f.p99} ms, max ${f.max} ms`,
      );
    console.log(
      `lookup p99 ≤ 10 ms: ${result.checks.lookupP99AtMost10ms}; path p99 ≤ 50 ms: ${result.checks.pathP99AtMost50ms}; ` +
        `lookup req/s at 32 connections: ${Math.round(result.checks.lookupThroughputShareOfBare * 100)}% of bare (target ≥ 60%)`,
    );
  }
} finally {
  for (const child of children) child.kill('SIGTERM');
}
