// `kg serve` as a real process on a data directory, for the tests that need the server's own process: its URL once it
// listens, its output, and a stop that waits for it to exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { root } from './run-kg.ts';
import { storeEnv } from './kg-store.ts';
import { postGraphql } from '../api/support/post-graphql.ts';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  output(): { stdout: string; stderr: string };
  /** POSTs a GraphQL request; the HTTP status with the parsed body. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  gql(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<any>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

export async function serveProcess(dataDir: string, env: Record<string, string> = {}, args: string[] = []) {
  const child = spawn(process.execPath, ['bin/kg.js', 'serve', '--port', '0', ...args], {
    cwd: root,
    env: { ...storeEnv(dataDir), PORT: '', KG_API_KEY: '', KG_TIMEOUT_MS: '', KG_CORS_ORIGINS: '', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const found = /GraphQL API and IDE: (http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(stdout);
      if (found) resolve(found[1]!);
    });
    void exited.then((code) => reject(new Error(`kg serve exited with ${code}: ${stderr}`)));
  });
  const server: ServeProcess = {
    url,
    child,
    output: () => ({ stdout, stderr }),
    gql: (query, variables, headers) => postGraphql(url, query, variables, headers),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
  return server;
}
