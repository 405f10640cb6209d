// Builds and starts the Maven-launched Neo4j 5 (neo4j/pom.xml, neo4j/src/main/java/parkgraph/Neo4jLauncher.java):
// `npm run neo4j` runs it in the foreground, the Neo4j test tier and bench:neo4j start a throwaway one.
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = dirname(fileURLToPath(import.meta.url));
const TARGET = join(LAUNCHER_DIR, 'target');
const CLASS_FILE = join(TARGET, 'classes', 'parkgraph', 'Neo4jLauncher.class');
const CLASS_PATH = ['classes', 'lib/*', 'plugins/*', 'plugin-lib/*'].map((p) => join(TARGET, p)).join(':');
const SOURCES = [join(LAUNCHER_DIR, 'pom.xml'), join(LAUNCHER_DIR, 'src/main/java/parkgraph/Neo4jLauncher.java')];
/** The line the launcher prints once Bolt answers. */
const READY = /^park-graph neo4j ready (bolt:\/\/\S+) \(Neo4j (\S+) Community, APOC (\S+),.* in ([\d.]+) s$/m;

export class LauncherError extends Error {}

function built(): boolean {
  if (!existsSync(CLASS_FILE) || !existsSync(join(TARGET, 'plugins'))) return false;
  const builtAt = statSync(CLASS_FILE).mtimeMs;
  const apoc = readdirSync(join(TARGET, 'plugins')).some((f) => f.startsWith('apoc-core-'));
  return apoc && SOURCES.every((source) => statSync(source).mtimeMs <= builtAt);
}

/**
 * Builds the launcher with Maven unless it is built from the current sources. The first build downloads Neo4j, APOC
 * and their dependencies into ~/.m2 (about 200 MB); later ones work offline (`mvn -o`) when the cache holds them.
 */
export function buildLauncher(log: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): void {
  if (built()) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LauncherError('Maven (mvn) is not on PATH: install Maven 3.8+ and Java 17 to build the Neo4j launcher');
  }
  log('park-graph neo4j: building the launcher (mvn package; the first build downloads Neo4j into ~/.m2)');
  const started = Date.now();
  const args = ['-B', '-q', '-f', join(LAUNCHER_DIR, 'pom.xml'), 'package'];
  let run = spawnSync('mvn', ['-o', ...args], { encoding: 'utf8' });
  if (run.status !== 0) run = spawnSync('mvn', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (run.status !== 0) {
    throw new LauncherError(`mvn package in ${LAUNCHER_DIR} failed:\n${(run.stdout + run.stderr).slice(-4000)}`);
  }
  log(`park-graph neo4j: launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export interface Neo4jOptions {
  /** Where the data lives (created if missing; kept across runs). */
  dir: string;
  /** Bolt port; 0 picks a free one. */
  port?: number;
  host?: string;
  /** Password of the user neo4j (8 characters or more). */
  password: string;
  /** Page cache, e.g. 512m (the default) or 4g. */
  pageCache?: string;
}

export interface RunningNeo4j {
  uri: string;
  user: 'neo4j';
  password: string;
  neo4jVersion: string;
  apocVersion: string;
  /** Seconds from the JVM's start to Bolt answering, as the launcher measured it. */
  startSeconds: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/** The java arguments that run the launcher (after buildLauncher()). */
export function launcherArgs(options: Neo4jOptions & { port: number }): string[] {
  return [
    '-XX:+UseG1GC',
    '-cp',
    CLASS_PATH,
    'parkgraph.Neo4jLauncher',
    '--dir',
    resolve(options.dir),
    '--host',
    options.host ?? '127.0.0.1',
    '--port',
    String(options.port),
    '--page-cache',
    options.pageCache ?? '512m',
    '--plugins',
    join(TARGET, 'plugins'),
  ];
}

/**
 * Starts Neo4j in the background and resolves once Bolt answers. The server stops with stop(), and by itself when
 * this process ends (its stdin closes).
 */
export async function startNeo4j(options: Neo4jOptions, timeoutMs = 240_000): Promise<RunningNeo4j> {
  buildLauncher();
  const port = options.port || (await freePort());
  const child = spawn('java', [...launcherArgs({ ...options, port }), '--exit-on-stdin-eof'], {
    env: { ...process.env, NEO4J_PASSWORD: options.password },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const ready = await new Promise<RegExpMatchArray>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new LauncherError(`Neo4j did not answer within ${timeoutMs / 1000} s:\n${output.slice(-4000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      fail(new LauncherError(`java could not be started (${error.message}): install Java 17`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new LauncherError(`Neo4j exited with status ${code} before it was ready:\n${output.slice(-4000)}`));
    });
  });
  return {
    uri: ready[1]!,
    user: 'neo4j',
    password: options.password,
    neo4jVersion: ready[2]!,
    apocVersion: ready[3]!,
    startSeconds: Number(ready[4]),
    process: child,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
