// The page's script: src/explore/client/main.ts with Cytoscape.js and the shared style, bundled by esbuild in memory
// the first time it is asked for (then cached for the life of the process). No build step, nothing to go stale, and
// nothing fetched from elsewhere: the browser gets one file from this server.
import { fileURLToPath } from 'node:url';

// The TypeScript source, whether this module runs from src/explore/ or from its build in dist/explore/.
const ENTRY = fileURLToPath(new URL('../../src/explore/client/main.ts', import.meta.url));

let bundled: Promise<string> | undefined;

export function exploreScript(): Promise<string> {
  bundled ??= import('esbuild')
    .then(({ build }) =>
      build({
        entryPoints: [ENTRY],
        bundle: true,
        write: false,
        format: 'iife',
        platform: 'browser',
        target: 'es2020',
        minify: true,
        legalComments: 'eof', // keeps Cytoscape.js's MIT notice in the file served
        logLevel: 'silent',
      }),
    )
    .then(
      (result) => result.outputFiles[0]!.text,
      (error: unknown) => {
        bundled = undefined; // a later request may try again
        throw error;
      },
    );
  return bundled;
}
