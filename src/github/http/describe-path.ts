/** Query parameters whose values may be credentials; their values never leave the client. */
const SECRET_PARAM = /token|secret|password|key|sig|code|auth/i;

/**
 * How a request is named in errors, events and statistics: its path below the API base (so
 * `/repos/o/r/issues` on github.com and on a GHES `/api/v3` base alike) and its query, with the
 * values of secret-looking parameters blanked.
 */
export function describePath(url: URL, basePath: string): string {
  const base = basePath.replace(/\/+$/, '');
  const path =
    base && (url.pathname === base || url.pathname.startsWith(`${base}/`))
      ? url.pathname.slice(base.length) || '/'
      : url.pathname;
  const params = new URLSearchParams(url.search);
  for (const name of [...new Set(params.keys())]) {
    if (SECRET_PARAM.test(name)) params.set(name, '***');
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
