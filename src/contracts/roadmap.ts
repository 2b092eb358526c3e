import { z } from 'zod';
import { DateSchema, EntityMetaSchema, IdSchema, LongTextSchema, NameSchema, boundedArray } from './common';
import { GithubRefSchema, GithubRefInputSchema } from './github-ref';
import { LIMITS } from './limits';
import { HealthSchema, ItemStateSchema, RollupSchema, StateReasonSchema } from './rollup';

/** The roadmap board's Status field: Til vurdering, Backlog, Under arbeid, Levert. */
export const ELEMENT_STATUSES = ['under-consideration', 'backlog', 'in-progress', 'delivered'] as const;
export const ElementStatusSchema = z.enum(ELEMENT_STATUSES);
export type ElementStatus = z.infer<typeof ElementStatusSchema>;

/** `program/<slug>` and `org/<partner>` labels, as on the roadmap repository. */
const LabelSchema = z.string().trim().min(1).max(LIMITS.name);
const Weeks = z.number().min(0).max(100_000);

/** The fields of a roadmap element a person or an import sets. */
export const ElementFields = {
  title: NameSchema,
  productId: IdSchema.nullable(),
  labels: boundedArray(LabelSchema, 50),
  status: ElementStatusSchema,
  state: ItemStateSchema,
  stateReason: StateReasonSchema.nullable(),
  startOn: DateSchema.nullable(),
  endOn: DateSchema.nullable(),
  estimatePersonWeeks: Weeks.nullable(),
  milestone: z.string().trim().max(LIMITS.name).nullable(),
  /** Overordnet beskrivelse. */
  overview: LongTextSchema.nullable(),
  /** Forventet resultat. */
  expectedResult: LongTextSchema.nullable(),
  /** Hvordan skal det fungere? */
  howItWorks: LongTextSchema.nullable(),
  github: GithubRefInputSchema.nullable(),
  /** When the item last changed where it lives (GitHub's updated_at); staleness is measured from it. */
  activityAt: z.iso.datetime({ offset: true }).nullable(),
  initiativeIds: boundedArray(IdSchema, 50),
  dependsOnIds: boundedArray(IdSchema, 50),
};

const endsAfterStart = (v: { startOn?: string | null; endOn?: string | null }) =>
  !v.startOn || !v.endOn || v.startOn <= v.endOn;
const endIssue = { message: 'endOn must not be before startOn', path: ['endOn'] };

export const CreateRoadmapElementSchema = z
  .strictObject(ElementFields)
  .partial()
  .extend({ title: NameSchema })
  .refine(endsAfterStart, endIssue)
  .meta({ id: 'CreateRoadmapElement' });
export type CreateRoadmapElement = z.infer<typeof CreateRoadmapElementSchema>;

export const UpdateRoadmapElementSchema = z
  .strictObject(ElementFields)
  .partial()
  .refine(endsAfterStart, endIssue)
  .meta({ id: 'UpdateRoadmapElement' });
export type UpdateRoadmapElement = z.infer<typeof UpdateRoadmapElementSchema>;

export const RoadmapElementSchema = EntityMetaSchema.extend({
  title: z.string(),
  productId: IdSchema.nullable(),
  labels: z.array(z.string()),
  status: ElementStatusSchema,
  /** The roll-up found every epic delivered while the status is not Levert (organisation set to propose). */
  proposedStatus: ElementStatusSchema.nullable(),
  state: ItemStateSchema,
  stateReason: StateReasonSchema.nullable(),
  startOn: DateSchema.nullable(),
  endOn: DateSchema.nullable(),
  estimatePersonWeeks: z.number().nullable(),
  milestone: z.string().nullable(),
  overview: z.string().nullable(),
  expectedResult: z.string().nullable(),
  howItWorks: z.string().nullable(),
  github: GithubRefSchema.nullable(),
  activityAt: z.string().nullable(),
  initiativeIds: z.array(IdSchema),
  dependsOnIds: z.array(IdSchema),
  epicIds: z.array(IdSchema),
  /** The override when a person set one with a status update, otherwise the computed progress. */
  progress: z.number().nullable(),
  progressOverride: z.number().nullable(),
  health: HealthSchema.nullable(),
  healthOverride: HealthSchema.nullable(),
  rollup: RollupSchema,
}).meta({ id: 'RoadmapElement' });
export type RoadmapElement = z.infer<typeof RoadmapElementSchema>;

export const LinkEpicSchema = z.strictObject({ epicId: IdSchema }).meta({ id: 'LinkEpic' });
export type LinkEpic = z.infer<typeof LinkEpicSchema>;
