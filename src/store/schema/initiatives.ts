import { date, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { FundingLine, Milestone, Okr, ResourceLine } from '../../contracts/initiatives';
import type { Workflow } from '../../contracts/workflow';
import { entityColumns } from './columns';

export const workflows = pgTable('workflows', {
  orgId: uuid('org_id').primaryKey(),
  definition: jsonb('definition').$type<Workflow>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});

export const initiativeCounters = pgTable('initiative_counters', {
  orgId: uuid('org_id').notNull(),
  year: integer('year').notNull(),
  lastNumber: integer('last_number').notNull(),
});

export const initiatives = pgTable('initiatives', {
  ...entityColumns(),
  key: text('key').notNull(),
  keyYear: integer('key_year').notNull(),
  keyNumber: integer('key_number').notNull(),
  title: text('title').notNull(),
  phase: text('phase').notNull(),
  status: text('status').notNull().default('active'),
  phaseChangedAt: timestamp('phase_changed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  problemStatement: text('problem_statement'),
  description: text('description'),
  riskIfNotDone: text('risk_if_not_done'),
  collaboration: text('collaboration'),
  competence: text('competence'),
  personMonthsTotal: doublePrecision('person_months_total'),
  priority: text('priority'),
  /** The effective health, kept by the roll-up: the override when set, otherwise derived. */
  health: text('health'),
  healthOverride: text('health_override'),
  progressOverride: doublePrecision('progress_override'),
  riskLevel: text('risk_level'),
  riskText: text('risk_text'),
  ownerId: uuid('owner_id'),
  submitterId: uuid('submitter_id'),
  responsibleId: uuid('responsible_id'),
  allocationKind: text('allocation_kind'),
  allocationProductGroupId: uuid('allocation_product_group_id'),
  allocationWorkingGroupId: uuid('allocation_working_group_id'),
  okrs: jsonb('okrs').$type<Okr[]>().notNull().default([]),
  milestones: jsonb('milestones').$type<Milestone[]>().notNull().default([]),
  funding: jsonb('funding').$type<FundingLine[]>().notNull().default([]),
  resources: jsonb('resources').$type<ResourceLine[]>().notNull().default([]),
  budgetProposalYears: integer('budget_proposal_years').array().notNull().default([]),
  businessPlanYears: integer('business_plan_years').array().notNull().default([]),
  measurementPlan: text('measurement_plan'),
  checkedCriteria: text('checked_criteria').array().notNull().default([]),
  createdBy: text('created_by').notNull(),
  updatedBy: text('updated_by').notNull(),
});

export const initiativeTeams = pgTable('initiative_teams', {
  orgId: uuid('org_id').notNull(),
  initiativeId: uuid('initiative_id').notNull(),
  teamId: uuid('team_id').notNull(),
});

export const initiativeDependencies = pgTable('initiative_dependencies', {
  orgId: uuid('org_id').notNull(),
  initiativeId: uuid('initiative_id').notNull(),
  dependsOnId: uuid('depends_on_id').notNull(),
});

export const initiativeStrategicItems = pgTable('initiative_strategic_items', {
  orgId: uuid('org_id').notNull(),
  initiativeId: uuid('initiative_id').notNull(),
  itemId: uuid('item_id').notNull(),
});

export const decisions = pgTable('decisions', {
  id: uuid('id').primaryKey(),
  orgId: uuid('org_id').notNull(),
  initiativeId: uuid('initiative_id').notNull(),
  outcome: text('outcome').notNull(),
  fromPhase: text('from_phase').notNull(),
  toPhase: text('to_phase').notNull(),
  fromStatus: text('from_status').notNull(),
  toStatus: text('to_status').notNull(),
  decidedOn: date('decided_on', { mode: 'string' }).notNull(),
  decidedBy: text('decided_by').notNull(),
  rationale: text('rationale'),
  conditions: text('conditions'),
  evidenceLinks: jsonb('evidence_links').$type<string[]>().notNull().default([]),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  createdBy: text('created_by').notNull(),
});
