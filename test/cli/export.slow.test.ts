// `kg export` and `kg import` as users run them: the real binary, files on disk, clear one-line errors.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerExport } from '../../src/cli/export.ts';
import { registerImport } from '../../src/cli/import.ts';
import { openEmbeddedStore } from '../../src/graph/embedded/index.ts';
import { FIXTURE_REPORTS } from '../fixtures/reports.ts';
import { kgIn } from './kg-store.ts';
import { registeredFlags } from './run-kg.ts';

let dir: string;
let source: string;
const SLOW = 120_000; // each run starts the CLI

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
  source = join(dir, 'source');
  const store = await openEmbeddedStore(source);
  for (const report of FIXTURE_REPORTS) await store.upsertReport(report);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg export and kg import', () => {
  it(
    'round-trip a store through a JSON file',
    async () => {
      const file = join(dir, 'graph.json');
      const exported = await kgIn(source, 'export', '--format', 'json', '--out', file);
      expect(exported).toMatchObject({ code: 0, stdout: '', stderr: '' });
      expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
      const imported = await kgIn(join(dir, 'copy'), 'import', file);
      expect(imported.code).toBe(0);
      expect(imported.stdout).toMatch(
        new RegExp(`^${file}: ${FIXTURE_REPORTS.length} reports \\(${FIXTURE_REPORTS.length} added`),
      );
      const [before, after] = await Promise.all([
        kgIn(source, 'stats', '--format', 'json'),
        kgIn(join(dir, 'copy'), 'stats', '--format', 'json'),
      ]);
      expect(JSON.parse(after.stdout)).toEqual(JSON.parse(before.stdout));
    },
    SLOW,
  );

  it(
    'writes to stdout without --out',
    async () => {
      const run = await kgIn(source, 'export', '--format', 'graphml');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<graphml /);
      expect(run.stdout.trimEnd().endsWith('</graphml>')).toBe(true);
    },
    SLOW,
  );

  it(
    'refuses a missing or unknown format, an unwritable --out and a file that is not an export',
    async () => {
      const missing = await kgIn(source, 'export');
      expect(missing.code).not.toBe(0);
      expect(missing.stderr).toMatch(/--format <format>' not specified/);
      const unknown = await kgIn(source, 'export', '--format', 'csv');
      expect(unknown.stderr).toMatch(/Allowed choices are graphml, json, cypher/);
      const nowhere = join(dir, 'no', 'such', 'dir', 'graph.cypher');
      const unwritable = await kgIn(source, 'export', '--format', 'cypher', '--out', nowhere);
      expect(unwritable.code).toBe(1);
      expect(unwritable.stderr.startsWith(`kg: cannot write ${nowhere}: ENOENT: no such file or directory`)).toBe(true);
      expect(unwritable.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(existsSync(nowhere)).toBe(false);

      const absent = await kgIn(join(dir, 'x'), 'import', join(dir, 'absent.json'));
      expect(absent.stderr).toBe(`kg: ${join(dir, 'absent.json')}: no such file\n`);
      const notExport = join(dir, 'other.json');
      writeFileSync(notExport, '{"nodes": []}');
      const refused = await kgIn(join(dir, 'x'), 'import', notExport);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toBe(
        `kg: ${notExport}: the document is not a park-graph export (its "format" is undefined)\n`,
      );
    },
    SLOW,
  );

  it('explain every option in their help', () => {
    expect(registeredFlags(registerExport, 'export')).toEqual(['--format', '--out', '--store']);
    expect(registeredFlags(registerImport, 'import')).toEqual(['--store']);
  });
});

describe('kg export --format cypher', () => {
  it(
    'writes the script to the file',
    async () => {
      const file = join(dir, 'graph.cypher');
      expect((await kgIn(source, 'export', '--format', 'cypher', '--out', file)).code).toBe(0);
      expect(readFileSync(file, 'utf8')).toMatch(/^\/\/ park-graph: recreates the graph in Neo4j 5/);
    },
    SLOW,
  );
});
