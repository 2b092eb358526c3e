import type { Decision } from '../../contracts/initiatives';
import { selectDecisions } from '../../store/repositories/initiatives-repository';
import type { ServiceContext } from '../shared/context';
import { resolveInitiativeId } from './resolve-initiative';
import { toDecision } from './to-decision';
import { withholdDecision } from './withhold-internal';

/** An initiative's decisions, oldest first. */
export async function listDecisions(ctx: ServiceContext, ref: string): Promise<Decision[]> {
  const id = await resolveInitiativeId(ctx.database.db, ctx.orgId, ref);
  return (await selectDecisions(ctx.database.db, ctx.orgId, id)).map((r) =>
    withholdDecision(ctx, toDecision(r)),
  );
}
