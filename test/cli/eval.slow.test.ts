import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerEval } from '../../src/cli/eval.ts';
import { RELATION_PROPERTY_NAMES } from '../../src/ontology/model.ts';
import { readJsonDir } from '../../src/eval/load.ts';
import { score } from '../../src/eval/score.ts';
import { extractReport } from '../../src/extract/index.ts';
import { toGoldFormat } from '../../src/extract/gold-format.ts';
import { kg, registeredFlags, root } from './run-kg.ts';

const goldDir = 'test/fixtures/gold';
const gold = readJsonDir(join(root, goldDir));
let dir: string;
let predFile: string;

/** What the reference scorer prints for the same arguments. */
const reference = (...args: string[]) =>
  execFileSync(process.execPath, ['test/fixtures/score.mjs', goldDir, ...args], { cwd: root, encoding: 'utf8' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-eval-'));
  // Predictions that are partly right: some entities dropped, one added, one relation reversed, one title wrong.
  const predictions = gold.slice(0, 4).map((d, di) => ({
    doc: d.doc,
    entities: [...(d.entities ?? []).filter((_, i) => i % 4 !== di), { kind: 'Company', name: '某某科技' }],
    relations: (d.relations ?? []).map((r, i) =>
      i === 0 ? { ...r, from: r.to, to: r.from } : r.title ? { ...r, title: '主任' } : r,
    ),
  }));
  predFile = join(dir, 'pred.jsonl');
  writeFileSync(predFile, predictions.map((p) => JSON.stringify(p)).join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg eval --pred', () => {
  it('prints the same JSON as score.mjs, with and without misses', async () => {
    for (const flags of [['--json'], ['--json', '--misses']]) {
      const run = await kg('eval', '--gold', goldDir, '--pred', predFile, ...flags);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(reference(predFile, ...flags));
    }
  });

  it('prints the same score table as score.mjs, plus property accuracy', async () => {
    const run = await kg('eval', '--gold', goldDir, '--pred', predFile, '--misses');
    const ours = run.stdout.trimEnd().split('\n');
    const theirs = reference(predFile, '--misses').trimEnd().split('\n');
    const propertyRow = new RegExp(`^(properties|property | {2}(${RELATION_PROPERTY_NAMES.join('|')}) )`);
    const rows = (lines: string[]) => lines.filter((l) => !propertyRow.test(l));
    expect(rows(ours)).toEqual(rows(theirs));
    expect(ours).toContainEqual(expect.stringMatching(/^ {2}title +0\.\d{3} {3}\d+\/\d+$/));
    expect(run.stderr).toMatch(/1 gold file\(s\) have no prediction/);
  });

  it('reads predictions from a directory of JSON files', async () => {
    const run = await kg('eval', '--gold', goldDir, '--pred', goldDir, '--json');
    expect(JSON.parse(run.stdout).entities.all.f1).toBe(1);
    expect(run.stdout).toBe(reference(goldDir, '--json'));
  });
});

describe('kg eval FILE...', () => {
  it('extracts the files and scores them against their own gold files only', async () => {
    const seed = 'seeds/002_48f77da54fc8359d.txt';
    const run = await kg('eval', '--gold', goldDir, '--json', seed);
    expect(run.code).toBe(0);
    const doc = '002_48f77da54fc8359d.txt';
    const prediction = toGoldFormat(extractReport({ name: doc, bytes: readFileSync(join(root, seed)) }));
    const { misses: _misses, ...expected } = score(
      gold.filter((g) => g.doc === doc),
      [prediction],
    );
    expect(JSON.parse(run.stdout)).toEqual(expected);
  });

  it('reports an unreadable file, scores the others and fails', async () => {
    const missing = join(dir, 'missing.txt');
    const run = await kg('eval', '--gold', goldDir, missing, 'seeds/000_6070ca8fc415f084.txt');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`kg eval: ${missing}: no such file`);
    expect(run.stdout).toMatch(/^entity F1 \d\.\d{3}, relation F1 \d\.\d{3}$/m);
  });

  it('says which file has no gold file', async () => {
    const stray = join(dir, 'stray.txt');
    writeFileSync(stray, '园区位于某市。');
    const run = await kg('eval', '--gold', goldDir, stray, 'seeds/000_6070ca8fc415f084.txt');
    expect(run.stderr).toContain(`${stray}: no gold file for "stray.txt"`);
  });
});

describe('kg eval mistakes', () => {
  it.each([
    [['eval', '--pred', 'x.jsonl'], /--gold/],
    [['eval', '--gold', goldDir], /FILEs|--pred/],
    [['eval', '--gold', goldDir, '--pred', 'x.jsonl', 'seeds/000_6070ca8fc415f084.txt'], /not both/],
    [['eval', '--gold', 'no/such/dir', '--pred', 'x.jsonl'], /no\/such\/dir/],
  ])('kg %j fails with a clear message', async (args, message) => {
    const run = await kg(...args);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('names the line of a prediction that is not JSON', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"doc":"a.txt","entities":[]}\n{oops\n');
    const run = await kg('eval', '--gold', goldDir, '--pred', bad);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${bad}: line 2: not valid JSON`);
  });

  it('kg eval --help explains every option', async () => {
    const run = await kg('eval', '--help');
    expect(run.code).toBe(0);
    for (const flag of registeredFlags(registerEval, 'eval')) expect(run.stdout).toContain(flag);
    expect(run.stdout).toContain('[files...]');
  });
});
