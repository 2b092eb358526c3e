import { z } from 'zod';
import { TimestampSchema, boundedArray } from './common';
import { LIMITS } from './limits';

/** GitHub logins and repository names: letters, digits, '-', '_' and '.'. */
const NamePart = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_.-]+$/, 'a GitHub owner or repository name');
const ProjectNumber = z.number().int().positive().max(1_000_000);
const Label = z.string().trim().min(1).max(LIMITS.name);

/** The labels that mark an epic when a repository does not use GitHub's issue type `Epic`. */
export const DEFAULT_EPIC_LABELS = ['Epic', 'kind/epic', '☂️ epic'] as const;

/** The repository of the portfolio's issues, and the board whose single-select field holds the phase. */
export const PortfolioSourceSchema = z.strictObject({
  owner: NamePart,
  repo: NamePart,
  /** An organisation-level Projects board of the same owner, by its number; null when there is none. */
  project: ProjectNumber.nullable().default(null),
  /** The board's single-select field whose options are the phases' names. */
  phaseField: Label.default('Fase'),
});
export type PortfolioSource = z.infer<typeof PortfolioSourceSchema>;

/** The roadmap repository and its organisation-level board (Status, Start, Sluttdato, Progresjon (%)…). */
export const RoadmapSourceSchema = z.strictObject({
  owner: NamePart,
  repo: NamePart,
  project: ProjectNumber.nullable().default(null),
  /** Opt-in: write the computed progress into `Progresjon (%)` and set Status Levert when delivered. */
  writeBack: z.boolean().default(false),
});
export type RoadmapSource = z.infer<typeof RoadmapSourceSchema>;

/**
 * What an organisation reads from GitHub. The teams' backlogs (repositories or boards) come from each
 * team's `backlogs`; credentials come from the server's configuration, never from here.
 */
export const GithubSettingsSchema = z
  .strictObject({
    enabled: z.boolean().default(true),
    portfolio: PortfolioSourceSchema.nullable().default(null),
    roadmap: RoadmapSourceSchema.nullable().default(null),
    /** Labels that mark an epic, in every backlog unless the repository has its own list below. */
    epicLabels: boundedArray(Label, 20).default([...DEFAULT_EPIC_LABELS]),
    /** "owner/repo" → that repository's epic labels. */
    epicLabelsByRepository: z
      .record(
        z.string().regex(/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/, 'like "owner/repo"'),
        z.array(Label).max(20),
      )
      .default({}),
  })
  .meta({ id: 'GithubSettings' });
export type GithubSettings = z.infer<typeof GithubSettingsSchema>;
export type GithubSettingsInput = z.input<typeof GithubSettingsSchema>;

export const SYNC_TRIGGERS = ['import', 'reconcile', 'full-reconcile', 'webhooks', 'write-back'] as const;
export const SyncTriggerSchema = z.enum(SYNC_TRIGGERS);
export type SyncTrigger = z.infer<typeof SyncTriggerSchema>;

export const StartSyncSchema = z
  .strictObject({
    /** import: everything, afresh; reconcile: what changed since the last run; full-reconcile: also finds deleted issues. */
    mode: z.enum(['import', 'reconcile', 'full-reconcile']).default('reconcile'),
  })
  .meta({ id: 'StartSync' });
export type StartSync = z.infer<typeof StartSyncSchema>;

export const RateStateSchema = z.object({
  limit: z.number().int(),
  remaining: z.number().int(),
  used: z.number().int(),
  resetAt: TimestampSchema,
});
export type RateState = z.infer<typeof RateStateSchema>;

export const RETRY_REASONS = [
  'bad-gateway',
  'server-error',
  'timeout',
  'network',
  'secondary-rate-limit',
  'rate-limit',
] as const;

export const SyncRetrySchema = z.object({
  reason: z.enum(RETRY_REASONS),
  method: z.string(),
  path: z.string(),
  waitedMs: z.number(),
});

export const SyncCountsSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  deleted: z.number().int(),
  skipped: z.number().int(),
});
export type SyncCounts = z.infer<typeof SyncCountsSchema>;

/** Where a run is: a stable code, worded by the clients. */
export const SYNC_PHASES = [
  'starting',
  'reading',
  'portfolio',
  'backlog',
  'roadmap',
  'vanished',
  'write-back',
  'webhooks',
  'done',
] as const;
export const SyncPhaseSchema = z.enum(SYNC_PHASES);
export type SyncPhase = z.infer<typeof SyncPhaseSchema>;

/** What one run did: the counts, why anything was skipped, what GitHub cost and what was retried. */
export const SyncReportSchema = z.object({
  phase: SyncPhaseSchema,
  progress: z.object({ done: z.number().int(), total: z.number().int().nullable() }),
  counts: SyncCountsSchema,
  /** The first skipped items with their reasons (the count above has them all). */
  skipped: z.array(z.object({ ref: z.string(), reason: z.string() })),
  requests: z.object({ total: z.number().int(), counted: z.number().int(), notModified: z.number().int() }),
  writes: z.number().int(),
  retries: z.array(SyncRetrySchema),
  errors: z.array(z.object({ ref: z.string().nullable(), message: z.string() })),
  rate: z.object({ core: RateStateSchema.optional(), graphql: RateStateSchema.optional() }),
});
export type SyncReport = z.infer<typeof SyncReportSchema>;

export const SyncRunSchema = z
  .object({
    id: z.uuid(),
    trigger: SyncTriggerSchema,
    status: z.enum(['running', 'succeeded', 'failed']),
    startedAt: TimestampSchema,
    finishedAt: TimestampSchema.nullable(),
    startedBy: z.string(),
    report: SyncReportSchema,
  })
  .meta({ id: 'SyncRun' });
export type SyncRun = z.infer<typeof SyncRunSchema>;

/** The connection as configured on the server: never a secret, only whether one is there. */
export const GithubConnectionSchema = z.object({
  configured: z.boolean(),
  kind: z.enum(['app', 'token']).nullable(),
  apiUrl: z.string(),
  graphqlUrl: z.string(),
  webhookSecretSet: z.boolean(),
});
export type GithubConnection = z.infer<typeof GithubConnectionSchema>;

export const SyncStatusSchema = z
  .object({
    connection: GithubConnectionSchema,
    settings: GithubSettingsSchema.nullable(),
    runs: z.array(SyncRunSchema),
    queue: z.object({
      pending: z.number().int(),
      failed: z.number().int(),
      oldestPendingAt: TimestampSchema.nullable(),
    }),
  })
  .meta({ id: 'SyncStatus' });
export type SyncStatus = z.infer<typeof SyncStatusSchema>;

/** What `rodtrad github connect` learns: which sources the credentials reach, and the rate budget. */
export const ConnectionCheckSchema = z
  .object({
    /** Each repository ("owner/repo") and board ("owner/projectsV2/7") the settings name. */
    sources: z.array(
      z.object({ source: z.string(), reachable: z.boolean(), message: z.string().nullable() }),
    ),
    rate: z.object({ core: RateStateSchema.optional(), graphql: RateStateSchema.optional() }),
  })
  .meta({ id: 'GithubConnectionCheck' });
export type ConnectionCheck = z.infer<typeof ConnectionCheckSchema>;

/** An epic to create on GitHub for a roadmap element, in a team's repository. */
export const CreateGithubEpicSchema = z
  .strictObject({
    elementId: z.uuid(),
    owner: NamePart,
    repo: NamePart,
    title: z.string().trim().min(1).max(LIMITS.name),
    body: z.string().max(LIMITS.longText).nullable().default(null),
  })
  .meta({ id: 'CreateGithubEpic' });
export type CreateGithubEpic = z.infer<typeof CreateGithubEpicSchema>;
