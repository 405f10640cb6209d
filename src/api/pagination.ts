// Relay connections over the store's pages. An API cursor is the store cursor a page started from plus how many
// of its items precede the next one, so every edge has a cursor although the store only returns a page's end.
import type { Page, PageArgs } from '../graph/store.ts';
import { MAX_PAGE_SIZE } from './limits.ts';
import { badInput } from './errors.ts';
import type { ConnectionData } from './types/connection.ts';

interface Position {
  after?: string;
  skip: number;
}

/** An edge whose cursor is encoded only if the query asks for it. */
class Edge<T> {
  constructor(
    readonly node: T,
    public position: Position,
  ) {}

  get cursor(): string {
    return encodeCursor(this.position);
  }
}

export function encodeCursor({ after, skip }: Position): string {
  return Buffer.from(JSON.stringify([after ?? null, skip])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): Position {
  if (cursor === undefined || cursor === null || cursor === '') return { skip: 0 };
  try {
    const [after, skip] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if ((after === null || typeof after === 'string') && Number.isInteger(skip) && (skip as number) >= 0) {
      return { after: after ?? undefined, skip: skip as number };
    }
  } catch {
    // fall through to the error below
  }
  throw badInput(`after: "${cursor}" is not a cursor from this API (use a cursor or endCursor from a previous page)`);
}

/** Reads `first` items following the cursor `after`, as a connection; loads as few store pages as it can. */
export async function paginate<T>(
  load: (page: PageArgs) => Promise<Page<T>>,
  first: number,
  after?: string | null,
): Promise<ConnectionData<T>> {
  let position = decodeCursor(after);
  const edges: Edge<T>[] = [];
  for (;;) {
    const wanted = first - edges.length;
    const page = await load({
      first: Math.max(1, Math.min(MAX_PAGE_SIZE, position.skip + wanted)),
      after: position.after,
    });
    const taken = page.items.slice(position.skip, position.skip + wanted);
    taken.forEach((node, i) => edges.push(new Edge(node, { ...position, skip: position.skip + i + 1 })));
    const consumed = position.skip + taken.length;
    const pageDone = consumed >= page.items.length;
    const last = edges.at(-1);
    if (pageDone && page.endCursor !== undefined && last && taken.length > 0) {
      last.position = { after: page.endCursor, skip: 0 }; // the next page starts cleanly there
    }
    const more = !pageDone || page.hasNextPage;
    if (edges.length >= first || !page.hasNextPage || page.endCursor === undefined || !pageDone) {
      return {
        edges,
        totalCount: page.totalCount,
        pageInfo: {
          hasNextPage: more,
          hasPreviousPage: false,
          startCursor: edges[0]?.cursor,
          endCursor: last?.cursor ?? (after || undefined),
        },
      };
    }
    position = { after: page.endCursor, skip: Math.max(0, position.skip - page.items.length) };
  }
}
