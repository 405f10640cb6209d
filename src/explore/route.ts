// /explore on the API server: the page (index.html), its stylesheet and its script (bundle.ts). Mounted by
// src/api/server.ts. Responses carry an ETag, so browsers revalidate instead of downloading again, and the script is
// gzip-compressed for clients that accept it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { exploreScript } from './bundle.ts';

export const EXPLORE_PATH = '/explore';

interface Asset {
  type: string;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
}

function asset(type: string, body: Buffer): Asset {
  const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
  return { type, body, gzipped: gzipSync(body), etag };
}

// The page's files are read from src/explore/ both when this runs as TypeScript (src/explore/) and from the build
// (dist/explore/, which holds no HTML or CSS): ../../src/explore/ is that folder from either.
const SOURCE_DIR = new URL('../../src/explore/', import.meta.url);
const file = (name: string) => readFileSync(fileURLToPath(new URL(name, SOURCE_DIR)));
const cached = new Map<string, Promise<Asset>>();

function load(key: string, make: () => Promise<Asset>): Promise<Asset> {
  let found = cached.get(key);
  if (!found) {
    found = make();
    cached.set(key, found);
    found.catch(() => cached.delete(key));
  }
  return found;
}

const ASSETS: Record<string, () => Promise<Asset>> = {
  [EXPLORE_PATH]: () => load('page', async () => asset('text/html; charset=utf-8', file('./index.html'))),
  [`${EXPLORE_PATH}/`]: () => load('page', async () => asset('text/html; charset=utf-8', file('./index.html'))),
  [`${EXPLORE_PATH}/explore.css`]: () =>
    load('css', async () => asset('text/css; charset=utf-8', file('./explore.css'))),
  [`${EXPLORE_PATH}/explore.js`]: () =>
    load('js', async () => asset('text/javascript; charset=utf-8', Buffer.from(await exploreScript()))),
};

function send(request: IncomingMessage, response: ServerResponse, a: Asset): void {
  const headers: Record<string, string> = { 'content-type': a.type, etag: a.etag, 'cache-control': 'no-cache' };
  if (request.headers['if-none-match'] === a.etag) return void response.writeHead(304, headers).end();
  const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  const body = gzip ? a.gzipped : a.body;
  response.writeHead(200, {
    ...headers,
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    vary: 'accept-encoding',
    'content-length': String(body.length),
  });
  response.end(request.method === 'HEAD' ? undefined : body);
}

/** Answers /explore and its assets; returns false for any other path (the server's 404 then applies). */
export async function handleExplore(request: IncomingMessage, response: ServerResponse, url: URL): Promise<boolean> {
  const make = ASSETS[url.pathname];
  if (!make) return false;
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('GET only\n');
    return true;
  }
  send(request, response, await make());
  return true;
}
