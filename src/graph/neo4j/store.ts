// The GraphStore port on Neo4j 5 (neo4j-driver). Every statement comes from cypher/neo4j/ (see statements.ts); the
// graph's layout is described in graph-model.ts. Upserts and deletes run in one write transaction each; reads in read
// transactions, so routing drivers (neo4j+s://, clusters, Aura) send them to the right members.
import neo4j, { Neo4jError } from 'neo4j-driver';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { UserError } from '../../errors.ts';
import { FAULT_HOOK, faultPoint } from '../fault.ts';
import { checkDeadline, DeadlineExceeded, remainingMs } from '../deadline.ts';
import type { FaultHook } from '../fault.ts';
import { ENTITY_KINDS, RELATION_PROPERTY_NAMES, RELATION_TYPES } from '../../ontology/model.ts';
import type { EntityId, EntityKind, ExtractedReport, RelationType } from '../../ontology/model.ts';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS } from '../store.ts';
import type {
  Direction,
  EntityFilter,
  GraphStats,
  GraphStore,
  NeighborhoodOptions,
  Neo4jConnection,
  Page,
  PageArgs,
  RelationFilter,
  ReportFilter,
  StoredEntity,
  StoredMention,
  StoredRelation,
  StoredReport,
  Subgraph,
  UpsertResult,
} from '../store.ts';
import { toPage, wholeNumber } from '../paging.ts';
import { pageQuery, toEntity, toMentions, toRelation, toReport } from './records.ts';
import { reportRows } from './report-rows.ts';
import { runStatement } from './run.ts';
import type { Row } from './run.ts';
import { CypherStatements } from './statements.ts';
import type { TemplateVars } from './statements.ts';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  /** The database to use; the server's default database when absent. */
  database?: string;
}

const DEFAULT_NEIGHBORHOOD_LIMIT = 100;
const DEFAULT_SEARCH_LIMIT = 20;
/** Full-text candidates fetched per search result wanted, before the exact/partial ranking. */
const SEARCH_CANDIDATES_PER_RESULT = 10;
const MIN_SEARCH_CANDIDATES = 200;
const SCHEMA_STATEMENTS = [
  'entityIdUnique',
  'reportIdUnique',
  'entityKindIndex',
  'entityNameIndex',
  'entityNameTextIndex',
  'entitySearchTextIndex',
  'entitySearchIndex',
  'awaitIndexes',
];
/** Strings the cjk analyzer turns into bigrams: two or more Han characters and nothing else. */
const HAN_PHRASE = /^\p{Script=Han}{2,}$/u;

type Tx = (name: string, params?: Row, vars?: TemplateVars) => Promise<Row[]>;

export async function openNeo4jStore(config: Neo4jConfig): Promise<GraphStore> {
  for (const key of ['uri', 'user', 'password'] as const) {
    if (!config[key]) throw new UserError(`Neo4j store: ${key} is not set (NEO4J_${key.toUpperCase()})`);
  }
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      disableLosslessIntegers: true,
      userAgent: 'park-graph',
    });
  } catch (error) {
    throw new UserError(`Neo4j URI "${config.uri}": ${(error as Error).message}`);
  }
  try {
    await driver.verifyConnectivity(config.database ? { database: config.database } : {});
    const store = new Neo4jStore(driver, CypherStatements.load(), config);
    await store.ensureSchema();
    return store;
  } catch (error) {
    await driver.close();
    throw asUserError(error, config.uri);
  }
}

/** Connection and authentication problems are the user's to fix: one clear message, no stack trace. */
function asUserError(error: unknown, uri: string): unknown {
  if (error instanceof UserError) return error;
  if (
    error instanceof Neo4jError &&
    (['ServiceUnavailable', 'SessionExpired'].includes(error.code) ||
      error.code.startsWith('Neo.ClientError.Security.'))
  ) {
    return new UserError(`Neo4j at ${uri}: ${error.message}`);
  }
  return error;
}

function listOf<T extends string>(values: readonly T[] | undefined, allowed: readonly T[], what: string): T[] | null {
  if (!values || values.length === 0) return null;
  const unknown = values.filter((v) => !allowed.includes(v));
  if (unknown.length)
    throw new UserError(`Unknown ${what} ${unknown.join(', ')}; expected one of ${allowed.join(', ')}`);
  return [...values];
}

function relationParams(filter: RelationFilter = {}): { types: RelationType[]; direction: Direction } {
  const direction = filter.direction ?? 'BOTH';
  if (!['OUT', 'IN', 'BOTH'].includes(direction)) throw new UserError(`Unknown direction ${direction}`);
  return { types: listOf(filter.types, RELATION_TYPES, 'relation type') ?? [...RELATION_TYPES], direction };
}

/** Lucene phrase query for `text`: quotes and backslashes escaped, everything else literal inside the phrase. */
function phraseQuery(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

class Neo4jStore implements GraphStore {
  /** Atomicity tests throw from here between the writes of one transaction (see fault.ts). */
  [FAULT_HOOK]: FaultHook | undefined = undefined;

  constructor(
    private readonly driver: Driver,
    private readonly statements: CypherStatements,
    private readonly config: Neo4jConfig,
  ) {}

  /** The connection, for the @neo4j/graphql API beside this store; the store still closes it. */
  get neo4j(): Neo4jConnection {
    return { driver: this.driver, ...(this.config.database ? { database: this.config.database } : {}) };
  }

  async ensureSchema(): Promise<void> {
    for (const name of SCHEMA_STATEMENTS) await this.write((run) => run(name));
    // Entities written before the store kept degrees (cypher/neo4j/degree.cypher) get theirs once.
    await this.write((run) => run('backfillDegrees'));
  }

  private async transaction<T>(mode: 'READ' | 'WRITE', work: (run: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
      ...(this.config.database ? { database: this.config.database } : {}),
    });
    // A request's deadline (src/graph/deadline.ts): a read is cut there by Neo4j's transaction timeout; a write
    // checks it before it begins and before it commits (throwing in the unit rolls it back).
    checkDeadline();
    const left = remainingMs();
    const unit = async (tx: ManagedTransaction) => {
      const result = await work((name, params, vars) => runStatement(tx, this.statements, name, params, vars));
      if (mode === 'WRITE')
        checkDeadline('The request ran out of time before its write committed; it was rolled back.');
      return result;
    };
    try {
      return await (mode === 'READ'
        ? session.executeRead(unit, left === undefined ? undefined : { timeout: Math.max(1, Math.ceil(left)) })
        : session.executeWrite(unit));
    } catch (error) {
      const after = remainingMs();
      if (mode === 'READ' && after !== undefined && after <= 0) throw new DeadlineExceeded();
      throw asUserError(error, this.config.uri);
    } finally {
      await session.close();
    }
  }

  private read<T>(work: (run: Tx) => Promise<T>): Promise<T> {
    return this.transaction('READ', work);
  }

  private write<T>(work: (run: Tx) => Promise<T>): Promise<T> {
    return this.transaction('WRITE', work);
  }

  async upsertReport(report: ExtractedReport): Promise<UpsertResult> {
    const rows = reportRows(report);
    const reportId = rows.report.id;
    const unchanged: UpsertResult = { reportId, status: 'unchanged', entitiesAdded: 0, relationsAdded: 0 };
    try {
      return await this.write(async (run) => {
        if ((await run('createReport', { report: rows.report })).length === 0) return unchanged;
        faultPoint(this, 'report');
        let entitiesAdded = 0;
        for (const [kind, entities] of rows.entities) {
          const [added] = await run('upsertEntities', { reportId, rows: entities }, { kindLabel: kind });
          entitiesAdded += Number(added?.added ?? 0);
          faultPoint(this, `entities:${kind}`);
        }
        let relationsAdded = 0;
        for (const [type, relations] of rows.relations) {
          const [added] = await run('upsertRelations', { reportId, rows: relations }, { relationType: type });
          relationsAdded += Number(added?.added ?? 0);
          faultPoint(this, `relations:${type}`);
        }
        for (const claim of rows.claims) {
          const vars = { relationType: claim.type, relationProperty: claim.property };
          await run('claimRelationProperty', { reportId, rows: claim.rows }, vars);
          faultPoint(this, `claims:${claim.type}.${claim.property}`);
        }
        const ids = [...rows.entities.values()].flatMap((entities) => entities.map((e) => e.id));
        await run('refreshDegrees', { ids });
        return { reportId, status: 'added', entitiesAdded, relationsAdded };
      });
    } catch (error) {
      // Another writer stored the same report first: the unique constraint on Report.id refused our copy.
      const lostRace =
        error instanceof Neo4jError &&
        error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' &&
        (await this.getReport(reportId)) !== undefined;
      if (lostRace) return unchanged;
      throw error;
    }
  }

  async deleteReport(reportId: string): Promise<boolean> {
    return this.write(async (run) => {
      for (const property of RELATION_PROPERTY_NAMES) {
        await run('releaseClaims', { reportId }, { relationProperty: property });
        faultPoint(this, `delete:claims:${property}`);
      }
      await run('releaseEvidence', { reportId });
      faultPoint(this, 'delete:evidence');
      const [deleted] = await run('deleteReport', { reportId });
      if (!deleted) return false;
      faultPoint(this, 'delete:report');
      await run('refreshEntities', { ids: deleted.entityIds });
      faultPoint(this, 'delete:entities');
      await run('refreshDegrees', { ids: deleted.entityIds });
      return true;
    });
  }

  async getEntity(id: EntityId): Promise<StoredEntity | undefined> {
    return (await this.getEntities([id]))[0];
  }

  async getEntities(ids: readonly EntityId[]): Promise<StoredEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.read((run) => run('getEntities', { ids: [...new Set(ids)] }));
    const byId = new Map(rows.map((row) => [String((row.entity as Row).id), toEntity(row.entity)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findEntities(filter: EntityFilter, page?: PageArgs): Promise<Page<StoredEntity>> {
    const { size, params } = pageQuery(page);
    const filterParams = {
      kinds: listOf(filter.kinds, ENTITY_KINDS, 'entity kind'),
      nameContains: filter.nameContains || null,
      inRegion: filter.inRegion ?? null,
      industry: filter.industry ?? null,
    };
    // A partial name alone starts from the text index over names and aliases.
    const byName = filterParams.nameContains !== null && !filterParams.inRegion && !filterParams.industry;
    return this.read(async (run) => {
      // Statements named literally: the Cypher lint checks every name the store runs.
      const rows = byName
        ? await run('findEntitiesByName', { ...filterParams, ...params })
        : await run('findEntities', { ...filterParams, ...params });
      const [counted] = byName
        ? await run('countEntitiesByName', filterParams)
        : await run('countEntities', filterParams);
      const items = rows.map((row) => toEntity(row.entity));
      return toPage(items, (e) => e.id, size, Number(counted?.total ?? 0));
    });
  }

  async searchEntities(text: string, options: { kinds?: EntityKind[]; limit?: number } = {}): Promise<StoredEntity[]> {
    const limit = wholeNumber(options.limit ?? DEFAULT_SEARCH_LIMIT, 'limit');
    if (text === '' || limit === 0) return [];
    const kinds = listOf(options.kinds, ENTITY_KINDS, 'entity kind');
    const rows = await this.read(async (run) => {
      if (!HAN_PHRASE.test(text)) return run('searchContains', { text, kinds, limit: neo4j.int(limit) });
      const exact = await run('searchExactName', { text, kinds });
      const candidates = neo4j.int(Math.max(limit * SEARCH_CANDIDATES_PER_RESULT, MIN_SEARCH_CANDIDATES));
      const query = phraseQuery(text);
      return [...exact, ...(await run('searchFullText', { query, text, kinds, candidates, limit: neo4j.int(limit) }))];
    });
    const found = new Map<string, StoredEntity>();
    for (const row of rows) {
      const entity = toEntity(row.entity);
      if (!found.has(entity.id)) found.set(entity.id, entity);
    }
    return [...found.values()].slice(0, limit);
  }

  async mentionsOf(ids: readonly EntityId[]): Promise<Map<EntityId, StoredMention[]>> {
    const mentions = new Map<EntityId, StoredMention[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return mentions;
    const rows = await this.read((run) => run('mentionsOf', { ids: [...new Set(ids)] }));
    for (const row of rows) mentions.get(String(row.id))?.push(...toMentions(row));
    return mentions;
  }

  async relationsOf(id: EntityId, filter?: RelationFilter, page?: PageArgs): Promise<Page<StoredRelation>> {
    const { size, params } = pageQuery(page);
    const filterParams = { id, ...relationParams(filter) };
    return this.read(async (run) => {
      const rows = await run('relationsOf', { ...filterParams, ...params });
      const [count] = await run('countRelationsOf', filterParams);
      const items = rows.map((row) => toRelation(row.relation));
      return toPage(items, (r) => r.id, size, Number(count?.total ?? 0));
    });
  }

  async relationsOfMany(ids: readonly EntityId[], filter?: RelationFilter): Promise<Map<EntityId, StoredRelation[]>> {
    const relations = new Map<EntityId, StoredRelation[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return relations;
    const params = { ids: [...new Set(ids)], ...relationParams(filter) };
    const rows = await this.read((run) => run('relationsOfMany', params));
    for (const row of rows) relations.set(String(row.id), (row.relations as unknown[]).map(toRelation));
    return relations;
  }

  async shortestPath(from: EntityId, to: EntityId, maxHops: number = MAX_PATH_HOPS): Promise<Subgraph | undefined> {
    const hops = Math.min(wholeNumber(maxHops, 'maxHops'), MAX_PATH_HOPS);
    if (from === to) {
      const entity = await this.getEntity(from);
      return entity ? { nodes: [entity], edges: [] } : undefined;
    }
    if (hops === 0) return undefined;
    const [path] = await this.read((run) => run('shortestPath', { from, to }, { maxHops: hops }));
    if (!path) return undefined;
    return { nodes: (path.nodes as unknown[]).map(toEntity), edges: (path.edges as unknown[]).map(toRelation) };
  }

  async neighborhood(id: EntityId, options: NeighborhoodOptions = {}): Promise<Subgraph> {
    const depth = Math.min(wholeNumber(options.depth ?? 1, 'depth'), MAX_NEIGHBORHOOD_DEPTH);
    const limit = wholeNumber(options.limit ?? DEFAULT_NEIGHBORHOOD_LIMIT, 'limit');
    const { types } = relationParams({ types: options.types });
    return this.read(async (run) => {
      const [start] = await run('getEntities', { ids: [id] });
      if (!start || limit === 0) return { nodes: [], edges: [] };
      // Breadth first, one ring per statement, so the nearest entities fill the limit.
      const selected = [id];
      let ring = [id];
      for (let hop = 1; hop <= depth && ring.length > 0 && selected.length < limit; hop++) {
        const rows = await run('neighborIds', {
          ids: ring,
          types,
          exclude: selected,
          limit: neo4j.int(limit - selected.length),
        });
        ring = rows.map((row) => String(row.id));
        selected.push(...ring);
      }
      const entities = await run('getEntities', { ids: selected });
      const byId = new Map(entities.map((row) => [String((row.entity as Row).id), toEntity(row.entity)]));
      const edges = await run('edgesAmong', { ids: selected, types });
      return { nodes: selected.flatMap((n) => byId.get(n) ?? []), edges: edges.map((row) => toRelation(row.relation)) };
    });
  }

  async getReport(id: string): Promise<StoredReport | undefined> {
    const [row] = await this.read((run) => run('getReports', { ids: [id] }));
    return row ? toReport(row.report) : undefined;
  }

  async reports(page?: PageArgs, filter: ReportFilter = {}): Promise<Page<StoredReport>> {
    const { size, params } = pageQuery(page);
    const range = { from: filter.publishedFrom ?? null, to: filter.publishedTo ?? null };
    return this.read(async (run) => {
      const rows = await run('listReports', { ...params, ...range });
      const [count] = await run('countReportsPublished', range);
      return toPage(
        rows.map((row) => toReport(row.report)),
        (r) => r.id,
        size,
        Number(count?.total ?? 0),
      );
    });
  }

  async entitiesOfReport(reportId: string): Promise<StoredEntity[]> {
    const rows = await this.read((run) => run('entitiesOfReport', { id: reportId }));
    return rows.map((row) => toEntity(row.entity));
  }

  async stats(): Promise<GraphStats> {
    return this.read(async (run) => {
      const total = async (name: string, vars: TemplateVars) => Number((await run(name, {}, vars))[0]?.total ?? 0);
      const stats: GraphStats = { reports: await total('countReports', {}), entities: {}, relations: {} };
      for (const kind of ENTITY_KINDS) {
        const n = await total('countKind', { kindLabel: kind });
        if (n > 0) stats.entities[kind] = n;
      }
      for (const type of RELATION_TYPES) {
        const n = await total('countRelationType', { relationType: type });
        if (n > 0) stats.relations[type] = n;
      }
      return stats;
    });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
