// park-graph's client for apps: the lookups apps embed (search, relations of, path between, neighborhood), typed
// from the served schema. Needs only `fetch` (Node 18+, browsers).
import { ENTITY, NEIGHBORHOOD, PATH_BETWEEN, RELATIONS_OF, SEARCH } from './operations.ts';
import type {
  Direction,
  EntityKind,
  EntityQuery,
  NeighborhoodQuery,
  PathBetweenQuery,
  RelationType,
  RelationsOfQuery,
  SearchQuery,
} from './types.generated.ts';

export type * from './types.generated.ts';

export type Entity = SearchQuery['search'][number];
export type RelationPage = RelationsOfQuery['relations'];
export type Relation = RelationPage['edges'][number]['node'];
export type Subgraph = NeighborhoodQuery['neighborhood'];

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql. */
  url: string;
  /** Sent as x-api-key; only mutations need it. */
  apiKey?: string;
  /** Extra request headers. */
  headers?: Record<string, string>;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
}

export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The server answered with errors; `code` is the first error's (BAD_USER_INPUT, NOT_FOUND, ...). */
export class ParkGraphError extends Error {
  override name = 'ParkGraphError';
  readonly code: string | undefined;
  constructor(
    readonly errors: GraphQLErrorItem[],
    readonly status: number,
  ) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
    this.code = errors[0]?.extensions?.code;
  }
}

export interface ParkGraphClient {
  /** Sends any query; resolves to its data or rejects with ParkGraphError. */
  request<TData>(query: string, variables?: Record<string, unknown>): Promise<TData>;
  entity(id: string): Promise<EntityQuery['entity']>;
  /** Entities by name or alias, Traditional or Simplified, full or partial; exact matches first. */
  search(text: string, options?: { kinds?: EntityKind[]; first?: number }): Promise<Entity[]>;
  /** What is connected to an entity: a page of its relations (pass pageInfo.endCursor as `after` for the next). */
  relationsOf(
    id: string,
    options?: { types?: RelationType[]; direction?: Direction; first?: number; after?: string },
  ): Promise<RelationPage>;
  /** How two entities are connected: a shortest path, or null when none is within maxHops. */
  pathBetween(from: string, to: string, options?: { maxHops?: number }): Promise<PathBetweenQuery['path']>;
  /** The entities within `depth` hops of an entity and the relations among them. */
  neighborhood(id: string, options?: { depth?: number; limit?: number }): Promise<Subgraph>;
}

export function createClient({
  url,
  apiKey,
  headers = {},
  fetch: fetchImpl = globalThis.fetch,
}: ClientOptions): ParkGraphClient {
  async function request<TData>(query: string, variables: Record<string, unknown> = {}): Promise<TData> {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(apiKey ? { 'x-api-key': apiKey } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    let body: { data?: TData | null; errors?: GraphQLErrorItem[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new ParkGraphError(
        [{ message: `not a GraphQL response (HTTP ${response.status}): ${text.slice(0, 200)}` }],
        response.status,
      );
    }
    if (body.errors?.length || body.data === undefined || body.data === null) {
      throw new ParkGraphError(body.errors ?? [], response.status);
    }
    return body.data;
  }

  return {
    request,
    entity: async (id) => (await request<EntityQuery>(ENTITY, { id })).entity,
    search: async (text, options = {}) => (await request<SearchQuery>(SEARCH, { text, ...options })).search,
    relationsOf: async (id, options = {}) =>
      (await request<RelationsOfQuery>(RELATIONS_OF, { of: id, ...options })).relations,
    pathBetween: async (from, to, options = {}) =>
      (await request<PathBetweenQuery>(PATH_BETWEEN, { from, to, ...options })).path,
    neighborhood: async (id, options = {}) =>
      (await request<NeighborhoodQuery>(NEIGHBORHOOD, { of: id, ...options })).neighborhood,
  };
}
