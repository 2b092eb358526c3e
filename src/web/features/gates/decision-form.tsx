import {
  Alert,
  Button,
  Field,
  FieldDescription,
  Fieldset,
  Input,
  Label,
  Paragraph,
  Radio,
  Select,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionOutcome, InitiativeDetail, TransitionResult } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useFormat } from '../../i18n/format';
import {
  MOVING_OUTCOMES,
  RATIONALE_REQUIRED,
  emptyDraft,
  moveKind,
  outcomeChoices,
  requestOf,
  todayInOslo,
  type DecisionDraft,
  type DraftError,
  type DraftField,
} from './decision-draft';
import { DecisionProblem } from './decision-problem';
import { GateCriteria } from './gate-criteria';
import type { useDecide } from './gate-queries';

interface Props {
  /** The decision's mutation, kept by the dialog so it outlives this form. */
  decide: ReturnType<typeof useDecide>;
  initiative: InitiativeDetail;
  phases: PhaseDefinition[];
  targetPhase: string;
  onCancel: () => void;
  onDecided: (result: TransitionResult) => void;
}

/** The order fields are checked in, so focus goes to the first one to fix. */
const FIELD_ORDER: DraftField[] = [
  'to',
  'outcome',
  'decidedOn',
  'decidedBy',
  'rationale',
  'conditions',
  'evidence',
];

/** The decision: the phase it concerns, its outcome, date, who took it, why, on what conditions, and the evidence. */
export function DecisionForm({ decide, initiative, phases, targetPhase, onCancel, onDecided }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const phaseIds = phases.map((phase) => phase.id);
  const choicesFor = (to: string) =>
    outcomeChoices(moveKind(phaseIds, initiative.phase, to), initiative.status);
  const known = phaseIds.includes(targetPhase)
    ? targetPhase
    : (initiative.gate.nextPhase ?? initiative.phase);
  const [draft, setDraft] = useState<DecisionDraft>(() =>
    emptyDraft(known, choicesFor(known)[0] ?? '', todayInOslo()),
  );
  const [errors, setErrors] = useState<Partial<Record<DraftField, DraftError>>>({});
  const [badLink, setBadLink] = useState<string>();

  const name = (phaseId: string) => {
    const phase = phases.find((p) => p.id === phaseId);
    return phase ? format.localised(phase.name) : phaseId;
  };
  const kind = moveKind(phaseIds, initiative.phase, draft.to);
  const choices = choicesFor(draft.to);
  const fieldId = (field: DraftField) => `${id}-${field}`;

  const change = (patch: Partial<DecisionDraft>) => {
    setDraft((current) => {
      const next = { ...current, ...patch };
      // A new phase may not allow the outcome chosen: take the first it allows instead.
      const allowed = outcomeChoices(moveKind(phaseIds, initiative.phase, next.to), initiative.status);
      if (next.outcome === '' || !allowed.includes(next.outcome)) next.outcome = allowed[0] ?? '';
      return next;
    });
    setErrors((current) => {
      const cleared = { ...current };
      for (const key of Object.keys(patch) as DraftField[]) delete cleared[key];
      return cleared;
    });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = requestOf(draft);
    if (!result.ok) {
      setErrors(result.errors);
      setBadLink(result.badLink);
      const first = FIELD_ORDER.find((field) => result.errors[field]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    setErrors({});
    decide.mutate({ body: result.body, version: initiative.version }, { onSuccess: onDecided });
  };

  const errorOf = (field: DraftField): ReactNode => {
    const error = errors[field];
    return error ? (
      <ValidationMessage>{t(`gateDialog.errors.${error}`, { link: badLink ?? '' })}</ValidationMessage>
    ) : null;
  };
  const invalid = (field: DraftField) => (errors[field] ? true : undefined);

  if (initiative.status === 'stopped') {
    return (
      <div className="gate-dialog__body">
        <Alert data-color="info">
          <Paragraph>{t('gateDialog.stopped')}</Paragraph>
        </Alert>
        <div className="dialog-actions">
          <Button variant="secondary" onClick={onCancel}>
            {t('gateDialog.close')}
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className="gate-dialog__body" onSubmit={submit} noValidate aria-describedby={`${id}-where`}>
      <Paragraph id={`${id}-where`} data-size="sm">
        {t('gateDialog.where', {
          key: initiative.key,
          title: initiative.title,
          phase: name(initiative.phase),
          status: t(`values.status.${initiative.status}`),
        })}
      </Paragraph>
      <Field>
        <Label htmlFor={fieldId('to')}>{t('gateDialog.to')}</Label>
        <FieldDescription>{t('gateDialog.toDescription')}</FieldDescription>
        <Select id={fieldId('to')} value={draft.to} onChange={(e) => change({ to: e.target.value })}>
          {phases.map((phase) => (
            <option key={phase.id} value={phase.id}>
              {phase.id === initiative.phase
                ? t('gateDialog.currentPhase', { phase: format.localised(phase.name) })
                : format.localised(phase.name)}
            </option>
          ))}
        </Select>
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('gateDialog.outcome')}</Fieldset.Legend>
        <div className="gate-dialog__outcomes" id={fieldId('outcome')} tabIndex={-1}>
          {choices.map((outcome) => (
            <Radio
              key={outcome}
              name={`${id}-outcome`}
              value={outcome}
              checked={draft.outcome === outcome}
              onChange={() => change({ outcome })}
              label={t(`values.outcome.${outcome}`)}
            />
          ))}
        </div>
        {errorOf('outcome')}
      </Fieldset>
      <Effect outcome={draft.outcome} from={name(initiative.phase)} to={name(draft.to)} />
      {kind === 'skip' ? (
        <Alert data-color="warning" className="gate-dialog__note">
          <Paragraph data-size="sm">
            {t('gateDialog.skip', { next: name(initiative.gate.nextPhase ?? initiative.phase) })}
          </Paragraph>
        </Alert>
      ) : null}
      {(kind === 'forward' || kind === 'skip') && initiative.status === 'parked' ? (
        <Paragraph data-size="sm" className="gate-dialog__note">
          {t('gateDialog.parkedForward')}
        </Paragraph>
      ) : null}
      {kind === 'forward' || kind === 'skip' ? (
        <GateCriteria
          gate={initiative.gate}
          from={name(initiative.phase)}
          to={name(initiative.gate.nextPhase ?? draft.to)}
          headingId={`${id}-criteria`}
        />
      ) : (
        <Paragraph data-size="sm">{t('gateDialog.criteria.notNeeded')}</Paragraph>
      )}
      <Field>
        <Label htmlFor={fieldId('decidedOn')}>{t('gateDialog.decidedOn')}</Label>
        <Input
          id={fieldId('decidedOn')}
          type="date"
          className="gate-dialog__date"
          aria-invalid={invalid('decidedOn')}
          value={draft.decidedOn}
          onChange={(e) => change({ decidedOn: e.target.value })}
        />
        {errorOf('decidedOn')}
      </Field>
      <Field>
        <Label htmlFor={fieldId('decidedBy')}>{t('gateDialog.decidedBy')}</Label>
        <FieldDescription>{t('gateDialog.decidedByDescription')}</FieldDescription>
        <Input
          id={fieldId('decidedBy')}
          aria-invalid={invalid('decidedBy')}
          value={draft.decidedBy}
          onChange={(e) => change({ decidedBy: e.target.value })}
        />
        {errorOf('decidedBy')}
      </Field>
      <Field>
        <Label htmlFor={fieldId('rationale')}>{t('gateDialog.rationale')}</Label>
        <FieldDescription>
          {draft.outcome !== '' && RATIONALE_REQUIRED.includes(draft.outcome)
            ? t('gateDialog.rationaleRequired')
            : t('gateDialog.rationaleOptional')}
        </FieldDescription>
        <Textarea
          id={fieldId('rationale')}
          rows={3}
          aria-invalid={invalid('rationale')}
          value={draft.rationale}
          onChange={(e) => change({ rationale: e.target.value })}
        />
        {errorOf('rationale')}
      </Field>
      {draft.outcome === 'approved-with-conditions' ? (
        <Field>
          <Label htmlFor={fieldId('conditions')}>{t('gateDialog.conditions')}</Label>
          <FieldDescription>{t('gateDialog.conditionsDescription')}</FieldDescription>
          <Textarea
            id={fieldId('conditions')}
            rows={3}
            aria-invalid={invalid('conditions')}
            value={draft.conditions}
            onChange={(e) => change({ conditions: e.target.value })}
          />
          {errorOf('conditions')}
        </Field>
      ) : null}
      <Field>
        <Label htmlFor={fieldId('evidence')}>{t('gateDialog.evidence')}</Label>
        <FieldDescription>{t('gateDialog.evidenceDescription')}</FieldDescription>
        <Textarea
          id={fieldId('evidence')}
          rows={2}
          aria-invalid={invalid('evidence')}
          value={draft.evidence}
          onChange={(e) => change({ evidence: e.target.value })}
        />
        {errorOf('evidence')}
      </Field>
      {decide.error ? <DecisionProblem error={decide.error} gate={initiative.gate} /> : null}
      <div className="dialog-actions">
        <Button type="submit" loading={decide.isPending}>
          {t('gateDialog.submit')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('gateDialog.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** In words, what the decision does to the initiative: moves it, or keeps its phase and changes its status. */
function Effect({ outcome, from, to }: { outcome: DecisionOutcome | ''; from: string; to: string }) {
  const { t } = useTranslation();
  if (outcome === '') return null;
  const text = MOVING_OUTCOMES.includes(outcome)
    ? t('gateDialog.effect.move', { from, to })
    : t(`gateDialog.effect.${outcome as 'parked' | 'stopped' | 'resumed'}`, { phase: from });
  return (
    <Paragraph data-size="sm" className="gate-dialog__effect" aria-live="polite">
      {text}
    </Paragraph>
  );
}
