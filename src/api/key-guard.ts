// Who may write: the API keys the server accepts, compared in constant time, and the clients that keep sending wrong
// ones. A client (by address) with too many failed attempts in a window is refused for the rest of it (429 with
// Retry-After), so a key cannot be guessed at the speed of the server.
import { createHash, timingSafeEqual } from 'node:crypto';
import { UserError } from '../errors.ts';

export const MIN_API_KEY_LENGTH = 16;
export const MAX_FAILED_ATTEMPTS = 10;
export const FAILED_ATTEMPTS_WINDOW_MS = 60_000;

/** Refuses a key too short to resist guessing, naming where it came from. */
export function checkApiKey(key: string, source = 'KG_API_KEY'): void {
  if (key.length < MIN_API_KEY_LENGTH) {
    throw new UserError(
      `${source} is ${key.length} characters long; use at least ${MIN_API_KEY_LENGTH} ` +
        '(for example: openssl rand -hex 24)',
    );
  }
}

const digest = (key: string) => createHash('sha256').update(key).digest();

export interface KeyGuardOptions {
  maxFailures?: number;
  windowMs?: number;
  now?: () => number;
}

export class KeyGuard {
  private readonly digests: Buffer[];
  private readonly failures = new Map<string, { count: number; since: number }>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(keys: readonly string[], options: KeyGuardOptions = {}) {
    for (const key of keys) checkApiKey(key);
    this.digests = keys.map(digest);
    this.maxFailures = options.maxFailures ?? MAX_FAILED_ATTEMPTS;
    this.windowMs = options.windowMs ?? FAILED_ATTEMPTS_WINDOW_MS;
    this.now = options.now ?? Date.now;
  }

  get enabled(): boolean {
    return this.digests.length > 0;
  }

  /** Whether `candidate` is one of the keys: equal-length digests compared in constant time, every key tried. */
  accepts(candidate: string): boolean {
    const given = digest(candidate);
    let match = false;
    for (const key of this.digests) match = timingSafeEqual(key, given) || match;
    return match;
  }

  /** Seconds until `client` may try a key again; 0 when it may now. */
  retryAfterSeconds(client: string): number {
    const entry = this.failures.get(client);
    if (!entry) return 0;
    const left = entry.since + this.windowMs - this.now();
    if (left <= 0) {
      this.failures.delete(client);
      return 0;
    }
    return entry.count >= this.maxFailures ? Math.ceil(left / 1000) : 0;
  }

  /** Counts a wrong key from `client`; returns how many it sent in the current window. */
  failed(client: string): number {
    const now = this.now();
    let entry = this.failures.get(client);
    if (!entry || entry.since + this.windowMs <= now) this.failures.set(client, (entry = { count: 0, since: now }));
    entry.count++;
    if (this.failures.size > 10_000) this.forgetExpired(now);
    return entry.count;
  }

  private forgetExpired(now: number): void {
    for (const [client, entry] of this.failures) if (entry.since + this.windowMs <= now) this.failures.delete(client);
  }
}
