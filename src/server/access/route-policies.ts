import type { Action, TokenScope } from '../../contracts/accounts';

/**
 * Who may call a route:
 * - `public`: anyone (health, sign-in, the public roadmap when switched on);
 * - `signed-in`: any signed-in user, with a token of at least `scope`;
 * - `installation-admin`: an installation administrator (users, organisations, the account log);
 * - `org`: a role in the organisation named by `:org` that grants `action` (domain/access/policy.ts).
 */
export type RoutePolicy =
  | { kind: 'public' }
  | { kind: 'signed-in'; scope: TokenScope }
  | { kind: 'installation-admin' }
  | { kind: 'org'; action: Action };

const PUBLIC: RoutePolicy = { kind: 'public' };
const signedIn = (scope: TokenScope): RoutePolicy => ({ kind: 'signed-in', scope });
const ADMIN: RoutePolicy = { kind: 'installation-admin' };
const org = (action: Action): RoutePolicy => ({ kind: 'org', action });

const ORG = '/api/v1/orgs/:org';

/** List, read, create, update and delete of one CRUD resource: reads for readers, writes by `edit`. */
function crud(path: string, edit: Action): Record<string, RoutePolicy> {
  const base = `${ORG}/${path}`;
  return {
    [`GET ${base}`]: org('organisation.read'),
    [`GET ${base}/:id`]: org('organisation.read'),
    [`POST ${base}`]: org(edit),
    [`PATCH ${base}/:id`]: org(edit),
    [`DELETE ${base}/:id`]: org(edit),
  };
}

/**
 * Every route of the API by "METHOD url", as Fastify registers it (HEAD follows GET). A route missing
 * here stops the server from building, and the permission-matrix test walks this table.
 */
export const ROUTE_POLICIES: Record<string, RoutePolicy> = {
  'GET /api/health': PUBLIC,
  'GET /api/openapi.json': signedIn('read'),
  'GET /api/docs': signedIn('read'),
  'GET /api/docs/json': signedIn('read'),
  'GET /api/docs/yaml': signedIn('read'),
  'GET /api/docs/static/*': signedIn('read'),
  'GET /api/docs/static/index.html': signedIn('read'),
  'GET /api/docs/static/swagger-initializer.js': signedIn('read'),

  // Signing in and out
  'GET /api/v1/auth/options': PUBLIC,
  'GET /auth/link/:secret': PUBLIC,
  'GET /auth/oidc/start': PUBLIC,
  'GET /auth/oidc/callback': PUBLIC,
  'GET /auth/github/start': PUBLIC,
  'GET /auth/github/callback': PUBLIC,
  'POST /api/v1/auth/sign-out': signedIn('read'),
  'POST /api/v1/auth/sign-out-everywhere': signedIn('admin'),

  // The signed-in user and their tokens; managing tokens with a token needs an admin-scoped one
  'GET /api/v1/me': signedIn('read'),
  'GET /api/v1/me/tokens': signedIn('read'),
  'POST /api/v1/me/tokens': signedIn('admin'),
  'DELETE /api/v1/me/tokens/:id': signedIn('admin'),

  // The installation
  'GET /api/v1/users': ADMIN,
  'PATCH /api/v1/users/:id': ADMIN,
  'GET /api/v1/account-events': ADMIN,
  'GET /api/v1/orgs': signedIn('read'),
  'POST /api/v1/orgs': ADMIN,

  // The public roadmap answers only when the organisation has switched it on
  'GET /api/v1/public/:org/roadmap': PUBLIC,

  // One organisation
  [`GET ${ORG}`]: org('organisation.read'),
  [`PATCH ${ORG}`]: org('organisation.settings'),
  [`GET ${ORG}/access`]: org('organisation.read'),
  [`GET ${ORG}/members`]: org('members.manage'),
  [`PUT ${ORG}/members/:userId`]: org('members.manage'),
  [`DELETE ${ORG}/members/:userId`]: org('members.manage'),
  ...crud('people', 'organisation.edit'),
  ...crud('product-groups', 'organisation.edit'),
  ...crud('products', 'organisation.edit'),
  ...crud('teams', 'organisation.edit'),
  ...crud('working-groups', 'organisation.edit'),
  ...crud('strategy/sources', 'strategy.edit'),
  [`GET ${ORG}/strategy/sources/:id/items`]: org('organisation.read'),
  ...crud('strategy/items', 'strategy.edit'),
  [`GET ${ORG}/strategy/coverage`]: org('organisation.read'),
  [`GET ${ORG}/teams/:id/load`]: org('organisation.read'),
  [`GET ${ORG}/people/:id/initiatives`]: org('organisation.read'),
  [`GET ${ORG}/workflow`]: org('organisation.read'),
  [`PUT ${ORG}/workflow`]: org('workflow.edit'),

  [`GET ${ORG}/initiatives`]: org('organisation.read'),
  [`POST ${ORG}/initiatives`]: org('initiative.propose'),
  [`GET ${ORG}/initiatives/:ref`]: org('organisation.read'),
  [`PATCH ${ORG}/initiatives/:ref`]: org('initiative.edit'),
  [`POST ${ORG}/initiatives/:ref/transitions`]: org('initiative.decide'),
  [`GET ${ORG}/initiatives/:ref/decisions`]: org('organisation.read'),
  [`GET ${ORG}/initiatives/:ref/status-updates`]: org('organisation.read'),
  [`POST ${ORG}/initiatives/:ref/status-updates`]: org('status-update.write'),
  [`GET ${ORG}/initiatives/:ref/history`]: org('history.read'),

  ...crud('roadmap/elements', 'roadmap.edit'),
  [`POST ${ORG}/roadmap/elements/:id/epics`]: org('roadmap.edit'),
  [`DELETE ${ORG}/roadmap/elements/:id/epics/:epicId`]: org('roadmap.edit'),
  [`GET ${ORG}/roadmap/elements/:id/status-updates`]: org('organisation.read'),
  [`POST ${ORG}/roadmap/elements/:id/status-updates`]: org('status-update.write'),
  ...crud('backlog/items', 'backlog.edit'),
  [`POST ${ORG}/backlog/import`]: org('backlog.edit'),

  // GitHub sync: settings are the administrator's; running it and reading its status the portfolio's
  [`GET ${ORG}/github`]: org('github.sync'),
  [`PUT ${ORG}/github/settings`]: org('organisation.settings'),
  [`POST ${ORG}/github/check`]: org('organisation.settings'),
  [`POST ${ORG}/github/sync`]: org('github.sync'),
  [`GET ${ORG}/github/runs/:id`]: org('github.sync'),
  [`POST ${ORG}/github/epics`]: org('github.sync'),
  // Signed by GitHub with the webhook secret, which the handler checks before reading anything
  'POST /api/v1/github/webhook': PUBLIC,

  [`GET ${ORG}/trace`]: org('organisation.read'),
  [`GET ${ORG}/rollup`]: org('organisation.read'),
  [`POST ${ORG}/rollup/recompute`]: org('rollup.recompute'),
  [`GET ${ORG}/checks`]: org('checks.run'),
  [`GET ${ORG}/history/:id`]: org('history.read'),
  [`GET ${ORG}/agenda`]: org('organisation.read'),
  [`GET ${ORG}/search`]: org('organisation.read'),
  [`GET ${ORG}/saved-views`]: org('organisation.read'),
  [`POST ${ORG}/saved-views`]: org('view.save'),
  [`DELETE ${ORG}/saved-views/:id`]: org('view.save'),
};

/**
 * The web app's own files and pages are not API routes: assets are public (they hold no data), pages
 * send a visitor who is not signed in to the sign-in page.
 */
export const isApiPath = (url: string): boolean => url.startsWith('/api/') || url.startsWith('/auth/');

/** Pages anyone may load: the sign-in page and the public roadmap (which asks the API, itself guarded). */
export const PUBLIC_PAGE_PREFIXES = ['/logg-inn', '/offentlig/', '/assets/', '/favicon'];

/** The built web app's files (Vite puts them under /assets/). */
export const isStaticAsset = (url: string): boolean =>
  url.startsWith('/assets/') || url.startsWith('/favicon');

export function policyOf(method: string, url: string): RoutePolicy | undefined {
  return ROUTE_POLICIES[`${method === 'HEAD' ? 'GET' : method} ${url}`];
}
