import type { InitiativeStatus } from '../../contracts/initiatives';
import type { Health } from '../../contracts/rollup';
import type { InitiativeLine } from '../../contracts/strategy-coverage';
import type { InitiativeLineRow } from '../../store/repositories/organisation-views-repository';

/** An initiative as a line in a list (coverage, a team's allocations, a person's initiatives). */
export const toInitiativeLine = (row: InitiativeLineRow): InitiativeLine => ({
  id: row.id,
  key: row.key,
  title: row.title,
  phase: row.phase,
  status: row.status as InitiativeStatus,
  health: row.health as Health | null,
});
