/** The interface language: the provider, the Language setting, and the locale for Intl formatting. */
export { LocaleProvider, useLocale, useOptionalLocale } from './LocaleProvider';
export { type LanguageChoice } from './language-choice';
export { intlLocaleFor, useFormattingLocale, useInterfaceLocale } from './use-formatting-locale';
export { translatorFor } from './translate-now';
export { isolated } from './isolated';
