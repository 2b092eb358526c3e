/** Placeholder: the search field in the header, on every page (built with the search page). */
export function GlobalSearch() {
  return null;
}
