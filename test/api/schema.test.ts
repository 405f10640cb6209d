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
import {
  ENTITY_KINDS,
  RELATION_PROPERTY_NAMES,
  RELATION_SCHEMA,
  RELATION_TYPES,
  SCORED_RELATION_TYPES,
} from '../../src/ontology/model.ts';

/** The signatures the issue fixes for apps (other fields may be added); the enums list the model's kinds and scored types. */
/** What every domain edge adds after its ends and properties. */
const DOMAIN_EDGE_FIELDS = ['evidence', 'firstSeen', 'lastSeen'];

const REQUIRED = /* GraphQL */ `
  enum EntityKind {
    ${ENTITY_KINDS.map((kind) => kind.toUpperCase()).join('\n')}
  }
  enum RelationType {
    ${SCORED_RELATION_TYPES.join('\n')}
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
    evidence(first: Int = 5, after: String): EvidenceConnection!
    firstSeen: Date
    lastSeen: Date
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
      of: ID
      publishedFrom: Date
      publishedTo: Date
      report: ID
      types: [RelationType!]
      direction: Direction = BOTH
      first: Int = 20
      after: String
    ): RelationConnection!
    path(from: ID!, to: ID!, maxHops: Int = 4, types: [RelationType!], avoidKinds: [EntityKind!]): Subgraph
    paths(
      from: ID!
      to: ID!
      maxHops: Int = 4
      types: [RelationType!]
      avoidKinds: [EntityKind!]
      first: Int = 3
    ): [Subgraph!]!
    neighborhood(of: ID!, depth: Int = 1, limit: Int = 100): Subgraph!
  }
  type Report {
    id: ID!
    relations(types: [RelationType!], first: Int = 20, after: String): RelationConnection!
    entities(kinds: [EntityKind!], first: Int = 20, after: String): EntityConnection!
  }
  type RelationConnection {
    totalCount: Int!
  }
  type EvidenceConnection {
    totalCount: Int!
  }
  type EntityConnection {
    totalCount: Int!
  }
  scalar Date
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
    for (const name of ['Entity', 'Relation', 'Evidence', 'Subgraph', 'Report', 'Query']) {
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

  it('has the model’s kinds and relation types as enums, in its order, values upper case', () => {
    const values = (name: string) => {
      const type = apiSchema().getType(name);
      return isEnumType(type) ? type.getValues().map((v) => ({ name: v.name, value: v.value as unknown })) : [];
    };
    expect(values('EntityKind')).toEqual(ENTITY_KINDS.map((kind) => ({ name: kind.toUpperCase(), value: kind })));
    expect(values('RelationType')).toEqual(RELATION_TYPES.map((type) => ({ name: type, value: type })));
    expect(values('Direction').map((v) => v.name)).toEqual(['OUT', 'IN', 'BOTH']);
  });

  it('gives every entity kind an object type implementing Entity', () => {
    const implementations = apiSchema()
      .getPossibleTypes(apiSchema().getType('Entity') as never)
      .map((t) => t.name);
    expect(implementations.sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it('gives Relation every property of the model and each modelled edge type its ends and properties', () => {
    const fieldsOf = (name: string) => {
      const type = apiSchema().getType(name);
      return isObjectType(type) ? Object.keys(type.getFields()) : [];
    };
    expect(fieldsOf('Relation')).toEqual(expect.arrayContaining([...RELATION_PROPERTY_NAMES]));
    const modelled = RELATION_TYPES.filter((type) => RELATION_SCHEMA[type].edge);
    expect(modelled).toEqual(['HOLDS_POSITION', 'MEMBER_OF', 'INVESTS_IN', 'FOCUSES_ON']);
    for (const type of modelled) {
      const { edge, properties } = RELATION_SCHEMA[type];
      expect(fieldsOf(edge!.name), type).toEqual([edge!.from, edge!.to, ...properties, ...DOMAIN_EDGE_FIELDS]);
    }
    expect(fieldsOf('Investment')).toEqual([
      'company',
      'target',
      'amount',
      'status',
      'currency',
      ...DOMAIN_EDGE_FIELDS,
    ]);
  });
});
