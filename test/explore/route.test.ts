// /explore's route: the page, its stylesheet and its bundled script, served from this server only.
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handleExplore } from '../../src/explore/route.ts';

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    void handleExplore(request, response, url).then((handled) => {
      if (!handled) response.writeHead(404).end('not explore');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('/explore', () => {
  it('serves the page, which loads only this server’s assets', async () => {
    const response = await fetch(`${base}/explore`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await response.text();
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls).toEqual(expect.arrayContaining(['/explore/explore.css', '/explore/explore.js']));
    expect(urls.filter((u) => /^(https?:)?\/\//.test(u))).toEqual([]);
  });

  it('serves the script bundled with Cytoscape.js and its license, gzipped when asked, revalidated by ETag', async () => {
    const plain = await fetch(`${base}/explore/explore.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const script = await plain.text();
    expect(script).toContain('cytoscape');
    expect(script).toMatch(/MIT/);
    expect(script).not.toMatch(/\bimport\s*\(|\brequire\(["']node:/); // one self-contained browser file

    const raw = await new Promise<{ encoding?: string; body: Buffer; etag?: string }>((resolve, reject) => {
      get(`${base}/explore/explore.js`, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => {
          const { etag, 'content-encoding': encoding } = response.headers;
          resolve({ encoding, body: Buffer.concat(chunks), etag });
        });
      }).on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe(script);

    const again = await fetch(`${base}/explore/explore.js`, { headers: { 'if-none-match': raw.etag! } });
    expect(again.status).toBe(304);
  });

  it('answers the stylesheet, refuses other methods, and leaves other paths alone', async () => {
    expect((await fetch(`${base}/explore/explore.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    const post = await fetch(`${base}/explore`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    expect((await fetch(`${base}/explore/other.js`)).status).toBe(404);
    expect((await fetch(`${base}/graphql`)).status).toBe(404);
  });
});
