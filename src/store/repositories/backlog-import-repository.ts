import { and, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../database';
import { backlogItems, roadmapElements } from '../schema';
import { chunks } from './chunks';

export type ElementRow = typeof roadmapElements.$inferSelect;
export type ItemRow = typeof backlogItems.$inferSelect;
export interface GithubKey {
  owner: string;
  repo: string;
  number: number;
}
export const keyOf = (k: GithubKey): string => `${k.owner}/${k.repo}#${k.number}`;

/** Stored rows named by GitHub reference (lower-case owner and repository), by "owner/repo#N". */
async function selectByKeys<
  R extends { githubOwner: string | null; githubRepo: string | null; githubNumber: number | null },
>(
  keys: readonly GithubKey[],
  select: (numbers: number[], repos: string[], owners: string[]) => Promise<R[]>,
): Promise<Map<string, R>> {
  const found = new Map<string, R>();
  if (keys.length === 0) return found;
  const wanted = new Set(keys.map(keyOf));
  for (const part of chunks(keys)) {
    const rows = await select(
      [...new Set(part.map((k) => k.number))],
      [...new Set(part.map((k) => k.repo))],
      [...new Set(part.map((k) => k.owner))],
    );
    for (const row of rows) {
      if (row.githubOwner === null || row.githubRepo === null || row.githubNumber === null) continue;
      const key = keyOf({ owner: row.githubOwner, repo: row.githubRepo, number: row.githubNumber });
      if (wanted.has(key)) found.set(key, row);
    }
  }
  return found;
}

export function selectElementsByKeys(db: Db, orgId: string, keys: readonly GithubKey[]) {
  // The owner too, so the (org, owner, repo, number) index serves the lookup.
  return selectByKeys(keys, (numbers, repos, owners) =>
    db
      .select()
      .from(roadmapElements)
      .where(
        and(
          eq(roadmapElements.orgId, orgId),
          inArray(roadmapElements.githubOwner, owners),
          inArray(roadmapElements.githubRepo, repos),
          inArray(roadmapElements.githubNumber, numbers),
        ),
      ),
  );
}

export function selectItemsByKeys(db: Db, orgId: string, keys: readonly GithubKey[]) {
  // The owner too, so the (org, owner, repo, number) index serves the lookup.
  return selectByKeys(keys, (numbers, repos, owners) =>
    db
      .select()
      .from(backlogItems)
      .where(
        and(
          eq(backlogItems.orgId, orgId),
          inArray(backlogItems.githubOwner, owners),
          inArray(backlogItems.githubRepo, repos),
          inArray(backlogItems.githubNumber, numbers),
        ),
      ),
  );
}

/** Every column of the table set from the proposed row: the import has already merged what was stored. */
const allFromExcluded = (table: typeof roadmapElements | typeof backlogItems) =>
  Object.fromEntries(
    Object.entries(getTableColumns(table) as Record<string, PgColumn>)
      .filter(([key]) => !['id', 'orgId', 'createdAt'].includes(key))
      .map(([key, column]) => [key, sql.raw(`excluded.${column.name}`)]),
  );

export async function upsertElements(tx: Db, rows: (typeof roadmapElements.$inferInsert)[]): Promise<void> {
  const set = allFromExcluded(roadmapElements);
  for (const part of chunks(rows)) {
    await tx.insert(roadmapElements).values(part).onConflictDoUpdate({ target: roadmapElements.id, set });
  }
}

/** Upserts in the given order, so epics listed first exist before the issues that name them as parent. */
export async function upsertItems(tx: Db, rows: (typeof backlogItems.$inferInsert)[]): Promise<void> {
  const set = allFromExcluded(backlogItems);
  for (const part of chunks(rows)) {
    await tx.insert(backlogItems).values(part).onConflictDoUpdate({ target: backlogItems.id, set });
  }
}
