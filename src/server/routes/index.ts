import type { FastifyInstance } from 'fastify';
import type { Database } from '../../services/store-lifecycle';
import type { AuthOptions } from '../access/auth-options';
import type { OrgContexts } from '../http/org-context';
import { registerAgendaRoutes } from './agenda';
import { registerAuthRoutes } from './auth';
import { registerMeRoutes } from './me';
import { registerMemberRoutes } from './members';
import { registerUserRoutes } from './users';
import { registerGithubSignInRoutes } from './sign-in-github';
import { registerOidcSignInRoutes } from './sign-in-oidc';
import { registerBacklogItemRoutes } from './backlog-items';
import { registerHistoryRoutes } from './history';
import { registerInitiativeRoutes } from './initiatives';
import { registerOrganisationRoutes } from './organisations';
import { registerPeopleRoutes } from './people';
import { registerProductGroupRoutes } from './product-groups';
import { registerPublicRoadmapRoutes } from './public-roadmap';
import { registerProductRoutes } from './products';
import { registerRoadmapElementRoutes } from './roadmap-elements';
import { registerSearchRoutes } from './search';
import { registerStrategyItemRoutes } from './strategy-items';
import { registerStrategySourceRoutes } from './strategy-sources';
import { registerStrategyCoverageRoutes } from './strategy-coverage';
import { registerOrganisationViewRoutes } from './organisation-views';
import { registerSavedViewRoutes } from './saved-views';
import { registerTeamRoutes } from './teams';
import { registerThreadRoutes } from './thread';
import { registerWorkingGroupRoutes } from './working-groups';
import { registerWorkflowRoutes } from './workflow';
import { registerGithubRoutes, registerGithubWebhookRoute } from './github';
import type { GithubSync } from '../../github/github-sync';

/** Every API route, by module. */
export function registerApiRoutes(
  app: FastifyInstance,
  database: Database,
  contexts: OrgContexts,
  auth: AuthOptions,
  github: GithubSync,
): void {
  registerAuthRoutes(app, database, auth);
  registerOidcSignInRoutes(app, database, auth);
  registerGithubSignInRoutes(app, database, auth);
  registerMeRoutes(app, database);
  registerUserRoutes(app, database);
  registerOrganisationRoutes(app, database);
  registerMemberRoutes(app, contexts);
  registerPublicRoadmapRoutes(app, database);
  registerPeopleRoutes(app, contexts);
  registerProductGroupRoutes(app, contexts);
  registerProductRoutes(app, contexts);
  registerTeamRoutes(app, contexts);
  registerWorkingGroupRoutes(app, contexts);
  registerStrategySourceRoutes(app, contexts);
  registerStrategyItemRoutes(app, contexts);
  registerStrategyCoverageRoutes(app, contexts);
  registerOrganisationViewRoutes(app, contexts);
  registerWorkflowRoutes(app, contexts);
  registerInitiativeRoutes(app, contexts);
  registerRoadmapElementRoutes(app, contexts);
  registerBacklogItemRoutes(app, contexts);
  registerThreadRoutes(app, contexts);
  registerHistoryRoutes(app, contexts);
  registerAgendaRoutes(app, contexts);
  registerSearchRoutes(app, contexts);
  registerSavedViewRoutes(app, contexts);
  registerGithubRoutes(app, contexts, github);
  registerGithubWebhookRoute(app, github);
}
