import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import type { PhaseDefinition } from '../../../contracts/workflow';
import { useHiddenFields } from '../../api/session';
import { useFormat } from '../../i18n/format';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { focusField } from '../proposals/field-focus';
import { FieldErrorContext } from '../proposals/proposal-fields';
import { useProposalOptions } from '../proposals/proposal-queries';
import type { FieldError } from '../proposals/proposal-validation';
import { FundingLines, ResourceLines } from '../proposals/resource-lines';
import { AllocationFields } from '../proposals/responsibility-fields';
import { useErrorText } from '../proposals/use-field-text';
import { EditConflict, type Conflict } from './edit-conflict';
import { CriteriaChecks, SaveProblem } from './edit-form-parts';
import { ChoiceField, TextField, fieldIdOf, type FieldProps } from './edit-form-fields';
import {
  EDIT_FIELDS,
  MONEY_FIELDS,
  RISK_FIELDS,
  formOf,
  mergeAfterConflict,
  payloadOf,
  sameValue,
  type EditError,
  type EditField,
  type FormValues,
  type TextEditField,
  type TheirChange,
} from './edit-fields';
import { isStructured } from './edit-structured';
import { AnchoringFields, PlanFields, type ChangeField } from './edit-structured-fields';
import { useFetchLatest, useSaveInitiative } from './edit-queries';
import { useEditLabels } from './use-edit-labels';

export type EditDone = 'saved' | 'unchanged' | 'cancelled';

interface Props {
  initiative: InitiativeDetail;
  phases: PhaseDefinition[];
  onDone: (result: EditDone) => void;
}

/**
 * The initiative's text fields and choices in a form. Saving sends only what changed, on the version
 * the edit started from; when someone else saved first, the latest version is read, merged with what
 * was typed, and the conflict shown, so the person saves again on top of it. Nothing typed is lost.
 */
export function InitiativeEditForm({ initiative, phases, onDone }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const hidden = useHiddenFields(initiative.withheld);
  // What the person may not read is neither shown nor sent (funding when money is internal, risk …).
  const fields = EDIT_FIELDS.filter(
    (field) =>
      !(hidden.has('risk') && RISK_FIELDS.includes(field)) &&
      !(hidden.has('money') && MONEY_FIELDS.includes(field)),
  );
  const decimal = format.locale === 'en' ? '.' : ',';
  const [start] = useState(() => ({ values: formOf(initiative, decimal), version: initiative.version }));
  const [base, setBase] = useState(start);
  const [values, setValues] = useState<FormValues>(start.values);
  const [errors, setErrors] = useState<{
    of: Partial<Record<EditField, EditError>>;
    max: Partial<Record<EditField, number>>;
    /** Inside the structured fields, by path; shown by the proposal form's components. */
    details: FieldError[];
  }>({ of: {}, max: {}, details: [] });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  const conflictHeading = useRef<HTMLHeadingElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The form takes the place of what was read: focus goes to its heading, so the change is heard.
  useEffect(() => heading.current?.focus(), []);
  const save = useSaveInitiative(initiative.key);
  const fetchLatest = useFetchLatest(initiative.key);
  const [mergeError, setMergeError] = useState<Error | null>(null);
  const options = useProposalOptions();
  const labels = useEditLabels(phases, options);
  const errorText = useErrorText();
  const errorOf = useCallback(
    (path: string) => errorText(errors.details.find((error) => error.path === path)),
    [errors.details, errorText],
  );

  const change: ChangeField = (field, value) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({
      ...current,
      of: { ...current.of, [field]: undefined },
      details: current.details.filter((error) => error.path.split('.')[0] !== field),
    }));
  };

  /** Someone saved first: read the latest, merge, and show what they changed. */
  const onConflict = async () => {
    try {
      const latest = await fetchLatest();
      const latestValues = formOf(latest, decimal);
      const { merged, changes } = mergeAfterConflict(base.values, latestValues, values, fields);
      setBase({ values: latestValues, version: latest.version });
      setValues(merged);
      setConflict({ changes, by: latest.updatedBy, at: latest.updatedAt, using: {} });
      setMergeError(null);
      requestAnimationFrame(() => conflictHeading.current?.focus());
    } catch (error) {
      setMergeError(error instanceof Error ? error : new Error(String(error)));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = payloadOf(base.values, values, fields);
    if (!result.ok) {
      setErrors({ of: result.errors, max: result.maximum, details: result.details });
      const first = fields.find((field) => result.errors[field]);
      const detail = result.details.find((error) => error.path.split('.')[0] === first);
      if (first && isStructured(first)) focusField(detail?.path ?? first);
      else if (first) document.getElementById(fieldIdOf(id, first))?.focus();
      return;
    }
    if (result.changed.length === 0) return onDone('unchanged');
    save.mutate(
      { body: result.body, version: base.version },
      {
        onSuccess: () => onDone('saved'),
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'precondition-failed') void onConflict();
        },
      },
    );
  };

  const use = (theirChange: TheirChange, which: 'theirs' | 'mine') => {
    const value = which === 'theirs' ? theirChange.theirs : theirChange.mine;
    change(theirChange.field, value);
    setConflict(
      (current) => current && { ...current, using: { ...current.using, [theirChange.field]: which } },
    );
  };

  const cancel = () => {
    const dirty = fields.some((field) => !sameValue(field, start.values[field], values[field]));
    if (dirty) setConfirmingCancel(true);
    else onDone('cancelled');
  };

  const props = (field: TextEditField): FieldProps => ({
    field,
    idPrefix: id,
    value: values[field],
    error: errors.of[field],
    maximum: errors.max[field],
    onChange: change,
  });
  const shows = (field: EditField) => fields.includes(field);
  const refused =
    save.error && !(save.error instanceof ApiError && save.error.code === 'precondition-failed');
  const hasErrors = Object.values(errors.of).some(Boolean);

  return (
    <FieldErrorContext.Provider value={errorOf}>
      <form className="edit-form" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
        <Heading level={2} data-size="md" id={`${id}-heading`} ref={heading} tabIndex={-1}>
          {t('edit.heading')}
        </Heading>
        <Paragraph data-size="sm">{t('edit.intro')}</Paragraph>
        {conflict ? (
          <EditConflict
            conflict={conflict}
            headingRef={conflictHeading}
            display={labels.display}
            onUse={use}
          />
        ) : null}
        <Group title={t('edit.sections.rationale')}>
          <TextField {...props('title')} />
          <TextField {...props('problemStatement')} multiline />
          <TextField {...props('description')} multiline />
          <TextField {...props('riskIfNotDone')} multiline />
        </Group>
        <Group title={t('edit.sections.anchoring')}>
          <AnchoringFields values={values} change={change} options={options} initiativeId={initiative.id} />
        </Group>
        <Group title={t('edit.sections.resources')}>
          <ChoiceField {...props('priority')} options={labels.options.priority} />
          <ChoiceField {...props('ownerId')} options={labels.options.ownerId} />
          <ChoiceField {...props('responsibleId')} options={labels.options.responsibleId} />
          <AllocationFields
            value={values.allocation}
            onChange={(patch) => change('allocation', { ...values.allocation, ...patch })}
            options={options}
          />
          <TextField {...props('collaboration')} />
          <TextField {...props('competence')} />
          <TextField
            {...props('personMonthsTotal')}
            inputMode="decimal"
            description={t('edit.personMonthsDescription')}
          />
          <ResourceLines lines={values.resources} onChange={(lines) => change('resources', lines)} />
          {shows('funding') ? (
            <FundingLines lines={values.funding} onChange={(lines) => change('funding', lines)} />
          ) : null}
        </Group>
        <Group title={t('edit.sections.plan')}>
          <PlanFields values={values} change={change} />
        </Group>
        {shows('riskLevel') ? (
          <Group title={t('edit.sections.risk')}>
            <ChoiceField {...props('riskLevel')} options={labels.options.riskLevel} />
            <TextField {...props('riskText')} multiline />
          </Group>
        ) : null}
        <Group title={t('edit.sections.measurement')}>
          <TextField {...props('measurementPlan')} multiline />
          <CriteriaChecks
            initiative={initiative}
            phases={phases}
            checked={values.checkedCriteria}
            onChange={(ids) => change('checkedCriteria', ids)}
          />
        </Group>
        {hasErrors ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t('edit.invalidSummary')}</Paragraph>
          </Alert>
        ) : null}
        {refused && save.error ? <SaveProblem error={save.error} /> : null}
        {mergeError ? <SaveProblem error={mergeError} /> : null}
        <div className="edit-form__actions">
          <Button type="submit" loading={save.isPending}>
            {conflict ? t('edit.saveAgain') : t('edit.save')}
          </Button>
          <Button variant="secondary" onClick={cancel}>
            {t('edit.cancel')}
          </Button>
        </div>
        <ConfirmDialog
          open={confirmingCancel}
          heading={t('edit.discard.heading')}
          text={t('edit.discard.text')}
          confirm={t('edit.discard.confirm')}
          onConfirm={() => onDone('cancelled')}
          onCancel={() => setConfirmingCancel(false)}
        />
      </form>
    </FieldErrorContext.Provider>
  );
}

/** A titled group of fields. */
function Group({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="edit-form__group" aria-labelledby={id}>
      <Heading level={3} data-size="xs" id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
