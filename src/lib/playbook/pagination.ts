/**
 * Lists that grow with the content are split into pages of a fixed size, and summaries show a
 * fixed number of items with a link to the rest, so no page grows with the size of the site.
 * Pure: the pages call these with their own lists.
 */

/** Items per page of a paginated index (sources, business types, plays, accounts). */
export const PAGE_SIZE = 60;
/** Rows per page of the example accounts' table: each row is a dozen figures wide. */
export const TABLE_PAGE_SIZE = 25;
/** Items shown in a summary (the home page, a mode's lists) before "all N …". */
export const SUMMARY_SIZE = 8;

/** Path of page `n` (1-based) of an index at `basePath`: page 1 is the index itself, then `<base>page/<n>/`. */
export function listPagePath(basePath: string, n: number): string {
  return n <= 1 ? basePath : `${basePath}page/${n}/`;
}

export interface ListPage<T> {
  items: T[];
  /** 1-based. */
  number: number;
  count: number;
  /** The `[...page]` route parameter: undefined for page 1, else the number. */
  param: string | undefined;
}

/** Splits items into pages (at least one, even when empty). */
export function paginateList<T>(items: readonly T[], size: number = PAGE_SIZE): ListPage<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    items: items.slice(index * size, (index + 1) * size),
    number: index + 1,
    count,
    param: index === 0 ? undefined : String(index + 1),
  }));
}

/**
 * The page numbers a pager shows: the first, the last, and up to two either side of the current
 * one, with `null` where numbers are skipped, so the pager stays small on any number of pages.
 */
export function pagerNumbers(current: number, count: number): (number | null)[] {
  const shown = [...new Set([1, count, current - 2, current - 1, current, current + 1, current + 2])]
    .filter((n) => n >= 1 && n <= count)
    .sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of shown) {
    const previous = out.at(-1);
    if (typeof previous === 'number' && n - previous > 1) out.push(null);
    out.push(n);
  }
  return out;
}

/** The first `size` items and how many were left out. */
export function summarise<T>(items: readonly T[], size: number = SUMMARY_SIZE): { shown: T[]; more: number } {
  return { shown: items.slice(0, size), more: Math.max(0, items.length - size) };
}
