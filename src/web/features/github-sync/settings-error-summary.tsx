import { useTranslation } from 'react-i18next';
import { FormErrorSummary } from '../../ui/form-error-summary';
import type { SettingsFieldError } from './github-settings-draft';
import { settingsFieldId, useSettingsErrorText, useSettingsFieldLabel } from './use-settings-text';

/** Every error of the settings form, each a link that moves focus to its field. */
export function SettingsErrorSummary({ errors }: { errors: readonly SettingsFieldError[] }) {
  const { t } = useTranslation();
  const labelOf = useSettingsFieldLabel();
  const messageOf = useSettingsErrorText();
  return (
    <FormErrorSummary
      errors={errors}
      heading={t('githubSync.settings.errors.summary')}
      level={3}
      className="github-settings__errors"
      fieldId={settingsFieldId}
      focus={(path) => document.getElementById(settingsFieldId(path))?.focus()}
      text={(error) =>
        t('githubSync.settings.errors.inSummary', {
          field: labelOf(error.path),
          message: messageOf(error) ?? '',
        })
      }
    />
  );
}
