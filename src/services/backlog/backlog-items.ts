import type {
  BacklogItem,
  BacklogKind,
  CreateBacklogItem,
  ListBacklogItemsQuery,
  UpdateBacklogItem,
} from '../../contracts/backlog';
import { and, eq, sql } from 'drizzle-orm';
import type { ItemState, StateReason } from '../../contracts/rollup';
import type { Db } from '../../store/database';
import { selectRollups } from '../../store/repositories/rollup/select-rollups';
import { deleteRollups } from '../../store/repositories/rollup/write-rollups';
import {
  linksOf,
  replaceEpicElements,
  selectEpicElements,
} from '../../store/repositories/thread-links-repository';
import { selectOne } from '../../store/repositories/versioned';
import { backlogItems } from '../../store/schema';
import { recomputeAbove, type ThreadSeeds } from '../rollup/recompute-thread';
import { toRollup } from '../rollup/to-rollup';
import { isOwnTeam } from '../../domain/access/ownership';
import { ownedThrough } from '../shared/authorise-owned';
import { crudUseCases, definedOnly } from '../shared/crud';
import { entityMeta } from '../shared/entity-meta';
import { optionalDate } from '../shared/iso';
import { githubColumnsOf, githubRefOf } from '../shared/github-columns';
import { validateBacklogItem, type BacklogInput } from './backlog-rules';

type BacklogRow = typeof backlogItems.$inferSelect;
type BacklogFilters = Pick<ListBacklogItemsQuery, 'kind' | 'parent' | 'roadmapElement'>;

/** Closing without a time given records now; reopening clears it. */
function closedAtOf(input: BacklogInput): Date | null | undefined {
  if (input.closedAt !== undefined) return optionalDate(input.closedAt);
  if (input.state === 'closed') return new Date();
  if (input.state === 'open') return null;
  return undefined;
}

/** The stored columns an input sets; fields left out are left out. */
export function backlogColumnsOf(input: BacklogInput) {
  return definedOnly({
    title: input.title,
    body: input.body,
    teamId: input.teamId,
    parentId: input.parentId,
    state: input.state,
    stateReason: input.stateReason,
    issueType: input.issueType,
    labels: input.labels,
    assignees: input.assignees,
    startOn: input.startOn,
    dueOn: input.dueOn,
    estimate: input.estimate,
    closedAt: closedAtOf(input),
    activityAt: optionalDate(input.activityAt),
    ...githubColumnsOf(input.github),
  });
}

async function loadItems(db: Db, orgId: string, rows: BacklogRow[]): Promise<BacklogItem[]> {
  if (rows.length === 0) return [];
  const epicIds = rows.filter((r) => r.kind === 'epic').map((r) => r.id);
  const elements = await selectEpicElements(db, orgId, epicIds);
  const rollups = await selectRollups(db, orgId, epicIds);
  return rows.map((r) => ({
    ...entityMeta(r),
    kind: r.kind as BacklogKind,
    title: r.title,
    body: r.body,
    teamId: r.teamId,
    parentId: r.parentId,
    state: r.state as ItemState,
    stateReason: r.stateReason as StateReason | null,
    issueType: r.issueType,
    labels: r.labels,
    assignees: r.assignees,
    startOn: r.startOn,
    dueOn: r.dueOn,
    estimate: r.estimate,
    closedAt: r.closedAt ? r.closedAt.toISOString() : null,
    activityAt: r.activityAt ? r.activityAt.toISOString() : null,
    github: githubRefOf(r),
    roadmapElementIds: elements.get(r.id) ?? [],
    rollup: r.kind === 'epic' ? toRollup(rollups.get(r.id)) : null,
  }));
}

/** What a change to an item touches: its epic (itself, or its old and new parent) and any elements it left. */
function seedsOf(item: BacklogRow, before: BacklogItem | null): ThreadSeeds {
  const epics = item.kind === 'epic' ? [item.id] : [item.parentId, before?.parentId];
  return {
    epics: epics.filter((id): id is string => typeof id === 'string'),
    elements: before?.roadmapElementIds ?? [],
  };
}

/** Epics and issues, native or mirrored from GitHub; every write rolls up to the initiatives before it returns. */
export const backlogItemsUseCases = crudUseCases<
  typeof backlogItems,
  BacklogItem,
  CreateBacklogItem,
  UpdateBacklogItem,
  BacklogFilters
>({
  entityType: 'backlog-item',
  label: 'backlog item',
  table: backlogItems,
  orderBy: backlogItems.title,
  createRow: (input: CreateBacklogItem) => ({
    ...backlogColumnsOf(input),
    kind: input.kind,
    title: input.title,
  }),
  updateRow: (input: UpdateBacklogItem) => backlogColumnsOf(input),
  // Team leads keep their own teams' epics and issues.
  authorise: ownedThrough('backlog.edit', 'teamId', isOwnTeam),
  validate: validateBacklogItem,
  async writeLinks(tx, orgId, id, input) {
    if (input.roadmapElementIds)
      await replaceEpicElements(tx, orgId, [id], linksOf(id, input.roadmapElementIds));
  },
  load: loadItems,
  listFilter: (orgId, f) =>
    and(
      f.kind ? eq(backlogItems.kind, f.kind) : undefined,
      f.parent ? eq(backlogItems.parentId, f.parent) : undefined,
      f.roadmapElement
        ? sql`${backlogItems.id} IN (SELECT epic_id FROM epic_roadmap_elements
              WHERE org_id = ${orgId} AND element_id = ${f.roadmapElement})`
        : undefined,
    ),
  auditSnapshot: ({ rollup: _rollup, ...edited }) => edited,
  async afterSave(tx, ctx, id, before) {
    const item = await selectOne(tx, backlogItems, ctx.orgId, id);
    if (item) await recomputeAbove(tx, ctx, seedsOf(item, before));
  },
  prepareRemove(tx, ctx, before) {
    return Promise.resolve(async () => {
      await deleteRollups(tx, ctx.orgId, [before.id]);
      await recomputeAbove(tx, ctx, {
        epics: before.parentId ? [before.parentId] : [],
        elements: before.roadmapElementIds,
      });
    });
  },
});
