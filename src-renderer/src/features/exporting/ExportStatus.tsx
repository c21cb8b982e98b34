/** The export's status line: a live region always present, so each change is announced; errors as alerts. */
import { ErrorAlert } from '../../ui/ErrorAlert';
import { dismissExport, useExportState } from './export-store';
import './exporting.css';

function articles(n: number): string {
  return n === 1 ? '1 article' : `${new Intl.NumberFormat().format(n)} articles`;
}

export function ExportStatus() {
  const state = useExportState();
  return (
    <div className="export-status-area">
      <div role="status" aria-label="Export status" className="export-status" data-export-phase={state.phase}>
        {state.phase === 'busy' && (
          <>
            <p>{state.total > 0 ? `Exporting ${state.done} of ${articles(state.total)}…` : 'Exporting…'}</p>
            {state.total > 0 && <progress max={state.total} value={state.done} aria-label="Export progress" />}
          </>
        )}
        {state.phase === 'done' && (
          <>
            <p>
              Exported {articles(state.articleCount)} to {state.fileName}
            </p>
            <button type="button" className="quiet-button" onClick={dismissExport}>
              Dismiss
            </button>
          </>
        )}
      </div>
      {state.phase === 'error' && <ErrorAlert message={state.message} onDismiss={dismissExport} />}
    </div>
  );
}
