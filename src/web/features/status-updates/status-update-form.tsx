import {
  Alert,
  Button,
  Checkbox,
  Field,
  FieldDescription,
  Fieldset,
  Heading,
  Input,
  Label,
  Paragraph,
  Radio,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import type { InitiativeDetail } from '../../../contracts/initiatives';
import { HEALTHS, type Health } from '../../../contracts/rollup';
import type { CreateStatusUpdate } from '../../../contracts/thread';
import { usePostStatusUpdate } from '../../api/thread-queries';
import { useFormat } from '../../i18n/format';

type HealthChoice = 'keep' | 'clear' | Health;

interface Draft {
  text: string;
  health: HealthChoice;
  progress: string;
  clearProgress: boolean;
}
const EMPTY: Draft = { text: '', health: 'keep', progress: '', clearProgress: false };

/** The percent typed, or undefined when it is not a number from 0 to 100. */
function parsePercent(value: string): number | undefined {
  const number = Number(value.trim().replace(',', '.'));
  return Number.isFinite(number) && number >= 0 && number <= 100 ? number : undefined;
}

/** What is sent: overrides only when chosen; `null` clears one. */
function bodyOf(draft: Draft): Partial<CreateStatusUpdate> {
  const body: Partial<CreateStatusUpdate> = { text: draft.text.trim() };
  if (draft.health !== 'keep') body.health = draft.health === 'clear' ? null : draft.health;
  if (draft.progress.trim() !== '') body.progress = parsePercent(draft.progress);
  else if (draft.clearProgress) body.progress = null;
  return body;
}

/** A new status update: its text, and optionally an override of the health or the progress. */
export function StatusUpdateForm({ initiative }: { initiative: InitiativeDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const post = usePostStatusUpdate(initiative.key);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [shown, setShown] = useState<{ text?: string; progress?: string }>({});
  const [saved, setSaved] = useState(false);
  const textField = useRef<HTMLTextAreaElement>(null);
  const progressField = useRef<HTMLInputElement>(null);
  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = {
      text: draft.text.trim() === '' ? t('statusUpdates.form.textRequired') : undefined,
      progress:
        draft.progress.trim() !== '' && parsePercent(draft.progress) === undefined
          ? t('statusUpdates.form.progressInvalid')
          : undefined,
    };
    setShown(errors);
    if (errors.text) return textField.current?.focus();
    if (errors.progress) return progressField.current?.focus();
    post.mutate(bodyOf(draft), {
      onSuccess: () => {
        setDraft(EMPTY);
        setSaved(true);
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'status-update-required') textField.current?.focus();
      },
    });
  };

  const problem = post.error instanceof ApiError ? post.error : undefined;
  const textError =
    shown.text ?? (problem?.code === 'status-update-required' ? t('statusUpdates.form.required') : undefined);
  const healthChoices: HealthChoice[] = [
    'keep',
    ...HEALTHS,
    ...(initiative.healthOverride ? ['clear' as const] : []),
  ];

  return (
    <form className="status-form" aria-labelledby={`${id}-heading`} onSubmit={submit} noValidate>
      <Heading level={2} data-size="sm" id={`${id}-heading`}>
        {t('statusUpdates.form.heading')}
      </Heading>
      <Field>
        <Label htmlFor={`${id}-text`}>{t('statusUpdates.form.text')}</Label>
        <FieldDescription>{t('statusUpdates.form.textDescription')}</FieldDescription>
        <Textarea
          id={`${id}-text`}
          ref={textField}
          rows={4}
          required
          aria-invalid={textError ? true : undefined}
          value={draft.text}
          onChange={(e) => change({ text: e.target.value })}
        />
        {textError ? <ValidationMessage>{textError}</ValidationMessage> : null}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('statusUpdates.form.health')}</Fieldset.Legend>
        <Fieldset.Description>{t('statusUpdates.form.healthDescription')}</Fieldset.Description>
        <div className="status-form__choices">
          {healthChoices.map((choice) => (
            <Radio
              key={choice}
              name={`${id}-health`}
              value={choice}
              checked={draft.health === choice}
              onChange={() => change({ health: choice })}
              label={
                choice === 'keep'
                  ? t('statusUpdates.form.healthKeep')
                  : choice === 'clear'
                    ? t('statusUpdates.form.healthClear')
                    : t(`values.health.${choice}`)
              }
            />
          ))}
        </div>
      </Fieldset>
      <Field>
        <Label htmlFor={`${id}-progress`}>{t('statusUpdates.form.progress')}</Label>
        <FieldDescription>{t('statusUpdates.form.progressDescription')}</FieldDescription>
        <Input
          id={`${id}-progress`}
          ref={progressField}
          inputMode="decimal"
          className="status-form__percent"
          aria-invalid={shown.progress ? true : undefined}
          value={draft.progress}
          onChange={(e) => change({ progress: e.target.value })}
        />
        {shown.progress ? <ValidationMessage>{shown.progress}</ValidationMessage> : null}
      </Field>
      {initiative.progressOverride !== null ? (
        <Checkbox
          label={t('statusUpdates.form.progressClear', {
            value: format.percent(initiative.progressOverride / 100),
          })}
          checked={draft.clearProgress}
          disabled={draft.progress.trim() !== ''}
          onChange={(e) => change({ clearProgress: e.target.checked })}
        />
      ) : null}
      {post.error && problem?.code !== 'status-update-required' ? <ServerProblem error={post.error} /> : null}
      <div className="status-form__actions">
        <Button type="submit" loading={post.isPending}>
          {t('statusUpdates.form.submit')}
        </Button>
        <p role="status" className="status-form__saved">
          {saved ? t('statusUpdates.form.saved') : ''}
        </p>
      </div>
    </form>
  );
}

/** What the server refused, next to the form: its own words for a validation problem. */
function ServerProblem({ error }: { error: Error }) {
  const { t } = useTranslation();
  const issues = error instanceof ApiError ? (error.problem.issues ?? []) : [];
  const invalid = error instanceof ApiError && error.code === 'validation-failed';
  return (
    <Alert data-color="danger" role="alert" className="status-form__problem">
      <Paragraph>{invalid ? t('statusUpdates.form.invalid') : t('statusUpdates.form.failed')}</Paragraph>
      {issues.length > 0 ? (
        <ul className="plain-list">
          {issues.map((issue) => (
            <li key={`${issue.path}-${issue.message}`}>
              {[issue.path, issue.message].filter(Boolean).join(': ')}
            </li>
          ))}
        </ul>
      ) : (
        <Paragraph data-size="sm">{error.message}</Paragraph>
      )}
    </Alert>
  );
}
