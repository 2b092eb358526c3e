import { z } from 'zod';
import { LIMITS } from './limits';

export const IdSchema = z.uuid();
export type Id = z.infer<typeof IdSchema>;

export const SlugSchema = z
  .string()
  .min(1)
  .max(LIMITS.slug)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens');

export const NameSchema = z.string().trim().min(1).max(LIMITS.name);
export const ShortTextSchema = z.string().max(LIMITS.shortText);
export const LongTextSchema = z.string().max(LIMITS.longText);
/** A web address: http(s) only, so no stored link can be a `javascript:` or `data:` URL. */
export const UrlSchema = z.url({ protocol: /^https?$/ }).max(LIMITS.url);
/** A calendar date, YYYY-MM-DD. */
export const DateSchema = z.iso.date();
export const TimestampSchema = z.iso.datetime({ offset: true });
export const YearSchema = z.number().int().min(2000).max(2100);

export const boundedArray = <T extends z.ZodType>(item: T, max: number = LIMITS.listItems) =>
  z.array(item).max(max);

/** Fields every stored entity answers with. */
export const EntityMetaSchema = z.object({
  id: IdSchema,
  version: z.number().int().positive(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});

export const ListQueryBaseSchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
  });

export type Page<T> = { items: T[]; nextCursor: string | null };

export const OrgParamsSchema = z.object({ org: SlugSchema });
export const OrgIdParamsSchema = z.object({ org: SlugSchema, id: IdSchema });
