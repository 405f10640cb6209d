// Crash safety of the embedded store: `kg ingest` killed with SIGKILL in the middle of a run leaves a store that
// opens and holds only complete reports; ingesting again completes it, to exactly the graph a clean run gives.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/extract/index.ts';
import { openEmbeddedStore } from '../../../src/graph/embedded/index.ts';
import type { ExtractedReport } from '../../../src/ontology/model.ts';
import type { GraphStore } from '../../../src/graph/store.ts';
import { kgIn, spawnKg } from '../../cli/kg-store.ts';
import { root } from '../../cli/run-kg.ts';
import { dump, storedIds } from '../store.contract.ts';

const FILES = 16;
let dir: string;
let inputs: string;
let reports: ExtractedReport[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-crash-'));
  inputs = join(dir, 'inputs');
  mkdirSync(inputs);
  const seeds = readdirSync(join(root, 'seeds')).sort();
  // Distinct reports (each its own id) that share most entities and relations: merges happen in every transaction.
  reports = Array.from({ length: FILES }, (_, i) => {
    const name = `report-${String(i).padStart(2, '0')}.txt`;
    const text = `${readFileSync(join(root, 'seeds', seeds[i % seeds.length]!), 'utf8')}\n（本文为第${i}号转载。）\n`;
    writeFileSync(join(inputs, name), text);
    return extractReport({ name, bytes: Buffer.from(text) });
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `kg ingest` and kills it with SIGKILL once `added` more reports were stored. */
function ingestUntilKilled(data: string, added: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnKg(data, 'ingest', inputs);
    let seen = 0;
    let output = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      seen = (output.match(/: added$/gm) ?? []).length;
      if (seen >= added) child.kill('SIGKILL');
    });
    child.on('exit', (_, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`kg ingest ended before it was killed (${seen} added):\n${output}`));
    });
  });
}

/** Every stored report is there in full; nothing cites a report that is not stored. */
async function expectOnlyCompleteReports(store: GraphStore): Promise<number> {
  const stored = new Set((await store.reports({ first: 100 })).items.map((r) => r.id));
  for (const report of reports.filter((r) => stored.has(r.doc.id))) {
    const ids = storedIds(report);
    expect(await store.getEntities(ids)).toHaveLength(new Set(ids).size);
    const mentions = await store.mentionsOf(ids);
    for (const id of ids) expect(mentions.get(id)!.some((m) => m.reportId === report.doc.id)).toBe(true);
    const relations = await store.relationsOfMany(ids, { direction: 'OUT' });
    const idOf = new Map(report.entities.map((e, i) => [e.id, ids[i]!]));
    for (const r of report.relations) {
      const from = idOf.get(r.from)!;
      const found = relations.get(from)!.find((x) => x.id === `${from}|${r.type}|${idOf.get(r.to)}`);
      expect(found?.evidence.some((e) => e.reportId === report.doc.id)).toBe(true);
    }
  }
  const everything = await dump(store);
  const cited = [
    ...everything.mentions.flat().map((m) => m.reportId),
    ...everything.relations.flatMap((r) => r.evidence.map((e) => e.reportId)),
  ];
  for (const id of cited) expect(stored.has(id)).toBe(true);
  return stored.size;
}

describe('embedded store under SIGKILL', () => {
  it('keeps only complete reports, and a second run completes the graph', async () => {
    const clean = await openEmbeddedStore(join(dir, 'clean'));
    for (const report of reports) await clean.upsertReport(report);
    const expected = await dump(clean);
    await clean.close();

    const data = join(dir, 'killed');
    let stored = 0;
    for (const added of [3, 4]) {
      await ingestUntilKilled(data, added);
      const store = await openEmbeddedStore(data);
      try {
        const now = await expectOnlyCompleteReports(store);
        expect(now).toBeGreaterThanOrEqual(stored + added);
        expect(now).toBeLessThan(FILES);
        stored = now;
      } finally {
        await store.close();
      }
    }

    const rest = await kgIn(data, 'ingest', inputs);
    expect(rest.code).toBe(0);
    expect(rest.stdout).toContain(`${FILES} files: ${FILES - stored} reports added, ${stored} unchanged, 0 failed`);
    const store = await openEmbeddedStore(data);
    try {
      expect(await dump(store)).toEqual(expected);
    } finally {
      await store.close();
    }
  }, 300_000);
});
