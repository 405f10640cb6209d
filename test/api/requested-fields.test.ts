import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { requestedFields } from '../../src/api/requested-fields.ts';

const schema = buildSchema(`
  type Edge { id: ID, type: String, title: String }
  type Graph { nodes: [ID], edges: [Edge] }
  type Query { graph: Graph }
`);

/** The fields a query selects on graph.edges, as the resolver of graph sees them. */
async function edgeFields(query: string): Promise<string[]> {
  let seen: string[] = [];
  const rootValue = {
    graph: (_: unknown, __: unknown, info: GraphQLResolveInfo) => {
      seen = [...requestedFields(info, ['edges'])].sort();
      return { nodes: [], edges: [] };
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('requested fields', () => {
  it('lists the fields selected below a path', async () => {
    expect(await edgeFields('{ graph { nodes edges { id type } } }')).toEqual(['id', 'type']);
  });

  it('follows inline fragments and fragment spreads, under aliases', async () => {
    expect(
      await edgeFields(`fragment E on Edge { title }
        { graph { ... on Graph { e: edges { id ...E } } } }`),
    ).toEqual(['id', 'title']);
  });

  it('counts a conditional selection as selected', async () => {
    expect(await edgeFields('{ graph { edges { id title @skip(if: true) } } }')).toEqual(['id', 'title']);
  });

  it('finds nothing below a path not selected', async () => {
    expect(await edgeFields('{ graph { nodes } }')).toEqual([]);
  });
});
