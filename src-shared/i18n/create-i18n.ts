/**
 * One i18next instance over the shared messages, for main (menus, dialogs, errors) and the renderer (through
 * react-i18next). i18next was chosen over FormatJS because the same plain `t()` runs in both processes without a
 * compiler step, plural forms come from `Intl.PluralRules` categories (`_zero` … `_other` suffixes), and numbers,
 * dates, relative times and lists are formatted by `Intl` inside the message (`{{count, number}}`,
 * `{{when, relativetime}}`, `{{names, list}}`), so no sentence is glued from pieces.
 * Initialised synchronously: the resources are in memory, so the first render is already translated.
 */
import i18next, { type i18n } from 'i18next';
import './i18next-types';
import { DEFAULT_LOCALE, PSEUDO_LOCALE, type Locale } from './locales';
import { MESSAGES, NAMESPACES, type LocaleMessages } from './messages';
import { pseudoMessages } from './pseudo-locale';

let pseudo: LocaleMessages | undefined;

function resourcesFor(locale: Locale): LocaleMessages {
  if (locale !== PSEUDO_LOCALE) return MESSAGES[locale];
  pseudo ??= pseudoMessages(MESSAGES.en);
  return pseudo;
}

/** The Intl locale for formatting: the pseudo-locale formats as English. */
export function formattingLocale(locale: Locale): string {
  return locale === PSEUDO_LOCALE ? 'en' : locale;
}

export function createI18n(locale: Locale): i18n {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(
    [DEFAULT_LOCALE, locale].map((code) => [code, resourcesFor(code)]),
  ) as Record<string, LocaleMessages>;
  void instance.init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: false,
    resources,
    ns: NAMESPACES,
    defaultNS: 'common',
    initAsync: false,
    returnNull: false,
    // React escapes what it renders, and main's strings go to native menus and dialogs, not HTML.
    interpolation: { escapeValue: false },
  });
  return instance;
}

/** Switches an instance to another locale, adding its messages first; synchronous, like createI18n. */
export function changeLocale(instance: i18n, locale: Locale): void {
  for (const namespace of NAMESPACES) {
    if (!instance.hasResourceBundle(locale, namespace)) {
      instance.addResourceBundle(locale, namespace, resourcesFor(locale)[namespace], true, true);
    }
  }
  void instance.changeLanguage(locale);
}
