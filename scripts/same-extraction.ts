// `npm run -s same-extraction -- --save DIR` / `-- --check DIR`: whether a change to the extractor left its output
// byte-identical. `--save` writes what this tree's `kg extract --format json` prints for the seeds and the whole corpus
// (`corpus.jsonl`), and for the extraction benchmark's 10 MB input (`bench.jsonl`: the corpus and the seeds copied in
// turn, named as bench/extract.bench.ts names them); `--check` writes the same again and compares byte for byte,
// naming the first line that differs. Save on the tree before a change (e.g. main's), check on the tree after.
//
//   npm run -s same-extraction -- --save /tmp/before [--no-bench]
//   npm run -s same-extraction -- --check /tmp/before [--no-bench]
//
// It runs bin/kg.js, so dist/ when it is current (`npm run build`) and the sources through tsx otherwise.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = [join(root, 'corpus/reports'), join(root, 'seeds')];
const REPORT_FILE = /\.(txt|md|html?)$/;
const BENCH_BYTES = 10 * (1 << 20);

/** The benchmark's input: the corpus and the seeds copied in turn until `bytes` (as bench/extract.bench.ts does). */
function benchInput(bytes: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'kg-same-extraction-'));
  const sources = SOURCES.flatMap((d) =>
    readdirSync(d)
      .filter((f) => REPORT_FILE.test(f))
      .sort()
      .map((f) => join(d, f)),
  );
  for (let made = 0, i = 0; made < bytes; i++) {
    const source = sources[i % sources.length]!;
    copyFileSync(source, join(dir, `${String(i).padStart(5, '0')}_${basename(source)}`));
    made += statSync(source).size;
  }
  return dir;
}

function extract(paths: string[]): Buffer {
  const args = [join(root, 'bin/kg.js'), 'extract', '--format', 'json', ...paths];
  const child = spawnSync(process.execPath, args, { maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`kg extract ${paths.join(' ')} failed (exit ${child.status})`);
  return child.stdout;
}

/** The outputs this tree makes, by file name. */
function outputs(withBench: boolean): Map<string, Buffer> {
  const made = new Map([['corpus.jsonl', extract([join(root, 'seeds'), join(root, 'corpus/reports')])]]);
  if (withBench) {
    const dir = benchInput(BENCH_BYTES);
    try {
      made.set('bench.jsonl', extract([dir]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return made;
}

/** The first line where two outputs differ, or undefined when they are equal byte for byte. */
function firstDifference(a: Buffer, b: Buffer): string | undefined {
  if (a.equals(b)) return undefined;
  const linesA = a.toString('utf8').split('\n');
  const linesB = b.toString('utf8').split('\n');
  const at = linesA.findIndex((line, i) => line !== linesB[i]);
  const line = at < 0 ? linesA.length : at;
  const doc = (s: string | undefined) => (s ? (/"doc":"([^"]*)"/.exec(s)?.[1] ?? '?') : '(none)');
  return `line ${line + 1} (report ${doc(linesA[line])} before, ${doc(linesB[line])} now)`;
}

const { values } = parseArgs({
  options: { save: { type: 'string' }, check: { type: 'string' }, 'no-bench': { type: 'boolean', default: false } },
});
const withBench = !values['no-bench'];
if (values.save) {
  mkdirSync(values.save, { recursive: true });
  for (const [file, data] of outputs(withBench)) writeFileSync(join(values.save, file), data);
  console.log(`saved to ${values.save}`);
} else if (values.check) {
  const saved = values.check;
  let differ = false;
  for (const [file, data] of outputs(withBench)) {
    const path = join(saved, file);
    if (!existsSync(path)) throw new Error(`${path} is missing: save it first with --save ${saved}`);
    const difference = firstDifference(readFileSync(path), data);
    console.log(`${file}: ${difference ? `differs at ${difference}` : `identical (${data.length} bytes)`}`);
    if (difference) differ = true;
  }
  process.exitCode = differ ? 1 : 0;
} else {
  console.error('usage: same-extraction --save DIR | --check DIR [--no-bench]');
  process.exitCode = 2;
}
