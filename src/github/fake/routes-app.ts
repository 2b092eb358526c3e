import { installationJson, FAKE_APP_PERMISSIONS } from './installation-json';
import { resolveRepo } from './repo-resolution';
import { repositoryJson } from './repository-json';
import { notFound } from './rest-answer';
import type { InstallationRecord } from './app-auth';
import type { OwnerRecord } from './fake-model';
import type { FakeContext, RestRoute } from './rest-route';

function installationAnswer(context: FakeContext, owner: OwnerRecord | undefined) {
  const installation = owner ? context.auth.installationFor(owner) : null;
  const appId = context.auth.appId;
  if (!installation || appId === null) throw notFound();
  return { status: 200, body: installationJson(context.urls, appId, installation, context.state.now().iso) };
}

function rateLimitBody(context: FakeContext): Record<string, unknown> {
  const core = context.rateLimiter.bucket('core');
  const graphql = context.rateLimiter.bucket('graphql');
  const search = { limit: 30, remaining: 30, used: 0, reset: core.reset };
  return {
    resources: { core: { ...core }, graphql: { ...graphql }, search },
    rate: { ...core },
  };
}

/** The repository, the GitHub App's installation and token routes, and /rate_limit. */
export const appRoutes: RestRoute[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}',
    handle: (request, context) => ({
      status: 200,
      body: repositoryJson(context.urls, resolveRepo(request, context)),
    }),
  },
  {
    method: 'GET',
    template: '/orgs/{org}/installation',
    auth: 'app-jwt',
    counted: false,
    handle: (request, context) =>
      installationAnswer(context, context.state.findOwner(request.params.org ?? '')),
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/installation',
    auth: 'app-jwt',
    counted: false,
    handle: (request, context) => installationAnswer(context, resolveRepo(request, context).owner),
  },
  {
    method: 'POST',
    template: '/app/installations/{installation_id}/access_tokens',
    auth: 'app-jwt',
    counted: false,
    handle: (request, context) => {
      const installation: InstallationRecord | undefined = context.auth.installationsById.get(
        Number(request.params.installation_id),
      );
      if (!installation) throw notFound();
      const { token, expiresAt } = context.auth.issueToken(installation);
      return {
        status: 201,
        body: {
          token,
          expires_at: expiresAt,
          permissions: FAKE_APP_PERMISSIONS,
          repository_selection: 'all',
        },
      };
    },
  },
  {
    method: 'GET',
    template: '/rate_limit',
    counted: false,
    handle: (_request, context) => ({ status: 200, body: rateLimitBody(context) }),
  },
];
