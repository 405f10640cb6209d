// GET /health: the store's state, its counts when it answers, 503 with the reason when it does not or when one of
// the server's checks fails (the embedded store's data directory was removed while the server had it open, say).
import type { GraphStats, GraphStore } from '../../graph/store.ts';
import { sendJson, type RouteHandler } from './http.ts';

/** Throws (or rejects) with the reason the store is not usable. */
export type HealthCheck = () => void | Promise<void>;

export const entityCount = (stats: GraphStats) => sum(stats.entities);

const sum = (counts: Record<string, number | undefined>) =>
  Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

export function healthRoute(
  store: GraphStore,
  checks: readonly HealthCheck[] = [],
  onStats?: (stats: GraphStats) => void,
): RouteHandler {
  return async (_request, response, url) => {
    if (url.pathname !== '/health') return false;
    try {
      for (const check of checks) await check();
      const stats = await store.stats();
      onStats?.(stats);
      sendJson(response, 200, {
        status: 'ok',
        store: {
          reports: stats.reports,
          entities: sum(stats.entities),
          relations: sum(stats.relations),
          entitiesByKind: stats.entities,
          relationsByType: stats.relations,
        },
      });
    } catch (error) {
      sendJson(response, 503, { status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
    return true;
  };
}
