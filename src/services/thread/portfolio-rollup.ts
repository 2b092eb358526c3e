import { selectPortfolioRollupJson } from '../../store/repositories/rollup/portfolio-rollup-query';
import type { ServiceContext } from '../shared/context';

/**
 * Every initiative with its stored progress, health and readiness, as the JSON text of a
 * PortfolioRollup: no recomputation on read, and nothing for the server to re-encode.
 */
export async function getPortfolioRollupJson(ctx: ServiceContext): Promise<string> {
  return `{"items":${await selectPortfolioRollupJson(ctx.database.db, ctx.orgId)}}`;
}
