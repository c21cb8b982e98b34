/**
 * The library's filters: by source, author, tag, collection, language, read or unread, with notes or without, and
 * a date range (added or published). Within one facet the chosen values are alternatives (either source), across
 * facets they all apply. Every option is counted among the articles the *other* active filters let through, so a
 * count says what ticking the option would add. One pass over the library. Pure.
 *
 * Reading states are options of the status facet: read or unread, and also a favourite, archived. The archive is
 * done with: archived articles are left out of the list (and of every count but their own) unless the status
 * filter chooses Archived or Favourites (a favourite stays a favourite once archived), as Pocket and Readwise do.
 */
import type { TFunction } from 'i18next';
import type { LibraryEntry, ReadingFacts } from '../../data/library-entry';
import { languageFilterKey } from '../../../../src-shared/article/language-tag';

export const FACETS = ['source', 'author', 'tag', 'collection', 'language', 'status', 'notes'] as const;
export type Facet = (typeof FACETS)[number];

/** The value of an article without a source, an author or a language. */
export const NONE = '';
export const STATUS_READ = 'read';
export const STATUS_UNREAD = 'unread';
export const STATUS_FAVOURITE = 'favourite';
export const STATUS_ARCHIVED = 'archived';
export const NOTES_WITH = 'with';
export const NOTES_WITHOUT = 'without';

export type DateField = 'added' | 'published';

export interface DateRange {
  field: DateField;
  /** First and last day included (YYYY-MM-DD); null: open. */
  from: string | null;
  to: string | null;
}

export interface LibraryFilters {
  /** The chosen values of each facet; an empty list does not filter. */
  values: Readonly<Record<Facet, readonly string[]>>;
  dates: DateRange;
}

export const NO_FILTERS: LibraryFilters = {
  values: { source: [], author: [], tag: [], collection: [], language: [], status: [], notes: [] },
  dates: { field: 'added', from: null, to: null },
};

export function hasActiveFilters(filters: LibraryFilters): boolean {
  return FACETS.some((facet) => filters.values[facet].length > 0) || filters.dates.from !== null || filters.dates.to !== null;
}

/** How many filters are on: each chosen value, and each end of the date range. */
export function activeFilterCount(filters: LibraryFilters): number {
  const values = FACETS.reduce((sum, facet) => sum + filters.values[facet].length, 0);
  return values + (filters.dates.from !== null ? 1 : 0) + (filters.dates.to !== null ? 1 : 0);
}

/** The filters with `value` of `facet` chosen or no longer chosen. */
export function toggleValue(filters: LibraryFilters, facet: Facet, value: string): LibraryFilters {
  const current = filters.values[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, values: { ...filters.values, [facet]: next } };
}

export function clearFacet(filters: LibraryFilters, facet: Facet): LibraryFilters {
  return { ...filters, values: { ...filters.values, [facet]: [] } };
}

export type DateRangeProblem = { kind: 'not-a-date'; day: string } | { kind: 'end-before-start' };

/** What is wrong with the range, if it is not one (a day that does not exist, or the end before the start). */
export function dateRangeProblem(range: DateRange): DateRangeProblem | null {
  for (const day of [range.from, range.to]) {
    if (day !== null && !isDay(day)) return { kind: 'not-a-date', day };
  }
  if (range.from !== null && range.to !== null && range.from > range.to) return { kind: 'end-before-start' };
  return null;
}

/** A clear message when the range is not one, in the interface's language. */
export function dateRangeError(range: DateRange, t: TFunction<'library'>): string | null {
  const problem = dateRangeProblem(range);
  if (!problem) return null;
  return problem.kind === 'not-a-date' ? t('notADate', { day: problem.day }) : t('endBeforeStart');
}

function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** The facet's values of one article (several for tags and collections). */
export function valuesOf(entry: LibraryEntry, facet: Facet, facts: ReadingFacts): readonly string[] {
  switch (facet) {
    case 'source':
      return [entry.source ?? NONE];
    case 'author':
      return [entry.author ?? NONE];
    case 'tag':
      return entry.tags;
    case 'collection':
      return entry.collections;
    case 'language':
      // By language, not by region: en-US, en-GB and en are all English (the article keeps its region).
      return [languageFilterKey(entry.language) ?? NONE];
    case 'status':
      return statusValues(entry, facts);
    case 'notes':
      return [facts.noted.has(entry.id) ? NOTES_WITH : NOTES_WITHOUT];
  }
}

function statusValues(entry: LibraryEntry, facts: ReadingFacts): readonly string[] {
  const values = [facts.read.has(entry.id) ? STATUS_READ : STATUS_UNREAD];
  if (entry.favouritedAt) values.push(STATUS_FAVOURITE);
  if (entry.archivedAt) values.push(STATUS_ARCHIVED);
  return values;
}

/** Whether the status filter (`wanted`, undefined when nothing is chosen) lets the article through. */
function statusPasses(entry: LibraryEntry, values: readonly string[], wanted: ReadonlySet<string> | undefined): boolean {
  if (entry.archivedAt && !wanted?.has(STATUS_ARCHIVED) && !wanted?.has(STATUS_FAVOURITE)) return false;
  return !wanted || values.some((value) => wanted.has(value));
}

/** True when the filters leave archived articles out (the status filter chooses neither Archived nor Favourites). */
export function hidesArchive(filters: LibraryFilters): boolean {
  const status = filters.values.status;
  return !status.includes(STATUS_ARCHIVED) && !status.includes(STATUS_FAVOURITE);
}

function inRange(entry: LibraryEntry, range: DateRange): boolean {
  if (range.from === null && range.to === null) return true;
  const value = range.field === 'added' ? entry.addedAt : entry.publishedAt;
  if (!value) return false;
  const day = value.slice(0, 10);
  return (range.from === null || day >= range.from) && (range.to === null || day <= range.to);
}

export type FacetCounts = Record<Facet, Map<string, number>>;

export interface FilterResult {
  /** The articles every filter lets through, in the order given. */
  entries: LibraryEntry[];
  counts: FacetCounts;
}

export function applyFilters(entries: readonly LibraryEntry[], filters: LibraryFilters, facts: ReadingFacts): FilterResult {
  const active = FACETS.filter((facet) => filters.values[facet].length > 0);
  const chosen = new Map(active.map((facet) => [facet, new Set(filters.values[facet])]));
  // The status facet is always checked: it leaves archived articles out unless they are asked for.
  const checked = active.includes('status') ? active : [...active, 'status' as const];
  const wantedStatus = chosen.get('status');
  const passes = (entry: LibraryEntry, facet: Facet): boolean => {
    const values = valuesOf(entry, facet, facts);
    if (facet === 'status') return statusPasses(entry, values, wantedStatus);
    const wanted = chosen.get(facet)!;
    return values.some((value) => wanted.has(value));
  };
  const counts = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetCounts;
  const add = (facet: Facet, value: string) => counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  const count = (entry: LibraryEntry, facet: Facet) => {
    for (const value of valuesOf(entry, facet, facts)) add(facet, value);
  };
  // An article left out by the status facet alone: counted under the options that would let it through.
  const countStatusFailure = (entry: LibraryEntry) => {
    const values = valuesOf(entry, 'status', facts);
    for (const value of values) {
      if (statusPasses(entry, values, new Set([...(wantedStatus ?? []), value]))) add('status', value);
    }
  };
  const result: LibraryEntry[] = [];
  const range = dateRangeProblem(filters.dates) === null ? filters.dates : NO_FILTERS.dates;
  for (const entry of entries) {
    if (!inRange(entry, range)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (const facet of checked) {
      if (!passes(entry, facet)) {
        failed = facet;
        failures += 1;
        if (failures > 1) break;
      }
    }
    if (failures === 0) {
      result.push(entry);
      for (const facet of FACETS) count(entry, facet);
    } else if (failures === 1 && failed === 'status') {
      countStatusFailure(entry);
    } else if (failures === 1 && failed !== null) {
      count(entry, failed);
    }
  }
  return { entries: result, counts };
}
