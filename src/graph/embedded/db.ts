// One LadybugDB database per process: a writer connection whose transactions run one at a time, and reader
// connections that see the last committed state while a write is under way. Statements are prepared once per
// connection and always run with parameters.
import lbug from '@ladybugdb/core';
import type { Connection, LbugValue, PreparedStatement, QueryResult } from '@ladybugdb/core';
import { UserError } from '../../errors.ts';
import { checkDeadline, DeadlineExceeded, remainingMs } from '../deadline.ts';

export type Row = Record<string, LbugValue>;
export type Params = Record<string, LbugValue>;
export type Run = (statement: string, params?: Params) => Promise<Row[]>;

const READERS = 2;

/**
 * WAL settings, both for crash safety in @ladybugdb/core 0.19.1 (checked with a SIGKILL test, crash.test.ts):
 * - checksums off: with them on, any WAL record over ~4 KB (one report's sentences, a batch of entities) is written
 *   corrupt (LadybugDB issue #771, fixed after 0.19.1), so every transaction since the last checkpoint is lost
 *   after a crash. Without them those records replay intact.
 * - no throw on replay failure: a process killed while writing leaves a torn record at the WAL's end; replay then
 *   stops there and drops that uncommitted transaction instead of refusing to open the store (issue #714).
 */
const ENABLE_WAL_CHECKSUMS = false;
const THROW_ON_WAL_REPLAY_FAILURE = false;

/** A reader's statement outside any request deadline may take this long (LadybugDB wants a positive timeout). */
const NO_DEADLINE_MS = 2 ** 31 - 1;

/** Runs tasks one after another: a LadybugDB connection serves one query at a time. */
class Lane {
  private tail: Promise<unknown> = Promise.resolve();
  readonly prepared = new Map<string, PreparedStatement>();
  /** The query timeout last set on a reader's connection. */
  timeoutMs = 0;
  constructor(
    readonly connection: Connection,
    /** Readers cut a statement at the request's deadline; the writer checks it between statements instead. */
    readonly cutAtDeadline: boolean,
  ) {}

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export class EmbeddedDb {
  private readonly writer: Lane;
  private readonly readers: Lane[];
  private nextReader = 0;

  private constructor(
    readonly path: string,
    private readonly database: lbug.Database,
  ) {
    this.writer = new Lane(new lbug.Connection(database), false);
    this.readers = Array.from({ length: READERS }, () => new Lane(new lbug.Connection(database), true));
  }

  static async open(path: string): Promise<EmbeddedDb> {
    const database = new lbug.Database(
      path,
      0, // buffer pool: LadybugDB's default
      true, // compression
      false, // read-only
      0, // max size: default
      true, // auto-checkpoint
      -1, // checkpoint threshold: default
      THROW_ON_WAL_REPLAY_FAILURE,
      ENABLE_WAL_CHECKSUMS,
    );
    try {
      await database.init();
    } catch (error) {
      await database.close().catch(() => undefined);
      throw openError(path, error);
    }
    return new EmbeddedDb(path, database);
  }

  /** A read-only statement on the next reader connection. */
  read(statement: string, params: Params = {}): Promise<Row[]> {
    const lane = this.readers[this.nextReader++ % this.readers.length]!;
    return lane.run(() => execute(lane, statement, params));
  }

  /**
   * Several reads on one connection, in order (for reads that build on each other). The connection is taken when
   * `work` first runs a statement: reads answered from memory neither wait for a connection nor hold one.
   */
  async readSession<T>(work: (run: Run) => Promise<T>): Promise<T> {
    let session: Promise<{ lane: Lane; release: () => void }> | undefined;
    const run: Run = async (statement, params = {}) => {
      session ??= new Promise((taken) => {
        const lane = this.readers[this.nextReader++ % this.readers.length]!;
        void lane.run(() => new Promise<void>((release) => taken({ lane, release })));
      });
      const { lane } = await session;
      return execute(lane, statement, params);
    };
    try {
      return await work(run);
    } finally {
      if (session) (await session).release();
    }
  }

  /**
   * `work` in one write transaction: committed when it returns, rolled back when it throws. A request's deadline
   * (src/graph/deadline.ts) that passes before the commit rolls it back: a write answered TIMEOUT is never kept.
   */
  transaction<T>(work: (run: Run) => Promise<T>): Promise<T> {
    const lane = this.writer;
    return lane.run(async () => {
      checkDeadline('The request ran out of time before its write began; nothing was written.');
      await query(lane.connection, 'BEGIN TRANSACTION');
      let result: T;
      try {
        result = await work((statement, params = {}) => execute(lane, statement, params));
        checkDeadline('The request ran out of time before its write committed; it was rolled back.');
      } catch (error) {
        // A statement that fails may already have ended the transaction; the first error is the one to report.
        await query(lane.connection, 'ROLLBACK').catch(() => undefined);
        throw error;
      }
      await query(lane.connection, 'COMMIT');
      return result;
    });
  }

  /** A statement outside any explicit transaction, on the writer (DDL, COPY FROM). */
  exec(statement: string, params: Params = {}): Promise<Row[]> {
    return this.writer.run(() => execute(this.writer, statement, params));
  }

  async close(): Promise<void> {
    for (const lane of [this.writer, ...this.readers]) await lane.run(() => lane.connection.close());
    await this.database.close();
  }
}

async function execute(lane: Lane, statement: string, params: Params): Promise<Row[]> {
  let prepared = lane.prepared.get(statement);
  if (!prepared) {
    prepared = await lane.connection.prepare(statement);
    if (!prepared.isSuccess()) throw new Error(`${prepared.getErrorMessage()}\n${statement}`);
    lane.prepared.set(statement, prepared);
  }
  const left = remainingMs();
  if (left !== undefined && left <= 0) throw new DeadlineExceeded();
  if (lane.cutAtDeadline) {
    const timeoutMs = left === undefined ? NO_DEADLINE_MS : Math.ceil(left);
    if (timeoutMs !== lane.timeoutMs) lane.connection.setQueryTimeout((lane.timeoutMs = timeoutMs));
  }
  try {
    return rowsOf(await lane.connection.execute(prepared, params));
  } catch (error) {
    // LadybugDB's "Interrupted." when the query timeout cut the statement at the deadline.
    const after = remainingMs();
    if (after !== undefined && after <= 0) throw new DeadlineExceeded();
    throw error;
  }
}

async function query(connection: Connection, statement: string): Promise<Row[]> {
  return rowsOf(await connection.query(statement));
}

async function rowsOf(result: QueryResult | QueryResult[]): Promise<Row[]> {
  const results = Array.isArray(result) ? result : [result];
  const rows: Row[] = [];
  for (const r of results) {
    // One by one: a spread of a million rows (the name index reads every entity) overflows the call stack.
    for (const row of await r.getAll()) rows.push(row);
    r.close();
  }
  return rows;
}

function openError(path: string, error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  if (/could not set lock/i.test(message)) {
    return new UserError(
      `the embedded store ${path} is in use by another process (a running server or kg command); ` +
        'stop it first, or set KG_DATA_DIR to another directory',
    );
  }
  return new UserError(`cannot open the embedded store ${path}: ${message.split('\n')[0]}`);
}
