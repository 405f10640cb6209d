// Facts over time and provenance, over the store port: a fact's date is the publication date of the reports that
// state it, so an edge several reports state was first seen in the earliest and last seen in the latest. These
// answer "which facts come from reports of 2023", "what does this report state" and "who held the post then".

import type { EntityId, RelationType } from '../ontology/model.ts';
import { pageWindow, toPage } from '../graph/paging.ts';
import type { Direction, GraphStore, Page, PageArgs, StoredRelation, StoredReport } from '../graph/store.ts';
import type { Loaders } from './loaders.ts';
import { badInput } from './errors.ts';

/** A date filter over many reports reads each one's facts: past this many reports, narrow the range. */
export const MAX_REPORTS_PER_RANGE = 500;

export interface DateRange {
  from?: string;
  to?: string;
}

const inRange = (date: string | undefined, { from, to }: DateRange) =>
  date !== undefined && (from === undefined || date >= from) && (to === undefined || date <= to);

/** The publication date of every report that states one of `relations` (undated reports are absent). */
export async function reportDates(
  loaders: Loaders,
  relations: readonly StoredRelation[],
): Promise<Map<string, string>> {
  const ids = [...new Set(relations.flatMap((r) => r.evidence.map((e) => e.reportId)))];
  const reports = await loaders.report.loadMany(ids);
  const dates = new Map<string, string>();
  reports.forEach((report, i) => {
    // A read that failed (a deadline passed) fails the answer: dropped, its facts would vanish from it unsaid.
    if (report instanceof Error) throw report;
    if (report?.publishedAt) dates.set(ids[i]!, report.publishedAt);
  });
  return dates;
}

/** The earliest and latest date of the reports stating the relation (undefined when none is dated). */
export function seenDates(relation: StoredRelation, dates: Map<string, string>) {
  const stated = relation.evidence.flatMap((e) => dates.get(e.reportId) ?? []).sort();
  return { firstSeen: stated[0], lastSeen: stated.at(-1) };
}

/** The relations a report states (every one joins two entities it names), of the given types, in id order. */
export async function relationsOfReport(
  store: GraphStore,
  reportId: string,
  types?: RelationType[],
): Promise<StoredRelation[]> {
  const entities = await store.entitiesOfReport(reportId);
  const byEntity = await store.relationsOfMany(
    entities.map((e) => e.id),
    { direction: 'OUT', ...(types?.length ? { types } : {}) },
  );
  return [...byEntity.values()]
    .flat()
    .filter((r) => r.evidence.some((e) => e.reportId === reportId))
    .sort(byId);
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every report published in the range, a page at a time (refused past MAX_REPORTS_PER_RANGE). */
async function reportsIn(store: GraphStore, range: DateRange): Promise<StoredReport[]> {
  const filter = {
    ...(range.from ? { publishedFrom: range.from } : {}),
    ...(range.to ? { publishedTo: range.to } : {}),
  };
  const found: StoredReport[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await store.reports({ first: 100, ...(after ? { after } : {}) }, filter);
    if (page.totalCount > MAX_REPORTS_PER_RANGE) {
      throw badInput(
        `publishedFrom/publishedTo: ${page.totalCount} reports were published in that range, more than ` +
          `${MAX_REPORTS_PER_RANGE}; narrow the range, or add \`of\` or \`report\``,
      );
    }
    found.push(...page.items);
    if (!page.hasNextPage || !page.endCursor) return found;
    after = page.endCursor;
  }
}

export interface FactQuery {
  of?: EntityId;
  report?: string;
  range: DateRange;
  types?: RelationType[];
  direction: Direction;
}

const touches = (r: StoredRelation, id: EntityId, direction: Direction) =>
  (direction !== 'IN' && r.from === id) || (direction !== 'OUT' && r.to === id);

/**
 * The facts that match: of an entity, stated by a report, from reports published in a range, or any mix; in id
 * order. Something must narrow them: every fact of the graph is not one answer.
 */
export async function matchingFacts(store: GraphStore, loaders: Loaders, query: FactQuery): Promise<StoredRelation[]> {
  const { of, report, range, types, direction } = query;
  const dated = range.from !== undefined || range.to !== undefined;
  if (!of && !report && !dated) {
    throw badInput('relations: give `of`, `report`, or a date range (`publishedFrom`, `publishedTo`) to narrow them');
  }
  if (dated && range.from && range.to && range.from > range.to) {
    throw badInput(`publishedFrom (${range.from}) is after publishedTo (${range.to})`);
  }
  const typed = types?.length ? { types } : {};
  let facts: StoredRelation[];
  if (report) {
    facts = await relationsOfReport(store, report, types);
    if (of) facts = facts.filter((r) => touches(r, of, direction));
  } else if (of) {
    facts = (await store.relationsOfMany([of], { ...typed, direction })).get(of) ?? [];
  } else {
    const seen = new Map<string, StoredRelation>();
    for (const r of await reportsIn(store, range)) {
      for (const fact of await relationsOfReport(store, r.id, types)) seen.set(fact.id, fact);
    }
    facts = [...seen.values()];
  }
  if (dated) {
    const dates = await reportDates(loaders, facts);
    facts = facts.filter((r) => r.evidence.some((e) => inRange(dates.get(e.reportId), range)));
  }
  return facts.sort(byId);
}

/** A page of a list already in key order, with the stores' cursors (src/graph/paging.ts). */
export function pageOfList<T>(items: readonly T[], keyOf: (item: T) => string, page: PageArgs): Page<T> {
  const { size, after } = pageWindow(page);
  const following = items.filter((item) => keyOf(item) > after);
  return toPage(following.slice(0, size + 1), keyOf, size, items.length);
}

/**
 * The post-holders as of a date: among the relations stated by a report published on or before it, those the latest
 * such report states (several reports of that same day count as one). Undated reports say nothing about "when".
 */
export function heldAsOf(relations: StoredRelation[], dates: Map<string, string>, asOf: string): StoredRelation[] {
  const dateOf = (r: StoredRelation) =>
    r.evidence
      .flatMap((e) => dates.get(e.reportId) ?? [])
      .filter((d) => d <= asOf)
      .sort();
  const latest = relations.flatMap(dateOf).sort().at(-1);
  if (latest === undefined) return [];
  return relations.filter((r) => dateOf(r).includes(latest));
}
