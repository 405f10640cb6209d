// What an operator sees and sets: CORS for browser apps on other origins, one JSON log line per request, an
// abandoned upload logged as one line, and /health failing when a check of the store fails.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LogEntry } from '../../src/api/request-log.ts';
import { parseCorsOrigins } from '../../src/api/cors.ts';
import { seededEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

let temp: TempStore;
let api: RunningApi;
const log: LogEntry[] = [];
const APP = 'https://app.example.org';

beforeAll(async () => {
  temp = await seededEmbeddedStore();
  api = await startApi({
    store: temp.store,
    corsOrigins: parseCorsOrigins(` ${APP}/ , http://localhost:5173`),
    log: (entry) => log.push(entry),
  });
}, 120_000);
afterAll(async () => {
  await api?.stop();
  await temp?.close();
});

const until = async (found: () => boolean) => {
  for (let i = 0; i < 100 && !found(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
};

describe('CORS (KG_CORS_ORIGINS)', () => {
  it('answers the preflight of a listed origin', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(APP);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-api-key');
  });

  it('lets a listed origin read answers, and gives another origin no CORS headers', async () => {
    const post = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { reports } }' }),
      });
    const listed = await post(APP);
    expect(listed.headers.get('access-control-allow-origin')).toBe(APP);
    expect(listed.headers.get('vary')).toContain('Origin');
    expect(await listed.json()).toEqual({ data: { stats: { reports: 5 } } });
    const other = await post('https://elsewhere.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the request log', () => {
  it('has one JSON entry per request: method, path, status, duration and the GraphQL operation', async () => {
    await api.gql('query ParkCount { parks { totalCount } }');
    await fetch(`${api.url}/nothing`);
    await until(() => log.some((e) => e.path === '/nothing'));
    const graphql = log.find((e) => e.event === 'request' && e.operation === 'ParkCount');
    expect(graphql).toMatchObject({ method: 'POST', path: '/graphql', status: 200, client: '127.0.0.1' });
    expect(typeof graphql!.durationMs).toBe('number');
    expect(log.find((e) => e.path === '/nothing')).toMatchObject({ event: 'request', method: 'GET', status: 404 });
  });

  it('logs an upload the client abandoned as one line, with no stack trace on stderr', async () => {
    const errors = vi.spyOn(console, 'error');
    try {
      const socket = connect(Number(new URL(api.url).port), '127.0.0.1');
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(
        'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100000\r\n\r\n{"query":',
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      socket.destroy();
      await until(() => log.some((e) => e.event === 'upload_aborted'));
      const aborted = log.filter((e) => e.event === 'upload_aborted');
      expect(aborted).toHaveLength(1);
      expect(aborted[0]).toMatchObject({ method: 'POST', path: '/graphql', bytes: 9 });
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
  });
});

it('/health answers 503 with the reason when a check of the store fails', async () => {
  let gone = false;
  const checked = await startApi({
    store: temp.store,
    healthChecks: [
      () => {
        if (gone) throw new Error('the data directory /srv/kg is gone');
      },
    ],
  });
  try {
    expect((await fetch(`${checked.url}/health`)).status).toBe(200);
    gone = true;
    const response = await fetch(`${checked.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'error', error: 'the data directory /srv/kg is gone' });
  } finally {
    await checked.stop();
  }
});
