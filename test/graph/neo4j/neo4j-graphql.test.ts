// schema/neo4j.graphql: the checked-in file is what the generator makes from model.ts, @neo4j/graphql 7 builds a
// schema from it (without a server: the driver is never connected), and every kind and relation type is in it.
import { readFileSync } from 'node:fs';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { getNamedType, isObjectType, isUnionType } from 'graphql';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import type { Driver } from 'neo4j-driver';
import * as prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_SCHEMA, RELATION_TYPES } from '../../../src/ontology/model.ts';
import { RELATION_FIELDS } from '../../../src/ontology/model.ts';
import { neo4jTypeDefs, relationPropertiesType } from '../../../src/graph/neo4j/graphql-typedefs.ts';

const FILE = 'schema/neo4j.graphql';
const typeDefs = readFileSync(FILE, 'utf8');

describe(FILE, () => {
  let driver: Driver;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    driver = neo4j.driver('neo4j://localhost:7687', neo4j.auth.basic('unused', 'unused'));
    schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  });
  afterAll(() => driver?.close());

  it('is what src/graph/neo4j/graphql-typedefs.ts generates from model.ts (run `npm run generate`)', async () => {
    const options = { ...(await prettier.resolveConfig(FILE)), filepath: FILE };
    expect(await prettier.format(typeDefs, options)).toBe(typeDefs);
    expect(await prettier.format(neo4jTypeDefs(), options)).toBe(typeDefs);
  });

  it('builds an @neo4j/graphql schema with a query per kind and for reports', () => {
    const queries = Object.keys(schema.getQueryType()!.getFields());
    for (const field of ['parks', 'companies', 'regions', 'reports', 'entities']) expect(queries).toContain(field);
    expect(schema.getMutationType()).toBeUndefined(); // read-only: @mutation(operations: []) on the schema
  });

  it('has a node type per kind, with the kind and Entity labels', () => {
    for (const kind of ENTITY_KINDS) {
      expect(schema.getType(kind), kind).toBeDefined();
      expect(typeDefs).toContain(`type ${kind} implements Entity @node(labels: ["${kind}", "Entity"])`);
    }
  });

  it('has every relation type of model.ts, from every allowed start kind to every allowed end kind', () => {
    for (const type of RELATION_TYPES) {
      expect(typeDefs).toContain(`type: "${type}"`);
      const properties = schema.getType(relationPropertiesType(type));
      expect(isObjectType(properties), type).toBe(true);
      const fields = Object.keys(isObjectType(properties) ? properties.getFields() : {});
      for (const property of RELATION_SCHEMA[type].properties) expect(fields, type).toContain(property);
      expect(fields).toContain('evidence');
      for (const [from, to] of RELATION_SCHEMA[type].endpoints) {
        const out = fieldOf(schema, from, RELATION_FIELDS[type].out);
        const incoming = fieldOf(schema, to, RELATION_FIELDS[type].in);
        expect(out && possibleTargets(out), `${from} ${type} → ${to}`).toContain(to);
        expect(incoming && possibleTargets(incoming), `${to} ← ${type} ${from}`).toContain(from);
      }
    }
  });
});

function fieldOf(schema: GraphQLSchema, typeName: string, field: string): GraphQLField<unknown, unknown> | undefined {
  const type = schema.getType(typeName);
  return isObjectType(type) ? type.getFields()[field] : undefined;
}

/** The object type names a relationship field can return: its type, or the members of its union. */
function possibleTargets(field: GraphQLField<unknown, unknown>): string[] {
  const type = getNamedType(field.type);
  return isUnionType(type) ? type.getTypes().map((t) => t.name) : [type.name];
}
