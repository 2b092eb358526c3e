import { IdSchema } from '../../contracts/common';
import type { Initiative } from '../../contracts/initiatives';
import type { Db } from '../../store/database';
import {
  selectInitiativeIdByKey,
  selectInitiativeLinks,
} from '../../store/repositories/initiatives-repository';
import { initiatives } from '../../store/schema';
import { notFound } from '../shared/app-error';
import type { ServiceContext } from '../shared/context';
import { lockCurrent } from '../shared/versioned';
import { loadInitiatives, toInitiative } from './to-initiative';

/** "Sak 14-2026", "sak 14-2026" and "14-2026" all name the same case. */
export function normaliseKey(ref: string): string | undefined {
  const m = /^(?:sak\s*)?(\d{1,6})-(\d{4})$/i.exec(ref.trim());
  return m ? `Sak ${Number(m[1])}-${m[2]}` : undefined;
}

/** An initiative's id from its id or its case key. */
export async function resolveInitiativeId(db: Db, orgId: string, ref: string): Promise<string> {
  if (IdSchema.safeParse(ref).success) return ref;
  const key = normaliseKey(ref);
  const id = key ? await selectInitiativeIdByKey(db, orgId, key) : undefined;
  if (!id) throw notFound('initiative', ref);
  return id;
}

export async function loadInitiative(db: Db, orgId: string, id: string): Promise<Initiative> {
  const [initiative] = await loadInitiatives(db, orgId, [id]);
  if (!initiative) throw notFound('initiative', id);
  return initiative;
}

/**
 * Locks the initiative for the rest of the transaction, checks the caller saw its latest version
 * and answers it as it is now: one read of the row serves both.
 */
export async function lockInitiative(
  tx: Db,
  orgId: string,
  id: string,
  expectedVersion: number,
): Promise<Initiative> {
  const row = await lockCurrent(tx, initiatives, orgId, id, expectedVersion, 'initiative');
  return toInitiative(row, await selectInitiativeLinks(tx, orgId, [id]));
}

/** The id of an initiative named by id or case key, for use cases that take the id. */
export function resolveInitiativeRef(ctx: ServiceContext, ref: string): Promise<string> {
  return resolveInitiativeId(ctx.database.db, ctx.orgId, ref);
}
