// A GraphQL endpoint (/graphql, and /graphql/neo4j on the Neo4j store): a browser's GET gets the IDE, anything else
// runs as GraphQL under the server's admission (at most so many at once) and timeout, whichever executor answers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type HTTPGraphQLRequest, type HTTPGraphQLResponse } from '@apollo/server';
import type { Admission } from '../admission.ts';
import { ErrorCode } from '../errors.ts';
import { serveIdePage, wantsIde } from '../ide.ts';
import { BodyError, errorBody, isPath, readBody, sendJson, type RouteHandler } from './http.ts';

/** Runs one HTTP GraphQL request; `signal` aborts when its time is up. */
export type Execute = (request: HTTPGraphQLRequest, signal: AbortSignal) => Promise<HTTPGraphQLResponse>;

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

export interface GraphqlRouteOptions {
  path: string;
  /** The IDE page served to browsers at `path`. */
  idePage: string;
  execute: Execute;
  admission: Admission;
  timeoutMs: number;
}

export function graphqlRoute({ path, idePage, execute, admission, timeoutMs }: GraphqlRouteOptions): RouteHandler {
  async function run(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
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

  return async (request, response, url) => {
    if (!isPath(url, path)) return false;
    if (wantsIde(request, url.searchParams)) serveIdePage(response, idePage);
    else await run(request, response, url);
    return true;
  };
}
