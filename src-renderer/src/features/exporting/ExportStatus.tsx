/** The export's status line: a live region always present, so each change is announced; errors as alerts. */
import { Trans, useTranslation } from 'react-i18next';
import { errorMessage } from '../../data/bridge';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { isolated } from '../../ui/i18n';
import { dismissExport, useExportState } from './export-store';
import './exporting.css';

export function ExportStatus() {
  const { t } = useTranslation(['library', 'common']);
  const state = useExportState();
  return (
    <div className="export-status-area">
      <div role="status" aria-label={t('exportStatus')} className="export-status" data-export-phase={state.phase}>
        {state.phase === 'busy' && (
          <>
            <p>{state.total > 0 ? t('exportingCount', { done: state.done, count: state.total }) : t('exporting')}</p>
            {state.total > 0 && <progress max={state.total} value={state.done} aria-label={t('exportProgress')} />}
          </>
        )}
        {state.phase === 'done' && (
          <>
            <p>
              <Trans t={t} i18nKey="exported" count={state.articleCount} components={isolated(state.fileName)} />
            </p>
            <button type="button" className="quiet-button" onClick={dismissExport}>
              {t('common:dismiss')}
            </button>
          </>
        )}
      </div>
      {state.phase === 'error' && <ErrorAlert message={t('exportFailed', { reason: errorMessage(state.error) })} onDismiss={dismissExport} />}
    </div>
  );
}
