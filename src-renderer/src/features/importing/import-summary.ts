/** The plain-language lines of an import: while it runs, when it is cancelled, and at the end. Pure. */
import type { TFunction } from 'i18next';
import type { ImportFailure } from '../../../../src-shared/contract';
import { reasonText } from '../../../../src-shared/i18n';
import { relativePaths } from '../../../../src-shared/import/relative-paths';
import type { ImportDuplicate, ImportUpdate } from '../../data/database';

/** The words of importing, with the shared ones (`common:`). */
export type ImportingT = TFunction<['importing', 'common', 'errors']>;

export interface ImportCounts {
  /** Files and articles found so far. */
  found: number;
  /** New to the library. */
  added: number;
  /** Already in the library, updated in place (`updates` names them). */
  updated: number;
  failed: number;
  failures: ImportFailure[];
  /** Files that were the same article as an earlier file of this import: not stored twice. */
  duplicates: ImportDuplicate[];
  updates: ImportUpdate[];
  /** Images that were only on the web, so not in the library. */
  remoteImages: number;
}

/** The counts of an import that has not started: nothing found, nothing stored. */
export function noImportCounts(): ImportCounts {
  return { found: 0, added: 0, updated: 0, failed: 0, failures: [], duplicates: [], updates: [], remoteImages: 0 };
}

/** How an import run ended: its counts, and whether it was cancelled or stopped on an error. */
export interface ImportRunResult extends ImportCounts {
  cancelled: boolean;
  /** The message when the import stopped on an error; null otherwise. */
  error: string | null;
  /** The kept report, or null when it could not be saved. */
  reportId: string | null;
  /** The names of the folders chosen (paths are shown relative to them). */
  folders?: string[];
}

/** A number as the interface's language writes it ("1,234"); `locale` from useFormattingLocale. */
export function formatCount(n: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** How many were dealt with: stored, updated, failed, or found twice. */
export function handledCount(counts: Pick<ImportCounts, 'added' | 'updated' | 'failed' | 'duplicates'>): number {
  return counts.added + counts.updated + counts.failed + counts.duplicates.length;
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

/**
 * "1 duplicate in this import: sub/a.md is the same as a.md." (both named when there is one, relative to the
 * folder chosen), or null.
 */
function duplicateSentence(duplicates: readonly ImportDuplicate[], folders: readonly string[], t: ImportingT): string | null {
  const [only] = duplicates;
  if (duplicates.length === 1 && only) {
    const short = relativePaths([only.path, only.firstPath], folders);
    return t('oneDuplicate', { path: short(only.path), first: short(only.firstPath) });
  }
  if (duplicates.length > 0) return t('duplicatesSentence', { count: duplicates.length });
  return null;
}

function remoteSentence(remoteImages: number, t: ImportingT): string | null {
  return remoteImages > 0 ? t('remoteImages', { count: remoteImages }) : null;
}

/** The summary's further sentences (duplicates, failures, images left on the web) after its first. */
function withDetails(text: string, counts: SummaryCounts, t: ImportingT): string {
  const sentences = [
    duplicateSentence(counts.duplicates ?? [], counts.folders ?? [], t),
    failureSentence(counts, t),
    remoteSentence(counts.remoteImages ?? 0, t),
  ];
  let result = text;
  for (const sentence of sentences) if (sentence !== null) result = t('common:twoSentences', { first: result, second: sentence });
  return result;
}

type SummaryCounts = Pick<ImportCounts, 'added' | 'updated' | 'failed' | 'failures'> &
  Partial<Pick<ImportCounts, 'duplicates' | 'remoteImages'>> & { folders?: readonly string[] };

/**
 * e.g. "Imported 997 articles, 12 updated. 2 duplicates in this import. 3 files could not be imported. 41 images
 * were on the web and are not in your library." (a single duplicate or failure is named inline).
 */
export function summarizeImport(counts: SummaryCounts, t: ImportingT): string {
  const { added, updated } = counts;
  let text: string;
  if (added > 0 && updated > 0) text = t('importedAndUpdated', { count: added, updated });
  else if (updated > 0) text = t('updated', { count: updated });
  else text = t('imported', { count: added });
  return withDetails(text, counts, t);
}

/** e.g. "Import cancelled: 340 articles imported, 12 updated. 3 files could not be imported." */
export function summarizeCancelled(counts: SummaryCounts, t: ImportingT): string {
  const text =
    counts.updated > 0
      ? t('cancelledAndUpdated', { count: counts.added, updated: counts.updated })
      : t('cancelled', { count: counts.added });
  return withDetails(text, counts, t);
}

/** "about 20 s left", "about 3 min left"; null when there is no estimate yet. */
export function formatTimeLeft(seconds: number | null, t: ImportingT): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return t('secondsLeft', { seconds: Math.max(5, Math.ceil(seconds / 5) * 5) });
  return t('minutesLeft', { minutes: Math.round(seconds / 60) });
}

/** e.g. "Importing… 340 of 1,000 · 12 updated · 2 duplicates in this import · 3 failed · about 20 s left" */
export function progressLine(counts: ImportCounts, secondsLeft: number | null, t: ImportingT): string {
  if (counts.found === 0) return t('lookingForArticles');
  const parts: string[] = [t('progress', { handled: handledCount(counts), found: counts.found })];
  if (counts.updated > 0) parts.push(t('updatedCount', { count: counts.updated }));
  if (counts.duplicates.length > 0) parts.push(t('duplicatesInImport', { count: counts.duplicates.length }));
  if (counts.failed > 0) parts.push(t('failedCount', { count: counts.failed }));
  const left = formatTimeLeft(secondsLeft, t);
  if (left) parts.push(left);
  return parts.join(' · ');
}
