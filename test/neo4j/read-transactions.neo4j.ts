// Routing drivers (neo4j+s:// on Aura or a cluster) send a read transaction to any member and a write to the leader:
// every read the Neo4j store does must be a read transaction. The driver the store makes is wrapped to record each
// session's access mode and each transaction function's kind; the server enforces the mode (a write sent in a READ
// session is refused), so a read that passes here can go to a follower.
import neo4j from 'neo4j-driver';
import type { Driver, Session } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { entityId } from '../../src/ontology/model.ts';
import { openNeo4jStore } from '../../src/graph/neo4j/index.ts';
import type { GraphStore } from '../../src/graph/store.ts';
import { reportA, reportB, PARK, REGION } from '../fixtures/reports.ts';
import { config, wipe } from './support.ts';

interface Use {
  mode: string;
  work: ('read' | 'write' | 'run')[];
}
const uses: Use[] = [];

const realDriver = neo4j.driver;
vi.spyOn(neo4j, 'driver').mockImplementation((...args: Parameters<typeof realDriver>) => {
  const driver = realDriver(...args);
  const session = driver.session.bind(driver);
  driver.session = ((config?: Parameters<Driver['session']>[0]) => {
    const s: Session = session(config);
    const use: Use = { mode: config?.defaultAccessMode ?? 'WRITE', work: [] };
    uses.push(use);
    const executeRead = s.executeRead.bind(s);
    const executeWrite = s.executeWrite.bind(s);
    const run = s.run.bind(s);
    s.executeRead = ((work, txConfig) => (use.work.push('read'), executeRead(work, txConfig))) as typeof s.executeRead;
    s.executeWrite = ((work, txConfig) => (
      use.work.push('write'),
      executeWrite(work, txConfig)
    )) as typeof s.executeWrite;
    s.run = ((...runArgs: Parameters<typeof run>) => (use.work.push('run'), run(...runArgs))) as typeof s.run;
    return s;
  }) as Driver['session'];
  return driver;
});

const park = entityId('Park', PARK);
const region = entityId('Region', REGION);
let store: GraphStore;

beforeAll(async () => {
  await wipe();
  store = await openNeo4jStore(config);
  await store.upsertReport(reportA);
  await store.upsertReport(reportB);
}, 120_000);
afterAll(() => store?.close());

/** What one store call did: the sessions it opened. */
async function sessionsOf(call: () => Promise<unknown>): Promise<Use[]> {
  const start = uses.length;
  await call();
  return uses.slice(start);
}

describe('the Neo4j store reads in read transactions and writes in write transactions', () => {
  it.each<[string, () => Promise<unknown>]>([
    ['getEntity', () => store.getEntity(park)],
    ['getEntities', () => store.getEntities([park, region])],
    ['findEntities', () => store.findEntities({ kinds: ['Park'] }, { first: 10 })],
    ['searchEntities (full-text)', () => store.searchEntities('经济开发')],
    ['searchEntities (one character)', () => store.searchEntities('青')],
    ['mentionsOf', () => store.mentionsOf([park])],
    ['relationsOf', () => store.relationsOf(park, {}, { first: 10 })],
    ['relationsOfMany', () => store.relationsOfMany([park, region])],
    ['shortestPath', () => store.shortestPath(park, region)],
    ['neighborhood', () => store.neighborhood(park, { depth: 2 })],
    ['getReport', () => store.getReport(reportA.doc.id)],
    ['reports', () => store.reports({ first: 10 })],
    ['stats', () => store.stats()],
  ])('%s: READ sessions, executeRead only', async (_name, call) => {
    const sessions = await sessionsOf(call);
    expect(sessions.length).toBeGreaterThan(0);
    for (const s of sessions) {
      expect(s.mode).toBe(neo4j.session.READ);
      expect(s.work.every((w) => w === 'read')).toBe(true);
    }
  });

  it('upserts and deletes in WRITE sessions with executeWrite', async () => {
    const sessions = [
      ...(await sessionsOf(() => store.deleteReport(reportB.doc.id))),
      ...(await sessionsOf(() => store.upsertReport(reportB))),
    ];
    const writes = sessions.filter((s) => s.work.includes('write'));
    expect(writes.length).toBeGreaterThanOrEqual(2);
    for (const s of writes) expect(s.mode).toBe(neo4j.session.WRITE);
  });

  it('the server holds a READ session to it: a write there is refused', async () => {
    const driver = realDriver(config.uri, neo4j.auth.basic(config.user, config.password));
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await expect(session.executeRead((tx) => tx.run('CREATE (:Scratch)'))).rejects.toThrow(/read/i);
    } finally {
      await session.close();
      await driver.close();
    }
  });
});
