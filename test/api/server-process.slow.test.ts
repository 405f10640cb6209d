// Amplification and timeouts against `kg serve` as a process, on a synthetic store of 100,000 entities: searches by
// part of a name cost what they read, heavy reads leave /health answering, a read answered TIMEOUT stops using the
// store, and a write answered TIMEOUT was not kept.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { bulkLoad } from '../../src/graph/embedded/bulk.ts';
import { openEmbeddedStore } from '../../src/graph/embedded/index.ts';
import { SyntheticGraph, nameOf } from '../../bench/synthetic.ts';
import { serveProcess, type ServeProcess } from '../cli/serve-process.ts';

const ENTITIES = 100_000;
const KEY = 'process-test-key-0123456';
let dir: string;
let dataDir: string;
let names: number;
let server: ServeProcess | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-server-process-'));
  dataDir = join(dir, 'data');
  const store = await openEmbeddedStore(dataDir);
  await bulkLoad(store, new SyntheticGraph({ entities: ENTITIES, relations: ENTITIES }), { workDir: dir });
  const counts = (await store.stats()).entities;
  names = Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
  await store.close();
});
afterEach(async () => {
  await server?.stop();
  server = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * A read that keeps the store busy for about a second on this graph: the facts of the reports of one year (a fifteenth
 * of them), which reads each report's entities and cited sentences. (Partial-name searches and paths no longer do:
 * they read the name index and the topology the server builds before it listens.)
 */
const heavyQuery = (i: number) =>
  `{ relations(publishedFrom: "${2010 + i}-01-01", publishedTo: "${2010 + i}-12-31", first: 1) { totalCount } }`;

/** The probe that made /health wait 32 s: 1,000 aliases of one search by part of a name. */
const amplified = () =>
  `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: entities(nameContains: "园") { totalCount }`).join(' ')} }`;

it('refuses 1,000 searches by part of a name in one query, saying what they cost', async () => {
  server = await serveProcess(dataDir);
  const { status, errors } = await server.gql(amplified());
  expect(status).toBe(400);
  expect(errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  expect(errors[0].message).toContain(`reads all ${names} names`);
  // One search is fine.
  const one = await server.gql('{ entities(nameContains: "园") { totalCount } }');
  expect(one.data.entities.totalCount).toBeGreaterThan(0);
});

it('keeps /health answering while the probe of 1,000 searches and heavy searches arrive together', async () => {
  server = await serveProcess(dataDir);
  const running = server;
  const started = performance.now();
  const finishedAt: number[] = [];
  const probes = Array.from({ length: 8 }, () => running.gql(amplified()));
  const heavy = Array.from({ length: 8 }, (_, i) =>
    running.gql(heavyQuery(i)).finally(() => finishedAt.push(performance.now() - started)),
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  const health = await fetch(`${running.url}/health`);
  const healthAt = performance.now() - started;
  expect(health.status).toBe(200);
  expect(((await health.json()) as { status: string }).status).toBe('ok');
  for (const probe of await Promise.all(probes)) expect(probe.errors[0].extensions.code).toBe('QUERY_TOO_COSTLY');
  // Each heavy read found its facts, or (on a busy machine) ran out of time: none failed for another reason.
  for (const answer of await Promise.all(heavy)) {
    if (answer.errors) expect(answer.errors[0].extensions.code).toBe('TIMEOUT');
    else expect(answer.data.relations.totalCount).toBeGreaterThan(0);
  }
  // /health waited for a heavy search under way at most, not for all those queued ahead of it: it answered well
  // before they were all done (queued behind them all, it would answer about when the last one does).
  expect(healthAt).toBeLessThan(Math.max(...finishedAt) / 2);
});

it('stops the store work of a read answered TIMEOUT, so the next request is served', async () => {
  server = await serveProcess(dataDir, { KG_TIMEOUT_MS: '400', KG_MAX_CONCURRENT: '1' });
  const lookup = `{ entity(id: "Park:${nameOf('Park', 1)}") { name } }`;
  // Warm (statements prepared, the entity cached); on a busy machine the very first lookup may itself run out of time.
  for (let tries = 0; tries < 5 && !(await server.gql(lookup)).data?.entity; tries++);
  const heavy = await server.gql(heavyQuery(10));
  expect(heavy.errors[0].extensions.code).toBe('TIMEOUT');
  // Uncut, the heavy read would hold the only place (and the store's readers) for a second more.
  const next = await server.gql(lookup);
  expect(next.errors).toBeUndefined();
  expect(next.data.entity.name).toBe(nameOf('Park', 1));
});

it('answers its first partial-name search from a name index it built before listening', async () => {
  // Built inside the first such request, the index would be work no deadline cuts, and that request would run out.
  server = await serveProcess(dataDir, { KG_TIMEOUT_MS: '400' });
  const first = await server.gql('{ entities(nameContains: "科技", first: 1) { totalCount } }');
  expect(first.errors).toBeUndefined();
  expect(first.data.entities.totalCount).toBeGreaterThan(0);
});

it('answers TIMEOUT only for a write it did not keep', async () => {
  server = await serveProcess(dataDir, { KG_TIMEOUT_MS: '150', KG_API_KEY: KEY });
  const reports = async () =>
    ((await (await fetch(`${server!.url}/health`)).json()) as { store: { reports: number } }).store.reports;
  const before = await reports();
  // A long report: its extraction alone outlasts the deadline.
  const seed = readFileSync(new URL('../../seeds/001_5f900e3ae6d9e021.txt', import.meta.url), 'utf8');
  const text = Array.from({ length: 40 }, (_, i) => seed.replaceAll('。', `。第${i}段。`)).join('\n');
  const answer = await server.gql(
    'mutation($text: String!) { ingestReport(text: $text) { status } }',
    { text },
    { 'x-api-key': KEY },
  );
  expect(answer.errors[0].extensions.code).toBe('TIMEOUT');
  // Give a write that was not stopped the time to commit; none may appear.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  expect(await reports()).toBe(before);
});
