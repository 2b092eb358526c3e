import { ErrorSummary } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { fieldId, focusField } from './field-focus';
import type { FieldError } from './proposal-validation';
import { useErrorText, useFieldLabel } from './use-field-text';

/**
 * Every error of the form at the top, each a link that moves focus to its field. Designsystemet's
 * element takes focus itself when it is put on the page; the form puts a new one there on each
 * failed attempt (a new key), so focus comes here every time.
 */
export function ProposalErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  const labelOf = useFieldLabel();
  const messageOf = useErrorText();
  return (
    <ErrorSummary className="proposal__errors">
      <ErrorSummary.Heading level={2}>{t('proposal.errors.summary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={error.path}>
            <ErrorSummary.Link
              href={`#${fieldId(error.path)}`}
              onClick={(event) => {
                event.preventDefault();
                focusField(error.path);
              }}
            >
              {t('proposal.errors.inSummary', {
                field: labelOf(error.path),
                message: messageOf(error) ?? '',
              })}
            </ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
