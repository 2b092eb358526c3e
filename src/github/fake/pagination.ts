/** Link headers as GitHub writes them: `<url>; rel="next", <url>; rel="last"`. */

function withParam(
  base: string,
  query: URLSearchParams,
  name: string,
  value: string,
  drop: string[] = [],
): string {
  const next = new URLSearchParams(query);
  for (const key of drop) next.delete(key);
  next.set(name, value);
  return `${base}?${next.toString()}`;
}

/** Page-number pagination: next and last after the first page, first and prev before the last. */
export function pageLinks(
  base: string,
  query: URLSearchParams,
  page: number,
  lastPage: number,
): string | null {
  const links: string[] = [];
  if (page < lastPage) {
    links.push(`<${withParam(base, query, 'page', String(page + 1))}>; rel="next"`);
    links.push(`<${withParam(base, query, 'page', String(lastPage))}>; rel="last"`);
  }
  if (page > 1) {
    links.push(`<${withParam(base, query, 'page', '1')}>; rel="first"`);
    links.push(`<${withParam(base, query, 'page', String(Math.min(page - 1, lastPage)))}>; rel="prev"`);
  }
  return links.length > 0 ? links.join(', ') : null;
}

/** Cursor pagination (Projects v2 items): next with `after`, prev with `before`. */
export function cursorLinks(
  base: string,
  query: URLSearchParams,
  next: string | null,
  prev: string | null,
): string | null {
  const links: string[] = [];
  if (next) links.push(`<${withParam(base, query, 'after', next, ['before'])}>; rel="next"`);
  if (prev) links.push(`<${withParam(base, query, 'before', prev, ['after'])}>; rel="prev"`);
  return links.length > 0 ? links.join(', ') : null;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`cursor:${id}`).toString('base64url');
}

/** The id in a cursor, or null when the text is not one of ours. */
export function decodeCursor(cursor: string): number | null {
  const match = /^cursor:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return match?.[1] ? Number(match[1]) : null;
}

export function linkHeader(link: string | null): Record<string, string> {
  return link ? { link } : {};
}
