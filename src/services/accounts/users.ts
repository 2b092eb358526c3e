import type { UpdateUser, User } from '../../contracts/accounts';
import type { Database } from '../../store/database';
import {
  countActiveAdmins,
  findUser,
  findUserIdByIdentity,
  insertIdentity,
  insertUser,
  listUsers as selectUsers,
  lockUser,
  updateUserRow,
  type UserWithProviders,
} from '../../store/repositories/accounts/users-repository';
import { deleteSessionsOfUser } from '../../store/repositories/accounts/sessions-repository';
import { AppError, notFound } from '../shared/app-error';
import { inDatabaseTransaction } from '../shared/context';
import { iso } from '../shared/iso';
import { recordAccountEvent } from './account-events';

export const toUser = (r: UserWithProviders): User => ({
  id: r.id,
  name: r.name,
  email: r.email,
  isAdmin: r.isAdmin,
  disabled: r.disabled,
  createdAt: iso(r.createdAt),
  lastSignInAt: r.lastSignInAt ? iso(r.lastSignInAt) : null,
  providers: r.providers,
});

export async function getUser(database: Database, id: string): Promise<User> {
  const row = await findUser(database.db, id);
  if (!row) throw notFound('user', id);
  return toUser(row);
}

export async function listUsers(database: Database): Promise<User[]> {
  return (await selectUsers(database.db)).map(toUser);
}

export interface Identity {
  /** 'local', 'github' or 'oidc:<issuer>'. */
  provider: string;
  subject: string;
  name: string;
  email: string | null;
}

/**
 * The account an identity signs in to, created on its first sign-in. Name and e-mail follow the
 * provider, so a renamed person is renamed here too. `isAdmin` applies only to a new account.
 */
export function signInIdentity(
  database: Database,
  identity: Identity,
  options: { isAdmin?: boolean } = {},
): Promise<User> {
  return inDatabaseTransaction(database, async (tx) => {
    const existing = await findUserIdByIdentity(tx, identity.provider, identity.subject);
    const id = existing ?? crypto.randomUUID();
    if (existing) {
      await updateUserRow(tx, id, { name: identity.name, email: identity.email });
    } else {
      await insertUser(tx, {
        id,
        name: identity.name,
        email: identity.email,
        isAdmin: options.isAdmin ?? false,
      });
      await insertIdentity(tx, { provider: identity.provider, subject: identity.subject, userId: id });
      await recordAccountEvent(tx, {
        kind: 'user-created',
        userId: id,
        actor: 'system',
        detail: { provider: identity.provider, isAdmin: options.isAdmin ?? false },
      });
    }
    const row = await findUser(tx, id);
    if (!row) throw new Error('user vanished while signing in');
    return toUser(row);
  });
}

/** The local administrator of a server without a sign-in provider, created on first start. */
export function ensureLocalAdmin(database: Database): Promise<User> {
  return signInIdentity(
    database,
    { provider: 'local', subject: 'admin', name: 'Lokal administrator', email: null },
    { isAdmin: true },
  );
}

/**
 * An administrator changes a user's name, installation-administrator flag or disables them. Disabling
 * signs them out everywhere; the last active administrator cannot be demoted or disabled.
 */
export function updateUser(database: Database, actor: string, id: string, input: UpdateUser): Promise<User> {
  return inDatabaseTransaction(database, async (tx) => {
    const before = await lockUser(tx, id);
    if (!before) throw notFound('user', id);
    const losesAdmin =
      before.isAdmin && !before.disabled && (input.isAdmin === false || input.disabled === true);
    if (losesAdmin && (await countActiveAdmins(tx)) <= 1) {
      throw new AppError('conflict', 'the last active administrator cannot be demoted or disabled');
    }
    await updateUserRow(tx, id, input);
    if (input.disabled === true) await deleteSessionsOfUser(tx, id);
    await recordAccountEvent(tx, {
      kind: 'user-changed',
      userId: id,
      actor,
      detail: {
        before: { name: before.name, isAdmin: before.isAdmin, disabled: before.disabled },
        after: input,
      },
    });
    const row = await findUser(tx, id);
    if (!row) throw new Error('user vanished while updating');
    return toUser(row);
  });
}
