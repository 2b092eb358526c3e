import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../ui/form-error-summary';
import { fieldId, focusField } from './field-focus';
import type { FieldError } from './proposal-validation';
import { useErrorText, useFieldLabel } from './use-field-text';

/** Every error of the form at the top, each a link that moves focus to its field. */
export function ProposalErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  const { t } = useTranslation();
  const labelOf = useFieldLabel();
  const messageOf = useErrorText();
  return (
    <FormErrorSummary
      errors={errors}
      heading={t('proposal.errors.summary')}
      level={2}
      className="proposal__errors"
      fieldId={fieldId}
      focus={focusField}
      text={(error) =>
        t('proposal.errors.inSummary', { field: labelOf(error.path), message: messageOf(error) ?? '' })
      }
    />
  );
}
