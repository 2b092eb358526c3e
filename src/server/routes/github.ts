import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrgIdParamsSchema, OrgParamsSchema } from '../../contracts/common';
import { ProblemSchema } from '../../contracts/errors';
import {
  ConnectionCheckSchema,
  CreateGithubEpicSchema,
  GithubSettingsSchema,
  StartSyncSchema,
  SyncRunSchema,
  SyncStatusSchema,
} from '../../contracts/github-sync';
import { BacklogItemSchema } from '../../contracts/backlog';
import type { GithubSync } from '../../github/github-sync';
import { saveGithubSettings } from '../../services/github-sync/github-settings';
import { getSyncStatus } from '../../services/github-sync/get-sync-status';
import { getSyncRun } from '../../services/github-sync/sync-runs';
import type { OrgContexts } from '../http/org-context';
import { writeProblems } from './crud-routes';

/** The organisation's GitHub sync: its settings, its runs and their status, and epics created on GitHub. */
export function registerGithubRoutes(app: FastifyInstance, contexts: OrgContexts, sync: GithubSync): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['github'];
  const base = '/api/v1/orgs/:org/github';

  r.get(base, {
    schema: {
      tags,
      description:
        'The GitHub connection as configured on the server (never its secrets), the sources, the latest runs with what they did, retried and cost, and the webhook queue.',
      params: OrgParamsSchema,
      response: { 200: SyncStatusSchema, 403: ProblemSchema },
    },
    handler: async (request) => getSyncStatus(await contexts.forRequest(request), sync.connection()),
  });

  r.put(`${base}/settings`, {
    schema: {
      tags,
      description:
        'What the organisation reads from GitHub: the portfolio and roadmap repositories and boards, epic labels, write-back.',
      params: OrgParamsSchema,
      body: GithubSettingsSchema,
      response: { 200: GithubSettingsSchema, ...writeProblems },
    },
    handler: async (request) => saveGithubSettings(await contexts.forRequest(request), request.body),
  });

  r.post(`${base}/check`, {
    schema: {
      tags,
      description:
        'Asks GitHub, with the configured credentials, whether each owner of the sources can be read, and the rate budget left.',
      params: OrgParamsSchema,
      response: { 200: ConnectionCheckSchema, ...writeProblems },
    },
    handler: async (request) => sync.checkConnection(await contexts.forRequest(request)),
  });

  r.post(`${base}/sync`, {
    schema: {
      tags,
      description:
        'Starts a run: `import` reads everything afresh, `reconcile` what changed since the last run (an unchanged repository costs no rate limit), `full-reconcile` also finds deleted issues. Answers 202 with the run; follow it at runs/:id. 409 while another run is going.',
      params: OrgParamsSchema,
      body: StartSyncSchema,
      response: { 202: SyncRunSchema, ...writeProblems },
    },
    handler: async (request, reply) =>
      reply.code(202).send(await sync.start(await contexts.forRequest(request), request.body.mode)),
  });

  r.get(`${base}/runs/:id`, {
    schema: {
      tags,
      description:
        'One run: its phase, progress, counts, what it skipped and why, retries, errors and rate budget.',
      params: OrgIdParamsSchema,
      response: { 200: SyncRunSchema, 403: ProblemSchema, 404: ProblemSchema },
    },
    handler: async (request) => getSyncRun(await contexts.forRequest(request), request.params.id),
  });

  r.post(`${base}/epics`, {
    schema: {
      tags,
      description:
        'Creates an epic in a team repository on GitHub for a roadmap element: a sub-issue of the element’s issue where GitHub allows it, and a line in its *Oppgaver*. Repeating the same request returns the same epic.',
      params: OrgParamsSchema,
      body: CreateGithubEpicSchema,
      response: { 201: BacklogItemSchema, ...writeProblems },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await sync.createEpic(await contexts.forRequest(request), request.body)),
  });
}

/**
 * GitHub's webhook. The signature is checked on the raw bytes before anything is parsed; the delivery
 * is queued and answered at once (GitHub gives up after 10 seconds), and a redelivery is a no-op.
 */
export function registerGithubWebhookRoute(app: FastifyInstance, sync: GithubSync): void {
  void app.register((scope, _options, done) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      'application/json',
      { parseAs: 'buffer', bodyLimit: 25 * 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );
    scope.withTypeProvider<ZodTypeProvider>().post('/api/v1/github/webhook', {
      schema: {
        tags: ['github'],
        description:
          'For GitHub: deliveries signed with X-Hub-Signature-256 (HMAC-SHA256 of the raw body with the webhook secret). 202 queued, 200 a delivery seen before, 401 a bad signature.',
        headers: z.object({
          'x-github-event': z.string().min(1).max(100),
          'x-github-delivery': z.string().min(1).max(100),
          'x-hub-signature-256': z.string().max(200).optional(),
        }),
        response: {
          200: WebhookAnswerSchema,
          202: WebhookAnswerSchema,
          401: ProblemSchema,
          409: ProblemSchema,
        },
      },
      handler: async (request, reply) => {
        const outcome = await sync.receiveWebhook({
          event: request.headers['x-github-event'],
          deliveryId: request.headers['x-github-delivery'],
          signature: request.headers['x-hub-signature-256'] ?? null,
          rawBody: request.body as Buffer,
        });
        return reply.code(outcome === 'queued' ? 202 : 200).send({ outcome });
      },
    });
    done();
  });
}

const WebhookAnswerSchema = z.object({ outcome: z.enum(['queued', 'duplicate', 'ignored']) });
