import type { FastifyRequest } from 'fastify';
import type { Database } from '../../services/store-lifecycle';
import { getOrganisation } from '../../services/organisation/organisations';
import type { ServiceContext } from '../../services/shared/context';

/**
 * Resolves the organisation named in the URL to a service context. Every tenant route goes
 * through here, so no use case runs without an organisation to scope it.
 */
export class OrgContexts {
  private readonly ids = new Map<string, string>();

  constructor(private readonly database: Database) {}

  async forRequest(request: FastifyRequest): Promise<ServiceContext> {
    // Every tenant route has :org, validated as a slug by its params schema.
    const slug = (request.params as { org: string }).org;
    let orgId = this.ids.get(slug);
    if (!orgId) {
      orgId = (await getOrganisation(this.database, slug)).id;
      this.ids.set(slug, orgId);
    }
    return { database: this.database, orgId, actor: actorOf(request) };
  }
}

/**
 * Until sign-in exists (accounts issue) every request acts as the local user of a server that
 * binds to 127.0.0.1 by default.
 */
export function actorOf(_request: FastifyRequest): string {
  return 'local';
}
