// `npm run bench:neo4j [-- --entities N --relations M --iterations K]`: the synthetic graph of the ingest and API
// benchmarks (default here 100k entities / 500k relations: see docs/benchmarks.md for why not 1M / 5M) loaded into
// a throwaway Neo4j 5.26 (the Maven launcher) by batched UNWIND, and into the embedded store by its bulk path; then
// one report upsert at that scale and the API's lookups, search, neighborhood and path through each store's
// GraphStore methods (p50/p99 over K calls after a warm-up), side by side in one Markdown table.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { startNeo4j } from '../neo4j/launcher.ts';
import { bulkLoad } from '../src/graph/embedded/bulk.ts';
import { openEmbeddedStore } from '../src/graph/embedded/index.ts';
import { openNeo4jStore } from '../src/graph/neo4j/index.ts';
import type { GraphStore } from '../src/graph/store.ts';
import { reportA, reportB } from '../test/fixtures/reports.ts';
import { bulkLoadNeo4j } from './neo4j-bulk.ts';
import { SyntheticGraph, nameOf } from './synthetic.ts';

const { values: args } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relations: { type: 'string', default: '500000' },
    iterations: { type: 'string', default: '200' },
  },
});
const iterations = Number(args.iterations);
const size = { entities: Number(args.entities), relations: Number(args.relations) };
const log = (line: string) => process.stderr.write(`${line}\n`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** An entity with 20 to 30 relations and a park 2 to 4 hops from it (as bench/api.bench.ts picks them). */
async function targets(store: GraphStore) {
  // Small graphs (a smoke run) may have no entity with 20 to 30 relations: then any with a few.
  for (const [min, max] of [
    [20, 30],
    [3, 100],
  ] as const) {
    for (const kind of ['Park', 'Region', 'Project', 'Company'] as const) {
      for (let k = 0; k < 60; k++) {
        const name = nameOf(kind, k * 997);
        const id = `${kind}:${name}`;
        const { totalCount } = await store.relationsOf(id, {}, { first: 1 });
        if (totalCount < min || totalCount > max) continue;
        for (let j = 1; j < 200; j++) {
          const to = `Park:${nameOf('Park', j)}`;
          const path = to === id ? undefined : await store.shortestPath(id, to, 4);
          if (path && path.edges.length >= 2) return { id, name, to, hops: path.edges.length, relations: totalCount };
        }
      }
    }
  }
  throw new Error('no entity with relations and a park 2 to 4 hops away among those sampled');
}

type Target = Awaited<ReturnType<typeof targets>>;
const SCENARIOS: Record<string, (store: GraphStore, t: Target) => Promise<unknown>> = {
  'lookup (entity + 20 relations)': async (s, t) =>
    Promise.all([s.getEntity(t.id), s.relationsOf(t.id, {}, { first: 20 })]),
  'search (exact name, first 1)': (s, t) => s.searchEntities(t.name, { limit: 1 }),
  'neighborhood (depth 2, ≤ 100)': (s, t) => s.neighborhood(t.id, { depth: 2, limit: 100 }),
  'path (≤ 4 hops)': (s, t) => s.shortestPath(t.id, t.to, 4),
};

async function measure(store: GraphStore, target: Target) {
  const results: Record<string, { p50: number; p99: number }> = {};
  for (const [name, call] of Object.entries(SCENARIOS)) {
    for (let i = 0; i < 20; i++) await call(store, target);
    const samples: number[] = [];
    for (let i = 0; i < iterations; i++) samples.push((await time(() => call(store, target)))[1]);
    samples.sort((a, b) => a - b);
    results[name] = {
      p50: samples[Math.floor(samples.length * 0.5)]!,
      p99: samples[Math.floor(samples.length * 0.99)]!,
    };
  }
  return results;
}

const work = mkdtempSync(join(tmpdir(), 'kg-bench-neo4j-'));
const rows: string[][] = [];
try {
  const graph = new SyntheticGraph(size);
  log(`synthetic graph: ${graph.totalEntities} entities, ${graph.totalRelations} relations`);

  // Neo4j
  const server = await startNeo4j({
    dir: join(work, 'neo4j'),
    password: randomBytes(12).toString('hex'),
    pageCache: '4g',
  });
  log(`Neo4j ${server.neo4jVersion} ready in ${server.startSeconds} s`);
  const config = { uri: server.uri, user: server.user, password: server.password };
  let neo: GraphStore | undefined;
  try {
    await (await openNeo4jStore(config)).close(); // constraints and indexes first: the bulk MATCHes use them
    const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password));
    const [, neoLoad] = await time(() =>
      bulkLoadNeo4j(driver, graph, (step, ms, n) => log(`neo4j ${step}: ${n} rows in ${seconds(ms)}`)),
    );
    await driver.close();
    let degreeMs: number;
    [neo, degreeMs] = await time(() => openNeo4jStore(config)); // counts every entity's degree
    log(`neo4j degrees and indexes online in ${seconds(degreeMs)}`);
    rows.push(['bulk load (batched UNWIND / CSV COPY)', seconds(neoLoad + degreeMs)]);

    // Embedded, same graph
    const embedded = await openEmbeddedStore(join(work, 'embedded'));
    try {
      const [, embLoad] = await time(() => bulkLoad(embedded as never, new SyntheticGraph(size), { workDir: work }));
      rows[0]!.push(seconds(embLoad));
      // The first upsert also plans each of its statements (cold); the second shows the steady cost.
      for (const [label, report] of [
        ['first report upsert at this size (cold)', reportA],
        ['next report upsert (warm)', reportB],
      ] as const) {
        const [, neoUpsert] = await time(() => neo!.upsertReport(report));
        const [, embUpsert] = await time(() => embedded.upsertReport(report));
        rows.push([label, `${neoUpsert.toFixed(0)} ms`, `${embUpsert.toFixed(0)} ms`]);
      }
      const target = await targets(embedded);
      log(`targets: ${target.id} (${target.relations} relations), path to ${target.to} (${target.hops} hops)`);
      const onNeo = await measure(neo, target);
      const onEmb = await measure(embedded, target);
      for (const name of Object.keys(SCENARIOS)) {
        const f = (r: { p50: number; p99: number }) => `${r.p50.toFixed(1)} / ${r.p99.toFixed(1)} ms`;
        rows.push([`${name}, p50 / p99`, f(onNeo[name]!), f(onEmb[name]!)]);
      }
    } finally {
      await embedded.close();
    }
  } finally {
    await neo?.close();
    await server.stop();
  }
  console.log(`${graph.totalEntities} entities, ${graph.totalRelations} relations; ${iterations} calls each\n`);
  console.log('| | Neo4j 5.26.30 (launcher) | embedded (LadybugDB) |');
  console.log('| --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
