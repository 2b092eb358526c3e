import type { InitiativeDetail } from '../../contracts/initiatives';
import { evaluateGate } from '../../domain/workflow/evaluate-gate';
import { selectDecisions } from '../../store/repositories/initiatives-repository';
import type { ServiceContext } from '../shared/context';
import { loadWorkflow } from '../workflow/get-workflow';
import { loadInitiative, resolveInitiativeId } from './resolve-initiative';
import { toDecision } from './to-decision';
import { withholdDecision, withholdInitiative } from './withhold-internal';

/** One initiative with its decisions and the state of its current gate. */
export async function getInitiative(ctx: ServiceContext, ref: string): Promise<InitiativeDetail> {
  const db = ctx.database.db;
  const id = await resolveInitiativeId(db, ctx.orgId, ref);
  const [initiative, decisionRows, { workflow }] = await Promise.all([
    loadInitiative(db, ctx.orgId, id),
    selectDecisions(db, ctx.orgId, id),
    loadWorkflow(db, ctx.orgId),
  ]);
  return {
    ...withholdInitiative(ctx, initiative),
    decisions: decisionRows.map((r) => withholdDecision(ctx, toDecision(r))),
    gate: evaluateGate(workflow, initiative),
  };
}
