import type { RecomputeResult } from '../../contracts/thread';
import type { Db } from '../../store/database';
import { selectAboveElements, setElementStatuses } from '../../store/repositories/rollup/element-inputs';
import { selectElementsOfEpics } from '../../store/repositories/rollup/epic-inputs';
import {
  selectDependentInitiatives,
  selectElementDelivery,
} from '../../store/repositories/rollup/thread-links';
import { recordAuditEvent, type AuditChange } from '../audit/record-audit-event';
import { inTransaction, type ServiceContext } from '../shared/context';
import { rollUpElements } from './roll-up-elements';
import { rollUpEpics } from './roll-up-epics';
import { rollUpInitiatives } from './roll-up-initiatives';
import type { StatusChange } from './plan-status-change';
import { todayInOslo } from '../shared/today';

/** The nodes a write touched; everything above them is recomputed. */
export interface ThreadSeeds {
  epics?: readonly string[];
  elements?: readonly string[];
  initiatives?: readonly string[];
}

const unique = (...lists: ReadonlyArray<readonly string[] | undefined>): string[] => [
  ...new Set(lists.flatMap((l) => l ?? [])),
];

/**
 * Brings everything above the touched nodes up to date, inside the write's own transaction, so the
 * write returns with progress, delivery and health already rolled up to the initiatives.
 */
export async function recomputeAbove(
  tx: Db,
  ctx: ServiceContext,
  seeds: ThreadSeeds,
): Promise<Omit<RecomputeResult, 'durationMs'>> {
  const today = ctx.today ?? todayInOslo();
  const epics = await rollUpEpics(tx, ctx.orgId, unique(seeds.epics));
  const elements = unique(seeds.elements, await selectElementsOfEpics(tx, ctx.orgId, epics));
  const above = await selectAboveElements(tx, ctx.orgId, elements);
  const touched = unique(elements, above.dependents);
  // The organisation's delivery setting matters only when there are elements to roll up.
  const elementDelivery = touched.length > 0 ? await selectElementDelivery(tx, ctx.orgId) : 'set';
  const step = await rollUpElements(tx, ctx.orgId, touched, { today, elementDelivery });
  await applyStatusChanges(tx, ctx, step.statusChanges);
  const initiatives = unique(seeds.initiatives, above.initiatives);
  const dependents = await selectDependentInitiatives(tx, ctx.orgId, initiatives);
  const computed = await rollUpInitiatives(tx, ctx.orgId, unique(initiatives, dependents), today);
  return { epics: epics.length, roadmapElements: step.computed.length, initiatives: computed.length };
}

/** Recomputes every epic, roadmap element and initiative of the organisation from the issues up. */
export function recomputeEverything(ctx: ServiceContext): Promise<RecomputeResult> {
  const started = performance.now();
  return inTransaction(ctx, async (tx) => {
    const today = ctx.today ?? todayInOslo();
    const epics = await rollUpEpics(tx, ctx.orgId, 'all');
    const elementDelivery = await selectElementDelivery(tx, ctx.orgId);
    const step = await rollUpElements(tx, ctx.orgId, 'all', { today, elementDelivery });
    await applyStatusChanges(tx, ctx, step.statusChanges);
    const initiatives = await rollUpInitiatives(tx, ctx.orgId, 'all', today);
    return {
      epics: epics.length,
      roadmapElements: step.computed.length,
      initiatives: initiatives.length,
      durationMs: Math.round(performance.now() - started),
    };
  });
}

/** The delivery rule's status changes are real edits: stored, versioned and in the element's history. */
async function applyStatusChanges(tx: Db, ctx: ServiceContext, changes: StatusChange[]): Promise<void> {
  const [first, ...rest] = changes;
  if (!first) return;
  await setElementStatuses(tx, ctx.orgId, changes);
  const event = (c: StatusChange): AuditChange => ({
    entityType: 'roadmap-element',
    entityId: c.id,
    action: 'updated',
    before: { status: c.from },
    after: { status: c.status, setBy: 'roll-up' },
  });
  await recordAuditEvent(tx, ctx, event(first), ...rest.map(event));
}
