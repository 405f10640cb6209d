// cypher/bloom/park-graph.perspective.json as `npm run generate` (src/generate.ts) writes it from the model. Run it after
// changing model.ts, the Neo4j layout, the style or the search phrases; a test fails while the file is stale.
// The JSON goes through Prettier with the repository's config, so `prettier --check .` accepts the file as written.
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { PERSPECTIVE_FILE, buildPerspective } from './perspective.ts';

export const PERSPECTIVE_PATH = fileURLToPath(new URL(`../../${PERSPECTIVE_FILE}`, import.meta.url));

/** The perspective file's exact text. */
export async function perspectiveFileText(): Promise<string> {
  const options = (await prettier.resolveConfig(PERSPECTIVE_PATH)) ?? {};
  return prettier.format(JSON.stringify(buildPerspective()), { ...options, filepath: PERSPECTIVE_PATH });
}
