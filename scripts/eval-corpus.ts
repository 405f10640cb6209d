// `npm run eval:corpus`: the learning curve. Extracts the seeds and every corpus split once and prints their F1 side
// by side (per entity kind and relation type), so a change that helps the seeds and hurts the corpus shows at once.
// Rules are written from train and dev; test is only scored. `--json` prints the full score objects instead.
import { basename } from 'node:path';
import { loadCorpus, SPLITS } from '../src/eval/corpus.ts';
import { readJsonDir } from '../src/eval/load.ts';
import { score, type GoldDoc, type ScoreResult } from '../src/eval/score.ts';
import { toGoldFormat } from '../src/extract/gold-format.ts';
import { extractFiles, reportFiles } from '../src/cli/report-files.ts';

const SEEDS = { gold: 'test/fixtures/gold', reports: 'seeds' };
const CORPUS = { gold: 'corpus/gold', reports: 'corpus/reports' };

/** Every report of a directory in the gold format; a file that cannot be extracted is reported on stderr. */
async function predict(reportsDir: string): Promise<GoldDoc[]> {
  const predictions: GoldDoc[] = [];
  for await (const { report } of extractFiles('eval:corpus', reportFiles([reportsDir]), { failed: 0 }))
    predictions.push(toGoldFormat(report));
  return predictions;
}

const columns: [name: string, docs: number, result: ScoreResult][] = [];
const seedGold = readJsonDir(SEEDS.gold);
columns.push(['seeds', seedGold.length, score(seedGold, await predict(SEEDS.reports))]);

const corpusGold = readJsonDir(CORPUS.gold);
const { splitOf } = loadCorpus(CORPUS.gold);
const corpusPredictions = await predict(CORPUS.reports);
for (const split of [...SPLITS].reverse()) {
  const gold = corpusGold.filter((g) => splitOf.get(basename(g.doc)) === split);
  if (gold.length) columns.push([`corpus ${split}`, gold.length, score(gold, corpusPredictions)]);
}

if (process.argv.includes('--json')) {
  const out = Object.fromEntries(columns.map(([name, docs, { misses: _m, ...r }]) => [name, { docs, ...r }]));
  console.log(JSON.stringify(out, null, 2));
} else {
  const cell = (x: number | undefined) => (x === undefined ? '     -' : x.toFixed(3).padStart(6));
  const header = (title: string) =>
    `${title.padEnd(16)}${columns.map(([name, docs]) => `${name} (${docs})`.padStart(18)).join('')}`;
  const rows = (pick: (r: ScoreResult) => Record<string, { f1: number }>) => {
    const keys = [...new Set(columns.flatMap(([, , r]) => Object.keys(pick(r))))].sort(
      (a, b) => Number(a === 'all') - Number(b === 'all') || a.localeCompare(b),
    );
    return keys.map((k) => `  ${k.padEnd(14)}${columns.map(([, , r]) => cell(pick(r)[k]?.f1).padStart(18)).join('')}`);
  };
  console.log(
    [
      header('entities F1'),
      ...rows((r) => r.entities),
      header('relations F1'),
      ...rows((r) => r.relations),
      header('property acc.'),
      ...rows((r) => Object.fromEntries(Object.entries(r.properties).map(([k, v]) => [k, { f1: v.accuracy }]))),
    ].join('\n'),
  );
}
