/** The plain-language summary of an import, shown in the status line. Pure. */
import type { ImportFailure } from '../../../src-main/contract';
import type { StoreReport } from '../db/import-repo';

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The file name of a path (either separator), for reports. */
export function fileName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? path;
}

/** "NAME — reason" */
export function describeFailure(failure: ImportFailure): string {
  return `${fileName(failure.path)} — ${failure.reason}`;
}

/**
 * e.g. "Imported 2 articles, 1 updated. 1 file could not be imported: a.pdf — reason" (a single failure is named
 * inline; several are listed apart by the caller).
 */
export function summarizeImport(report: Pick<StoreReport, 'added' | 'updated' | 'failed' | 'failures'>): string {
  const parts: string[] = [];
  if (report.added > 0 || report.updated === 0) parts.push(`Imported ${count(report.added, 'article', 'articles')}`);
  if (report.updated > 0) {
    parts.push(parts.length > 0 ? `${report.updated} updated` : `Updated ${count(report.updated, 'article', 'articles')}`);
  }
  let text = `${parts.join(', ')}.`;
  if (report.failed === 1 && report.failures[0]) {
    text += ` 1 file could not be imported: ${describeFailure(report.failures[0])}`;
  } else if (report.failed > 1) {
    text += ` ${count(report.failed, 'file', 'files')} could not be imported:`;
  }
  return text;
}
