import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TransitionResult } from '../../../contracts/initiatives';
import { useClient } from '../../api/client-context';
import { useWorkflow } from '../../api/queries';
import { LoadError, Loading } from '../../ui/query-state';
import { DecisionForm } from './decision-form';
import { useDecide } from './gate-queries';
import { useDialogFocus } from './use-dialog-focus';

export interface GateDialogProps {
  /** The initiative's id or case key ("Sak 14-2026"). */
  initiativeRef: string;
  /** The phase the person wants to move it to; the dialog lets them choose another. */
  targetPhase: string;
  open: boolean;
  onClose: () => void;
  /** After the decision is recorded (the caches of the board, the initiative and its history are refreshed). */
  onDecided?: (result: TransitionResult) => void;
}

/** The initiative as the dialog shows it: shared with the initiative page, asked for only while open. */
function useInitiativeWhileOpen(ref: string, open: boolean) {
  const client = useClient();
  return useQuery({
    queryKey: ['initiative', client.org, ref],
    queryFn: async () => (await client.initiatives.get(ref)).data,
    enabled: open && ref !== '',
  });
}

/**
 * A gate decision in a modal dialog, from the initiative page or from a card moved on the board: the
 * criteria of the move, met or missing, and the decision to record. What is typed stays while the
 * dialog is closed and opened again for the same move, and when the server refuses it; it is cleared
 * once a decision is recorded.
 */
export function GateDialog({ initiativeRef, targetPhase, open, onClose, onDecided }: GateDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onKeyDown = useDialogFocus(dialog, open);
  const initiative = useInitiativeWhileOpen(initiativeRef, open);
  const workflow = useWorkflow();
  const [decisions, setDecisions] = useState(0);
  // The mutation lives here, not in the form: the form may be replaced while a decision is on its way.
  const decide = useDecide(initiativeRef);
  // The move the dialog was opened for. While it is open the initiative may change under it (the
  // decision itself moves it to a new next phase), but what the person is typing stays put.
  const [shown, setShown] = useState({ open, target: targetPhase });
  if (open !== shown.open) setShown({ open, target: open ? targetPhase : shown.target });

  const decided = (result: TransitionResult) => {
    setDecisions((count) => count + 1);
    onDecided?.(result);
    onClose();
  };

  return (
    <Dialog
      ref={dialog}
      open={open}
      onClose={onClose}
      onKeyDown={onKeyDown}
      closeButton={t('dialog.close')}
      aria-labelledby={headingId}
      className="gate-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {t('gateDialog.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {initiative.error || workflow.error ? (
          <LoadError
            error={initiative.error ?? workflow.error}
            onRetry={() => void Promise.all([initiative.refetch(), workflow.refetch()])}
          />
        ) : initiative.data && workflow.data ? (
          <DecisionForm
            key={`${initiativeRef}|${shown.target}|${decisions}`}
            decide={decide}
            initiative={initiative.data}
            phases={workflow.data.workflow.phases}
            targetPhase={shown.target}
            onCancel={onClose}
            onDecided={decided}
          />
        ) : open ? (
          <Loading />
        ) : null}
      </Dialog.Block>
    </Dialog>
  );
}
