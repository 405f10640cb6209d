// Relay connections over store pages: every edge's cursor resumes right after it, across store pages.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Page, PageArgs } from '../../src/graph/store.ts';
import { decodeCursor, paginate } from '../../src/api/pagination.ts';

/** A store-like pager over 0..n-1 with opaque cursors and pages of at most `max` items; counts its calls. */
function pager(n: number, max = 100) {
  const items = Array.from({ length: n }, (_, i) => i);
  const loader = async ({ first = 20, after }: PageArgs): Promise<Page<number>> => {
    loader.calls++;
    const start = after ? Number(after.slice(1)) : 0;
    const end = Math.min(start + Math.min(first, max), n);
    return { items: items.slice(start, end), totalCount: n, endCursor: `c${end}`, hasNextPage: end < n };
  };
  loader.calls = 0;
  return loader;
}

describe('paginate', () => {
  it('reads a first page in one store call, with totalCount and pageInfo', async () => {
    const load = pager(50);
    const page = await paginate(load, 20);
    expect(page.edges.map((e) => e.node)).toEqual([...Array(20).keys()]);
    expect(page.totalCount).toBe(50);
    expect(page.pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: page.edges[0]!.cursor,
    });
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)!.cursor);
    expect(load.calls).toBe(1);
  });

  it('resumes after any edge, even when that needs several store pages', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 25 }),
        fc.integer({ min: 1, max: 7 }),
        async (n, first, max) => {
          const all = await paginate(pager(n, max), Math.min(first * 3, 100));
          for (const [i, edge] of all.edges.entries()) {
            const next = await paginate(pager(n, max), first, edge.cursor);
            expect(next.edges.map((e) => e.node)).toEqual([...Array(n).keys()].slice(i + 1, i + 1 + first));
            expect(next.pageInfo.hasNextPage).toBe(i + 1 + first < n);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('walks every item exactly once by following endCursor', async () => {
    const seen: number[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await paginate(pager(23, 5), 4, after);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...Array(23).keys()]);
  });

  it('answers first: 0 with the count alone', async () => {
    const page = await paginate(pager(7), 0);
    expect(page.edges).toEqual([]);
    expect(page.totalCount).toBe(7);
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('not-a-cursor')).toThrow(/not a cursor from this API/);
    expect(() => decodeCursor(Buffer.from('[1,-1]').toString('base64url'))).toThrow(/not a cursor/);
  });
});
