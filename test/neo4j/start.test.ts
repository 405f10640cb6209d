// `npm run neo4j` refuses bad input before building or starting anything, naming the input and the problem.
// (Starting for real is what the Neo4j tier's global setup does with the same launcher.)
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { root } from '../cli/run-kg.ts';

function start(args: string[], password: string | undefined) {
  const env = { ...process.env };
  delete env.NEO4J_PASSWORD;
  if (password !== undefined) env.NEO4J_PASSWORD = password;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'neo4j/start.ts', ...args], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: run.status, stderr: run.stderr };
}

describe('npm run neo4j', () => {
  it.each([
    [[], undefined, /NEO4J_PASSWORD is not set/],
    [[], 'short', /NEO4J_PASSWORD has 5 characters: Neo4j requires 8 or more/],
    [['--port', 'abc'], 'long-enough', /--port abc: expected a TCP port between 1 and 65535/],
    [['--port', '70000'], 'long-enough', /--port 70000: expected a TCP port/],
    [['--bogus'], 'long-enough', /Unknown option '--bogus'.*--dir DIR/],
  ] as const)('%j with password %j: exit 2 and %s', (args, password, message) => {
    const run = start([...args], password);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^park-graph neo4j: /);
    expect(run.stderr).toMatch(message);
  });
});
