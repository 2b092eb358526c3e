import { and, eq, inArray } from 'drizzle-orm';
import type { BacklogRef } from '../../contracts/organisation';
import { chunks } from '../../store/repositories/chunks';
import { selectInitiativeIdsByIssue } from '../../store/repositories/github-sync/github-initiative-sources-repository';
import { initiatives, products, teams } from '../../store/schema';
import type { ServiceContext } from '../shared/context';

/** What the sync needs to know of the organisation to place GitHub's issues: teams, products, initiatives. */
export interface SyncDirectory {
  teams: { id: string; backlogs: BacklogRef[] }[];
  /** product slug → id (`product/<slug>` labels). */
  productIds: Map<string, string>;
  /** lower-case "owner/repo#N" of a portfolio issue → its initiative's id. */
  initiativesByIssue: Map<string, string>;
}

export async function loadSyncDirectory(ctx: ServiceContext): Promise<SyncDirectory> {
  const db = ctx.database.db;
  const teamRows = await db
    .select({ id: teams.id, backlogs: teams.backlogs })
    .from(teams)
    .where(eq(teams.orgId, ctx.orgId));
  const productRows = await db
    .select({ id: products.id, slug: products.slug })
    .from(products)
    .where(eq(products.orgId, ctx.orgId));
  return {
    teams: teamRows,
    productIds: new Map(productRows.map((p) => [p.slug.toLowerCase(), p.id])),
    initiativesByIssue: await selectInitiativeIdsByIssue(db, ctx.orgId),
  };
}

/** Initiative ids by case number ("Sak 14-2026"), for roadmap elements that name their initiative. */
export async function findInitiativeIdsByKeys(
  ctx: ServiceContext,
  keys: string[],
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const part of chunks([...new Set(keys)])) {
    const rows = await ctx.database.db
      .select({ id: initiatives.id, key: initiatives.key })
      .from(initiatives)
      .where(and(eq(initiatives.orgId, ctx.orgId), inArray(initiatives.key, part)));
    for (const r of rows) found.set(r.key, r.id);
  }
  return found;
}
