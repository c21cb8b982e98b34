/** Import history: every past import, the latest first; each opens its report. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useDb } from '../../data/db-context';
import { listImportReports } from '../../data/reports-repo';
import { useEscape } from '../../ui/use-escape';
import { DateTime } from '../../ui/DateTime';
import { reportSummary } from './report-summary';

interface Props {
  onOpenReport: (reportId: string) => void;
  onBack: () => void;
}

export function ImportHistoryView({ onOpenReport, onBack }: Props) {
  const { t } = useTranslation(['importing', 'common', 'errors']);
  const db = useDb();
  const reports = useLiveQuery(() => listImportReports(db), [db]);
  useEscape(onBack);
  return (
    <main className="import-history" aria-busy={reports === undefined}>
      <nav className="import-history-nav">
        <button type="button" className="quiet-button" onClick={onBack}>
          {t('backToLibrary')}
        </button>
      </nav>
      <h1>{t('historyTitle')}</h1>
      {reports && reports.length === 0 && <p className="import-history-empty">{t('historyEmpty')}</p>}
      {reports && reports.length > 0 && (
        <ul className="import-history-list" aria-label={t('pastImports')}>
          {reports.map((report) => (
            <li key={report.id}>
              <button type="button" className="import-history-open" onClick={() => onOpenReport(report.id)}>
                {report.sources}
              </button>
              <p className="import-history-meta">
                <DateTime iso={report.startedAt} withTime /> · {reportSummary(report, t)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
