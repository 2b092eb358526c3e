import { CreateSavedViewSchema, type CreateSavedView, type SavedView } from '../../contracts/saved-views';
import {
  deleteSavedViewRow,
  insertSavedView,
  selectSavedView,
  selectSavedViews,
  type SavedViewRow,
} from '../../store/repositories/saved-views-repository';
import { forbidden } from '../shared/access';
import { AppError, notFound } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';
import { iso } from '../shared/iso';

/** Saved views belong to a user; the system (no signed-in user) has none. */
function userOf(ctx: ServiceContext): string {
  if (!ctx.access) throw new AppError('unauthorised', 'saved views belong to a signed-in user');
  return ctx.access.userId;
}

const toSavedView = (row: SavedViewRow, userId: string): SavedView => ({
  id: row.id,
  name: row.name,
  query: row.query,
  shared: row.shared,
  ownerId: row.userId,
  ownerName: row.ownerName,
  mine: row.userId === userId,
  createdAt: iso(row.createdAt),
});

/** The user's views and those shared with the organisation, by name. */
export async function listSavedViews(ctx: ServiceContext): Promise<SavedView[]> {
  const userId = userOf(ctx);
  return (await selectSavedViews(ctx.database.db, ctx.orgId, userId)).map((r) => toSavedView(r, userId));
}

/** Saves a view under a name the user has not used yet (else `duplicate`). */
export function createSavedView(ctx: ServiceContext, request: CreateSavedView): Promise<SavedView> {
  const userId = userOf(ctx);
  const input = CreateSavedViewSchema.parse(request);
  return inTransaction(ctx, async (tx) => {
    const id = crypto.randomUUID();
    await insertSavedView(tx, { id, orgId: ctx.orgId, userId, ...input });
    const row = await selectSavedView(tx, ctx.orgId, id);
    if (!row) throw new Error('a saved view vanished inside its own transaction');
    return toSavedView(row, userId);
  });
}

/** Deletes one of the user's own views; a view someone else shared is theirs to delete. */
export function deleteSavedView(ctx: ServiceContext, id: string): Promise<void> {
  const userId = userOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await selectSavedView(tx, ctx.orgId, id);
    if (!row || (row.userId !== userId && !row.shared)) throw notFound('saved view', id);
    if (row.userId !== userId) throw forbidden('only the person who saved a view may delete it');
    await deleteSavedViewRow(tx, ctx.orgId, id);
  });
}
