// The operations the client sends. `npm run generate` generates their TypeScript types (types.generated.ts) from
// these documents and schema/schema.graphql.

const ENTITY_FIELDS = /* GraphQL */ `
  fragment EntityFields on Entity {
    id
    kind
    name
    aliases
  }
`;

const RELATION_FIELDS = /* GraphQL */ `
  fragment RelationFields on Relation {
    id
    type
    fromId
    toId
    title
    amount
    status
    tier
    role
    firstSeen
    lastSeen
    evidence(first: 5) {
      totalCount
      edges {
        node {
          sentence
          start
          end
          report {
            id
            name
            title
            publishedAt
            source
          }
        }
      }
    }
  }
`;

const SUBGRAPH_FIELDS = /* GraphQL */ `
  fragment SubgraphFields on Subgraph {
    nodes {
      ...EntityFields
    }
    edges {
      ...RelationFields
    }
  }
  ${ENTITY_FIELDS}
  ${RELATION_FIELDS}
`;

export const ENTITY = /* GraphQL */ `
  query Entity($id: ID!) {
    entity(id: $id) {
      ...EntityFields
    }
  }
  ${ENTITY_FIELDS}
`;

export const SEARCH = /* GraphQL */ `
  query Search($text: String!, $kinds: [EntityKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      ...EntityFields
    }
  }
  ${ENTITY_FIELDS}
`;

export const RELATIONS_OF = /* GraphQL */ `
  query RelationsOf($of: ID!, $types: [RelationType!], $direction: Direction, $first: Int, $after: String) {
    relations(of: $of, types: $types, direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RelationFields
          from {
            ...EntityFields
          }
          to {
            ...EntityFields
          }
        }
      }
    }
  }
  ${ENTITY_FIELDS}
  ${RELATION_FIELDS}
`;

export const PATH_BETWEEN = /* GraphQL */ `
  query PathBetween($from: ID!, $to: ID!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      ...SubgraphFields
    }
  }
  ${SUBGRAPH_FIELDS}
`;

export const NEIGHBORHOOD = /* GraphQL */ `
  query Neighborhood($of: ID!, $depth: Int, $limit: Int) {
    neighborhood(of: $of, depth: $depth, limit: $limit) {
      ...SubgraphFields
    }
  }
  ${SUBGRAPH_FIELDS}
`;

/** Every operation, by name (codegen reads them from here). */
export const OPERATIONS = { ENTITY, SEARCH, RELATIONS_OF, PATH_BETWEEN, NEIGHBORHOOD };
