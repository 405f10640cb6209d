// The HTTP server around the API: the IDE and its assets, /health, other routes, draining on stop.
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { GraphStore } from '../../src/graph/store.ts';
import { loadExamples } from '../../src/api/examples.ts';
import { startApi, useSeededApi } from './support/seeded.ts';

const seeded = useSeededApi();

const page = () => fetch(`${seeded.api.url}/graphql`, { headers: { accept: 'text/html' } });

describe('the IDE', () => {
  it('answers a browser on GET /graphql with GraphiQL and the example queries', async () => {
    const response = await page();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('renderYogaGraphiQL');
    for (const example of loadExamples()) {
      const operation = /query (\w+)/.exec(example.query)![1]!;
      expect(html, example.file).toContain(operation);
    }
    expect(html).toContain('Documentation Explorer');
  });

  it('loads nothing from another origin', async () => {
    const html = await (await page()).text();
    const references = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(references.length).toBeGreaterThanOrEqual(3);
    expect(references.every((url) => url.startsWith('/graphql/ide/'))).toBe(true);
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
  });

  it('serves its assets compressed, content-hashed and cached for good', async () => {
    const html = await (await page()).text();
    const urls = [...html.matchAll(/"(\/graphql\/ide\/[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.some((u) => u.endsWith('.js')) && urls.some((u) => u.endsWith('.css'))).toBe(true);
    for (const url of urls) {
      const response = await fetch(`${seeded.api.url}${url}`, { headers: { 'accept-encoding': 'br' } });
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control')).toContain('immutable');
      const etag = response.headers.get('etag')!;
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
      const again = await fetch(`${seeded.api.url}${url}`, { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
    }
    const script = urls.find((u) => /graphiql\.\w+\.js$/.test(u))!;
    const raw = Buffer.from(
      await (await fetch(`${seeded.api.url}${script}`, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer(),
    );
    const http = await import('node:http');
    const [encoding, brotli] = await new Promise<[string | undefined, Buffer]>((resolve, reject) => {
      http.get(`${seeded.api.url}${script}`, { headers: { 'accept-encoding': 'br' } }, (response) => {
        const chunks: Buffer[] = [];
        response
          .on('data', (c: Buffer) => chunks.push(c))
          .on('end', () => resolve([response.headers['content-encoding'], Buffer.concat(chunks)]))
          .on('error', reject);
      });
    });
    expect(encoding).toBe('br');
    expect(brotli.length).toBeLessThan(raw.length / 3);
    expect(brotliDecompressSync(brotli).equals(raw)).toBe(true);
  });

  it('still runs GraphQL on GET /graphql?query=...', async () => {
    const response = await fetch(`${seeded.api.url}/graphql?query=${encodeURIComponent('{ stats { reports } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await response.json()).toEqual({ data: { stats: { reports: 5 } } });
  });
});

describe('routes', () => {
  it('/health reports the store', async () => {
    const response = await fetch(`${seeded.api.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; store: { reports: number; entities: number } };
    expect(body.status).toBe('ok');
    expect(body.store.reports).toBe(5);
    expect(body.store.entities).toBeGreaterThan(50);
  });

  it('redirects / to the IDE, mounts the explorer, and answers 404 elsewhere', async () => {
    const root = await fetch(`${seeded.api.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/graphql');
    const explore = await fetch(`${seeded.api.url}/explore`);
    expect(explore.status).toBe(200);
    expect(explore.headers.get('content-type')).toMatch(/^text\/html/);
    const missing = await fetch(`${seeded.api.url}/nothing`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
  });

  it('asks extra handlers in order before answering 404', async () => {
    const custom = await startApi({
      store: seeded.temp.store,
      handlers: [(_, response, url) => url.pathname === '/hello' && (response.end('hello'), true)],
    });
    try {
      expect(await (await fetch(`${custom.url}/hello`)).text()).toBe('hello');
      expect((await fetch(`${custom.url}/explore`)).status).toBe(404);
    } finally {
      await custom.stop();
    }
  });
});

describe('stopping', () => {
  it('finishes requests in flight, then refuses new connections', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowStore = new Proxy(seeded.temp.store, {
      get: (target, property, receiver) =>
        property === 'stats' ? async () => (await gate, target.stats()) : Reflect.get(target, property, receiver),
    }) as GraphStore;
    const server = await startApi({ store: slowStore });
    const inFlight = server.gql('{ stats { reports } }');
    await new Promise((resolve) => setTimeout(resolve, 100));
    let stopped = false;
    const stopping = server.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(stopped).toBe(false);
    release();
    expect((await inFlight).data).toEqual({ stats: { reports: 5 } });
    await stopping;
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  });
});
