import type { FastifyRequest } from 'fastify';
import type { Database } from '../../services/store-lifecycle';
import type { ServiceContext } from '../../services/shared/context';
import { AppError } from '../../services/shared/app-error';

/**
 * The service context of an organisation route: the organisation and the user's access, as the access
 * hook resolved them (server/access/access-hooks.ts). No use case runs without both.
 */
export class OrgContexts {
  constructor(private readonly database: Database) {}

  forRequest(request: FastifyRequest): Promise<ServiceContext> {
    const resolved = request.orgAccess;
    if (!resolved || !request.auth) {
      // Only a route whose policy is not an organisation's could get here: a wiring mistake.
      return Promise.reject(
        new AppError('internal', `${request.routeOptions.url} has no organisation access`),
      );
    }
    return Promise.resolve({
      database: this.database,
      orgId: resolved.orgId,
      actor: actorOf(request),
      access: resolved.access,
    });
  }
}

/** The name history and decisions record for the signed-in user. */
export function actorOf(request: FastifyRequest): string {
  return request.auth?.user.name ?? 'anonymous';
}
