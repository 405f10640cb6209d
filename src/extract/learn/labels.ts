// Training labels from gold annotations, by the scorer's own matching rules (src/eval/score.ts): an entity is right
// when a gold entity of its kind shares a normalized form with it; a relation when its type and endpoints match a gold
// relation after endpoints are resolved through the aligned entities, LOCATED_IN when its end is reachable over the
// gold's LOCATED_IN edges.
import {
  alignEntities,
  edgeMap,
  endpointKey,
  norm,
  reachable,
  surfaceForms,
  type GoldDoc,
  type GoldEntity,
} from '../../eval/score.ts';
import { SCORED_RELATION_TYPES, type EntityKind, type RelationType } from '../../ontology/model.ts';

const SCORED: ReadonlySet<string> = new Set(SCORED_RELATION_TYPES);

/** Is (kind, any of these forms) a gold entity of the report? */
export function entityLabeler(gold: GoldDoc): (kind: EntityKind, forms: readonly string[]) => boolean {
  const byKind = new Map<string, Set<string>>();
  for (const e of gold.entities ?? []) {
    let forms = byKind.get(e.kind);
    if (!forms) byKind.set(e.kind, (forms = new Set()));
    for (const f of surfaceForms(e)) forms.add(norm(f));
  }
  return (kind, forms) => forms.some((f) => byKind.get(kind)?.has(norm(f)) ?? false);
}

/** Is (type, from, to) a gold relation, given the entities the report was predicted to have? */
export function relationLabeler(
  gold: GoldDoc,
  predicted: GoldEntity[],
): (type: RelationType, from: string, to: string) => boolean {
  const goldEntities = gold.entities ?? [];
  const { predToGold } = alignEntities(goldEntities, predicted);
  const toGold = endpointKey(goldEntities, predicted, predToGold);
  const relations = (gold.relations ?? []).filter((r) => SCORED.has(r.type));
  const keys = new Set(relations.map((r) => `${r.type}|${toGold(r.from)}|${toGold(r.to)}`));
  const located = edgeMap(relations.filter((r) => r.type === 'LOCATED_IN').map((r) => [toGold(r.from), toGold(r.to)]));
  return (type, from, to) =>
    type === 'LOCATED_IN'
      ? reachable(located, toGold(from), toGold(to))
      : keys.has(`${type}|${toGold(from)}|${toGold(to)}`);
}
