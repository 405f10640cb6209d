// Cross-origin requests from browser apps (KG_CORS_ORIGINS): the origins listed (or * for any) get the CORS headers
// on every answer, and their preflight (OPTIONS) is answered here. Other origins get no CORS headers, so browsers keep
// their pages from reading the answers; clients outside browsers are unaffected.
import type { IncomingMessage, ServerResponse } from 'node:http';

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'content-type, authorization, x-api-key, apollo-require-preflight, x-apollo-operation-name';
const PREFLIGHT_MAX_AGE_S = 600;

/** KG_CORS_ORIGINS: a comma list of origins (https://app.example.org), or *. */
export function parseCorsOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter((origin) => origin.length > 0);
}

/** Sets the CORS headers for an allowed origin; answers a preflight and returns true, else returns false. */
export function applyCors(allowed: readonly string[], request: IncomingMessage, response: ServerResponse): boolean {
  const origin = request.headers.origin;
  if (allowed.length === 0 || !origin) return false;
  const any = allowed.includes('*');
  if (!any && !allowed.includes(origin)) return false;
  response.setHeader('access-control-allow-origin', any ? '*' : origin);
  if (!any) response.setHeader('vary', 'Origin');
  if (request.method !== 'OPTIONS' || !request.headers['access-control-request-method']) return false;
  response.writeHead(204, {
    'access-control-allow-methods': ALLOWED_METHODS,
    'access-control-allow-headers': ALLOWED_HEADERS,
    'access-control-max-age': String(PREFLIGHT_MAX_AGE_S),
  });
  response.end();
  return true;
}
