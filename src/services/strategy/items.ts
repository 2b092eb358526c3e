import { and, asc, eq } from 'drizzle-orm';
import type { CreateItem, Item, ItemKind, UpdateItem } from '../../contracts/strategy';
import { selectOne } from '../../store/repositories/versioned';
import { strategicItems, strategicSources } from '../../store/schema';
import { notFound } from '../shared/app-error';
import type { ServiceContext } from '../shared/context';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';
import { assertPeriodOrdered } from '../shared/period';
import { assertItemPlacement } from './item-placement';

type ItemRow = typeof strategicItems.$inferSelect;

export const toItem = (r: ItemRow): Item => ({
  ...entityMeta(r),
  sourceId: r.sourceId,
  kind: r.kind as ItemKind,
  ref: r.ref,
  title: r.title,
  description: r.description,
  parentId: r.parentId,
  periodStart: r.periodStart,
  periodEnd: r.periodEnd,
  targetValue: r.targetValue,
  currentValue: r.currentValue,
});

/**
 * Items of a strategic source: goals, assignments, numbered actions, objectives and their key results.
 * An item stays in the source it was created in. Deleting an item deletes the items under it.
 */
export const itemsUseCases = crudUseCases({
  entityType: 'strategic-item',
  label: 'strategic item',
  table: strategicItems,
  orderBy: strategicItems.title,
  createRow: (input: CreateItem) => ({
    sourceId: input.sourceId,
    kind: input.kind,
    ref: input.ref ?? null,
    title: input.title,
    description: input.description ?? null,
    parentId: input.parentId ?? null,
    periodStart: input.periodStart ?? null,
    periodEnd: input.periodEnd ?? null,
    targetValue: input.targetValue ?? null,
    currentValue: input.currentValue ?? null,
  }),
  updateRow: (input: UpdateItem) =>
    definedOnly({
      kind: input.kind,
      ref: input.ref,
      title: input.title,
      description: input.description,
      parentId: input.parentId,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      targetValue: input.targetValue,
      currentValue: input.currentValue,
    }),
  validate: async (tx, orgId, input, existing) => {
    assertPeriodOrdered(
      { start: 'periodStart', end: 'periodEnd' },
      { start: input.periodStart, end: input.periodEnd },
      existing && { start: existing.periodStart, end: existing.periodEnd },
    );
    await assertItemPlacement(tx, orgId, input, existing);
  },
  load: (_db, _orgId, rows) => Promise.resolve(rows.map(toItem)),
});

/** All items of one source, in the order they were added (a source has tens, not thousands). */
export async function listSourceItems(ctx: ServiceContext, sourceId: string): Promise<Item[]> {
  const db = ctx.database.db;
  if (!(await selectOne(db, strategicSources, ctx.orgId, sourceId)))
    throw notFound('strategic source', sourceId);
  const rows = await db
    .select()
    .from(strategicItems)
    .where(and(eq(strategicItems.orgId, ctx.orgId), eq(strategicItems.sourceId, sourceId)))
    .orderBy(asc(strategicItems.createdAt), asc(strategicItems.id));
  return rows.map(toItem);
}
