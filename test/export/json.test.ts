// The JSON export and `kg import`: the seeds' graph, exported and imported into an empty embedded store, is the same
// graph (same stats, entities, aliases, relations, properties, evidence and report counts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { importGraph, parseGraphExport, reportsOfExport } from '../../src/export/import.ts';
import type { GraphExport } from '../../src/export/json.ts';
import { emptyEmbeddedStore, seededEmbeddedStore } from '../api/support/seeded.ts';
import type { TempStore } from '../api/support/seeded.ts';
import { exportText, total } from './support/collect.ts';

let seeded: TempStore;
let exported: GraphExport;
let text: string;

beforeAll(async () => {
  seeded = await seededEmbeddedStore();
  text = await exportText(seeded.store, 'json');
  exported = parseGraphExport(text, 'seeds.json');
}, 120_000);
afterAll(() => seeded?.close());

/** The export with list orders that depend on ingest order (evidence, mentions) sorted, for comparison. */
function normalized(graph: GraphExport) {
  const byText = <T>(items: T[]) => [...items].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    reports: byText(graph.reports),
    nodes: graph.nodes.map((n) => ({ ...n, aliases: [...n.aliases].sort(), mentions: byText(n.mentions) })),
    edges: graph.edges.map((e) => ({ ...e, evidence: byText(e.evidence) })),
  };
}

describe('the JSON export of the seeds', () => {
  it('holds every report, entity and relation, with mentions and evidence', async () => {
    const stats = await seeded.store.stats();
    expect(exported.reports).toHaveLength(stats.reports);
    expect(exported.nodes).toHaveLength(total(stats.entities));
    expect(exported.edges).toHaveLength(total(stats.relations));
    expect(new Set(exported.edges.map((e) => e.id)).size).toBe(exported.edges.length);
    expect(exported.nodes.every((n) => n.mentions.length > 0)).toBe(true);
    expect(exported.edges.every((e) => e.evidence.length > 0 && e.evidence.every((x) => x.sentence !== ''))).toBe(true);
    expect(exported.edges.some((e) => e.type === 'INVESTS_IN' && typeof e.amount === 'number')).toBe(true);
    expect(exported.edges.some((e) => e.type === 'HOLDS_POSITION' && typeof e.title === 'string')).toBe(true);
  });

  it('is one record per line, so it diffs and greps well', () => {
    const records = text
      .split('\n')
      .map((line) => line.replace(/,$/, ''))
      .filter((line) => line.startsWith('{"id":'))
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const ids = [...exported.reports, ...exported.nodes, ...exported.edges].map((r) => r.id);
    expect(records).toEqual(ids);
  });
});

describe('importing the JSON export into an empty embedded store', () => {
  let target: TempStore;
  beforeAll(async () => {
    target = await emptyEmbeddedStore();
  });
  afterAll(() => target?.close());

  it('gives identical stats, and the same graph exported again', async () => {
    const summary = await importGraph(target.store, exported, 'seeds.json');
    expect(summary).toEqual({ reports: exported.reports.length, added: exported.reports.length, unchanged: 0 });
    expect(await target.store.stats()).toEqual(await seeded.store.stats());
    const again = parseGraphExport(await exportText(target.store, 'json'), 'again.json');
    expect(normalized(again)).toEqual(normalized(exported));
  });

  it('changes nothing when imported again', async () => {
    const before = await target.store.stats();
    const summary = await importGraph(target.store, exported, 'seeds.json');
    expect(summary.unchanged).toBe(exported.reports.length);
    expect(await target.store.stats()).toEqual(before);
  });
});

describe('regrouping an export into reports', () => {
  it('gives each report exactly the entities and relations it had', () => {
    const reports = reportsOfExport(exported);
    for (const report of reports) {
      const stored = exported.reports.find((r) => r.id === report.doc.id)!;
      expect(report.entities.length, report.doc.name).toBe(stored.entityCount);
      expect(report.relations.length, report.doc.name).toBe(stored.relationCount);
      const indexes = new Set(report.evidence.map((s) => s.index));
      for (const r of report.relations) for (const i of r.evidence) expect(indexes.has(i)).toBe(true);
    }
  });
});

describe('a file that is not a park-graph export', () => {
  const refused = (content: string) => {
    try {
      parseGraphExport(content, 'bad.json');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return (error as Error).message;
    }
    throw new Error('accepted');
  };
  const valid = () => JSON.parse(text) as Record<string, unknown> & { nodes: Record<string, unknown>[] };

  it('is refused with a message naming the file and the problem', () => {
    expect(refused('{"nodes": [')).toMatch(/^bad\.json: not JSON/);
    expect(refused('[]')).toMatch(/^bad\.json: the document is not an object/);
    expect(refused('{"format": "gephi"}')).toMatch(/^bad\.json: the document is not a park-graph export/);
    expect(refused(JSON.stringify({ ...valid(), version: 9 }))).toMatch(/version 9/);
    const badKind = valid();
    badKind.nodes[3]!.kind = 'Factory';
    expect(refused(JSON.stringify(badKind))).toBe('bad.json: nodes[3].kind "Factory" is not an entity kind');
    const noEvidence = valid();
    delete (noEvidence.edges as Record<string, unknown>[])[0]!.evidence;
    expect(refused(JSON.stringify(noEvidence))).toBe('bad.json: edges[0].evidence is not a list');
  });

  it('is refused when its evidence cites a report it does not hold', () => {
    const graph = parseGraphExport(text, 'cut.json');
    const cut = { ...graph, reports: graph.reports.slice(1) };
    expect(() => reportsOfExport(cut, 'cut.json')).toThrow(
      /^cut\.json: .* cites report \w+, which the export's reports lack/,
    );
  });
});
