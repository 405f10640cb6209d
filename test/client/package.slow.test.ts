// The package export `park-graph/client` as a consumer gets it: compiled JavaScript that plain Node imports, run
// against the API served from the seeded embedded store. It starts tsc and Node, so it is in `npm run test:slow`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSeededApi } from '../api/support/seeded.ts';

const run = promisify(execFile);
const seeded = useSeededApi();

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
