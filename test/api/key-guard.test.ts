// The API key: a minimum length at start-up, constant-time comparison of digests, and a client that keeps sending
// wrong keys refused for a while (429 with Retry-After) and logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.ts';
import { createApiServer } from '../../src/api/server.ts';
import { KeyGuard, MAX_FAILED_ATTEMPTS, MIN_API_KEY_LENGTH } from '../../src/api/key-guard.ts';
import type { LogEntry } from '../../src/api/request-log.ts';
import { emptyEmbeddedStore, startApi, type RunningApi, type TempStore } from './support/seeded.ts';

const KEY = 'a-long-enough-key-0123';

describe('KeyGuard', () => {
  it('refuses a key shorter than the minimum, saying how long it must be', () => {
    expect(() => new KeyGuard(['short-key'])).toThrow(UserError);
    expect(() => new KeyGuard(['short-key'])).toThrow(
      `KG_API_KEY is 9 characters long; use at least ${MIN_API_KEY_LENGTH}`,
    );
  });

  it('accepts each of its keys and nothing else, whatever the length of the candidate', () => {
    const guard = new KeyGuard([KEY, 'another-key-456789']);
    expect(guard.accepts(KEY)).toBe(true);
    expect(guard.accepts('another-key-456789')).toBe(true);
    for (const wrong of ['', 'a', KEY.slice(0, -1), `${KEY}x`, KEY.toUpperCase()])
      expect(guard.accepts(wrong)).toBe(false);
  });

  it('holds a client back after too many failures within the window, and forgets them after it', () => {
    let now = 1_000_000;
    const guard = new KeyGuard([KEY], { now: () => now });
    for (let i = 1; i < MAX_FAILED_ATTEMPTS; i++) guard.failed('10.0.0.1');
    expect(guard.retryAfterSeconds('10.0.0.1')).toBe(0);
    guard.failed('10.0.0.1');
    expect(guard.retryAfterSeconds('10.0.0.1')).toBe(60);
    expect(guard.retryAfterSeconds('10.0.0.2')).toBe(0);
    now += 45_000;
    expect(guard.retryAfterSeconds('10.0.0.1')).toBe(15);
    now += 15_000;
    expect(guard.retryAfterSeconds('10.0.0.1')).toBe(0);
  });
});

it('refuses to start the server with a short KG_API_KEY', async () => {
  const temp = await emptyEmbeddedStore();
  try {
    await expect(createApiServer({ store: temp.store, apiKey: 'secret' })).rejects.toThrow(/at least 16/);
  } finally {
    await temp.close();
  }
});

describe('a client guessing the key', () => {
  let temp: TempStore;
  let api: RunningApi;
  const log: LogEntry[] = [];
  beforeAll(async () => {
    temp = await emptyEmbeddedStore();
    api = await startApi({ store: temp.store, apiKey: KEY, log: (entry) => log.push(entry) });
  }, 60_000);
  afterAll(async () => {
    await api?.stop();
    await temp?.close();
  });

  it(`is answered 429 with Retry-After after ${MAX_FAILED_ATTEMPTS} wrong keys, each one logged`, async () => {
    const guess = (key: string) => api.gql('mutation { deleteReport(id: "x") }', {}, { 'x-api-key': key });
    for (let i = 0; i < MAX_FAILED_ATTEMPTS; i++) {
      const { status, errors } = await guess(`guess-number-${i}-0000`);
      expect(status).toBe(401);
      expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const rejected = log.filter((entry) => entry.event === 'api_key_rejected');
    expect(rejected).toHaveLength(MAX_FAILED_ATTEMPTS);
    expect(rejected.at(-1)).toMatchObject({ client: '127.0.0.1', attempts: MAX_FAILED_ATTEMPTS });

    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': KEY },
      body: JSON.stringify({ query: 'mutation { deleteReport(id: "x") }' }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    // Reads that carry no key are still served.
    expect((await api.gql('{ stats { reports } }')).data.stats.reports).toBe(0);
  });
});
