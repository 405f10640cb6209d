// The Neo4j tier's server (vitest.neo4j.config.ts): one Neo4j 5 with APOC for all its suites, started from the Maven
// launcher (neo4j/) with auth on, a random password and a throwaway directory, and stopped (the directory removed)
// at the end. With NEO4J_URI already set (a service container in .github/workflows/neo4j.yml, or `npm run neo4j` in
// another shell) the suites use that server instead, and empty it: NEO4J_TEST_ALLOW_WIPE=1 must be set by hand then.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startNeo4j } from '../../neo4j/launcher.ts';
import type { RunningNeo4j } from '../../neo4j/launcher.ts';

let server: RunningNeo4j | undefined;
let dir: string | undefined;

export async function setup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    console.log(`Neo4j tier: using the server at ${process.env.NEO4J_URI} (NEO4J_URI is set)`);
    return;
  }
  dir = mkdtempSync(join(tmpdir(), 'park-graph-neo4j-'));
  server = await startNeo4j({ dir, password: randomBytes(12).toString('hex'), pageCache: '256m' });
  console.log(
    `Neo4j tier: Neo4j ${server.neo4jVersion} with APOC ${server.apocVersion} at ${server.uri}, ` +
      `ready in ${server.startSeconds.toFixed(1)} s (data in ${dir})`,
  );
  Object.assign(process.env, {
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
    NEO4J_TEST_ALLOW_WIPE: '1',
    NEO4J_TIER_STARTED: server.neo4jVersion,
  });
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
