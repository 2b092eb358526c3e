import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useState, type FocusEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../client';
import type { Initiative } from '../../../contracts/initiatives';
import { useOrg } from '../../api/client-context';
import { useAccess } from '../../api/session';
import { DraftSavedStatus, RestoredDraftNote } from './draft-status';
import { fieldId, focusField, revealFields } from './field-focus';
import { ProposalErrorSummary } from './proposal-error-summary';
import { FieldErrorContext, TextField, type SectionProps } from './proposal-fields';
import { useCreateProposal, useProposalOptions } from './proposal-queries';
import { ProposalSections } from './proposal-sections';
import { checkProposal, inFormOrder, serverFieldErrors, type FieldError } from './proposal-validation';
import { useErrorText } from './use-field-text';
import { useProposalDraft } from './use-proposal-draft';

/**
 * The proposal, in the order of the portfolio template: what is required first, then the template's
 * parts to open as needed. Checked with the server's own schema before it is sent; kept as a draft
 * in the browser while it is written.
 */
export function ProposalForm({ onCreated }: { onCreated: (initiative: Initiative) => void }) {
  const { t } = useTranslation();
  const org = useOrg();
  const personId = useAccess().data?.personId ?? null;
  const { draft, setDraft, restoredFrom, savedAt, clear } = useProposalDraft(org);
  const options = useProposalOptions();
  const create = useCreateProposal();
  const errorText = useErrorText();
  const [errors, setErrors] = useState<FieldError[]>([]);
  /** Counts failed attempts: a new error summary each time, which takes focus (see ProposalErrorSummary). */
  const [attempt, setAttempt] = useState(0);
  const [discarded, setDiscarded] = useState(false);

  const change: SectionProps['change'] = useCallback(
    (patch, { rows = false } = {}) => {
      setDraft((current) => ({ ...current, ...patch }));
      setDiscarded(false);
      // Lines were added or removed: errors of lines below no longer point at the right line.
      if (rows)
        setErrors((current) => current.filter((error) => !((error.path.split('.')[0] ?? '') in patch)));
    },
    [setDraft],
  );

  const errorByPath = useMemo(() => new Map(errors.map((error) => [error.path, error])), [errors]);
  const errorOf = useCallback((path: string) => errorText(errorByPath.get(path)), [errorByPath, errorText]);

  const showErrors = (found: FieldError[]) => {
    setErrors(found);
    setAttempt((count) => count + 1);
    revealFields(found.map((error) => error.path));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const check = checkProposal(draft, personId);
    if (!check.ok) return showErrors(check.errors);
    setErrors([]);
    create.mutate(check.payload, {
      onSuccess: (initiative) => {
        clear();
        onCreated(initiative);
      },
      onError: (error) => {
        const fieldErrors = error instanceof ApiError ? serverFieldErrors(error.problem) : [];
        if (fieldErrors.length > 0) showErrors(inFormOrder(fieldErrors));
      },
    });
  };

  /**
   * Leaving a field checks it again: a shown error goes away once it is put right, and a value the
   * schema refuses is said at once. An empty field is not scolded before the person tries to send.
   */
  const recheck = (event: FocusEvent<HTMLFormElement>) => {
    const path = event.target.getAttribute('data-path');
    if (!path) return;
    const found = checkProposal(draft, personId).errors.find((error) => error.path === path);
    setErrors((current) => {
      const shown = current.find((error) => error.path === path);
      const others = current.filter((error) => error.path !== path);
      if (found && (shown || found.kind !== 'required')) return inFormOrder([...others, found]);
      return shown?.kind === 'server' && !found ? current : others;
    });
  };

  const discard = () => {
    clear();
    setErrors([]);
    setDiscarded(true);
    focusField('title');
  };

  const problem = create.error;
  const unplaced =
    problem instanceof ApiError && serverFieldErrors(problem.problem).length > 0 ? null : problem;

  return (
    <FieldErrorContext.Provider value={errorOf}>
      {restoredFrom ? <RestoredDraftNote savedAt={restoredFrom} onDiscard={discard} /> : null}
      {errors.length > 0 ? <ProposalErrorSummary key={attempt} errors={errors} /> : null}
      {unplaced ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t('proposal.errors.sendFailed')}</Paragraph>
          <Paragraph data-size="sm">{unplaced.message}</Paragraph>
        </Alert>
      ) : null}
      <form
        className="proposal-form"
        noValidate
        onSubmit={submit}
        onBlur={recheck}
        aria-labelledby="proposal-heading"
      >
        <div className="proposal-form__required">
          <TextField
            path="title"
            required
            label={t('proposal.fields.title')}
            description={t('proposal.fields.titleDescription')}
            value={draft.title}
            onChange={(title) => change({ title })}
          />
          <TextField
            path="problemStatement"
            required
            multiline
            label={t('proposal.fields.problemStatement')}
            description={t('proposal.fields.problemStatementDescription')}
            value={draft.problemStatement}
            onChange={(problemStatement) => change({ problemStatement })}
          />
        </div>
        <ProposalSections draft={draft} change={change} options={options} />
        <div className="proposal-form__actions">
          <Button type="submit" loading={create.isPending} id={fieldId('submit')}>
            {t('proposal.submit')}
          </Button>
          <DraftSavedStatus savedAt={savedAt} discarded={discarded} />
        </div>
        <Paragraph data-size="sm" className="subtle">
          {t('proposal.draft.local')}
        </Paragraph>
      </form>
    </FieldErrorContext.Provider>
  );
}
