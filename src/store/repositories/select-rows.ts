import type { SQL } from 'drizzle-orm';
import type { Db } from '../database';

/** The rows of a raw query; PGlite and node-postgres both answer `{ rows }`. */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
