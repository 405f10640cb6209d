// A test seam for atomicity. An adapter calls `faultPoint(this, step)` between the writes of one upsert or delete,
// inside its transaction; tests set a hook that throws at one of those points and check that nothing was kept.
// Production code never sets the hook, so a fault point costs one property lookup.
export const FAULT_HOOK = Symbol.for('park-graph.faultHook');

export type FaultHook = (step: string) => void;

export interface FaultInjectable {
  [FAULT_HOOK]?: FaultHook;
}

export function faultPoint(target: object, step: string): void {
  (target as FaultInjectable)[FAULT_HOOK]?.(step);
}

/** Sets (or with undefined clears) the hook of a store; returns false when the store has no fault points. */
export function setFaultHook(target: object, hook: FaultHook | undefined): boolean {
  if (!(FAULT_HOOK in target)) return false;
  (target as FaultInjectable)[FAULT_HOOK] = hook;
  return true;
}
