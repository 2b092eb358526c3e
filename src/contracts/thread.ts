import { z } from 'zod';
import { IdSchema, LongTextSchema, TimestampSchema } from './common';
import { InitiativeStatusSchema } from './initiatives';
import { LIMITS } from './limits';
import { HealthSchema } from './rollup';

/**
 * A written status update. Setting `health` or `progress` overrides what the roll-up derived, and only
 * a status update with text may do that; `null` clears an override, leaving the field out keeps it.
 */
export const CreateStatusUpdateSchema = z
  .strictObject({
    text: z.string().trim().max(LIMITS.longText).default(''),
    health: HealthSchema.nullable().optional(),
    /** Percent, 0–100, as "Progresjon (%)" is typed today. */
    progress: z.number().min(0).max(100).nullable().optional(),
  })
  .meta({ id: 'CreateStatusUpdate' });
export type CreateStatusUpdate = z.infer<typeof CreateStatusUpdateSchema>;

export const StatusUpdateSchema = z
  .object({
    id: IdSchema,
    subjectId: IdSchema,
    text: LongTextSchema,
    healthOverride: HealthSchema.nullable(),
    progressOverride: z.number().nullable(),
    createdAt: TimestampSchema,
    createdBy: z.string(),
  })
  .meta({ id: 'StatusUpdate' });
export type StatusUpdate = z.infer<typeof StatusUpdateSchema>;
export const StatusUpdateListSchema = z
  .object({ items: z.array(StatusUpdateSchema) })
  .meta({ id: 'StatusUpdateList' });

export const TRACE_NODE_TYPES = [
  'strategic-source',
  'strategic-item',
  'initiative',
  'roadmap-element',
  'epic',
  'issue',
] as const;
export const TraceNodeTypeSchema = z.enum(TRACE_NODE_TYPES);
export type TraceNodeType = z.infer<typeof TraceNodeTypeSchema>;

export interface TraceNode {
  type: TraceNodeType;
  id: string;
  /** "Sak 14-2026", "digdir/roadmap#12" or null for native items without a key. */
  ref: string | null;
  title: string;
  /** As stored: an initiative's phase, an element's status, an epic's state, an issue's "state" or "state:reason", a strategy node's kind. */
  status: string | null;
  progress: number | null;
  delivered: boolean;
  health: z.infer<typeof HealthSchema> | null;
  children: TraceNode[];
}
export const TraceNodeSchema: z.ZodType<TraceNode> = z
  .object({
    type: TraceNodeTypeSchema,
    id: IdSchema,
    ref: z.string().nullable(),
    title: z.string(),
    status: z.string().nullable(),
    progress: z.number().nullable(),
    delivered: z.boolean(),
    health: HealthSchema.nullable(),
    get children() {
      return z.array(TraceNodeSchema);
    },
  })
  .meta({ id: 'TraceNode' });

/**
 * The red thread through one node: `up` lists the paths towards the strategy (the node's parents,
 * each with its own parents as children), `down` the tree below it to the issues.
 */
export const TraceSchema = z
  .object({ node: TraceNodeSchema, up: z.array(TraceNodeSchema), down: z.array(TraceNodeSchema) })
  .meta({ id: 'Trace' });
export type Trace = z.infer<typeof TraceSchema>;
export const TraceQuerySchema = z.object({
  ref: z.string().trim().min(1).max(LIMITS.name).describe('"Sak 14-2026", "owner/repo#12" or an id'),
});

/**
 * One initiative in the portfolio's roll-up: the stored numbers, no recomputation. Kept to what a
 * portfolio overview needs; the reasons and computed values behind an override are on the initiative.
 */
export const PortfolioRollupRowSchema = z
  .object({
    id: IdSchema,
    key: z.string(),
    title: z.string(),
    phase: z.string(),
    status: InitiativeStatusSchema,
    /** 0–1: a person's override (with a status update) when set, otherwise computed. */
    progress: z.number().nullable(),
    health: HealthSchema.nullable(),
    readyForDone: z.boolean(),
  })
  .meta({ id: 'PortfolioRollupRow' });
export type PortfolioRollupRow = z.infer<typeof PortfolioRollupRowSchema>;
export const PortfolioRollupSchema = z
  .object({ items: z.array(PortfolioRollupRowSchema) })
  .meta({ id: 'PortfolioRollup' });
export type PortfolioRollup = z.infer<typeof PortfolioRollupSchema>;

export const RecomputeResultSchema = z
  .object({
    epics: z.number().int(),
    roadmapElements: z.number().int(),
    initiatives: z.number().int(),
    durationMs: z.number(),
  })
  .meta({ id: 'RecomputeResult' });
export type RecomputeResult = z.infer<typeof RecomputeResultSchema>;
