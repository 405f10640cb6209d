// `npm run bench`: every `bench:*` script of package.json, one after another, skipping any whose bench file does
// not exist yet. Exits non-zero when one fails.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const { scripts = {} } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
  scripts?: Record<string, string>;
};

let failed = 0;
for (const [name, command] of Object.entries(scripts).filter(([n]) => n.startsWith('bench:'))) {
  const file = command.match(/bench\/[\w./-]+\.ts/)?.[0];
  if (file && !existsSync(root + file)) {
    console.log(`\n== ${name}: skipped, ${file} does not exist`);
    continue;
  }
  console.log(`\n== ${name}`);
  const run = spawnSync('npm', ['run', '--silent', name], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.error(`== ${name} failed (exit ${run.status ?? run.signal})`);
  }
}
process.exitCode = failed ? 1 : 0;
