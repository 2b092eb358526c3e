import { z } from 'zod';
import {
  DateSchema,
  EntityMetaSchema,
  IdSchema,
  NameSchema,
  ShortTextSchema,
  SlugSchema,
  boundedArray,
} from './common';
import { DefaultRoleSchema, InternalFieldGroupSchema } from './accounts';
import { LIMITS } from './limits';
import { PublicRoadmapSettingsSchema } from './public-roadmap';

/**
 * When every epic of a roadmap element is delivered, the roll-up either sets it to Levert ('set') or
 * only proposes Levert for a person to confirm ('propose').
 */
export const ELEMENT_DELIVERY_MODES = ['set', 'propose'] as const;
export const ElementDeliverySchema = z.enum(ELEMENT_DELIVERY_MODES);

/** The tenant: every other row belongs to exactly one organisation. */
export const OrganisationSchema = z
  .object({
    id: IdSchema,
    slug: SlugSchema,
    name: NameSchema,
    elementDelivery: ElementDeliverySchema,
    /** The role of a signed-in person who is not a member; 'contributor' lets anyone propose. */
    defaultRole: DefaultRoleSchema,
    /** Initiative field groups only the portfolio office (and above) may read. */
    internalFields: z.array(InternalFieldGroupSchema),
    publicRoadmap: PublicRoadmapSettingsSchema,
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });
export type Organisation = z.infer<typeof OrganisationSchema>;
export const CreateOrganisationSchema = z.strictObject({ slug: SlugSchema, name: NameSchema });
export type CreateOrganisation = z.infer<typeof CreateOrganisationSchema>;
/** The organisation's name and settings; the slug is its address and does not change. */
export const UpdateOrganisationSchema = z
  .strictObject({
    name: NameSchema,
    elementDelivery: ElementDeliverySchema,
    defaultRole: DefaultRoleSchema,
    internalFields: z.array(InternalFieldGroupSchema).max(3),
    publicRoadmap: PublicRoadmapSettingsSchema,
  })
  .partial()
  .meta({ id: 'UpdateOrganisation' });
export type UpdateOrganisation = z.infer<typeof UpdateOrganisationSchema>;

export const PERSON_ROLES = [
  'portfolio-manager',
  'portfolio-office',
  'management-group',
  'product-group-leader',
  'product-owner',
  'team-lead',
  'initiative-owner',
  'architect',
  'designer',
  'member',
] as const;
export const PersonRoleSchema = z.enum(PERSON_ROLES);
export type PersonRole = z.infer<typeof PersonRoleSchema>;

const PersonFields = {
  name: NameSchema,
  email: z.email().max(LIMITS.name).nullable().optional(),
  title: z.string().max(LIMITS.name).nullable().optional(),
  roles: boundedArray(PersonRoleSchema, PERSON_ROLES.length).optional(),
};
export const CreatePersonSchema = z.strictObject(PersonFields);
export const UpdatePersonSchema = z.strictObject(PersonFields).partial();
export const PersonSchema = EntityMetaSchema.extend({
  name: z.string(),
  email: z.string().nullable(),
  title: z.string().nullable(),
  roles: z.array(PersonRoleSchema),
}).meta({ id: 'Person' });
export type Person = z.infer<typeof PersonSchema>;
export type CreatePerson = z.infer<typeof CreatePersonSchema>;
export type UpdatePerson = z.infer<typeof UpdatePersonSchema>;

const ProductGroupFields = {
  slug: SlugSchema,
  name: NameSchema,
  description: ShortTextSchema.nullable().optional(),
  leaderId: IdSchema.nullable().optional(),
};
export const CreateProductGroupSchema = z.strictObject(ProductGroupFields);
export const UpdateProductGroupSchema = z.strictObject(ProductGroupFields).partial();
export const ProductGroupSchema = EntityMetaSchema.extend({
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  leaderId: IdSchema.nullable(),
}).meta({ id: 'ProductGroup' });
export type ProductGroup = z.infer<typeof ProductGroupSchema>;
export type CreateProductGroup = z.infer<typeof CreateProductGroupSchema>;
export type UpdateProductGroup = z.infer<typeof UpdateProductGroupSchema>;

const ProductFields = {
  slug: SlugSchema,
  name: NameSchema,
  productGroupId: IdSchema,
  description: ShortTextSchema.nullable().optional(),
};
export const CreateProductSchema = z.strictObject(ProductFields);
export const UpdateProductSchema = z.strictObject(ProductFields).partial();
export const ProductSchema = EntityMetaSchema.extend({
  slug: z.string(),
  name: z.string(),
  productGroupId: IdSchema,
  description: z.string().nullable(),
}).meta({ id: 'Product' });
export type Product = z.infer<typeof ProductSchema>;
export type CreateProduct = z.infer<typeof CreateProductSchema>;
export type UpdateProduct = z.infer<typeof UpdateProductSchema>;

export const TEAM_TYPES = [
  'stream-aligned',
  'enabling',
  'platform',
  'complicated-subsystem',
  'other',
] as const;
export const TeamTypeSchema = z.enum(TEAM_TYPES);
export type TeamType = z.infer<typeof TeamTypeSchema>;

/** Where a team keeps its backlog: a GitHub repository (owner/repo), a GitHub project, or elsewhere. */
export const BacklogRefSchema = z.strictObject({
  kind: z.enum(['github-repository', 'github-project', 'other']),
  ref: z.string().trim().min(1).max(LIMITS.url),
});
export type BacklogRef = z.infer<typeof BacklogRefSchema>;

export const TeamMemberSchema = z.strictObject({
  personId: IdSchema,
  role: z.string().max(LIMITS.name).nullable().optional(),
});

const TeamFields = {
  slug: SlugSchema,
  name: NameSchema,
  type: TeamTypeSchema,
  description: ShortTextSchema.nullable().optional(),
  productGroupIds: boundedArray(IdSchema, 20).optional(),
  productIds: boundedArray(IdSchema, 50).optional(),
  backlogs: boundedArray(BacklogRefSchema, 50).optional(),
  members: boundedArray(TeamMemberSchema).optional(),
  capacityPersonMonthsPerQuarter: z.number().min(0).max(10_000).nullable().optional(),
};
export const CreateTeamSchema = z.strictObject(TeamFields);
export const UpdateTeamSchema = z.strictObject(TeamFields).partial();
export const TeamSchema = EntityMetaSchema.extend({
  slug: z.string(),
  name: z.string(),
  type: TeamTypeSchema,
  description: z.string().nullable(),
  productGroupIds: z.array(IdSchema),
  productIds: z.array(IdSchema),
  backlogs: z.array(BacklogRefSchema),
  members: z.array(z.object({ personId: IdSchema, role: z.string().nullable() })),
  capacityPersonMonthsPerQuarter: z.number().nullable(),
}).meta({ id: 'Team' });
export type Team = z.infer<typeof TeamSchema>;
export type CreateTeam = z.infer<typeof CreateTeamSchema>;
export type UpdateTeam = z.infer<typeof UpdateTeamSchema>;

const WorkingGroupFields = {
  slug: SlugSchema,
  name: NameSchema,
  purpose: ShortTextSchema.nullable().optional(),
  startsOn: DateSchema.nullable().optional(),
  endsOn: DateSchema.nullable().optional(),
  memberIds: boundedArray(IdSchema).optional(),
};
const endsAfterStart = (v: { startsOn?: string | null; endsOn?: string | null }) =>
  !v.startsOn || !v.endsOn || v.startsOn <= v.endsOn;
export const CreateWorkingGroupSchema = z
  .strictObject(WorkingGroupFields)
  .refine(endsAfterStart, { message: 'endsOn must not be before startsOn', path: ['endsOn'] });
export const UpdateWorkingGroupSchema = z
  .strictObject(WorkingGroupFields)
  .partial()
  .refine(endsAfterStart, { message: 'endsOn must not be before startsOn', path: ['endsOn'] });
export const WorkingGroupSchema = EntityMetaSchema.extend({
  slug: z.string(),
  name: z.string(),
  purpose: z.string().nullable(),
  startsOn: DateSchema.nullable(),
  endsOn: DateSchema.nullable(),
  memberIds: z.array(IdSchema),
}).meta({ id: 'WorkingGroup' });
export type WorkingGroup = z.infer<typeof WorkingGroupSchema>;
export type CreateWorkingGroup = z.infer<typeof CreateWorkingGroupSchema>;
export type UpdateWorkingGroup = z.infer<typeof UpdateWorkingGroupSchema>;
