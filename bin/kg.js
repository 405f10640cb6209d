#!/usr/bin/env node
// `kg`: runs the build in dist/ (compiled from src/ by `npm install`'s prepare step, or `npm run build`). When a file
// in src/ is newer than the build, or there is no build, it runs the TypeScript in place through tsx instead (seconds
// slower, never stale); KG_FROM_SOURCE=1 asks for that always.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// graphql-js checks every type test against other copies of itself unless NODE_ENV is production (a fifth of a
// lookup's CPU time under load); NODE_ENV=development keeps those checks and shows stack traces in API errors.
process.env.NODE_ENV ??= 'production';

const root = new URL('../', import.meta.url);
const path = (relative) => fileURLToPath(new URL(relative, root));

/** The newest modification time of the files under a directory (0 when it cannot be read). */
function newest(dir) {
  let latest = 0;
  try {
    for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  } catch {
    return 0;
  }
  return latest;
}

function buildIsCurrent() {
  if (process.env.KG_FROM_SOURCE === '1') return false;
  let built;
  try {
    built = statSync(path('dist/.built')).mtimeMs;
  } catch {
    return false;
  }
  return newest(path('src')) <= built;
}

if (buildIsCurrent()) {
  await import('../dist/cli.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
