import type {
  CreateRoadmapElement,
  ElementStatus,
  RoadmapElement,
  UpdateRoadmapElement,
} from '../../contracts/roadmap';
import type { ItemState, StateReason } from '../../contracts/rollup';
import type { Db } from '../../store/database';
import { selectRollups } from '../../store/repositories/rollup/select-rollups';
import { deleteRollups } from '../../store/repositories/rollup/write-rollups';
import {
  findDependencyCycle,
  linksOf,
  replaceElementDependencies,
  replaceElementInitiatives,
  selectElementDependents,
  selectElementLinks,
} from '../../store/repositories/thread-links-repository';
import { roadmapElements } from '../../store/schema';
import { proposedStatusOf } from '../rollup/plan-status-change';
import { recomputeAbove } from '../rollup/recompute-thread';
import { effectiveProgress, toRollup } from '../rollup/to-rollup';
import { AppError } from '../shared/app-error';
import { isOwnProduct } from '../../domain/access/ownership';
import { ownedThrough } from '../shared/authorise-owned';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';
import { optionalDate } from '../shared/iso';
import { assertDistinct } from '../shared/assert-distinct';
import { githubColumnsOf, githubRefOf } from '../shared/github-columns';

type ElementRow = typeof roadmapElements.$inferSelect;
type ElementInput = CreateRoadmapElement | UpdateRoadmapElement;

/** The stored columns an input sets; fields left out are left out. */
export function elementColumnsOf(input: ElementInput) {
  return definedOnly({
    title: input.title,
    productId: input.productId,
    labels: input.labels,
    status: input.status,
    // A status a person sets is theirs: the roll-up will not undo it.
    statusSetByRollup: input.status === undefined ? undefined : false,
    state: input.state,
    stateReason: input.stateReason,
    startOn: input.startOn,
    endOn: input.endOn,
    estimatePersonWeeks: input.estimatePersonWeeks,
    milestone: input.milestone,
    overview: input.overview,
    expectedResult: input.expectedResult,
    howItWorks: input.howItWorks,
    activityAt: optionalDate(input.activityAt),
    ...githubColumnsOf(input.github),
  });
}

/** Links named twice, a dependency on itself or one that closes a cycle are refused before anything is written. */
async function validateElement(
  tx: Db,
  orgId: string,
  input: ElementInput,
  existing?: ElementRow,
): Promise<void> {
  assertDistinct('initiativeIds', input.initiativeIds);
  assertDistinct('dependsOnIds', input.dependsOnIds);
  const startOn = input.startOn !== undefined ? input.startOn : (existing?.startOn ?? null);
  const endOn = input.endOn !== undefined ? input.endOn : (existing?.endOn ?? null);
  if (startOn && endOn && endOn < startOn) {
    throw new AppError('validation-failed', `endOn ${endOn} is before startOn ${startOn}`, {
      issues: [{ path: 'endOn', message: 'must not be before startOn' }],
    });
  }
  if (!existing || !input.dependsOnIds) return;
  if (input.dependsOnIds.includes(existing.id)) {
    throw new AppError('link-cycle', 'a roadmap element cannot depend on itself', {
      issues: [{ path: 'dependsOnIds', message: 'lists the element itself' }],
    });
  }
  const via = await findDependencyCycle(tx, orgId, existing.id, input.dependsOnIds);
  if (via) {
    throw new AppError(
      'link-cycle',
      `depending on ${via} would make a cycle: it already depends on this element`,
      {
        issues: [{ path: 'dependsOnIds', message: `${via} already depends on this element` }],
      },
    );
  }
}

async function writeElementLinks(tx: Db, orgId: string, id: string, input: ElementInput): Promise<void> {
  if (input.initiativeIds) await replaceElementInitiatives(tx, orgId, [id], linksOf(id, input.initiativeIds));
  if (input.dependsOnIds) await replaceElementDependencies(tx, orgId, [id], linksOf(id, input.dependsOnIds));
}

async function loadElements(db: Db, orgId: string, rows: ElementRow[]): Promise<RoadmapElement[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const links = await selectElementLinks(db, orgId, ids);
  const rollups = await selectRollups(db, orgId, ids);
  return rows.map((r) => {
    const rollup = toRollup(rollups.get(r.id));
    const status = r.status as ElementStatus;
    return {
      ...entityMeta(r),
      title: r.title,
      productId: r.productId,
      labels: r.labels,
      status,
      proposedStatus: proposedStatusOf(status, rollup.delivered, rollup.totalUnits),
      state: r.state as ItemState,
      stateReason: r.stateReason as StateReason | null,
      startOn: r.startOn,
      endOn: r.endOn,
      estimatePersonWeeks: r.estimatePersonWeeks,
      milestone: r.milestone,
      overview: r.overview,
      expectedResult: r.expectedResult,
      howItWorks: r.howItWorks,
      github: githubRefOf(r),
      activityAt: r.activityAt ? r.activityAt.toISOString() : null,
      initiativeIds: links.initiativeIds.get(r.id) ?? [],
      dependsOnIds: links.dependsOnIds.get(r.id) ?? [],
      epicIds: links.epicIds.get(r.id) ?? [],
      progress: effectiveProgress(r.progressOverride, rollup.progress),
      progressOverride: r.progressOverride,
      health: (r.healthOverride ?? rollup.computedHealth) as RoadmapElement['health'],
      healthOverride: r.healthOverride as RoadmapElement['healthOverride'],
      rollup,
    };
  });
}

/** Roadmap elements: the roadmap board's fields, the initiatives they serve and their dependencies. */
export const roadmapElementsUseCases = crudUseCases({
  entityType: 'roadmap-element',
  label: 'roadmap element',
  table: roadmapElements,
  orderBy: roadmapElements.title,
  createRow: (input: CreateRoadmapElement) => ({
    ...elementColumnsOf(input),
    title: input.title,
  }),
  updateRow: (input: UpdateRoadmapElement) => elementColumnsOf(input),
  // Product owners keep the roadmap elements of their own products.
  authorise: ownedThrough('roadmap.edit', 'productId', isOwnProduct),
  validate: validateElement,
  writeLinks: writeElementLinks,
  load: loadElements,
  auditSnapshot: ({ rollup: _r, progress: _p, health: _h, proposedStatus: _s, epicIds: _e, ...edited }) =>
    edited,
  // Initiatives it no longer serves lose it from their progress too.
  async afterSave(tx, ctx, id, before) {
    await recomputeAbove(tx, ctx, { elements: [id], initiatives: before?.initiativeIds ?? [] });
  },
  async prepareRemove(tx, ctx, before) {
    const dependents = await selectElementDependents(tx, ctx.orgId, before.id);
    return async () => {
      await deleteRollups(tx, ctx.orgId, [before.id]);
      await recomputeAbove(tx, ctx, { elements: dependents, initiatives: before.initiativeIds });
    };
  },
});
