/**
 * The interface's locale, read from the i18next instance in use (the LocaleProvider's, or the English one a unit
 * test renders with), for the direction of the interface's own labels; and the locale to format dates and numbers
 * with: the system's own tag when it is in the interface language (en-GB gives "1 May 2024, 08:00" in English,
 * de-AT Austrian German), else the interface language itself (formattingLocale: the pseudo-locale formats as English).
 */
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, formattingLocale, isLocale, matchLocale, type Locale } from '../../../../src-shared/i18n';

export function useInterfaceLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** The Intl locale for `locale`: the first of the system's languages that is the same language, else its own. */
export function intlLocaleFor(locale: Locale, systemLanguages: readonly string[]): string {
  const base = formattingLocale(locale);
  const wanted = matchLocale(base) ?? locale;
  return systemLanguages.find((tag) => matchLocale(tag) === wanted) ?? base;
}

export function useFormattingLocale(): string {
  return intlLocaleFor(useInterfaceLocale(), navigator.languages);
}
