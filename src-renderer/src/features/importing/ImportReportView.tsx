/** One import's report: what was imported, and every file that could not be, with its path and the reason. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/db-context';
import { getImportReport } from '../../data/reports-repo';
import { useEscape } from '../../ui/use-escape';
import { DateTime } from '../../ui/DateTime';
import { failureReason } from './import-summary';
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
            <table className="import-report-failures" aria-label={t('failuresTable')}>
              <thead>
                <tr>
                  <th scope="col">{t('fileColumn')}</th>
                  <th scope="col">{t('reasonColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {report.failures.map((failure, index) => (
                  <tr key={index}>
                    <td className="import-report-path">{failure.path}</td>
                    <td>{failureReason(failure, t)}</td>
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
