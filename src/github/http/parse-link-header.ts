/** The pagination links of a GitHub answer, by relation. */
export type Links = Partial<Record<'next' | 'prev' | 'first' | 'last', string>>;

const RELATIONS = new Set(['next', 'prev', 'first', 'last']);

/**
 * Reads `Link: <url>; rel="next", <url>; rel="last"`. GitHub puts either page numbers or opaque
 * cursors (`after=`) in those URLs; callers follow them as they are and never build them.
 */
export function parseLinkHeader(header: string | null): Links {
  const links: Links = {};
  if (!header) return links;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match) continue;
    const [, url = '', params = ''] = match;
    const rel = /(?:^|;)\s*rel="?([^";]+)"?/.exec(params)?.[1];
    if (!rel) continue;
    for (const name of rel.trim().split(/\s+/)) {
      if (RELATIONS.has(name)) links[name as keyof Links] = url;
    }
  }
  return links;
}
