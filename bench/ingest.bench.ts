// `npm run bench:ingest [-- --entities N --relations M --samples K --dir DIR --json]`: loads the synthetic graph
// (default 1M entities, 5M relations) into a new embedded store through the bulk path, then upserts seed reports one
// at a time at that scale. Prints load time, relations/s, peak memory (RSS) and the upsert times.
// Targets (issue 3): the 1M/5M load in ≤ 30 s on 2 cores; one report upsert ≤ 50 ms.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractReport } from '../src/extract/index.ts';
import { bulkLoad } from '../src/graph/embedded/bulk.ts';
import { openEmbeddedStore } from '../src/graph/embedded/index.ts';
import { SyntheticGraph } from './synthetic.ts';

const { values: args } = parseArgs({
  options: {
    entities: { type: 'string', default: '1000000' },
    relations: { type: 'string', default: '5000000' },
    samples: { type: 'string', default: '25' },
    dir: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.ceil((p / 100) * xs.length) - 1]!;
/** Peak resident set of this process so far (the kernel's high-water mark), in MB. */
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

// One more report at that scale: the seeds, and copies of them made distinct by a line (new ids, same entities).
// Extracted before the load: only the upserts are timed.
const seedsDir = new URL('../seeds/', import.meta.url).pathname;
const seeds = readdirSync(seedsDir)
  .sort()
  .map((name) => ({ name, text: readFileSync(join(seedsDir, name), 'utf8') }));
const reports = Array.from({ length: Number(args.samples) }, (_, i) => {
  const seed = seeds[i % seeds.length]!;
  const text = i < seeds.length ? seed.text : `${seed.text}\n（转载第${i}次。）\n`;
  return extractReport({ name: seed.name, text });
});

const graph = new SyntheticGraph({ entities: Number(args.entities), relations: Number(args.relations) });
const dir = mkdtempSync(join(args.dir ?? tmpdir(), 'kg-bench-ingest-'));
const store = await openEmbeddedStore(join(dir, 'data'));
try {
  console.error(
    `loading ${graph.totalEntities} entities, ${graph.totalRelations} relations, ${graph.reportCount} reports ` +
      `into ${dir} (${availableParallelism()} cores)…`,
  );
  const loadBefore = loadavg()[0]!;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const steps: string[] = [];
  const loaded = await bulkLoad(store, graph, {
    workDir: dir,
    onStep: (step, ms) => steps.push(`${step} ${seconds(ms)} s`),
  });
  const loadMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const loadCpuMs = (cpu.user + cpu.system) / 1000;
  const loadAfter = loadavg()[0]!;
  const loadPeakMb = peakRssMb();
  const stats = await store.stats();
  const relationsInStore = Object.values(stats.relations).reduce((a, b) => a + b, 0);
  if (relationsInStore !== loaded.relations)
    throw new Error(`stored ${relationsInStore} of ${loaded.relations} relations`);

  const upsertMs: number[] = [];
  for (const report of reports) {
    const t = performance.now();
    const result = await store.upsertReport(report);
    upsertMs.push(performance.now() - t);
    if (result.status !== 'added') throw new Error(`${report.doc.name} was not added`);
  }

  const result = {
    date: new Date().toISOString().slice(0, 10),
    cores: availableParallelism(),
    entities: loaded.entities,
    relations: loaded.relations,
    reports: loaded.reports,
    mentions: loaded.mentions,
    loadSeconds: Number(seconds(loadMs)),
    /** CPU time of this process (our code and LadybugDB's threads) during the load: what the load costs. */
    loadCpuSeconds: Number(seconds(loadCpuMs)),
    /** One-minute load average of the machine before and after the load: other jobs share the cores. */
    machineLoad: [Number(loadBefore.toFixed(1)), Number(loadAfter.toFixed(1))],
    relationsPerSecond: Math.round(loaded.relations / (loadMs / 1000)),
    loadPeakRssMb: Math.round(loadPeakMb),
    upsertMedianMs: Number(median(upsertMs).toFixed(1)),
    upsertP90Ms: Number(percentile(upsertMs, 90).toFixed(1)),
    upsertMaxMs: Number(Math.max(...upsertMs).toFixed(1)),
    upsertSamples: upsertMs.length,
    upsertEntitiesPerReport: Math.round(reports.reduce((n, r) => n + r.entities.length, 0) / reports.length),
    peakRssMb: Math.round(peakRssMb()),
    steps,
  };
  if (args.json) console.log(JSON.stringify(result));
  else {
    console.log(
      `load: ${result.loadSeconds} s for ${result.entities} entities, ${result.relations} relations, ` +
        `${result.mentions} mentions, ${result.reports} reports (target ≤ 30 s)`,
    );
    console.log(`      ${result.relationsPerSecond} relations/s; peak RSS ${result.loadPeakRssMb} MB`);
    console.log(
      `      CPU time ${result.loadCpuSeconds} s (this process, all threads); ` +
        `machine load average ${result.machineLoad.join(' → ')}`,
    );
    console.log(`      steps (overlapping): ${steps.join(', ')}`);
    console.log(
      `upsert one report at that scale: median ${result.upsertMedianMs} ms, p90 ${result.upsertP90Ms} ms, ` +
        `max ${result.upsertMaxMs} ms over ${result.upsertSamples} reports of ~${result.upsertEntitiesPerReport} entities ` +
        `(target ≤ 50 ms)`,
    );
    console.log(`peak RSS overall: ${result.peakRssMb} MB`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
