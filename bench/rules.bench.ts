// Rule data benchmark (issue 10): what reading and checking rules/*.json adds to extraction's start-up, in CPU time
// (user + system, which a busy shared machine distorts less than wall time).
//
//   npm run bench:rules [-- --runs 10] [--dist]
//
// --dist loads the build in dist/ (what `kg` runs; `npm run build` first) instead of the sources through tsx.
// Each run is a fresh process that first loads what the rules need anyway (the normalizer, the ontology), then
// loads the rules module (read, parse, validate: the first load, code still cold), then reloads the rules 50 times
// (warm). The medians are printed.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, child: { type: 'boolean' }, dist: { type: 'boolean' } },
});

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

if (values.child) {
  const from = (path: string) => (values.dist ? `../dist/${path}.js` : `../src/${path}.ts`);
  await import(from('extract/normalize'));
  await import(from('ontology/model'));
  const c0 = cpuMs();
  const rules = (await import(from('extract/rules/index'))) as typeof import('../src/extract/rules/index.ts');
  const c1 = cpuMs();
  for (let i = 0; i < 50; i++) rules.validateRules(rules.readRules());
  const c2 = cpuMs();
  console.log(JSON.stringify({ first: c1 - c0, warm: (c2 - c1) / 50 }));
} else {
  const script = fileURLToPath(import.meta.url);
  const runs = Array.from({ length: Number(values.runs) }, () => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, '--child', ...(values.dist ? ['--dist'] : [])],
      {
        encoding: 'utf8',
      },
    );
    if (child.status !== 0) throw new Error(`bench child failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as { first: number; warm: number };
  });
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `rules: first load ${median(runs.map((r) => r.first)).toFixed(1)} ms CPU (${values.dist ? 'dist/' : 'sources under tsx'}: load, read,`,
  );
  console.log(
    `       parse, validate), warm reload ${median(runs.map((r) => r.warm)).toFixed(2)} ms CPU; median of ${runs.length}`,
  );
}
