// What every resolver sees for one request: the store (refusing work once the request's deadline passed), its
// loaders, whether the request may write, and what the server's log should say about it.
import type { GraphStore } from '../graph/store.ts';
import { DeadlineExceeded, remainingMs } from '../graph/deadline.ts';
import { unauthenticated } from './errors.ts';
import type { KeyGuard } from './key-guard.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** granted: the server has an API key and the request carries it. */
export type WriteAccess = 'granted' | 'disabled' | 'missing' | 'invalid';

/** What the request turned out to be, filled in as Apollo learns it (for the deadline and the request log). */
export interface RequestInfo {
  client: string;
  operationName?: string;
  operationType?: 'query' | 'mutation' | 'subscription';
}

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  writeAccess: WriteAccess;
  /** The largest report ingestReport takes, in bytes (the ingest use case's default unless the server sets it). */
  maxReportBytes?: number;
  request: RequestInfo;
  /** Aborts at the request's deadline (heavy searches stop waiting for their turn then). */
  signal?: AbortSignal;
  /** Told when the request carried a wrong key to a mutation (counted against its client, and logged). */
  onInvalidKey?: () => void;
}

export interface ContextOptions {
  store: GraphStore;
  /** The server's API keys; none disables mutations. */
  keys?: KeyGuard;
  /** The key the request carries (x-api-key, or Authorization: Bearer). */
  requestKey?: string;
  maxReportBytes?: number;
  request?: RequestInfo;
  onInvalidKey?: () => void;
}

export function createContext({
  store,
  keys,
  requestKey,
  maxReportBytes,
  request = { client: 'local' },
  onInvalidKey,
}: ContextOptions): ApiContext {
  const guarded = refuseAfterDeadline(store);
  return {
    store: guarded,
    loaders: createLoaders(guarded),
    writeAccess: writeAccess(keys, requestKey),
    maxReportBytes,
    request,
    onInvalidKey,
  };
}

/** The API key a request carries: `x-api-key: KEY` or `Authorization: Bearer KEY`. */
export function requestApiKey(header: (name: string) => string | undefined | null): string | undefined {
  const direct = header('x-api-key')?.trim();
  if (direct) return direct;
  const bearer = /^Bearer\s+(.+)$/i.exec(header('authorization')?.trim() ?? '');
  return bearer?.[1]?.trim();
}

function writeAccess(keys: KeyGuard | undefined, requestKey: string | undefined): WriteAccess {
  if (!keys?.enabled) return 'disabled';
  if (!requestKey) return 'missing';
  return keys.accepts(requestKey) ? 'granted' : 'invalid';
}

export function requireWriteAccess(context: ApiContext): void {
  switch (context.writeAccess) {
    case 'granted':
      return;
    case 'disabled':
      throw unauthenticated('Mutations are disabled: the server was started without KG_API_KEY.');
    case 'missing':
      throw unauthenticated(
        'This mutation needs the API key: send it as `x-api-key: <key>` or `Authorization: Bearer <key>`.',
      );
    case 'invalid':
      context.onInvalidKey?.();
      throw unauthenticated('The API key is not valid.');
  }
}

/**
 * No store call starts once the request's deadline (src/graph/deadline.ts) has passed, whichever store it is; the
 * stores themselves also cut a read that is under way at the deadline.
 */
function refuseAfterDeadline(store: GraphStore): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const left = remainingMs();
        if (left !== undefined && left <= 0) throw new DeadlineExceeded();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
