/** The import's status line: a live region always present, so each change is announced; errors as alerts. */
import { ErrorAlert } from '../ui/ErrorAlert';
import { describeFailure, summarizeImport } from './import-summary';
import type { ImportState } from './use-importer';

export function ImportStatus({ state, onDismiss }: { state: ImportState; onDismiss: () => void }) {
  return (
    <div className="import-status-area">
      <div role="status" aria-label="Import status" className="import-status" data-import-phase={state.phase}>
        {state.phase === 'busy' && <p>Importing…</p>}
        {state.phase === 'done' && (
          <>
            <p>{summarizeImport(state.report)}</p>
            {state.report.failures.length > 1 && (
              <ul className="import-failures" aria-label="Files that could not be imported">
                {state.report.failures.map((failure, index) => (
                  <li key={index}>{describeFailure(failure)}</li>
                ))}
              </ul>
            )}
            <button type="button" className="quiet-button" onClick={onDismiss}>
              Dismiss
            </button>
          </>
        )}
      </div>
      {state.phase === 'error' && <ErrorAlert message={state.message} onDismiss={onDismiss} />}
    </div>
  );
}
