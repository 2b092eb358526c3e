import type { FastifyInstance } from 'fastify';
import {
  CreateWorkingGroupSchema,
  UpdateWorkingGroupSchema,
  WorkingGroupSchema,
} from '../../contracts/organisation';
import { workingGroupsUseCases } from '../../services/organisation/working-groups';
import type { OrgContexts } from '../http/org-context';
import { registerCrudRoutes } from './crud-routes';

export function registerWorkingGroupRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  registerCrudRoutes(app, contexts, {
    path: 'working-groups',
    tag: 'organisation',
    entity: WorkingGroupSchema,
    create: CreateWorkingGroupSchema,
    update: UpdateWorkingGroupSchema,
    useCases: workingGroupsUseCases,
  });
}
