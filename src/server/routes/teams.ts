import type { FastifyInstance } from 'fastify';
import { CreateTeamSchema, TeamSchema, UpdateTeamSchema } from '../../contracts/organisation';
import { teamsUseCases } from '../../services/organisation/teams';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes } from './crud-routes';

/** productGroupIds, productIds and members replace the whole set when sent, and stay as they were when left out. */
export function registerTeamRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'teams',
    tag: 'organisation',
    entity: TeamSchema,
    create: CreateTeamSchema,
    update: UpdateTeamSchema,
    useCases: teamsUseCases,
  });
}
