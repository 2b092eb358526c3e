import { and, eq } from 'drizzle-orm';
import type { CreateItem, ItemKind, UpdateItem } from '../../contracts/strategy';
import type { Db } from '../../store/database';
import { strategicItems, strategicSources } from '../../store/schema';
import { AppError } from '../shared/app-error';

type ItemRow = typeof strategicItems.$inferSelect;

/** Where an item sits once the write is done: its source, its kind and its parent. */
interface Placement {
  id: string | null;
  sourceId: string;
  kind: ItemKind;
  parentId: string | null;
}

const invalid = (path: string, message: string) =>
  new AppError('validation-failed', message, { issues: [{ path, message }] });

function placementOf(input: CreateItem | UpdateItem, existing: ItemRow | undefined): Placement {
  if ('sourceId' in input) {
    return { id: null, sourceId: input.sourceId, kind: input.kind, parentId: input.parentId ?? null };
  }
  if (!existing) throw new Error('an item update needs the stored item');
  return {
    id: existing.id,
    sourceId: existing.sourceId,
    kind: input.kind ?? (existing.kind as ItemKind),
    parentId: input.parentId !== undefined ? input.parentId : existing.parentId,
  };
}

async function assertSourceExists(tx: Db, orgId: string, sourceId: string): Promise<void> {
  const [source] = await tx
    .select({ id: strategicSources.id })
    .from(strategicSources)
    .where(and(eq(strategicSources.orgId, orgId), eq(strategicSources.id, sourceId)));
  if (!source) {
    throw new AppError('reference-not-found', `strategic source ${sourceId} was not found`, {
      issues: [{ path: 'sourceId', message: 'no such strategic source in this organisation' }],
    });
  }
}

/**
 * Reads the parent and holds it (FOR SHARE) until the write commits, so a concurrent change of the
 * parent's kind cannot slip a key result under something that is no longer an objective.
 */
async function lockParent(tx: Db, orgId: string, parentId: string): Promise<ItemRow> {
  const [parent] = await tx
    .select()
    .from(strategicItems)
    .where(and(eq(strategicItems.orgId, orgId), eq(strategicItems.id, parentId)))
    .for('share');
  if (!parent) {
    throw new AppError('reference-not-found', `strategic item ${parentId} was not found`, {
      issues: [{ path: 'parentId', message: 'no such strategic item in this organisation' }],
    });
  }
  return parent;
}

function assertParentFits(item: Placement, parent: ItemRow): void {
  if (parent.sourceId !== item.sourceId)
    throw invalid('parentId', 'the parent must belong to the same source');
  if (parent.kind === 'key-result') throw invalid('parentId', 'a key result cannot have items under it');
  if (item.kind === 'key-result' && parent.kind !== 'objective') {
    throw invalid('parentId', `a key result belongs under an objective, not under a ${parent.kind}`);
  }
}

/** An item already in the tree: its new parent must not be itself or below it, and its children must still fit. */
async function assertTreeStaysValid(tx: Db, orgId: string, item: Placement & { id: string }): Promise<void> {
  const siblings = await tx
    .select({ id: strategicItems.id, parentId: strategicItems.parentId, kind: strategicItems.kind })
    .from(strategicItems)
    .where(and(eq(strategicItems.orgId, orgId), eq(strategicItems.sourceId, item.sourceId)));
  const parentOf = new Map(siblings.map((s) => [s.id, s.parentId]));
  for (
    let at = item.parentId, steps = 0;
    at && steps <= siblings.length;
    at = parentOf.get(at) ?? null, steps += 1
  ) {
    if (at === item.id)
      throw invalid('parentId', 'an item cannot be placed under itself or under one of its own items');
  }
  const children = siblings.filter((s) => s.parentId === item.id);
  if (item.kind === 'key-result' && children.length > 0) {
    throw invalid('kind', 'an item with items under it cannot become a key result');
  }
  if (item.kind !== 'objective' && children.some((c) => c.kind === 'key-result')) {
    throw invalid('kind', 'the item has key results, so it must stay an objective');
  }
}

/**
 * The rules of a source's tree, checked in the write's transaction: the source exists, a parent is
 * in the same source, a key result sits under an objective, key results are leaves, and there are no cycles.
 */
export async function assertItemPlacement(
  tx: Db,
  orgId: string,
  input: CreateItem | UpdateItem,
  existing?: ItemRow,
): Promise<void> {
  const item = placementOf(input, existing);
  if (!existing) await assertSourceExists(tx, orgId, item.sourceId);
  else if (input.kind === undefined && input.parentId === undefined) return;

  if (item.parentId) assertParentFits(item, await lockParent(tx, orgId, item.parentId));
  else if (item.kind === 'key-result')
    throw invalid('parentId', 'a key result needs its objective as parent');

  if (item.id) await assertTreeStaysValid(tx, orgId, { ...item, id: item.id });
}
