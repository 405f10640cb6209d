// The embedded store's entity queries: a filtered page of entities, a name search, and where reports name them.
import { ENTITY_KINDS } from '../../ontology/model.ts';
import type { EntityId, EntityKind } from '../../ontology/model.ts';
import { nodeId } from '../identity.ts';
import { pageWindow, toPage, wholeNumber } from '../paging.ts';
import type { ResolvedMention } from '../resolve.ts';
import type { EntityFilter, Page, PageArgs, StoredEntity, StoredMention } from '../store.ts';
import { decodeMentions, sentenceKey, toEntity } from './records.ts';
import { countOf, entitiesById, nameIndex, sentencesOf, type ReadSession } from './reads.ts';
import { listOf } from './selection.ts';

const DEFAULT_SEARCH_LIMIT = 20;

export async function findEntities(
  session: ReadSession,
  filter: EntityFilter,
  page?: PageArgs,
): Promise<Page<StoredEntity>> {
  const { size, after } = pageWindow(page);
  const kinds = listOf(filter.kinds, ENTITY_KINDS, 'entity kind');
  const text = filter.nameContains ?? '';
  const { inRegion, industry } = filter;
  return session(async (r) => {
    const { run, cypher } = r;
    if (inRegion && industry) {
      // Both: the industry's few entities, kept when they lie in the region.
      const inside = new Set((await run(cypher.get('entityIdsInRegion'), { inRegion })).map((r) => String(r.id)));
      const all = (await run(cypher.get('findEntitiesByIndustry'), { industry, kinds, text, after: '', limit: 1e9 }))
        .map(toEntity)
        .filter((e) => inside.has(e.id));
      return toPage(
        all.filter((e) => e.id > after),
        (e) => e.id,
        size,
        all.length,
      );
    }
    if (!inRegion && !industry && text !== '') {
      // A partial name over every entity: the name index, not a scan.
      const { items, totalCount } = (await nameIndex(r)).containsPage(text, kinds, after, size);
      return toPage(items, (e) => e.id, size, totalCount);
    }
    // Start from the one bound node there is: an industry's FOCUSES_ON, a region's LOCATED_IN tree, or all.
    const [find, count, anchor] = industry
      ? ['findEntitiesByIndustry', 'countEntitiesByIndustry', { industry }]
      : inRegion
        ? ['findEntitiesInRegion', 'countEntitiesInRegion', { inRegion }]
        : ['findEntities', 'countEntities', {}];
    const params = { ...anchor, kinds, text };
    const rows = await run(cypher.get(find), { ...params, after, limit: size + 1 });
    return toPage(rows.map(toEntity), (e) => e.id, size, countOf(await run(cypher.get(count), params)));
  });
}

export async function searchEntities(
  session: ReadSession,
  text: string,
  options: { kinds?: EntityKind[]; limit?: number },
): Promise<StoredEntity[]> {
  const limit = wholeNumber(options.limit ?? DEFAULT_SEARCH_LIMIT, 'limit');
  const kinds = listOf(options.kinds, ENTITY_KINDS, 'entity kind');
  if (text === '' || limit === 0) return [];
  const ids = (kinds.length > 0 ? kinds : ENTITY_KINDS).map((kind) => nodeId(kind, text));
  return session(async (r) => {
    // Ranked: the entities whose id the text names, then the other exact and the partial matches (the name index).
    // When the ids alone fill the answer, the scan of every name is skipped.
    const stored = await entitiesById(r, ids);
    const byId = ids.flatMap((id) => stored.get(id) ?? []);
    const named = byId.length >= limit ? [] : (await nameIndex(r)).search(text, kinds, limit + byId.length);
    const found = new Map<string, StoredEntity>(byId.map((e) => [e.id, e]));
    for (const { entity } of named) if (!found.has(entity.id)) found.set(entity.id, entity);
    return [...found.values()].slice(0, limit);
  });
}

export async function mentionsOf(
  session: ReadSession,
  ids: readonly EntityId[],
): Promise<Map<EntityId, StoredMention[]>> {
  const result = new Map<EntityId, StoredMention[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return result;
  return session(async (r) => {
    const mentions: { id: EntityId; reportId: string; mentions: ResolvedMention[] }[] = [];
    for (const id of new Set(ids)) {
      for (const row of await r.run(r.cypher.get('mentionsOfEntity'), { id })) {
        mentions.push({ id, reportId: String(row.reportId), mentions: decodeMentions(String(row.mentions)) });
      }
    }
    const refs = mentions.flatMap((m) => m.mentions.map((x) => ({ reportId: m.reportId, sentence: x.sentence })));
    const sentences = await sentencesOf(r, refs);
    for (const m of mentions) {
      const list = result.get(m.id)!;
      for (const x of [...m.mentions].sort((a, b) => a.sentence - b.sentence)) {
        const sentence = sentences.get(sentenceKey(m.reportId, x.sentence));
        if (sentence) list.push({ ...sentence, surface: x.surface });
      }
    }
    return result;
  });
}
