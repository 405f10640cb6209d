import { describe, expect, it } from 'vitest';
import { ringsAround, shortestRoute, type Adjacent, type Edge } from '../../src/graph/traverse.ts';

// a - b - c - d, and a - e - d: two routes of three and two hops from a to d; f stands alone.
const EDGES: Edge[] = [
  { from: 'a', to: 'b' },
  { from: 'b', to: 'c' },
  { from: 'c', to: 'd' },
  { from: 'a', to: 'e' },
  { from: 'd', to: 'e' },
];
const adjacency = (id: string): Adjacent<Edge> => ({
  out: EDGES.filter((e) => e.from === id),
  in: EDGES.filter((e) => e.to === id),
});

describe('shortestRoute', () => {
  it('finds the shortest route either way along relations', () => {
    expect(shortestRoute('a', 'd', 4, adjacency)).toEqual({ nodes: ['a', 'e', 'd'], edges: [EDGES[3], EDGES[4]] });
    expect(shortestRoute('b', 'd', 4, adjacency)).toEqual({ nodes: ['b', 'c', 'd'], edges: [EDGES[1], EDGES[2]] });
  });

  it("answers 'none' beyond the hops or without a route, undefined when an adjacency is missing", () => {
    expect(shortestRoute('a', 'd', 1, adjacency)).toBe('none');
    expect(shortestRoute('a', 'f', 4, adjacency)).toBe('none');
    expect(shortestRoute('a', 'd', 4, (id) => (id === 'd' ? undefined : adjacency(id)))).toBeUndefined();
  });
});

describe('ringsAround', () => {
  const neighbours = async (id: string) => {
    const { out, in: incoming } = adjacency(id);
    return [...out.map((e) => e.to), ...incoming.map((e) => e.from)];
  };
  const all = async (ids: string[]) => ids;

  it('takes the nearest ring first, smallest ids first, up to the limit', async () => {
    expect(await ringsAround('a', { depth: 2, limit: 10 }, neighbours, all)).toEqual(['a', 'b', 'e', 'c', 'd']);
    expect(await ringsAround('a', { depth: 2, limit: 3 }, neighbours, all)).toEqual(['a', 'b', 'e']);
    expect(await ringsAround('a', { depth: 1, limit: 10 }, neighbours, all)).toEqual(['a', 'b', 'e']);
  });

  it('leaves out what the store no longer holds', async () => {
    const withoutB = async (ids: string[]) => ids.filter((id) => id !== 'b');
    expect(await ringsAround('a', { depth: 2, limit: 10 }, neighbours, withoutB)).toEqual(['a', 'e', 'd']);
  });
});
