// An in-memory GraphStore for API tests that need a store whose calls are counted or whose data is synthetic.
import type { EntityId, ExtractedReport } from '../../../src/graph/model.ts';
import type {
  EntityFilter,
  GraphStats,
  GraphStore,
  Page,
  PageArgs,
  RelationFilter,
  StoredEntity,
  StoredMention,
  StoredRelation,
  StoredReport,
  Subgraph,
  UpsertResult,
} from '../../../src/graph/store.ts';
import { MAX_PAGE_SIZE } from '../../../src/graph/store.ts';

function page<T>(items: T[], { first = 20, after }: PageArgs = {}): Page<T> {
  const start = after ? Number(after) : 0;
  const size = Math.min(first, MAX_PAGE_SIZE);
  const end = start + size;
  return { items: items.slice(start, end), totalCount: items.length, endCursor: String(end), hasNextPage: end < items.length };
}

export class MemoryStore implements GraphStore {
  private reportsById = new Map<string, { report: StoredReport; extracted: ExtractedReport }>();

  private view() {
    const entities = new Map<EntityId, StoredEntity>();
    const relations = new Map<string, StoredRelation>();
    const mentions = new Map<EntityId, StoredMention[]>();
    for (const { extracted } of this.reportsById.values()) {
      const sentence = new Map(extracted.evidence.map((s) => [s.index, s]));
      for (const e of extracted.entities) {
        const known = entities.get(e.id) ?? { id: e.id, kind: e.kind, name: e.name, aliases: [] };
        known.aliases = [...new Set([...known.aliases, ...e.aliases])];
        entities.set(e.id, known);
        for (const m of e.mentions) {
          const s = sentence.get(m.sentence);
          if (!s) continue;
          const list = mentions.get(e.id) ?? [];
          list.push({ reportId: extracted.doc.id, sentence: s.text, start: s.start, end: s.end, surface: m.surface });
          mentions.set(e.id, list);
        }
      }
      for (const r of extracted.relations) {
        const id = `${r.from}|${r.type}|${r.to}`;
        const { evidence, ...rest } = r;
        const known = relations.get(id) ?? { ...rest, id, evidence: [] };
        for (const index of evidence) {
          const s = sentence.get(index);
          if (s) known.evidence.push({ reportId: extracted.doc.id, sentence: s.text, start: s.start, end: s.end });
        }
        relations.set(id, known);
      }
    }
    return { entities, relations, mentions };
  }

  async upsertReport(report: ExtractedReport): Promise<UpsertResult> {
    if (this.reportsById.has(report.doc.id)) {
      return { reportId: report.doc.id, status: 'unchanged', entitiesAdded: 0, relationsAdded: 0 };
    }
    const before = this.view();
    this.reportsById.set(report.doc.id, {
      extracted: report,
      report: { ...report.doc, entityCount: report.entities.length, relationCount: report.relations.length },
    });
    const after = this.view();
    return {
      reportId: report.doc.id,
      status: 'added',
      entitiesAdded: after.entities.size - before.entities.size,
      relationsAdded: after.relations.size - before.relations.size,
    };
  }

  async deleteReport(reportId: string) {
    return this.reportsById.delete(reportId);
  }

  async getEntity(id: EntityId) {
    return this.view().entities.get(id);
  }

  async getEntities(ids: readonly EntityId[]) {
    const { entities } = this.view();
    return ids.flatMap((id) => entities.get(id) ?? []);
  }

  async findEntities(filter: EntityFilter, pageArgs?: PageArgs) {
    const { entities, relations } = this.view();
    const all = [...relations.values()];
    const within = (id: EntityId, region: EntityId, seen = new Set<EntityId>()): boolean =>
      all.some(
        (r) =>
          r.type === 'LOCATED_IN' &&
          r.from === id &&
          !seen.has(r.to) &&
          (r.to === region || within(r.to, region, seen.add(r.to))),
      );
    const items = [...entities.values()]
      .filter((e) => !filter.kinds || filter.kinds.includes(e.kind))
      .filter((e) => !filter.nameContains || [e.name, ...e.aliases].some((n) => n.includes(filter.nameContains!)))
      .filter((e) => !filter.inRegion || within(e.id, filter.inRegion))
      .filter((e) => !filter.industry || all.some((r) => r.type === 'FOCUSES_ON' && r.from === e.id && r.to === filter.industry))
      .sort((a, b) => a.id.localeCompare(b.id));
    return page(items, pageArgs);
  }

  async searchEntities(text: string, options: { kinds?: EntityKind[]; limit?: number } = {}) {
    const names = (e: StoredEntity) => [e.name, ...e.aliases];
    const found = [...this.view().entities.values()]
      .filter((e) => !options.kinds || options.kinds.includes(e.kind))
      .filter((e) => names(e).some((n) => n.includes(text)));
    const exact = found.filter((e) => names(e).includes(text));
    return [...exact, ...found.filter((e) => !exact.includes(e))].slice(0, options.limit ?? 10);
  }

  async mentionsOf(ids: readonly EntityId[]) {
    const { mentions } = this.view();
    return new Map(ids.map((id) => [id, mentions.get(id) ?? []]));
  }

  private matching(relations: Iterable<StoredRelation>, id: EntityId, { types, direction = 'BOTH' }: RelationFilter = {}) {
    return [...relations].filter(
      (r) =>
        (!types || types.includes(r.type)) &&
        ((direction !== 'IN' && r.from === id) || (direction !== 'OUT' && r.to === id)),
    );
  }

  async relationsOf(id: EntityId, filter?: RelationFilter, pageArgs?: PageArgs) {
    return page(this.matching(this.view().relations.values(), id, filter), pageArgs);
  }

  async relationsOfMany(ids: readonly EntityId[], filter?: RelationFilter) {
    const relations = [...this.view().relations.values()];
    return new Map(ids.map((id) => [id, this.matching(relations, id, filter)]));
  }

  private adjacency() {
    const { entities, relations } = this.view();
    const next = new Map<EntityId, StoredRelation[]>();
    for (const r of relations.values()) {
      for (const end of [r.from, r.to]) next.set(end, [...(next.get(end) ?? []), r]);
    }
    return { entities, next };
  }

  async shortestPath(from: EntityId, to: EntityId, maxHops = 4): Promise<Subgraph | undefined> {
    const { entities, next } = this.adjacency();
    const via = new Map<EntityId, StoredRelation | undefined>([[from, undefined]]);
    let frontier = [from];
    for (let hop = 0; hop < maxHops && !via.has(to); hop++) {
      frontier = frontier.flatMap((id) =>
        (next.get(id) ?? []).flatMap((r) => {
          const other = r.from === id ? r.to : r.from;
          if (via.has(other)) return [];
          via.set(other, r);
          return [other];
        }),
      );
    }
    if (!via.has(to)) return undefined;
    const edges: StoredRelation[] = [];
    const nodes = [entities.get(to)!];
    for (let at = to; at !== from; ) {
      const r = via.get(at)!;
      edges.unshift(r);
      at = r.from === at ? r.to : r.from;
      nodes.unshift(entities.get(at)!);
    }
    return { nodes, edges };
  }

  async neighborhood(id: EntityId, { depth = 1, limit = 100 }: { depth?: number; limit?: number } = {}) {
    const { entities, next } = this.adjacency();
    const seen = new Set([id]);
    let frontier = [id];
    for (let d = 0; d < depth; d++) {
      frontier = frontier.flatMap((at) =>
        (next.get(at) ?? []).flatMap((r) => {
          const other = r.from === at ? r.to : r.from;
          if (seen.has(other) || seen.size >= limit) return [];
          seen.add(other);
          return [other];
        }),
      );
    }
    const edges = [...new Set([...seen].flatMap((n) => next.get(n) ?? []))].filter((r) => seen.has(r.from) && seen.has(r.to));
    return { nodes: [...seen].map((n) => entities.get(n)!), edges };
  }

  async getReport(id: string) {
    return this.reportsById.get(id)?.report;
  }

  async reports(pageArgs?: PageArgs) {
    return page(
      [...this.reportsById.values()].map((r) => r.report),
      pageArgs,
    );
  }

  async stats(): Promise<GraphStats> {
    const { entities, relations } = this.view();
    const stats: GraphStats = { reports: this.reportsById.size, entities: {}, relations: {} };
    for (const e of entities.values()) stats.entities[e.kind] = (stats.entities[e.kind] ?? 0) + 1;
    for (const r of relations.values()) stats.relations[r.type] = (stats.relations[r.type] ?? 0) + 1;
    return stats;
  }

  async close() {}
}

type EntityKind = StoredEntity['kind'];
