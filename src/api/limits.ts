// What one request may ask for: page sizes, path and neighborhood bounds, query depth and cost, time.
import { validate, type DocumentNode, type GraphQLError, type GraphQLSchema } from 'graphql';
import { createRequire } from 'node:module';
import type * as QueryComplexity from 'graphql-query-complexity';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PAGE_SIZE, MAX_PATH_HOPS } from '../graph/store.ts';
import { apiError, ErrorCode } from './errors.ts';
import type { Admission } from './admission.ts';

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
/**
 * A substring search (nameContains, search's text) reads every name in the store: it costs one per this many names,
 * so that on a 1M-entity graph two such searches fill a query's budget, whatever the page size asked.
 */
export const NAMES_PER_COST_UNIT = 100;
/** A request whose searches read at least this many names' worth (100,000 names) waits its turn among the heavy. */
export const HEAVY_SCAN_COST = 1_000;

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
  /** How many names a substring search reads (the store's entity count); without it, searches cost like lookups. */
  names?: () => number;
}

/** A field that searches names by substring: any `nameContains`, and `search`'s text. */
function scans(fieldName: string, args: Record<string, unknown>): boolean {
  const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  return filled(args.nameContains) || (fieldName === 'search' && filled(args.text));
}

/** The cost of one substring search over `names` names. */
export const scanCost = (names: number) => Math.max(1, Math.ceil(names / NAMES_PER_COST_UNIT));

export interface Cost {
  total: number;
  /** The part of it that substring searches make. */
  scans: number;
  /** How many substring searches the query makes. */
  searches: number;
}

function estimatorsFor({ unsizedListSize, names }: CostOptions, cost: Cost): ComplexityEstimator[] {
  const listEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
    const sizeable = unsizedListSize !== undefined && field.args.some((a) => a.name === 'first' || a.name === 'limit');
    const size = listSize(args) ?? (sizeable ? unsizedListSize : undefined);
    return size === undefined ? undefined : 1 + size * childComplexity;
  };
  const simple = simpleEstimator({ defaultComplexity: 1 });
  const withScans: ComplexityEstimator = (options) => {
    const base = listEstimator(options) ?? (simple(options) as number);
    if (!scans(options.field.name, options.args)) return base;
    cost.searches++;
    if (!names) return base;
    const scan = scanCost(names());
    cost.scans += scan;
    return base + scan;
  };
  return [withScans];
}

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
  options: CostOptions = {},
): number {
  return costOf(schema, document, variables, operationName, options).total;
}

/** The cost, or the request's own mistake: variables that do not fit their types, or far too many fields. */
function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
  options: CostOptions = {},
): Cost {
  const cost: Cost = { total: 0, scans: 0, searches: 0 };
  const estimators = estimatorsFor(options, cost);
  try {
    cost.total = getComplexity({
      schema,
      query: document,
      variables,
      operationName: operationName ?? undefined,
      estimators,
    });
    return cost;
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

/** What of a variable's value a cost depends on: a text only by being blank or not (an id or a name asked for
 *  costs as much as any other), so that requests about different entities share one computed cost. */
const costShape = (_: string, value: unknown) =>
  typeof value === 'string' ? (value.trim() === '' ? '' : 'text') : value;

/** Costs per variable values, kept for the few last ones of each document. */
const COSTS_PER_DOCUMENT = 32;

export interface LimitsOptions extends CostOptions {
  /** Resolves once `names` is current; awaited only by a query that searches. */
  namesKnown?: () => Promise<void>;
  /** Where requests whose searches cost HEAVY_SCAN_COST or more wait their turn. */
  heavyScans?: Admission;
}

/** What the plugin reads from and writes to an API request's context (absent on /graphql/neo4j). */
interface LimitsContext {
  request?: { operationName?: string; operationType?: 'query' | 'mutation' | 'subscription' };
  signal?: AbortSignal;
}

function tooCostly(cost: Cost, names: number | undefined): GraphQLError {
  const searches =
    cost.scans > 0 && names !== undefined
      ? ` Each search by part of a name (nameContains, search) reads all ${names} names and costs ${scanCost(names)} of it: ` +
        'ask for fewer searches in one query, or look entities up by id or exact name.'
      : ' Ask for fewer items (first, limit) or fewer nested lists.';
  return apiError(
    ErrorCode.QUERY_TOO_COSTLY,
    `Query cost ${cost.total} exceeds the limit of ${MAX_QUERY_COST}.${searches}`,
  );
}

/**
 * Refuses too deep or too costly operations before they run (400 with QUERY_TOO_DEEP or QUERY_TOO_COSTLY), holds
 * heavy searches to their own queue, and tells the request's context what operation it runs.
 * Apollo reuses the parsed document of a query it has seen, so both checks are remembered per document.
 */
export function queryLimitsPlugin(schema: GraphQLSchema, options: LimitsOptions = {}): ApolloServerPlugin {
  const depths = new WeakMap<DocumentNode, GraphQLError | undefined>();
  const costs = new WeakMap<DocumentNode, Map<string, Cost>>();
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ document, request, operationName, operation, contextValue }) {
          const context = contextValue as LimitsContext;
          if (context.request) {
            context.request.operationName = operationName ?? undefined;
            context.request.operationType = operation?.operation;
          }
          if (!depths.has(document)) depths.set(document, depthErrors(schema, document)[0]);
          const tooDeep = depths.get(document);
          if (tooDeep) throw apiError(ErrorCode.QUERY_TOO_DEEP, tooDeep.message.replace(/^Syntax Error: /, ''));
          let known = costs.get(document);
          if (!known) costs.set(document, (known = new Map()));
          const costNow = () => {
            const names = options.names?.();
            const key = `${operationName ?? ''}|${names ?? ''}|${JSON.stringify(request.variables ?? {}, costShape)}`;
            let cost = known.get(key);
            if (cost === undefined) {
              cost = costOf(schema, document, request.variables, operationName ?? undefined, options);
              if (known.size >= COSTS_PER_DOCUMENT) known.delete(known.keys().next().value!);
              known.set(key, cost);
            }
            return cost;
          };
          let cost = costNow();
          // A query that searches by part of a name costs what the store holds: count it first if need be.
          if (cost.searches > 0 && options.namesKnown) {
            await options.namesKnown();
            cost = costNow();
          }
          const names = options.names?.();
          if (cost.total > MAX_QUERY_COST) throw tooCostly(cost, names);
          if (cost.scans >= HEAVY_SCAN_COST && options.heavyScans && context.signal) {
            release = await options.heavyScans.acquire(context.signal);
          }
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
