import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OrgParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import { WorkflowResponseSchema, WorkflowSchema } from '../../contracts/workflow';
import { getWorkflow } from '../../services/workflow/get-workflow';
import { replaceWorkflow } from '../../services/workflow/replace-workflow';
import { requiredVersion, setEtag } from '../http/etag';
import type { OrgContexts } from '../http/org-context';
import { IfMatchHeaders } from './crud-routes';

export function registerWorkflowRoutes(app: FastifyInstance, contexts: OrgContexts): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['workflow'];
  r.get('/api/v1/orgs/:org/workflow', {
    schema: { tags, params: OrgParamsSchema, response: { 200: WorkflowResponseSchema, 404: ProblemSchema } },
    handler: async (request, reply) => {
      const wf = await getWorkflow(await contexts.forRequest(request));
      // Version 0 is the built-in default; the first replacement makes it 1.
      void reply.header('etag', `"v${wf.version}"`);
      return wf;
    },
  });
  r.put('/api/v1/orgs/:org/workflow', {
    schema: {
      tags,
      description:
        'Replaces the phases and gate criteria. Refused (409) while an initiative is in a phase the new workflow lacks.',
      params: OrgParamsSchema,
      headers: IfMatchHeaders,
      body: WorkflowSchema,
      response: {
        200: WorkflowResponseSchema,
        400: ProblemSchema,
        404: ProblemSchema,
        409: ProblemSchema,
        412: ProblemSchema,
        428: ProblemSchema,
      },
    },
    handler: async (request, reply) => {
      const wf = await replaceWorkflow(
        await contexts.forRequest(request),
        requiredVersion(request),
        request.body,
      );
      setEtag(reply, wf);
      return wf;
    },
  });
}
