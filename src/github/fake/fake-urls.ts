/** Where the fake answers and what its answers link to. */
export interface FakeUrls {
  /** REST root, e.g. `http://127.0.0.1:PORT/api/v3` (GitHub Enterprise Server's layout). */
  api: string;
  /** GraphQL endpoint, e.g. `http://127.0.0.1:PORT/api/graphql`. */
  graphql: string;
  /** Web root for `html_url`: never fetched, so a name no one owns. */
  html: string;
}

export const FAKE_HTML_ROOT = 'https://github.example';

export function fakeUrls(origin: string): FakeUrls {
  return { api: `${origin}/api/v3`, graphql: `${origin}/api/graphql`, html: FAKE_HTML_ROOT };
}
