// The HTTP server: Apollo Server 5 on Node's http (no framework). Each route is a handler module in routes/ (as
// graphql-yoga composes its use-* plugins), asked in order until one answers: /graphql (GraphQL, and the IDE for a
// browser's GET), the IDE's assets, /graphql/neo4j (Neo4j store only), /health, /export, /, then the extra handlers
// (the graph explorer on /explore by default), then 404. Every request is logged, and gets CORS headers when its
// origin is allowed.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphStore } from '../graph/store.ts';
import { beyondDeadline } from '../graph/deadline.ts';
import { createContext, requestApiKey, type ApiContext } from './context.ts';
import { DEFAULT_MAX_BYTES } from '../report-size.ts';
import { KeyGuard } from './key-guard.ts';
import { applyCors } from './cors.ts';
import { clientOf, logRequest, type ServerLog } from './request-log.ts';
import { ErrorCode, formatError, isDevelopment } from './errors.ts';
import { loadExamples } from './examples.ts';
import { idePage } from './ide.ts';
import { DEFAULT_TIMEOUT_MS, queryLimitsPlugin } from './limits.ts';
import { apiSchema } from './schema.ts';
import { Admission } from './admission.ts';
import { handleExplore } from '../explore/route.ts';
import { createNeo4jGraphqlApi, NEO4J_GRAPHQL_PATH } from './neo4j-graphql.ts'; // /graphql/neo4j (Neo4j store only)
import { AbortedUpload, BodyError, bodyLimitFor, errorBody, sendJson, type RouteHandler } from './routes/http.ts';
import { graphqlRoute, type Execute } from './routes/graphql.ts';
import { ideAssetsRoute } from './routes/ide-assets.ts';
import { entityCount, healthRoute, type HealthCheck } from './routes/health.ts';
import { rootRedirect } from './routes/root.ts';
import { exportRoute } from './routes/export.ts';

export type { HealthCheck, RouteHandler, ServerLog };
export const GRAPHQL_PATH = '/graphql';

export interface ApiServerOptions {
  store: GraphStore;
  /** KG_API_KEY (at least 16 characters): mutations need it; without it (and localApiKey) they are refused. */
  apiKey?: string;
  /** A second key, for `kg` commands on this machine (published in the data directory by `kg serve`). */
  localApiKey?: string;
  /** The largest report ingestReport takes, in bytes (default 5 MB, as `kg ingest --max-bytes`). */
  maxReportBytes?: number;
  /** KG_CORS_ORIGINS: browser origins allowed to call the API from their pages (or '*'). */
  corsOrigins?: readonly string[];
  /** Where request log lines and events go (default: nowhere; `kg serve` writes JSON lines to stdout). */
  log?: ServerLog;
  /** What /health checks besides the store answering (the data directory still there, say). */
  healthChecks?: HealthCheck[];
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

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { store, timeoutMs = DEFAULT_TIMEOUT_MS, maxConcurrent = 8, handlers = [handleExplore] } = options;
  const { maxReportBytes = DEFAULT_MAX_BYTES, corsOrigins = [], log = () => undefined } = options;
  const keys = new KeyGuard([options.apiKey, options.localApiKey].filter((k): k is string => !!k));
  const admission = new Admission(maxConcurrent);
  // Searches that read every name wait among themselves, one at a time: the store's readers stay free for the rest.
  const heavyScans = new Admission(1);
  // The store's size, which a substring search's cost follows: read when a query first searches, again after a
  // mutation, and whenever /health counts; outside any one request's deadline, as every searching request waits on it.
  let names = 0;
  let namesRead: Promise<void> | undefined;
  const storeSize = {
    names: () => names,
    namesKnown: () =>
      (namesRead ??= beyondDeadline(() => store.stats()).then(
        (stats) => void (names = entityCount(stats)),
        () => void (namesRead = undefined),
      )),
  };
  const namesChanged = () => void (namesRead = undefined);
  const maxBodyBytes = bodyLimitFor(maxReportBytes);
  const schema = apiSchema();
  const httpServer = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof AbortedUpload) {
        log({
          event: 'upload_aborted',
          method: request.method,
          path: request.url,
          client: clientOf(request),
          bytes: error.bytesRead,
        });
        return void response.destroy();
      }
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
      queryLimitsPlugin(schema, { ...storeSize, heavyScans }),
    ],
  });
  await apollo.start();
  const executeApi: Execute = (httpGraphQLRequest, signal, request) =>
    apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest,
      context: async () => ({
        ...createContext({
          store,
          keys,
          requestKey: requestApiKey((name) => httpGraphQLRequest.headers.get(name)),
          maxReportBytes,
          request,
          onInvalidKey: () => {
            const attempts = keys.failed(request.client);
            log({ event: 'api_key_rejected', client: request.client, attempts });
          },
        }),
        signal,
      }),
    });
  // /graphql/neo4j: the @neo4j/graphql API, only on the Neo4j store (src/api/neo4j-graphql.ts).
  const neo4jGraphql = await createNeo4jGraphqlApi(store, timeoutMs);

  const routes: RouteHandler[] = [
    graphqlRoute({
      path: GRAPHQL_PATH,
      idePage: idePage({ endpoint: GRAPHQL_PATH, examples: loadExamples() }),
      execute: executeApi,
      admission,
      timeoutMs,
      maxBodyBytes,
      keys,
      onMutation: namesChanged,
    }),
    ideAssetsRoute,
    ...(neo4jGraphql
      ? [
          graphqlRoute({
            path: NEO4J_GRAPHQL_PATH,
            idePage: idePage({ endpoint: NEO4J_GRAPHQL_PATH, examples: [], title: 'park-graph neo4j' }),
            execute: (httpGraphQLRequest) => neo4jGraphql.execute(httpGraphQLRequest),
            admission,
            timeoutMs,
            maxBodyBytes,
          }),
        ]
      : []),
    healthRoute(store, options.healthChecks, (stats) => (names = entityCount(stats))),
    exportRoute(store, keys, log),
    rootRedirect(GRAPHQL_PATH),
    ...handlers,
  ];

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', 'http://localhost');
    logRequest(log, request, response, url);
    if (applyCors(corsOrigins, request, response)) return; // a preflight, answered
    for (const route of routes) if (await route(request, response, url)) return;
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
