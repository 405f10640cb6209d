// `npm run bloom:perspective`: regenerates cypher/bloom/park-graph.perspective.json from the model. Run it after
// changing model.ts, the Neo4j layout, the style or the search phrases; a test fails while the file is stale.
// The JSON goes through Prettier with the repository's config, so `prettier --check .` accepts the file as written.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { PERSPECTIVE_FILE, buildPerspective } from './perspective.ts';

export const PERSPECTIVE_PATH = fileURLToPath(new URL(`../../${PERSPECTIVE_FILE}`, import.meta.url));

/** The perspective file's exact text. */
export async function perspectiveFileText(): Promise<string> {
  const options = (await prettier.resolveConfig(PERSPECTIVE_PATH)) ?? {};
  return prettier.format(JSON.stringify(buildPerspective()), { ...options, filepath: PERSPECTIVE_PATH });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(PERSPECTIVE_PATH, await perspectiveFileText());
  console.log(`wrote ${PERSPECTIVE_FILE}`);
}
