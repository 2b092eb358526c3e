import { integer, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every versioned, tenant-owned entity table has. */
export const entityColumns = () => ({
  id: uuid('id').primaryKey(),
  orgId: uuid('org_id').notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
