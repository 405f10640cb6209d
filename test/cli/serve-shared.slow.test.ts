// While `kg serve` holds the embedded store (LadybugDB locks it), `kg ingest`, `kg stats` and `kg export` send their
// work through it; once it stops, they open the store themselves again.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SERVER_FILE } from '../../src/cli/local-server.ts';
import { kgIn } from './kg-store.ts';
import { serveProcess, type ServeProcess } from './serve-process.ts';

const SEEDS = new URL('../../seeds/', import.meta.url).pathname;
let dir: string;
let server: ServeProcess;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-serve-shared-'));
  server = await serveProcess(join(dir, 'data'));
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

it('announces itself in the data directory with a key only its user can read', () => {
  const announced = JSON.parse(readFileSync(join(dir, 'data', SERVER_FILE), 'utf8')) as {
    url: string;
    keyFile: string;
  };
  expect(announced.url).toBe(server.url);
  expect(statSync(announced.keyFile).mode & 0o077).toBe(0);
});

it('takes kg ingest, kg stats and kg export through the server, with the checks of kg ingest', async () => {
  const bad = join(dir, 'binary.txt');
  writeFileSync(bad, Buffer.from('华辰科技有限公司\u0000\u0000'));
  const ingest = await kgIn(join(dir, 'data'), 'ingest', join(SEEDS, '000_6070ca8fc415f084.txt'), bad);
  expect(ingest.stderr).toMatch(
    /the server at http:\/\/127\.0\.0\.1:\d+ holds the store; sending the reports through it/,
  );
  expect(ingest.stderr).toMatch(/binary\.txt: failed: base64: binary data \(contains NUL bytes\)/);
  expect(ingest.stdout).toMatch(/^2 files: 1 report added, 0 unchanged, 1 failed\n/);
  expect(ingest.code).toBe(1);

  const served = await server.gql('{ stats { reports } }');
  expect(served.data.stats.reports).toBe(1);

  const stats = await kgIn(join(dir, 'data'), 'stats', '--format', 'json');
  expect(stats.code).toBe(0);
  expect(JSON.parse(stats.stdout)).toMatchObject({ reports: 1 });

  const exported = await kgIn(join(dir, 'data'), 'export', '--format', 'json');
  expect(exported.code).toBe(0);
  const graph = JSON.parse(exported.stdout) as { nodes: unknown[] };
  expect(graph.nodes.length).toBeGreaterThan(5);
});

it('withdraws the announcement when it stops, and the commands open the store again', async () => {
  expect(await server.stop()).toBe(0);
  expect(existsSync(join(dir, 'data', SERVER_FILE))).toBe(false);
  const stats = await kgIn(join(dir, 'data'), 'stats', '--format', 'json');
  expect(stats.stderr).toBe('');
  expect(JSON.parse(stats.stdout)).toMatchObject({ reports: 1 });
});
