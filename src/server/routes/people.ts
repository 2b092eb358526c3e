import type { FastifyInstance } from 'fastify';
import { CreatePersonSchema, PersonSchema, UpdatePersonSchema } from '../../contracts/organisation';
import { peopleUseCases } from '../../services/organisation/people';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes } from './crud-routes';

export function registerPeopleRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'people',
    tag: 'organisation',
    entity: PersonSchema,
    create: CreatePersonSchema,
    update: UpdatePersonSchema,
    useCases: peopleUseCases,
  });
}
