import { date, doublePrecision, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { entityColumns } from './columns';
import { githubColumns } from './roadmap';

export const backlogItems = pgTable('backlog_items', {
  ...entityColumns(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  body: text('body'),
  teamId: uuid('team_id'),
  parentId: uuid('parent_id'),
  state: text('state').notNull().default('open'),
  stateReason: text('state_reason'),
  issueType: text('issue_type'),
  labels: text('labels').array().notNull().default([]),
  assignees: text('assignees').array().notNull().default([]),
  startOn: date('start_on', { mode: 'string' }),
  dueOn: date('due_on', { mode: 'string' }),
  estimate: doublePrecision('estimate'),
  closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
  activityAt: timestamp('activity_at', { withTimezone: true, mode: 'date' }),
  ...githubColumns(),
});

export const epicRoadmapElements = pgTable('epic_roadmap_elements', {
  orgId: uuid('org_id').notNull(),
  epicId: uuid('epic_id').notNull(),
  elementId: uuid('element_id').notNull(),
});
