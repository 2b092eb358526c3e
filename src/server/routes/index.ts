import type { FastifyInstance } from 'fastify';
import type { Database } from '../../store/database';
import type { OrgContexts } from '../http/org-context';
import { registerOrganisationRoutes } from './organisations';
import { registerPeopleRoutes } from './people';

/** Every API route, by module. */
export function registerApiRoutes(app: FastifyInstance, database: Database, contexts: OrgContexts): void {
  registerOrganisationRoutes(app, database);
  registerPeopleRoutes(app, contexts);
}
