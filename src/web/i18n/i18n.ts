import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../contracts/workflow';
import { loadMessages } from './languages';
import type { nb } from './nb';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof nb };
  }
}

const STORAGE_KEY = 'rodtrad.language';
export const DEFAULT_LOCALE: Locale = 'nb';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** The language chosen earlier in this browser, or bokmål. */
function storedLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch (error) {
    // Storage can be blocked by the browser's privacy settings; the default language still works.
    console.warn('language preference unavailable', error);
    return DEFAULT_LOCALE;
  }
}

/** Keeps <html lang> and the stored choice in step with the language. */
function onLanguageChanged(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch (error) {
    console.warn('language preference not saved', error);
  }
}

export async function initI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', onLanguageChanged);
  const locale = storedLocale();
  await i18next.use(initReactI18next).init({
    // Only the language shown is loaded; switchLanguage loads another when it is chosen.
    resources: { [locale]: { translation: await loadMessages(locale) } },
    partialBundledLanguages: true,
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return i18next;
}

/** The current language as a Locale (i18next reports a string). */
export const currentLocale = (language: string): Locale => (isLocale(language) ? language : DEFAULT_LOCALE);

/** Loads the language's messages unless already loaded, then shows the page in it. */
export async function switchLanguage(locale: Locale): Promise<void> {
  if (!i18next.hasResourceBundle(locale, 'translation')) {
    i18next.addResourceBundle(locale, 'translation', await loadMessages(locale));
  }
  await i18next.changeLanguage(locale);
}
