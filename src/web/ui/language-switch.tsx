import { ToggleGroup, ToggleGroupItem } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../contracts/workflow';
import { currentLocale, isLocale, switchLanguage } from '../i18n/i18n';
import { LANGUAGE_NAMES } from '../i18n/languages';

/** Bokmål, nynorsk or English; each language is named in itself and marked with its own lang. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <ToggleGroup
      aria-label={t('language.label')}
      data-size="sm"
      data-color="neutral"
      value={currentLocale(i18n.language)}
      onChange={(value) => {
        if (isLocale(value)) void switchLanguage(value);
      }}
      className="language-switch"
    >
      {LOCALES.map((locale) => (
        <ToggleGroupItem key={locale} value={locale} lang={locale}>
          {LANGUAGE_NAMES[locale]}
        </ToggleGroupItem>
      ))}
    </ToggleGroup>
  );
}
