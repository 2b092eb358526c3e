import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common';
import { LocalisedTextSchema } from './workflow';

/** Portfolio checks: each finds one kind of broken red thread. Stable ids; the UI words them. */
export const CHECK_IDS = [
  'implementation-without-roadmap',
  'element-without-epics',
  'element-placeholders',
  'epic-serves-nothing',
  'initiative-without-origin',
  'goal-without-initiative',
  'progress-disagrees',
  'dependency-on-inactive',
  'overdue-end',
  'team-over-capacity',
] as const;
export const CheckIdSchema = z.enum(CHECK_IDS);
export type CheckId = z.infer<typeof CheckIdSchema>;

export const CHECK_SEVERITIES = ['error', 'warning', 'info'] as const;
export const CheckSeveritySchema = z.enum(CHECK_SEVERITIES);
export type CheckSeverity = z.infer<typeof CheckSeveritySchema>;

/** What a finding points at. */
export const CHECK_ITEM_TYPES = [
  'initiative',
  'roadmap-element',
  'epic',
  'issue',
  'strategic-item',
  'team',
] as const;
export const CheckItemTypeSchema = z.enum(CHECK_ITEM_TYPES);
export type CheckItemType = z.infer<typeof CheckItemTypeSchema>;

export const CheckItemSchema = z.object({
  type: CheckItemTypeSchema,
  id: IdSchema,
  /** The reference people know it by: "Sak 14-2026", "digdir/roadmap#12"; null when it has none. */
  ref: z.string().nullable(),
  title: z.string(),
  /**
   * What exactly is wrong with this item (e.g. the placeholders found), worded in every language like
   * the check's title; null when the check says it all.
   */
  detail: LocalisedTextSchema.nullable(),
});
export type CheckItem = z.infer<typeof CheckItemSchema>;

export const CheckResultSchema = z
  .object({
    id: CheckIdSchema,
    severity: CheckSeveritySchema,
    title: LocalisedTextSchema,
    howToFix: LocalisedTextSchema,
    /** Empty when the check found nothing. */
    items: z.array(CheckItemSchema),
  })
  .meta({ id: 'CheckResult' });
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const CheckReportSchema = z
  .object({
    checkedAt: TimestampSchema,
    /** Every check, also those that found nothing, so a clean result is visible. */
    results: z.array(CheckResultSchema),
    /** Items found, per severity. */
    counts: z.object({
      error: z.number().int().nonnegative(),
      warning: z.number().int().nonnegative(),
      info: z.number().int().nonnegative(),
    }),
  })
  .meta({ id: 'CheckReport' });
export type CheckReport = z.infer<typeof CheckReportSchema>;
