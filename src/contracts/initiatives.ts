import { InternalFieldGroupSchema } from './accounts';
import { z } from 'zod';
import {
  DateSchema,
  EntityMetaSchema,
  IdSchema,
  ListQueryBaseSchema,
  LongTextSchema,
  NameSchema,
  ShortTextSchema,
  SlugSchema,
  TimestampSchema,
  UrlSchema,
  YearSchema,
  boundedArray,
  pageOf,
} from './common';
import { LIMITS } from './limits';
import { HEALTHS, HealthSchema, RollupSchema } from './rollup';
import { GateStatusSchema } from './workflow';

export const INITIATIVE_STATUSES = ['active', 'parked', 'stopped'] as const;
export const InitiativeStatusSchema = z.enum(INITIATIVE_STATUSES);
export type InitiativeStatus = z.infer<typeof InitiativeStatusSchema>;

/** MoSCoW priority. */
export const PRIORITIES = ['must', 'should', 'could', 'wont'] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

export const RISK_LEVELS = ['low', 'medium', 'high'] as const;
export const RiskLevelSchema = z.enum(RISK_LEVELS);

export const FUNDING_SOURCES = ['team-budget', 'department', 'common-funds', 'external', 'other'] as const;

/** "Sak 14-2026": the case number, a counter per organisation and year. */
export const InitiativeKeySchema = z.string().regex(/^Sak \d{1,6}-\d{4}$/, 'like "Sak 14-2026"');

const Title = z.string().trim().min(1).max(LIMITS.name);
const Amount = z.number().min(0).max(1e12);
const PersonMonths = z.number().min(0).max(100_000);

export const KeyResultSchema = z.strictObject({
  title: Title,
  target: z.string().max(LIMITS.name).nullable().optional(),
  current: z.string().max(LIMITS.name).nullable().optional(),
  done: z.boolean().default(false),
});
export const OkrSchema = z.strictObject({
  objective: Title,
  keyResults: boundedArray(KeyResultSchema, 10).default([]),
});
export type Okr = z.infer<typeof OkrSchema>;

export const MilestoneSchema = z.strictObject({
  title: Title,
  due: DateSchema.nullable().optional(),
  done: z.boolean().default(false),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const FundingLineSchema = z.strictObject({
  year: YearSchema,
  budgetItem: z.string().trim().min(1).max(LIMITS.name),
  source: z.enum(FUNDING_SOURCES),
  needNok: Amount,
  grantedNok: Amount.nullable().optional(),
});
export type FundingLine = z.infer<typeof FundingLineSchema>;

export const ResourceLineSchema = z.strictObject({
  year: YearSchema,
  internalPersonMonths: PersonMonths,
  externalPersonMonths: PersonMonths.default(0),
});
export type ResourceLine = z.infer<typeof ResourceLineSchema>;

export const AllocationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('product-group'), productGroupId: IdSchema }),
  z.strictObject({ kind: z.literal('teams'), teamIds: boundedArray(IdSchema, 50).min(1) }),
  z.strictObject({ kind: z.literal('working-group'), workingGroupId: IdSchema }),
]);
export type Allocation = z.infer<typeof AllocationSchema>;

/** Fields a person edits. Links to people and other entities are ids in the same organisation. */
const EditableFields = {
  title: NameSchema,
  problemStatement: LongTextSchema.nullable(),
  description: LongTextSchema.nullable(),
  riskIfNotDone: LongTextSchema.nullable(),
  collaboration: ShortTextSchema.nullable(),
  competence: ShortTextSchema.nullable(),
  personMonthsTotal: PersonMonths.nullable(),
  priority: PrioritySchema.nullable(),
  riskLevel: RiskLevelSchema.nullable(),
  riskText: LongTextSchema.nullable(),
  ownerId: IdSchema.nullable(),
  submitterId: IdSchema.nullable(),
  responsibleId: IdSchema.nullable(),
  allocation: AllocationSchema.nullable(),
  okrs: boundedArray(OkrSchema, 10),
  milestones: boundedArray(MilestoneSchema, 50),
  funding: boundedArray(FundingLineSchema, 50),
  resources: boundedArray(ResourceLineSchema, 20),
  dependsOnIds: boundedArray(IdSchema, 50),
  strategicItemIds: boundedArray(IdSchema, 50),
  budgetProposalYears: boundedArray(YearSchema, 10),
  businessPlanYears: boundedArray(YearSchema, 10),
  measurementPlan: LongTextSchema.nullable(),
  /** Ids of checklist criteria that a person has confirmed. */
  checkedCriteria: boundedArray(SlugSchema, 100),
};

export const CreateInitiativeSchema = z
  .strictObject(EditableFields)
  .partial()
  .extend({
    title: NameSchema,
    /** Set only when importing an existing case; otherwise the next number of the year is taken. */
    key: InitiativeKeySchema.optional(),
  })
  .meta({ id: 'CreateInitiative' });
export type CreateInitiative = z.infer<typeof CreateInitiativeSchema>;

export const UpdateInitiativeSchema = z
  .strictObject(EditableFields)
  .partial()
  .meta({ id: 'UpdateInitiative' });
export type UpdateInitiative = z.infer<typeof UpdateInitiativeSchema>;

export const InitiativeSchema = EntityMetaSchema.extend({
  key: z.string(),
  title: z.string(),
  phase: z.string(),
  status: InitiativeStatusSchema,
  phaseChangedAt: TimestampSchema,
  problemStatement: z.string().nullable(),
  description: z.string().nullable(),
  riskIfNotDone: z.string().nullable(),
  collaboration: z.string().nullable(),
  competence: z.string().nullable(),
  personMonthsTotal: z.number().nullable(),
  priority: PrioritySchema.nullable(),
  /** The override when a person set one with a status update, otherwise the derived health. */
  health: HealthSchema.nullable(),
  healthOverride: HealthSchema.nullable(),
  /** Delivery progress 0–1: the override when set, otherwise computed from the roadmap elements. */
  progress: z.number().nullable(),
  /** Percent typed by a person in a status update. */
  progressOverride: z.number().nullable(),
  /** Every relevant roadmap element is delivered: the Utført gate can be taken. */
  readyForDone: z.boolean(),
  riskLevel: RiskLevelSchema.nullable(),
  riskText: z.string().nullable(),
  ownerId: IdSchema.nullable(),
  submitterId: IdSchema.nullable(),
  responsibleId: IdSchema.nullable(),
  allocation: AllocationSchema.nullable(),
  okrs: z.array(OkrSchema),
  milestones: z.array(MilestoneSchema),
  funding: z.array(FundingLineSchema),
  resources: z.array(ResourceLineSchema),
  dependsOnIds: z.array(IdSchema),
  strategicItemIds: z.array(IdSchema),
  budgetProposalYears: z.array(z.number().int()),
  businessPlanYears: z.array(z.number().int()),
  measurementPlan: z.string().nullable(),
  checkedCriteria: z.array(z.string()),
  createdBy: z.string(),
  updatedBy: z.string(),
  /** What the roll-up computed, before any override. */
  rollup: RollupSchema,
  /** Field groups internal to the portfolio office, left out of this answer (blank above). */
  withheld: z.array(InternalFieldGroupSchema).optional(),
}).meta({ id: 'Initiative' });
export type Initiative = z.infer<typeof InitiativeSchema>;

export const DECISION_OUTCOMES = [
  'approved',
  'approved-with-conditions',
  'sent-back',
  'stopped',
  'parked',
  'resumed',
] as const;
export const DecisionOutcomeSchema = z.enum(DECISION_OUTCOMES);
export type DecisionOutcome = z.infer<typeof DecisionOutcomeSchema>;

/**
 * A phase move or status change. `to` is the target phase for approved (the next phase) and
 * sent-back (an earlier phase); stopped, parked and resumed keep the phase.
 */
export const TransitionRequestSchema = z
  .strictObject({
    outcome: DecisionOutcomeSchema,
    to: SlugSchema.optional(),
    rationale: LongTextSchema.optional(),
    conditions: LongTextSchema.optional(),
    decidedBy: z.string().trim().min(1).max(LIMITS.name).optional(),
    decidedOn: DateSchema.optional(),
    evidenceLinks: boundedArray(UrlSchema, 20).optional(),
  })
  .meta({ id: 'TransitionRequest' });
export type TransitionRequest = z.infer<typeof TransitionRequestSchema>;

export const DecisionSchema = z
  .object({
    id: IdSchema,
    initiativeId: IdSchema,
    outcome: DecisionOutcomeSchema,
    fromPhase: z.string(),
    toPhase: z.string(),
    fromStatus: InitiativeStatusSchema,
    toStatus: InitiativeStatusSchema,
    decidedOn: DateSchema,
    decidedBy: z.string(),
    rationale: z.string().nullable(),
    conditions: z.string().nullable(),
    evidenceLinks: z.array(z.string()),
    createdAt: TimestampSchema,
    createdBy: z.string(),
  })
  .meta({ id: 'Decision' });
export type Decision = z.infer<typeof DecisionSchema>;

export const InitiativeDetailSchema = InitiativeSchema.extend({
  decisions: z.array(DecisionSchema),
  gate: GateStatusSchema,
}).meta({ id: 'InitiativeDetail' });
export type InitiativeDetail = z.infer<typeof InitiativeDetailSchema>;

export const TransitionResultSchema = z
  .object({ initiative: InitiativeSchema, decision: DecisionSchema })
  .meta({ id: 'TransitionResult' });
export type TransitionResult = z.infer<typeof TransitionResultSchema>;

export const InitiativeSummarySchema = InitiativeSchema.pick({
  id: true,
  key: true,
  title: true,
  phase: true,
  status: true,
  priority: true,
  health: true,
  progress: true,
  readyForDone: true,
  ownerId: true,
  allocation: true,
  phaseChangedAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
})
  .extend({
    /** Product groups reached through the allocation (directly or through the allocated teams). */
    productGroupIds: z.array(IdSchema),
    /** The strategic items the initiative serves. */
    strategicItemIds: z.array(IdSchema),
  })
  .meta({ id: 'InitiativeSummary' });
export type InitiativeSummary = z.infer<typeof InitiativeSummarySchema>;

export const INITIATIVE_SORTS = [
  'key',
  'title',
  'updatedAt',
  'createdAt',
  'priority',
  'phase',
  'health',
  'progress',
] as const;
export const InitiativeSortSchema = z.enum(INITIATIVE_SORTS);
export type InitiativeSort = z.infer<typeof InitiativeSortSchema>;

export const ListInitiativesQuerySchema = ListQueryBaseSchema.extend({
  phase: SlugSchema.optional(),
  status: InitiativeStatusSchema.optional(),
  priority: PrioritySchema.optional(),
  productGroup: IdSchema.optional(),
  team: IdSchema.optional(),
  /** Health as shown (override or derived); `none` for initiatives not assessed yet. */
  health: z.enum([...HEALTHS, 'none']).optional(),
  /** Initiatives serving this strategic item (goal, assignment, action, objective). */
  strategicItem: IdSchema.optional(),
  q: z.string().trim().min(1).max(LIMITS.searchText).optional(),
  sort: InitiativeSortSchema.default('key'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type ListInitiativesQuery = z.infer<typeof ListInitiativesQuerySchema>;
export const InitiativePageSchema = pageOf(InitiativeSummarySchema).meta({ id: 'InitiativePage' });
