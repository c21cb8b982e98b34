/** The plain-language lines of an import: while it runs, when it is cancelled, and at the end. Pure. */
import type { TFunction } from 'i18next';
import type { ImportFailure } from '../../../../src-shared/contract';
import { reasonText } from '../../../../src-shared/i18n';

/** The words of importing, with the shared ones (`common:`). */
export type ImportingT = TFunction<['importing', 'common', 'errors']>;

export interface ImportCounts {
  /** Files and articles found so far. */
  found: number;
  /** New to the library. */
  added: number;
  /** Already in the library (duplicates), updated in place. */
  updated: number;
  failed: number;
  failures: ImportFailure[];
}

/** How an import run ended: its counts, and whether it was cancelled or stopped on an error. */
export interface ImportRunResult extends ImportCounts {
  cancelled: boolean;
  /** The message when the import stopped on an error; null otherwise. */
  error: string | null;
  /** The kept report, or null when it could not be saved. */
  reportId: string | null;
}

/** A number as the interface's language writes it ("1,234"); `locale` from useFormattingLocale. */
export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** How many were dealt with: stored, updated or failed. */
export function handledCount(counts: ImportCounts): number {
  return counts.added + counts.updated + counts.failed;
}

/**
 * The file name of a path (either separator), for reports. A path inside an archive
 * (`/home/ann/Library.offprint › articles/0007/article.json`) keeps the archive's name and the inner path, which
 * says where the problem is.
 */
export function fileName(path: string): string {
  const [outer = path, ...inner] = path.split(' › ');
  const parts = outer.split(/[\\/]/).filter((p) => p !== '');
  const name = parts[parts.length - 1] ?? outer;
  return inner.length > 0 ? [name, ...inner].join(' › ') : name;
}

/**
 * Why a file was not imported, in the interface language when main sent a code (else main's English words); the
 * values inserted (file names, paths, sizes) are bidi-isolated, a cause inside the reason is translated too.
 */
export function failureReason(failure: ImportFailure, t: ImportingT): string {
  if (!failure.code) return failure.reason;
  const coded = failure.params ? { code: failure.code, params: failure.params } : { code: failure.code };
  // The values arrive from main with the code, so their names are checked by the tests, not by the key's type.
  return reasonText(coded, (code, values) => t(`errors:${code}` as 'errors:empty', values), true);
}

/** "NAME — reason". */
export function describeFailure(failure: ImportFailure, t: ImportingT): string {
  return t('failureLine', { name: fileName(failure.path), reason: failureReason(failure, t) });
}

function failureSentence(counts: Pick<ImportCounts, 'failed' | 'failures'>, t: ImportingT): string | null {
  if (counts.failed === 1 && counts.failures[0]) return t('oneFailure', { failure: describeFailure(counts.failures[0], t) });
  if (counts.failed > 0) return t('failures', { count: counts.failed });
  return null;
}

function withFailures(text: string, counts: Pick<ImportCounts, 'failed' | 'failures'>, t: ImportingT): string {
  const failures = failureSentence(counts, t);
  return failures === null ? text : t('common:twoSentences', { first: text, second: failures });
}

type SummaryCounts = Pick<ImportCounts, 'added' | 'updated' | 'failed' | 'failures'>;

/** e.g. "Imported 997 articles, 12 updated. 3 files could not be imported." (a single failure is named inline). */
export function summarizeImport(counts: SummaryCounts, t: ImportingT): string {
  const { added, updated } = counts;
  let text: string;
  if (added > 0 && updated > 0) text = t('importedAndUpdated', { count: added, updated });
  else if (updated > 0) text = t('updated', { count: updated });
  else text = t('imported', { count: added });
  return withFailures(text, counts, t);
}

/** e.g. "Import cancelled: 340 articles imported, 12 updated. 3 files could not be imported." */
export function summarizeCancelled(counts: SummaryCounts, t: ImportingT): string {
  const text =
    counts.updated > 0
      ? t('cancelledAndUpdated', { count: counts.added, updated: counts.updated })
      : t('cancelled', { count: counts.added });
  return withFailures(text, counts, t);
}

/** "about 20 s left", "about 3 min left"; null when there is no estimate yet. */
export function formatTimeLeft(seconds: number | null, t: ImportingT): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return t('secondsLeft', { seconds: Math.max(5, Math.ceil(seconds / 5) * 5) });
  return t('minutesLeft', { minutes: Math.round(seconds / 60) });
}

/** e.g. "Importing… 340 of 1,000 · 12 duplicates · 3 failed · about 20 s left" */
export function progressLine(counts: ImportCounts, secondsLeft: number | null, t: ImportingT): string {
  if (counts.found === 0) return t('lookingForArticles');
  const parts: string[] = [t('progress', { handled: handledCount(counts), found: counts.found })];
  if (counts.updated > 0) parts.push(t('duplicates', { count: counts.updated }));
  if (counts.failed > 0) parts.push(t('failedCount', { count: counts.failed }));
  const left = formatTimeLeft(secondsLeft, t);
  if (left) parts.push(left);
  return parts.join(' · ');
}

/**
 * Seconds left at the pace so far, or null before there is a pace (the first second, nothing done yet) or when
 * everything found is done (more may still be found).
 */
export function estimateSecondsLeft(counts: ImportCounts, elapsedMs: number): number | null {
  const done = handledCount(counts);
  if (elapsedMs < 1000 || done === 0 || done >= counts.found) return null;
  return ((counts.found - done) * elapsedMs) / done / 1000;
}
