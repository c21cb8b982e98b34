/**
 * The import's status panel: a live region always present (so each change is announced). While an import runs:
 * the progress line, a progress bar and Cancel import; at the end or after a cancel: the summary and View report.
 * Errors show as alerts.
 */
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { handledCount, progressLine, summarizeCancelled, summarizeImport } from './import-summary';
import type { ImportState } from './import-queue';

interface Props {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
  onViewReport: (reportId: string) => void;
}

export function ImportStatus({ state, onCancel, onDismiss, onViewReport }: Props) {
  const { t } = useTranslation(['importing', 'common']);
  return (
    <div className="import-status-area">
      <div role="status" aria-label={t('importStatus')} className="import-status" data-import-phase={state.phase}>
        {state.phase === 'running' && <Running state={state} onCancel={onCancel} />}
        {state.phase === 'done' && (
          <>
            <p>{state.result.cancelled ? summarizeCancelled(state.result, t) : summarizeImport(state.result, t)}</p>
            <div className="import-status-actions">
              {state.result.reportId && (
                <button type="button" onClick={() => onViewReport(state.result.reportId as string)}>
                  {t('viewReport')}
                </button>
              )}
              <button type="button" className="quiet-button" onClick={onDismiss}>
                {t('common:dismiss')}
              </button>
            </div>
          </>
        )}
      </div>
      {state.phase === 'error' && (
        <ErrorAlert
          message={state.stored > 0 ? t('importFailedAfter', { reason: state.reason, count: state.stored }) : t('importFailed', { reason: state.reason })}
          onDismiss={onDismiss}
        />
      )}
    </div>
  );
}

function Running({ state, onCancel }: { state: Extract<ImportState, { phase: 'running' }>; onCancel: () => void }) {
  const { t } = useTranslation(['importing', 'common']);
  const { progress, cancelling } = state;
  return (
    <>
      <p>{cancelling ? t('cancelling') : progressLine(progress, progress.secondsLeft, t)}</p>
      {progress.found > 0 ? (
        <progress aria-label={t('importProgress')} max={progress.found} value={handledCount(progress)} />
      ) : (
        <progress aria-label={t('importProgress')} />
      )}
      <div className="import-status-actions">
        <button type="button" onClick={onCancel} disabled={cancelling}>
          {t('cancelImport')}
        </button>
      </div>
    </>
  );
}
