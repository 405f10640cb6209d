// Runs the real `kg` binary against an embedded store in a given data directory (KG_DATA_DIR).
import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { root } from './run-kg.ts';
import type { KgRun } from './run-kg.ts';

export function storeEnv(dataDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, KG_DATA_DIR: dataDir };
  delete env.KG_STORE;
  delete env.KG_DEBUG;
  return env;
}

export function kgIn(dataDir: string, ...args: string[]): Promise<KgRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['bin/kg.js', ...args],
      { cwd: root, env: storeEnv(dataDir), maxBuffer: 64 << 20 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export function spawnKg(dataDir: string, ...args: string[]): ChildProcess {
  return spawn(process.execPath, ['bin/kg.js', ...args], { cwd: root, env: storeEnv(dataDir), stdio: 'pipe' });
}
