// schema/neo4j.graphql, the @neo4j/graphql 7 type definitions of the Neo4j store, generated from the ontology
// (src/ontology/model.ts: kinds, relation types, their field names and property types) and the store's layout (graph-model.ts), so the three cannot drift apart. Regenerate with
//   node --import tsx src/graph/neo4j/graphql-typedefs.ts > schema/neo4j.graphql && npx prettier --write schema/neo4j.graphql
// (test/graph/neo4j/neo4j-graphql.test.ts fails while the checked-in file differs from this, once both are formatted).
import { pathToFileURL } from 'node:url';
import {
  ENTITY_KINDS,
  GRAPHQL_PROPERTY_TYPES as PROPERTY_TYPES,
  RELATION_FIELDS,
  RELATION_SCHEMA,
  RELATION_TYPES,
} from '../../ontology/model.ts';
import type { EntityKind, RelationType } from '../../ontology/model.ts';
import { MAX_PAGE_SIZE } from '../store.ts';
import { ENTITY_LABEL, MENTIONED_IN, REPORT_LABEL } from './graph-model.ts';

const pascal = (type: string) =>
  type
    .toLowerCase()
    .split('_')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');

export const relationPropertiesType = (type: RelationType) => `${pascal(type)}Fact`;

interface RelationField {
  name: string;
  type: RelationType;
  direction: 'OUT' | 'IN';
  targets: EntityKind[];
}

/** The relation fields of one kind: one per (type, direction), its targets every kind the endpoint rules allow. */
export function relationFields(kind: EntityKind): RelationField[] {
  return RELATION_TYPES.flatMap((type) => {
    const { endpoints } = RELATION_SCHEMA[type];
    const out = [...new Set(endpoints.filter(([from]) => from === kind).map(([, to]) => to))];
    const incoming = [...new Set(endpoints.filter(([, to]) => to === kind).map(([from]) => from))];
    return [
      ...(out.length ? [{ name: RELATION_FIELDS[type].out, type, direction: 'OUT' as const, targets: out }] : []),
      ...(incoming.length
        ? [{ name: RELATION_FIELDS[type].in, type, direction: 'IN' as const, targets: incoming }]
        : []),
    ];
  });
}

const targetType = (kind: EntityKind, field: RelationField) =>
  field.targets.length === 1 ? field.targets[0]! : `${kind}${pascal(field.name.replace(/[A-Z]/g, (c) => `_${c}`))}`;

const ENTITY_FIELDS = ['id: ID!', 'kind: EntityKind!', 'name: String!', 'aliases: [String!]!'];

/** The page size of a list without `limit` in the generated API, like `first` on /graphql. */
export const NEO4J_GRAPHQL_DEFAULT_LIMIT = 20;
/** Every node list (top level and nested) is capped like the typed API's pages: no asking for the whole graph. */
const LIMIT = `@limit(default: ${NEO4J_GRAPHQL_DEFAULT_LIMIT}, max: ${MAX_PAGE_SIZE})`;

export function neo4jTypeDefs(): string {
  const out: string[] = [
    '# The Neo4j store as @neo4j/graphql 7 type definitions: GENERATED from src/ontology/model.ts by',
    '# src/graph/neo4j/graphql-typedefs.ts; do not edit by hand. Layout: src/graph/neo4j/graph-model.ts.',
    '# Indexes and constraints live in cypher/neo4j/schema.cypher (@neo4j/graphql manages none).',
    '# Read-only: served at /graphql/neo4j, where the store is written only through `kg ingest` and /graphql.',
    '',
    'extend schema @mutation(operations: []) @subscription(events: [])',
    '',
    `enum EntityKind {\n${ENTITY_KINDS.map((k) => `  ${k}`).join('\n')}\n}`,
    '',
    `"""Every node of the ontology carries :${ENTITY_LABEL} and its kind's label."""`,
    `interface ${ENTITY_LABEL} ${LIMIT} {\n${ENTITY_FIELDS.map((f) => `  ${f}`).join('\n')}`,
    `  mentionedIn: [${REPORT_LABEL}!]! @declareRelationship\n}`,
  ];
  for (const kind of ENTITY_KINDS) {
    const fields = relationFields(kind);
    out.push('', `type ${kind} implements ${ENTITY_LABEL} @node(labels: ["${kind}", "${ENTITY_LABEL}"]) ${LIMIT} {`);
    out.push(...ENTITY_FIELDS.map((f) => `  ${f}`));
    for (const field of fields) {
      const properties = relationPropertiesType(field.type);
      const relationship = `@relationship(type: "${field.type}", direction: ${field.direction}, properties: "${properties}")`;
      out.push(`  ${field.name}: [${targetType(kind, field)}!]! ${relationship}`);
    }
    out.push(
      `  mentionedIn: [${REPORT_LABEL}!]! @relationship(type: "${MENTIONED_IN}", direction: OUT, properties: "Mention")`,
      '}',
    );
    for (const field of fields.filter((f) => f.targets.length > 1)) {
      out.push('', `union ${targetType(kind, field)} = ${field.targets.join(' | ')}`);
    }
  }
  out.push(
    '',
    `type ${REPORT_LABEL} @node ${LIMIT} {`,
    '  id: ID!',
    '  name: String!',
    '  title: String',
    '  """ISO date, YYYY-MM-DD."""',
    '  publishedAt: String',
    '  source: String',
    '  authors: [String!]!',
    '  entityCount: Int!',
    '  relationCount: Int!',
    `  entities: [${ENTITY_LABEL}!]! @relationship(type: "${MENTIONED_IN}", direction: IN, properties: "Mention")`,
    '}',
    '',
    '"""How one report names an entity; mention i is surfaces[i] in sentences[i] (offsets starts[i]..ends[i])."""',
    'type Mention @relationshipProperties {',
    '  name: String!',
    '  aliases: [String!]!',
    '  surfaces: [String!]!',
    '  sentences: [String!]!',
    '  starts: [Int!]!',
    '  ends: [Int!]!',
    '}',
  );
  for (const type of RELATION_TYPES) {
    out.push(
      '',
      `"""${type}: ${RELATION_SCHEMA[type].description}. evidence[i] comes from report evidenceReports[i]."""`,
      `type ${relationPropertiesType(type)} @relationshipProperties {`,
      '  id: String!',
      '  reports: [String!]!',
      '  evidence: [String!]!',
      '  evidenceReports: [String!]!',
      '  evidenceStarts: [Int!]!',
      '  evidenceEnds: [Int!]!',
      ...RELATION_SCHEMA[type].properties.map((p) => `  ${p}: ${PROPERTY_TYPES[p]}`),
      '}',
    );
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.stdout.write(neo4jTypeDefs());
