import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportFiles } from '../../src/cli/report-files.ts';
import { root } from './run-kg.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-report-files-'));
  mkdirSync(join(dir, 'inputs', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'inputs', 'empty.txt'), '');
  writeFileSync(join(dir, 'inputs', 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 9]));
  writeFileSync(join(dir, 'inputs', 'notes.csv'), 'not,a,report');
  writeFileSync(join(dir, 'inputs', '.hidden.txt'), 'skipped');
  writeFileSync(
    join(dir, 'inputs', 'nested', 'seed.html'),
    readFileSync(join(root, 'seeds', '000_6070ca8fc415f084.txt')),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('reportFiles', () => {
  it('expands directories to their report files in name order', () => {
    expect(reportFiles([join(dir, 'inputs'), join(dir, 'missing.txt')])).toEqual([
      join(dir, 'inputs', 'binary.txt'),
      join(dir, 'inputs', 'empty.txt'),
      join(dir, 'inputs', 'nested', 'seed.html'),
      join(dir, 'missing.txt'),
    ]);
  });
});
