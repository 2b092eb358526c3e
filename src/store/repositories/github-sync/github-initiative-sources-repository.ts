import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { githubInitiativeSources, initiatives } from '../../schema';
import { chunks } from '../chunks';

export type InitiativeSourceRow = typeof githubInitiativeSources.$inferSelect;

/** The sources of the given node ids, with the initiative's key and version. */
export async function selectInitiativeSourcesByNodeIds(db: Db, orgId: string, nodeIds: string[]) {
  const found: (InitiativeSourceRow & { key: string; version: number })[] = [];
  for (const part of chunks(nodeIds)) {
    found.push(
      ...(await db
        .select({
          orgId: githubInitiativeSources.orgId,
          initiativeId: githubInitiativeSources.initiativeId,
          owner: githubInitiativeSources.owner,
          repo: githubInitiativeSources.repo,
          number: githubInitiativeSources.number,
          nodeId: githubInitiativeSources.nodeId,
          url: githubInitiativeSources.url,
          body: githubInitiativeSources.body,
          githubUpdatedAt: githubInitiativeSources.githubUpdatedAt,
          digest: githubInitiativeSources.digest,
          key: initiatives.key,
          version: initiatives.version,
        })
        .from(githubInitiativeSources)
        .innerJoin(
          initiatives,
          and(
            eq(initiatives.orgId, githubInitiativeSources.orgId),
            eq(initiatives.id, githubInitiativeSources.initiativeId),
          ),
        )
        .where(and(eq(githubInitiativeSources.orgId, orgId), inArray(githubInitiativeSources.nodeId, part)))),
    );
  }
  return found;
}

/** Every source of the organisation, lower-case "owner/repo#N" → initiative id: element bodies link to them. */
export async function selectInitiativeIdsByIssue(db: Db, orgId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({
      owner: githubInitiativeSources.owner,
      repo: githubInitiativeSources.repo,
      number: githubInitiativeSources.number,
      initiativeId: githubInitiativeSources.initiativeId,
    })
    .from(githubInitiativeSources)
    .where(eq(githubInitiativeSources.orgId, orgId));
  return new Map(rows.map((r) => [`${r.owner}/${r.repo}#${r.number}`.toLowerCase(), r.initiativeId]));
}

export async function upsertInitiativeSource(db: Db, row: InitiativeSourceRow): Promise<void> {
  await db
    .insert(githubInitiativeSources)
    .values(row)
    .onConflictDoUpdate({
      target: [githubInitiativeSources.orgId, githubInitiativeSources.initiativeId],
      set: {
        owner: sql`excluded.owner`,
        repo: sql`excluded.repo`,
        number: sql`excluded.number`,
        nodeId: sql`excluded.node_id`,
        url: sql`excluded.url`,
        body: sql`excluded.body`,
        githubUpdatedAt: sql`excluded.github_updated_at`,
        digest: sql`excluded.digest`,
      },
    });
}

export async function selectInitiativeSources(db: Db, orgId: string): Promise<InitiativeSourceRow[]> {
  return db.select().from(githubInitiativeSources).where(eq(githubInitiativeSources.orgId, orgId));
}
