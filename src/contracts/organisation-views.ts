import { z } from 'zod';
import { IdSchema } from './common';
import { InitiativeLineSchema } from './strategy-coverage';

/** One quarter of a team's load: what its allocations ask of it against what it can do. */
export const QuarterLoadSchema = z
  .object({
    year: z.number().int(),
    quarter: z.number().int().min(1).max(4),
    /** Person-months the allocations ask of the team in the quarter. */
    demand: z.number(),
    /** Person-months the team can do in a quarter; null when not recorded. */
    capacity: z.number().nullable(),
    /** Demand beyond capacity; null when within it or when capacity is unknown. */
    overBy: z.number().nullable(),
  })
  .meta({ id: 'QuarterLoad' });
export type QuarterLoad = z.infer<typeof QuarterLoadSchema>;

export const TeamAllocationSchema = InitiativeLineSchema.extend({
  /** How many teams share the initiative's internal person-months. */
  teamsSharing: z.number().int().min(1),
  /**
   * Whether it loads the team: active and in one of the two phases before done, as in the portfolio
   * check "teams allocated beyond capacity".
   */
  countsTowardsLoad: z.boolean(),
  /** This team's share of the initiative's internal person-months per quarter, for each year shown. */
  perQuarter: z.array(z.object({ year: z.number().int(), personMonths: z.number() })),
}).meta({ id: 'TeamAllocation' });
export type TeamAllocation = z.infer<typeof TeamAllocationSchema>;

export const TeamLoadReportSchema = z
  .object({
    teamId: IdSchema,
    capacityPersonMonthsPerQuarter: z.number().nullable(),
    /** The quarters of this year and the next, in order. */
    quarters: z.array(QuarterLoadSchema),
    /** Every initiative allocated to the team, by case number. */
    allocations: z.array(TeamAllocationSchema),
  })
  .meta({ id: 'TeamLoadReport' });
export type TeamLoadReport = z.infer<typeof TeamLoadReportSchema>;

export const PERSON_INITIATIVE_ROLES = ['owner', 'submitter', 'responsible'] as const;
export const PersonInitiativeRoleSchema = z.enum(PERSON_INITIATIVE_ROLES);
export type PersonInitiativeRole = z.infer<typeof PersonInitiativeRoleSchema>;

export const PersonInitiativeSchema = InitiativeLineSchema.extend({
  /** What the person is to the initiative: owner (tiltakseier), submitter, responsible. */
  roles: z.array(PersonInitiativeRoleSchema).min(1),
}).meta({ id: 'PersonInitiative' });
export type PersonInitiative = z.infer<typeof PersonInitiativeSchema>;

export const PersonInitiativeListSchema = z
  .object({ items: z.array(PersonInitiativeSchema) })
  .meta({ id: 'PersonInitiativeList' });
export type PersonInitiativeList = z.infer<typeof PersonInitiativeListSchema>;
