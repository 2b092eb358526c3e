import { z } from 'zod';
import { DateSchema, IdSchema, TimestampSchema } from './common';
import { DecisionOutcomeSchema, InitiativeStatusSchema, PrioritySchema } from './initiatives';
import { HealthReasonSchema, HealthSchema } from './rollup';

export const AgendaQuerySchema = z.object({
  since: DateSchema.optional().describe(
    'YYYY-MM-DD: what happened from this day on; seven days ago if left out',
  ),
});
export type AgendaQuery = z.infer<typeof AgendaQuerySchema>;

/** What every agenda line says about its initiative: enough to name it and link to it. */
const AgendaInitiativeSchema = z.object({
  id: IdSchema,
  key: z.string(),
  title: z.string(),
  phase: z.string(),
  status: InitiativeStatusSchema,
  priority: PrioritySchema.nullable(),
  health: HealthSchema.nullable(),
  ownerId: IdSchema.nullable(),
});

export const AgendaProposalSchema = AgendaInitiativeSchema.extend({
  createdAt: TimestampSchema,
  submitterId: IdSchema.nullable(),
});

/** An initiative whose current gate can be taken: every exit criterion is met, or all it delivers is delivered. */
export const AgendaGateSchema = AgendaInitiativeSchema.extend({
  nextPhase: z.string().nullable(),
  criteriaMet: z.number().int(),
  criteriaTotal: z.number().int(),
  /** Every exit criterion of the current phase is met (the same evaluation as the initiative's page). */
  gateReady: z.boolean(),
  /** Every relevant roadmap element is delivered: the Utført gate is near. */
  readyForDone: z.boolean(),
});

/** The latest written status update, as the initiative's page shows it. */
export const AgendaStatusNoteSchema = z.object({
  text: z.string(),
  createdAt: TimestampSchema,
  createdBy: z.string(),
});

export const AgendaOffTrackSchema = AgendaInitiativeSchema.extend({
  health: z.enum(['red', 'yellow']),
  /** A person set the health with a status update (then `reasons` may be empty). */
  healthOverridden: z.boolean(),
  /** Why the roll-up judged it so, worst first. */
  reasons: z.array(HealthReasonSchema),
  latestUpdate: AgendaStatusNoteSchema.nullable(),
});

/**
 * Gone quiet: nobody has edited it or written a status update for more than `staleDays`, or nothing
 * has happened in what delivers it for as long (the roll-up's "stale" reason).
 */
export const AgendaStaleSchema = AgendaInitiativeSchema.extend({
  lastUpdateAt: TimestampSchema,
  daysSinceUpdate: z.number().int(),
  lastActivityAt: TimestampSchema.nullable(),
  daysSinceActivity: z.number().int().nullable(),
});

export const AgendaDecisionSchema = z.object({
  id: IdSchema,
  initiativeId: IdSchema,
  key: z.string(),
  title: z.string(),
  outcome: DecisionOutcomeSchema,
  fromPhase: z.string(),
  toPhase: z.string(),
  fromStatus: InitiativeStatusSchema,
  toStatus: InitiativeStatusSchema,
  decidedOn: DateSchema,
  decidedBy: z.string(),
  conditions: z.string().nullable(),
  /** Blank for a reader when the organisation keeps rationales internal. */
  rationale: z.string().nullable(),
});

/** The portfolio office's weekly agenda. */
export const AgendaSchema = z
  .object({
    since: DateSchema,
    today: DateSchema,
    /** Days without a sign of life before an initiative counts as stale (the health rules' threshold). */
    staleDays: z.number().int(),
    newProposals: z.array(AgendaProposalSchema),
    awaitingGate: z.array(AgendaGateSchema),
    offTrack: z.array(AgendaOffTrackSchema),
    stale: z.array(AgendaStaleSchema),
    decisionsSince: z.array(AgendaDecisionSchema),
  })
  .meta({ id: 'Agenda' });
export type Agenda = z.infer<typeof AgendaSchema>;
export type AgendaProposal = z.infer<typeof AgendaProposalSchema>;
export type AgendaGate = z.infer<typeof AgendaGateSchema>;
export type AgendaOffTrack = z.infer<typeof AgendaOffTrackSchema>;
export type AgendaStale = z.infer<typeof AgendaStaleSchema>;
export type AgendaDecision = z.infer<typeof AgendaDecisionSchema>;
