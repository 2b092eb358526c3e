import { Button } from '@digdir/designsystemet-react';
import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useCan } from '../../api/session';
import { GateDialog } from '../gates/gate-dialog';

interface Props {
  initiative: InitiativeDetail;
  phases: PhaseDefinition[];
  editing: boolean;
  editButton: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
  /** A sentence for the page's status line (what was just done). */
  onMessage: (message: string) => void;
}

/**
 * "Rediger" for those who may edit the initiative, and "Ta beslutning / flytt fase" for those who
 * may decide, which opens the gate dialog for the next phase (another phase can be chosen there).
 */
export function InitiativeActions({ initiative, phases, editing, editButton, onEdit, onMessage }: Props) {
  const { t } = useTranslation();
  const [deciding, setDeciding] = useState(false);
  // A contributor edits only their own drafts: initiatives in the first phase they submitted or own
  // (domain/access/ownership.ts isOwnDraft). Later on nobody is "own", so only a full grant shows the button.
  const inFirstPhase = phases[0]?.id === initiative.phase;
  const canEdit = useCan('initiative.edit', {
    ownerIds: inFirstPhase ? [initiative.ownerId, initiative.submitterId] : [],
  });
  const canDecide = useCan('initiative.decide');
  if (!canEdit && !canDecide) return null;
  return (
    <div className="initiative-actions">
      {canEdit && !editing ? (
        <Button variant="secondary" ref={editButton} onClick={onEdit}>
          {t('edit.open')}
        </Button>
      ) : null}
      {canDecide ? (
        <>
          <Button variant="primary" onClick={() => setDeciding(true)} aria-haspopup="dialog">
            {t('gateDialog.open')}
          </Button>
          <GateDialog
            initiativeRef={initiative.key}
            targetPhase={initiative.gate.nextPhase ?? initiative.phase}
            open={deciding}
            onClose={() => setDeciding(false)}
            onDecided={(result) =>
              onMessage(t('gateDialog.decided', { outcome: t(`values.outcome.${result.decision.outcome}`) }))
            }
          />
        </>
      ) : null}
    </div>
  );
}
