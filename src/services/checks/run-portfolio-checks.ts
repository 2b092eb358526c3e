import { CHECK_IDS, type CheckReport, type CheckResult } from '../../contracts/checks';
import { CHECK_CATALOGUE } from '../../domain/checks/check-catalogue';
import type { ServiceContext } from '../shared/context';
import { todayInOslo } from '../shared/today';
import { CHECK_QUERIES } from './check-queries';

/**
 * Every portfolio check over the organisation, in the order of CHECK_IDS, each with its severity,
 * wording, how to fix it and the offending items (in each query's stable order). Checks that find
 * nothing are listed too, so a clean result is visible.
 *
 * The checks read stored roll-ups and never recompute. They run side by side: on PostgreSQL each
 * takes its own pooled connection; PGlite runs them one after another on its single one.
 */
export async function runPortfolioChecks(ctx: ServiceContext): Promise<CheckReport> {
  const today = ctx.today ?? todayInOslo();
  const db = ctx.database.db;
  const results = await Promise.all(
    CHECK_IDS.map(async (id): Promise<CheckResult> => {
      const { severity, title, howToFix } = CHECK_CATALOGUE[id];
      const items = await CHECK_QUERIES[id](db, ctx.orgId, today);
      return { id, severity, title, howToFix, items };
    }),
  );
  const counts = { error: 0, warning: 0, info: 0 };
  for (const result of results) counts[result.severity] += result.items.length;
  return { checkedAt: new Date().toISOString(), results, counts };
}
