// `npm run test:e2e`: /explore in Debian's Chromium, offline, over the seeds' graph. Searches a park by its
// Traditional name, sees its neighborhood drawn (as many entities as the API's neighborhood holds), expands a
// neighbour by clicking it, reads a relation's evidence, filters a kind, and opens a report. Screenshots go to
// test-results/explore-*.png (look at them: labels legible, nothing under the legend, Chinese rendered).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore, Subgraph } from '../../src/graph/store.ts';
import { seededEmbeddedStore, startApi, type RunningApi, type TempStore } from '../api/support/seeded.ts';
import { RESULTS_DIR, launchChromium, type Browser } from '../support/chromium.ts';

/** What the page asks the API for per load or expansion (src/explore/client/main.ts). */
const LIMIT = 60;
const PARK = 'Park:苏宿工业园区';
const TRADITIONAL = '蘇宿工業園區';

let temp: TempStore;
let api: RunningApi;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  temp = await seededEmbeddedStore();
  api = await startApi({ store: temp.store });
  browser = await launchChromium(api.url);
  page = await browser.context.newPage();
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  mkdirSync(RESULTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await temp?.close();
});

type Cy = { explore: { cy: import('cytoscape').Core } };
const drawn = () => page.evaluate(() => (window as unknown as Cy).explore.cy.nodes(':visible').map((n) => n.id()));
const drawnEdges = () => page.evaluate(() => (window as unknown as Cy).explore.cy.edges(':visible').map((e) => e.id()));
const shown = async () => Number(await page.locator('#status').getAttribute('data-nodes'));

/** The page-space position of a drawn element (a node's center, an edge's midpoint). */
async function positionOf(id: string): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const at = await page.evaluate((elementId) => {
    const cy = (window as unknown as Cy).explore.cy;
    const edge = cy.edges().getElementById(elementId);
    return edge.nonempty() ? edge.renderedMidpoint() : cy.nodes().getElementById(elementId).renderedPosition();
  }, id);
  return { x: box.x + at.x, y: box.y + at.y };
}

/** Of these edges, those whose midpoint no drawn node covers: hovering there reaches the edge, not a node. */
async function hoverable(ids: string[]): Promise<Set<string>> {
  const clear = await page.evaluate((edgeIds) => {
    const cy = (window as unknown as Cy).explore.cy;
    return edgeIds.filter((id) => {
      const { x, y } = cy.edges().getElementById(id).renderedMidpoint();
      return !cy.nodes(':visible').some((n) => {
        const box = n.renderedBoundingBox({});
        return x >= box.x1 && x <= box.x2 && y >= box.y1 && y <= box.y2;
      });
    });
  }, ids);
  return new Set(clear);
}

async function neighbours(store: GraphStore, id: string): Promise<Subgraph> {
  return store.neighborhood(id, { depth: 1, limit: LIMIT });
}

it('finds a park by its Traditional name and draws its neighborhood', async () => {
  await page.goto(`${api.url}/explore`);
  await page.locator('#q').fill(TRADITIONAL);
  await page.locator('#search button').click();
  // One hit opens at once; several are listed to choose from.
  const { data } = await api.gql('query($t: String!) { search(text: $t, first: 12) { id } }', { t: TRADITIONAL });
  if (data.search.length > 1) {
    const result = page.locator(`#results button[data-id="${PARK}"]`);
    await result.waitFor();
    await result.click();
  }

  const expected = await neighbours(temp.store, PARK);
  await expect.poll(shown, { timeout: 30_000 }).toBe(expected.nodes.length);
  expect((await drawn()).sort()).toEqual(expected.nodes.map((n) => n.id).sort());
  expect((await drawnEdges()).sort()).toEqual(expected.edges.map((e) => e.id).sort());
  await expect.poll(() => page.locator('#info h2').innerText()).toBe('苏宿工业园区');
  expect(new URL(page.url()).searchParams.get('id')).toBe(PARK);
  await page.screenshot({ path: join(RESULTS_DIR, 'explore-1-search.png') });
});

it('expands a neighbour when it is clicked, adding its own neighbours', async () => {
  const start = await neighbours(temp.store, PARK);
  const inView = new Set(start.nodes.map((n) => n.id));
  // The neighbour that brings the most entities not drawn yet.
  let best: { id: string; more: Subgraph; added: number } | undefined;
  for (const n of start.nodes.filter((x) => x.id !== PARK)) {
    const more = await neighbours(temp.store, n.id);
    const added = more.nodes.filter((x) => !inView.has(x.id)).length;
    if (!best || added > best.added) best = { id: n.id, more, added };
  }
  expect(best!.added).toBeGreaterThan(0);
  const { x, y } = await positionOf(best!.id);
  await page.mouse.click(x, y);

  const nodes = new Set([...inView, ...best!.more.nodes.map((n) => n.id)]);
  const edges = new Set([...start.edges, ...best!.more.edges].map((e) => e.id));
  await expect.poll(shown, { timeout: 30_000 }).toBe(nodes.size);
  expect((await drawn()).sort()).toEqual([...nodes].sort());
  expect((await drawnEdges()).sort()).toEqual([...edges].sort());
  await page.screenshot({ path: join(RESULTS_DIR, 'explore-2-expanded.png') });
});

it('shows a relation’s type, properties and evidence on hover, with a link to its report', async () => {
  const all = (await temp.store.relationsOf(PARK, { types: ['INVESTS_IN'], direction: 'IN' })).items;
  // Where the layout puts a node over an edge's midpoint, the hover reaches the node: take an edge left clear.
  const clear = await hoverable(all.map((r) => r.id));
  const investments = all.filter((r) => clear.has(r.id));
  const relation = investments.find((r) => r.amount !== undefined) ?? investments[0]!;
  await page.mouse.move(...(Object.values(await positionOf(relation.id)) as [number, number]));
  await expect.poll(() => page.locator('#info h2').innerText()).toContain('INVESTS_IN');
  const panel = await page.locator('#info').innerText();
  expect(panel).toContain('投资');
  expect(panel).toContain(relation.evidence[0]!.sentence);
  if (relation.amount !== undefined) expect(panel).toMatch(/金额 amount\s+[\d.]+ (亿|万)?元/);
  await page.screenshot({ path: join(RESULTS_DIR, 'explore-3-relation.png') });

  const report = await temp.store.getReport(relation.evidence[0]!.reportId);
  await page.locator(`#info a[data-report="${report!.id}"]`).first().click();
  await expect.poll(() => page.locator('#info h2').innerText()).toBe(report!.title ?? report!.name);
  expect(await page.locator('#info').innerText()).toContain(report!.name);
});

it('hides a kind and a relation type when they are unticked in the legend', async () => {
  const before = await shown();
  const companies = (await drawn()).filter((id) => id.startsWith('Company:')).length;
  expect(companies).toBeGreaterThan(0);
  await page.locator('input[data-filter="Company"]').uncheck();
  await expect.poll(shown).toBe(before - companies);
  // Cytoscape applies the new style on its next frame: wait for it rather than reading mid-frame.
  await expect.poll(async () => (await drawn()).some((id) => id.startsWith('Company:'))).toBe(false);
  await page.screenshot({ path: join(RESULTS_DIR, 'explore-4-filtered.png') });

  const partOf = (await drawnEdges()).filter((id) => id.includes('|PART_OF|')).length;
  const edgesBefore = Number(await page.locator('#status').getAttribute('data-edges'));
  await page.locator('input[data-filter="PART_OF"]').uncheck();
  await expect
    .poll(async () => Number(await page.locator('#status').getAttribute('data-edges')))
    .toBe(edgesBefore - partOf);
  await page.locator('input[data-filter="Company"]').check();
  await page.locator('input[data-filter="PART_OF"]').check();
  await expect.poll(shown).toBe(before);
});

it("lists the entity's relations and mentions in its panel", async () => {
  await page.goto(`${api.url}/explore?id=${encodeURIComponent(PARK)}`);
  const total = (await temp.store.relationsOf(PARK, {}, { first: 1 })).totalCount;
  await expect.poll(() => page.locator('#info h3').first().innerText(), { timeout: 30_000 }).toBe(`关系（${total}）`);
  expect(await page.locator('#info .facts li').count()).toBe(Math.min(20, total));
  const [mention] = (await temp.store.mentionsOf([PARK])).get(PARK)!;
  expect(await page.locator('#info .mentions').innerText()).toContain(mention!.sentence);
  await page.screenshot({ path: join(RESULTS_DIR, 'explore-5-entity-panel.png') });
});

it('lists the facts a report states on its page, each end opening its entity', async () => {
  const [mention] = (await temp.store.mentionsOf([PARK])).get(PARK)!;
  const named = await temp.store.entitiesOfReport(mention!.reportId);
  const stated = await temp.store.relationsOfMany(
    named.map((e) => e.id),
    { direction: 'OUT' },
  );
  const facts = [...stated.values()].flat().filter((r) => r.evidence.some((e) => e.reportId === mention!.reportId));
  await page.goto(`${api.url}/explore?report=${mention!.reportId}`);
  await expect
    .poll(() => page.locator('#info .report-facts li').count(), { timeout: 30_000 })
    .toBe(Math.min(50, facts.length));
  const first = page.locator('#info .report-facts li').first();
  const id = (await first.getAttribute('data-relation'))!;
  expect(facts.map((f) => f.id)).toContain(id);
  await first.locator('button').first().click();
  await expect.poll(() => new URL(page.url()).searchParams.get('id')).toBe(id.split('|')[0]);
  await page.screenshot({ path: join(RESULTS_DIR, 'explore-6-report.png') });
});

it('shows only the relations seen in the year chosen', async () => {
  await page.goto(`${api.url}/explore?id=${encodeURIComponent(PARK)}`);
  const expected = await neighbours(temp.store, PARK);
  await expect.poll(shown, { timeout: 30_000 }).toBe(expected.nodes.length);
  const years = (await page.locator('#year option').allInnerTexts()).slice(1);
  expect(years.length).toBeGreaterThan(0);
  const year = years[0]!.slice(0, 4);
  const dated = await Promise.all(
    expected.edges.map(async (edge) => {
      const reports = await Promise.all(edge.evidence.map((e) => temp.store.getReport(e.reportId)));
      const dates = reports.flatMap((r) => r?.publishedAt ?? []).sort();
      return dates.length > 0 && dates[0]!.slice(0, 4) <= year && dates.at(-1)!.slice(0, 4) >= year;
    }),
  );
  await page.locator('#year').selectOption(year);
  await expect
    .poll(async () => Number(await page.locator('#status').getAttribute('data-edges')))
    .toBe(dated.filter(Boolean).length);
  await page.locator('#year').selectOption('');
  await expect
    .poll(async () => Number(await page.locator('#status').getAttribute('data-edges')))
    .toBe(expected.edges.length);
});

it('opens a search with a single hit at once', async () => {
  let unique: string | undefined;
  for (const node of (await neighbours(temp.store, PARK)).nodes) {
    const { data } = await api.gql('query($t: String!) { search(text: $t, first: 12) { id } }', { t: node.name });
    if (data.search.length === 1) {
      unique = node.id;
      break;
    }
  }
  expect(unique, 'an entity near the park whose name matches nothing else').toBeDefined();
  const entity = (await temp.store.getEntity(unique!))!;
  await page.goto(`${api.url}/explore`);
  await page.locator('#q').fill(entity.name);
  await page.locator('#search button').click();
  await expect.poll(() => new URL(page.url()).searchParams.get('id'), { timeout: 30_000 }).toBe(unique);
  await expect.poll(() => page.locator('#info h2').innerText()).toBe(entity.name);
});

it('opens straight from a link (?q=), and fetched nothing from anywhere else', async () => {
  await page.goto(`${api.url}/explore?q=${encodeURIComponent(TRADITIONAL)}`);
  await expect.poll(shown, { timeout: 30_000 }).toBe((await neighbours(temp.store, PARK)).nodes.length);
  expect(browser.elsewhere).toEqual([]);
  expect(problems).toEqual([]);
});
