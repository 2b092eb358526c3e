import { boolean, date, doublePrecision, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { HealthReason } from '../../contracts/rollup';

export const statusUpdates = pgTable('status_updates', {
  id: uuid('id').primaryKey(),
  orgId: uuid('org_id').notNull(),
  initiativeId: uuid('initiative_id'),
  elementId: uuid('element_id'),
  text: text('text').notNull(),
  healthOverride: text('health_override'),
  progressOverride: doublePrecision('progress_override'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
});

export const rollups = pgTable('rollups', {
  nodeId: uuid('node_id').primaryKey(),
  orgId: uuid('org_id').notNull(),
  nodeType: text('node_type').notNull(),
  progress: doublePrecision('progress'),
  doneUnits: doublePrecision('done_units').notNull().default(0),
  totalUnits: doublePrecision('total_units').notNull().default(0),
  weight: doublePrecision('weight').notNull().default(1),
  counted: boolean('counted').notNull().default(true),
  delivered: boolean('delivered').notNull().default(false),
  rolledStart: date('rolled_start', { mode: 'string' }),
  rolledEnd: date('rolled_end', { mode: 'string' }),
  lastActivityAt: timestamp('last_activity_at', { withTimezone: true, mode: 'date' }),
  computedHealth: text('computed_health'),
  healthReasons: jsonb('health_reasons').$type<HealthReason[]>().notNull().default([]),
  expectedProgress: doublePrecision('expected_progress'),
  computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
