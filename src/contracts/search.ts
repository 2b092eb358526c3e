import { z } from 'zod';
import { IdSchema } from './common';
import { InitiativeStatusSchema } from './initiatives';
import { LIMITS } from './limits';
import { ElementStatusSchema } from './roadmap';
import { ItemStateSchema } from './rollup';

export const SEARCH_LIMIT_MAX = 50;

export const SearchQuerySchema = z.object({
  q: z.string().trim().min(1).max(LIMITS.searchText).describe('Words to find; every word must match'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(SEARCH_LIMIT_MAX)
    .default(10)
    .describe('Most hits per kind of result'),
});
export type SearchQuery = z.infer<typeof SearchQuerySchema>;

/** Where an initiative matched: its case key, its title, or one of its texts (problem, description …). */
export const INITIATIVE_MATCH_FIELDS = [
  'key',
  'title',
  'problemStatement',
  'description',
  'riskIfNotDone',
  'collaboration',
  'competence',
  'measurementPlan',
] as const;
export const InitiativeMatchFieldSchema = z.enum(INITIATIVE_MATCH_FIELDS);

export const InitiativeHitSchema = z.object({
  id: IdSchema,
  key: z.string(),
  title: z.string(),
  phase: z.string(),
  status: InitiativeStatusSchema,
  matchedIn: InitiativeMatchFieldSchema,
  /** A few words around the first match when it was in a text, else null. */
  snippet: z.string().nullable(),
});
export type InitiativeHit = z.infer<typeof InitiativeHitSchema>;

export const RoadmapElementHitSchema = z.object({
  id: IdSchema,
  title: z.string(),
  status: ElementStatusSchema,
  /** "digdir/roadmap#12" when it lives on GitHub. */
  ref: z.string().nullable(),
});
export type RoadmapElementHit = z.infer<typeof RoadmapElementHitSchema>;

export const EpicHitSchema = z.object({
  id: IdSchema,
  title: z.string(),
  state: ItemStateSchema,
  ref: z.string().nullable(),
  url: z.string().nullable(),
  /** The first roadmap element the epic serves, where the web links it (else to `url`). */
  elementId: IdSchema.nullable(),
  teamName: z.string().nullable(),
});
export type EpicHit = z.infer<typeof EpicHitSchema>;

export const PersonHitSchema = z.object({
  id: IdSchema,
  name: z.string(),
  title: z.string().nullable(),
});
export type PersonHit = z.infer<typeof PersonHitSchema>;

/** One kind of result: up to `limit` hits, best first, and whether there were more. */
const group = <T extends z.ZodType>(hit: T) => z.object({ items: z.array(hit), more: z.boolean() });

/** Hits grouped by kind. Issues are left out: epics are what the portfolio points down to. */
export const SearchResultSchema = z
  .object({
    q: z.string(),
    initiatives: group(InitiativeHitSchema),
    roadmapElements: group(RoadmapElementHitSchema),
    epics: group(EpicHitSchema),
    people: group(PersonHitSchema),
  })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type SearchGroup<T> = { items: T[]; more: boolean };
