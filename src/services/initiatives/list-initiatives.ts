import type { Page } from '../../contracts/common';
import type { InitiativeSummary, ListInitiativesQuery } from '../../contracts/initiatives';
import { selectInitiativePage } from '../../store/repositories/initiative-list-query';
import { selectTeamProductGroups } from '../../store/repositories/initiatives-repository';
import type { ServiceContext } from '../shared/context';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { loadWorkflow } from '../workflow/get-workflow';
import { loadInitiatives } from './to-initiative';

const SORT_WIDTH = {
  key: 2,
  title: 1,
  updatedAt: 1,
  createdAt: 1,
  priority: 3,
  phase: 3,
  health: 3,
} as const;

/** A page of initiatives, filtered and sorted; the cursor continues exactly where the page ended. */
export async function listInitiatives(
  ctx: ServiceContext,
  query: ListInitiativesQuery,
): Promise<Page<InitiativeSummary>> {
  const db = ctx.database.db;
  const after = query.cursor ? decodeCursor(query.cursor, SORT_WIDTH[query.sort] + 1).map(String) : null;
  const { workflow } = await loadWorkflow(db, ctx.orgId);
  const rows = await selectInitiativePage(db, {
    orgId: ctx.orgId,
    phase: query.phase,
    status: query.status,
    priority: query.priority,
    productGroupId: query.productGroup,
    teamId: query.team,
    text: query.q,
    sort: query.sort,
    order: query.order,
    phaseOrder: workflow.phases.map((p) => p.id),
    after,
    limit: query.limit + 1,
  });
  const page = rows.slice(0, query.limit);
  const ids = page.map((r) => r.id);
  const [initiatives, teamGroups] = await Promise.all([
    loadInitiatives(db, ctx.orgId, ids),
    selectTeamProductGroups(db, ctx.orgId, ids),
  ]);
  const items = initiatives.map((i): InitiativeSummary => ({
    id: i.id,
    key: i.key,
    title: i.title,
    phase: i.phase,
    status: i.status,
    priority: i.priority,
    health: i.health,
    ownerId: i.ownerId,
    allocation: i.allocation,
    phaseChangedAt: i.phaseChangedAt,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    version: i.version,
    productGroupIds:
      i.allocation?.kind === 'product-group' ? [i.allocation.productGroupId] : (teamGroups.get(i.id) ?? []),
  }));
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor([...last.sortValues, last.id]) : null;
  return { items, nextCursor };
}
