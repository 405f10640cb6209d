// Loads a BulkGraph (the synthetic graph of the ingest and API benchmarks) into an EMPTY Neo4j database in exactly
// the Neo4j store's layout (src/graph/neo4j/graph-model.ts), by batched UNWIND statements: entities per kind, reports,
// MENTIONED_IN, ontology relationships per type, then the store counts degrees when it opens. Benchmark tooling: the store itself writes report by
// report (upsertReport); this is the bulk path a first load of millions of facts needs.
import type { Driver } from 'neo4j-driver';
import type { BulkGraph } from '../src/graph/embedded/bulk.ts';
import { RELATION_PROPERTY_NAMES } from '../src/ontology/model.ts';
import { reportRow } from '../src/graph/store.ts';

const BATCH = 10_000;

async function batched<T>(rows: Iterable<T>, write: (batch: T[]) => Promise<void>): Promise<number> {
  let batch: T[] = [];
  let count = 0;
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH) {
      await write(batch);
      count += batch.length;
      batch = [];
    }
  }
  if (batch.length > 0) await write(batch);
  return count + batch.length;
}

export async function bulkLoadNeo4j(
  driver: Driver,
  graph: BulkGraph,
  onStep: (step: string, ms: number, rows: number) => void = () => {},
): Promise<void> {
  const run = async (cypher: string, rows: unknown[]) => {
    await driver.executeQuery(cypher, { rows });
  };
  const timed = async (step: string, work: () => Promise<number>) => {
    const started = performance.now();
    const rows = await work();
    onStep(step, performance.now() - started, rows);
  };

  await timed('entities', () =>
    batched(graph.entities, async (batch) => {
      const byKind = new Map<string, unknown[]>();
      for (const e of batch) {
        const rows = byKind.get(e.kind) ?? [];
        rows.push({ ...e, searchText: [e.name, ...e.aliases].join(' ') });
        byKind.set(e.kind, rows);
      }
      for (const [kind, rows] of byKind) {
        await run(
          `UNWIND $rows AS row CREATE (e:Entity:${kind} {id: row.id, kind: row.kind, name: row.name,
             aliases: row.aliases, searchText: row.searchText})`,
          rows,
        );
      }
    }),
  );

  const sentences = new Map<string, { text: string; start: number; end: number }[]>();
  await timed('reports', () =>
    batched(graph.reports, async (batch) => {
      for (const r of batch) sentences.set(r.id, r.sentences);
      await run(
        'UNWIND $rows AS row CREATE (r:Report) SET r = row',
        batch.map((r) => Object.fromEntries(Object.entries(reportRow(r)).filter(([, v]) => v !== null))),
      );
    }),
  );
  const sentence = (report: string, index: number) => {
    const found = sentences.get(report)?.[index];
    if (!found) throw new Error(`report ${report} has no sentence ${index}`);
    return found;
  };

  await timed('mentions', () =>
    batched(graph.mentions, async (batch) => {
      await run(
        `UNWIND $rows AS row
         MATCH (e:Entity {id: row.entity}), (r:Report {id: row.report})
         CREATE (e)-[:MENTIONED_IN {name: e.name, aliases: row.aliases, surfaces: row.surfaces,
           sentences: row.sentences, starts: row.starts, ends: row.ends}]->(r)`,
        batch.map((m) => {
          const said = m.mentions.map((x) => sentence(m.report, x.sentence));
          return {
            entity: m.entity,
            report: m.report,
            aliases: m.aliases,
            surfaces: m.mentions.map((x) => x.surface),
            sentences: said.map((s) => s.text),
            starts: said.map((s) => s.start),
            ends: said.map((s) => s.end),
          };
        }),
      );
    }),
  );

  await timed('relations', () =>
    batched(graph.relations, async (batch) => {
      const byType = new Map<string, unknown[]>();
      for (const r of batch) {
        const props: Record<string, unknown> = {
          id: `${r.from}|${r.type}|${r.to}`,
          reports: [...new Set([...r.evidence.map((e) => e.reportId), ...r.claims.map((c) => c.reportId)])],
          evidence: r.evidence.map((e) => sentence(e.reportId, e.sentence).text),
          evidenceReports: r.evidence.map((e) => e.reportId),
          evidenceStarts: r.evidence.map((e) => sentence(e.reportId, e.sentence).start),
          evidenceEnds: r.evidence.map((e) => sentence(e.reportId, e.sentence).end),
        };
        for (const property of RELATION_PROPERTY_NAMES) {
          const claims = r.claims.filter((c) => c.properties[property] !== undefined);
          if (claims.length === 0) continue;
          props[property] = claims.at(-1)!.properties[property];
          props[`${property}Values`] = claims.map((c) => c.properties[property]);
          props[`${property}Reports`] = claims.map((c) => c.reportId);
        }
        const rows = byType.get(r.type) ?? [];
        rows.push({ from: r.from, to: r.to, props });
        byType.set(r.type, rows);
      }
      for (const [type, rows] of byType) {
        await run(
          `UNWIND $rows AS row
           MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
           CREATE (a)-[r:${type}]->(b) SET r = row.props`,
          rows,
        );
      }
    }),
  );
}
