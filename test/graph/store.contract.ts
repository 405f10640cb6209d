// The GraphStore contract: every adapter's test file calls describeStoreContract with a function that opens an EMPTY
// store (a new one per call). Whatever an adapter does inside, these are the behaviours the CLI and the API rely on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { setFaultHook } from '../../src/graph/fault.ts';
import { nodeId, reportNodeId } from '../../src/graph/identity.ts';
import type { EntityKind, ExtractedReport, RelationProperties, RelationType } from '../../src/ontology/model.ts';
import { MAX_PAGE_SIZE } from '../../src/graph/store.ts';
import type { GraphStore, Page, PageArgs, StoredRelation } from '../../src/graph/store.ts';
import {
  CHAIN,
  CITY,
  COMPANY,
  FIXTURE_REPORTS,
  HOSTILE_NAMES,
  HUB,
  HUB_INDUSTRIES,
  INDUSTRY,
  ISLAND,
  OFFICIAL,
  PARK,
  PROVINCE,
  REGION,
  buildReport,
  chainReport,
  hostileReport,
  hubReport,
  LEVEL_BODY,
  levelBodyReports,
  reportA,
  reportB,
} from '../fixtures/reports.ts';

const SEEDS_DIR = new URL('../../seeds/', import.meta.url);

const park = nodeId('Park', PARK);
const region = nodeId('Region', REGION);
const city = nodeId('Region', CITY);
const province = nodeId('Region', PROVINCE);
const company = nodeId('Company', COMPANY);
const official = nodeId('Official', OFFICIAL);
const industry = nodeId('Industry', INDUSTRY);
const hub = nodeId('Park', HUB);
const chain = CHAIN.map((name) => nodeId('Park', name));
const HUB_SIZE = HUB_INDUSTRIES.length;
const rel = (from: string, type: RelationType, to: string) => `${from}|${type}|${to}`;
/** The ids a report's entities are stored under (a body named by its level word alone is its report's own node). */
export const storedIds = (report: ExtractedReport) =>
  report.entities.map((e) => reportNodeId(e.kind, e.name, report.doc.id));

/** Every page of a paged read, checking the page invariants on the way. */
export async function allPages<T>(read: (page: PageArgs) => Promise<Page<T>>, first: number): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  for (let pages = 0; ; pages++) {
    if (pages > 1000) throw new Error('pagination does not end');
    const page = await read(after === undefined ? { first } : { first, after });
    expect(page.items.length).toBeLessThanOrEqual(first);
    items.push(...page.items);
    if (!page.hasNextPage) {
      expect(items).toHaveLength(page.totalCount);
      return items;
    }
    expect(page.items).toHaveLength(first);
    expect(page.endCursor).toBeDefined();
    after = page.endCursor;
  }
}

/** Everything a store holds, in a canonical order: two stores with the same facts give equal dumps. */
export async function dump(store: GraphStore) {
  const entities = await allPages((page) => store.findEntities({}, page), MAX_PAGE_SIZE);
  const ids = entities.map((e) => e.id).sort();
  const relations = await store.relationsOfMany(ids, { direction: 'OUT' });
  const mentions = await store.mentionsOf(ids);
  const reports = await allPages((page) => store.reports(page), MAX_PAGE_SIZE);
  const byKey = <T>(list: T[], key: (t: T) => string) => [...list].sort((a, b) => key(a).localeCompare(key(b)));
  return {
    stats: await store.stats(),
    reports: byKey(reports, (r) => r.id),
    entities: byKey(entities, (e) => e.id).map((e) => ({ ...e, aliases: [...e.aliases].sort() })),
    relations: ids.flatMap((id) =>
      relations.get(id)!.map((r) => ({ ...r, evidence: byKey(r.evidence, (e) => `${e.reportId}${e.start}`) })),
    ),
    mentions: ids.map((id) => byKey(mentions.get(id)!, (m) => `${m.reportId}${m.start}${m.surface}`)),
  };
}

function seedReports(): ExtractedReport[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => extractReport({ name, bytes: readFileSync(join(SEEDS_DIR.pathname, name)) }));
}

async function upsertAll(store: GraphStore, reports: ExtractedReport[]) {
  const results = [];
  for (const report of reports) results.push(await store.upsertReport(report));
  return results;
}

async function relation(store: GraphStore, from: string, type: RelationType, to: string) {
  const found = await store.relationsOfMany([from], { direction: 'OUT', types: [type] });
  return found.get(from)!.find((r) => r.id === rel(from, type, to));
}

export function describeStoreContract(name: string, open: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    const opened: GraphStore[] = [];
    const fresh = async () => {
      const store = await open();
      opened.push(store);
      return store;
    };
    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
    });

    describe('round trip of the seed reports', () => {
      let seeds: ExtractedReport[];
      beforeAll(() => {
        seeds = seedReports();
      }, 60_000); // five whole reports extracted cold (dictionaries, model): seconds on a busy machine

      it('stores every seed report and reads back what was extracted', async () => {
        const store = await fresh();
        const results = await upsertAll(store, seeds);
        expect(results.map((r) => r.status)).toEqual(seeds.map(() => 'added'));
        expect(results.map((r) => r.reportId)).toEqual(seeds.map((r) => r.doc.id));

        // Counts: one node per kind + canonical name, one relationship per (from, type, to), across all reports.
        const kinds = new Map<string, EntityKind>();
        const relationTypes = new Map<string, RelationType>();
        for (const report of seeds) {
          const ids = storedIds(report);
          const idOf = new Map(report.entities.map((e, i) => [e.id, ids[i]!]));
          report.entities.forEach((e, i) => kinds.set(ids[i]!, e.kind));
          for (const r of report.relations) relationTypes.set(rel(idOf.get(r.from)!, r.type, idOf.get(r.to)!), r.type);
        }
        const countBy = <T extends string>(values: Iterable<T>) => {
          const counts: Partial<Record<T, number>> = {};
          for (const v of values) counts[v] = (counts[v] ?? 0) + 1;
          return counts;
        };
        expect(await store.stats()).toEqual({
          reports: seeds.length,
          entities: countBy(kinds.values()),
          relations: countBy(relationTypes.values()),
        });

        const lastClaim = new Map<string, RelationProperties>();
        for (const report of seeds) {
          const stored = await store.getReport(report.doc.id);
          expect(stored).toMatchObject({ id: report.doc.id, name: report.doc.name, authors: report.doc.authors });
          expect(stored?.title).toBe(report.doc.title || undefined);
          expect(stored?.publishedAt).toBe(report.doc.publishedAt || undefined);
          const sentence = new Map(report.evidence.map((s) => [s.index, s]));
          const ids = storedIds(report);
          const entities = new Map((await store.getEntities(ids)).map((e) => [e.id, e]));
          const mentions = await store.mentionsOf(ids);
          for (const [i, e] of report.entities.entries()) {
            const stored = entities.get(ids[i]!);
            expect(stored, ids[i]).toBeDefined();
            expect(stored!.kind).toBe(e.kind);
            expect(reportNodeId(stored!.kind, stored!.name, report.doc.id)).toBe(ids[i]);
            for (const alias of e.aliases) if (alias !== stored!.name) expect(stored!.aliases).toContain(alias);
            const found = mentions.get(ids[i]!)!.filter((m) => m.reportId === report.doc.id);
            for (const m of e.mentions) {
              const s = sentence.get(m.sentence)!;
              expect(found).toContainEqual({
                reportId: report.doc.id,
                surface: m.surface,
                sentence: s.text,
                start: s.start,
                end: s.end,
              });
            }
          }
          const idOf = new Map(report.entities.map((e, i) => [e.id, ids[i]!]));
          for (const r of report.relations) {
            const id = rel(idOf.get(r.from)!, r.type, idOf.get(r.to)!);
            const stored = await relation(store, idOf.get(r.from)!, r.type, idOf.get(r.to)!);
            expect(stored, id).toBeDefined();
            for (const index of r.evidence) {
              const s = sentence.get(index)!;
              expect(stored!.evidence).toContainEqual({
                reportId: report.doc.id,
                sentence: s.text,
                start: s.start,
                end: s.end,
              });
            }
            const stated = Object.fromEntries(
              (['title', 'amount', 'status', 'tier', 'role'] as const).flatMap((p) =>
                r[p] === undefined ? [] : [[p, r[p]]],
              ),
            );
            lastClaim.set(id, { ...lastClaim.get(id), ...stated });
          }
        }
        for (const [id, properties] of lastClaim) {
          const [from, type, to] = id.split('|') as [string, RelationType, string];
          expect(await relation(store, from, type, to)).toMatchObject(properties);
        }
      });

      it('changes nothing when the same reports are ingested again', async () => {
        const store = await fresh();
        await upsertAll(store, seeds);
        const before = await dump(store);
        const again = await upsertAll(store, seeds);
        expect(again.map((r) => r.status)).toEqual(seeds.map(() => 'unchanged'));
        expect(again.every((r) => r.entitiesAdded === 0 && r.relationsAdded === 0)).toBe(true);
        expect(await dump(store)).toEqual(before);
      });
    });

    it('ingesting fixtures twice changes nothing, and a concurrent duplicate upsert stores the report once', async () => {
      const store = await fresh();
      const [first, second] = await Promise.all([store.upsertReport(reportA), store.upsertReport(reportA)]);
      expect([first!.status, second!.status].sort()).toEqual(['added', 'unchanged']);
      await upsertAll(store, FIXTURE_REPORTS);
      const before = await dump(store);
      expect((await upsertAll(store, FIXTURE_REPORTS)).map((r) => r.status)).toEqual(
        FIXTURE_REPORTS.map(() => 'unchanged'),
      );
      expect(await dump(store)).toEqual(before);
    });

    it('merges an entity and a relation that two reports share', async () => {
      const store = await fresh();
      expect(await store.upsertReport(reportA)).toEqual({
        reportId: reportA.doc.id,
        status: 'added',
        entitiesAdded: 7,
        relationsAdded: 6,
      });
      // B names three known entities, restates two known relations and adds one.
      expect(await store.upsertReport(reportB)).toEqual({
        reportId: reportB.doc.id,
        status: 'added',
        entitiesAdded: 0,
        relationsAdded: 1,
      });
      const parkNode = await store.getEntity(park);
      expect(parkNode).toMatchObject({ id: park, kind: 'Park', name: PARK });
      expect([...parkNode!.aliases].sort()).toEqual(['青山开发区', '青山经开区'].sort());
      expect((await store.getEntity(company))!.aliases).toEqual(['华信科技']);

      const mentions = (await store.mentionsOf([park])).get(park)!;
      expect(new Set(mentions.map((m) => m.reportId))).toEqual(new Set([reportA.doc.id, reportB.doc.id]));
      expect(mentions).toContainEqual({
        reportId: reportB.doc.id,
        surface: '青山经开区',
        sentence: '青山经开区地处青山区，交通便利。',
        start: 0,
        end: 16,
      });

      const located = await relation(store, park, 'LOCATED_IN', region);
      expect(located!.evidence).toHaveLength(2);
      expect(located!.evidence.map((e) => [e.reportId, e.sentence]).sort()).toEqual(
        [
          [reportA.doc.id, '青山经济开发区位于江城市青山区。'],
          [reportB.doc.id, '青山经开区地处青山区，交通便利。'],
        ].sort(),
      );
      // A property shows the latest report's statement; the stats count each fact once.
      expect(await relation(store, company, 'INVESTS_IN', park)).toMatchObject({
        amount: 1_200_000_000,
        status: '签约',
      });
      expect((await store.stats()).relations).toEqual({
        LOCATED_IN: 4,
        HOLDS_POSITION: 1,
        FOCUSES_ON: 1,
        INVESTS_IN: 1,
      });
      expect((await store.findEntities({ kinds: ['Park'] })).totalCount).toBe(1);
    });

    it('deleting a report removes only the facts no other report supports', async () => {
      const onlyA = await fresh();
      await onlyA.upsertReport(reportA);
      const expected = await dump(onlyA);

      const store = await fresh();
      await store.upsertReport(reportA);
      await store.upsertReport(reportB);
      expect(await store.deleteReport(reportB.doc.id)).toBe(true);
      expect(await store.getReport(reportB.doc.id)).toBeUndefined();
      expect(await store.deleteReport(reportB.doc.id)).toBe(false);
      expect((await store.getEntity(park))!.aliases).toEqual(['青山开发区']);
      expect((await relation(store, park, 'LOCATED_IN', region))!.evidence.map((e) => e.reportId)).toEqual([
        reportA.doc.id,
      ]);
      expect(await relation(store, company, 'LOCATED_IN', park)).toBeUndefined();
      const investment = await relation(store, company, 'INVESTS_IN', park);
      expect(investment).toMatchObject({ amount: 1_000_000_000 });
      expect(investment!.status).toBeUndefined();
      expect(await dump(store)).toEqual(expected);

      expect(await store.deleteReport(reportA.doc.id)).toBe(true);
      expect(await store.stats()).toEqual({ reports: 0, entities: {}, relations: {} });
      expect(await store.getEntity(park)).toBeUndefined();
      expect(await store.deleteReport('no-such-report')).toBe(false);
    });

    it('reads what the last write left, never what it read before', async () => {
      /** The reads the API makes about the entities that reports A and B share. */
      const views = async (store: GraphStore) => ({
        park: await store.getEntity(park),
        relations: await allPages((page) => store.relationsOf(park, {}, page), 2),
        many: await store.relationsOfMany([company, region]),
        neighborhood: await store.neighborhood(company, { depth: 2 }),
        path: await store.shortestPath(company, region),
        search: await store.searchEntities('青山'),
        mentions: await store.mentionsOf([park]),
      });
      const expected = async (...reports: ExtractedReport[]) => {
        const other = await fresh();
        await upsertAll(other, reports);
        return views(other);
      };
      const store = await fresh();
      await store.upsertReport(reportA);
      expect(await views(store)).toEqual(await expected(reportA));
      await store.upsertReport(reportB);
      expect(await views(store)).toEqual(await expected(reportA, reportB));
      await store.deleteReport(reportB.doc.id);
      expect(await views(store)).toEqual(await expected(reportA));
      await store.deleteReport(reportA.doc.id);
      expect(await views(store)).toEqual(await expected());
    });

    it('stores hostile names, titles and properties unchanged, and runs none of them', async () => {
      const store = await fresh();
      await store.upsertReport(reportA);
      await store.upsertReport(hostileReport);
      const kinds = {
        company: 'Company',
        organization: 'Organization',
        person: 'Person',
        project: 'Project',
        park: 'Park',
      } as const;
      for (const [key, kind] of Object.entries(kinds)) {
        const text = HOSTILE_NAMES[key as keyof typeof HOSTILE_NAMES];
        const entity = await store.getEntity(nodeId(kind, text));
        expect(entity, text).toMatchObject({ kind, name: text });
        expect((await store.searchEntities(text))[0]?.name, text).toBe(text);
      }
      const hostileCompany = nodeId('Company', HOSTILE_NAMES.company);
      expect((await store.getEntity(hostileCompany))!.aliases).toEqual(["'})"]);
      const position = await relation(
        store,
        nodeId('Person', HOSTILE_NAMES.person),
        'HOLDS_POSITION',
        nodeId('Organization', HOSTILE_NAMES.organization),
      );
      expect(position!.title).toBe('主任 "代理"');
      expect(position!.evidence[0]!.sentence).toBe(hostileReport.evidence.find((s) => s.index === 1)!.text);
      expect(await store.getReport(hostileReport.doc.id)).toMatchObject({
        name: hostileReport.doc.name,
        title: hostileReport.doc.title,
        authors: hostileReport.doc.authors,
      });
      const found = await store.findEntities({ nameContains: 'DETACH DELETE n //' });
      expect(found.items.map((e) => e.id)).toContain(hostileCompany);
      // Report A is untouched: nothing in those names ran as Cypher.
      expect((await store.stats()).reports).toBe(2);
      expect(await store.getEntity(park)).toMatchObject({ id: park, kind: 'Park', name: PARK });
    });

    it('finds shortest paths within the hop bound, in either direction', async () => {
      const expectPaths = async (store: GraphStore) => {
        const path = await store.shortestPath(chain[0]!, chain[6]!);
        expect(path!.nodes.map((n) => n.id)).toEqual(chain);
        expect(path!.edges.map((e) => e.id)).toEqual(
          chain.slice(0, -1).map((id, i) => rel(id, 'PART_OF', chain[i + 1]!)),
        );
        expect(path!.edges[0]!.evidence[0]!.sentence).toBe(chainReport.evidence[0]!.text);
        expect((await store.shortestPath(chain[6]!, chain[0]!))!.nodes.map((n) => n.id)).toEqual([...chain].reverse());
        expect((await store.shortestPath(chain[1]!, chain[4]!, 3))!.edges).toHaveLength(3);
        expect(await store.shortestPath(chain[1]!, chain[4]!, 2)).toBeUndefined();
        expect(await store.shortestPath(chain[0]!, chain[6]!, 5)).toBeUndefined();
        expect(await store.shortestPath(chain[0]!, nodeId('Park', ISLAND))).toBeUndefined();
        expect(await store.shortestPath(chain[0]!, 'Park:nowhere')).toBeUndefined();
        expect(await store.shortestPath(chain[2]!, chain[2]!)).toEqual({
          nodes: [await store.getEntity(chain[2]!)],
          edges: [],
        });
      };
      const store = await fresh();
      await store.upsertReport(chainReport);
      await expectPaths(store);
      // The same answers when every entity on the way was read before (an adapter may then search what it holds).
      const warm = await fresh();
      await warm.upsertReport(chainReport);
      await warm.relationsOfMany([...chain, nodeId('Park', ISLAND)]);
      await expectPaths(warm);
    });

    it('limits a neighborhood by depth, node count and relation types', async () => {
      const store = await fresh();
      await store.upsertReport(hubReport);
      const all = await store.neighborhood(hub, { depth: 1, limit: 1000 });
      expect(all.nodes).toHaveLength(1 + HUB_SIZE * 3);
      expect(all.nodes[0]!.id).toBe(hub);
      expect(all.edges).toHaveLength(HUB_SIZE * 3);

      const limited = await store.neighborhood(hub, { depth: 3, limit: 10 });
      expect(limited.nodes).toHaveLength(10);
      expect(limited.nodes[0]!.id).toBe(hub);
      const ids = new Set(limited.nodes.map((n) => n.id));
      expect(ids.size).toBe(10);
      for (const edge of limited.edges) expect(ids.has(edge.from) && ids.has(edge.to)).toBe(true);
      expect(limited.edges).toHaveLength(9); // every chosen node is one hop from the hub

      const firstIndustry = nodeId('Industry', HUB_INDUSTRIES[0]!);
      expect((await store.neighborhood(firstIndustry, { depth: 1 })).nodes.map((n) => n.id)).toEqual([
        firstIndustry,
        hub,
      ]);
      const twoHops = await store.neighborhood(firstIndustry, { depth: 2, limit: 1000 });
      expect(twoHops.nodes).toHaveLength(1 + HUB_SIZE * 3);
      const focus = await store.neighborhood(hub, { depth: 2, types: ['FOCUSES_ON'], limit: 1000 });
      expect(focus.nodes).toHaveLength(1 + HUB_SIZE);
      expect(focus.edges.every((e) => e.type === 'FOCUSES_ON')).toBe(true);
      // Asked for the ends only, an adapter may leave out properties and evidence, never nodes or edges.
      const shape = await store.neighborhood(hub, { depth: 2, limit: 20, endsOnly: true });
      const whole = await store.neighborhood(hub, { depth: 2, limit: 20 });
      expect(shape.nodes).toEqual(whole.nodes);
      expect(shape.edges.map((e) => [e.id, e.from, e.type, e.to])).toEqual(
        whole.edges.map((e) => [e.id, e.from, e.type, e.to]),
      );
      expect((await store.neighborhood(hub, { depth: 0 })).nodes.map((n) => n.id)).toEqual([hub]);
      expect(await store.neighborhood('Park:nowhere')).toEqual({ nodes: [], edges: [] });
    });

    it('reads relations without their evidence only when told it is not needed', async () => {
      const store = await fresh();
      await upsertAll(store, [reportA, reportB]);
      const whole = await store.relationsOf(park, {}, { first: 50 });
      const bare = await store.relationsOf(park, {}, { first: 50 }, { evidence: false });
      const withoutEvidence = (page: Page<StoredRelation>) => page.items.map(({ evidence: _, ...rest }) => rest);
      expect(whole.items.length).toBeGreaterThan(1);
      expect(whole.items.every((r) => r.evidence.length > 0)).toBe(true);
      expect(withoutEvidence(bare)).toEqual(withoutEvidence(whole));
      expect(bare.totalCount).toBe(whole.totalCount);
    });

    it('pages entities, relations and reports with cursors: no duplicates, no gaps, true totals', async () => {
      const store = await fresh();
      await upsertAll(store, FIXTURE_REPORTS);
      const stats = await store.stats();

      const companies = await allPages((page) => store.findEntities({ kinds: ['Company'] }, page), 7);
      expect(new Set(companies.map((c) => c.id)).size).toBe(companies.length);
      expect(companies).toHaveLength(stats.entities.Company!);
      expect(companies.every((c) => c.kind === 'Company')).toBe(true);

      const everything = await allPages((page) => store.findEntities({}, page), 9);
      const total = Object.values(stats.entities).reduce((a, b) => a + b, 0);
      expect(new Set(everything.map((e) => e.id)).size).toBe(total);

      const hubRelations = await allPages((page) => store.relationsOf(hub, {}, page), 10);
      expect(new Set(hubRelations.map((r) => r.id)).size).toBe(HUB_SIZE * 3);
      const outgoing = await allPages((page) => store.relationsOf(hub, { direction: 'OUT' }, page), 4);
      expect(outgoing.map((r) => r.type)).toEqual(Array(HUB_SIZE).fill('FOCUSES_ON'));
      const incoming = await allPages(
        (page) => store.relationsOf(hub, { direction: 'IN', types: ['LOCATED_IN'] }, page),
        30,
      );
      expect(incoming).toHaveLength(HUB_SIZE * 2);
      expect(incoming.every((r) => r.to === hub && r.type === 'LOCATED_IN')).toBe(true);
      expect((await store.relationsOf(hub, { types: ['PART_OF'] })).totalCount).toBe(0);

      const reports = await allPages((page) => store.reports(page), 2);
      expect(new Set(reports.map((r) => r.id))).toEqual(new Set(FIXTURE_REPORTS.map((r) => r.doc.id)));

      const empty = await store.findEntities({ kinds: ['Company'] }, { first: 0 });
      expect(empty).toMatchObject({ items: [], totalCount: stats.entities.Company, hasNextPage: true });
      expect(total).toBeGreaterThan(MAX_PAGE_SIZE);
      expect((await store.findEntities({}, { first: 10_000 })).items).toHaveLength(MAX_PAGE_SIZE);
      expect((await store.relationsOf(hub, {}, { first: 10_000 })).items).toHaveLength(MAX_PAGE_SIZE);
      await expect(store.findEntities({}, { first: 5, after: '***' })).rejects.toThrow(/cursor/);
    });

    it('lists reports published in a date range, and the entities a report names', async () => {
      const store = await fresh();
      await upsertAll(store, [reportA, reportB, chainReport]);
      const ids = async (filter: { publishedFrom?: string; publishedTo?: string }) =>
        (await store.reports({}, filter)).items.map((r) => r.id);
      // Only report A is dated (2024-03-01); an undated report falls in no range.
      expect(await ids({ publishedFrom: '2024-01-01', publishedTo: '2024-12-31' })).toEqual([reportA.doc.id]);
      expect(await ids({ publishedFrom: '2024-03-01', publishedTo: '2024-03-01' })).toEqual([reportA.doc.id]);
      expect(await ids({ publishedTo: '2024-02-29' })).toEqual([]);
      expect(await ids({ publishedFrom: '2024-03-02' })).toEqual([]);
      expect((await store.reports({}, { publishedFrom: '2024-01-01' })).totalCount).toBe(1);
      expect((await store.reports({}, {})).totalCount).toBe(3);

      const named = await store.entitiesOfReport(reportB.doc.id);
      expect(named.map((e) => e.id)).toEqual(reportB.entities.map((e) => e.id).sort());
      expect(named.find((e) => e.id === park)?.aliases).toEqual(expect.arrayContaining(['青山开发区', '青山经开区']));
      expect(await store.entitiesOfReport('no-such-report')).toEqual([]);
    });

    it('filters entities by kind, name or alias, region (transitively) and industry', async () => {
      const store = await fresh();
      await upsertAll(store, [reportA, reportB, hubReport]);
      const ids = async (page: Promise<Page<{ id: string }>>) => (await page).items.map((e) => e.id).sort();
      expect(await ids(store.findEntities({ inRegion: province }))).toEqual([company, park, region, city].sort());
      expect(await ids(store.findEntities({ inRegion: region, kinds: ['Company'] }))).toEqual([company]);
      expect(await ids(store.findEntities({ industry }))).toEqual([park]);
      expect(await ids(store.findEntities({ industry, inRegion: province }))).toEqual([park]);
      expect(await ids(store.findEntities({ industry, inRegion: nodeId('Region', '别处') }))).toEqual([]);
      expect(await ids(store.findEntities({ nameContains: '经开', kinds: ['Park'] }))).toEqual([park]);
      expect(await ids(store.findEntities({ nameContains: '青山', kinds: ['Region', 'Official'] }))).toEqual([region]);
      expect((await store.findEntities({ inRegion: province }, { first: 2 })).totalCount).toBe(4);
      await expect(store.findEntities({ kinds: ['Planet' as EntityKind] })).rejects.toThrow(/Planet/);
    });

    it('searches exact names and aliases before partial matches', async () => {
      const store = await fresh();
      await upsertAll(store, [reportA, reportB, hubReport]);
      expect((await store.searchEntities('青山开发区')).map((e) => e.id)[0]).toBe(park);
      const partial = (await store.searchEntities('青山')).map((e) => e.id);
      expect(new Set(partial)).toEqual(new Set([park, region]));
      expect((await store.searchEntities('华信科技')).map((e) => e.id)[0]).toBe(company);
      expect((await store.searchEntities(OFFICIAL, { kinds: ['Official'] })).map((e) => e.id)).toEqual([official]);
      expect(await store.searchEntities(OFFICIAL, { kinds: ['Park'] })).toEqual([]);
      expect(await store.searchEntities('新材料', { limit: 5 })).toHaveLength(5);
      expect(await store.searchEntities('')).toEqual([]);
    });

    it('answers batched lookups with every asked id, missing ones empty', async () => {
      const store = await fresh();
      await upsertAll(store, [reportA, reportB]);
      expect((await store.getEntities([region, 'Park:nowhere', park])).map((e) => e.id)).toEqual([region, park]);
      const relations = await store.relationsOfMany([park, 'Park:nowhere', official]);
      expect([...relations.keys()]).toEqual([park, 'Park:nowhere', official]);
      expect(relations.get('Park:nowhere')).toEqual([]);
      expect(relations.get(official)!.map((r) => r.id)).toEqual([rel(official, 'HOLDS_POSITION', park)]);
      const types = (list: StoredRelation[]) => list.map((r) => `${r.from === park ? 'OUT' : 'IN'} ${r.type}`).sort();
      expect(types(relations.get(park)!)).toEqual(
        ['OUT LOCATED_IN', 'OUT FOCUSES_ON', 'IN HOLDS_POSITION', 'IN INVESTS_IN', 'IN LOCATED_IN'].sort(),
      );
      const incoming = await store.relationsOfMany([park], { direction: 'IN', types: ['INVESTS_IN'] });
      expect(incoming.get(park)!.map((r) => r.id)).toEqual([rel(company, 'INVESTS_IN', park)]);
      expect((await store.mentionsOf(['Park:nowhere'])).get('Park:nowhere')).toEqual([]);
    });

    it('keeps each report’s body named by its level word alone (省政府) apart, and deletes it with its report', async () => {
      const store = await fresh();
      for (const report of levelBodyReports) await store.upsertReport(report);
      const bodies = await store.findEntities({ kinds: ['Organization'] });
      expect(bodies.items.map((e) => e.name)).toEqual([LEVEL_BODY, LEVEL_BODY]);
      const ids = bodies.items.map((e) => e.id);
      expect(new Set(ids).size).toBe(2);
      const heads = await store.relationsOfMany(ids, { direction: 'IN' });
      expect(ids.map((id) => heads.get(id)!.map((r) => r.from))).toEqual(
        expect.arrayContaining([[nodeId('Official', '甲明')], [nodeId('Official', '乙明')]]),
      );
      await store.deleteReport(levelBodyReports[0]!.doc.id);
      expect((await store.findEntities({ kinds: ['Organization'] })).totalCount).toBe(1);
    });

    it('stores a report that names nothing', async () => {
      const store = await fresh();
      const bare = buildReport({ name: 'bare.txt', sentences: ['今天天气晴。'], entities: [] });
      expect(await store.upsertReport(bare)).toMatchObject({ status: 'added', entitiesAdded: 0, relationsAdded: 0 });
      expect(await store.getReport(bare.doc.id)).toMatchObject({ name: 'bare.txt', entityCount: 0, relationCount: 0 });
      expect(await store.deleteReport(bare.doc.id)).toBe(true);
    });

    it('keeps none of an upsert or a delete that fails midway', async () => {
      const store = await fresh();
      const hasSeam = setFaultHook(store, undefined);
      expect(hasSeam, `${name} must call faultPoint() between its writes (src/graph/fault.ts)`).toBe(true);
      /** Runs `action` failing at its 1st, 2nd, … fault point until it completes; each failure must keep `before`. */
      const failEachStep = async (action: () => Promise<unknown>, before: unknown) => {
        for (let n = 1; ; n++) {
          let calls = 0;
          setFaultHook(store, () => {
            if (++calls === n) throw new Error(`injected fault ${n}`);
          });
          try {
            await action();
            return n - 1;
          } catch (error) {
            expect((error as Error).message).toBe(`injected fault ${n}`);
            setFaultHook(store, undefined);
            expect(await dump(store)).toEqual(before);
          } finally {
            setFaultHook(store, undefined);
          }
        }
      };
      // A new report; a report that merges into known facts; a delete of shared facts.
      expect(await failEachStep(() => store.upsertReport(reportA), await dump(store))).toBeGreaterThanOrEqual(2);
      expect(await store.getReport(reportA.doc.id)).toMatchObject({ id: reportA.doc.id, name: reportA.doc.name });
      expect(await failEachStep(() => store.upsertReport(reportB), await dump(store))).toBeGreaterThanOrEqual(2);
      expect(await store.getReport(reportB.doc.id)).toMatchObject({ id: reportB.doc.id, name: reportB.doc.name });
      expect(await failEachStep(() => store.deleteReport(reportA.doc.id), await dump(store))).toBeGreaterThanOrEqual(2);
      expect(await store.getReport(reportA.doc.id)).toBeUndefined();
    });
  });
}
