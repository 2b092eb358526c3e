import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../database';
import { githubBoardItems } from '../../schema';
import { chunks } from '../chunks';

export type BoardItemRow = typeof githubBoardItems.$inferSelect;

export function selectBoardItems(
  db: Db,
  orgId: string,
  project: { owner: string; number: number },
): Promise<BoardItemRow[]> {
  return db
    .select()
    .from(githubBoardItems)
    .where(
      and(
        eq(githubBoardItems.orgId, orgId),
        eq(githubBoardItems.projectOwner, project.owner.toLowerCase()),
        eq(githubBoardItems.projectNumber, project.number),
      ),
    );
}

export async function upsertBoardItems(
  db: Db,
  orgId: string,
  project: { owner: string; number: number },
  items: { itemId: number; contentNodeId: string | null; fieldValues: Record<string, unknown> }[],
): Promise<void> {
  for (const part of chunks(items)) {
    await db
      .insert(githubBoardItems)
      .values(
        part.map((i) => ({
          orgId,
          projectOwner: project.owner.toLowerCase(),
          projectNumber: project.number,
          ...i,
        })),
      )
      .onConflictDoUpdate({
        target: [
          githubBoardItems.orgId,
          githubBoardItems.projectOwner,
          githubBoardItems.projectNumber,
          githubBoardItems.itemId,
        ],
        set: {
          contentNodeId: sql`excluded.content_node_id`,
          fieldValues: sql`excluded.field_values`,
          updatedAt: sql`now()`,
        },
      });
  }
}
