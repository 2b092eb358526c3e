import type { FastifyInstance } from 'fastify';
import type { Database } from '../../services/store-lifecycle';
import type { OrgContexts } from '../http/org-context';
import { registerBacklogItemRoutes } from './backlog-items';
import { registerHistoryRoutes } from './history';
import { registerInitiativeRoutes } from './initiatives';
import { registerOrganisationRoutes } from './organisations';
import { registerPeopleRoutes } from './people';
import { registerProductGroupRoutes } from './product-groups';
import { registerProductRoutes } from './products';
import { registerRoadmapElementRoutes } from './roadmap-elements';
import { registerStrategyItemRoutes } from './strategy-items';
import { registerStrategySourceRoutes } from './strategy-sources';
import { registerTeamRoutes } from './teams';
import { registerThreadRoutes } from './thread';
import { registerWorkingGroupRoutes } from './working-groups';
import { registerWorkflowRoutes } from './workflow';

/** Every API route, by module. */
export function registerApiRoutes(app: FastifyInstance, database: Database, contexts: OrgContexts): void {
  registerOrganisationRoutes(app, database);
  registerPeopleRoutes(app, contexts);
  registerProductGroupRoutes(app, contexts);
  registerProductRoutes(app, contexts);
  registerTeamRoutes(app, contexts);
  registerWorkingGroupRoutes(app, contexts);
  registerStrategySourceRoutes(app, contexts);
  registerStrategyItemRoutes(app, contexts);
  registerWorkflowRoutes(app, contexts);
  registerInitiativeRoutes(app, contexts);
  registerRoadmapElementRoutes(app, contexts);
  registerBacklogItemRoutes(app, contexts);
  registerThreadRoutes(app, contexts);
  registerHistoryRoutes(app, contexts);
}
