import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatStats } from '../../src/cli/actions/stats.ts';
import { registerStats } from '../../src/cli/stats.ts';
import { openEmbeddedStore } from '../../src/graph/embedded/index.ts';
import { FIXTURE_REPORTS } from '../fixtures/reports.ts';
import { kgIn } from './kg-store.ts';
import { registeredFlags } from './run-kg.ts';

let dir: string;
const SLOW = 120_000; // each run starts the CLI
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-stats-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg stats', () => {
  it(
    'counts an empty store',
    async () => {
      const data = join(dir, 'empty');
      const json = await kgIn(data, 'stats', '--format', 'json');
      expect(json.code).toBe(0);
      expect(JSON.parse(json.stdout)).toEqual({ reports: 0, entities: {}, relations: {} });
      const table = await kgIn(data, 'stats');
      expect(table.stdout).toMatch(/^reports\s+0\nentities\s+0\nrelations\s+0\n$/);
    },
    SLOW,
  );

  it(
    'prints what the store holds, as JSON or as a table',
    async () => {
      const data = join(dir, 'fixtures');
      const store = await openEmbeddedStore(data);
      for (const report of FIXTURE_REPORTS) await store.upsertReport(report);
      const expected = await store.stats();
      await store.close();

      const json = await kgIn(data, 'stats', '--format', 'json');
      expect(JSON.parse(json.stdout)).toEqual(expected);
      const table = await kgIn(data, 'stats', '--format', 'table');
      expect(table.code).toBe(0);
      expect(table.stdout).toBe(formatStats(expected));
      expect(table.stdout).toMatch(new RegExp(`^  Company\\s+${expected.entities.Company}$`, 'm'));
      expect(table.stdout).toMatch(new RegExp(`^reports\\s+${FIXTURE_REPORTS.length}$`, 'm'));
    },
    SLOW,
  );

  it(
    'documents its options',
    async () => {
      const help = await kgIn(join(dir, 'x'), 'stats', '--help');
      for (const flag of registeredFlags(registerStats, 'stats')) expect(help.stdout).toContain(flag);
    },
    SLOW,
  );
});
