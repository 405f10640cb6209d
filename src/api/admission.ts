// At most so many GraphQL requests run at once; the others wait their turn. A request that runs out of time while
// waiting never starts, so a burst of slow queries cannot leave behind a backlog that times out everything after it.
// The server keeps two: every request, and the few that scan every name (limits.ts), so that heavy searches queue
// among themselves and leave the store's readers to everything else (/health included).

export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Runs `task` when a place is free; rejects with `signal.reason` if the signal aborts before that. */
  async run<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    const release = await this.acquire(signal);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /** Resolves to the release of a place, once one is free; rejects with `signal.reason` if it aborts first. */
  async acquire(signal: AbortSignal): Promise<() => void> {
    if (this.running >= this.limit) await this.wait(signal);
    else this.running++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    };
  }

  /** Resolves when a finishing task hands its place over. */
  private wait(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    return new Promise((resolve, reject) => {
      const admit = () => {
        signal.removeEventListener('abort', abort);
        resolve();
      };
      const abort = () => {
        this.waiting.splice(this.waiting.indexOf(admit), 1);
        reject(signal.reason);
      };
      this.waiting.push(admit);
      signal.addEventListener('abort', abort, { once: true });
    });
  }
}
