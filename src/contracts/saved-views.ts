import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema } from './common';
import { LIMITS } from './limits';

/** A saved view of the portfolio page: its query string (filters, board or table, sort) under a name. */
export const SavedViewSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    /** The page's query string without "?", e.g. "fase=konsept&helse=red". */
    query: z.string(),
    /** Shared with everyone in the organisation; otherwise only its author sees it. */
    shared: z.boolean(),
    ownerId: IdSchema,
    ownerName: z.string(),
    /** The signed-in user made it, and so may delete it. */
    mine: z.boolean(),
    createdAt: TimestampSchema,
  })
  .meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof SavedViewSchema>;

export const CreateSavedViewSchema = z
  .strictObject({
    name: NameSchema,
    query: z
      .string()
      .max(LIMITS.url)
      .refine((q) => !q.startsWith('?'), 'the query string without its leading "?"'),
    shared: z.boolean().default(false),
  })
  .meta({ id: 'CreateSavedView' });
export type CreateSavedView = z.input<typeof CreateSavedViewSchema>;

export const SavedViewListSchema = z.object({ items: z.array(SavedViewSchema) });
