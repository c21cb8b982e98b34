/**
 * The interface language for the system's preferred languages (`navigator.languages`, Electron's
 * `app.getPreferredSystemLanguages()`): the first one Offprint ships, matched by language and, for Chinese, by
 * script, so zh-SG and zh-CN give 简体中文 and zh-HK, zh-TW and zh-MO give 繁體中文. English when none matches.
 */
import { DEFAULT_LOCALE, LOCALES, PSEUDO_LOCALE, type Locale, type ShippedLocale } from './locales';

function parse(tag: string): Intl.Locale | undefined {
  try {
    return new Intl.Locale(tag.replace(/_/g, '-')).maximize();
  } catch {
    return undefined;
  }
}

/** The shipped locale for one language tag, or undefined when Offprint has none for it. */
export function matchLocale(tag: string): Locale | undefined {
  if (tag === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const locale = parse(tag);
  if (!locale) return undefined;
  if (locale.language === 'zh') return locale.script === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  return (LOCALES as readonly string[]).includes(locale.language) ? (locale.language as ShippedLocale) : undefined;
}

export function chooseLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
