/**
 * The import's status panel, docked at the bottom of the window: the page leaves it its space (ui/dock-space.ts),
 * so it never lies over the last rows. A live region always present (so each change is announced). While an
 * import runs: the progress line, a progress bar, Cancel import, and Minimise, which folds it to a progress ring
 * (and back); at the end or after a cancel: the summary and View report. Errors show as alerts.
 */
import { ChevronDown } from 'lucide-react';
import { useEffect, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useDockedElement } from '../../ui/dock-space';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { IconButton } from '../../ui/IconButton';
import { handledCount, progressLine, summarizeCancelled, summarizeImport } from './import-summary';
import type { ImportState } from './import-queue';
import { ImportRing } from './ImportRing';

interface Props {
  state: ImportState;
  onCancel: () => void;
  onDismiss: () => void;
  onViewReport: (reportId: string) => void;
}

/** Folded or not, for the import that runs; the keyboard focus follows the button that was pressed. */
function useFold(running: boolean) {
  const [folded, setFolded] = useState(false);
  // The next import starts unfolded (state adjusted while rendering, as React advises, not in an effect).
  const [wasRunning, setWasRunning] = useState(running);
  if (running !== wasRunning) {
    setWasRunning(running);
    if (!running) setFolded(false);
  }
  const toggled = useRef(false);
  const foldRef = useRef<HTMLButtonElement>(null);
  const unfoldRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    (folded ? unfoldRef : foldRef).current?.focus();
  }, [folded]);
  const toggle = (fold: boolean) => {
    toggled.current = true;
    setFolded(fold);
  };
  return { folded: running && folded, foldRef, unfoldRef, fold: () => toggle(true), unfold: () => toggle(false) };
}

export function ImportStatus({ state, onCancel, onDismiss, onViewReport }: Props) {
  const { t } = useTranslation(['importing', 'common', 'errors']);
  const area = useRef<HTMLDivElement>(null);
  useDockedElement(area);
  const { folded, foldRef, unfoldRef, fold, unfold } = useFold(state.phase === 'running');
  return (
    <div ref={area} className="import-status-area" data-folded={folded || undefined}>
      <div role="status" aria-label={t('importStatus')} className="import-status" data-import-phase={state.phase}>
        {state.phase === 'running' &&
          (folded ? (
            <ImportRing progress={state.progress} cancelling={state.cancelling} onUnfold={unfold} unfoldRef={unfoldRef} />
          ) : (
            <Running state={state} onCancel={onCancel} onFold={fold} foldRef={foldRef} />
          ))}
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

interface RunningProps {
  state: Extract<ImportState, { phase: 'running' }>;
  onCancel: () => void;
  onFold: () => void;
  foldRef: Ref<HTMLButtonElement>;
}

function Running({ state, onCancel, onFold, foldRef }: RunningProps) {
  const { t } = useTranslation(['importing', 'common', 'errors']);
  const { progress, cancelling } = state;
  return (
    <>
      <p className="import-line">{cancelling ? t('cancelling') : progressLine(progress, progress.secondsLeft, t)}</p>
      {progress.found > 0 ? (
        <progress aria-label={t('importProgress')} max={progress.found} value={handledCount(progress)} />
      ) : (
        <progress aria-label={t('importProgress')} />
      )}
      <div className="import-status-actions">
        <button type="button" onClick={onCancel} disabled={cancelling}>
          {t('cancelImport')}
        </button>
        <IconButton ref={foldRef} label={t('foldImport')} icon={<ChevronDown aria-hidden="true" size={18} />} onClick={onFold} />
      </div>
    </>
  );
}
