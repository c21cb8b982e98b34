/** One import's report: what was imported, and every file that could not be, with its path and the reason. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDb } from '../../data/db-context';
import { getImportReport } from '../../data/reports-repo';
import { useEscape } from '../../ui/use-escape';
import { DateTime } from '../../ui/DateTime';
import { formatCount } from './import-summary';
import { reportSummary } from './report-summary';

interface Props {
  reportId: string;
  onBack: () => void;
}

export function ImportReportView({ reportId, onBack }: Props) {
  const db = useDb();
  const report = useLiveQuery(async () => (await getImportReport(db, reportId)) ?? null, [db, reportId]);
  useEscape(onBack);
  return (
    <main className="import-report" aria-busy={report === undefined}>
      <nav className="import-history-nav">
        <button type="button" className="quiet-button" onClick={onBack}>
          Back to import history
        </button>
      </nav>
      <h1>Import report</h1>
      {report === null && <p>This report no longer exists.</p>}
      {report && (
        <>
          <p className="import-report-source">
            {report.sources} · <DateTime iso={report.startedAt} withTime />
          </p>
          <p className="import-report-summary">
            {reportSummary(report)} {formatCount(report.found)} found.
          </p>
          {report.error && <p className="import-report-error">It stopped on an error: {report.error}</p>}
          {report.failures.length === 0 ? (
            <p>Every file found was imported.</p>
          ) : (
            <table className="import-report-failures" aria-label="Files that could not be imported">
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {report.failures.map((failure, index) => (
                  <tr key={index}>
                    <td className="import-report-path">{failure.path}</td>
                    <td>{failure.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </main>
  );
}
