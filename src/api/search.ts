// `search`: the store matches names and aliases containing the text; this adds the order users expect (exact
// names and aliases first) and Chinese short forms, which drop a generic word from the middle of a name
// (a "XY园区" for "XY工业园区"): the store is asked for the distinctive head, and a candidate must contain every
// character of the query in order.
import type { EntityKind } from '../graph/model.ts';
import type { GraphStore, StoredEntity } from '../graph/store.ts';

/** Generic endings of park, company and place names, longest first. */
const GENERIC_ENDINGS = [
  '高新技术产业开发区',
  '经济技术开发区',
  '经济开发区',
  '高新区',
  '开发区',
  '工业园区',
  '产业园区',
  '工业园',
  '产业园',
  '园区',
  '新区',
  '集团',
  '有限公司',
  '公司',
];

const names = (entity: StoredEntity) => [entity.name, ...entity.aliases];

function containsInOrder(name: string, query: string): boolean {
  let at = 0;
  for (const char of query) {
    at = name.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return true;
}

/** The head of a short form: the query without its generic ending, when that leaves at least two characters. */
export function shortFormHead(query: string): string | undefined {
  const ending = GENERIC_ENDINGS.find((end) => query.endsWith(end) && query.length - end.length >= 2);
  return ending ? query.slice(0, -ending.length) : undefined;
}

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
