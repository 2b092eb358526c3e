import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../database';
import { githubSyncRuns } from '../../schema';

export type GithubRunRow = typeof githubSyncRuns.$inferSelect;

export async function insertGithubRun(db: Db, row: typeof githubSyncRuns.$inferInsert): Promise<void> {
  await db.insert(githubSyncRuns).values(row);
}

export async function updateGithubRun(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Pick<GithubRunRow, 'status' | 'finishedAt' | 'report'>>,
): Promise<void> {
  await db
    .update(githubSyncRuns)
    .set({ ...patch, heartbeatAt: new Date() })
    .where(and(eq(githubSyncRuns.orgId, orgId), eq(githubSyncRuns.id, id)));
}

export async function selectGithubRun(db: Db, orgId: string, id: string): Promise<GithubRunRow | undefined> {
  const rows = await db
    .select()
    .from(githubSyncRuns)
    .where(and(eq(githubSyncRuns.orgId, orgId), eq(githubSyncRuns.id, id)));
  return rows[0];
}

/** The latest runs first. */
export function selectGithubRuns(db: Db, orgId: string, limit: number): Promise<GithubRunRow[]> {
  return db
    .select()
    .from(githubSyncRuns)
    .where(eq(githubSyncRuns.orgId, orgId))
    .orderBy(desc(githubSyncRuns.startedAt))
    .limit(limit);
}

/** A run still marked running, e.g. left by a server that stopped mid-run. */
export async function selectRunningGithubRun(db: Db, orgId: string): Promise<GithubRunRow | undefined> {
  const rows = await db
    .select()
    .from(githubSyncRuns)
    .where(and(eq(githubSyncRuns.orgId, orgId), eq(githubSyncRuns.status, 'running')))
    .limit(1);
  return rows[0];
}
