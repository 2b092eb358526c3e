import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import type { SettingsField, SettingsFieldError } from './github-settings-draft';

/** The DOM id of a field of the settings form ("portfolio.owner" → "github-settings-portfolio-owner"). */
export const settingsFieldId = (path: SettingsField) => `github-settings-${path.replaceAll('.', '-')}`;

/** The words for what is wrong with a field, as shown under it and in the summary. */
export function useSettingsErrorText() {
  const { t } = useTranslation();
  const format = useFormat();
  return useCallback(
    (error: SettingsFieldError | undefined): string | undefined => {
      if (!error) return undefined;
      switch (error.kind) {
        case 'server':
          return t('githubSync.settings.errors.server', { message: error.message ?? '' });
        case 'tooLong':
        case 'tooMany':
          return t(`githubSync.settings.errors.${error.kind}`, { limit: format.number(error.limit ?? 0) });
        default:
          return t(`githubSync.settings.errors.${error.kind}`);
      }
    },
    [t, format],
  );
}

type FieldName = 'owner' | 'repo' | 'project' | 'phaseField' | 'epicLabels';

/** Each field's source (the fieldset it sits in) and its label's key. */
const FIELD_NAMES: Record<SettingsField, { source: 'portfolio' | 'roadmap' | null; name: FieldName }> = {
  'portfolio.owner': { source: 'portfolio', name: 'owner' },
  'portfolio.repo': { source: 'portfolio', name: 'repo' },
  'portfolio.project': { source: 'portfolio', name: 'project' },
  'portfolio.phaseField': { source: 'portfolio', name: 'phaseField' },
  'roadmap.owner': { source: 'roadmap', name: 'owner' },
  'roadmap.repo': { source: 'roadmap', name: 'repo' },
  'roadmap.project': { source: 'roadmap', name: 'project' },
  epicLabels: { source: null, name: 'epicLabels' },
};

/** A field's name in the error summary: its source and its label ("Porteføljen: Eier"). */
export function useSettingsFieldLabel() {
  const { t } = useTranslation();
  return useCallback(
    (path: SettingsField): string => {
      const { source, name } = FIELD_NAMES[path];
      const label = t(`githubSync.settings.fields.${name}`);
      return source
        ? t('githubSync.settings.fieldIn', { source: t(`githubSync.settings.${source}`), label })
        : label;
    },
    [t],
  );
}
