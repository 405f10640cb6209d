import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIngest } from '../../src/cli/ingest.ts';
import { extractReport } from '../../src/extract/index.ts';
import { openEmbeddedStore } from '../../src/graph/embedded/index.ts';
import { kgIn } from './kg-store.ts';
import { registeredFlags, root } from './run-kg.ts';

let dir: string;
const seeds = join(root, 'seeds');
const TWO_SEEDS = ['002_48f77da54fc8359d.txt', '004_9102397643b9cae0.txt'];
// Each run starts the CLI (tsx, the segmenter's dictionaries): seconds each on a busy machine.
const SLOW = 120_000;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-ingest-'));
  mkdirSync(join(dir, 'inputs', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'inputs', 'empty.txt'), '');
  writeFileSync(join(dir, 'inputs', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 9]));
  writeFileSync(join(dir, 'inputs', 'notes.csv'), 'not,a,report');
  writeFileSync(join(dir, 'inputs', 'nested', 'seed.html'), readFileSync(join(seeds, '000_6070ca8fc415f084.txt')));
  mkdirSync(join(dir, 'two-seeds'));
  for (const name of TWO_SEEDS) writeFileSync(join(dir, 'two-seeds', name), readFileSync(join(seeds, name)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const summaryOf = (stdout: string) => {
  const m =
    /(\d+) files?: (\d+) reports? added, (\d+) unchanged, (\d+) failed\n(\d+) entities and (\d+) relations added/.exec(
      stdout,
    );
  if (!m) throw new Error(`no summary in ${JSON.stringify(stdout)}`);
  const [files, added, unchanged, failed, entities, relations] = m.slice(1).map(Number);
  return { files, added, unchanged, failed, entities, relations };
};

describe('kg ingest', () => {
  it(
    'ingests a directory of reports, then finds nothing new in it',
    async () => {
      const data = join(dir, 'data-seeds');
      const inputs = join(dir, 'two-seeds');
      const first = await kgIn(data, 'ingest', inputs);
      expect(first.code).toBe(0);
      const summary = summaryOf(first.stdout);
      expect(summary).toMatchObject({ files: 2, added: 2, unchanged: 0, failed: 0 });
      expect(summary.entities).toBeGreaterThan(0);
      expect(first.stderr).toMatch(/\[2\/2\] .*004_9102397643b9cae0\.txt: added/);

      const stats = JSON.parse((await kgIn(data, 'stats', '--format', 'json')).stdout);
      const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
      expect(stats.reports).toBe(2);
      expect(sum(stats.entities)).toBe(summary.entities);
      expect(sum(stats.relations)).toBe(summary.relations);

      const again = await kgIn(data, 'ingest', inputs);
      expect(again.code).toBe(0);
      expect(summaryOf(again.stdout)).toEqual({
        files: 2,
        added: 0,
        unchanged: 2,
        failed: 0,
        entities: 0,
        relations: 0,
      });
      expect(JSON.parse((await kgIn(data, 'stats', '--format', 'json')).stdout)).toEqual(stats);
    },
    SLOW,
  );

  it(
    'reports each bad file by name and reason, skips it, keeps the rest, and fails',
    async () => {
      const data = join(dir, 'data-bad');
      const missing = join(dir, 'missing.txt');
      const run = await kgIn(data, 'ingest', missing, join(dir, 'inputs'), join(seeds, '001_5f900e3ae6d9e021.txt'));
      expect(run.code).toBe(1);
      expect(summaryOf(run.stdout)).toMatchObject({ files: 5, added: 2, unchanged: 0, failed: 3 });
      expect(run.stderr).toContain(`${missing}: failed: no such file`);
      expect(run.stderr).toMatch(/empty\.txt: failed: .*empty/);
      expect(run.stderr).toMatch(/binary\.txt: failed: .*binary/);
      expect(run.stderr).not.toContain('notes.csv');
      expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace

      const store = await openEmbeddedStore(data);
      try {
        const names = (await store.reports()).items.map((r) => r.name).sort();
        expect(names).toEqual(['001_5f900e3ae6d9e021.txt', 'seed.html']);
        const seed = extractReport({ name: 'x', bytes: readFileSync(join(seeds, '000_6070ca8fc415f084.txt')) });
        expect(await store.getReport(seed.doc.id)).toMatchObject({ entityCount: expect.any(Number) });
      } finally {
        await store.close();
      }
    },
    SLOW,
  );

  it(
    'says plainly when the store is in use by another process',
    async () => {
      const data = join(dir, 'data-locked');
      const store = await openEmbeddedStore(data);
      try {
        const run = await kgIn(data, 'ingest', seeds);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/^kg: the embedded store .* is in use by another process/);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      } finally {
        await store.close();
      }
    },
    SLOW,
  );

  it(
    'rejects an unknown store, and names what the Neo4j store lacks',
    async () => {
      const bogus = await kgIn(join(dir, 'data-x'), 'ingest', '--store', 'sqlite', seeds);
      expect(bogus.code).toBe(1);
      expect(bogus.stderr).toMatch(/sqlite/);
      const neo4j = await kgIn(join(dir, 'data-x'), 'ingest', '--store', 'neo4j', seeds);
      expect(neo4j.code).toBe(1);
      expect(neo4j.stderr).toMatch(/NEO4J_URI/);
      expect(neo4j.stderr).not.toMatch(/\n\s+at /);
    },
    SLOW,
  );

  it(
    'documents its options',
    async () => {
      const help = await kgIn(join(dir, 'data-x'), 'ingest', '--help');
      for (const flag of registeredFlags(registerIngest, 'ingest')) expect(help.stdout).toContain(flag);
    },
    SLOW,
  );
});
