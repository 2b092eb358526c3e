import type { PageResult } from './github-client';

/**
 * All items of a paged list. A 304 page has no items to give, so meeting one is an error here:
 * a caller that sends ETags keeps its own copy of each page and reads the pages itself.
 */
export async function collect<T>(pages: AsyncIterable<PageResult<T>>): Promise<T[]> {
  const items: T[] = [];
  for await (const page of pages) {
    if (page.status === 304) {
      throw new Error(`collect met an unchanged page (${page.url}); read pages sent with ETags one by one`);
    }
    items.push(...page.items);
  }
  return items;
}
