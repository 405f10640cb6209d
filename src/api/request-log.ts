// The server's log: one JSON line per request (method, path, status, duration, GraphQL operation, client) and per
// event worth a look (a rejected API key, an upload the client abandoned), for log collectors to read.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type LogEntry = Record<string, unknown> & { event: string };
export type ServerLog = (entry: LogEntry) => void;

/** JSON lines on a stream (stdout for `kg serve`), each with its time. */
export function jsonLines(stream: NodeJS.WritableStream = process.stdout): ServerLog {
  return (entry) => void stream.write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);
}

/** The client's address (the socket's peer; a proxy in front should be trusted to limit on its own). */
export const clientOf = (request: IncomingMessage) => request.socket?.remoteAddress ?? 'unknown';

const operations = new WeakMap<ServerResponse, string>();

/** The GraphQL operation a response answers, for its log line. */
export function noteOperation(response: ServerResponse, name: string | undefined): void {
  if (name) operations.set(response, name);
}

/** Logs `request` once its response is sent (or its connection closes first). */
export function logRequest(log: ServerLog, request: IncomingMessage, response: ServerResponse, url: URL): void {
  const started = performance.now();
  const client = clientOf(request); // the socket is gone once the response is done
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const operation = operations.get(response);
    log({
      event: 'request',
      method: request.method ?? 'GET',
      path: url.pathname,
      status: response.writableFinished ? response.statusCode : 0, // 0: the client left before the answer
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(operation ? { operation } : {}),
      client,
    });
  };
  response.once('finish', done);
  response.once('close', done);
}
