// What every route shares: the handler's shape, JSON answers, and reading a request's body within a size limit.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers a request it knows and resolves to true, or resolves to false and leaves it alone. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> | boolean;

/** Large enough for a report sent to ingestReport (1M characters of UTF-8). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

export const errorBody = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/** A request whose body cannot be taken: answered with its status and BAD_REQUEST. */
export class BodyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `path` or `path/`. */
export const isPath = (url: URL, path: string) => url.pathname === path || url.pathname === `${path}/`;
