// `npm run test:e2e`: the IDE in a real browser (Debian's Chromium), offline: it opens /graphql, runs the first
// example query and shows its result. Saves test-results/ide.png.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seededEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

const CHROMIUM = '/usr/bin/chromium';
const RESULTS = new URL('../../test-results/', import.meta.url).pathname;

let temp: TempStore;
let api: RunningApi;
let browser: BrowserContext;
let profile: string;

beforeAll(async () => {
  temp = await seededEmbeddedStore();
  api = await startApi({ store: temp.store });
  profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await temp?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

it('opens the IDE on /graphql, runs an example query and shows its result, with no request elsewhere', async () => {
  const elsewhere: string[] = [];
  await browser.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(api.url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  const page = await browser.newPage();
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

  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, 'ide.png') });
  expect(elsewhere).toEqual([]);
  expect(problems).toEqual([]);
});
