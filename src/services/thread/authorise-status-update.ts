import { and, eq } from 'drizzle-orm';
import { isOwnInitiative, isOwnProduct } from '../../domain/access/ownership';
import type { Db } from '../../store/database';
import type { StatusSubject } from '../../store/repositories/status-updates-repository';
import { roadmapElements } from '../../store/schema';
import { loadInitiative } from '../initiatives/resolve-initiative';
import { authorise } from '../shared/access';
import { notFound } from '../shared/app-error';
import type { ServiceContext } from '../shared/context';

/**
 * Status updates on an initiative are written by the portfolio office or by the initiative's own people
 * (owner, submitter, responsible); on a roadmap element by the office or the owner of its product.
 */
export async function authoriseStatusUpdate(
  tx: Db,
  ctx: ServiceContext,
  subject: StatusSubject,
): Promise<void> {
  if ('initiativeId' in subject) {
    const initiative = await loadInitiative(tx, ctx.orgId, subject.initiativeId);
    return authorise(tx, ctx, 'status-update.write', (p) => isOwnInitiative(p, initiative));
  }
  const rows = await tx
    .select({ productId: roadmapElements.productId })
    .from(roadmapElements)
    .where(and(eq(roadmapElements.orgId, ctx.orgId), eq(roadmapElements.id, subject.elementId)));
  const element = rows[0];
  if (!element) throw notFound('roadmap element', subject.elementId);
  return authorise(tx, ctx, 'status-update.write', (p) => isOwnProduct(p, element.productId));
}
