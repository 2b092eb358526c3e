import type { AccountEvent, AccountEventKind } from '../../contracts/accounts';
import type { Database, Db } from '../../store/database';
import {
  insertAccountEvent,
  listAccountEventRows,
} from '../../store/repositories/accounts/account-events-repository';
import { iso } from '../shared/iso';

export interface AccountEventInput {
  kind: AccountEventKind;
  userId: string | null;
  /** Who did it: a user's name, 'system', or the address a failed sign-in came from. */
  actor: string;
  orgId?: string | null;
  detail?: Record<string, unknown>;
}

/** Sign-ins, failures, tokens and role changes: written in the same transaction as what they record. */
export async function recordAccountEvent(db: Db, event: AccountEventInput): Promise<void> {
  await insertAccountEvent(db, {
    kind: event.kind,
    userId: event.userId,
    actor: event.actor,
    orgId: event.orgId ?? null,
    detail: event.detail ?? {},
  });
}

export async function listAccountEvents(
  database: Database,
  filter: { userId?: string; limit: number },
): Promise<AccountEvent[]> {
  const rows = await listAccountEventRows(database.db, filter);
  return rows.map((r) => ({
    id: r.id,
    at: iso(r.at),
    kind: r.kind as AccountEventKind,
    userId: r.userId,
    actor: r.actor,
    orgId: r.orgId,
    detail: r.detail,
  }));
}
