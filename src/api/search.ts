// `search`: the store matches names and aliases containing the text; this adds the order users expect (exact
// names and aliases first) and Chinese short forms, which drop a generic word from the middle of a name
// (a "XY园区" for "XY工业园区"): the store is asked for the distinctive head, and a candidate must contain every
// character of the query in order (src/names.ts).
import type { EntityKind } from '../ontology/model.ts';
import type { GraphStore, StoredEntity } from '../graph/store.ts';
import { containsInOrder, shortFormHead } from '../names.ts';

const names = (entity: StoredEntity) => [entity.name, ...entity.aliases];

export async function searchEntities(
  store: GraphStore,
  query: string,
  { kinds, first }: { kinds?: EntityKind[]; first: number },
): Promise<StoredEntity[]> {
  const found = await store.searchEntities(query, { kinds, limit: first });
  const exact = found.filter((e) => names(e).includes(query));
  const ranked = [...exact, ...found.filter((e) => !exact.includes(e))];
  const head = ranked.length < first ? shortFormHead(query) : undefined;
  if (head) {
    const seen = new Set(ranked.map((e) => e.id));
    const candidates = await store.searchEntities(head, { kinds, limit: Math.min(100, first * 4) });
    ranked.push(...candidates.filter((e) => !seen.has(e.id) && names(e).some((name) => containsInOrder(name, query))));
  }
  return ranked.slice(0, first);
}
