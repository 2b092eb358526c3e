import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { githubSyncCursors } from '../../schema';

export type GithubCursorRow = typeof githubSyncCursors.$inferSelect;

/** The reconciler's cursors of an organisation, by resource ("issues:owner/repo", "items:owner/7"). */
export async function selectGithubCursors(db: Db, orgId: string): Promise<Map<string, GithubCursorRow>> {
  const rows = await db.select().from(githubSyncCursors).where(eq(githubSyncCursors.orgId, orgId));
  return new Map(rows.map((r) => [r.resource, r]));
}

export async function upsertGithubCursor(
  db: Db,
  row: {
    orgId: string;
    resource: string;
    etag: string | null;
    since: Date | null;
    url: string | null;
    data?: unknown;
  },
): Promise<void> {
  await db
    .insert(githubSyncCursors)
    .values({ ...row, data: row.data ?? null, updatedAt: new Date() })
    .onConflictDoUpdate({
      target: [githubSyncCursors.orgId, githubSyncCursors.resource],
      set: { etag: row.etag, since: row.since, url: row.url, data: row.data ?? null, updatedAt: sql`now()` },
    });
}

/** A fresh import forgets every cursor, so the next reconcile starts from what the import saw. */
export async function deleteGithubCursors(db: Db, orgId: string): Promise<void> {
  await db.delete(githubSyncCursors).where(eq(githubSyncCursors.orgId, orgId));
}
