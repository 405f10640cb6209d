// `kg eval` on a corpus laid out as corpus/ is: splits.json and sources.json beside the gold directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filesOfSplit, loadCorpus } from '../../src/eval/corpus.ts';
import { kg, root } from './run-kg.ts';

describe('kg eval on a corpus with splits and sources', () => {
  let dir: string;
  const seeds = ['000_6070ca8fc415f084', '001_5f900e3ae6d9e021', '002_48f77da54fc8359d'];
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kg-corpus-'));
    mkdirSync(join(dir, 'gold'));
    mkdirSync(join(dir, 'reports'));
    for (const s of seeds) {
      copyFileSync(join(root, 'test/fixtures/gold', `${s}.json`), join(dir, 'gold', `${s}.json`));
      copyFileSync(join(root, 'seeds', `${s}.txt`), join(dir, 'reports', `${s}.txt`));
    }
    const [a, b, c] = seeds.map((s) => `${s}.txt`);
    writeFileSync(join(dir, 'splits.json'), JSON.stringify({ train: [a], dev: [b], test: [c] }));
    const src = (file: string, genre: string, province: string) => ({
      id: file,
      file,
      repo: `o/${file}`,
      path: file,
      genre,
      province,
    });
    writeFileSync(
      join(dir, 'sources.json'),
      JSON.stringify([
        src(a!, 'local-news', '江苏'),
        src(b!, 'national-feature', '江苏'),
        src(c!, 'local-news', '浙江'),
      ]),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds splits.json and sources.json beside the gold directory', () => {
    const corpus = loadCorpus(join(dir, 'gold'));
    expect([...filesOfSplit(corpus, 'test', 'gold')]).toEqual([`${seeds[2]}.txt`]);
    expect(() => filesOfSplit(corpus, 'validation', 'gold')).toThrow('expected one of train, dev, test');
    expect(() => filesOfSplit(loadCorpus(join(root, 'test/fixtures/gold')), 'test', 'g')).toThrow('no splits.json');
  });

  it('scores one split only, with the reports given as a directory', async () => {
    const all = await kg('eval', '--gold', join(dir, 'gold'), join(dir, 'reports'), '--json');
    const test = await kg('eval', '--gold', join(dir, 'gold'), '--split', 'test', join(dir, 'reports'), '--json');
    expect(test.code).toBe(0);
    const goldCount = (doc: string) =>
      JSON.parse(readFileSync(join(dir, 'gold', `${doc}.json`), 'utf8')).entities.length as number;
    const scored = (run: { stdout: string }) => {
      const e = JSON.parse(run.stdout).entities.all;
      return e.tp + e.fn;
    };
    expect(scored(test)).toBe(goldCount(seeds[2]!));
    expect(scored(all)).toBe(seeds.reduce((n, s) => n + goldCount(s), 0));
  });

  it('breaks the scores down by genre and by province', async () => {
    const run = await kg('eval', '--gold', join(dir, 'gold'), join(dir, 'reports'), '--json');
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out.byGenre)).toEqual(['local-news', 'national-feature']);
    expect(out.byGenre['local-news'].docs).toBe(2);
    expect(Object.keys(out.byProvince)).toEqual(['江苏', '浙江']);
    const table = await kg('eval', '--gold', join(dir, 'gold'), join(dir, 'reports'));
    expect(table.stdout).toMatch(/^by genre .*\n {2}local-news +2 /m);
    expect(table.stdout).toMatch(/^by province .*\n {2}江苏 +2 /m);
  });

  it('refuses an unknown split and a missing splits file by name', async () => {
    const run = await kg('eval', '--gold', join(dir, 'gold'), '--split', 'holdout', join(dir, 'reports'));
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/--split holdout: expected one of train, dev, test/);
    const missing = await kg(
      'eval',
      '--gold',
      join(dir, 'gold'),
      '--splits',
      join(dir, 'nope.json'),
      join(dir, 'reports'),
    );
    expect(missing.stderr).toContain(`${join(dir, 'nope.json')}: no such file`);
  });
});
