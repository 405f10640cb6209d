// Extraction benchmark (issue 2, "Speed"): the whole pipeline (bytes → read → … → relations) over a corpus made by
// repeating the seed reports, one report at a time, next to a baseline peer (jieba part-of-speech tags alone).
//
//   npm run bench:extract [-- --mb 50 --small 10 --runs 5]
//
// Each (extractor, corpus size) runs in its own child process, so its peak RSS (the kernel's high-water mark,
// process.resourceUsage().maxRSS) is its own; comparing the small and the large corpus shows whether memory stays
// flat in corpus size. Everything runs on one thread, so throughput per core is MB per second of the process's CPU
// time (user + system), which a busy shared machine does not distort; wall-clock MB/s is shown too. MB = 2^20 bytes.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readJsonDir } from '../src/eval/load.ts';
import { score, type GoldDoc, type ScoreResult } from '../src/eval/score.ts';

const MB = 1 << 20;
const seedsDir = fileURLToPath(new URL('../seeds/', import.meta.url));
const goldDir = fileURLToPath(new URL('../test/fixtures/gold', import.meta.url));

type Extract = (name: string, bytes: Uint8Array) => GoldDoc;

// Loaded on demand, so a child process holds only the extractor it measures (its dictionaries count in its RSS).
const EXTRACTORS = {
  pipeline: {
    label: 'park-graph pipeline',
    load: async (): Promise<Extract> => {
      const [{ extractReport }, { toGoldFormat }] = await Promise.all([
        import('../src/extract/index.ts'),
        import('../src/extract/gold-format.ts'),
      ]);
      return (name, bytes) => toGoldFormat(extractReport({ name, bytes }));
    },
  },
  jieba: {
    label: 'jieba POS baseline (nr/ns/nt)',
    load: async (): Promise<Extract> => (await import('./jieba-baseline.ts')).jiebaBaseline,
  },
};
type ExtractorName = keyof typeof EXTRACTORS;

const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(seedsDir + name) }));

/** The corpus, made one report at a time: seed i mod 5 plus a line that makes every report's bytes unique. */
function* corpus(totalBytes: number): Generator<{ name: string; bytes: Uint8Array }> {
  for (let i = 0, made = 0; made < totalBytes; i++) {
    const seed = seeds[i % seeds.length]!;
    const bytes = Buffer.concat([seed.bytes, Buffer.from(`\n${i}\n`)]);
    made += bytes.length;
    yield { name: `${i}_${seed.name}`, bytes };
  }
}

interface ChildResult {
  /** Per run: MB per CPU second (per core) and MB per wall-clock second. */
  mbPerCpuSecond: number[];
  mbPerSecond: number[];
  megabytes: number;
  reports: number;
  entities: number;
  startRssMb: number;
  peakRssMb: number;
}

async function runChild(name: ExtractorName, megabytes: number, runs: number): Promise<ChildResult> {
  const extract = await EXTRACTORS[name].load();
  for (const seed of seeds) extract(seed.name, seed.bytes); // warm up: dictionaries, JIT
  const startRssMb = process.memoryUsage().rss / MB;
  const mbPerCpuSecond: number[] = [];
  const mbPerSecond: number[] = [];
  let reports = 0;
  let entities = 0;
  let bytes = 0;
  for (let run = 0; run < runs; run++) {
    reports = entities = bytes = 0;
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    for (const report of corpus(megabytes * MB)) {
      entities += extract(report.name, report.bytes).entities?.length ?? 0;
      bytes += report.bytes.length;
      reports++;
    }
    const cpu = process.cpuUsage(cpuStarted);
    mbPerCpuSecond.push(bytes / MB / ((cpu.user + cpu.system) / 1e6));
    mbPerSecond.push(bytes / MB / ((performance.now() - started) / 1000));
  }
  const peakRssMb = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
  return { mbPerCpuSecond, mbPerSecond, megabytes: bytes / MB, reports, entities, startRssMb, peakRssMb };
}

function measure(name: ExtractorName, megabytes: number, runs: number): ChildResult {
  const script = fileURLToPath(import.meta.url);
  const args = ['--import', 'tsx', script, '--child', name, '--mb', String(megabytes), '--runs', String(runs)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error(`${name} on ${megabytes} MB failed (exit ${child.status})`);
  return JSON.parse(child.stdout) as ChildResult;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function quality(name: ExtractorName): Promise<ScoreResult> {
  const extract = await EXTRACTORS[name].load();
  return score(
    readJsonDir(goldDir),
    seeds.map((s) => extract(s.name, s.bytes)),
  );
}

async function main(megabytes: number, small: number, runs: number): Promise<void> {
  const names = Object.keys(EXTRACTORS) as ExtractorName[];
  console.log(`extraction benchmark, ${new Date().toISOString().slice(0, 10)}, node ${process.version}`);
  console.log(`${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)}`);
  console.log('one thread: MB/s per core = MB per CPU second (user + system); medians of the runs\n');
  const scores = {} as Record<ExtractorName, ScoreResult>;
  for (const n of names) scores[n] = await quality(n);
  const speed = {} as Record<ExtractorName, { small: ChildResult; large: ChildResult }>;
  for (const n of names) {
    console.error(`${n}: ${small} MB and ${megabytes} MB corpora, ${runs} runs each…`);
    speed[n] = { small: measure(n, small, runs), large: measure(n, megabytes, runs) };
  }

  const fmt = (x: number, digits = 2) => x.toFixed(digits);
  const f1 = (t: ScoreResult['entities']) => fmt(t.all?.f1 ?? 0, 3);
  console.log(
    `| extractor | entity F1 | relation F1 | MB/s per core, ${megabytes} MB | MB/s per core, ${small} MB | ` +
      `wall MB/s, ${megabytes} MB | peak RSS, ${small} MB corpus | peak RSS, ${megabytes} MB corpus |`,
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const n of names) {
    const { small: s, large: l } = speed[n];
    const relationF1 = n === 'jieba' ? '–' : f1(scores[n].relations);
    console.log(
      `| ${EXTRACTORS[n].label} | ${f1(scores[n].entities)} | ${relationF1} | ${fmt(median(l.mbPerCpuSecond))} | ` +
        `${fmt(median(s.mbPerCpuSecond))} | ${fmt(median(l.mbPerSecond))} | ${fmt(s.peakRssMb, 0)} MB | ` +
        `${fmt(l.peakRssMb, 0)} MB |`,
    );
  }

  console.log('\nentity F1 per kind on the seeds');
  console.log(`| kind | ${names.map((n) => EXTRACTORS[n].label).join(' | ')} |`);
  console.log(`| --- | ${names.map(() => '---:').join(' | ')} |`);
  const kinds = [...new Set(names.flatMap((n) => Object.keys(scores[n].entities)))].filter((k) => k !== 'all').sort();
  for (const k of kinds)
    console.log(`| ${k} | ${names.map((n) => fmt(scores[n].entities[k]?.f1 ?? 0, 3)).join(' | ')} |`);

  console.log('\nruns: MB per CPU second / per wall second, and memory');
  for (const n of names) {
    for (const r of [speed[n].small, speed[n].large]) {
      console.log(
        `  ${n.padEnd(9)} ${fmt(r.megabytes, 1).padStart(6)} MB, ${r.reports} reports: ` +
          `${r.mbPerCpuSecond.map((x, i) => `${fmt(x)}/${fmt(r.mbPerSecond[i]!)}`).join(' ')}; RSS after warm-up ${fmt(r.startRssMb, 0)} MB, ` +
          `peak ${fmt(r.peakRssMb, 0)} MB`,
      );
    }
  }
}

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    mb: { type: 'string', default: '50' },
    small: { type: 'string', default: '10' },
    runs: { type: 'string', default: '5' },
  },
});
const [megabytes, small, runs] = [values.mb, values.small, values.runs].map(Number) as [number, number, number];
if (values.child) {
  if (!(values.child in EXTRACTORS)) throw new Error(`unknown extractor ${values.child}`);
  process.stdout.write(JSON.stringify(await runChild(values.child as ExtractorName, megabytes, runs)));
} else await main(megabytes, small, runs);
