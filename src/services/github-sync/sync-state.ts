import {
  deleteGithubCursors,
  selectGithubCursors,
  upsertGithubCursor,
  type GithubCursorRow,
} from '../../store/repositories/github-sync/github-cursors-repository';
import {
  selectBoardItems,
  upsertBoardItems,
  type BoardItemRow,
} from '../../store/repositories/github-sync/github-board-items-repository';
import type { ServiceContext } from '../shared/context';

/** The reconciler's cursors and the boards' last-seen values: bookkeeping of the sync, not history. */
export const getSyncCursors = (ctx: ServiceContext): Promise<Map<string, GithubCursorRow>> =>
  selectGithubCursors(ctx.database.db, ctx.orgId);

export const saveSyncCursor = (
  ctx: ServiceContext,
  cursor: { resource: string; etag: string | null; since: Date | null; url: string | null; data?: unknown },
): Promise<void> => upsertGithubCursor(ctx.database.db, { orgId: ctx.orgId, ...cursor });

export const forgetSyncCursors = (ctx: ServiceContext): Promise<void> =>
  deleteGithubCursors(ctx.database.db, ctx.orgId);

export const getBoardItems = (
  ctx: ServiceContext,
  project: { owner: string; number: number },
): Promise<BoardItemRow[]> => selectBoardItems(ctx.database.db, ctx.orgId, project);

export const saveBoardItems = (
  ctx: ServiceContext,
  project: { owner: string; number: number },
  items: { itemId: number; contentNodeId: string | null; fieldValues: Record<string, unknown> }[],
): Promise<void> => upsertBoardItems(ctx.database.db, ctx.orgId, project, items);

export type { BoardItemRow, GithubCursorRow };
