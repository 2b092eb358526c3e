import type { FakeUrls } from './fake-urls';

/** GitHub's `simple-user` shape, which also stands for organisations and bots in issue answers. */
export function ownerJson(
  urls: FakeUrls,
  login: string,
  id: number,
  nodeId: string,
  type: 'Organization' | 'User' | 'Bot',
): Record<string, unknown> {
  const url = `${urls.api}/users/${login}`;
  return {
    login,
    id,
    node_id: nodeId,
    avatar_url: `${urls.html}/avatars/${login}`,
    gravatar_id: '',
    url,
    html_url: `${urls.html}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** The `organization` of webhook payloads (`organization-simple-webhooks`). */
export function organizationJson(
  urls: FakeUrls,
  owner: { login: string; id: number; nodeId: string },
): Record<string, unknown> {
  const url = `${urls.api}/orgs/${owner.login}`;
  return {
    login: owner.login,
    id: owner.id,
    node_id: owner.nodeId,
    url,
    repos_url: `${url}/repos`,
    events_url: `${url}/events`,
    hooks_url: `${url}/hooks`,
    issues_url: `${url}/issues`,
    members_url: `${url}/members{/member}`,
    public_members_url: `${url}/public_members{/member}`,
    avatar_url: `${urls.html}/avatars/${owner.login}`,
    description: null,
  };
}
