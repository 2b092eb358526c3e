import { z } from 'zod';
import { DateSchema, TimestampSchema } from './common';

export const HEALTHS = ['green', 'yellow', 'red'] as const;
export const HealthSchema = z.enum(HEALTHS);
export type Health = z.infer<typeof HealthSchema>;

/** GitHub's issue states, for native items too. */
export const ITEM_STATES = ['open', 'closed'] as const;
export const ItemStateSchema = z.enum(ITEM_STATES);
export type ItemState = z.infer<typeof ItemStateSchema>;

/**
 * GitHub's `state_reason` in kebab case. Closed as not planned or as a duplicate leaves the
 * denominator; closed as completed (or closed with no reason, as older GitHub issues are) is done.
 */
export const STATE_REASONS = ['completed', 'not-planned', 'duplicate', 'reopened'] as const;
export const StateReasonSchema = z.enum(STATE_REASONS);
export type StateReason = z.infer<typeof StateReasonSchema>;

/** Why derived health is not green. Stable codes; the UI words them. */
export const HEALTH_REASON_CODES = ['behind-schedule', 'overdue', 'stale', 'blocked'] as const;
export const HealthReasonCodeSchema = z.enum(HEALTH_REASON_CODES);
export type HealthReasonCode = z.infer<typeof HealthReasonCodeSchema>;

export const HealthReasonSchema = z
  .object({
    code: HealthReasonCodeSchema,
    health: HealthSchema,
    /** behind-schedule: expected minus actual progress (0–1); overdue: days past the end; stale: days since activity; blocked: blocking dependencies. */
    amount: z.number(),
  })
  .meta({ id: 'HealthReason' });
export type HealthReason = z.infer<typeof HealthReasonSchema>;

/** What the roll-up computed for a node: stored, so reads need no recomputation. */
export const RollupSchema = z
  .object({
    /** 0–1, null when there is nothing to measure (no counted children). */
    progress: z.number().nullable(),
    /** Units done and counted, in the weights of this level (issues for an epic). */
    doneUnits: z.number(),
    totalUnits: z.number(),
    delivered: z.boolean(),
    rolledStart: DateSchema.nullable(),
    rolledEnd: DateSchema.nullable(),
    lastActivityAt: TimestampSchema.nullable(),
    computedHealth: HealthSchema.nullable(),
    healthReasons: z.array(HealthReasonSchema),
    /** Progress a straight line from start to end expects today (0–1), null without dates. */
    expectedProgress: z.number().nullable(),
    computedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'Rollup' });
export type Rollup = z.infer<typeof RollupSchema>;

/** A node not computed yet: nothing measured, nothing delivered. */
export const EMPTY_ROLLUP: Rollup = {
  progress: null,
  doneUnits: 0,
  totalUnits: 0,
  delivered: false,
  rolledStart: null,
  rolledEnd: null,
  lastActivityAt: null,
  computedHealth: null,
  healthReasons: [],
  expectedProgress: null,
  computedAt: null,
};
