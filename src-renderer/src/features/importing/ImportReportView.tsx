/**
 * One import's report: what was imported, every file that could not be, with its path and the reason, the files
 * that repeated an earlier file of the same import (both paths), and the library's articles it updated, by name.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ImportReportRecord } from '../../data/database';
import { useDb } from '../../data/db-context';
import { getImportReport } from '../../data/reports-repo';
import { useEscape } from '../../ui/use-escape';
import { DateTime } from '../../ui/DateTime';
import { failureReason, type ImportingT } from './import-summary';
import { reportSummary } from './report-summary';

interface Props {
  reportId: string;
  onBack: () => void;
}

export function ImportReportView({ reportId, onBack }: Props) {
  const { t } = useTranslation(['importing', 'common', 'errors']);
  const db = useDb();
  const report = useLiveQuery(async () => (await getImportReport(db, reportId)) ?? null, [db, reportId]);
  useEscape(onBack);
  return (
    <main className="import-report" aria-busy={report === undefined}>
      <nav className="import-history-nav">
        <button type="button" className="quiet-button" onClick={onBack}>
          {t('backToHistory')}
        </button>
      </nav>
      <h1>{t('reportTitle')}</h1>
      {report === null && <p>{t('reportGone')}</p>}
      {report && (
        <>
          <p className="import-report-source">
            {report.sources} · <DateTime iso={report.startedAt} withTime />
          </p>
          <p className="import-report-summary">
            {t('common:twoSentences', { first: reportSummary(report, t), second: t('foundCount', { count: report.found }) })}
          </p>
          {report.error && <p className="import-report-error">{t('stoppedOnErrorWith', { reason: report.error })}</p>}
          {report.failures.length === 0 ? (
            <p>{t('everyFileImported')}</p>
          ) : (
            <ReportTable
              label={t('failuresTable')}
              columns={[t('fileColumn'), t('reasonColumn')]}
              rows={report.failures.map((failure) => [failure.path, failureReason(failure, t)])}
            />
          )}
          <ReportDetails report={report} t={t} />
        </>
      )}
    </main>
  );
}

function ReportDetails({ report, t }: { report: ImportReportRecord; t: ImportingT }) {
  const duplicates = report.duplicates ?? [];
  const updates = report.updates ?? [];
  return (
    <>
      {duplicates.length > 0 && (
        <ReportTable
          label={t('duplicatesTable')}
          columns={[t('fileColumn'), t('sameAsColumn')]}
          rows={duplicates.map((duplicate) => [duplicate.path, duplicate.firstPath])}
        />
      )}
      {updates.length > 0 && (
        <ReportTable
          label={t('updatesTable')}
          columns={[t('articleColumn'), t('updatedFromColumn')]}
          rows={updates.map((update) => [update.title, update.path])}
          pathColumn={1}
        />
      )}
    </>
  );
}

interface TableProps {
  label: string;
  columns: [string, string];
  rows: [string, string][];
  /** The column that holds paths (shown as such). */
  pathColumn?: 0 | 1;
}

function ReportTable({ label, columns, rows, pathColumn = 0 }: TableProps) {
  return (
    <table className="import-report-failures" aria-label={label}>
      <caption>{label}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((cell, column) => (
              <td key={column} className={column === pathColumn ? 'import-report-path' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
