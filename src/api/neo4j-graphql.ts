// /graphql/neo4j: the API @neo4j/graphql 7 generates from schema/neo4j.graphql, served beside /graphql only when the
// store is Neo4j (it translates each query into one Cypher statement run on the store's driver). Read-only and capped
// by the type definitions themselves (no Mutation type, @limit on every node type; see graphql-typedefs.ts), and by
// the same depth, cost and time limits as /graphql.
import { readFileSync } from 'node:fs';
import {
  ApolloServer,
  type ApolloServerPlugin,
  type HTTPGraphQLRequest,
  type HTTPGraphQLResponse,
} from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { getNamedType, isObjectType, isUnionType, TypeInfo, valueFromAST, visit, visitWithTypeInfo } from 'graphql';
import type { DocumentNode, GraphQLNamedType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { NEO4J_GRAPHQL_DEFAULT_LIMIT } from '../graph/neo4j/graphql-typedefs.ts';
import { MAX_PAGE_SIZE } from '../graph/store.ts';
import type { GraphStore, Neo4jConnection } from '../graph/store.ts';
import { apiError, ErrorCode, formatError, isDevelopment } from './errors.ts';
import { queryLimitsPlugin } from './limits.ts';

export const NEO4J_GRAPHQL_PATH = '/graphql/neo4j';
const TYPE_DEFS_FILE = new URL('../../schema/neo4j.graphql', import.meta.url);

/** The generated API's schema, on `driver`; the library is loaded only here, so the embedded store never loads it. */
export async function neo4jGraphqlSchema(driver: Driver): Promise<GraphQLSchema> {
  const { Neo4jGraphQL } = await import('@neo4j/graphql');
  return new Neo4jGraphQL({ typeDefs: readFileSync(TYPE_DEFS_FILE, 'utf8'), driver }).getSchema();
}

/** What @neo4j/graphql reads from a request's context: the database, and a server-side timeout for its transaction. */
export interface Neo4jGraphqlContext {
  sessionConfig?: { database: string };
  transaction: { timeout: number };
}

export function neo4jGraphqlContext(access: Neo4jConnection, timeoutMs: number): Neo4jGraphqlContext {
  return {
    ...(access.database ? { sessionConfig: { database: access.database } } : {}),
    // Neo4j stops the statement itself when the request's time is up, not only our answer (see server.ts).
    transaction: { timeout: timeoutMs },
  };
}

export interface Neo4jGraphqlApi {
  /** Runs one HTTP GraphQL request against the generated API. */
  execute(request: HTTPGraphQLRequest): Promise<HTTPGraphQLResponse>;
  stop(): Promise<void>;
}

/**
 * graphql 16 validates a mutation against a schema without a Mutation type and only fails it while executing, which
 * Apollo would answer as an internal error: refuse it up front with a clear one.
 */
function refuseWrites(operation: OperationDefinitionNode): void {
  if (operation.operation === 'query') return;
  const message = `${NEO4J_GRAPHQL_PATH} is read-only: it answers queries, not ${operation.operation}s (write through /graphql).`;
  throw apiError(ErrorCode.BAD_USER_INPUT, message, 400);
}

/**
 * @limit caps lists of node and interface types only (GraphQL puts no directive on a union), so a union-typed list
 * (a park's officeHolders, Official or Person) or connection would return every match: it must say how many it wants.
 */
function requireUnionSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): void {
  const typeInfo = new TypeInfo(schema);
  // The whole document, so fragments are checked too.
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const type = getNamedType(typeInfo.getType());
        const sizeArg = field?.args.find((a) => a.name === 'limit' || a.name === 'first');
        const listsUnion = isUnionType(type) || (type?.name.endsWith('Connection') && isUnionConnection(type));
        if (!field || !sizeArg || !listsUnion) return;
        const given = node.arguments?.find((a) => a.name.value === sizeArg.name)?.value;
        const size = given && valueFromAST(given, sizeArg.type, variables);
        if (typeof size !== 'number' || size > MAX_PAGE_SIZE) {
          const where = `${typeInfo.getParentType()?.name}.${field.name}`;
          throw apiError(
            ErrorCode.BAD_USER_INPUT,
            `${where} lists more than one kind, which @limit cannot cap: give it ${sizeArg.name} (at most ${MAX_PAGE_SIZE}).`,
            400,
          );
        }
      },
    }),
  );
}

/** A connection whose edges lead to a union (ParkOfficeHoldersConnection). */
function isUnionConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const edge = type.getFields().edges && getNamedType(type.getFields().edges!.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node !== undefined && isUnionType(getNamedType(node.type));
}

function readOnlyAndSized(schema: GraphQLSchema): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (operation) refuseWrites(operation);
          requireUnionSizes(schema, document, request.variables);
        },
      };
    },
  };
}

/** The generated API on the store's driver, or undefined when the store is not Neo4j. */
export async function createNeo4jGraphqlApi(
  store: GraphStore,
  timeoutMs: number,
): Promise<Neo4jGraphqlApi | undefined> {
  const access = store.neo4j;
  if (!access) return undefined;
  const schema = await neo4jGraphqlSchema(access.driver);
  const apollo = new ApolloServer<Neo4jGraphqlContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: isDevelopment(),
    introspection: true,
    // Draining is the main server's (one HTTP server, drained once); stopping this one follows it.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      readOnlyAndSized(schema),
      queryLimitsPlugin(schema, { unsizedListSize: NEO4J_GRAPHQL_DEFAULT_LIMIT }),
    ],
  });
  await apollo.start();
  return {
    execute: (httpGraphQLRequest) =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest,
        context: async () => neo4jGraphqlContext(access, timeoutMs),
      }),
    stop: () => apollo.stop(),
  };
}
