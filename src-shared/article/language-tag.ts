/**
 * Language tags as the library files and filters them. The stored tag keeps what the page said, in canonical BCP 47
 * form with its region (`en_us` → `en-US`); the filter groups by language (`en-US`, `en-GB` and `en` are all
 * English) and can still show the region. Pages that write a language's name instead of its tag ("English",
 * "Deutsch", "中文") get the tag. Pure: Intl only.
 */

/** Names pages write in place of a tag, lower-cased. */
const NAMED: Readonly<Record<string, string>> = {
  english: 'en', deutsch: 'de', german: 'de', français: 'fr', francais: 'fr', french: 'fr', español: 'es',
  espanol: 'es', spanish: 'es', italiano: 'it', italian: 'it', português: 'pt', portuguese: 'pt', nederlands: 'nl',
  dutch: 'nl', русский: 'ru', russian: 'ru', 中文: 'zh', chinese: 'zh', 简体中文: 'zh-Hans', 繁體中文: 'zh-Hant',
  日本語: 'ja', japanese: 'ja', 한국어: 'ko', korean: 'ko',
};

/**
 * A declared language in canonical BCP 47 form with its region (`EN_us` → `en-US`, `English` → `en`,
 * `en-US,en;q=0.9` → `en-US`), or null when it names no language (`und`, `x-default`, nonsense).
 */
export function canonicalLanguageTag(declared: string | null | undefined): string | null {
  const first = declared?.split(/[,;]/).find((part) => part.trim() !== '')?.trim().replace(/_/g, '-');
  if (!first) return null;
  const tag = NAMED[first.toLowerCase()] ?? first;
  if (/\s/.test(tag)) return null;
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
    if (!canonical || /^(und|zxx|mul|mis)\b/i.test(canonical) || /^x-/i.test(canonical)) return null;
    return canonical;
  } catch {
    return null;
  }
}

/** What a language filter groups by: the primary language subtag (`en-GB` → `en`, `zh-Hant-TW` → `zh`), or null. */
export function languageFilterKey(tag: string | null | undefined): string | null {
  const canonical = canonicalLanguageTag(tag);
  return canonical ? (canonical.split('-')[0] ?? null) : null;
}

/** The region a tag names (`en-GB` → `GB`), or null. */
export function languageRegion(tag: string | null | undefined): string | null {
  const canonical = canonicalLanguageTag(tag);
  if (!canonical) return null;
  try {
    return new Intl.Locale(canonical).region ?? null;
  } catch {
    return null;
  }
}

function displayName(code: string, type: 'language' | 'region'): string | null {
  try {
    const name = new Intl.DisplayNames(['en'], { type, fallback: 'none' }).of(code);
    return name && name !== code ? name : null;
  } catch {
    return null;
  }
}

/** The language's name for a filter (`en-US` → `English`), or the tag when it has no known name; null without one. */
export function languageName(tag: string | null | undefined): string | null {
  const key = languageFilterKey(tag);
  return key ? (displayName(key, 'language') ?? key) : null;
}

/** The name with its region, for showing one article's language (`en-GB` → `English (United Kingdom)`). */
export function languageLabel(tag: string | null | undefined): string | null {
  const name = languageName(tag);
  if (!name) return null;
  const region = languageRegion(tag);
  return region ? `${name} (${displayName(region, 'region') ?? region})` : name;
}
