// The embedded store's bulk path: a whole graph, already merged (one record per entity, per relation, per entity and
// report), streamed to CSV files and loaded with COPY FROM, far faster than report-by-report upserts. For an EMPTY
// store only (COPY cannot merge). Each table's COPY commits on its own: if one fails, start again from an empty
// data directory.
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../errors.ts';
import { ENTITY_KINDS, RELATION_TYPES } from '../../ontology/model.ts';
import { isNodeIdOf } from '../identity.ts';
import type { EntityId, EntityKind, RelationType } from '../../ontology/model.ts';
import type { EvidenceRef, PropertyClaim, ResolvedMention, ResolvedSentence } from '../resolve.ts';
import type { StoredReport } from '../store.ts';
import { encodeMentions, encodeSentences, encodeSupport } from './records.ts';
import type { EmbeddedStore } from './store.ts';

export interface BulkEntity {
  id: EntityId;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

export interface BulkReport extends StoredReport {
  sentences: ResolvedSentence[];
}

/** One entity named in one report: that report's aliases for it and where it names it. */
export interface BulkMention {
  entity: EntityId;
  report: string;
  aliases: string[];
  mentions: ResolvedMention[];
}

export interface BulkRelation {
  from: EntityId;
  type: RelationType;
  to: EntityId;
  evidence: EvidenceRef[];
  /** Which report stated which property values, oldest first; the relation shows the latest of each. */
  claims: PropertyClaim[];
}

/** Streams of merged records: each may be a generator, so a large graph never sits in memory at once. */
export interface BulkGraph {
  entities: Iterable<BulkEntity>;
  reports: Iterable<BulkReport>;
  mentions: Iterable<BulkMention>;
  relations: Iterable<BulkRelation>;
}

export interface BulkLoadResult {
  entities: number;
  reports: number;
  mentions: number;
  relations: number;
}

/** Separates list items inside one CSV field (split again by the COPY); a name may not contain it. */
const LIST_SEPARATOR = '\u001f';
/** Lines buffered before a write to the file. */
const CHUNK = 1 << 20;

/** Fields that must be quoted: quoting every field makes LadybugDB's CSV reader several times slower. */
const NEEDS_QUOTES = /[",\\\n\r]|^\s|\s$/;
const TYPES = new Set<string>(RELATION_TYPES);
const KINDS = new Set<string>(ENTITY_KINDS);

/** A record the bulk path cannot write; the line functions add which record it is. (Rows are checked without
 * building a label per row: millions of closures would cost seconds.) */
class BadRecord extends Error {}

/** A CSV field, quoted (quotes doubled) only when needed; '' is NULL. Line breaks are refused (the parallel reader
 * splits lines before it parses quotes). */
function field(value: string): string {
  if (!NEEDS_QUOTES.test(value)) return value;
  if (/[\n\r]/.test(value)) throw new BadRecord('contains a line break');
  return `"${value.replaceAll('"', '""')}"`;
}

function list(values: readonly string[]): string {
  if (values.length === 0) return '';
  for (const v of values) if (v.includes(LIST_SEPARATOR)) throw new BadRecord('contains U+001F');
  return field(values.join(LIST_SEPARATOR));
}

/** `line(row)`, with the record named in the error when it cannot be written. */
function checked<T>(line: (row: T) => string, name: (row: T) => string): (row: T) => string {
  return (row) => {
    try {
      return line(row);
    } catch (error) {
      if (error instanceof BadRecord) throw new UserError(`bulk load: ${name(row)} ${error.message}`);
      throw error;
    }
  };
}

/** Writes lines to a file in large chunks, waiting only when the disk falls behind. */
class CsvWriter {
  private readonly stream: WriteStream;
  private chunk = '';
  private rows = 0;
  constructor(path: string) {
    this.stream = createWriteStream(path);
  }

  private async flush(): Promise<void> {
    const text = this.chunk;
    this.chunk = '';
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  /** Fills the file from `rows` and closes it; on a bad row, closes the file before the error goes on. */
  async fill<T>(rows: Iterable<T>, line: (row: T) => string): Promise<number> {
    try {
      for (const row of rows) {
        this.chunk += line(row) + '\n';
        this.rows++;
        if (this.chunk.length > CHUNK) await this.flush();
      }
      if (this.chunk.length > 0) await this.flush();
      this.stream.end();
      await once(this.stream, 'finish');
      return this.rows;
    } catch (error) {
      if (!this.stream.closed) await once(this.stream.destroy(), 'close');
      throw error;
    }
  }
}

const entityLine = checked(
  (e: BulkEntity) => {
    if (!KINDS.has(e.kind)) throw new BadRecord(`has kind ${e.kind}`);
    if (!isNodeIdOf(e.id, e.kind, e.name)) throw new BadRecord('is not its kind and name');
    return `${field(e.id)},${e.kind},${field(e.name)},${list(e.aliases)}`;
  },
  (e) => `entity ${JSON.stringify(e.id)}`,
);

const mentionLine = checked(
  (m: BulkMention) => `${field(m.entity)},${m.report},${list(m.aliases)},${encodeMentions(m.mentions)}`,
  (m) => `the mention of ${JSON.stringify(m.entity)} in ${m.report}`,
);

const relationLine = checked(
  (r: BulkRelation) => {
    if (!TYPES.has(r.type)) throw new BadRecord('has an unknown type');
    if (r.evidence.length === 0) throw new BadRecord('has no evidence');
    return `${field(r.from)},${field(r.to)},${r.type},${encodeSupport(r.evidence, r.claims)}`;
  },
  (r) => `relation ${r.from}|${r.type}|${r.to}`,
);

const optional = (value: string | undefined) => (value === undefined ? '' : field(value));
const reportLine = checked(
  (r: BulkReport) =>
    `${r.id},${field(r.name)},${optional(r.title)},${optional(r.publishedAt)},${optional(r.source)},` +
    `${list(r.authors)},${r.entityCount},${r.relationCount},${encodeSentences(r.sentences)}`,
  (r) => `report ${r.id}`,
);

/** Loads `graph` into an empty embedded store, table by table: entities, relations, reports, mentions. */
export interface BulkLoadOptions {
  /** Where the CSV files go while loading (default: the system's temporary directory). */
  workDir?: string;
  /** Told when each step ends, with its duration: for benchmarks. Steps overlap (files are written during COPYs). */
  onStep?: (step: string, ms: number) => void;
}

export async function bulkLoad(
  store: EmbeddedStore,
  graph: BulkGraph,
  options: BulkLoadOptions = {},
): Promise<BulkLoadResult> {
  const timed = async <T>(step: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    options.onStep?.(step, performance.now() - started);
    return result;
  };
  const stats = await store.stats();
  if (stats.reports > 0 || Object.keys(stats.entities).length > 0) {
    throw new UserError('bulk load: the store is not empty (the bulk path only fills an empty store)');
  }
  const dir = mkdtempSync(join(options.workDir ?? tmpdir(), 'kg-bulk-'));
  const { cypher } = store;
  let entitiesCopied: Promise<void> | undefined;
  let relationsCopied: Promise<void> | undefined;
  const copy = (statement: string, file: string) =>
    timed(statement, async () => {
      try {
        await store.db.exec(cypher.withFile(statement, file));
      } catch (error) {
        throw new UserError(`bulk load: ${statement} failed: ${(error as Error).message}`);
      }
    });
  try {
    // Files are written here while LadybugDB copies the previous one on its own threads.
    const file = (name: string) => join(dir, name);
    const entities = await timed('write entities.csv', () =>
      new CsvWriter(file('entities.csv')).fill(graph.entities, entityLine),
    );
    entitiesCopied = copy('copyEntities', file('entities.csv'));
    entitiesCopied.catch(() => undefined); // awaited below; until then a failure must not go unhandled
    const relations = await timed('write relations.csv', () =>
      new CsvWriter(file('relations.csv')).fill(graph.relations, relationLine),
    );
    await entitiesCopied;
    relationsCopied = copy('copyRelations', file('relations.csv'));
    relationsCopied.catch(() => undefined);
    const reports = await timed('write reports.csv', () =>
      new CsvWriter(file('reports.csv')).fill(graph.reports, reportLine),
    );
    const mentions = await timed('write mentions.csv', () =>
      new CsvWriter(file('mentions.csv')).fill(graph.mentions, mentionLine),
    );
    await relationsCopied;
    await copy('copyReports', file('reports.csv'));
    await copy('copyMentions', file('mentions.csv'));
    return { entities, reports, mentions, relations };
  } finally {
    // Never remove a file a COPY still reads.
    await Promise.all([entitiesCopied?.catch(() => undefined), relationsCopied?.catch(() => undefined)]);
    store.cache.clear(); // COPY wrote past the store's own writes
    store.names.reset();
    store.topology.reset();
    rmSync(dir, { recursive: true, force: true });
  }
}
