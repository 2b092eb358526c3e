import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OrgIdParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { PersonInitiativeListSchema, TeamLoadReportSchema } from '../../contracts/organisation-views';
import { getTeamLoad } from '../../services/organisation/get-team-load';
import { listPersonInitiatives } from '../../services/organisation/list-person-initiatives';
import type { OrgContexts } from '../http/org-context';

/** Read-only views across the organisation and the portfolio: a team's load, a person's initiatives. */
export function registerOrganisationViewRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['organisation'];

  r.get('/api/v1/orgs/:org/teams/:id/load', {
    schema: {
      tags,
      summary: "A team's allocations and load per quarter",
      description:
        'Every initiative allocated to the team, and for each quarter of this year and the next the ' +
        'person-months its allocations ask of it against its capacity. As in the portfolio check ' +
        'team-over-capacity, only active initiatives in the two phases before done load the team, each with ' +
        "its share (split equally between its teams) of the year's internal person-months, spread over four quarters.",
      params: OrgIdParamsSchema,
      response: { 200: TeamLoadReportSchema, 404: ProblemSchema },
    },
    handler: async (request) => getTeamLoad(await contexts.forRequest(request), request.params.id),
  });

  r.get('/api/v1/orgs/:org/people/:id/initiatives', {
    schema: {
      tags,
      summary: "A person's initiatives",
      description: 'The initiatives the person owns, submitted or is responsible for, by case number.',
      params: OrgIdParamsSchema,
      response: { 200: PersonInitiativeListSchema, 404: ProblemSchema },
    },
    handler: async (request) => ({
      items: await listPersonInitiatives(await contexts.forRequest(request), request.params.id),
    }),
  });
}
