// `npm run neo4j [-- --dir DIR --port 7687 --page-cache 512m]`: Neo4j 5 with APOC in the foreground, without Docker.
// The password of the user neo4j comes from NEO4J_PASSWORD; the data stays in --dir (NEO4J_DATA_DIR, default
// ./neo4j-data) across runs. Ctrl-C stops it cleanly. Then, in another shell:
//   KG_STORE=neo4j NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=... npx kg ingest seeds/
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { LauncherError, buildLauncher, launcherArgs } from './launcher.ts';

function fail(message: string): never {
  process.stderr.write(`park-graph neo4j: ${message}\n`);
  process.exit(2);
}

let values: { dir?: string; port?: string; 'page-cache'?: string; host?: string };
try {
  ({ values } = parseArgs({
    options: {
      dir: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'page-cache': { type: 'string' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message} (options: --dir DIR, --port N, --host ADDRESS, --page-cache SIZE)`);
}
const dir = values.dir ?? process.env.NEO4J_DATA_DIR ?? 'neo4j-data';
const portText = values.port ?? process.env.NEO4J_BOLT_PORT ?? '7687';
const port = Number(portText);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  fail(`--port ${portText}: expected a TCP port between 1 and 65535`);
}
const password = process.env.NEO4J_PASSWORD ?? '';
if (password.length < 8) {
  fail(
    password
      ? `NEO4J_PASSWORD has ${password.length} characters: Neo4j requires 8 or more`
      : 'NEO4J_PASSWORD is not set: the password of the user neo4j (8 characters or more)',
  );
}
try {
  buildLauncher();
} catch (error) {
  if (error instanceof LauncherError) fail(error.message);
  throw error;
}
const args = launcherArgs({
  dir,
  port,
  password,
  ...(values.host ? { host: values.host } : {}),
  ...(values['page-cache'] ? { pageCache: values['page-cache'] } : {}),
});
const child = spawn('java', args, { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('error', (error) => fail(`java could not be started (${error.message}): install Java 17`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
