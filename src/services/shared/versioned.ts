import type { Db } from '../../store/database';
import { selectForUpdate, type VersionedTable } from '../../store/repositories/versioned';
import { AppError, notFound } from './app-error';

/**
 * Locks the row and checks the caller saw its latest version: a stale write answers
 * precondition-failed and changes nothing.
 */
export async function lockCurrent<T extends VersionedTable>(
  tx: Db,
  table: T,
  orgId: string,
  id: string,
  expectedVersion: number,
  what: string,
): Promise<T['$inferSelect']> {
  const row = await selectForUpdate(tx, table, orgId, id);
  if (!row) throw notFound(what, id);
  const version = (row as { version: number }).version;
  if (version !== expectedVersion) {
    throw new AppError(
      'precondition-failed',
      `${what} ${id} has changed since you read it (version ${version}, not ${expectedVersion}); read it again`,
    );
  }
  return row;
}
