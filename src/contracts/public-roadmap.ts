import { z } from 'zod';
import { DateSchema, IdSchema } from './common';
import { ElementStatusSchema } from './roadmap';
import { HealthSchema } from './rollup';
import { LocalisedTextSchema } from './workflow';

/**
 * The fields an organisation may publish on its public roadmap, for transparency towards other
 * agencies. Key and title are always shown; the rest only when the organisation marks them public.
 */
export const PUBLIC_INITIATIVE_FIELDS = [
  'phase',
  'status',
  'problemStatement',
  'description',
  'progress',
  'health',
] as const;
export const PublicInitiativeFieldSchema = z.enum(PUBLIC_INITIATIVE_FIELDS);
export type PublicInitiativeField = z.infer<typeof PublicInitiativeFieldSchema>;

export const PUBLIC_ELEMENT_FIELDS = [
  'status',
  'startOn',
  'endOn',
  'progress',
  'milestone',
  'overview',
  'expectedResult',
] as const;
export const PublicElementFieldSchema = z.enum(PUBLIC_ELEMENT_FIELDS);
export type PublicElementField = z.infer<typeof PublicElementFieldSchema>;

/** Off by default: nothing is public until an administrator switches it on. */
export const PublicRoadmapSettingsSchema = z
  .strictObject({
    enabled: z.boolean(),
    initiativeFields: z.array(PublicInitiativeFieldSchema).max(PUBLIC_INITIATIVE_FIELDS.length),
    elementFields: z.array(PublicElementFieldSchema).max(PUBLIC_ELEMENT_FIELDS.length),
  })
  .meta({ id: 'PublicRoadmapSettings' });
export type PublicRoadmapSettings = z.infer<typeof PublicRoadmapSettingsSchema>;

export const DEFAULT_PUBLIC_ROADMAP: PublicRoadmapSettings = {
  enabled: false,
  initiativeFields: ['phase', 'description', 'progress'],
  elementFields: ['status', 'startOn', 'endOn', 'progress', 'overview'],
};

export const PublicInitiativeSchema = z
  .object({
    id: IdSchema,
    key: z.string(),
    title: z.string(),
    phase: z.string().optional(),
    /** The phase's name in bokmål, nynorsk and English; sent with `phase`. */
    phaseName: LocalisedTextSchema.optional(),
    status: z.string().optional(),
    problemStatement: z.string().nullable().optional(),
    description: z.string().nullable().optional(),
    progress: z.number().nullable().optional(),
    health: HealthSchema.nullable().optional(),
  })
  .meta({ id: 'PublicInitiative' });
export type PublicInitiative = z.infer<typeof PublicInitiativeSchema>;

export const PublicRoadmapElementSchema = z
  .object({
    id: IdSchema,
    title: z.string(),
    productName: z.string().nullable(),
    initiativeIds: z.array(IdSchema),
    status: ElementStatusSchema.optional(),
    startOn: DateSchema.nullable().optional(),
    endOn: DateSchema.nullable().optional(),
    progress: z.number().nullable().optional(),
    milestone: z.string().nullable().optional(),
    overview: z.string().nullable().optional(),
    expectedResult: z.string().nullable().optional(),
  })
  .meta({ id: 'PublicRoadmapElement' });
export type PublicRoadmapElement = z.infer<typeof PublicRoadmapElementSchema>;

export const PublicRoadmapSchema = z
  .object({
    organisation: z.object({ slug: z.string(), name: z.string() }),
    initiatives: z.array(PublicInitiativeSchema),
    elements: z.array(PublicRoadmapElementSchema),
  })
  .meta({ id: 'PublicRoadmap' });
export type PublicRoadmap = z.infer<typeof PublicRoadmapSchema>;
