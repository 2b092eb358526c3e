import { and, eq, inArray, sql } from 'drizzle-orm';
import { chunks } from '../../store/repositories/chunks';
import { roadmapElements, rollups } from '../../store/schema';
import type { ServiceContext } from '../shared/context';

export interface ElementProgress {
  id: string;
  /** 0–1: a person's override with a status update, else the computed progress; null when nothing is measured. */
  progress: number | null;
  delivered: boolean;
}

/** What write-back reports to the board for each element: its progress and whether it is delivered. */
export async function listElementProgress(ctx: ServiceContext, ids: string[]): Promise<ElementProgress[]> {
  const found: ElementProgress[] = [];
  for (const part of chunks([...new Set(ids)])) {
    const rows = await ctx.database.db
      .select({
        id: roadmapElements.id,
        progress: sql<number | null>`coalesce(${roadmapElements.progressOverride}, ${rollups.progress})`,
        delivered: sql<boolean>`coalesce(${rollups.delivered}, false)`,
      })
      .from(roadmapElements)
      .leftJoin(
        rollups,
        and(eq(rollups.orgId, roadmapElements.orgId), eq(rollups.nodeId, roadmapElements.id)),
      )
      .where(and(eq(roadmapElements.orgId, ctx.orgId), inArray(roadmapElements.id, part)));
    found.push(...rows);
  }
  return found;
}
