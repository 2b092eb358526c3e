import { date, doublePrecision, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { BacklogRef } from '../../contracts/organisation';
import { DEFAULT_PUBLIC_ROADMAP, type PublicRoadmapSettings } from '../../contracts/public-roadmap';
import { entityColumns } from './columns';

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  elementDelivery: text('element_delivery').notNull().default('set'),
  defaultRole: text('default_role').notNull().default('contributor'),
  internalFields: text('internal_fields').array().notNull().default([]),
  publicRoadmap: jsonb('public_roadmap')
    .$type<PublicRoadmapSettings>()
    .notNull()
    .default(DEFAULT_PUBLIC_ROADMAP),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const people = pgTable('people', {
  ...entityColumns(),
  name: text('name').notNull(),
  email: text('email'),
  title: text('title'),
  roles: text('roles').array().notNull().default([]),
});

export const productGroups = pgTable('product_groups', {
  ...entityColumns(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  leaderId: uuid('leader_id'),
});

export const products = pgTable('products', {
  ...entityColumns(),
  productGroupId: uuid('product_group_id').notNull(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  description: text('description'),
});

export const teams = pgTable('teams', {
  ...entityColumns(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  description: text('description'),
  backlogs: jsonb('backlogs').$type<BacklogRef[]>().notNull().default([]),
  capacityPersonMonthsPerQuarter: doublePrecision('capacity_person_months_per_quarter'),
});

export const teamProductGroups = pgTable('team_product_groups', {
  orgId: uuid('org_id').notNull(),
  teamId: uuid('team_id').notNull(),
  productGroupId: uuid('product_group_id').notNull(),
});

export const teamProducts = pgTable('team_products', {
  orgId: uuid('org_id').notNull(),
  teamId: uuid('team_id').notNull(),
  productId: uuid('product_id').notNull(),
});

export const teamMembers = pgTable('team_members', {
  orgId: uuid('org_id').notNull(),
  teamId: uuid('team_id').notNull(),
  personId: uuid('person_id').notNull(),
  role: text('role'),
});

export const workingGroups = pgTable('working_groups', {
  ...entityColumns(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  purpose: text('purpose'),
  startsOn: date('starts_on', { mode: 'string' }),
  endsOn: date('ends_on', { mode: 'string' }),
});

export const workingGroupMembers = pgTable('working_group_members', {
  orgId: uuid('org_id').notNull(),
  workingGroupId: uuid('working_group_id').notNull(),
  personId: uuid('person_id').notNull(),
});
