import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { registerExtract } from '../../src/cli/extract.ts';
import { extractReport } from '../../src/extract/index.ts';
import { toGoldFormat } from '../../src/extract/gold-format.ts';
import { kg, registeredFlags, root } from './run-kg.ts';

const seedA = 'seeds/000_6070ca8fc415f084.txt';
const seedB = 'seeds/001_5f900e3ae6d9e021.txt';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg extract', () => {
  it('prints one gold-format JSON line per file, the same as the pipeline gives', async () => {
    const run = await kg('extract', seedA, seedB);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [a, b] = lines.map((l) => JSON.parse(l));
    expect(a.doc).toBe('000_6070ca8fc415f084.txt');
    expect(b.doc).toBe('001_5f900e3ae6d9e021.txt');
    const expected = toGoldFormat(extractReport({ name: a.doc, bytes: readFileSync(join(root, seedA)) }));
    expect(a).toEqual(JSON.parse(JSON.stringify(expected)));
    for (const line of [a, b]) {
      expect(Array.isArray(line.entities)).toBe(true);
      for (const r of line.relations) expect(Array.isArray(r.evidence)).toBe(true);
    }
  });

  it('prints a readable summary with --format table', async () => {
    const run = await kg('extract', '--format', 'table', seedA, seedB);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('000_6070ca8fc415f084.txt');
    expect(run.stdout).toContain('001_5f900e3ae6d9e021.txt');
    expect(run.stdout).toMatch(/^entities \(\d+\)$/m);
    expect(run.stdout).toMatch(/^relations \(\d+\)$/m);
  });

  it('reports unreadable files on stderr by name, still processes the others, and fails', async () => {
    const missing = join(dir, 'missing.txt');
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'image.png');
    const run = await kg('extract', missing, seedA, empty, binary);
    expect(run.code).not.toBe(0);
    const errors = run.stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toBe(`kg extract: ${missing}: no such file`);
    expect(errors[1]!.startsWith(`kg extract: ${empty}: `) && errors[1]!.includes('empty')).toBe(true);
    expect(errors[2]!.startsWith(`kg extract: ${binary}: `) && errors[2]!.includes('binary')).toBe(true);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).doc)).toEqual(['000_6070ca8fc415f084.txt']);
  });

  it("adds each report's metadata to its line", async () => {
    const run = await kg('extract', seedA);
    const line = JSON.parse(run.stdout);
    const doc = extractReport({ name: 'a', bytes: readFileSync(join(root, seedA)) }).doc;
    expect(line.report).toEqual({
      title: doc.title ?? null,
      publishedAt: doc.publishedAt ?? null,
      source: doc.source ?? null,
      authors: doc.authors,
    });
    expect(line.report.title).toEqual(expect.any(String));
  });

  it('refuses a report over --max-bytes by name and size, and still extracts the others', async () => {
    const size = readFileSync(join(root, seedB)).length;
    const run = await kg('extract', '--max-bytes', String(size - 1), seedA, seedB);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toMatch(
      new RegExp(`^kg extract: ${seedB}: ${size} bytes is over the size limit of ${size - 1} bytes \\(--max-bytes\\)$`),
    );
    expect(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).doc),
    ).toEqual(['000_6070ca8fc415f084.txt']);
    const bad = await kg('extract', '--max-bytes', 'lots', seedA);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--max-bytes lots: expected a positive integer/);
  });

  it('warns about a stray invalid byte by file and offset, and extracts the report', async () => {
    const bytes = readFileSync(join(root, seedA));
    const at = bytes.indexOf(0x0a, 300) + 1; // a line's first byte, so one byte is one invalid sequence
    bytes[at] = 0xff;
    const file = join(dir, 'stray.txt');
    writeFileSync(file, bytes);
    const run = await kg('extract', file);
    expect(run.code).toBe(0);
    expect(run.stderr.trim()).toBe(
      `kg extract: ${file}: warning: invalid UTF-8 at byte offset ${at}; read as U+FFFD (replacement character)`,
    );
    expect(JSON.parse(run.stdout).entities.length).toBeGreaterThan(10);
  });

  it('takes directories, extracting their report files in name order', async () => {
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds);
    for (const seed of [seedB, seedA]) writeFileSync(join(seeds, basename(seed)), readFileSync(join(root, seed)));
    writeFileSync(join(seeds, 'notes.csv'), 'not,a,report');
    const run = await kg('extract', seeds);
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).doc),
    ).toEqual([basename(seedA), basename(seedB)]);
  });

  it('rejects an unknown format with the allowed ones', async () => {
    const run = await kg('extract', '--format', 'xml', seedA);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/json, table/);
    expect(run.stdout).toBe('');
  });
});

describe('help', () => {
  it('kg --help lists every command', async () => {
    const run = await kg('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^\s+extract\b/m);
    expect(run.stdout).toMatch(/^\s+eval\b/m);
  });

  it('kg extract --help explains every option', async () => {
    const run = await kg('extract', '--help');
    expect(run.code).toBe(0);
    const flags = registeredFlags(registerExtract, 'extract');
    expect(flags.length).toBeGreaterThan(0);
    for (const flag of flags) expect(run.stdout).toContain(flag);
  });
});
