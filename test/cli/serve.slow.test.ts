// `kg serve` as users run it: seeds an empty store, serves, reports health, and stops cleanly on SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
let dataDir: string | undefined;
let child: ChildProcess | undefined;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function kg(args: string[], env: Record<string, string> = {}) {
  dataDir = mkdtempSync(join(tmpdir(), 'kg-serve-test-'));
  child = spawn(process.execPath, ['bin/kg.js', ...args], {
    cwd: root,
    env: { ...process.env, KG_DATA_DIR: dataDir, KG_STORE: '', PORT: '', KG_API_KEY: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child!.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child!.stdout!.on('data', () => {
      const found = /GraphQL API and IDE: (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(stdout);
      if (found) resolve(found[1]!);
    });
    void exited.then((code) => reject(new Error(`kg exited with ${code}: ${stderr}`)));
  });
  url.catch(() => undefined); // a test that expects kg to fail never awaits the URL
  return { url, exited, output: () => ({ stdout, stderr }) };
}

it('seeds an empty store, serves the IDE URL and /health, and stops on SIGTERM', async () => {
  const run = kg(['serve', '--seed', 'seeds', '--port', '0']);
  const url = await run.url;
  const health = (await (await fetch(`${url}/health`)).json()) as { status: string; store: { reports: number } };
  expect(health).toMatchObject({ status: 'ok', store: { reports: 5 } });
  expect(run.output().stderr).toMatch(/ingesting 5 reports from seeds/);
  child!.kill('SIGTERM');
  expect(await run.exited).toBe(0);
  expect(run.output().stderr).toMatch(/SIGTERM: finishing requests in flight, then closing the store/);
}, 120_000);

it('explains a bad port in one line', async () => {
  const run = kg(['serve'], { PORT: 'eighty' });
  expect(await run.exited).toBe(1);
  expect(run.output().stderr.trim()).toBe('kg: port "eighty" (PORT or --port) is not a port number (0 to 65535)');
}, 60_000);

it('refuses a KG_API_KEY too short to resist guessing, in one line', async () => {
  const run = kg(['serve', '--port', '0'], { KG_API_KEY: 'hunter2' });
  expect(await run.exited).toBe(1);
  expect(run.output().stderr.trim()).toMatch(/^kg: KG_API_KEY is 7 characters long; use at least 16 \(for example/);
}, 60_000);

it('answers /health 503 once its data directory is removed, and logs each request as a JSON line', async () => {
  const run = kg(['serve', '--port', '0']);
  const url = await run.url;
  expect((await fetch(`${url}/health`)).status).toBe(200);
  rmSync(dataDir!, { recursive: true, force: true });
  const health = await fetch(`${url}/health`);
  expect(health.status).toBe(503);
  expect(((await health.json()) as { error: string }).error).toMatch(/^the data directory .* is gone$/);
  child!.kill('SIGTERM');
  expect(await run.exited).toBe(0);
  // Read once its stdout has ended: every line it wrote has arrived.
  const stdout = child!.stdout!;
  if (!stdout.readableEnded) await new Promise((resolve) => stdout.once('end', resolve));
  const lines = run
    .output()
    .stdout.split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(lines.filter((l) => l.path === '/health').map((l) => l.status)).toEqual([200, 503]);
}, 120_000);
