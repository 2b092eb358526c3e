import type { PortfolioRollupRow } from '../../contracts/thread';
import { selectPortfolioRollup } from '../../store/repositories/rollup/portfolio-rollup-query';
import type { ServiceContext } from '../shared/context';

/** Every initiative with its stored progress, health and readiness: no recomputation on read. */
export function getPortfolioRollup(ctx: ServiceContext): Promise<PortfolioRollupRow[]> {
  return selectPortfolioRollup(ctx.database.db, ctx.orgId);
}
