/**
 * The interface languages Offprint ships, in the order the Language setting lists them, each named in itself.
 * Adding a language: a folder of messages under ./messages (copy `en`), and one line here and in ./messages/index.ts.
 */
export const LOCALES = ['en', 'zh-Hans', 'zh-Hant', 'ja', 'de', 'fr', 'es', 'ar'] as const;
export type ShippedLocale = (typeof LOCALES)[number];

/** The pseudo-locale (accented, 40 % longer, in brackets): for layout tests, never offered to users. */
export const PSEUDO_LOCALE = 'en-XA';
export type Locale = ShippedLocale | typeof PSEUDO_LOCALE;

export const DEFAULT_LOCALE: ShippedLocale = 'en';

export const LOCALE_NAMES: Record<ShippedLocale, string> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
  ja: '日本語',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set<Locale>(['ar']);

export function localeDirection(locale: Locale): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

export function isLocale(value: unknown): value is Locale {
  return value === PSEUDO_LOCALE || (typeof value === 'string' && (LOCALES as readonly string[]).includes(value));
}
