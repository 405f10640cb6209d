// GET /export?format=graphml|json|cypher: the whole graph as `kg export` writes it, streamed, for the CLI on the
// machine of a server that holds the embedded store (and for operators with the key). It needs the API key: it is
// a long read of everything, outside any request deadline.
import type { KeyGuard } from '../key-guard.ts';
import { requestApiKey } from '../context.ts';
import { ErrorCode } from '../errors.ts';
import { clientOf, type ServerLog } from '../request-log.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/index.ts';
import type { GraphStore } from '../../graph/store.ts';
import { errorBody, sendJson, type RouteHandler } from './http.ts';

export const EXPORT_PATH = '/export';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  graphml: 'application/graphml+xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  cypher: 'text/plain; charset=utf-8',
};

export function exportRoute(store: GraphStore, keys: KeyGuard, log: ServerLog): RouteHandler {
  return async (request, response, url) => {
    if (url.pathname !== EXPORT_PATH || request.method !== 'GET') return false;
    const client = clientOf(request);
    const retryAfter = keys.retryAfterSeconds(client);
    if (retryAfter > 0) {
      response.setHeader('retry-after', String(retryAfter));
      sendJson(response, 429, errorBody('Too many wrong API keys from this client.', ErrorCode.TOO_MANY_REQUESTS));
      return true;
    }
    const key = requestApiKey((name) => {
      const value = request.headers[name];
      return Array.isArray(value) ? value[0] : value;
    });
    if (!keys.enabled || !key || !keys.accepts(key)) {
      if (key && keys.enabled) log({ event: 'api_key_rejected', client, attempts: keys.failed(client) });
      sendJson(response, 401, errorBody('The export needs the API key (x-api-key).', ErrorCode.UNAUTHENTICATED));
      return true;
    }
    const format = url.searchParams.get('format') ?? '';
    if (!(format in EXPORT_FORMATS)) {
      const known = Object.keys(EXPORT_FORMATS).join(', ');
      sendJson(response, 400, errorBody(`format "${format}": use one of ${known}`, ErrorCode.BAD_USER_INPUT));
      return true;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[format as ExportFormat] });
    for await (const chunk of EXPORT_FORMATS[format as ExportFormat](store)) {
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve));
      if (response.destroyed) return true; // the client left
    }
    response.end();
    return true;
  };
}
