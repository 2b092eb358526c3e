import type { WorkflowResponse } from '../../contracts/workflow';
import { DEFAULT_WORKFLOW } from '../../domain/workflow/default-workflow';
import type { Db } from '../../store/database';
import { selectWorkflow } from '../../store/repositories/workflows-repository';
import type { ServiceContext } from '../shared/context';

/** The organisation's workflow, or the default one of PROCESS.md when it has none of its own. */
export async function loadWorkflow(db: Db, orgId: string): Promise<WorkflowResponse> {
  const row = await selectWorkflow(db, orgId);
  return row
    ? { workflow: row.definition, isDefault: false, version: row.version }
    : { workflow: DEFAULT_WORKFLOW, isDefault: true, version: 0 };
}

export function getWorkflow(ctx: ServiceContext): Promise<WorkflowResponse> {
  return loadWorkflow(ctx.database.db, ctx.orgId);
}
