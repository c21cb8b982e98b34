/** The interface's languages: messages, locale choice, formatting helpers, for main and the renderer. */
export { createI18n, changeLocale, formattingLocale } from './create-i18n';
export { chooseLocale, matchLocale } from './choose-locale';
export { isolate } from './isolate';
export { pseudoLocalise } from './pseudo-locale';
export {
  DEFAULT_LOCALE,
  LOCALES,
  LOCALE_NAMES,
  PSEUDO_LOCALE,
  isLocale,
  localeDirection,
  type Locale,
  type ShippedLocale,
} from './locales';
export type { Namespace } from './messages';
export { reasonText, type ReasonT } from './reason-text';
export type { ErrorCode } from './messages/en/errors';
