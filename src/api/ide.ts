// The GraphQL IDE (GraphiQL) on GET /graphql, served entirely by this server: no CDN, works offline.
// @graphql-yoga/render-graphiql ships GraphiQL prebuilt as strings; we serve them as separate, content-hashed,
// compressed and immutably cached files instead of inlining ~9 MB into every page load.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as graphiql from '@graphql-yoga/render-graphiql/graphiql';
import type { ExampleQuery } from './examples.ts';

export const IDE_ASSET_PREFIX = '/graphql/ide/';

interface Asset {
  name: string;
  type: string;
  body: Buffer;
  etag: string;
  compressed: Map<string, Promise<Buffer>>;
}

function asset(base: string, extension: string, type: string, body: Buffer): Asset {
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { name: `${base}.${hash}.${extension}`, type, body, etag: `"${hash}"`, compressed: new Map() };
}

const js = (source: string) => Buffer.from(source);
const faviconData = /^data:[^;]+;base64,(.*)$/.exec(graphiql.favicon)?.[1] ?? '';

const ASSETS = {
  script: asset('graphiql', 'js', 'text/javascript; charset=utf-8', js(graphiql.js)),
  style: asset('graphiql', 'css', 'text/css; charset=utf-8', Buffer.from(graphiql.css)),
  editorWorker: asset('editor.worker', 'js', 'text/javascript; charset=utf-8', js(graphiql.editorWorkerService)),
  graphqlWorker: asset('graphql.worker', 'js', 'text/javascript; charset=utf-8', js(graphiql.graphqlWorker)),
  jsonWorker: asset('json.worker', 'js', 'text/javascript; charset=utf-8', js(graphiql.jsonWorker)),
  favicon: asset('favicon', 'ico', 'image/x-icon', Buffer.from(faviconData, 'base64')),
};
const ASSETS_BY_NAME = new Map(Object.values(ASSETS).map((a) => [a.name, a]));
const url = (a: Asset) => `${IDE_ASSET_PREFIX}${a.name}`;

/** JSON that is safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export interface IdeOptions {
  endpoint: string;
  examples: ExampleQuery[];
  title?: string;
}

export function idePage({ endpoint, examples, title = 'park-graph' }: IdeOptions): string {
  const options = {
    title,
    endpoint,
    defaultTabs: examples.map((example) => ({ query: example.query })),
    defaultQuery: examples[0]?.query ?? '',
    visiblePlugin: 'Documentation Explorer',
  };
  const workers = {
    editorWorkerService: url(ASSETS.editorWorker),
    graphql: url(ASSETS.graphqlWorker),
    json: url(ASSETS.jsonWorker),
  };
  return `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · GraphQL IDE</title>
    <link rel="icon" href="${url(ASSETS.favicon)}" />
    <link rel="stylesheet" href="${url(ASSETS.style)}" />
  </head>
  <body class="no-focus-outline">
    <noscript>The GraphQL IDE needs JavaScript. Without it, POST queries to ${endpoint}.</noscript>
    <div id="root"></div>
    <script>
      const workers = ${scriptJson(workers)};
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_, label) => workers[label] };
    </script>
    <script src="${url(ASSETS.script)}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${scriptJson(options)});
    </script>
  </body>
</html>
`;
}

/** A browser asking for a page (not a GraphQL GET request). */
export function wantsIde(request: IncomingMessage, search: URLSearchParams): boolean {
  return request.method === 'GET' && !search.has('query') && (request.headers.accept ?? '').includes('text/html');
}

export function serveIdePage(response: ServerResponse, page: string): void {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'content-length': Buffer.byteLength(page),
  });
  response.end(page);
}

const compressors: Record<string, (body: Buffer) => Promise<Buffer>> = {
  // Quality 5: a third of a second for the 5 MB script, within 15% of the best size. Done once, on first request.
  br: (body) => promisify(brotliCompress)(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }),
  gzip: (body) => promisify(gzip)(body),
};

function encodingFor(request: IncomingMessage): string | undefined {
  const accepted = String(request.headers['accept-encoding'] ?? '');
  return ['br', 'gzip'].find((encoding) => new RegExp(`\\b${encoding}\\b`).test(accepted));
}

/** Serves /graphql/ide/<file>; false when there is no such file. */
export async function serveIdeAsset(
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
): Promise<boolean> {
  const found = ASSETS_BY_NAME.get(name);
  if (!found) return false;
  const headers: Record<string, string | number> = {
    'content-type': found.type,
    'cache-control': 'public, max-age=31536000, immutable',
    etag: found.etag,
    vary: 'accept-encoding',
  };
  if (request.headers['if-none-match'] === found.etag) {
    response.writeHead(304, headers).end();
    return true;
  }
  const encoding = encodingFor(request);
  let body = found.body;
  if (encoding) {
    let compressed = found.compressed.get(encoding);
    if (!compressed) {
      compressed = compressors[encoding]!(found.body);
      found.compressed.set(encoding, compressed);
    }
    body = await compressed;
    headers['content-encoding'] = encoding;
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers).end(body);
  return true;
}

/** Bytes a first visit downloads (page excluded), raw and as served with brotli. */
export async function ideAssetWeight(): Promise<{ raw: number; brotli: number }> {
  let raw = 0;
  let brotli = 0;
  for (const a of Object.values(ASSETS)) {
    raw += a.body.length;
    brotli += (await compressors.br!(a.body)).length;
  }
  return { raw, brotli };
}
