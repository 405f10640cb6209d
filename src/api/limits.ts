// What one request may ask for: page sizes, path and neighborhood bounds, query depth and cost, time.
import { validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PAGE_SIZE, MAX_PATH_HOPS } from '../graph/store.ts';
import { apiError, ErrorCode } from './errors.ts';

// Its ESM build imports graphql/index.mjs, a second graphql realm beside the CommonJS one Apollo and type-graphql use
// ("Cannot use GraphQLObjectType from another module or realm"); its CommonJS build shares theirs.
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof QueryComplexity;
type ComplexityEstimator = QueryComplexity.ComplexityEstimator;

export { MAX_NEIGHBORHOOD_DEPTH, MAX_PAGE_SIZE, MAX_PATH_HOPS };
export const MAX_NEIGHBORHOOD_NODES = 500;
export const MAX_QUERY_DEPTH = 12;
/** Roughly the number of values a query may produce: each list field multiplies its children by its size. */
export const MAX_QUERY_COST = 20_000;
export const DEFAULT_TIMEOUT_MS = 10_000;

/** The size a list field asks for (its first, limit or maxHops argument), clamped to what the resolvers allow. */
function listSize(args: Record<string, unknown>): number | undefined {
  const clamp = (value: unknown, max: number) => (typeof value === 'number' ? Math.max(0, Math.min(value, max)) : 0);
  if ('first' in args) return clamp(args.first, MAX_PAGE_SIZE);
  if ('limit' in args) return clamp(args.limit, MAX_NEIGHBORHOOD_NODES);
  if ('maxHops' in args) return clamp(args.maxHops, MAX_PATH_HOPS) + 1;
  return undefined;
}

export interface CostOptions {
  /**
   * The size of a list field that takes `first` or `limit` but got neither and has no default for it: a size the
   * server fills in (the @neo4j/graphql API's @limit default). Without it, such a list counts as one item.
   */
  unsizedListSize?: number;
}

function estimatorsFor({ unsizedListSize }: CostOptions): ComplexityEstimator[] {
  const listEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
    const sizeable = unsizedListSize !== undefined && field.args.some((a) => a.name === 'first' || a.name === 'limit');
    const size = listSize(args) ?? (sizeable ? unsizedListSize : undefined);
    return size === undefined ? undefined : 1 + size * childComplexity;
  };
  return [listEstimator, simpleEstimator({ defaultComplexity: 1 })];
}

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
  options: CostOptions = {},
) {
  const estimators = estimatorsFor(options);
  return getComplexity({ schema, query: document, variables, operationName: operationName ?? undefined, estimators });
}

/** The cost, or the request's own mistake: variables that do not fit their types, or far too many fields. */
function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
  options: CostOptions = {},
) {
  try {
    return queryCost(schema, document, variables, operationName, options);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/maximum allowed number of nodes/.test(message)) {
      throw apiError(ErrorCode.QUERY_TOO_COSTLY, 'The query has too many fields: ask for fewer.');
    }
    throw apiError(ErrorCode.BAD_USER_INPUT, message, 400);
  }
}

function depthErrors(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
  const errors: GraphQLError[] = [];
  const rule = maxDepthRule({
    n: MAX_QUERY_DEPTH,
    propagateOnRejection: false,
    onReject: [(_, error) => errors.push(error)],
  });
  validate(schema, document, [rule]);
  return errors;
}

/** Costs per variable values, kept for the few last ones of each document. */
const COSTS_PER_DOCUMENT = 32;

/**
 * Refuses too deep or too costly operations before they run (400 with QUERY_TOO_DEEP or QUERY_TOO_COSTLY).
 * Apollo reuses the parsed document of a query it has seen, so both checks are remembered per document.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, options: CostOptions = {}): ApolloServerPlugin {
  const depths = new WeakMap<DocumentNode, GraphQLError | undefined>();
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName }) {
          if (!depths.has(document)) depths.set(document, depthErrors(schema, document)[0]);
          const tooDeep = depths.get(document);
          if (tooDeep) throw apiError(ErrorCode.QUERY_TOO_DEEP, tooDeep.message.replace(/^Syntax Error: /, ''));
          const key = `${operationName ?? ''}|${JSON.stringify(request.variables ?? {})}`;
          let known = costs.get(document);
          if (!known) costs.set(document, (known = new Map()));
          let cost = known.get(key);
          if (cost === undefined) {
            cost = costOf(schema, document, request.variables, operationName ?? undefined, options);
            if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
            known.set(key, cost);
          }
          if (cost > MAX_QUERY_COST) {
            throw apiError(
              ErrorCode.QUERY_TOO_COSTLY,
              `Query cost ${cost} exceeds the limit of ${MAX_QUERY_COST}: ask for fewer items (first, limit) or fewer nested lists.`,
            );
          }
        },
      };
    },
  };
}
