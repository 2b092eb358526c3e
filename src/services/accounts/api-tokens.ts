import {
  CreateApiTokenSchema,
  type ApiToken,
  type CreateApiToken,
  type CreatedApiToken,
  type TokenScope,
} from '../../contracts/accounts';
import type { Database } from '../../store/database';
import {
  findApiTokenByHash,
  findApiTokenOfUser,
  insertApiToken,
  listApiTokensOfUser,
  markApiTokenUsed,
  revokeApiTokenRow,
  type ApiTokenRow,
} from '../../store/repositories/accounts/api-tokens-repository';
import type { ActingUser } from '../../store/repositories/accounts/sessions-repository';
import { notFound } from '../shared/app-error';
import { inDatabaseTransaction } from '../shared/context';
import { iso } from '../shared/iso';
import { recordAccountEvent } from './account-events';
import { hashSecret, newSecret } from './secrets';

/** Every API token starts so; secret scanners and people can tell one when they see it. */
export const TOKEN_PREFIX = 'rdt_';
const DAY_MS = 24 * 60 * 60 * 1000;
/** Last use is recorded at most this often. */
const MARK_USED_EVERY_MS = 60 * 1000;

const toApiToken = (r: ApiTokenRow): ApiToken => ({
  id: r.id,
  name: r.name,
  prefix: r.prefix,
  scope: r.scope as TokenScope,
  createdAt: iso(r.createdAt),
  expiresAt: iso(r.expiresAt),
  lastUsedAt: r.lastUsedAt ? iso(r.lastUsedAt) : null,
  revokedAt: r.revokedAt ? iso(r.revokedAt) : null,
});

/** A new token for `userId`: the answer is the only time the token itself is seen. */
export function createApiToken(
  database: Database,
  userId: string,
  actor: string,
  request: CreateApiToken,
): Promise<CreatedApiToken> {
  const input = CreateApiTokenSchema.parse(request);
  return inDatabaseTransaction(database, async (tx) => {
    const token = newSecret(TOKEN_PREFIX);
    const row = await insertApiToken(tx, {
      id: crypto.randomUUID(),
      userId,
      name: input.name,
      tokenHash: hashSecret(token),
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      scope: input.scope,
      expiresAt: new Date(Date.now() + input.expiresInDays * DAY_MS),
    });
    await recordAccountEvent(tx, {
      kind: 'token-created',
      userId,
      actor,
      detail: { tokenId: row.id, name: row.name, scope: row.scope, expiresAt: iso(row.expiresAt) },
    });
    return { token, apiToken: toApiToken(row) };
  });
}

export async function listApiTokens(database: Database, userId: string): Promise<ApiToken[]> {
  return (await listApiTokensOfUser(database.db, userId)).map(toApiToken);
}

/** Revokes one of the user's tokens; revoking twice answers the same revoked token. */
export function revokeApiToken(
  database: Database,
  userId: string,
  actor: string,
  id: string,
): Promise<ApiToken> {
  return inDatabaseTransaction(database, async (tx) => {
    const revoked = await revokeApiTokenRow(tx, userId, id, new Date());
    if (revoked) {
      await recordAccountEvent(tx, { kind: 'token-revoked', userId, actor, detail: { tokenId: id } });
      return toApiToken(revoked);
    }
    const existing = await findApiTokenOfUser(tx, userId, id);
    if (!existing) throw notFound('token', id);
    return toApiToken(existing);
  });
}

export type ResolvedToken =
  | { ok: true; user: ActingUser; scope: TokenScope; tokenId: string }
  | {
      ok: false;
      reason: 'malformed' | 'unknown' | 'expired' | 'revoked' | 'user-disabled';
      tokenId: string | null;
      userId: string | null;
    };

/** The user and scope behind a presented token, or why it is refused. */
export async function resolveApiToken(database: Database, token: string): Promise<ResolvedToken> {
  const found = token.startsWith(TOKEN_PREFIX)
    ? await findApiTokenByHash(database.db, hashSecret(token))
    : undefined;
  if (!found) return { ok: false, reason: 'unknown', tokenId: null, userId: null };
  const { token: row, user } = found;
  const refused = (reason: 'expired' | 'revoked' | 'user-disabled') =>
    ({ ok: false, reason, tokenId: row.id, userId: row.userId }) as const;
  const now = new Date();
  if (row.revokedAt) return refused('revoked');
  if (row.expiresAt <= now) return refused('expired');
  if (user.disabled) return refused('user-disabled');
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > MARK_USED_EVERY_MS) {
    await markApiTokenUsed(database.db, row.id, now);
  }
  return { ok: true, user, scope: row.scope as TokenScope, tokenId: row.id };
}

/** A refused token is logged against its owner when it has one, so they can see someone tried an old one. */
export async function recordRefusedToken(
  database: Database,
  refusal: { tokenId: string | null; userId: string | null; reason: string },
  ip: string,
): Promise<void> {
  await recordAccountEvent(database.db, {
    kind: 'token-refused',
    userId: refusal.userId,
    actor: ip,
    detail: { tokenId: refusal.tokenId, reason: refusal.reason },
  });
}
