import { useCallback } from 'react';
import { useWorkflow } from '../api/queries';
import { useFormat } from '../i18n/format';

/** The name of a phase id in the organisation's workflow, in the user's language; the id until it loads. */
export function usePhaseName(): (phaseId: string | null) => string {
  const format = useFormat();
  const phases = useWorkflow().data?.workflow.phases;
  return useCallback(
    (phaseId: string | null) => {
      const phase = phases?.find((p) => p.id === phaseId);
      return phase ? format.localised(phase.name) : (phaseId ?? '');
    },
    [phases, format],
  );
}
