// Checks on arguments: each failure is BAD_USER_INPUT naming the argument and the problem.
import { kindOfId, type EntityId } from '../ontology/model.ts';
import { normalizeName } from '../names.ts';
import { MAX_PAGE_SIZE } from './limits.ts';
import { badInput } from './errors.ts';

/** An integer argument within [min, max]. */
export function checkRange(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

export const checkFirst = (first: number) => checkRange('first', first, 0, MAX_PAGE_SIZE);

/** An entity id as the API hands them out: `<Kind>:<canonical name>`. */
export function checkEntityId(name: string, id: string): EntityId {
  if (!kindOfId(id) || id.indexOf(':') === id.length - 1) {
    throw badInput(`${name}: "${id}" is not an entity id (expected <Kind>:<name>, e.g. Park:..., as search returns)`);
  }
  return id;
}

/** Names in the graph are Simplified: a query typed in Traditional (or full-width) is normalized the same way. */
export function normalizeQuery(name: string, text: string): string {
  const normalized = normalizeName(text);
  if (normalized.length === 0) throw badInput(`${name} must not be empty`);
  return normalized;
}
