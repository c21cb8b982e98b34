/**
 * The interface's locale, read from the i18next instance in use (the LocaleProvider's, or the English one a unit
 * test renders with): for Intl formatting of dates and numbers (through formattingLocale) and for the direction of
 * the interface's own labels where they sit inside content of another direction.
 */
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../../../../src-shared/i18n';

export function useInterfaceLocale(): Locale {
  const { i18n } = useTranslation();
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}
