// Debian's Chromium for the browser tests (`npm run test:e2e`), headless and offline: every request outside the
// server under test is refused and recorded, so a page that reaches for a CDN fails its test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const RESULTS_DIR = new URL('../../test-results/', import.meta.url).pathname;

export interface Browser {
  context: BrowserContext;
  /** URLs the pages asked for outside `base` (refused). */
  elsewhere: string[];
  close(): Promise<void>;
}

export async function launchChromium(base: string, viewport = { width: 1400, height: 900 }): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'kg-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
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
  const elsewhere: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    elsewhere.push(url);
    return route.abort();
  });
  return {
    context,
    elsewhere,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
