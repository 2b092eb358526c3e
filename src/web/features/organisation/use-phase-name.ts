import { useCallback } from 'react';
import { useWorkflow } from '../../api/queries';
import { useFormat } from '../../i18n/format';

/** The name of a phase id in the organisation's workflow, in the user's language; the id until it loads. */
export function usePhaseName(): (phaseId: string) => string {
  const format = useFormat();
  const phases = useWorkflow().data?.workflow.phases;
  return useCallback(
    (phaseId: string) => {
      const phase = phases?.find((p) => p.id === phaseId);
      return phase ? format.localised(phase.name) : phaseId;
    },
    [phases, format],
  );
}

/** The names of the two phases before done: the ones in which allocated initiatives load their teams. */
export function useLoadingPhaseNames(): string[] {
  const format = useFormat();
  const phases = useWorkflow().data?.workflow.phases ?? [];
  return phases.slice(-3, -1).map((phase) => format.localised(phase.name));
}
