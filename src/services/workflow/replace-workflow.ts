import type { Workflow, WorkflowResponse } from '../../contracts/workflow';
import {
  lockWorkflow,
  selectPhasesInUseOutside,
  upsertWorkflow,
} from '../../store/repositories/workflows-repository';
import { recordAuditEvent } from '../audit/record-audit-event';
import { AppError } from '../shared/app-error';
import { inTransaction, type ServiceContext } from '../shared/context';
import { loadWorkflow } from './get-workflow';

/**
 * Replaces the organisation's workflow. Refused when an initiative sits in a phase the new
 * workflow does not have: no initiative may be left in a phase that no longer exists.
 */
export function replaceWorkflow(
  ctx: ServiceContext,
  expectedVersion: number,
  workflow: Workflow,
): Promise<WorkflowResponse> {
  return inTransaction(ctx, async (tx) => {
    await lockWorkflow(tx, ctx.orgId);
    const before = await loadWorkflow(tx, ctx.orgId);
    if (before.version !== expectedVersion) {
      throw new AppError(
        'precondition-failed',
        `the workflow has changed (version ${before.version}, not ${expectedVersion})`,
      );
    }
    const stranded = await selectPhasesInUseOutside(
      tx,
      ctx.orgId,
      workflow.phases.map((p) => p.id),
    );
    if (stranded.length > 0) {
      throw new AppError(
        'conflict',
        `initiatives are in phases the new workflow lacks: ${stranded.join(', ')}`,
      );
    }
    const row = await upsertWorkflow(tx, ctx.orgId, workflow);
    const after: WorkflowResponse = { workflow: row.definition, isDefault: false, version: row.version };
    await recordAuditEvent(tx, ctx, {
      entityType: 'workflow',
      entityId: ctx.orgId,
      action: 'updated',
      before,
      after,
    });
    return after;
  });
}
