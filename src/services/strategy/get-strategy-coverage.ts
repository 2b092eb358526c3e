import { asc, eq } from 'drizzle-orm';
import { SOURCE_KINDS } from '../../contracts/strategy';
import type { CoverageSource, InitiativeLine, StrategyCoverage } from '../../contracts/strategy-coverage';
import { inTreeOrder, strategyCoverage } from '../../domain/strategy/strategy-coverage';
import { selectItemInitiatives } from '../../store/repositories/organisation-views-repository';
import { strategicItems, strategicSources } from '../../store/schema';
import type { ServiceContext } from '../shared/context';
import { toInitiativeLine } from '../shared/initiative-line';
import { todayInOslo } from '../shared/today';
import { toItem } from './items';
import { toSource } from './sources';

/** Sources by kind, then the newest period first (undated last), then title. */
function bySourceOrder(a: CoverageSource, b: CoverageSource): number {
  return (
    SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind) ||
    (b.periodStart ?? '').localeCompare(a.periodStart ?? '') ||
    a.title.localeCompare(b.title, 'nb')
  );
}

/**
 * Every strategic source with its items and the initiatives serving each item, and how many goals
 * no initiative serves: the same finding as the portfolio check, item by item. Read only; the
 * organisation's sources and items are tens to hundreds, so they are read whole.
 */
export async function getStrategyCoverage(ctx: ServiceContext): Promise<StrategyCoverage> {
  const db = ctx.database.db;
  const today = ctx.today ?? todayInOslo();
  // Sequential: PGlite has one connection, and on PostgreSQL these are three small reads.
  const sourceRows = await db.select().from(strategicSources).where(eq(strategicSources.orgId, ctx.orgId));
  const itemRows = await db
    .select()
    .from(strategicItems)
    .where(eq(strategicItems.orgId, ctx.orgId))
    .orderBy(asc(strategicItems.createdAt), asc(strategicItems.id));
  const links = await selectItemInitiatives(db, ctx.orgId);

  const allItems = itemRows.map(toItem);
  const sourceEnd = new Map(sourceRows.map((s) => [s.id, s.periodEnd]));
  const coverage = strategyCoverage(
    allItems.map((i) => ({
      id: i.id,
      parentId: i.parentId,
      kind: i.kind,
      periodEnd: i.periodEnd ?? sourceEnd.get(i.sourceId) ?? null,
    })),
    links.map((l) => ({ itemId: l.itemId, stopped: l.status === 'stopped' })),
    today,
  );
  const initiativesOf = new Map<string, InitiativeLine[]>();
  for (const link of links) {
    const list = initiativesOf.get(link.itemId) ?? [];
    list.push(toInitiativeLine(link));
    initiativesOf.set(link.itemId, list);
  }

  let goalsWithout = 0;
  const sources = sourceRows.map((row): CoverageSource => {
    const items = inTreeOrder(allItems.filter((i) => i.sourceId === row.id)).map((item) => {
      const found = coverage.get(item.id) ?? { covered: false, ended: false, goalWithout: false };
      if (found.goalWithout) goalsWithout += 1;
      return { ...item, initiatives: initiativesOf.get(item.id) ?? [], ...found };
    });
    return { ...toSource(row), items };
  });
  return { sources: sources.sort(bySourceOrder), goalsWithout };
}
