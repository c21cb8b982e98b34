/** The one-line summary of a kept import report. Pure. */
import type { ImportReportRecord } from '../../data/database';
import { summarizeCancelled, summarizeImport, type ImportingT } from './import-summary';

export function reportSummary(report: ImportReportRecord, t: ImportingT): string {
  const counts = { ...report, failures: [] };
  const text = report.cancelled ? summarizeCancelled(counts, t) : summarizeImport(counts, t);
  return report.error ? t('common:twoSentences', { first: text, second: t('stoppedOnError') }) : text;
}
