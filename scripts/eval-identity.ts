// `npm run eval:identity`: one node per real entity (issue #10, item 11). Extracts the whole corpus, resolves it into
// one graph as ingest does (src/graph/resolve.ts), and counts per split the gold entities split over several nodes
// and the nodes holding several gold entities. `--examples` lists them for train and dev (never for test: its
// reports are only scored); `--json` prints the figures as JSON.
import { basename } from 'node:path';
import { loadCorpus, SPLITS } from '../src/eval/corpus.ts';
import { measureIdentity, type IdentityFigures, type PlacedReport } from '../src/eval/identity.ts';
import { readJsonDir } from '../src/eval/load.ts';
import { mergeReports, resolveReport, type ResolvedReport } from '../src/graph/resolve.ts';
import { extractFiles, reportFiles } from '../src/cli/report-files.ts';

const CORPUS = { gold: 'corpus/gold', reports: 'corpus/reports' };
const examples = process.argv.includes('--examples');

const resolved: ResolvedReport[] = [];
for await (const { report } of extractFiles('eval:identity', reportFiles([CORPUS.reports]), { failed: 0 }))
  resolved.push(resolveReport(report));
const graph = mergeReports(resolved);
const nodes = new Set(graph.entities.map((e) => e.id));
const placed: PlacedReport[] = resolved.map(({ report, entities }) => ({
  doc: report.name,
  entities: entities.filter((e) => nodes.has(e.id)).map((e) => ({ ...e, node: e.id })),
}));

const gold = readJsonDir(CORPUS.gold);
const { splitOf } = loadCorpus(CORPUS.gold);
const rows: [string, IdentityFigures][] = [
  ...SPLITS.map((split): [string, IdentityFigures] => [
    split,
    measureIdentity(gold, placed, (doc) => splitOf.get(basename(doc)) === split, examples && split !== 'test'),
  ]),
  ['all', measureIdentity(gold, placed)],
];

if (process.argv.includes('--json')) {
  const strip = ({ splitExamples: _s, mergedExamples: _m, ...figures }: IdentityFigures) => figures;
  console.log(JSON.stringify(Object.fromEntries(rows.map(([name, f]) => [name, strip(f)])), null, 2));
} else {
  const columns = ['reports', 'gold', 'shared', 'placed', 'split', 'nodes', 'merged'];
  console.log(['split'.padEnd(8), ...columns.map((c) => c.padStart(8))].join(''));
  for (const [name, f] of rows) {
    const values = [f.reports, f.goldEntities, f.sharedEntities, f.placed, f.split, f.nodes, f.merged];
    console.log([name.padEnd(8), ...values.map((v) => String(v).padStart(8))].join(''));
  }
  console.log(
    `graph: ${graph.entities.length} nodes from ${graph.reports.length} reports. gold = distinct gold entities ` +
      '(kind + normalized name, joined through gold aliases); shared = named by more than one report; ' +
      'split = gold entities on more than one node; merged = nodes holding more than one gold entity.',
  );
  for (const [name, f] of rows) {
    for (const s of f.splitExamples) console.log(`${name}  split   ${s.entity}  →  ${s.nodes.join('  |  ')}`);
    for (const m of f.mergedExamples) console.log(`${name}  merged  ${m.node}  ←  ${m.entities.join('  |  ')}`);
  }
}
