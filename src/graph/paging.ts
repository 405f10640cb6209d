// Cursor pagination shared by the store adapters: a cursor is the last item's sort key, base64url-encoded.
import { UserError } from '../errors.ts';
import { MAX_PAGE_SIZE } from './store.ts';
import type { Page, PageArgs } from './store.ts';

export function encodeCursor(key: string): string {
  return Buffer.from(key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const key = Buffer.from(cursor, 'base64url').toString('utf8');
  if (cursor === '' || encodeCursor(key) !== cursor) throw new UserError(`invalid cursor "${cursor}"`);
  return key;
}

export function wholeNumber(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new UserError(`${name} must be a whole number ≥ 0, not ${value}`);
  return value;
}

export interface PageWindow {
  /** Items on the page: `first`, clamped to MAX_PAGE_SIZE. */
  size: number;
  /** The sort key after which the page starts ('' for the first page: every key sorts after it). */
  after: string;
}

export function pageWindow(page: PageArgs = {}): PageWindow {
  const size = Math.min(wholeNumber(page.first ?? MAX_PAGE_SIZE, 'first'), MAX_PAGE_SIZE);
  return { size, after: page.after === undefined || page.after === null ? '' : decodeCursor(page.after) };
}

/** A page from up to size + 1 items sorted by key (the extra one says whether another page follows). */
export function toPage<T>(items: T[], keyOf: (item: T) => string, size: number, totalCount: number): Page<T> {
  const pageItems = items.slice(0, size);
  const last = pageItems.at(-1);
  return {
    items: pageItems,
    totalCount,
    hasNextPage: items.length > size,
    ...(last === undefined ? {} : { endCursor: encodeCursor(keyOf(last)) }),
  };
}
