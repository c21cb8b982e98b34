/**
 * The import's status panel: a live region always present (so each change is announced). While an import runs:
 * the progress line, a progress bar and Cancel import; at the end or after a cancel: the summary and View report.
 * Errors show as alerts.
 */
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
  return (
    <div className="import-status-area">
      <div role="status" aria-label="Import status" className="import-status" data-import-phase={state.phase}>
        {state.phase === 'running' && <Running state={state} onCancel={onCancel} />}
        {state.phase === 'done' && (
          <>
            <p>{state.result.cancelled ? summarizeCancelled(state.result) : summarizeImport(state.result)}</p>
            <div className="import-status-actions">
              {state.result.reportId && (
                <button type="button" onClick={() => onViewReport(state.result.reportId as string)}>
                  View report
                </button>
              )}
              <button type="button" className="quiet-button" onClick={onDismiss}>
                Dismiss
              </button>
            </div>
          </>
        )}
      </div>
      {state.phase === 'error' && <ErrorAlert message={state.message} onDismiss={onDismiss} />}
    </div>
  );
}

function Running({ state, onCancel }: { state: Extract<ImportState, { phase: 'running' }>; onCancel: () => void }) {
  const { progress, cancelling } = state;
  return (
    <>
      <p>{cancelling ? 'Cancelling the import…' : progressLine(progress, progress.secondsLeft)}</p>
      {progress.found > 0 ? (
        <progress aria-label="Import progress" max={progress.found} value={handledCount(progress)} />
      ) : (
        <progress aria-label="Import progress" />
      )}
      <div className="import-status-actions">
        <button type="button" onClick={onCancel} disabled={cancelling}>
          Cancel import
        </button>
      </div>
    </>
  );
}
