/**
 * The options a facet offers, from its counts: labelled ("No source", a language's name), most articles first,
 * chosen ones always listed (with 0 when the other filters leave none), collections by their names and listed
 * even when empty. Pure.
 */
import type { TFunction } from 'i18next';
import {
  NONE,
  NOTES_WITH,
  NOTES_WITHOUT,
  STATUS_ARCHIVED,
  STATUS_FAVOURITE,
  STATUS_READ,
  STATUS_UNREAD,
  type Facet,
} from './library-filters';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

type LibraryT = TFunction<'library'>;
type LabelKey = 'unread' | 'read' | 'favourites' | 'archived' | 'hasNotes' | 'noNotes';

const FIXED: Partial<Record<Facet, [string, LabelKey][]>> = {
  status: [
    [STATUS_UNREAD, 'unread'],
    [STATUS_READ, 'read'],
    [STATUS_FAVOURITE, 'favourites'],
    [STATUS_ARCHIVED, 'archived'],
  ],
  notes: [
    [NOTES_WITH, 'hasNotes'],
    [NOTES_WITHOUT, 'noNotes'],
  ],
};

const NONE_LABELS: Partial<Record<Facet, 'noSource' | 'noAuthor' | 'noLanguage'>> = {
  source: 'noSource',
  author: 'noAuthor',
  language: 'noLanguage',
};

const languageNames = new Map<string, Intl.DisplayNames | null>();

function namesIn(locale: string | undefined): Intl.DisplayNames | null {
  const key = locale ?? '';
  if (!languageNames.has(key)) {
    try {
      languageNames.set(key, new Intl.DisplayNames(locale, { type: 'language' }));
    } catch {
      languageNames.set(key, null);
    }
  }
  return languageNames.get(key) ?? null;
}

/** "French (fr)": a language's name in the interface's language (`locale`), with its code. */
export function languageLabel(code: string, t: LibraryT, locale?: string): string {
  try {
    const name = namesIn(locale)?.of(code);
    return name && name !== code ? t('languageWithCode', { name, code }) : code;
  } catch {
    return code;
  }
}

export function facetOptions(
  facet: Facet,
  counts: ReadonlyMap<string, number>,
  chosen: readonly string[],
  collectionNames: ReadonlyMap<string, string>,
  t: LibraryT,
  locale?: string,
): FacetOption[] {
  const fixed = FIXED[facet];
  if (fixed) return fixed.map(([value, label]) => ({ value, label: t(label), count: counts.get(value) ?? 0 }));
  const values = new Set([...counts.keys(), ...chosen]);
  if (facet === 'collection') {
    for (const id of collectionNames.keys()) values.add(id);
    // An id whose collection was deleted meanwhile is not offered.
    for (const id of [...values]) if (!collectionNames.has(id)) values.delete(id);
  }
  const label = (value: string): string => {
    const none = NONE_LABELS[facet];
    if (value === NONE) return none ? t(none) : value;
    if (facet === 'collection') return collectionNames.get(value) ?? value;
    if (facet === 'language') return languageLabel(value, t, locale);
    return value;
  };
  return [...values]
    .map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale));
}

/** The options shown before "Show all": the first `limit`, plus any chosen option further down. */
export function visibleOptions(options: readonly FacetOption[], chosen: readonly string[], limit: number): FacetOption[] {
  return options.filter((option, i) => i < limit || chosen.includes(option.value));
}
