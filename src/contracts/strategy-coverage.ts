import { z } from 'zod';
import { IdSchema } from './common';
import { InitiativeStatusSchema } from './initiatives';
import { HealthSchema } from './rollup';
import { ItemSchema, SourceSchema } from './strategy';

/** An initiative as a line in a list: enough to name it, link to it and say how it is doing. */
export const InitiativeLineSchema = z
  .object({
    id: IdSchema,
    key: z.string(),
    title: z.string(),
    phase: z.string(),
    status: InitiativeStatusSchema,
    health: HealthSchema.nullable(),
  })
  .meta({ id: 'InitiativeLine' });
export type InitiativeLine = z.infer<typeof InitiativeLineSchema>;

export const CoveredItemSchema = ItemSchema.extend({
  /** The initiatives linked to this very item, stopped ones included (they serve nothing). */
  initiatives: z.array(InitiativeLineSchema),
  /** An initiative that is not stopped serves the item or an item below it. */
  covered: z.boolean(),
  /** The item's period (else its source's) ended before today. */
  ended: z.boolean(),
  /**
   * A goal or objective still in its period and not covered: what the portfolio check
   * "strategic goals with no initiative" reports, and what goalsWithout counts.
   */
  goalWithout: z.boolean(),
}).meta({ id: 'CoveredStrategicItem' });
export type CoveredItem = z.infer<typeof CoveredItemSchema>;

export const CoverageSourceSchema = SourceSchema.extend({
  /** Every item of the source, parents before their children, siblings in the order they were added. */
  items: z.array(CoveredItemSchema),
}).meta({ id: 'StrategicSourceCoverage' });
export type CoverageSource = z.infer<typeof CoverageSourceSchema>;

export const StrategyCoverageSchema = z
  .object({
    /** Sources by kind (in SOURCE_KINDS order), then newest period first, then title. */
    sources: z.array(CoverageSourceSchema),
    /** Goals and objectives still in their period that no initiative serves. */
    goalsWithout: z.number().int().min(0),
  })
  .meta({ id: 'StrategyCoverage' });
export type StrategyCoverage = z.infer<typeof StrategyCoverageSchema>;
