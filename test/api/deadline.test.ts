// A mutation at its deadline is answered with what happened to its write: rolled back (TIMEOUT, nothing kept) when
// the deadline passed before it committed, its result when it had committed. The write is held at a fault point of
// the real embedded store past the deadline, or answered late after it committed.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { extractReport } from '../../src/extract/index.ts';
import { setFaultHook } from '../../src/graph/fault.ts';
import { emptyEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

const KEY = 'deadline-test-key-0123';
const TIMEOUT_MS = 2_000;
const REPORT = '滨江睢宁工业园位于睢宁县。华辰科技有限公司投资5亿元在滨江睢宁工业园建设新项目。';
const INGEST = 'mutation($text: String!) { ingestReport(text: $text) { status report { id } } }';

let temp: TempStore;
let api: RunningApi;
beforeEach(async () => {
  extractReport({ name: 'warm-up', text: REPORT }); // the extractor's dictionaries load once, not within a deadline
  temp = await emptyEmbeddedStore();
  api = await startApi({ store: temp.store, apiKey: KEY, timeoutMs: TIMEOUT_MS });
}, 60_000);
afterEach(async () => {
  await api?.stop();
  await temp?.close();
});

/** Holds the thread (the event loop too) until the request's deadline has surely passed: a slow write. */
const holdPastDeadline = () => {
  const until = Date.now() + TIMEOUT_MS + 300;
  while (Date.now() < until);
};

/** Holds the store's write at its fault point `step`, inside its transaction. */
function holdAt(step: string) {
  setFaultHook(temp.store, (at) => void (at === step && holdPastDeadline()));
}

async function reports() {
  setFaultHook(temp.store, undefined);
  return (await temp.store.stats()).reports;
}

it('rolls back a write whose deadline passed before it committed, and answers TIMEOUT', async () => {
  holdAt('relations');
  const { errors, data } = await api.gql(INGEST, { text: REPORT }, { 'x-api-key': KEY });
  expect(errors?.[0]?.extensions?.code).toBe('TIMEOUT');
  expect(errors?.[0]?.message).toMatch(/rolled back/);
  expect(data).toBeNull();
  expect(await reports()).toBe(0);
});

it('answers a write that committed with its result, even past the deadline', async () => {
  // The real store's write, committed, then answered after the deadline.
  const late = new Proxy(temp.store, {
    get: (target, property, receiver) =>
      property === 'upsertReport'
        ? async (...args: Parameters<typeof target.upsertReport>) => {
            const result = await target.upsertReport(...args);
            holdPastDeadline();
            return result;
          }
        : Reflect.get(target, property, receiver),
  });
  const lateApi = await startApi({ store: late, apiKey: KEY, timeoutMs: TIMEOUT_MS });
  try {
    const { status, errors, data } = await lateApi.gql(INGEST, { text: REPORT }, { 'x-api-key': KEY });
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data.ingestReport.status).toBe('ADDED');
    expect(data.ingestReport.report.id).toMatch(/^[0-9a-f]{16}$/);
    expect(await reports()).toBe(1);
  } finally {
    await lateApi.stop();
  }
});

it('never begins a write whose deadline passed before it could', async () => {
  holdAt('relations');
  // The first write holds the writer past the deadline; the second, sent at once, is refused before it begins.
  const [first, second] = await Promise.all([
    api.gql(INGEST, { text: REPORT }, { 'x-api-key': KEY }),
    api.gql(INGEST, { text: `${REPORT}又一篇。` }, { 'x-api-key': KEY }),
  ]);
  expect(first.errors?.[0]?.extensions?.code).toBe('TIMEOUT');
  expect(second.errors?.[0]?.extensions?.code ?? second.status).toMatch(/TIMEOUT|503/);
  expect(await reports()).toBe(0);
});
