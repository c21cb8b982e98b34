/** The plain-language lines of an import: while it runs, when it is cancelled, and at the end. Pure. */
import type { ImportFailure } from '../../../../src-shared/contract';

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

export function formatCount(n: number): string {
  return new Intl.NumberFormat().format(n);
}

function count(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
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

/** "NAME — reason" */
export function describeFailure(failure: ImportFailure): string {
  return `${fileName(failure.path)} — ${failure.reason}`;
}

function failureSentence(counts: Pick<ImportCounts, 'failed' | 'failures'>): string {
  if (counts.failed === 1 && counts.failures[0]) return ` 1 file could not be imported: ${describeFailure(counts.failures[0])}`;
  if (counts.failed > 0) return ` ${count(counts.failed, 'file', 'files')} could not be imported.`;
  return '';
}

/** e.g. "Imported 997 articles, 12 updated. 3 files could not be imported." (a single failure is named inline). */
export function summarizeImport(counts: Pick<ImportCounts, 'added' | 'updated' | 'failed' | 'failures'>): string {
  const parts: string[] = [];
  if (counts.added > 0 || counts.updated === 0) parts.push(`Imported ${count(counts.added, 'article', 'articles')}`);
  if (counts.updated > 0) {
    parts.push(parts.length > 0 ? `${formatCount(counts.updated)} updated` : `Updated ${count(counts.updated, 'article', 'articles')}`);
  }
  return `${parts.join(', ')}.${failureSentence(counts)}`;
}

/** e.g. "Import cancelled: 340 articles imported, 12 updated. 3 files could not be imported." */
export function summarizeCancelled(counts: Pick<ImportCounts, 'added' | 'updated' | 'failed' | 'failures'>): string {
  const updated = counts.updated > 0 ? `, ${formatCount(counts.updated)} updated` : '';
  return `Import cancelled: ${count(counts.added, 'article', 'articles')} imported${updated}.${failureSentence(counts)}`;
}

/** "about 20 s left", "about 3 min left"; null when there is no estimate yet. */
export function formatTimeLeft(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return `about ${Math.max(5, Math.ceil(seconds / 5) * 5)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/** e.g. "Importing… 340 of 1,000 · 12 duplicates · 3 failed · about 20 s left" */
export function progressLine(counts: ImportCounts, secondsLeft: number | null): string {
  if (counts.found === 0) return 'Importing… looking for articles';
  const parts = [`Importing… ${formatCount(handledCount(counts))} of ${formatCount(counts.found)}`];
  if (counts.updated > 0) parts.push(count(counts.updated, 'duplicate', 'duplicates'));
  if (counts.failed > 0) parts.push(`${formatCount(counts.failed)} failed`);
  const left = formatTimeLeft(secondsLeft);
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
