// GET /health: the store's state, its counts when it answers, 503 with the reason when it does not.
import type { GraphStore } from '../../graph/store.ts';
import { sendJson, type RouteHandler } from './http.ts';

const sum = (counts: Record<string, number | undefined>) =>
  Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);

export function healthRoute(store: GraphStore): RouteHandler {
  return async (_request, response, url) => {
    if (url.pathname !== '/health') return false;
    try {
      const stats = await store.stats();
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
