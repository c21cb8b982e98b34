/**
 * The locale numbers and dates are formatted in (Intl): the interface's, read from the i18next instance in use,
 * so it also works in a component rendered without the LocaleProvider (a unit test: English).
 */
import { useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, formattingLocale, isLocale } from '../../../../src-shared/i18n';

export function useFormattingLocale(): string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return formattingLocale(isLocale(language) ? language : DEFAULT_LOCALE);
}
