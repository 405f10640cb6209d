// The GraphStore port on LadybugDB (embedded, file-backed; the default store): a thin adapter, as the engine's own
// bindings are. The layout is described in cypher/embedded/schema.cypher; every statement lives in cypher/embedded/.
// Writes (writes.ts) run in one write transaction each: they read what the store holds, merge with the pure functions
// of src/graph/resolve.ts, and write. Reads run in a read session over the read cache (reads.ts), as the queries of
// entity-reads.ts, relation-reads.ts and report-reads.ts.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../errors.ts';
import { FAULT_HOOK } from '../fault.ts';
import type { FaultHook } from '../fault.ts';
import type { EntityId, EntityKind, ExtractedReport } from '../../ontology/model.ts';
import { resolveReport } from '../resolve.ts';
import { MAX_PATH_HOPS } from '../store.ts';
import type {
  EntityFilter,
  GraphStats,
  GraphStore,
  NeighborhoodOptions,
  Page,
  PageArgs,
  RelationDetail,
  RelationFilter,
  ReportFilter,
  StoredEntity,
  StoredMention,
  StoredRelation,
  StoredReport,
  Subgraph,
  UpsertResult,
} from '../store.ts';
import { EmbeddedDb } from './db.ts';
import type { Run } from './db.ts';
import { findEntities, mentionsOf, searchEntities } from './entity-reads.ts';
import type { RelationRecord } from './records.ts';
import { ReadCache } from './read-cache.ts';
import { NameIndex } from './name-index.ts';
import { currentLinks, entitiesById, nameIndex, storedEntitiesById, topology, type ReadSession } from './reads.ts';
import { Topology } from './topology.ts';
import { neighborhood, relationsOf, relationsOfMany, shortestPath } from './relation-reads.ts';
import { entitiesOfReport, getReport, reports, stats } from './report-reads.ts';
import { Statements } from './statements.ts';
import { addReport, removeReport } from './writes.ts';

export const DATABASE_FILE = 'graph.lbug';

/** Opens (creating if needed) the embedded store in `dataDir`. One per process: LadybugDB locks the file. */
export async function openEmbeddedStore(dataDir: string): Promise<EmbeddedStore> {
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new UserError(`cannot create the data directory ${dataDir}: ${(error as Error).message}`);
  }
  const db = await EmbeddedDb.open(join(dataDir, DATABASE_FILE));
  const statements = Statements.load();
  for (const name of statements.byFile.get('schema.cypher') ?? []) await db.exec(statements.get(name));
  return new EmbeddedStore(db, statements);
}

export class EmbeddedStore implements GraphStore {
  [FAULT_HOOK]?: FaultHook = undefined;

  constructor(
    readonly db: EmbeddedDb,
    readonly cypher: Statements,
    /** What this store has read, kept exact by its writes (read-cache.ts). */
    readonly cache: ReadCache = new ReadCache(),
    /** Names and aliases for partial-name search, kept exact by its writes (name-index.ts). */
    readonly names: NameIndex = new NameIndex(),
    /** Every relation in memory, for searches and relation reads, kept exact by its writes (topology.ts). */
    readonly topology: Topology = new Topology(),
  ) {}

  /** Each relation record as the port returns it, for as long as the record lives (reads.ts, hydrate). */
  private readonly hydrated = new WeakMap<RelationRecord, StoredRelation>();

  /** `work` in one read session, over this store's statements and read cache. */
  private readonly read: ReadSession = (work) =>
    this.db.readSession((run) =>
      work({
        run,
        cypher: this.cypher,
        cache: this.cache,
        hydrated: this.hydrated,
        names: this.names,
        topology: this.topology,
      }),
    );

  /** `work` in one write transaction; then the read cache forgets what it may have changed (even when it failed:
   * forgetting too much costs only a read). `changed` may be filled in by `work`. */
  private async write<T>(
    changed: { entities?: EntityId[]; reports?: string[] },
    work: (run: Run) => Promise<T>,
  ): Promise<T> {
    let result: T;
    try {
      result = await this.db.transaction(work);
    } finally {
      this.cache.forget(changed);
    }
    const touched = changed.entities ?? [];
    if (this.names.active && touched.length > 0) {
      const found = await this.read((r) => storedEntitiesById(r, touched));
      this.names.refresh(touched, [...found.values()]);
    }
    if (this.topology.active && touched.length > 0) {
      this.topology.refresh(await this.read((r) => currentLinks(r, touched)));
      // A read between the commit and this refresh may have cached what the topology still said before it.
      this.cache.forget({ entities: touched });
    }
    return result;
  }

  async upsertReport(input: ExtractedReport): Promise<UpsertResult> {
    const resolved = resolveReport(input);
    return this.write({ entities: resolved.entities.map((e) => e.id) }, (run) =>
      addReport({ run, cypher: this.cypher, faults: this }, resolved),
    );
  }

  async deleteReport(reportId: string): Promise<boolean> {
    const changed = { entities: [] as EntityId[], reports: [reportId] };
    return this.write(changed, (run) => removeReport({ run, cypher: this.cypher, faults: this }, reportId, changed));
  }

  async getEntity(id: EntityId): Promise<StoredEntity | undefined> {
    return (await this.getEntities([id]))[0];
  }

  async getEntities(ids: readonly EntityId[]): Promise<StoredEntity[]> {
    if (ids.length === 0) return [];
    const found = await this.read((r) => entitiesById(r, ids));
    return ids.flatMap((id) => found.get(id) ?? []);
  }

  async findEntities(filter: EntityFilter, page?: PageArgs): Promise<Page<StoredEntity>> {
    return findEntities(this.read, filter, page);
  }

  async searchEntities(text: string, options: { kinds?: EntityKind[]; limit?: number } = {}): Promise<StoredEntity[]> {
    return searchEntities(this.read, text, options);
  }

  async mentionsOf(ids: readonly EntityId[]): Promise<Map<EntityId, StoredMention[]>> {
    return mentionsOf(this.read, ids);
  }

  async relationsOf(
    id: EntityId,
    filter: RelationFilter = {},
    page?: PageArgs,
    detail: RelationDetail = {},
  ): Promise<Page<StoredRelation>> {
    return relationsOf(this.read, id, filter, page, detail);
  }

  async relationsOfMany(
    ids: readonly EntityId[],
    filter: RelationFilter = {},
  ): Promise<Map<EntityId, StoredRelation[]>> {
    return relationsOfMany(this.read, ids, filter);
  }

  async shortestPath(from: EntityId, to: EntityId, maxHops: number = MAX_PATH_HOPS): Promise<Subgraph | undefined> {
    return shortestPath(this.read, from, to, maxHops);
  }

  async neighborhood(id: EntityId, options: NeighborhoodOptions = {}): Promise<Subgraph> {
    return neighborhood(this.read, id, options);
  }

  async getReport(id: string): Promise<StoredReport | undefined> {
    return getReport(this.read, id);
  }

  async reports(page?: PageArgs, filter?: ReportFilter): Promise<Page<StoredReport>> {
    return reports(this.read, page, filter);
  }

  async entitiesOfReport(reportId: string): Promise<StoredEntity[]> {
    return entitiesOfReport(this.read, reportId);
  }

  async prepareForServing(): Promise<void> {
    await this.read(nameIndex);
    await this.read(topology);
  }

  async stats(): Promise<GraphStats> {
    return stats(this.read);
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
