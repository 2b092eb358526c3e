import type { AuditEvent } from '../../contracts/audit';
import { getHistory } from '../audit/get-history';
import type { ServiceContext } from '../shared/context';
import { resolveInitiativeId } from './resolve-initiative';

/** An initiative's history with its decisions, by id or case key. */
export async function getInitiativeHistory(ctx: ServiceContext, ref: string): Promise<AuditEvent[]> {
  return getHistory(ctx, await resolveInitiativeId(ctx.database.db, ctx.orgId, ref));
}
