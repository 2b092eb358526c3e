import { boolean, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Saved views of the portfolio page (0004_saved_views.sql). */
export const savedViews = pgTable('saved_views', {
  id: uuid('id').primaryKey(),
  orgId: uuid('org_id').notNull(),
  userId: uuid('user_id').notNull(),
  name: text('name').notNull(),
  query: text('query').notNull(),
  shared: boolean('shared').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
