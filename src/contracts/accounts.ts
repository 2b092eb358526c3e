import { z } from 'zod';
import { IdSchema, NameSchema, TimestampSchema } from './common';
import { LIMITS } from './limits';

/**
 * A member's role in one organisation, least to most trusted. The policy that says what each may do
 * lives in `domain/access/policy.ts`; clients learn the outcome from `GET /api/v1/orgs/:org/access`.
 */
export const ROLES = [
  'reader',
  'contributor',
  'product-owner',
  'portfolio-office',
  'portfolio-manager',
  'admin',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** What a signed-in person without a membership gets in an organisation; 'none' closes it to them. */
export const DefaultRoleSchema = z.enum(['none', ...ROLES]);
export type DefaultRole = z.infer<typeof DefaultRoleSchema>;

/**
 * Everything the API lets someone do, by name. Every route declares one (server/access/route-policies.ts);
 * `read`, `write` and `admin` are the token scope each needs.
 */
export const ACTIONS = {
  'organisation.read': 'read',
  'history.read': 'read',
  /** Saving one's own views of the portfolio page: any reader may, with a token that may write. */
  'view.save': 'write',
  'initiative.propose': 'write',
  'initiative.edit': 'write',
  'initiative.decide': 'write',
  'status-update.write': 'write',
  'roadmap.edit': 'write',
  'backlog.edit': 'write',
  'checks.run': 'read',
  'rollup.recompute': 'write',
  'strategy.edit': 'write',
  'organisation.edit': 'admin',
  'workflow.edit': 'admin',
  'organisation.settings': 'admin',
  'members.manage': 'admin',
  /** Running the GitHub sync, reading its status and creating epics on GitHub from Rødtråd. */
  'github.sync': 'write',
} as const satisfies Record<string, TokenScope>;
export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];
export const ActionSchema = z.enum(ACTION_NAMES as [Action, ...Action[]]);

/** 'own': allowed on what is yours (your drafts, your products, your teams' epics), refused elsewhere. */
export const GRANTS = ['yes', 'own', 'no'] as const;
export const GrantSchema = z.enum(GRANTS);
export type Grant = z.infer<typeof GrantSchema>;

export const TOKEN_SCOPES = ['read', 'write', 'admin'] as const;
export const TokenScopeSchema = z.enum(TOKEN_SCOPES);
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** Groups of initiative fields an organisation can keep internal to the portfolio office. */
export const INTERNAL_FIELD_GROUPS = ['money', 'risk', 'rationale'] as const;
export const InternalFieldGroupSchema = z.enum(INTERNAL_FIELD_GROUPS);
export type InternalFieldGroup = z.infer<typeof InternalFieldGroupSchema>;

export const UserSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    email: z.string().nullable(),
    isAdmin: z.boolean().describe('An installation administrator: every role in every organisation'),
    disabled: z.boolean(),
    createdAt: TimestampSchema,
    lastSignInAt: TimestampSchema.nullable(),
    /** How the account signs in: 'local', 'github' or the OpenID Connect issuer. */
    providers: z.array(z.string()),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof UserSchema>;

export const UpdateUserSchema = z
  .strictObject({ name: NameSchema, isAdmin: z.boolean(), disabled: z.boolean() })
  .partial()
  .meta({ id: 'UpdateUser' });
export type UpdateUser = z.infer<typeof UpdateUserSchema>;

export const MembershipSchema = z
  .object({
    orgSlug: z.string(),
    userId: IdSchema,
    userName: z.string(),
    email: z.string().nullable(),
    role: RoleSchema,
    /** The person in the organisation this account is. */
    personId: IdSchema.nullable(),
  })
  .meta({ id: 'Membership' });
export type Membership = z.infer<typeof MembershipSchema>;

export const SetMembershipSchema = z
  .strictObject({ role: RoleSchema, personId: IdSchema.nullable().optional() })
  .meta({ id: 'SetMembership' });
export type SetMembership = z.infer<typeof SetMembershipSchema>;

/** Who is signed in. `csrfToken` is sent back as `x-csrf-token` on writes made with the session cookie. */
export const MeSchema = z
  .object({
    user: UserSchema,
    memberships: z.array(MembershipSchema),
    via: z.enum(['session', 'token']),
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof MeSchema>;

/** What the current user may do in one organisation: the web hides what is 'no'. */
export const OrgAccessSchema = z
  .object({
    role: RoleSchema,
    personId: IdSchema.nullable(),
    permissions: z.record(ActionSchema, GrantSchema),
    /** Field groups withheld from this user (empty for the portfolio office). */
    hiddenFields: z.array(InternalFieldGroupSchema),
  })
  .meta({ id: 'OrgAccess' });
export type OrgAccess = z.infer<typeof OrgAccessSchema>;

export const ApiTokenSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    /** The first characters, to recognise a token; the rest is never stored. */
    prefix: z.string(),
    scope: TokenScopeSchema,
    createdAt: TimestampSchema,
    expiresAt: TimestampSchema,
    lastUsedAt: TimestampSchema.nullable(),
    revokedAt: TimestampSchema.nullable(),
  })
  .meta({ id: 'ApiToken' });
export type ApiToken = z.infer<typeof ApiTokenSchema>;

export const TOKEN_MAX_DAYS = 366;
export const CreateApiTokenSchema = z
  .strictObject({
    name: NameSchema,
    scope: TokenScopeSchema,
    expiresInDays: z.number().int().min(1).max(TOKEN_MAX_DAYS).default(90),
  })
  .meta({ id: 'CreateApiToken' });
export type CreateApiToken = z.input<typeof CreateApiTokenSchema>;

/** The only answer that carries the token itself. */
export const CreatedApiTokenSchema = z
  .object({ token: z.string(), apiToken: ApiTokenSchema })
  .meta({ id: 'CreatedApiToken' });
export type CreatedApiToken = z.infer<typeof CreatedApiTokenSchema>;

/** Why a sign-in failed, as the server sends it to the sign-in page in `/logg-inn?feil=<code>`. */
export const SIGN_IN_FAILURES = {
  /** A one-time link that is used, expired or unknown. */
  link: 'lenke',
  /** The provider is not configured on this server. */
  notConfigured: 'ikke-konfigurert',
  /** The person cancelled or refused at the provider. */
  cancelled: 'avbrutt',
  /** The callback's state is unknown, used before or too old: start again. */
  expired: 'utlopt',
  /** The provider could not be reached or answered something we do not accept. */
  provider: 'leverandor',
  /** The account is disabled by an administrator. */
  disabled: 'deaktivert',
} as const;
export type SignInFailure = (typeof SIGN_IN_FAILURES)[keyof typeof SIGN_IN_FAILURES];
export const SIGN_IN_FAILURE_CODES = Object.values(SIGN_IN_FAILURES);

/** The sign-in page's buttons. */
export const SignInOptionsSchema = z
  .object({
    oidc: z.object({ label: z.string() }).nullable(),
    github: z.boolean(),
    /** No provider configured: sign in with the one-time link the server prints. */
    localLink: z.boolean(),
  })
  .meta({ id: 'SignInOptions' });
export type SignInOptions = z.infer<typeof SignInOptionsSchema>;

export const ACCOUNT_EVENT_KINDS = [
  'sign-in',
  'sign-in-failed',
  'sign-out',
  'sign-out-everywhere',
  'token-created',
  'token-revoked',
  'token-refused',
  'user-created',
  'user-changed',
  'role-changed',
  'membership-removed',
] as const;
export const AccountEventKindSchema = z.enum(ACCOUNT_EVENT_KINDS);
export type AccountEventKind = z.infer<typeof AccountEventKindSchema>;

export const AccountEventSchema = z
  .object({
    id: z.number().int(),
    at: TimestampSchema,
    kind: AccountEventKindSchema,
    userId: IdSchema.nullable(),
    actor: z.string(),
    orgId: IdSchema.nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AccountEvent' });
export type AccountEvent = z.infer<typeof AccountEventSchema>;

export const AccountEventListSchema = z.object({ items: z.array(AccountEventSchema) });

export const AccountEventQuerySchema = z.object({
  userId: IdSchema.optional(),
  limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
});
