/** The one-line summary of a kept import report. Pure. */
import type { ImportReportRecord } from '../../data/database';
import { summarizeCancelled, summarizeImport } from './import-summary';

export function reportSummary(report: ImportReportRecord): string {
  const counts = { ...report, failures: [] };
  const text = report.cancelled ? summarizeCancelled(counts) : summarizeImport(counts);
  return report.error ? `${text} Stopped on an error.` : text;
}
