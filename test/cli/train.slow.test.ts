// `kg train` on a tiny invented gold set (test/fixtures/train), then `kg extract --model` with what it wrote.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerTrain } from '../../src/cli/train.ts';
import { kg, registeredFlags } from './run-kg.ts';

const fixtures = 'test/fixtures/train';
let dir: string;
let unseen: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-train-'));
  unseen = join(dir, 'unseen.txt');
  writeFileSync(unseen, '北山菌菇合作社扩建基地。北山菌菇合作社负责人赵强表示，产量翻番。\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const companies = (stdout: string) =>
  (JSON.parse(stdout) as { entities: { kind: string; name: string }[] }).entities
    .filter((e) => e.kind === 'Company')
    .map((e) => e.name);

describe('kg train', () => {
  it('writes a model that kg extract --model loads and that changes extraction', async () => {
    const out = join(dir, 'model.json');
    const run = await kg('train', '--gold', `${fixtures}/gold`, '--out', out, `${fixtures}/reports`);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/4 report\(s\)/);
    expect(run.stderr).toContain(`wrote ${out}`);
    const again = join(dir, 'again.json');
    await kg('train', '--gold', `${fixtures}/gold`, '--out', again, `${fixtures}/reports`);
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));

    const trained = await kg('extract', '--model', out, unseen);
    expect(trained.code).toBe(0);
    expect(companies(trained.stdout)).toContain('北山菌菇合作社');
    const rulesAlone = await kg('extract', '--no-model', unseen);
    expect(rulesAlone.code).toBe(0);
    expect(companies(rulesAlone.stdout)).not.toContain('北山菌菇合作社');
  });

  it('refuses a bad model file with its name, before reading any report', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"weights": {}}');
    const run = await kg('extract', '--model', bad, unseen);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `kg: ${bad}: not a decision model (expected "format": "park-graph/decision-model", as \`kg train\` writes)\n`,
    );
  });

  it('says so when no report matches the gold, and when the dev split is the training split', async () => {
    const none = await kg('train', '--gold', `${fixtures}/gold`, '--out', join(dir, 'x.json'), unseen);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no report FILE matches a gold file; nothing to train on');
    const same = await kg(
      'train',
      '--gold',
      'corpus/gold',
      '--split',
      'dev',
      '--dev-split',
      'dev',
      '--out',
      join(dir, 'y.json'),
      'corpus/reports',
    );
    expect(same.code).toBe(1);
    expect(same.stderr).toContain('--split and --dev-split are both "dev"');
  });

  it('documents every option in its help', async () => {
    const help = await kg('train', '--help');
    for (const flag of registeredFlags(registerTrain, 'train')) expect(help.stdout).toContain(flag);
  });
});
