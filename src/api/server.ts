// The HTTP server: Apollo Server 5 on Node's http (no framework), with the IDE, /health and room for more routes.
// POST /graphql and GET /graphql?query=... run GraphQL; a browser's GET /graphql gets the IDE.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphStore } from '../graph/store.ts';
import { createContext, requestApiKey, type ApiContext } from './context.ts';
import { ErrorCode, formatError, isDevelopment } from './errors.ts';
import { loadExamples } from './examples.ts';
import { IDE_ASSET_PREFIX, idePage, serveIdeAsset, serveIdePage, wantsIde } from './ide.ts';
import { DEFAULT_TIMEOUT_MS, queryLimitsPlugin } from './limits.ts';
import { apiSchema } from './schema.ts';
import { Admission } from './admission.ts';
import { handleExplore } from '../explore/route.ts';
import { createNeo4jGraphqlApi, NEO4J_GRAPHQL_PATH } from './neo4j-graphql.ts'; // /graphql/neo4j (Neo4j store only)

export const GRAPHQL_PATH = '/graphql';
/** Large enough for a report sent to ingestReport (1M characters of UTF-8). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** Answers a request it knows and resolves to true, or resolves to false and leaves it alone. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> | boolean;

export interface ApiServerOptions {
  store: GraphStore;
  /** KG_API_KEY: mutations need it; without it they are refused. */
  apiKey?: string;
  /** Each request gets this long before it is answered with TIMEOUT (default 10 s). */
  timeoutMs?: number;
  /** At most this many GraphQL requests run at once; the others queue (default 8). */
  maxConcurrent?: number;
  /** More routes, asked in order before answering 404 (default: the graph explorer on /explore, src/explore/). */
  handlers?: RouteHandler[];
}

export interface ApiServer {
  httpServer: Server;
  /** Starts listening (loopback by default); resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  /** Stops accepting requests and waits for those in flight (then closes idle connections). Leaves the store open. */
  stop(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function graphqlRequest(request: IncomingMessage, url: URL): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  if (request.method === 'POST') {
    const text = await readBody(request);
    if ((headers.get('content-type') ?? '').includes('application/json') && text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        throw new BodyError(400, `The request body is not valid JSON: ${(error as Error).message}`);
      }
    }
  }
  return { method: request.method ?? 'GET', headers, search: url.search, body };
}

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { store, apiKey, timeoutMs = DEFAULT_TIMEOUT_MS, maxConcurrent = 8, handlers = [handleExplore] } = options;
  const admission = new Admission(maxConcurrent);
  const schema = apiSchema();
  const page = idePage({ endpoint: GRAPHQL_PATH, examples: loadExamples() });
  const httpServer = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (response.headersSent) return void response.destroy();
      if (error instanceof BodyError) {
        // The rest of a refused body is never read: the connection cannot carry another request.
        if (error.status === 413) response.setHeader('connection', 'close');
        return sendJson(response, error.status, errorBody(error.message, 'BAD_REQUEST'));
      }
      console.error('kg serve:', error);
      sendJson(response, 500, errorBody('internal server error', ErrorCode.INTERNAL_SERVER_ERROR));
    });
  });

  const apollo = new ApolloServer<ApiContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: isDevelopment(),
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No field sets cache hints, and computing them wraps every resolver: 5 % of a lookup's time under load.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(schema),
    ],
  });
  await apollo.start();
  // /graphql/neo4j: the @neo4j/graphql API, only on the Neo4j store (src/api/neo4j-graphql.ts).
  const neo4jGraphql = await createNeo4jGraphqlApi(store, timeoutMs);
  const neo4jIdePage =
    neo4jGraphql && idePage({ endpoint: NEO4J_GRAPHQL_PATH, examples: [], title: 'park-graph neo4j' });

  type Execute = (httpGraphQLRequest: HTTPGraphQLRequest, signal: AbortSignal) => Promise<HTTPGraphQLResponse>;
  const executeApi: Execute = (httpGraphQLRequest, signal) =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () =>
        createContext({
          store,
          apiKey,
          requestKey: requestApiKey((name) => httpGraphQLRequest.headers.get(name)),
          signal,
        }),
    });

  /** Runs a GraphQL request on /graphql, or with `execute` on /graphql/neo4j: same admission, timeout and answer. */
  async function runGraphql(request: IncomingMessage, response: ServerResponse, url: URL, execute = executeApi) {
    const httpGraphQLRequest = await graphqlRequest(request, url);
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), timeoutMs);
    const timedOut = new Promise<'timeout'>((resolve) =>
      deadline.signal.addEventListener('abort', () => resolve('timeout'), { once: true }),
    );
    const running = admission.run(deadline.signal, () => execute(httpGraphQLRequest, deadline.signal));
    running.catch(() => {}); // after a timeout nobody awaits it; its failure is of no interest then
    const result = await Promise.race([running, timedOut]).finally(() => clearTimeout(timer));
    if (result === 'timeout') {
      const message = `The request took longer than ${timeoutMs} ms and was stopped.`;
      return sendJson(response, 503, errorBody(message, ErrorCode.TIMEOUT));
    }
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') return void response.end(result.body.string);
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  async function health(response: ServerResponse) {
    try {
      const stats = await store.stats();
      const sum = (counts: Record<string, number | undefined>) =>
        Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
      sendJson(response, 200, {
        status: 'ok',
        store: {
          reports: stats.reports,
          entities: sum(stats.entities),
          relations: sum(stats.relations),
          entitiesByKind: stats.entities,
          relationsByType: stats.relations,
        },
      });
    } catch (error) {
      sendJson(response, 503, { status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === GRAPHQL_PATH || url.pathname === `${GRAPHQL_PATH}/`) {
      if (wantsIde(request, url.searchParams)) return serveIdePage(response, page);
      return runGraphql(request, response, url);
    }
    if (url.pathname.startsWith(IDE_ASSET_PREFIX) && request.method === 'GET') {
      if (await serveIdeAsset(request, response, url.pathname.slice(IDE_ASSET_PREFIX.length))) return;
    }
    if (neo4jGraphql && (url.pathname === NEO4J_GRAPHQL_PATH || url.pathname === `${NEO4J_GRAPHQL_PATH}/`)) {
      if (wantsIde(request, url.searchParams)) return serveIdePage(response, neo4jIdePage!);
      return runGraphql(request, response, url, (httpGraphQLRequest) => neo4jGraphql.execute(httpGraphQLRequest));
    }
    if (url.pathname === '/health') return health(response);
    if (url.pathname === '/') return void response.writeHead(302, { location: GRAPHQL_PATH }).end();
    for (const handler of handlers) if (await handler(request, response, url)) return;
    sendJson(response, 404, errorBody(`Nothing at ${url.pathname}: the API is at ${GRAPHQL_PATH}.`, 'NOT_FOUND'));
  }

  return {
    httpServer,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          httpServer.off('error', reject);
          const address = httpServer.address() as AddressInfo;
          const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shown}:${address.port}`);
        });
      });
    },
    stop: async () => {
      await apollo.stop(); // drains the HTTP server, /graphql/neo4j's requests included
      await neo4jGraphql?.stop();
    },
  };
}
