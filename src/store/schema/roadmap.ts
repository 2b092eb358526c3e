import { boolean, date, doublePrecision, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { entityColumns } from './columns';

/** Columns of an item that may mirror a GitHub issue: owner/repo#number, node id and address. */
export const githubColumns = () => ({
  githubOwner: text('github_owner'),
  githubRepo: text('github_repo'),
  githubNumber: integer('github_number'),
  githubNodeId: text('github_node_id'),
  url: text('url'),
});

export const roadmapElements = pgTable('roadmap_elements', {
  ...entityColumns(),
  title: text('title').notNull(),
  productId: uuid('product_id'),
  labels: text('labels').array().notNull().default([]),
  status: text('status').notNull().default('under-consideration'),
  statusSetByRollup: boolean('status_set_by_rollup').notNull().default(false),
  state: text('state').notNull().default('open'),
  stateReason: text('state_reason'),
  startOn: date('start_on', { mode: 'string' }),
  endOn: date('end_on', { mode: 'string' }),
  estimatePersonWeeks: doublePrecision('estimate_person_weeks'),
  milestone: text('milestone'),
  overview: text('overview'),
  expectedResult: text('expected_result'),
  howItWorks: text('how_it_works'),
  healthOverride: text('health_override'),
  progressOverride: doublePrecision('progress_override'),
  activityAt: timestamp('activity_at', { withTimezone: true, mode: 'date' }),
  ...githubColumns(),
});

export const roadmapElementInitiatives = pgTable('roadmap_element_initiatives', {
  orgId: uuid('org_id').notNull(),
  elementId: uuid('element_id').notNull(),
  initiativeId: uuid('initiative_id').notNull(),
});

export const roadmapElementDependencies = pgTable('roadmap_element_dependencies', {
  orgId: uuid('org_id').notNull(),
  elementId: uuid('element_id').notNull(),
  dependsOnId: uuid('depends_on_id').notNull(),
});
