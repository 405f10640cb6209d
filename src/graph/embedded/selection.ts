// What a read asks for, checked, and the relations of an adjacency it selects and pages: in memory, in relation-id
// order, as LadybugDB would page them (relation-reads.ts).
import { UserError } from '../../errors.ts';
import type { RelationType } from '../../ontology/model.ts';
import { relationId } from '../resolve.ts';
import type { Direction } from '../store.ts';
import type { RelationRecord } from './records.ts';
import type { Adjacency } from './read-cache.ts';

/** The distinct values asked for, each one of `allowed` (a UserError naming the first that is not). */
export function listOf<T extends string>(
  values: readonly T[] | undefined,
  allowed: readonly string[],
  what: string,
): T[] {
  for (const v of values ?? []) if (!allowed.includes(v)) throw new UserError(`unknown ${what} "${v}"`);
  return [...new Set(values ?? [])];
}

export type Way = 'Out' | 'In';
export const BOTH: readonly Way[] = ['Out', 'In'];

export function directionsOf(direction: Direction = 'BOTH'): Way[] {
  if (direction === 'OUT') return ['Out'];
  if (direction === 'IN') return ['In'];
  if (direction === 'BOTH') return ['Out', 'In'];
  throw new UserError(`unknown direction "${String(direction)}"`);
}

export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The relations of an adjacency of the given types (all when none) in the given directions. */
export function select(adjacency: Adjacency, types: RelationType[], directions: readonly Way[]): RelationRecord[] {
  const records = directions.flatMap((d) => (d === 'Out' ? adjacency.out : adjacency.in));
  return types.length === 0 ? records : records.filter((r) => types.includes(r.type));
}

/** The first size + 1 relations after the cursor, in id order, and how many there are. */
export function pageOf(records: RelationRecord[], after: string, size: number) {
  const keyed = records.map((r) => ({ r, key: relationId(r.from, r.type, r.to) }));
  const window = keyed
    .filter((k) => k.key > after)
    .sort((a, b) => compare(a.key, b.key))
    .slice(0, size + 1);
  return { records: window.map((k) => k.r), totalCount: records.length };
}
