import { z } from 'zod';
import {
  DateSchema,
  EntityMetaSchema,
  IdSchema,
  ListQueryBaseSchema,
  LongTextSchema,
  NameSchema,
  boundedArray,
  pageOf,
} from './common';
import { GithubRefInputSchema, GithubRefSchema } from './github-ref';
import { LIMITS } from './limits';
import { ItemStateSchema, RollupSchema, StateReasonSchema } from './rollup';

/** Epics serve roadmap elements; issues are the epics' children. */
export const BACKLOG_KINDS = ['epic', 'issue'] as const;
export const BacklogKindSchema = z.enum(BACKLOG_KINDS);
export type BacklogKind = z.infer<typeof BacklogKindSchema>;

const Short = z.string().trim().min(1).max(LIMITS.name);

/** The fields of an epic or issue a person or an import sets. */
export const BacklogFields = {
  kind: BacklogKindSchema,
  title: NameSchema,
  body: LongTextSchema.nullable(),
  teamId: IdSchema.nullable(),
  /** An issue's epic. */
  parentId: IdSchema.nullable(),
  state: ItemStateSchema,
  stateReason: StateReasonSchema.nullable(),
  /** GitHub's issue type ("Epic", "Bug"), when the repository uses types. */
  issueType: Short.nullable(),
  labels: boundedArray(Short, 100),
  assignees: boundedArray(Short, 50),
  startOn: DateSchema.nullable(),
  dueOn: DateSchema.nullable(),
  /** Size given by hand; an epic without one weighs its number of counted issues. */
  estimate: z.number().positive().max(100_000).nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  activityAt: z.iso.datetime({ offset: true }).nullable(),
  github: GithubRefInputSchema.nullable(),
  /** The roadmap elements an epic serves. */
  roadmapElementIds: boundedArray(IdSchema, 50),
};

const datesInOrder = (v: { startOn?: string | null; dueOn?: string | null }) =>
  !v.startOn || !v.dueOn || v.startOn <= v.dueOn;
const dueIssue = { message: 'dueOn must not be before startOn', path: ['dueOn'] };

export const CreateBacklogItemSchema = z
  .strictObject(BacklogFields)
  .partial()
  .extend({ kind: BacklogKindSchema, title: NameSchema })
  .refine(datesInOrder, dueIssue)
  .meta({ id: 'CreateBacklogItem' });
export type CreateBacklogItem = z.infer<typeof CreateBacklogItemSchema>;

/** The kind is fixed once created: turning an epic into an issue would orphan its children. */
export const UpdateBacklogItemSchema = z
  .strictObject(BacklogFields)
  .omit({ kind: true })
  .partial()
  .refine(datesInOrder, dueIssue)
  .meta({ id: 'UpdateBacklogItem' });
export type UpdateBacklogItem = z.infer<typeof UpdateBacklogItemSchema>;

export const BacklogItemSchema = EntityMetaSchema.extend({
  kind: BacklogKindSchema,
  title: z.string(),
  body: z.string().nullable(),
  teamId: IdSchema.nullable(),
  parentId: IdSchema.nullable(),
  state: ItemStateSchema,
  stateReason: StateReasonSchema.nullable(),
  issueType: z.string().nullable(),
  labels: z.array(z.string()),
  assignees: z.array(z.string()),
  startOn: DateSchema.nullable(),
  dueOn: DateSchema.nullable(),
  estimate: z.number().nullable(),
  closedAt: z.string().nullable(),
  activityAt: z.string().nullable(),
  github: GithubRefSchema.nullable(),
  roadmapElementIds: z.array(IdSchema),
  /** Epics only: the roll-up of its issues. Null for an issue. */
  rollup: RollupSchema.nullable(),
}).meta({ id: 'BacklogItem' });
export type BacklogItem = z.infer<typeof BacklogItemSchema>;

export const ListBacklogItemsQuerySchema = ListQueryBaseSchema.extend({
  kind: BacklogKindSchema.optional(),
  parent: IdSchema.optional(),
  roadmapElement: IdSchema.optional(),
});
export type ListBacklogItemsQuery = z.infer<typeof ListBacklogItemsQuerySchema>;
export const BacklogItemPageSchema = pageOf(BacklogItemSchema).meta({ id: 'BacklogItemPage' });
