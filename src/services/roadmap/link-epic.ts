import type { RoadmapElement } from '../../contracts/roadmap';
import type { Db } from '../../store/database';
import { selectOne } from '../../store/repositories/versioned';
import { deleteEpicElement, insertEpicElement } from '../../store/repositories/thread-links-repository';
import { backlogItems, roadmapElements } from '../../store/schema';
import { isOwnProduct } from '../../domain/access/ownership';
import { authorise } from '../shared/access';
import { recordAuditEvent } from '../audit/record-audit-event';
import { recomputeAbove } from '../rollup/recompute-thread';
import { AppError, notFound } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';
import { roadmapElementsUseCases } from './roadmap-elements';

/** Linking epics is editing the element: product owners do it on their own products' elements. */
async function authoriseElementEdit(tx: Db, ctx: ServiceContext, elementId: string): Promise<void> {
  const element = await selectOne(tx, roadmapElements, ctx.orgId, elementId);
  if (!element) throw notFound('roadmap element', elementId);
  await authorise(tx, ctx, 'roadmap.edit', (p) => isOwnProduct(p, element.productId));
}

async function assertLinkable(tx: Db, orgId: string, elementId: string, epicId: string): Promise<void> {
  const epic = await selectOne(tx, backlogItems, orgId, epicId);
  if (!epic) throw new AppError('reference-not-found', `epic ${epicId} was not found`);
  if (epic.kind !== 'epic') {
    throw new AppError('invalid-link', `${epicId} is an issue; roadmap elements point to epics`, {
      issues: [{ path: 'epicId', message: 'is not an epic' }],
    });
  }
}

/** Points a roadmap element to one more epic; an epic linked twice is refused (`duplicate`). */
export async function linkEpic(
  ctx: ServiceContext,
  elementId: string,
  epicId: string,
): Promise<RoadmapElement> {
  await inTransaction(ctx, async (tx) => {
    await authoriseElementEdit(tx, ctx, elementId);
    await assertLinkable(tx, ctx.orgId, elementId, epicId);
    if (!(await insertEpicElement(tx, ctx.orgId, epicId, elementId))) {
      throw new AppError('duplicate', `epic ${epicId} is already linked to roadmap element ${elementId}`);
    }
    await recomputeAbove(tx, ctx, { epics: [epicId] });
    await recordAuditEvent(tx, ctx, {
      entityType: 'roadmap-element',
      entityId: elementId,
      action: 'updated',
      before: null,
      after: { linkedEpic: epicId },
    });
  });
  return roadmapElementsUseCases.get(ctx, elementId);
}

/** Removes one epic link; the element's progress and delivery are recomputed without it. */
export function unlinkEpic(ctx: ServiceContext, elementId: string, epicId: string): Promise<void> {
  return inTransaction(ctx, async (tx) => {
    await authoriseElementEdit(tx, ctx, elementId);
    if (!(await deleteEpicElement(tx, ctx.orgId, epicId, elementId))) {
      throw new AppError('not-found', `epic ${epicId} is not linked to roadmap element ${elementId}`);
    }
    await recomputeAbove(tx, ctx, { elements: [elementId] });
    await recordAuditEvent(tx, ctx, {
      entityType: 'roadmap-element',
      entityId: elementId,
      action: 'updated',
      before: { linkedEpic: epicId },
      after: null,
    });
  });
}
