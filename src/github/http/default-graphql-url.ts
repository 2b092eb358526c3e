/**
 * Where GraphQL lives for a REST base: `https://api.github.com/graphql` for github.com, and
 * `https://host/api/graphql` for a GitHub Enterprise Server whose REST base is `https://host/api/v3`.
 */
export function defaultGraphqlUrl(baseUrl: string): string {
  const url = new URL(baseUrl);
  const path = url.pathname.replace(/\/+$/, '');
  if (/\/api\/v3$/.test(path)) {
    url.pathname = `${path.slice(0, -'/v3'.length)}/graphql`;
  } else {
    url.pathname = `${path}/graphql`;
  }
  url.search = '';
  url.hash = '';
  return url.toString();
}
