// Extraction benchmark (issue #10, "Speed"): the targets as the issue states them, measured as a user meets them.
//
//   npm run build && npm run bench:extract [-- --mb 10 --runs 5]
//
// - The command: `node bin/kg.js extract DIR` over about 10 MB of reports (the corpus and the seeds, copied over and
//   over into a temporary directory), start-up included, its JSON lines written to /dev/null. Its CPU time (user +
//   system) and peak RSS come from GNU time, so they are the whole process's: MB of text per CPU second, the
//   target ≥ 2. Run at a quarter, a half and all of the size, the peak RSS shows whether memory is flat in corpus
//   size.
// - The warm pipeline: the same files, bytes → extractReport → gold-format JSON, in a child process after one pass
//   over the corpus and seeds to load the dictionaries and warm the JIT: MB per CPU second is MB/s per core (it is
//   one thread), the target ≥ 4. The jieba part-of-speech peer (bench/jieba-baseline.ts) runs the same way.
// - Quality beside it: entity and relation F1 on the corpus test split and the seeds (as `npm run eval:corpus`).
//
// Figures are medians of the runs; MB = 2^20 bytes of report files. The copies are byte-identical to their source
// files; no cache of the pipeline spans one pass over the corpus (the segmenter keeps at most 4,096 texts, a pass cuts
// about 9,500), so a copy costs what the first reading costs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../src/eval/corpus.ts';
import { readJsonDir } from '../src/eval/load.ts';
import { score, type GoldDoc, type ScoreResult } from '../src/eval/score.ts';

const MB = 1 << 20;
const root = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = [join(root, 'corpus/reports'), join(root, 'seeds')];
const REPORT_FILE = /\.(txt|md|html?)$/;

type Extract = (name: string, bytes: Uint8Array) => GoldDoc;

/** Loaded in the child that measures it, so each process holds only its own extractor. */
const EXTRACTORS = {
  pipeline: {
    label: 'park-graph pipeline',
    load: async (): Promise<Extract> => {
      // The build, as `kg extract` runs it (dist/ holds no types: the shapes are src/'s).
      const dist = (file: string) => new URL(`../dist/extract/${file}`, import.meta.url).href;
      const { extractReport } = (await import(dist('index.js'))) as typeof import('../src/extract/index.ts');
      const { toGoldFormat } = (await import(dist('gold-format.js'))) as typeof import('../src/extract/gold-format.ts');
      return (name, bytes) => toGoldFormat(extractReport({ name, bytes }));
    },
  },
  rules: {
    label: 'park-graph rules alone (no model)',
    load: async (): Promise<Extract> => {
      const [{ extractReport }, { toGoldFormat }] = await Promise.all([
        import('../src/extract/index.ts'),
        import('../src/extract/gold-format.ts'),
      ]);
      return (name, bytes) => toGoldFormat(extractReport({ name, bytes, model: null }));
    },
  },
  jieba: {
    label: 'jieba POS baseline (nr/ns/nt)',
    load: async (): Promise<Extract> => (await import('./jieba-baseline.ts')).jiebaBaseline,
  },
};
type ExtractorName = keyof typeof EXTRACTORS;

const sourceFiles = () =>
  SOURCES.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => REPORT_FILE.test(f))
      .sort()
      .map((f) => join(dir, f)),
  );

/** A directory of about `bytes` of reports: the corpus and the seeds, copied in turn until the size is reached. */
function makeCorpus(bytes: number): { dir: string; bytes: number; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'kg-extract-bench-'));
  const sources = sourceFiles();
  let made = 0;
  let i = 0;
  for (; made < bytes; i++) {
    const source = sources[i % sources.length]!;
    copyFileSync(source, join(dir, `${String(i).padStart(5, '0')}_${basename(source)}`));
    made += statSync(source).size;
  }
  return { dir, bytes: made, files: i };
}

const filesOf = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => join(dir, f));

// ---- the command ----

interface CommandRun {
  cpuSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
}

/** One `kg extract DIR` under GNU time: its user + system CPU, wall clock and peak RSS. */
function runCommand(dir: string): CommandRun {
  const args = ['-f', '%U %S %e %M', process.execPath, join(root, 'bin/kg.js'), 'extract', dir];
  const child = spawnSync('/usr/bin/time', args, { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  if (child.error) throw new Error(`/usr/bin/time (GNU time) is needed to measure the command: ${child.error.message}`);
  const last = child.stderr.trim().split('\n').pop() ?? '';
  if (child.status !== 0) throw new Error(`kg extract ${dir} failed (exit ${child.status}): ${child.stderr}`);
  const [user, system, wall, rssKb] = last.split(' ').map(Number) as [number, number, number, number];
  return { cpuSeconds: user + system, wallSeconds: wall, peakRssMb: rssKb / 1024 };
}

// ---- the warm pipeline (child process) ----

interface WarmResult {
  mbPerCpuSecond: number[];
  mbPerSecond: number[];
  startRssMb: number;
  peakRssMb: number;
}

async function runWarm(name: ExtractorName, dir: string, runs: number): Promise<WarmResult> {
  const extract = await EXTRACTORS[name].load();
  for (const file of sourceFiles()) extract(basename(file), readFileSync(file)); // dictionaries, JIT
  const startRssMb = process.memoryUsage().rss / MB;
  const files = filesOf(dir);
  const mbPerCpuSecond: number[] = [];
  const mbPerSecond: number[] = [];
  for (let run = 0; run < runs; run++) {
    let bytes = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const file of files) {
      const data = readFileSync(file);
      JSON.stringify(extract(basename(file), data));
      bytes += data.length;
    }
    const cpu = process.cpuUsage(cpuStarted);
    mbPerCpuSecond.push(bytes / MB / ((cpu.user + cpu.system) / 1e6));
    mbPerSecond.push(bytes / MB / ((performance.now() - started) / 1000));
  }
  return { mbPerCpuSecond, mbPerSecond, startRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024 };
}

function measureWarm(name: ExtractorName, dir: string, runs: number): WarmResult {
  const script = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', script, '--child', name, '--dir', dir, '--runs', String(runs)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`the warm ${name} run failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as WarmResult;
}

// ---- quality ----

/** F1 on the corpus test split and on the seeds, with the extractor measured. */
async function quality(name: ExtractorName): Promise<{ test: ScoreResult; seeds: ScoreResult }> {
  const extract = await EXTRACTORS[name].load();
  const predict = (dir: string) =>
    readdirSync(dir)
      .filter((f) => REPORT_FILE.test(f))
      .map((f) => extract(f, readFileSync(join(dir, f))));
  const goldDir = join(root, 'corpus/gold');
  const { splitOf } = loadCorpus(goldDir);
  const testGold = readJsonDir(goldDir).filter((g) => splitOf.get(basename(g.doc)) === 'test');
  return {
    test: score(testGold, predict(join(root, 'corpus/reports'))),
    seeds: score(readJsonDir(join(root, 'test/fixtures/gold')), predict(join(root, 'seeds'))),
  };
}

// ---- main ----

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const fmt = (x: number, digits = 2) => x.toFixed(digits);

/** Whether dist/ is as new as every file in src/ (else bin/kg.js would run the sources through tsx). */
function buildIsCurrent(): boolean {
  try {
    const built = statSync(join(root, 'dist/.built')).mtimeMs;
    return readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .every((e) => statSync(join(e.parentPath, e.name)).mtimeMs <= built);
  } catch {
    return false;
  }
}

async function main(megabytes: number, runs: number): Promise<void> {
  if (!buildIsCurrent()) throw new Error('dist/ is older than src/: run `npm run build` first');
  const sizes = [megabytes / 4, megabytes / 2, megabytes];
  console.log(`extraction benchmark, ${new Date().toISOString().slice(0, 16)}Z, node ${process.version}`);
  console.log(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${fmt(loadavg()[0]!, 1)}`);
  const corpora = sizes.map((mb) => makeCorpus(mb * MB));
  try {
    const full = corpora.at(-1)!;
    console.error(`kg extract: ${sizes.join(', ')} MB, ${runs} runs each…`);
    const command = corpora.map((c) => Array.from({ length: runs }, () => runCommand(c.dir)));
    console.error('warm pipeline and jieba peer…');
    const warm = {
      pipeline: measureWarm('pipeline', full.dir, runs),
      jieba: measureWarm('jieba', full.dir, runs),
    };
    const scores = { pipeline: await quality('pipeline'), jieba: await quality('jieba') };
    const f1 = (r: ScoreResult, what: 'entities' | 'relations') => fmt(r[what].all?.f1 ?? 0, 3);

    console.log(`\n\`kg extract\` as one command (start-up included), medians of ${runs} runs:\n`);
    console.log('| corpus | files | MB per CPU second | CPU seconds | wall seconds | peak RSS |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
    corpora.forEach((c, i) => {
      const mb = c.bytes / MB;
      const cpu = median(command[i]!.map((r) => r.cpuSeconds));
      const wall = median(command[i]!.map((r) => r.wallSeconds));
      const rss = median(command[i]!.map((r) => r.peakRssMb));
      console.log(
        `| ${fmt(mb, 1)} MB | ${c.files} | ${fmt(mb / cpu)} | ${fmt(cpu)} | ${fmt(wall)} | ${fmt(rss, 0)} MB |`,
      );
    });
    console.log(
      `\nwarm, ${fmt(full.bytes / MB, 1)} MB in one process after a warm-up pass, medians of ${runs} runs:\n`,
    );
    console.log(
      '| extractor | MB/s per core | wall MB/s | RSS after warm-up | peak RSS | ' +
        'corpus test entity F1 | corpus test relation F1 | seeds entity F1 | seeds relation F1 |',
    );
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const n of ['pipeline', 'jieba'] as const) {
      const w = warm[n];
      const relations = (r: ScoreResult) => (n === 'jieba' ? '–' : f1(r, 'relations'));
      console.log(
        `| ${EXTRACTORS[n].label} | ${fmt(median(w.mbPerCpuSecond))} | ${fmt(median(w.mbPerSecond))} | ` +
          `${fmt(w.startRssMb, 0)} MB | ${fmt(w.peakRssMb, 0)} MB | ${f1(scores[n].test, 'entities')} | ` +
          `${relations(scores[n].test)} | ${f1(scores[n].seeds, 'entities')} | ${relations(scores[n].seeds)} |`,
      );
    }
    console.log('\nruns (MB per CPU second):');
    corpora.forEach((c, i) => {
      const each = command[i]!.map((r) => fmt(c.bytes / MB / r.cpuSeconds));
      console.log(`  kg extract ${fmt(c.bytes / MB, 1)} MB: ${each.join(' ')}`);
    });
    for (const n of ['pipeline', 'jieba'] as const)
      console.log(`  warm ${n}: ${warm[n].mbPerCpuSecond.map((x) => fmt(x)).join(' ')}`);
  } finally {
    for (const c of corpora) rmSync(c.dir, { recursive: true, force: true });
  }
}

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    dir: { type: 'string' },
    mb: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
  },
});
if (values.child) {
  if (!(values.child in EXTRACTORS) || !values.dir) throw new Error(`usage: --child pipeline|jieba --dir DIR`);
  const result = await runWarm(values.child as ExtractorName, values.dir, Number(values.runs));
  process.stdout.write(JSON.stringify(result));
} else await main(Number(values.mb), Number(values.runs));
