import type { InstallationRecord } from './app-auth';
import type { FakeUrls } from './fake-urls';

/** What the fake app may do: what Rødtråd asks of a GitHub App. */
export const FAKE_APP_PERMISSIONS = {
  issues: 'write',
  metadata: 'read',
  organization_projects: 'write',
} as const;

export function installationJson(
  urls: FakeUrls,
  appId: number,
  installation: InstallationRecord,
  createdIso: string,
): Record<string, unknown> {
  const { owner } = installation;
  return {
    id: installation.id,
    client_id: `Iv1.fake${appId}`,
    account: owner.json,
    repository_selection: 'all',
    access_tokens_url: `${urls.api}/app/installations/${installation.id}/access_tokens`,
    repositories_url: `${urls.api}/installation/repositories`,
    html_url: `${urls.html}/organizations/${owner.login}/settings/installations/${installation.id}`,
    app_id: appId,
    app_slug: 'fake-app',
    target_id: owner.id,
    target_type: owner.type === 'Organization' ? 'Organization' : 'User',
    permissions: FAKE_APP_PERMISSIONS,
    events: ['issues', 'sub_issues', 'projects_v2_item', 'repository'],
    created_at: createdIso,
    updated_at: createdIso,
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null,
  };
}
