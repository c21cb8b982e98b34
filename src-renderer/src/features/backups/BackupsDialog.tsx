/**
 * File → Backups…: the Backups settings. The last backup (when, how many articles, verified), the last failure,
 * the folder (its name only: main holds the path, chosen in main's own dialog), and Back Up Now. Also the status
 * line of a backup under way or just finished (a live region, always present).
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { BackupFolder } from '../../../../src-shared/contract';
import { formatSize } from '../../../../src-shared/format/format';
import { bridge, errorMessage, unwrap } from '../../data/bridge';
import { useDb } from '../../data/db-context';
import { DateTime } from '../../ui/DateTime';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { backUp, dismissBackupRun, refreshBackupStatus, useBackupState } from './backup-store';
import './backups.css';

function articles(n: number): string {
  return n === 1 ? '1 article' : `${new Intl.NumberFormat().format(n)} articles`;
}

export function BackupStatusLine() {
  const { run } = useBackupState();
  return (
    <div className="backup-status-area">
      <div role="status" aria-label="Backup status" className="backup-status" data-backup-phase={run.phase}>
        {run.phase === 'busy' && <p>{run.total > 0 ? `Backing up ${run.done} of ${articles(run.total)}…` : 'Backing up…'}</p>}
        {run.phase === 'done' && (
          <>
            <p>Backed up {articles(run.articleCount)} (verified).</p>
            <button type="button" className="quiet-button" onClick={dismissBackupRun}>
              Dismiss
            </button>
          </>
        )}
      </div>
      {run.phase === 'error' && <ErrorAlert message={`The backup failed: ${run.message}`} onDismiss={dismissBackupRun} />}
    </div>
  );
}

export function BackupsDialog({ onError }: { onError: (error: unknown) => void }) {
  const db = useDb();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { run, status, dialogRequests } = useBackupState();
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialogRequests === 0 || !dialog || dialog.open) return;
    dialog.showModal();
    void refreshBackupStatus().catch(onError);
  }, [dialogRequests, onError]);
  const changeFolder = async (choose: () => Promise<BackupFolder | null>) => {
    try {
      if (await choose()) await refreshBackupStatus();
    } catch (error) {
      onError(new Error(errorMessage(error)));
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    dialogRef.current?.close();
  };
  const last = status?.lastBackup ?? null;
  return (
    <dialog ref={dialogRef} className="backups-dialog" aria-labelledby="backups-title" onKeyDown={onKeyDown}>
      <h2 id="backups-title">Backups</h2>
      <p>
        Offprint backs up the whole library (articles, images, notes, highlights, collections, reading places and
        settings) once a day after a change, when you are not using it, and before it is updated.
      </p>
      <dl className="backups-facts">
        <dt>Last backup</dt>
        <dd data-testid="last-backup">
          {last ? (
            <>
              <DateTime iso={last.createdAt} withTime />, {articles(last.articleCount)}, {formatSize(last.bytes)}
              {last.verified ? ', verified' : ', not verified'}
            </>
          ) : (
            'None yet'
          )}
        </dd>
        {status?.lastFailure && (
          <>
            <dt>Last attempt</dt>
            <dd data-testid="last-failure">
              Failed on <DateTime iso={status.lastFailure.at} withTime />: {status.lastFailure.message}
            </dd>
          </>
        )}
        <dt>Folder</dt>
        <dd data-testid="backup-folder">{status ? `${status.folder.name}${status.folder.chosen ? '' : ' (in Offprint’s library folder)'}` : '…'}</dd>
      </dl>
      <div className="backups-actions">
        <button type="button" disabled={run.phase === 'busy'} onClick={() => void backUp(db, 'manual')}>
          Back Up Now
        </button>
        <button type="button" onClick={() => void changeFolder(async () => unwrap(await bridge().backup.chooseFolder()))}>
          Choose Folder…
        </button>
        {status?.folder.chosen && (
          <button type="button" onClick={() => void changeFolder(async () => unwrap(await bridge().backup.useDefaultFolder()))}>
            Use the Library Folder
          </button>
        )}
      </div>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
