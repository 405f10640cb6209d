// The embedded store's report queries and counts.
import { ENTITY_KINDS, RELATION_TYPES } from '../../ontology/model.ts';
import { pageWindow, toPage } from '../paging.ts';
import { reportFromRow } from '../store.ts';
import type { GraphStats, Page, PageArgs, ReportFilter, StoredEntity, StoredReport } from '../store.ts';
import { toEntity } from './records.ts';
import { countOf, type ReadSession } from './reads.ts';

export async function getReport(session: ReadSession, id: string): Promise<StoredReport | undefined> {
  return session(async ({ run, cypher }) => {
    const [row] = await run(cypher.get('reportsByIds'), { ids: [id] });
    return row ? reportFromRow(row) : undefined;
  });
}

export async function reports(
  session: ReadSession,
  page?: PageArgs,
  filter: ReportFilter = {},
): Promise<Page<StoredReport>> {
  const { size, after } = pageWindow(page);
  const range = { from: filter.publishedFrom ?? '', to: filter.publishedTo ?? '' };
  return session(async ({ run, cypher }) => {
    const rows = await run(cypher.get('listReports'), { after, limit: size + 1, ...range });
    const totalCount = countOf(await run(cypher.get('countReportsPublished'), range));
    return toPage(rows.map(reportFromRow), (r) => r.id, size, totalCount);
  });
}

export async function stats(session: ReadSession): Promise<GraphStats> {
  return session(async ({ run, cypher }) => {
    const stats: GraphStats = { reports: countOf(await run(cypher.get('countReports'))), entities: {}, relations: {} };
    const counts = async (name: string) =>
      new Map((await run(cypher.get(name))).map((r) => [String(r.key), Number(r.total)]));
    const kinds = await counts('countEntitiesByKind');
    for (const kind of ENTITY_KINDS) if (kinds.get(kind)) stats.entities[kind] = kinds.get(kind);
    const types = await counts('countRelationsByType');
    for (const type of RELATION_TYPES) if (types.get(type)) stats.relations[type] = types.get(type);
    return stats;
  });
}

export async function entitiesOfReport(session: ReadSession, id: string): Promise<StoredEntity[]> {
  return session(async ({ run, cypher }) => (await run(cypher.get('entitiesOfReport'), { id })).map(toEntity));
}
