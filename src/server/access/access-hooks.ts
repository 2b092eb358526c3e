import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { SlugSchema } from '../../contracts/common';
import { grantOf, scopeCovers } from '../../domain/access/policy';
import type { Access } from '../../services/shared/access';
import { forbidden } from '../../services/shared/access';
import { AppError } from '../../services/shared/app-error';
import { resolveOrgAccess } from '../../services/accounts/org-access';
import type { Database } from '../../services/store-lifecycle';
import type { AuthOptions } from './auth-options';
import { authenticate, type Authenticated } from './authenticate';
import { verifyCsrf } from './csrf';
import { PUBLIC_PAGE_PREFIXES, isApiPath, isStaticAsset, policyOf, type RoutePolicy } from './route-policies';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null on a public route. */
    auth: Authenticated | null;
    /** Set on organisation routes: the organisation and what the user may do in it. */
    orgAccess: { orgId: string; access: Access } | null;
  }
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

const methodsOf = (route: RouteOptions) => (Array.isArray(route.method) ? route.method : [route.method]);

/**
 * Gives every API route its policy from the route table, and refuses to build a server with an API
 * route that has none: nothing is reachable by accident.
 */
export function requireRoutePolicies(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (!isApiPath(route.url)) return;
    const [policy, ...others] = methodsOf(route).map((m) => policyOf(m, route.url));
    if (!policy || others.some((p) => p !== policy)) {
      throw new Error(
        `route ${methodsOf(route).join(',')} ${route.url} has no policy in server/access/route-policies.ts`,
      );
    }
    route.config = { ...route.config, policy };
  });
}

/** Authenticates every request and lets it through only as its route's policy allows. */
export function enforceAccess(app: FastifyInstance, database: Database, options: AuthOptions): void {
  app.decorateRequest('auth', null);
  app.decorateRequest('orgAccess', null);
  app.addHook('onRequest', async (request, reply) => {
    // The web app's scripts, styles and fonts hold no data: no session lookup for each of them.
    if (isStaticAsset(request.url) && request.method === 'GET') return;
    const auth = await authenticate(database, request);
    request.auth = auth;
    const policy = request.routeOptions.config.policy;
    if (policy?.kind === 'public') return;
    if (!auth) return refuseAnonymous(request, reply);
    if (auth.via === 'session') verifyCsrf(request, auth, options.publicUrl);
    if (!policy) return; // a web page or an unknown path, for a signed-in user
    await authorise(database, request, auth, policy);
  });
}

function refuseAnonymous(request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const path = request.url.split('?')[0] ?? '/';
  if (isApiPath(path))
    throw new AppError('unauthorised', 'sign in, or send an API token as "Authorization: Bearer <token>"');
  if (PUBLIC_PAGE_PREFIXES.some((prefix) => path.startsWith(prefix))) return undefined;
  // A page: to the sign-in page, and back here afterwards.
  return reply.redirect(`/logg-inn?neste=${encodeURIComponent(request.url)}`);
}

async function authorise(
  database: Database,
  request: FastifyRequest,
  auth: Authenticated,
  policy: RoutePolicy,
): Promise<void> {
  switch (policy.kind) {
    case 'public':
      return;
    case 'signed-in':
      if (!scopeCovers(auth.scope, policy.scope)) {
        throw forbidden(`this needs a token with the ${policy.scope} scope`);
      }
      return;
    case 'installation-admin':
      if (!auth.user.isAdmin || auth.scope !== 'admin') throw forbidden('only an administrator may do this');
      return;
    case 'org': {
      // Access is decided before the route validates its parameters: check the slug's shape here.
      const slug = SlugSchema.safeParse((request.params as { org?: unknown }).org);
      if (!slug.success) throw new AppError('not-found', 'no such organisation');
      const resolved = await resolveOrgAccess(database, slug.data, {
        userId: auth.user.id,
        isAdmin: auth.user.isAdmin,
        scope: auth.scope,
      });
      if (grantOf(resolved.access.role, policy.action, auth.scope) === 'no') {
        throw forbidden(`your role (${resolved.access.role}) may not ${policy.action.replace('.', ' ')}`);
      }
      request.orgAccess = resolved;
      return;
    }
  }
}
