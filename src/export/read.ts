// Reads the whole graph out of any GraphStore, a page at a time, through the port's own methods (no adapter
// specifics): entities by id order with their mentions, each relation once (from its start entity), the reports.
// Memory stays at one page, whatever the graph's size.
import { MAX_PAGE_SIZE } from '../graph/store.ts';
import type { GraphStore, StoredEntity, StoredMention, StoredRelation, StoredReport } from '../graph/store.ts';

/** An entity with every sentence that names it. */
export interface ExportNode extends StoredEntity {
  mentions: StoredMention[];
}

async function* entityPages(store: GraphStore): AsyncGenerator<StoredEntity[]> {
  let after: string | undefined;
  for (;;) {
    const page = await store.findEntities({}, { first: MAX_PAGE_SIZE, ...(after ? { after } : {}) });
    if (page.items.length > 0) yield page.items;
    if (!page.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}

export async function* nodePages(store: GraphStore): AsyncGenerator<ExportNode[]> {
  for await (const entities of entityPages(store)) {
    const mentions = await store.mentionsOf(entities.map((e) => e.id));
    yield entities.map((e) => ({ ...e, mentions: mentions.get(e.id) ?? [] }));
  }
}

/** Every relation exactly once: the outgoing relations of each page of entities. */
export async function* edgePages(store: GraphStore): AsyncGenerator<StoredRelation[]> {
  for await (const entities of entityPages(store)) {
    const relations = await store.relationsOfMany(
      entities.map((e) => e.id),
      { direction: 'OUT' },
    );
    const page = entities.flatMap((e) => relations.get(e.id) ?? []);
    if (page.length > 0) yield page;
  }
}

export async function* reportPages(store: GraphStore): AsyncGenerator<StoredReport[]> {
  let after: string | undefined;
  for (;;) {
    const page = await store.reports({ first: MAX_PAGE_SIZE, ...(after ? { after } : {}) });
    if (page.items.length > 0) yield page.items;
    if (!page.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}
