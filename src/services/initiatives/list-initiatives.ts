import type { Page } from '../../contracts/common';
import type { InitiativeSummary, ListInitiativesQuery } from '../../contracts/initiatives';
import { selectInitiativePage } from '../../store/repositories/initiative-list-query';
import {
  selectAllocatedTeams,
  selectStrategicItemIds,
  selectTeamProductGroups,
} from '../../store/repositories/initiatives-repository';
import { entityMeta } from '../shared/entity-meta';
import { iso } from '../shared/iso';
import type { ServiceContext } from '../shared/context';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { loadWorkflow } from '../workflow/get-workflow';
import { allocationOf } from './to-initiative';

const SORT_WIDTH = {
  key: 2,
  title: 1,
  updatedAt: 1,
  createdAt: 1,
  priority: 3,
  phase: 3,
  health: 3,
  progress: 3,
} as const;

/** A page of initiatives, filtered and sorted; the cursor continues exactly where the page ended. */
export async function listInitiatives(
  ctx: ServiceContext,
  query: ListInitiativesQuery,
): Promise<Page<InitiativeSummary>> {
  const db = ctx.database.db;
  const after = query.cursor ? decodeCursor(query.cursor, SORT_WIDTH[query.sort] + 1).map(String) : null;
  // The workflow's phase order matters only when sorting by phase.
  const phaseOrder =
    query.sort === 'phase' ? (await loadWorkflow(db, ctx.orgId)).workflow.phases.map((p) => p.id) : [];
  const rows = await selectInitiativePage(db, {
    orgId: ctx.orgId,
    phase: query.phase,
    status: query.status,
    priority: query.priority,
    productGroupId: query.productGroup,
    teamId: query.team,
    health: query.health,
    strategicItemId: query.strategicItem,
    text: query.q,
    textWithoutRisk: ctx.access?.hiddenFields.includes('risk') ?? false,
    sort: query.sort,
    order: query.order,
    phaseOrder,
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const teamIds = page.filter((r) => r.allocationKind === 'teams').map((r) => r.id);
  const [teams, teamGroups, strategicItems] = await Promise.all([
    selectAllocatedTeams(db, ctx.orgId, teamIds),
    selectTeamProductGroups(db, ctx.orgId, teamIds),
    selectStrategicItemIds(
      db,
      ctx.orgId,
      page.map((r) => r.id),
    ),
  ]);
  const items = page.map((r): InitiativeSummary => {
    const allocation = allocationOf(r, teams.get(r.id) ?? []);
    return {
      ...entityMeta(r),
      key: r.key,
      title: r.title,
      phase: r.phase,
      status: r.status as InitiativeSummary['status'],
      priority: r.priority as InitiativeSummary['priority'],
      health: r.health as InitiativeSummary['health'],
      progress: r.progress,
      readyForDone: r.readyForDone,
      ownerId: r.ownerId,
      allocation,
      phaseChangedAt: iso(r.phaseChangedAt),
      productGroupIds:
        allocation?.kind === 'product-group' ? [allocation.productGroupId] : (teamGroups.get(r.id) ?? []),
      strategicItemIds: strategicItems.get(r.id) ?? [],
    };
  });
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor([...last.sortValues, last.id]) : null;
  return { items, nextCursor };
}
