// The embedded store's writes, inside the write transaction the store opens (store.ts): a report added with its
// entities and relations merged into what the store holds, or removed with what only it supported. The merging
// itself is the pure functions of src/graph/resolve.ts; this reads what it needs and runs the statements of
// cypher/embedded/upsert.cypher and delete.cypher. Fault points between the writes let tests check that a failure
// keeps nothing.
import { faultPoint } from '../fault.ts';
import type { EntityId } from '../../ontology/model.ts';
import { addClaim, claimsWithout, evidenceOf, evidenceWithout, mergeAliases, reportAliases } from '../resolve.ts';
import type { ResolvedRelation, ResolvedReport } from '../resolve.ts';
import { reportRow } from '../store.ts';
import type { StoredEntity, UpsertResult } from '../store.ts';
import type { Row, Run } from './db.ts';
import {
  encodeMentions,
  encodeSentences,
  encodeSupport,
  relationParams,
  supportEntry,
  supportToken,
  toEntity,
  toRelationRecord,
} from './records.ts';
import type { RelationRecord } from './records.ts';
import type { Statements } from './statements.ts';

/** A write transaction's statement runner, the store's Cypher statements, and the store (where tests set the fault hook). */
export interface WriteContext {
  run: Run;
  cypher: Statements;
  faults: object;
}

/** Adds a resolved report, unless the store holds it already. */
export async function addReport(w: WriteContext, resolved: ResolvedReport): Promise<UpsertResult> {
  const reportId = resolved.report.id;
  if ((await w.run(w.cypher.get('reportExists'), { id: reportId })).length > 0) {
    return { reportId, status: 'unchanged', entitiesAdded: 0, relationsAdded: 0 };
  }
  await insertReport(w, resolved);
  faultPoint(w.faults, 'report');
  const { added: entitiesAdded, known } = await mergeEntities(w, resolved);
  faultPoint(w.faults, 'entities');
  const relationsAdded = await mergeRelations(w, resolved, known);
  faultPoint(w.faults, 'relations');
  return { reportId, status: 'added', entitiesAdded, relationsAdded };
}

/**
 * Removes a report; false when the store does not hold it. `changed.entities` gets the entities it named, whose
 * cached reads the store then forgets.
 */
export async function removeReport(
  w: WriteContext,
  reportId: string,
  changed: { entities: EntityId[] },
): Promise<boolean> {
  if ((await w.run(w.cypher.get('reportExists'), { id: reportId })).length === 0) return false;
  const entities = await w.run(w.cypher.get('reportEntities'), { id: reportId });
  changed.entities = entities.map((row) => String(row.id));
  await releaseRelations(w, reportId, entities);
  faultPoint(w.faults, 'relations');
  const others = await w.run(w.cypher.get('otherReportAliases'), { id: reportId });
  await w.run(w.cypher.get('deleteReport'), { id: reportId });
  faultPoint(w.faults, 'report');
  await releaseEntities(w, entities, others);
  return true;
}

async function insertReport(w: WriteContext, { report, sentences }: ResolvedReport): Promise<void> {
  await w.run(w.cypher.get('insertReport'), { ...reportRow(report), sentences: encodeSentences(sentences) });
}

/**
 * Creates new entities, merges aliases into known ones, links each to the report. Returns how many are new, and
 * the storage offsets of those that were already stored (the ends of any relation the store may already hold).
 */
async function mergeEntities(w: WriteContext, { report, entities }: ResolvedReport) {
  const known = new Map<EntityId, number>();
  if (entities.length === 0) return { added: 0, known };
  const ids = entities.map((e) => e.id);
  const stored = new Map<EntityId, StoredEntity>();
  for (const row of await w.run(w.cypher.get('entitiesByIds'), { ids })) {
    stored.set(String(row.id), toEntity(row));
    known.set(String(row.id), Number(row.node));
  }
  const created: Row[] = [];
  const changed: Row[] = [];
  const mentions: Row[] = [];
  for (const e of entities) {
    const old = stored.get(e.id);
    const name = old?.name ?? e.name;
    const aliases = reportAliases(name, e);
    mentions.push({ id: e.id, aliases, mentions: encodeMentions(e.mentions) });
    if (!old) created.push({ id: e.id, kind: e.kind, name, aliases });
    else {
      const merged = mergeAliases(name, old.aliases, aliases);
      if (merged.length !== old.aliases.length) changed.push({ id: e.id, aliases: merged });
    }
  }
  if (created.length > 0) await w.run(w.cypher.get('insertEntities'), { rows: created });
  if (changed.length > 0) await w.run(w.cypher.get('setAliases'), { rows: changed });
  faultPoint(w.faults, 'aliases');
  await w.run(w.cypher.get('insertMentions'), { reportId: report.id, rows: mentions });
  return { added: created.length, known };
}

/**
 * Creates new relations; appends the report's evidence and property claims to the ones the store holds (only a
 * relation between two entities it already held can be one). Returns how many are new.
 */
async function mergeRelations(w: WriteContext, { report, relations }: ResolvedReport, known: Map<EntityId, number>) {
  const bySource = new Map<EntityId, ResolvedRelation[]>();
  for (const r of relations) {
    if (known.has(r.from) && known.has(r.to)) bySource.set(r.from, [...(bySource.get(r.from) ?? []), r]);
  }
  const restated = new Set<string>();
  for (const [src, list] of bySource) {
    const keys = list.map((r) => `${r.type}|${known.get(r.to)}`);
    const byKey = new Map(keys.map((key, i) => [key, list[i]!]));
    const entries = list.map((r) => supportEntry(report.id, r.sentences, r.properties));
    const params = { src, keys, entries };
    for (const row of await w.run(w.cypher.get('appendToRelationsFrom'), params)) {
      restated.add(byKey.get(String(row.key))!.id);
    }
  }
  const created = relations
    .filter((r) => !restated.has(r.id))
    .map((r) =>
      relationParams({
        from: r.from,
        type: r.type,
        to: r.to,
        evidence: evidenceOf(report.id, r),
        claims: addClaim([], { reportId: report.id, properties: r.properties }),
      }),
    );
  faultPoint(w.faults, 'restated relations');
  if (created.length > 0) await w.run(w.cypher.get('insertRelations'), { rows: created });
  return created.length;
}

/** Drops the report's evidence and claims; relations no other report states disappear. */
async function releaseRelations(w: WriteContext, reportId: string, entities: Row[]): Promise<void> {
  const idOf = new Map(entities.map((row) => [Number(row.node), String(row.id)]));
  const token = supportToken(reportId);
  for (const src of idOf.values()) {
    const gone: string[] = [];
    const kept: { key: string; record: RelationRecord }[] = [];
    for (const row of await w.run(w.cypher.get('relationsCitingFrom'), { src, token })) {
      const r = toRelationRecord(row);
      if (!r.evidence.some((e) => e.reportId === reportId)) continue;
      const key = String(row.key);
      const record = {
        from: src,
        type: r.type,
        to: idOf.get(Number(row.dstNode)) ?? '',
        evidence: evidenceWithout(r.evidence, reportId),
        claims: claimsWithout(r.claims, reportId),
      };
      if (record.evidence.length === 0) gone.push(key);
      else kept.push({ key, record });
    }
    if (gone.length > 0) await w.run(w.cypher.get('deleteRelationsFrom'), { src, keys: gone });
    if (kept.length > 0) {
      await w.run(w.cypher.get('replaceRelationsFrom'), {
        src,
        keys: kept.map((k) => k.key),
        supports: kept.map((k) => encodeSupport(k.record.evidence, k.record.claims)),
      });
    }
  }
}

/** Entities no other report mentions disappear; the others keep only the aliases other reports use. */
async function releaseEntities(w: WriteContext, entities: Row[], others: Row[]): Promise<void> {
  const remaining = new Map<number, Set<string>>();
  for (const row of others) {
    const set = remaining.get(Number(row.node)) ?? new Set<string>();
    for (const alias of (row.aliases as string[] | null) ?? []) set.add(alias);
    remaining.set(Number(row.node), set);
  }
  const orphans: EntityId[] = [];
  const changed: Row[] = [];
  for (const row of entities) {
    const e = toEntity(row);
    const used = remaining.get(Number(row.node));
    if (!used) orphans.push(e.id);
    else {
      const aliases = e.aliases.filter((a) => used.has(a));
      if (aliases.length !== e.aliases.length) changed.push({ id: e.id, aliases });
    }
  }
  if (orphans.length > 0) await w.run(w.cypher.get('deleteEntities'), { ids: orphans });
  if (changed.length > 0) await w.run(w.cypher.get('setAliases'), { rows: changed });
}
