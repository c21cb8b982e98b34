/** The interface language: the provider, the Language setting, and the locale for Intl formatting. */
export { LocaleProvider, useLocale } from './LocaleProvider';
export { type LanguageChoice } from './language-choice';
