// What every resolver sees for one request: the store (refusing work once the request timed out), its loaders,
// and whether the request may write.
import { timingSafeEqual } from 'node:crypto';
import type { GraphStore } from '../graph/store.ts';
import { apiError, ErrorCode, unauthenticated } from './errors.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** granted: the server has KG_API_KEY and the request carries it. */
export type WriteAccess = 'granted' | 'disabled' | 'missing' | 'invalid';

export interface ApiContext {
  store: GraphStore;
  loaders: Loaders;
  writeAccess: WriteAccess;
}

export interface ContextOptions {
  store: GraphStore;
  /** The server's KG_API_KEY; undefined disables mutations. */
  apiKey?: string;
  /** The key the request carries (x-api-key, or Authorization: Bearer). */
  requestKey?: string;
  /** Aborted when the request runs out of time: the store then refuses further calls. */
  signal?: AbortSignal;
}

export function createContext({ store, apiKey, requestKey, signal }: ContextOptions): ApiContext {
  const guarded = signal ? refuseAfterAbort(store, signal) : store;
  return { store: guarded, loaders: createLoaders(guarded), writeAccess: writeAccess(apiKey, requestKey) };
}

/** The API key a request carries: `x-api-key: KEY` or `Authorization: Bearer KEY`. */
export function requestApiKey(header: (name: string) => string | undefined): string | undefined {
  const direct = header('x-api-key')?.trim();
  if (direct) return direct;
  const bearer = /^Bearer\s+(.+)$/i.exec(header('authorization')?.trim() ?? '');
  return bearer?.[1]?.trim();
}

function writeAccess(apiKey: string | undefined, requestKey: string | undefined): WriteAccess {
  if (!apiKey) return 'disabled';
  if (!requestKey) return 'missing';
  const [a, b] = [Buffer.from(apiKey), Buffer.from(requestKey)];
  return a.length === b.length && timingSafeEqual(a, b) ? 'granted' : 'invalid';
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
      throw unauthenticated('The API key is not valid.');
  }
}

function refuseAfterAbort(store: GraphStore, signal: AbortSignal): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (signal.aborted) throw apiError(ErrorCode.TIMEOUT, 'The request ran out of time and was stopped.');
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
