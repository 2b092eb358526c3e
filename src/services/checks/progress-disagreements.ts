import type { CheckItem } from '../../contracts/checks';
import { progressDisagrees } from '../../domain/checks/progress-disagrees';
import type { Db } from '../../store/database';
import { selectProgressOverrides } from '../../store/repositories/checks/check-inputs';
import { progressDetail } from './check-details';

/** Initiatives and roadmap elements whose hand-typed progress is far from the rolled-up one. */
export async function findProgressDisagreements(db: Db, orgId: string): Promise<CheckItem[]> {
  const rows = await selectProgressOverrides(db, orgId);
  return rows
    .filter((row) => progressDisagrees(row.override, row.computed))
    .map((row) => ({
      type: row.type,
      id: row.id,
      ref: row.ref,
      title: row.title,
      // computed is not null here: progressDisagrees never flags an unknown side.
      detail: progressDetail(row.override, (row.computed ?? 0) * 100),
    }));
}
