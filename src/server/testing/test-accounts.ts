import { randomUUID } from 'node:crypto';
import type { Role, TokenScope, User } from '../../contracts/accounts';
import { createApiToken } from '../../services/accounts/api-tokens';
import { setMembership } from '../../services/accounts/memberships';
import { startSession } from '../../services/accounts/sessions';
import { signInIdentity } from '../../services/accounts/users';
import { getOrganisation } from '../../services/organisation/organisations';
import type { Database } from '../../services/store-lifecycle';

export interface TestUser {
  user: User;
  /** An API token of the user, admin-scoped unless asked otherwise. */
  token: string;
}

/** A new user with an API token, made through the services as a sign-in would. */
export async function createTestUser(
  database: Database,
  options: { name?: string; isAdmin?: boolean; scope?: TokenScope; email?: string } = {},
): Promise<TestUser> {
  const user = await signInIdentity(
    database,
    {
      provider: 'test',
      subject: randomUUID(),
      name: options.name ?? 'Test user',
      email: options.email ?? null,
    },
    { isAdmin: options.isAdmin ?? false },
  );
  const { token } = await createApiToken(database, user.id, 'test', {
    name: 'test',
    scope: options.scope ?? 'admin',
    expiresInDays: 1,
  });
  return { user, token };
}

/** A user with `role` in the organisation, optionally linked to a person of it. */
export async function createMember(
  database: Database,
  orgSlug: string,
  role: Role,
  options: { personId?: string | null; scope?: TokenScope; name?: string } = {},
): Promise<TestUser> {
  const member = await createTestUser(database, { name: options.name ?? `A ${role}`, scope: options.scope });
  const org = await getOrganisation(database, orgSlug);
  await setMembership({ database, orgId: org.id, actor: 'test' }, member.user.id, {
    role,
    personId: options.personId ?? null,
  });
  return member;
}

/** A browser session of the user: its cookie value and CSRF token. */
export async function createTestSession(
  database: Database,
  userId: string,
): Promise<{ cookie: string; csrfToken: string }> {
  const session = await startSession(database, userId, { provider: 'test', ip: '127.0.0.1' });
  return { cookie: session.token, csrfToken: session.csrfToken };
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
