// The client apps embed, against the API served from the seeded embedded store (package.slow.test.ts checks the
// package export `park-graph/client` as a consumer gets it).
import { describe, expect, it } from 'vitest';
import { createClient, ParkGraphError } from '../../src/client/index.ts';
import { useSeededApi } from '../api/support/seeded.ts';

const seeded = useSeededApi();

describe('createClient', () => {
  it('searches, reads relations page by page, finds paths and neighborhoods', async () => {
    const client = createClient({ url: `${seeded.api.url}/graphql` });
    const [park] = await client.search('蘇宿工業園區', { kinds: ['PARK'], first: 1 });
    expect(park).toMatchObject({ id: 'Park:苏宿工业园区', kind: 'PARK', name: '苏宿工业园区' });

    const first = await client.relationsOf(park!.id, { first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await client.relationsOf(park!.id, { first: 2, after: first.pageInfo.endCursor! });
    expect(second.edges[0]!.node.id).not.toBe(first.edges[1]!.node.id);
    expect(first.edges[0]!.node.evidence.edges[0]!.node.report.id).toMatch(/^[0-9a-f]{16}$/);

    const path = await client.pathBetween('Park:宿城经济开发区', park!.id);
    expect(path?.nodes.at(-1)?.id).toBe(park!.id);
    const near = await client.neighborhood(park!.id, { depth: 1, limit: 10 });
    expect(near.nodes.length).toBeGreaterThan(1);
    expect(await client.entity('Park:没有这个园区')).toBeNull();
  });

  it('rejects with the server’s error code', async () => {
    const client = createClient({ url: `${seeded.api.url}/graphql` });
    const error = await client.relationsOf('Park:没有这个园区').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParkGraphError);
    expect((error as ParkGraphError).code).toBe('NOT_FOUND');
  });
});
