import { date, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { entityColumns } from './columns';

export const strategicSources = pgTable('strategic_sources', {
  ...entityColumns(),
  kind: text('kind').notNull(),
  title: text('title').notNull(),
  issuer: text('issuer'),
  periodStart: date('period_start', { mode: 'string' }),
  periodEnd: date('period_end', { mode: 'string' }),
  url: text('url'),
  description: text('description'),
  productGroupId: uuid('product_group_id'),
});

export const strategicItems = pgTable('strategic_items', {
  ...entityColumns(),
  sourceId: uuid('source_id').notNull(),
  parentId: uuid('parent_id'),
  kind: text('kind').notNull(),
  ref: text('ref'),
  title: text('title').notNull(),
  description: text('description'),
  periodStart: date('period_start', { mode: 'string' }),
  periodEnd: date('period_end', { mode: 'string' }),
  targetValue: text('target_value'),
  currentValue: text('current_value'),
});
