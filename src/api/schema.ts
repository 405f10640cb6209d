// The served GraphQL schema, built once from the type-graphql classes (schema/schema.graphql is its print).
import 'reflect-metadata'; // type-graphql checks for the Reflect metadata API even though every type is explicit
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import {
  EntityResolver,
  EvidenceResolver,
  MentionResolver,
  RelationResolver,
  ReportResolver,
  domainEdgeResolver,
} from './resolvers/entity.ts';
import { DOMAIN_EDGE_TYPES } from './types/edges.ts';
import { DOMAIN_RESOLVERS } from './resolvers/domain.ts';
import { KindListResolver, ListResolver, LookupResolver } from './resolvers/query.ts';
import { MutationResolver } from './resolvers/mutation.ts';
import { KIND_TYPES } from './types/entity.ts';

let built: GraphQLSchema | undefined;

export function apiSchema(): GraphQLSchema {
  built ??= buildSchemaSync({
    resolvers: [
      LookupResolver,
      KindListResolver,
      ListResolver,
      MutationResolver,
      EntityResolver,
      RelationResolver,
      EvidenceResolver,
      MentionResolver,
      ReportResolver,
      ...DOMAIN_RESOLVERS,
      ...DOMAIN_EDGE_TYPES.map(domainEdgeResolver),
    ],
    orphanedTypes: Object.values(KIND_TYPES),
    validate: false,
  });
  return built;
}

/** The SDL checked in as schema/schema.graphql. */
export function printApiSchema(): string {
  return `${printSchema(apiSchema())}\n`;
}
