// What a query asks of a field's result, read from the resolver's info before the store is asked: a resolver can
// then spare the store work no field needs (a graph view's neighborhood wants each edge's ends, not its evidence).
import { Kind } from 'graphql';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { RelationDetail } from '../graph/store.ts';

/** The fields of a relation that read its evidence, and those its ends and type answer. */
const FROM_EVIDENCE = ['evidence', 'firstSeen', 'lastSeen'];
const FROM_ENDS = new Set(['__typename', 'id', 'type', 'from', 'to', 'fromId', 'toId']);

/** Whether the relations selected at `path` are asked only for their ends and type (a graph view's shape). */
export function asksOnlyEnds(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return [...requestedFields(info, path)].every((field) => FROM_ENDS.has(field));
}

/** What the relations selected at `path` need besides their ends and properties. */
export function relationDetail(info: GraphQLResolveInfo, path: readonly string[]): RelationDetail {
  const fields = requestedFields(info, path);
  return { evidence: FROM_EVIDENCE.some((field) => fields.has(field)) };
}

/**
 * The names of the fields selected at `path` below the resolved field (`['edges']`: the fields of its edges), fragments
 * followed. Conditional selections (@include, @skip) count as selected: a resolver that spares work for what is not
 * asked must never spare what may be.
 */
export function requestedFields(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    sets = fieldsOf(info, sets).flatMap((field) =>
      field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
    );
  }
  return new Set(fieldsOf(info, sets).map((field) => field.name.value));
}

/** The fields of selection sets, with those of their inline fragments and fragment spreads. */
function fieldsOf(info: GraphQLResolveInfo, sets: readonly SelectionSetNode[]) {
  const fields = [];
  const pending = [...sets];
  for (let set = pending.pop(); set; set = pending.pop()) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) pending.push(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) pending.push(fragment.selectionSet);
      }
    }
  }
  return fields;
}
