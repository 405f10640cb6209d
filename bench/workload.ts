// The realistic workload of `npm run bench:api`: requests about 10,000 distinct entities of the synthetic graph,
// drawn with a Zipf skew (the k-th most popular entity asked about in proportion to 1/k, as real traffic favours a few
// parks), each request type with its own variables drawn per request: lookups, exact and partial name searches,
// neighborhoods, and paths between two drawn entities. Deterministic (seeded), so runs compare.
import autocannon from 'autocannon';
import { ENTITY_KINDS, type EntityKind } from '../src/ontology/model.ts';
import { SyntheticGraph, nameOf } from './synthetic.ts';
import { seededRandom } from '../src/seeded-random.ts';

export const DISTINCT_ENTITIES = 10_000;
const ZIPF_EXPONENT = 1;

export interface Drawn {
  id: string;
  name: string;
}

/** 10,000 distinct entities spread over every kind in the graph's proportions, in popularity order. */
export function distinctEntities(graph: SyntheticGraph, count = DISTINCT_ENTITIES, seed = 7): Drawn[] {
  const next = seededRandom(seed);
  const seen = new Set<string>();
  const drawn: Drawn[] = [];
  const kinds = ENTITY_KINDS.filter((k) => graph.counts[k] > 0);
  const weights = kinds.map((k) => graph.counts[k] / graph.totalEntities);
  while (drawn.length < count) {
    let pick = next();
    let kind: EntityKind = kinds.at(-1)!;
    for (const [i, k] of kinds.entries()) {
      if (pick < weights[i]!) {
        kind = k;
        break;
      }
      pick -= weights[i]!;
    }
    const i = Math.floor(next() * graph.counts[kind]);
    const id = graph.entityId(kind, i);
    if (seen.has(id)) continue;
    seen.add(id);
    drawn.push({ id, name: nameOf(kind, i) });
  }
  return drawn;
}

/** Draws an index in [0, n) with probability ∝ 1/(index+1)^s. */
export function zipf(n: number, seed: number, s = ZIPF_EXPONENT): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let k = 0; k < n; k++) cumulative[k] = total += 1 / (k + 1) ** s;
  const next = seededRandom(seed);
  return () => {
    const target = next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** A part of a name to search for: three characters from its middle (two for short names). */
export function partOf(name: string): string {
  const chars = [...name];
  if (chars.length <= 3) return chars.slice(0, 2).join('');
  const start = Math.floor((chars.length - 3) / 2);
  return chars.slice(start, start + 3).join('');
}

export type WorkloadKind = 'lookup' | 'exact search' | 'partial search' | 'neighborhood' | 'path';

/** The variables of one request of `kind` about the drawn entities. */
export function variablesFor(kind: WorkloadKind, entities: Drawn[], draw: () => number): object {
  const e = entities[draw()]!;
  switch (kind) {
    case 'lookup':
      return { id: e.id };
    case 'exact search':
      return { text: e.name };
    case 'partial search':
      return { text: partOf(e.name) };
    case 'neighborhood':
      return { id: e.id };
    case 'path':
      return { from: e.id, to: entities[draw()]!.id };
  }
}

export interface Measured {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  failed: number;
}

/**
 * autocannon for `seconds` at `connections`, each request with a query of `kinds` (round robin) and variables drawn
 * afresh. Errors count as failures: a GraphQL error in a 200 answer too (checked on every response).
 */
export async function runWorkload(
  url: string,
  queries: Record<WorkloadKind, string>,
  kinds: WorkloadKind[],
  entities: Drawn[],
  { connections, seconds, seed }: { connections: number; seconds: number; seed: number },
): Promise<Measured> {
  const draw = zipf(entities.length, seed);
  let turn = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const kind = kinds[turn++ % kinds.length]!;
          return {
            ...request,
            body: JSON.stringify({ query: queries[kind], variables: variablesFor(kind, entities, draw) }),
          };
        },
        onResponse: (status, body) => {
          if (status === 200 && body.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    requests: result.requests.total,
    failed: result.non2xx + result.errors + graphqlErrors,
  };
}
