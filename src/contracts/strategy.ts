import { z } from 'zod';
import {
  DateSchema,
  EntityMetaSchema,
  IdSchema,
  LongTextSchema,
  NameSchema,
  UrlSchema,
  boundedArray,
} from './common';
import { LIMITS } from './limits';

export const SOURCE_KINDS = [
  'allocation-letter',
  'agency-strategy',
  'digitalisation-strategy',
  'product-group-strategy',
  'okr',
  'other',
] as const;
export const SourceKindSchema = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKindSchema>;

export const ITEM_KINDS = ['goal', 'assignment', 'action', 'objective', 'key-result'] as const;
export const ItemKindSchema = z.enum(ITEM_KINDS);
export type ItemKind = z.infer<typeof ItemKindSchema>;

const periodIsOrdered = (v: { periodStart?: string | null; periodEnd?: string | null }) =>
  !v.periodStart || !v.periodEnd || v.periodStart <= v.periodEnd;
const periodMessage = { message: 'periodEnd must not be before periodStart', path: ['periodEnd'] };

const SourceFields = {
  kind: SourceKindSchema,
  title: NameSchema,
  issuer: z.string().max(LIMITS.name).nullable().optional(),
  periodStart: DateSchema.nullable().optional(),
  periodEnd: DateSchema.nullable().optional(),
  url: UrlSchema.nullable().optional(),
  description: LongTextSchema.nullable().optional(),
  productGroupId: IdSchema.nullable().optional(),
};
export const CreateSourceSchema = z.strictObject(SourceFields).refine(periodIsOrdered, periodMessage);
export const UpdateSourceSchema = z
  .strictObject(SourceFields)
  .partial()
  .refine(periodIsOrdered, periodMessage);
export const SourceSchema = EntityMetaSchema.extend({
  kind: SourceKindSchema,
  title: z.string(),
  issuer: z.string().nullable(),
  periodStart: DateSchema.nullable(),
  periodEnd: DateSchema.nullable(),
  url: z.string().nullable(),
  description: z.string().nullable(),
  productGroupId: IdSchema.nullable(),
}).meta({ id: 'StrategicSource' });
export type Source = z.infer<typeof SourceSchema>;
export type CreateSource = z.infer<typeof CreateSourceSchema>;
export type UpdateSource = z.infer<typeof UpdateSourceSchema>;

const ItemFields = {
  kind: ItemKindSchema,
  /** The source's own numbering, e.g. "Tiltak 12" or "O2". */
  ref: z.string().max(LIMITS.slug).nullable().optional(),
  title: NameSchema,
  description: LongTextSchema.nullable().optional(),
  /** Key results hang under an objective; other items may nest under a goal. */
  parentId: IdSchema.nullable().optional(),
  periodStart: DateSchema.nullable().optional(),
  periodEnd: DateSchema.nullable().optional(),
  targetValue: z.string().max(LIMITS.name).nullable().optional(),
  currentValue: z.string().max(LIMITS.name).nullable().optional(),
};
/** An item is created in its source and stays there: the update schema has no sourceId. */
export const CreateItemSchema = z
  .strictObject({ ...ItemFields, sourceId: IdSchema })
  .refine(periodIsOrdered, periodMessage);
export const UpdateItemSchema = z.strictObject(ItemFields).partial().refine(periodIsOrdered, periodMessage);
export const ItemSchema = EntityMetaSchema.extend({
  sourceId: IdSchema,
  kind: ItemKindSchema,
  ref: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  parentId: IdSchema.nullable(),
  periodStart: DateSchema.nullable(),
  periodEnd: DateSchema.nullable(),
  targetValue: z.string().nullable(),
  currentValue: z.string().nullable(),
}).meta({ id: 'StrategicItem' });
export type Item = z.infer<typeof ItemSchema>;
export type CreateItem = z.infer<typeof CreateItemSchema>;
export type UpdateItem = z.infer<typeof UpdateItemSchema>;

export const SourceWithItemsSchema = SourceSchema.extend({ items: z.array(ItemSchema) }).meta({
  id: 'StrategicSourceWithItems',
});
export type SourceWithItems = z.infer<typeof SourceWithItemsSchema>;

/** The items of one source, in the order they were added. */
export const ItemListSchema = z.object({ items: z.array(ItemSchema) }).meta({ id: 'StrategicItemList' });
export type ItemList = z.infer<typeof ItemListSchema>;

export const ItemIdsSchema = boundedArray(IdSchema);
