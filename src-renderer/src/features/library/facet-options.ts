/**
 * The options a facet offers, from its counts: labelled ("No source", a language's name), most articles first,
 * chosen ones always listed (with 0 when the other filters leave none), collections by their names and listed
 * even when empty. Pure.
 */
import { NONE, NOTES_WITH, NOTES_WITHOUT, STATUS_READ, STATUS_UNREAD, type Facet } from './library-filters';

export interface FacetOption {
  value: string;
  label: string;
  count: number;
}

const FIXED: Partial<Record<Facet, [string, string][]>> = {
  status: [
    [STATUS_UNREAD, 'Unread'],
    [STATUS_READ, 'Read'],
  ],
  notes: [
    [NOTES_WITH, 'Has notes'],
    [NOTES_WITHOUT, 'No notes'],
  ],
};

const NONE_LABELS: Partial<Record<Facet, string>> = { source: 'No source', author: 'No author', language: 'No language' };

let languageNames: Intl.DisplayNames | null | undefined;

export function languageLabel(code: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(undefined, { type: 'language' });
    } catch {
      languageNames = null;
    }
  }
  try {
    const name = languageNames?.of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

export function facetOptions(
  facet: Facet,
  counts: ReadonlyMap<string, number>,
  chosen: readonly string[],
  collectionNames: ReadonlyMap<string, string>,
): FacetOption[] {
  const fixed = FIXED[facet];
  if (fixed) return fixed.map(([value, label]) => ({ value, label, count: counts.get(value) ?? 0 }));
  const values = new Set([...counts.keys(), ...chosen]);
  if (facet === 'collection') {
    for (const id of collectionNames.keys()) values.add(id);
    // An id whose collection was deleted meanwhile is not offered.
    for (const id of [...values]) if (!collectionNames.has(id)) values.delete(id);
  }
  const label = (value: string): string => {
    if (value === NONE) return NONE_LABELS[facet] ?? value;
    if (facet === 'collection') return collectionNames.get(value) ?? value;
    if (facet === 'language') return languageLabel(value);
    return value;
  };
  return [...values]
    .map((value) => ({ value, label: label(value), count: counts.get(value) ?? 0 }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The options shown before "Show all": the first `limit`, plus any chosen option further down. */
export function visibleOptions(options: readonly FacetOption[], chosen: readonly string[], limit: number): FacetOption[] {
  return options.filter((option, i) => i < limit || chosen.includes(option.value));
}
