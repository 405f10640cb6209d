// At most so many GraphQL requests run at once; the others wait their turn. A request that runs out of time while
// waiting never starts, so a burst of slow queries cannot leave behind a backlog that times out everything after it.

export class Admission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {}

  /** Runs `task` when a place is free; rejects with `signal.reason` if the signal aborts before that. */
  async run<T>(signal: AbortSignal, task: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await this.wait(signal);
    else this.running++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running--;
    }
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
