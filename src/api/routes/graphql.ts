// A GraphQL endpoint (/graphql, and /graphql/neo4j on the Neo4j store): a browser's GET gets the IDE, anything else
// runs as GraphQL under the server's admission (at most so many at once) and deadline, whichever executor answers.
// At the deadline a read is answered TIMEOUT and its store work is cut (src/graph/deadline.ts); a mutation is
// answered with what really happened: its result when it committed, TIMEOUT when it was rolled back or never began.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import { DeadlineExceeded, withDeadline } from '../../graph/deadline.ts';
import type { Admission } from '../admission.ts';
import { requestApiKey, type RequestInfo } from '../context.ts';
import { ErrorCode } from '../errors.ts';
import { serveIdePage, wantsIde } from '../ide.ts';
import type { KeyGuard } from '../key-guard.ts';
import { clientOf, noteOperation } from '../request-log.ts';
import { BodyError, errorBody, isPath, readBody, sendJson, type RouteHandler } from './http.ts';

/** Runs one HTTP GraphQL request; `signal` aborts when its time is up; `info` learns what operation it was. */
export type Execute = (
  request: HTTPGraphQLRequest,
  signal: AbortSignal,
  info: RequestInfo,
) => Promise<HTTPGraphQLResponse>;

async function graphqlRequest(request: IncomingMessage, url: URL, maxBodyBytes: number): Promise<HTTPGraphQLRequest> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown;
  if (request.method === 'POST') {
    const text = await readBody(request, maxBodyBytes);
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

export interface GraphqlRouteOptions {
  path: string;
  /** The IDE page served to browsers at `path`. */
  idePage: string;
  execute: Execute;
  admission: Admission;
  timeoutMs: number;
  maxBodyBytes: number;
  /** The API keys, whose guard refuses a client that sent too many wrong ones. */
  keys?: KeyGuard;
  /** Told when a mutation finished (the server then refreshes what it knows of the store's size). */
  onMutation?: () => void;
}

export function graphqlRoute(options: GraphqlRouteOptions): RouteHandler {
  const { path, idePage, execute, admission, timeoutMs, maxBodyBytes, keys, onMutation } = options;

  async function run(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const client = clientOf(request);
    const retryAfter = keys && requestApiKey((name) => header(request, name)) ? keys.retryAfterSeconds(client) : 0;
    if (retryAfter > 0) {
      response.setHeader('retry-after', String(retryAfter));
      const message = `Too many wrong API keys from this client: try again in ${retryAfter} s.`;
      return sendJson(response, 429, errorBody(message, ErrorCode.TOO_MANY_REQUESTS));
    }
    const httpGraphQLRequest = await graphqlRequest(request, url, maxBodyBytes);
    const info: RequestInfo = { client };
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(new DeadlineExceeded()), timeoutMs);
    const timedOut = new Promise<'timeout'>((resolve) =>
      deadline.signal.addEventListener('abort', () => resolve('timeout'), { once: true }),
    );
    const running = withDeadline(timeoutMs, () =>
      admission.run(deadline.signal, () => execute(httpGraphQLRequest, deadline.signal, info)),
    );
    running.catch(() => {}); // after a read's timeout nobody awaits it; its failure is of no interest then
    let result = await Promise.race([running, timedOut]).finally(() => clearTimeout(timer));
    // A mutation under way is never answered "stopped": its write either committed (answered with its result) or
    // is rolled back at the deadline (answered TIMEOUT by the resolver), and the answer waits to say which.
    if (result === 'timeout' && info.operationType === 'mutation')
      result = await running.catch(() => 'timeout' as const);
    if (info.operationType === 'mutation') onMutation?.();
    noteOperation(response, info.operationName ?? bodyOperationName(httpGraphQLRequest));
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

  return async (request, response, url) => {
    if (!isPath(url, path)) return false;
    if (wantsIde(request, url.searchParams)) serveIdePage(response, idePage);
    else await run(request, response, url);
    return true;
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function bodyOperationName(request: HTTPGraphQLRequest): string | undefined {
  const body = request.body as { operationName?: unknown } | undefined;
  return typeof body?.operationName === 'string' ? body.operationName : undefined;
}
