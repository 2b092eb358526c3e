import { Button, Dialog, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { lazy, Suspense, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InitiativeSummary } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';

// The gate dialog is needed only when a card moves: it loads then, not with the board.
const GateDialog = lazy(async () => ({ default: (await import('../gates/gate-dialog')).GateDialog }));

/** A card being moved: without `toPhase` the person still chooses where to. */
export interface CardMove {
  initiative: InitiativeSummary;
  toPhase?: string;
}

/**
 * Moving a card: choose the phase (when the card was not dropped on one), then the gate dialog shows the
 * criteria and records the decision. Focus returns to the card's move button when it closes.
 */
export function MoveCard({
  move,
  phases,
  onChoose,
  onClose,
}: {
  move: CardMove | null;
  phases: PhaseDefinition[];
  onChoose: (toPhase: string) => void;
  onClose: () => void;
}) {
  // Mounted from the first move on, so its closing and opening follow `open` like any dialog's.
  const [gateUsed, setGateUsed] = useState(false);
  if (move?.toPhase && !gateUsed) setGateUsed(true);
  const [last, setLast] = useState<CardMove | null>(null);
  if (move?.toPhase && move !== last) setLast(move);
  const close = () => {
    const key = move?.initiative.key;
    onClose();
    if (key) window.setTimeout(() => focusMoveButton(key), 0);
  };
  return (
    <>
      {move && !move.toPhase ? (
        <ChoosePhase initiative={move.initiative} phases={phases} onChoose={onChoose} onClose={close} />
      ) : null}
      {gateUsed && last?.toPhase ? (
        <Suspense fallback={null}>
          <GateDialog
            initiativeRef={last.initiative.key}
            targetPhase={last.toPhase}
            open={move?.toPhase !== undefined}
            onClose={close}
          />
        </Suspense>
      ) : null}
    </>
  );
}

function focusMoveButton(key: string): void {
  const link = document.querySelector<HTMLElement>(`[data-card-link="${CSS.escape(key)}"]`);
  link?.closest('.initiative-card')?.querySelector<HTMLElement>('[data-card-move]')?.focus();
}

function ChoosePhase({
  initiative,
  phases,
  onChoose,
  onClose,
}: {
  initiative: InitiativeSummary;
  phases: PhaseDefinition[];
  onChoose: (toPhase: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const index = phases.findIndex((phase) => phase.id === initiative.phase);
  // The next phase is the usual move; it is chosen to start with.
  const [phase, setPhase] = useState(phases[index + 1]?.id ?? phases[index - 1]?.id ?? '');
  // Closing this dialog to open the gate dialog is not cancelling the move.
  const chosen = useRef(false);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Focus starts on the phase chosen to start with, so Enter moves on at once. After the dialog's
    // own effect has opened it, which would put focus on its close button.
    const timer = window.setTimeout(
      () => form.current?.querySelector<HTMLElement>('input:checked')?.focus(),
      0,
    );
    return () => window.clearTimeout(timer);
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!phase || phase === initiative.phase) return;
    chosen.current = true;
    onChoose(phase);
  };
  return (
    <Dialog
      open
      onClose={() => chosen.current || onClose()}
      closeButton={t('dialog.close')}
      aria-labelledby={headingId}
    >
      <Dialog.Block>
        <Heading level={2} data-size="xs" id={headingId}>
          {t('move.heading', { key: initiative.key })}
        </Heading>
        <Paragraph data-size="sm">{initiative.title}</Paragraph>
      </Dialog.Block>
      <Dialog.Block>
        <form ref={form} onSubmit={submit} className="move-card__form">
          <Fieldset>
            <Fieldset.Legend>{t('move.phase')}</Fieldset.Legend>
            <Fieldset.Description>{t('move.text')}</Fieldset.Description>
            {phases.map((option) => (
              <Radio
                key={option.id}
                name="to-phase"
                value={option.id}
                label={
                  option.id === initiative.phase
                    ? t('move.current', { phase: format.localised(option.name) })
                    : format.localised(option.name)
                }
                checked={phase === option.id}
                disabled={option.id === initiative.phase}
                onChange={() => setPhase(option.id)}
              />
            ))}
          </Fieldset>
          <div className="dialog-actions">
            <Button type="submit">{t('move.next')}</Button>
            <Button type="button" variant="secondary" onClick={onClose}>
              {t('dialog.cancel')}
            </Button>
          </div>
        </form>
      </Dialog.Block>
    </Dialog>
  );
}
