import { ErrorSummary } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { SettingsFieldError } from './github-settings-draft';
import { settingsFieldId, useSettingsErrorText, useSettingsFieldLabel } from './use-settings-text';

/**
 * Every error of the settings form, each a link that moves focus to its field. Designsystemet's
 * element takes focus when it is put on the page; the form puts a new one there on each failed
 * attempt (a new key), so focus comes here every time.
 */
export function SettingsErrorSummary({ errors }: { errors: readonly SettingsFieldError[] }) {
  const { t } = useTranslation();
  const labelOf = useSettingsFieldLabel();
  const messageOf = useSettingsErrorText();
  return (
    <ErrorSummary className="github-settings__errors">
      <ErrorSummary.Heading level={3}>{t('githubSync.settings.errors.summary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={error.path}>
            <ErrorSummary.Link
              href={`#${settingsFieldId(error.path)}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(settingsFieldId(error.path))?.focus();
              }}
            >
              {t('githubSync.settings.errors.inSummary', {
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
