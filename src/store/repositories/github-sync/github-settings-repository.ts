import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { githubSettings } from '../../schema';

export type GithubSettingsRow = typeof githubSettings.$inferSelect;

export async function selectGithubSettings(db: Db, orgId: string): Promise<GithubSettingsRow | undefined> {
  const rows = await db.select().from(githubSettings).where(eq(githubSettings.orgId, orgId));
  return rows[0];
}

/** Every organisation's settings: the webhook queue finds which organisations a repository belongs to. */
export function selectAllGithubSettings(db: Db): Promise<GithubSettingsRow[]> {
  return db.select().from(githubSettings);
}

export async function upsertGithubSettings(
  db: Db,
  row: { orgId: string; settings: unknown; updatedBy: string },
): Promise<GithubSettingsRow> {
  const [saved] = await db
    .insert(githubSettings)
    .values({ ...row, version: 1 })
    .onConflictDoUpdate({
      target: githubSettings.orgId,
      set: {
        settings: row.settings,
        updatedBy: row.updatedBy,
        updatedAt: new Date(),
        version: sql`${githubSettings.version} + 1`,
      },
    })
    .returning();
  if (!saved) throw new Error('github settings were not saved');
  return saved;
}
