/**
 * One import's report: what was imported, every file that could not be, with its path and the reason, the files
 * that repeated an earlier file of the same import (both paths), and the library's articles it updated, by name.
 * Paths are shown relative to the folder chosen, each whole in its tooltip.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { relativePaths } from '../../../../src-shared/import/relative-paths';
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
              short={shortPaths(report)}
            />
          )}
          <ReportDetails report={report} t={t} />
        </>
      )}
    </main>
  );
}

/** The report's paths relative to the folder chosen (the same cut for every path of the report). */
function shortPaths(report: ImportReportRecord): (path: string) => string {
  const paths = [
    ...report.failures.map((failure) => failure.path),
    ...(report.duplicates ?? []).flatMap((duplicate) => [duplicate.path, duplicate.firstPath]),
    ...(report.updates ?? []).map((update) => update.path),
  ];
  return relativePaths(paths, report.folders);
}

function ReportDetails({ report, t }: { report: ImportReportRecord; t: ImportingT }) {
  const duplicates = report.duplicates ?? [];
  const updates = report.updates ?? [];
  const short = shortPaths(report);
  return (
    <>
      {duplicates.length > 0 && (
        <ReportTable
          label={t('duplicatesTable')}
          columns={[t('fileColumn'), t('sameAsColumn')]}
          rows={duplicates.map((duplicate) => [duplicate.path, duplicate.firstPath])}
          pathColumns={[0, 1]}
          short={short}
        />
      )}
      {updates.length > 0 && (
        <ReportTable
          label={t('updatesTable')}
          columns={[t('articleColumn'), t('updatedFromColumn')]}
          rows={updates.map((update) => [update.title, update.path])}
          pathColumns={[1]}
          short={short}
        />
      )}
    </>
  );
}

interface TableProps {
  label: string;
  columns: [string, string];
  rows: [string, string][];
  /** The columns that hold paths (shown as such, shortened by `short`, whole in the tooltip). */
  pathColumns?: readonly (0 | 1)[];
  short: (path: string) => string;
}

function ReportTable({ label, columns, rows, pathColumns = [0], short }: TableProps) {
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
            {row.map((cell, column) =>
              pathColumns.includes(column as 0 | 1) ? (
                <td key={column} className="import-report-path" title={short(cell) === cell ? undefined : cell}>
                  {short(cell)}
                </td>
              ) : (
                <td key={column}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
