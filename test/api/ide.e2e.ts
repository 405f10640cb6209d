// `npm run test:e2e`: the IDE in a real browser (Debian's Chromium), offline: it opens /graphql, runs the first
// example query and shows its result. Saves test-results/ide.png.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchChromium, RESULTS_DIR, type Browser } from '../support/chromium.ts';
import { seededEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

let temp: TempStore;
let api: RunningApi;
let browser: Browser;

beforeAll(async () => {
  temp = await seededEmbeddedStore();
  api = await startApi({ store: temp.store });
  browser = await launchChromium(api.url);
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await temp?.close();
});

it('opens the IDE on /graphql, runs an example query and shows its result, with no request elsewhere', async () => {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto(`${api.url}/graphql`);
  await page.locator('.graphiql-container').first().waitFor();
  // The first example (a park's leaders) is the open tab; the docs explorer shows the schema.
  await expect
    .poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 })
    .toContain('ParkLeaders');
  await expect.poll(() => page.locator('.graphiql-doc-explorer').innerText(), { timeout: 30_000 }).toContain('Query');

  await page.locator('.graphiql-execute-button').click();
  await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('秦永辉');
  await expect.poll(() => page.locator('.graphiql-response').innerText()).toContain('党工委书记');

  mkdirSync(RESULTS_DIR, { recursive: true });
  await page.screenshot({ path: join(RESULTS_DIR, 'ide.png') });
  expect(browser.elsewhere).toEqual([]);
  expect(problems).toEqual([]);
});
