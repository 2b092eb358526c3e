import { useWorkflow } from '../../api/queries';
import { useFormat } from '../../i18n/format';

/** The names of the two phases before done: the ones in which allocated initiatives load their teams. */
export function useLoadingPhaseNames(): string[] {
  const format = useFormat();
  const phases = useWorkflow().data?.workflow.phases ?? [];
  return phases.slice(-3, -1).map((phase) => format.localised(phase.name));
}
