/** Bounds on every request, shared by server validation, forms and the CLI. */
export const LIMITS = {
  bodyBytes: 256 * 1024,
  name: 200,
  slug: 64,
  shortText: 2_000,
  longText: 20_000,
  url: 2_000,
  listItems: 200,
  pageSizeDefault: 50,
  pageSizeMax: 200,
  searchText: 200,
} as const;
