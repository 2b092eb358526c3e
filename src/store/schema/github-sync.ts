import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** What an organisation reads from GitHub (0005_github.sql); credentials live in configuration. */
export const githubSettings = pgTable('github_settings', {
  orgId: uuid('org_id').primaryKey(),
  settings: jsonb('settings').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: text('updated_by').notNull(),
});

/** The portfolio issue an initiative was imported from. */
export const githubInitiativeSources = pgTable(
  'github_initiative_sources',
  {
    orgId: uuid('org_id').notNull(),
    initiativeId: uuid('initiative_id').notNull(),
    owner: text('owner').notNull(),
    repo: text('repo').notNull(),
    number: integer('number').notNull(),
    nodeId: text('node_id').notNull(),
    url: text('url'),
    body: text('body'),
    githubUpdatedAt: at('github_updated_at').notNull(),
    digest: text('digest').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.initiativeId] })],
);

/** The reconciler's place in each listing: its last ETag and `since`. */
export const githubSyncCursors = pgTable(
  'github_sync_cursors',
  {
    orgId: uuid('org_id').notNull(),
    resource: text('resource').notNull(),
    etag: text('etag'),
    since: at('since'),
    url: text('url'),
    data: jsonb('data'),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.resource] })],
);

export const githubSyncRuns = pgTable(
  'github_sync_runs',
  {
    id: uuid('id').primaryKey(),
    orgId: uuid('org_id').notNull(),
    trigger: text('trigger').notNull(),
    status: text('status').notNull(),
    startedAt: at('started_at').notNull().defaultNow(),
    finishedAt: at('finished_at'),
    heartbeatAt: at('heartbeat_at').notNull().defaultNow(),
    startedBy: text('started_by').notNull(),
    report: jsonb('report').notNull(),
  },
  (t) => [index('github_sync_runs_org_idx').on(t.orgId, t.startedAt.desc())],
);

/** Webhook deliveries waiting for, or done with, processing. */
export const githubDeliveries = pgTable('github_deliveries', {
  deliveryId: text('delivery_id').primaryKey(),
  event: text('event').notNull(),
  action: text('action'),
  payload: jsonb('payload').notNull(),
  receivedAt: at('received_at').notNull().defaultNow(),
  leasedUntil: at('leased_until'),
  attempts: integer('attempts').notNull().default(0),
  processedAt: at('processed_at'),
  error: text('error'),
});

/** A Projects board item as last seen or written, with its field values by name. */
export const githubBoardItems = pgTable(
  'github_board_items',
  {
    orgId: uuid('org_id').notNull(),
    projectOwner: text('project_owner').notNull(),
    projectNumber: integer('project_number').notNull(),
    itemId: bigint('item_id', { mode: 'number' }).notNull(),
    contentNodeId: text('content_node_id'),
    fieldValues: jsonb('field_values').notNull(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.projectOwner, t.projectNumber, t.itemId] })],
);

/** A digest of what the import last wrote from each mirrored issue, by lower-case "owner/repo#N". */
export const githubDigests = pgTable(
  'github_digests',
  {
    orgId: uuid('org_id').notNull(),
    ref: text('ref').notNull(),
    digest: text('digest').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.ref] })],
);
