// `npm run test:neo4j [-- vitest filters]`: the Neo4j tier (vitest.neo4j.config.ts), which starts and stops its own
// Neo4j. Fails unless every test it collected ran and passed: a suite skipped for want of a server never counts as
// a success. Ends with one line "Neo4j tier: N passed, 0 failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface JsonReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

const out = mkdtempSync(join(tmpdir(), 'park-graph-neo4j-tier-'));
const reportFile = join(out, 'vitest.json');
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'vitest.neo4j.config.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
let report: JsonReport;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
} catch (error) {
  console.error(`Neo4j tier: vitest wrote no report (${(error as Error).message}); exit status ${run.status}`);
  process.exit(1);
} finally {
  rmSync(out, { recursive: true, force: true });
}
const skipped = report.testResults.flatMap((file) =>
  file.assertionResults.filter((t) => t.status !== 'passed' && t.status !== 'failed').map((t) => t.fullName),
);
const problems: string[] = [];
if (run.status !== 0) problems.push(`vitest exited with status ${run.status}`);
if (report.numTotalTests === 0) problems.push('no test was collected');
if (skipped.length > 0) {
  problems.push(`${skipped.length} tests did not run (skipped or todo), e.g. ${skipped.slice(0, 5).join('; ')}`);
}
console.log(`Neo4j tier: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped.length} skipped`);
if (problems.length > 0) {
  console.error(`Neo4j tier FAILED: ${problems.join('; ')}`);
  process.exit(1);
}
