// What every route shares: the handler's shape, JSON answers, and reading a request's body within a size limit.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Answers a request it knows and resolves to true, or resolves to false and leaves it alone. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<boolean> | boolean;

/** Room for a report at the size limit sent to ingestReport as base64 (4/3 of its bytes), and the rest of the body. */
export const bodyLimitFor = (maxReportBytes: number) => Math.ceil((maxReportBytes * 4) / 3) + 1024 * 1024;

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

/** The client closed the connection before sending its whole body: nobody is left to answer, only a log line. */
export class AbortedUpload extends Error {
  constructor(readonly bytesRead: number) {
    super(`the client closed the connection after ${bytesRead} bytes of its body`);
  }
}

export async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw new BodyError(413, `The request body is larger than ${maxBytes} bytes.`);
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof BodyError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ECONNRESET' || request.destroyed) throw new AbortedUpload(size);
    throw error;
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `path` or `path/`. */
export const isPath = (url: URL, path: string) => url.pathname === path || url.pathname === `${path}/`;
