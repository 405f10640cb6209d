// The time a request may take, carried to the store without threading it through every call: the API runs each
// request inside `withDeadline`, and the stores read it where the work happens. A read's statements are cut at the
// deadline (the store's own query timeout), so a request answered TIMEOUT stops using the store; a write checks it
// before it begins and before it commits, and rolls back when it has passed, so a write answered TIMEOUT was never
// kept. What already committed is answered whatever the clock says (`beyondDeadline`).
import { AsyncLocalStorage } from 'node:async_hooks';

export interface Deadline {
  /** Epoch milliseconds. */
  readonly at: number;
}

/** The work ran past its request's deadline and was stopped (or, for a write, rolled back). */
export class DeadlineExceeded extends Error {
  override name = 'DeadlineExceeded';
  constructor(what = 'The request ran out of time and was stopped.') {
    super(what);
  }
}

const current = new AsyncLocalStorage<Deadline | undefined>();

/** Runs `work` (and everything it starts) under a deadline `ms` from now. */
export function withDeadline<T>(ms: number, work: () => T): T {
  return current.run({ at: Date.now() + ms }, work);
}

/** Runs `work` with no deadline: what follows a committed write, which is answered in full. */
export function beyondDeadline<T>(work: () => T): T {
  return current.run(undefined, work);
}

/** Milliseconds left before the current deadline, or undefined when there is none. */
export function remainingMs(): number | undefined {
  const deadline = current.getStore();
  return deadline ? deadline.at - Date.now() : undefined;
}

/** Throws DeadlineExceeded when the current deadline has passed. */
export function checkDeadline(what?: string): void {
  const left = remainingMs();
  if (left !== undefined && left <= 0) throw new DeadlineExceeded(what);
}
