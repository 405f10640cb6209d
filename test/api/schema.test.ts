// The served schema: checked in as schema/schema.graphql, and with the generic lookups' exact signatures.
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInterfaceType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchema, printApiSchema } from '../../src/api/schema.ts';
import { SCHEMA_FILE } from '../../src/api/print-schema.ts';
import { RELATION_TYPES } from '../../src/ontology/model.ts';

/** The signatures the issue fixes for apps (other fields may be added). */
const REQUIRED = /* GraphQL */ `
  enum EntityKind {
    PARK
    COMPANY
    OFFICIAL
    PERSON
    REGION
    ORGANIZATION
    INDUSTRY
    PROJECT
    PARTNERSHIP
  }
  enum RelationType {
    LOCATED_IN
    HOLDS_POSITION
    MEMBER_OF
    CO_BUILT_BY
    INVESTS_IN
    FOCUSES_ON
    PART_OF
  }
  enum Direction {
    OUT
    IN
    BOTH
  }
  interface Entity {
    id: ID!
    kind: EntityKind!
    name: String!
    aliases: [String!]!
    relations(types: [RelationType!], direction: Direction = BOTH, first: Int = 20, after: String): RelationConnection!
  }
  type Relation {
    type: RelationType!
    from: Entity!
    to: Entity!
    evidence: [Evidence!]!
  }
  type Evidence {
    report: Report!
    sentence: String!
  }
  type Subgraph {
    nodes: [Entity!]!
    edges: [Relation!]!
  }
  type Query {
    entity(id: ID!): Entity
    search(text: String!, kinds: [EntityKind!], first: Int = 10): [Entity!]!
    relations(
      of: ID!
      types: [RelationType!]
      direction: Direction = BOTH
      first: Int = 20
      after: String
    ): RelationConnection!
    path(from: ID!, to: ID!, maxHops: Int = 4): Subgraph
    neighborhood(of: ID!, depth: Int = 1, limit: Int = 100): Subgraph!
  }
  type Report {
    id: ID!
  }
  type RelationConnection {
    totalCount: Int!
  }
`;

const signature = (field: GraphQLField<unknown, unknown>) => ({
  type: String(field.type),
  args: field.args.map(
    (a: GraphQLArgument) =>
      `${a.name}: ${String(a.type)}${a.defaultValue === undefined ? '' : ` = ${JSON.stringify(a.defaultValue)}`}`,
  ),
});

describe('schema/schema.graphql', () => {
  it('is the served schema (run `npm run generate` after changing the API)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printApiSchema());
  });

  it('has the generic lookups with exactly the required signatures', () => {
    const required = buildSchema(REQUIRED);
    const served = apiSchema();
    for (const name of ['Entity', 'Relation', 'Evidence', 'Subgraph', 'Query']) {
      const want = required.getType(name);
      const have = served.getType(name);
      expect(isObjectType(have) || isInterfaceType(have), name).toBe(true);
      if (!(isObjectType(want) || isInterfaceType(want)) || !(isObjectType(have) || isInterfaceType(have))) continue;
      for (const [fieldName, field] of Object.entries(want.getFields())) {
        const got = have.getFields()[fieldName];
        expect(got, `${name}.${fieldName}`).toBeDefined();
        expect(signature(got!), `${name}.${fieldName}`).toEqual(signature(field));
      }
    }
  });

  it('has the required enums; RelationType also has the ontology’s optional ATTENDED', () => {
    const values = (name: string) => {
      const type = apiSchema().getType(name);
      return isEnumType(type) ? type.getValues().map((v) => v.name) : [];
    };
    expect(values('EntityKind')).toEqual([
      'PARK',
      'COMPANY',
      'OFFICIAL',
      'PERSON',
      'REGION',
      'ORGANIZATION',
      'INDUSTRY',
      'PROJECT',
      'PARTNERSHIP',
    ]);
    expect(values('Direction')).toEqual(['OUT', 'IN', 'BOTH']);
    expect(values('RelationType')).toEqual([...RELATION_TYPES]);
    expect(values('RelationType').slice(0, 7)).toEqual([
      'LOCATED_IN',
      'HOLDS_POSITION',
      'MEMBER_OF',
      'CO_BUILT_BY',
      'INVESTS_IN',
      'FOCUSES_ON',
      'PART_OF',
    ]);
  });

  it('gives every entity kind an object type implementing Entity', () => {
    const implementations = apiSchema()
      .getPossibleTypes(apiSchema().getType('Entity') as never)
      .map((t) => t.name);
    expect(implementations.sort()).toEqual([
      'Company',
      'Industry',
      'Official',
      'Organization',
      'Park',
      'Partnership',
      'Person',
      'Project',
      'Region',
    ]);
  });
});
