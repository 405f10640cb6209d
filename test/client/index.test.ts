// The client apps embed, against the API served from the seeded embedded store; and the package export
// `park-graph/client` as a consumer gets it: compiled JavaScript that plain Node imports.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClient, ParkGraphError } from '../../src/client/index.ts';
import { useSeededApi } from '../api/support/seeded.ts';

const run = promisify(execFile);
const seeded = useSeededApi();

describe('createClient', () => {
  it('searches, reads relations page by page, finds paths and neighborhoods', async () => {
    const client = createClient({ url: `${seeded.api.url}/graphql` });
    const [park] = await client.search('蘇宿工業園區', { kinds: ['PARK'], first: 1 });
    expect(park).toMatchObject({ id: 'Park:苏宿工业园区', kind: 'PARK', name: '苏宿工业园区' });

    const first = await client.relationsOf(park!.id, { first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await client.relationsOf(park!.id, { first: 2, after: first.pageInfo.endCursor! });
    expect(second.edges[0]!.node.id).not.toBe(first.edges[1]!.node.id);
    expect(first.edges[0]!.node.evidence[0]!.report.id).toMatch(/^[0-9a-f]{16}$/);

    const path = await client.pathBetween('Park:宿城经济开发区', park!.id);
    expect(path?.nodes.at(-1)?.id).toBe(park!.id);
    const near = await client.neighborhood(park!.id, { depth: 1, limit: 10 });
    expect(near.nodes.length).toBeGreaterThan(1);
    expect(await client.entity('Park:没有这个园区')).toBeNull();
  });

  it('rejects with the server’s error code', async () => {
    const client = createClient({ url: `${seeded.api.url}/graphql` });
    const error = await client.relationsOf('Park:没有这个园区').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParkGraphError);
    expect((error as ParkGraphError).code).toBe('NOT_FOUND');
  });
});

describe('park-graph/client as a package', () => {
  const root = new URL('../../', import.meta.url).pathname;

  it('is exported as compiled JavaScript with type declarations', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(pkg.exports['./client']).toEqual({ types: './dist/client/index.d.ts', default: './dist/client/index.js' });
    // npm install builds dist/ (prepare), the client with the rest of src/.
    expect(pkg.scripts.prepare).toBe('npm run build');
    expect(pkg.scripts.build).toContain('tsc -p tsconfig.build.json');
    expect(JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')).compilerOptions).toMatchObject({
      rootDir: 'src',
      outDir: 'dist',
    });
  });

  it('builds to JavaScript that plain Node (no TypeScript loader) imports and uses', async () => {
    const consumer = mkdtempSync(join(tmpdir(), 'kg-client-consumer-'));
    try {
      const pkgDir = join(consumer, 'node_modules', 'park-graph');
      mkdirSync(pkgDir, { recursive: true });
      cpSync(join(root, 'package.json'), join(pkgDir, 'package.json'));
      await run(join(root, 'node_modules/.bin/tsc'), [
        '-p',
        join(root, 'tsconfig.client.json'),
        '--outDir',
        join(pkgDir, 'dist/client'),
      ]);
      writeFileSync(join(consumer, 'package.json'), '{"type":"module"}');
      writeFileSync(
        join(consumer, 'app.mjs'),
        `import { createClient } from 'park-graph/client';
         const [found] = await createClient({ url: process.argv[2] }).search('苏宿', { first: 1 });
         console.log(found.name);`,
      );
      // Asynchronously: this process serves the API the child queries.
      const { stdout } = await run(process.execPath, ['app.mjs', `${seeded.api.url}/graphql`], { cwd: consumer });
      expect(stdout.trim()).toBe('苏宿工业园区');
    } finally {
      rmSync(consumer, { recursive: true, force: true });
    }
  }, 60_000);
});
